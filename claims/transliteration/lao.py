"""Lao script (U+0E80-0EFF) as Thai script, for claims.names to romanise with its Thai rules.

Lao and Thai letters descend from one alphabet, and Unicode laid the Lao block out beside the Thai one: most Lao
letters sit exactly 0x80 above the Thai letter of the same sound and use (ກ U+0E81, ก U+0E01). The romanisation
tables agree: the BGN/PCGN 1966 system for Lao (the one the Lao Commission Nationale de Toponymie adopted with
them) and ALA-LC's Lao table give the same initials and finals as RTGS gives the Thai twin, but for the spellings
French practice left in BGN/PCGN (x for ຊ, gn for ຍ, -ne for a final n, ou for u), which the sound key folds
anyway (claims.names.sound). So each Lao letter is written as its Thai twin, and the few without one as what
they sound like:

- ຊ is /s/ in Lao (BGN/PCGN "x", ALA-LC "s"): Thai ซ, not the twin ช (ch).
- ຍ closes a syllable as i/y (ຊາຍ "xay"): Thai ย, whose final is i, not the twin ญ, whose final is n.
- ົ (mai kon) and ໍ (niggahita) are the vowel o in Lao ("ສົມ" Som, "ກໍ" ko); the Thai twins are silent signs.
- ຽ (semivowel nyo) is the ia of "ກຽງ" (kiang); ຼ (subscript lo) is an l after the initial (ALA-LC "l").
- ໜ and ໝ are the ligatures of ຫ with ນ and ມ (hn, hm: the ຫ silent, as Thai ห before a sonorant).

A Latin letter in the result passes through the Thai rules untouched and starts a new syllable there, as it should.
"""

from __future__ import annotations

_SPECIAL = {
    "\u0e8a": "\u0e0b",  # ຊ -> ซ (s)
    "\u0e8d": "\u0e22",  # ຍ -> ย: its twin ญ ends a syllable in n, ຍ in i (ຊາຍ "xay"); both begin one in y
    "\u0ebb": "o",  # ົ
    "\u0ecd": "o",  # ໍ
    "\u0ebd": "ia",  # ຽ
    "\u0ebc": "l",  # ຼ
    "\u0edc": "\u0e2b\u0e19",  # ໜ -> หน
    "\u0edd": "\u0e2b\u0e21",  # ໝ -> หม
    "\u0ede": "\u0e01\u0e21",  # ໞ (Khmu go) -> กม, rare
    "\u0edf": "\u0e0d",  # ໟ (Khmu nyo) -> ญ, rare
}


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x0E81, 0x0ECE):
        twin = chr(code - 0x80)
        # Only where the Thai twin is a letter or sign (Unicode leaves gaps in both blocks).
        if twin.isprintable() and not twin.isspace():
            table[code] = twin
    for code in range(0x0ED0, 0x0EDA):  # Lao digits
        table[code] = str(code - 0x0ED0)
    table.update({ord(k): v for k, v in _SPECIAL.items()})
    return table


_TO_THAI = _table()


def is_lao(ch: str) -> bool:
    return "\u0e80" <= ch <= "\u0eff"


def to_thai(text: str) -> str:
    """``text`` with its Lao letters as Thai letters (or Latin where Thai has no twin); the rest as it is."""
    return text.translate(_TO_THAI)
