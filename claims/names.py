"""Names as compared across spellings and scripts: one person's name, transliterated from Burmese, Khmer or Lao
into Thai or Latin script by different people, reads "Sophea", "Sopheap" or "โสภา", and their documents write it
in its own script, សុភា. Pure: no Flask, no database.

Three steps, each documented where it is made:

0. Burmese, Khmer and Lao script (claims.transliteration): Burmese and Khmer to Latin letters by their standard
   romanisation tables (BGN/PCGN 1970 for Burmese, UNGEGN for Khmer), Lao to Thai letters (its twin alphabet), so
   that အောင်, "Aung" and อ่อง, or ສົມ, "Som" and สม, reach step 2 alike.
1. ``romanise``: Thai script to Latin letters, close to the Royal Thai General System (RTGS, Royal Institute
   1999): consonants by their initial or final sound, vowels by their RTGS letters, tone marks dropped, a
   consonant under the silencer (์) and a leading ห before a sonorant (หม่อง "mong") silent. It is a key, not a
   spelling to print: what matters is that two spellings of one sound come out alike.
2. ``sound``: a Latin token reduced to the sounds transliterators disagree least about. Voiced and voiceless
   stops fall together (d/t/th, b/p/ph, g/k/kh: Thai ด/ต/ท, Khmer and Lao spell them each way), r with l (Lao has
   no r; Thai speech merges them), ch/j/ky/gy (Burmese ky is Thai จ), s/x/z/sh, v with w, a lone h is dropped
   ("Hlaing", หล่าย), doubled letters are one, and each run of vowels is one vowel of three classes (a; e i y; o u
   w) taken from its last letter ("Sophea" and โสภา both end in "a").
3. ``index_keys`` (what the database stores, claims.models.name_key) and ``similarity`` (what is compared): the
   first two consonant sounds of each word find the candidates through an index; the whole words then score by
   ``difflib`` ratio, order of words ignored.

Why not a library: pythainlp's ``romanize`` (royin engine) does step 1 but brings a 20 MB package of corpora and
word lists for one function whose output this module reduces further anyway; the rest (steps 2-3) no library
does for these languages. Why ``difflib`` and not rapidfuzz: the index bounds the candidates to a few hundred
short strings a request, which difflib scores in milliseconds.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from claims import transliteration

# A whole name at or above this ratio (words in any order) is the same person's, as far as a check can tell;
# each word of the shorter name must reach it too. 0.8 keeps "Sophea"/"Sopheap" (0.89) and "Sophea"/โสภา (1.0)
# and leaves "Sophea"/"Sokha" (0.75) apart.
SIMILAR = 0.8

JOINED = 0.9

# ------------------------------------------------------------------ 1. Thai script to Latin (RTGS-like)

# consonant: (initial, final). Finals per RTGS: stops and fricatives end in k/t/p, sonorants in n/m/ng, ย and
# ว close a vowel (i, o).
_CONSONANTS = {
    "ก": ("k", "k"),
    "ข": ("kh", "k"),
    "ฃ": ("kh", "k"),
    "ค": ("kh", "k"),
    "ฅ": ("kh", "k"),
    "ฆ": ("kh", "k"),
    "ง": ("ng", "ng"),
    "จ": ("ch", "t"),
    "ฉ": ("ch", "t"),
    "ช": ("ch", "t"),
    "ซ": ("s", "t"),
    "ฌ": ("ch", "t"),
    "ญ": ("y", "n"),
    "ฎ": ("d", "t"),
    "ฏ": ("t", "t"),
    "ฐ": ("th", "t"),
    "ฑ": ("th", "t"),
    "ฒ": ("th", "t"),
    "ณ": ("n", "n"),
    "ด": ("d", "t"),
    "ต": ("t", "t"),
    "ถ": ("th", "t"),
    "ท": ("th", "t"),
    "ธ": ("th", "t"),
    "น": ("n", "n"),
    "บ": ("b", "p"),
    "ป": ("p", "p"),
    "ผ": ("ph", "p"),
    "ฝ": ("f", "p"),
    "พ": ("ph", "p"),
    "ฟ": ("f", "p"),
    "ภ": ("ph", "p"),
    "ม": ("m", "m"),
    "ย": ("y", "i"),
    "ร": ("r", "n"),
    "ล": ("l", "n"),
    "ว": ("w", "o"),
    "ศ": ("s", "t"),
    "ษ": ("s", "t"),
    "ส": ("s", "t"),
    "ห": ("h", ""),
    "ฬ": ("l", "n"),
    "อ": ("", ""),
    "ฮ": ("h", ""),
}
_SONORANTS = set("งญนมยรลว")
_PREPOSED = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
_FOLLOWING = {
    "ะ": "a",
    "ั": "a",
    "า": "a",
    "ำ": "am",
    "ิ": "i",
    "ี": "i",
    "ึ": "ue",
    "ื": "ue",
    "ุ": "u",
    "ู": "u",
    "ๅ": "",
    "็": "",
}
# Tone marks, the silencer's companions and other signs that carry no sound of their own.
_SILENT_SIGNS = set("่้๊๋ํ๎ฺ")
_SILENCER = "์"
# What follows a consonant after เ: the compound vowels เ-ีย, เ-ือ, เ-า, เ-อ, เ-ิ, เ-็, เ-ะ.
_AFTER_E = (("ีย", "ia"), ("ือ", "uea"), ("า", "ao"), ("อ", "oe"), ("ิ", "oe"), ("็", "e"), ("ะ", "e"))


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def romanise(text: str) -> str:
    """Thai letters in ``text`` as Latin letters (RTGS-like); everything else as it is."""
    if not any(_is_thai(ch) for ch in text):
        return text
    chars = [ch for ch in text if ch not in _SILENT_SIGNS]
    out: list[str] = []
    pending = ""  # a preposed vowel waiting for its consonant
    i = 0
    n = len(chars)
    while i < n:
        ch = chars[i]
        nxt = chars[i + 1] if i + 1 < n else ""
        if ch in _PREPOSED:
            pending = ch
            i += 1
            continue
        if ch in _CONSONANTS:
            if nxt == _SILENCER:
                i += 2
                continue
            if ch == "ห" and nxt in _SONORANTS:
                i += 1  # ห นำ: it sets the tone of the sonorant after it and is not heard
                continue
            prev = chars[i - 1] if i else ""
            at_start = not out or prev in _PREPOSED or not _is_thai(prev) or bool(pending)
            if ch == "อ" and not at_start and prev in _CONSONANTS:
                out.append("o")  # อ after a consonant is the vowel: จอ "cho", -อง "-ong"
                i += 1
                continue
            ends = not nxt or not _is_thai(nxt) or nxt in _CONSONANTS or nxt in _PREPOSED
            after_vowel = prev in _FOLLOWING or (prev in _CONSONANTS and not at_start and prev != "อ")
            final = not at_start and ends and after_vowel
            out.append(_CONSONANTS[ch][1 if final else 0])
            i += 1
            if pending:
                vowel = _PREPOSED[pending]
                if pending == "เ":
                    rest = "".join(chars[i : i + 2])
                    for signs, sound in _AFTER_E:
                        if rest.startswith(signs):
                            vowel = sound
                            i += len(signs)
                            break
                out.append(vowel)
                pending = ""
            continue
        if ch in _FOLLOWING:
            out.append(_FOLLOWING[ch])
        elif ch == _SILENCER or _is_thai(ch):
            pass
        else:
            out.append(ch)
        i += 1
    return "".join(out)


# ------------------------------------------------------------------ 2. the sound of a Latin word

# Longest first. Capitals are consonant classes; lower-case a/i/u are the three vowel classes.
_DIGRAPHS = (
    ("tch", "C"),
    ("ch", "C"),
    ("ky", "C"),
    ("gy", "C"),
    ("sh", "S"),
    ("kh", "K"),
    ("gh", "K"),
    ("ph", "P"),
    ("bh", "P"),
    ("th", "T"),
    ("dh", "T"),
    ("ng", "G"),
    ("nh", "N"),
    ("ny", "N"),
)
_LETTERS = {
    "k": "K",
    "g": "K",
    "c": "K",
    "q": "K",
    "j": "C",
    "s": "S",
    "x": "S",
    "z": "S",
    "t": "T",
    "d": "T",
    "p": "P",
    "b": "P",
    "f": "P",
    "m": "M",
    "n": "N",
    "l": "L",
    "r": "L",
    "v": "W",
    "a": "a",
    "e": "i",
    "i": "i",
    "o": "u",
    "u": "u",
}


def _plain(text: str) -> str:
    """Lower case, accents off (Vietnamese "Nguyễn"), Thai romanised."""
    text = romanise(transliteration.romanise(unicodedata.normalize("NFC", text or "")))
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D")).casefold()
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=8192)
def words(name: str | None) -> tuple[str, ...]:
    """The words of a name, each as its sound (``sound``); punctuation joins ("Jai-dee" is one word). Cached: a
    check scores a few hundred candidates, many of whom share a name."""
    text = re.sub(r"[-'’.]", "", _plain(name or ""))
    return tuple(s for s in (sound(word) for word in re.split(r"[\W_\d]+", text)) if s)


def sound(word: str) -> str:
    """One Latin word (lower case, no accents) as its sound: consonant classes in capitals, vowel classes a/i/u,
    doubles and vowel runs made one."""
    symbols: list[str] = []
    i = 0
    while i < len(word):
        for graph, symbol in _DIGRAPHS:
            if word.startswith(graph, i):
                symbols.append(symbol)
                i += len(graph)
                break
        else:
            ch = word[i]
            i += 1
            if ch == "h":
                continue  # a lone h: aspiration one writer marks and another does not
            if ch == "y":
                symbols.append("Y" if not symbols else "i")
            elif ch == "w":
                symbols.append("W" if not symbols else "u")
            elif ch in _LETTERS:
                symbols.append(_LETTERS[ch])
    out: list[str] = []
    for symbol in symbols:
        if out and out[-1] == symbol:
            continue
        if out and symbol.islower() and out[-1].islower():
            out[-1] = symbol  # a run of vowels is heard as its last: "ea" in Sophea as the a of โสภา
            continue
        out.append(symbol)
    return "".join(out)


# ------------------------------------------------------------------ 3. keys and similarity

KEY_LENGTH = 16  # the stored key's column width


def word_key(word_sound: str) -> str:
    """The first two consonant sounds of a word (its vowels alone where it has none): what the index holds."""
    consonants = [ch for ch in word_sound if ch.isupper()]
    return "".join(consonants[:2]) if consonants else word_sound[:KEY_LENGTH]


def index_keys(name: str | None) -> set[str]:
    """Each word's key, and the key of the words written together: Thai often writes a foreign name without
    spaces (อองซานซูจี for "Aung San Suu Kyi"), and then only the whole name's first sounds are shared."""
    found = words(name)
    if not found:
        return set()
    return {word_key(w) for w in found} | {word_key("".join(found))}


@lru_cache(maxsize=4096)
def _letter_counts(text: str) -> Counter:
    return Counter(text)


def quick_ratio(a: str, b: str) -> float:
    """difflib's ``quick_ratio`` (twice the letters the two share, counted with repeats, over their total length),
    the same float, from letter counts kept per word. Building a SequenceMatcher for it indexes the second text
    every time: on a claimant's page, whose name shares its first sounds with 200 respondents, that was 2,000
    matchers and half the page's time, nearly all of them for pairs that fall short of the bar."""
    counts_a, counts_b = _letter_counts(a), _letter_counts(b)
    if len(counts_a) > len(counts_b):
        counts_a, counts_b = counts_b, counts_a
    shared = sum(min(count, counts_b[letter]) for letter, count in counts_a.items() if letter in counts_b)
    length = len(a) + len(b)
    return 2.0 * shared / length if length else 1.0


@lru_cache(maxsize=16384)
def _ratio(a: str, b: str) -> float:
    """difflib's ratio, or an upper bound of it below SIMILAR: a pair that cannot reach the bar counts only as
    not reaching it, so the exact figure is not worth computing. Kept per pair of words: an organisation's
    respondents share words ("Co", "Ltd", "Recruitment") and its claimants share given names, so one page asks
    for the same pair many times, and every page for pairs the last one asked."""
    if a == b:
        return 1.0
    bound = quick_ratio(a, b)
    return SequenceMatcher(None, a, b, autojunk=False).ratio() if bound >= SIMILAR else bound


def similarity(a: str | None, b: str | None) -> float:
    """0 to 1: how alike two names sound, whatever the script and the order of the words. Each word of the
    shorter name is paired with the most alike word of the other; the score is their mean, or the ratio of the
    names written together where that is higher ("Jai Dee" and "Jaidee")."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    best = [max(_ratio(w, other) for other in long) for w in short]
    # Every word of the shorter name must have its pair: one shared word ("Aung") in two long names is not a match.
    paired = sum(best) / len(best) if min(best) >= SIMILAR else min(best)
    # Written together, in their order or sorted: a name split differently ("Jai Dee", "Jaidee", อองซานซูจี).
    # Held to a higher bar, since one shared long word alone lifts it ("Sophea Chan", "Sokha Chan": 0.86).
    joined = max(_ratio("".join(wa), "".join(wb)), _ratio("".join(sorted(wa)), "".join(sorted(wb))))
    return max(paired, joined if joined >= JOINED else 0.0)


def similar(a: str | None, b: str | None) -> bool:
    return similarity(a, b) >= SIMILAR


def document_key(number: str | None) -> str:
    """A document number as compared: letters and digits only, upper case ("AB 123-456" is "AB123456")."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", number or "")).upper()
