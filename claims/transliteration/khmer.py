"""Khmer script (U+1780-17FF) as Latin letters, after the UNGEGN romanisation of Khmer (the BGN/PCGN 1972 system
the UN Group of Experts on Geographical Names published for Cambodia; ALA-LC's Khmer table gives the same initials).

Khmer consonants belong to two series that give one vowel sign two sounds: ា is "a" after ស (sa, first series) and
"ea" after ភ (pho, second series), so that សុភា is "Sophea" and not "Sopha"; the table gives both readings,
UNGEGN's spelling of each. The series of a letter moves with the two shifters (៉ to the first, ៊ to the second).
A consonant without a vowel sign carries the series' inherent vowel (a, o) unless it closes the syllable before
it (សម "Sam": ស sa, then ម closes it); a consonant under the coeng (្) joins the one above with no vowel between
(ស្រី "Srei"). Signs of length, of Sanskrit spelling and of tone are dropped: they are not spelled the same way
by two writers of one name, and the sound key (claims.names.sound) keeps only what they agree on.
"""

from __future__ import annotations

FIRST, SECOND = 1, 2

# consonant: (UNGEGN initial, series). Finals are spelled like initials in UNGEGN (ប final "b" is read p).
_CONSONANTS = {
    "ក": ("k", FIRST),
    "ខ": ("kh", FIRST),
    "គ": ("k", SECOND),
    "ឃ": ("kh", SECOND),
    "ង": ("ng", SECOND),
    "ច": ("ch", FIRST),
    "ឆ": ("chh", FIRST),
    "ជ": ("ch", SECOND),
    "ឈ": ("chh", SECOND),
    "ញ": ("nh", SECOND),
    "ដ": ("d", FIRST),
    "ឋ": ("th", FIRST),
    "ឌ": ("d", SECOND),
    "ឍ": ("th", SECOND),
    "ណ": ("n", FIRST),
    "ត": ("t", FIRST),
    "ថ": ("th", FIRST),
    "ទ": ("t", SECOND),
    "ធ": ("th", SECOND),
    "ន": ("n", SECOND),
    "ប": ("b", FIRST),
    "ផ": ("ph", FIRST),
    "ព": ("p", SECOND),
    "ភ": ("ph", SECOND),
    "ម": ("m", SECOND),
    "យ": ("y", SECOND),
    "រ": ("r", SECOND),
    "ល": ("l", SECOND),
    "វ": ("v", SECOND),
    "ឝ": ("s", FIRST),
    "ឞ": ("s", FIRST),
    "ស": ("s", FIRST),
    "ហ": ("h", FIRST),
    "ឡ": ("l", FIRST),
    "អ": ("", FIRST),
}
_INHERENT = {FIRST: "a", SECOND: "o"}

# Dependent vowels, longest first: (signs, first-series reading, second-series reading). A final ំ (nikahit)
# or ះ (reahmuk) closes the syllable.
_VOWELS = (
    ("ុំ", "om", "um"),
    ("ាំ", "am", "oam"),
    ("ុះ", "oh", "uh"),
    ("ិះ", "eh", "ih"),
    ("េះ", "eh", "eh"),
    ("ោះ", "aoh", "uoh"),
    ("ាះ", "ah", "eah"),
    ("ា", "a", "ea"),
    ("ិ", "e", "i"),
    ("ី", "ei", "i"),
    ("ឹ", "oe", "eu"),
    ("ឺ", "eu", "eu"),
    ("ុ", "o", "u"),
    ("ូ", "ou", "u"),
    ("ួ", "uo", "uo"),
    ("ើ", "aeu", "eu"),
    ("ឿ", "oea", "oea"),
    ("ៀ", "ie", "ie"),
    ("េ", "e", "e"),
    ("ែ", "ae", "ae"),
    ("ៃ", "ai", "ey"),
    ("ោ", "ao", "o"),
    ("ៅ", "au", "ov"),
    ("ំ", "am", "um"),
    ("ះ", "ah", "eah"),
)
_CLOSING = ("ំ", "ះ")
_INDEPENDENT = {
    "ឣ": "a",
    "ឤ": "a",
    "ឥ": "e",
    "ឦ": "ei",
    "ឧ": "o",
    "ឩ": "ou",
    "ឪ": "ov",
    "ឫ": "rue",
    "ឬ": "rue",
    "ឭ": "lue",
    "ឮ": "lue",
    "ឯ": "ae",
    "ឰ": "ai",
    "ឱ": "ao",
    "ឲ": "ao",
    "ឳ": "au",
}
COENG = "\u17d2"
_TO_FIRST, _TO_SECOND = "\u17c9", "\u17ca"  # musikatoan, triisap
# Signs with no sound of their own in a name's key: bantoc (short vowel), the Sanskrit and other diacritics.
_SILENT = set("\u17cb\u17cc\u17cd\u17ce\u17cf\u17d0\u17d1\u17d3\u17dd\u17c8")


def is_khmer(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff"


def romanise(text: str) -> str:
    """The Khmer letters of ``text`` in Latin letters; everything else as it is."""
    if not any(is_khmer(ch) for ch in text):
        return text
    out: list[str] = []
    open_syllable = False  # a vowel heard and no final consonant yet: a bare consonant next closes it
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _CONSONANTS:
            sound, series = _CONSONANTS[ch]
            i += 1
            while i + 1 < n and text[i] == COENG and text[i + 1] in _CONSONANTS:
                sub, sub_series = _CONSONANTS[text[i + 1]]
                sound += sub
                # A second-series letter under a first-series one (ស្រ) keeps the first's series, as UNGEGN reads it.
                series = series if sub_series == SECOND else sub_series
                i += 2
            while i < n and text[i] in (_TO_FIRST, _TO_SECOND) + tuple(_SILENT):
                if text[i] == _TO_FIRST:
                    series = FIRST
                elif text[i] == _TO_SECOND:
                    series = SECOND
                i += 1
            vowel = None
            for signs, first, second in _VOWELS:
                if text.startswith(signs, i):
                    vowel = (first if series == FIRST else second), signs
                    i += len(signs)
                    break
            while i < n and text[i] in _SILENT:
                i += 1
            if vowel is not None:
                out.append(sound + vowel[0])
                open_syllable = not vowel[1].endswith(_CLOSING)
            elif open_syllable and (i >= n or not is_khmer(text[i]) or text[i] in _CONSONANTS):
                out.append(sound)  # the final of the syllable before
                open_syllable = False
            else:
                out.append(sound + _INHERENT[series])
                open_syllable = True
            continue
        if ch in _INDEPENDENT:
            out.append(_INDEPENDENT[ch])
            open_syllable = True
        elif "\u17e0" <= ch <= "\u17e9":
            out.append(str(ord(ch) - 0x17E0))
            open_syllable = False
        elif not is_khmer(ch):
            out.append(ch)
            open_syllable = False
        i += 1
    return "".join(out)
