"""Burmese script (Myanmar block, U+1000-109F) as Latin letters, after the BGN/PCGN 1970 romanisation of Burmese
(itself the 1907 "Tables for the Transliteration of Burmese into English", Rangoon 1908; no UN system exists), the
one names are spelled by in Myanmar passports and workers' documents: အောင် "Aung", ကြည် "Kyi", သိန်း "Thein".

Where BGN/PCGN folds aspirated and plain initials (ခ and က both "k"), this table keeps MLCTS's aspiration (ခ
"kh", ဆ "s") where a Thai writer hears it (ข, ช); the sound key (claims.names.sound) folds them again, so either
way the key is the same. A syllable is read as BGN/PCGN's tables read it: its initial and medials (ျ ြ y, ွ w, ှ h;
ကျ "ky", ချ "ch", ရှ "sh"), its vowel, and its final (a consonant under the asat ်, or ံ) with the vowel the final
colours: က် "et", ိုက် "aik", ောက် "auk"; င် "in", ိုင် "aing", ောင် "aung"; တ်/ပ် "at", ိတ် "eik", ုတ် "ok";
န်/မ်/ံ "an", ိန် "ein", ုန် "on"; ည် "i"; ယ် "e". Tone marks (့ း) are not spelled.
"""

from __future__ import annotations

_CONSONANTS = {
    "က": "k",
    "ခ": "kh",
    "ဂ": "g",
    "ဃ": "g",
    "င": "ng",
    "စ": "s",
    "ဆ": "s",
    "ဇ": "z",
    "ဈ": "z",
    "ဉ": "ny",
    "ည": "ny",
    "ဋ": "t",
    "ဌ": "th",
    "ဍ": "d",
    "ဎ": "d",
    "ဏ": "n",
    "တ": "t",
    "ထ": "th",
    "ဒ": "d",
    "ဓ": "d",
    "န": "n",
    "ပ": "p",
    "ဖ": "ph",
    "ဗ": "b",
    "ဘ": "b",
    "မ": "m",
    "ယ": "y",
    "ရ": "y",
    "လ": "l",
    "ဝ": "w",
    "သ": "th",
    "ဟ": "h",
    "ဠ": "l",
    "အ": "",
    "ဿ": "th",
}
_INDEPENDENT = {
    "ဣ": "i",
    "ဤ": "i",
    "ဥ": "u",
    "ဦ": "u",
    "ဧ": "e",
    "ဩ": "aw",
    "ဪ": "aw",
    "၏": "e",
    "၌": "hnaik",
}
_MEDIAL_Y = ("\u103b", "\u103c")  # ျ ြ
_MEDIAL_W = "\u103d"  # ွ
_MEDIAL_H = "\u103e"  # ှ
ASAT = "\u103a"
VIRAMA = "\u1039"
ANUSVARA = "\u1036"  # ံ
_VOWEL_SIGNS = set("\u102b\u102c\u102d\u102e\u102f\u1030\u1031\u1032")  # ါ ာ ိ ီ ု ူ ေ ဲ
_TONES = set("\u1037\u1038")  # ့ း
# Burmese writes a name's syllables together (အောင်ဆန်းစုကြည်); romanised, each is a word ("Aung San Suu Kyi"),
# and so each is here: every syllable is then a word of the name, its own index key (claims.names.index_keys).
SYLLABLE_BREAK = " "
_MARKS = set(_MEDIAL_Y) | {_MEDIAL_W, _MEDIAL_H, ANUSVARA, ASAT} | _VOWEL_SIGNS | _TONES


def is_burmese(ch: str) -> bool:
    return "\u1000" <= ch <= "\u109f"


def _vowel(signs: set[str]) -> str:
    """The vowel a syllable with no final is heard with."""
    if "\u1031" in signs and ("\u102c" in signs or "\u102b" in signs):
        return "aw"
    if "\u102d" in signs and "\u102f" in signs:
        return "o"
    if "\u1031" in signs or "\u1032" in signs:
        return "e"
    if "\u102d" in signs or "\u102e" in signs:
        return "i"
    if "\u102f" in signs or "\u1030" in signs:
        return "u"
    return "a"


def _with_final(signs: set[str], final: str, medial_w: bool) -> str:
    """The vowel and final of a closed syllable, as BGN/PCGN's table of finals spells them."""
    ai = "\u102d" in signs and "\u102f" in signs
    au = "\u1031" in signs and ("\u102c" in signs or "\u102b" in signs)
    i = "\u102d" in signs or "\u102e" in signs
    u = "\u102f" in signs or "\u1030" in signs
    if final == "က":
        return "aik" if ai else "auk" if au else "wet" if medial_w else "et"
    if final == "င":
        return "aing" if ai else "aung" if au else "in"
    if final in ("စ",):
        return "it"
    if final in ("ည",):
        return "i"
    if final in ("ဉ",):
        return "in"
    if final in ("တ", "ပ", "ဋ"):
        return "eik" if i else "ok" if u else "ut" if medial_w else "at"
    if final in ("န", "မ", "ဏ", ANUSVARA):
        return "ein" if i else "on" if u else "un" if medial_w else "an"
    if final == "ယ":
        return "e"
    return _vowel(signs) + _CONSONANTS.get(final, "")


def _onset(initial: str, marks: list[str]) -> tuple[str, bool]:
    """The initial with its medials; and whether a medial w is there (a closed syllable spells it in its vowel)."""
    base = _CONSONANTS[initial]
    has_y = any(m in _MEDIAL_Y for m in marks)
    has_w = _MEDIAL_W in marks
    has_h = _MEDIAL_H in marks
    if has_h and (initial == "ရ" or (has_y and initial in ("လ", "သ"))):
        return "sh", has_w
    if has_y:
        base = {"က": "ky", "ခ": "ch", "ဂ": "gy"}.get(initial, base + "y")
    if has_h:
        base = "h" + base
    return base, has_w


def romanise(text: str) -> str:
    """The Burmese letters of ``text`` in Latin letters; everything else as it is."""
    if not any(is_burmese(ch) for ch in text):
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _CONSONANTS:
            i += 1
            marks: list[str] = []
            while i < n and text[i] in _MARKS:
                marks.append(text[i])
                i += 1
            final = ANUSVARA if ANUSVARA in marks else None
            # A consonant under the asat closes this syllable; one before a virama closes it and stacks the next.
            if final is None and i < n and text[i] in _CONSONANTS and _closes(text, i + 1):
                final = text[i]
                i += 1
                while i < n and (text[i] in _TONES or text[i] in (ASAT, VIRAMA)):
                    i += 1
            onset, medial_w = _onset(ch, marks)
            signs = {m for m in marks if m in _VOWEL_SIGNS}
            if final is None:
                syllable = onset + ("w" if medial_w else "") + _vowel(signs)
            else:
                vowel = _with_final(signs, final, medial_w)
                syllable = onset + ("w" if medial_w and not vowel.startswith(("u", "w")) else "") + vowel
            out.append(SYLLABLE_BREAK + syllable)
            continue
        if ch in _INDEPENDENT:
            out.append(SYLLABLE_BREAK + _INDEPENDENT[ch])
        elif "\u1040" <= ch <= "\u1049":
            out.append(str(ord(ch) - 0x1040))
        elif not is_burmese(ch):
            out.append(ch)
        i += 1
    return "".join(out).lstrip(SYLLABLE_BREAK)


def _closes(text: str, j: int) -> bool:
    """Whether the consonant just before ``j`` is a final: the asat follows it (after the dot below, which the
    Unicode storage order puts first: င့်), or the virama stacks the next consonant under it."""
    if j < len(text) and text[j] == "\u1037":
        j += 1
    return j < len(text) and text[j] in (ASAT, VIRAMA)
