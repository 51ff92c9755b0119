"""The scripts workers' documents write their names in, other than Thai and Latin, brought to what claims.names
compares: Burmese (Myanmar) and Khmer as Latin letters, Lao as Thai letters (then romanised with the Thai rules).
Pure: no Flask, no database. One module per script, each with the romanisation table it follows and why.

Why tables and not a library: the transliteration libraries that know these scripts either spell letter by
letter with diacritics no writer of a name uses (ISO 15919-like schemes, ALA-LC's ā and ṃ), or bring ICU (PyICU, a
compiled dependency with its own release cycle) for rules that are a page each here; what matters for a match is
the sound a clerk hears, which the tables below give and claims.names.sound then folds further.
"""

from __future__ import annotations

from claims.transliteration import burmese, khmer, lao


def romanise(text: str) -> str:
    """``text`` with its Burmese and Khmer letters in Latin and its Lao letters in Thai; the rest unchanged."""
    if not text or all(ch < "\u0e80" for ch in text):
        return text
    if any(lao.is_lao(ch) for ch in text):
        text = lao.to_thai(text)
    return khmer.romanise(burmese.romanise(text))
