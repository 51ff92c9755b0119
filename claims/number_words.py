"""Whole numbers and amounts in words, in Thai (thai-documents.md 1.4: the Royal Institute's rules, BAHTTEXT) and
in English (short scale, no "and"), and the exact count of minor units that words are made from.

Pure: no locale, no currency names (claims.formatting puts the words of an amount with its currency in the
document's language). Split from claims.formatting, which had grown past its size.
"""

from __future__ import annotations

from decimal import Decimal

from claims.money import to_decimal

# ---------------------------------------------------------------------------------------------------------
# Thai numbers in words (thai-documents.md 1.4)
# ---------------------------------------------------------------------------------------------------------

THAI_DIGIT_WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_THAI_PLACE_WORDS = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")
_MILLION = 10**6


def _thai_group_words(group: int, has_higher: bool) -> str:
    """Words for 0 <= group < 10**6; "" for 0. ``has_higher``: digits stand before this group (a ล้าน part)."""
    words = []
    for place in range(5, -1, -1):
        digit = (group // 10**place) % 10
        if digit == 0:
            continue
        if place == 1:
            # สิบ, never หนึ่งสิบ; ยี่สิบ, never สองสิบ.
            words.append({1: "", 2: "ยี่"}.get(digit, THAI_DIGIT_WORDS[digit]) + "สิบ")
        elif place == 0:
            # เอ็ด: a final 1 in a number of two or more digits (Royal Institute). That includes the 1 in
            # 1,000,001 (หนึ่งล้านเอ็ด), where the digits before it sit in the ล้าน part.
            final_one = digit == 1 and (group >= 10 or has_higher)
            words.append("เอ็ด" if final_one else THAI_DIGIT_WORDS[digit])
        else:
            words.append(THAI_DIGIT_WORDS[digit] + _THAI_PLACE_WORDS[place])
    return "".join(words)


def _thai_words(n: int) -> str:
    # The part above a million is read as a number of its own and followed by ล้าน, so ล้าน repeats for
    # 10**12 and beyond (หนึ่งล้านล้าน), and its own final 1 follows the เอ็ด rule (ห้าร้อยเอ็ดล้าน).
    high, low = divmod(n, _MILLION)
    prefix = _thai_words(high) + "ล้าน" if high else ""
    return prefix + _thai_group_words(low, has_higher=high > 0)


def _check_count(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError("a count or an amount in words is never negative")
    return n


def thai_number_words(n: int) -> str:
    """A non-negative integer in Thai words: 43 -> สี่สิบสาม (โจทก์ทั้งสี่สิบสาม), 0 -> ศูนย์."""
    n = _check_count(n)
    return THAI_DIGIT_WORDS[0] if n == 0 else _thai_words(n)


def minor_units(amount: Decimal | int | str, places: int) -> int:
    """The amount as an exact count of minor units, refusing negatives and unrounded figures.

    Works on the decimal digits, not with Decimal arithmetic, which would round silently to the context
    precision. Trailing zeros are fine ("100.500" is the printed 100.50); a non-zero third decimal is not.
    """
    value = to_decimal(amount)
    if not value.is_finite():
        raise ValueError(f"not a finite amount: {value}")
    if value < 0:
        raise ValueError(f"a claim amount is never negative, got {value}")
    _sign, digit_tuple, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite, checked above
    coefficient = int("".join(map(str, digit_tuple)))
    shift = exponent + places
    if shift >= 0:
        return coefficient * 10**shift
    whole, rest = divmod(coefficient, 10**-shift)
    if rest:
        raise ValueError(
            f"{value} has more than {places} decimal places: round it first (CONV-ROUND), the words must match "
            "the printed figure"
        )
    return whole


THAI_MINUS = "ลบ"
ENGLISH_MINUS = "minus "


def negative_magnitude(amount: Decimal | int | str) -> Decimal | None:
    """The absolute value of a negative amount, None for any other (which minor_units then checks): the words of
    an amount below zero are those of its magnitude after the word for minus, never an error in a document."""
    if isinstance(amount, bool):
        return None
    value = to_decimal(amount) if isinstance(amount, Decimal | int | str) else None
    if value is None or not value.is_finite() or not value < 0:
        return None
    return -value


def baht_text(amount: Decimal | int | str) -> str:
    """An amount in baht in Thai words, as Excel/Google BAHTTEXT and the Royal Institute write it.

    191374 -> หนึ่งแสนเก้าหมื่นหนึ่งพันสามร้อยเจ็ดสิบสี่บาทถ้วน; 120.75 -> หนึ่งร้อยยี่สิบบาทเจ็ดสิบห้าสตางค์;
    0.75 -> เจ็ดสิบห้าสตางค์; 0 -> ศูนย์บาทถ้วน. A negative amount (a difference, a balance) is read with ลบ before
    it, as a figure with a minus sign is read aloud: -120.75 -> ลบหนึ่งร้อยยี่สิบบาทเจ็ดสิบห้าสตางค์. Raises
    ValueError for an amount with more than two decimal places.
    """
    magnitude = negative_magnitude(amount)
    if magnitude is not None:
        return THAI_MINUS + baht_text(magnitude)
    satang_total = minor_units(amount, 2)
    baht, satang = divmod(satang_total, 100)
    if satang == 0:
        return thai_number_words(baht) + "บาทถ้วน"
    # The satang are a number of their own: 0.01 is หนึ่งสตางค์, not เอ็ดสตางค์; under one baht no ศูนย์บาท.
    baht_part = _thai_words(baht) + "บาท" if baht else ""
    return baht_part + _thai_words(satang) + "สตางค์"


# ---------------------------------------------------------------------------------------------------------
# English numbers in words
# ---------------------------------------------------------------------------------------------------------

_EN_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SCALES = (
    "",
    "thousand",
    "million",
    "billion",
    "trillion",
    "quadrillion",
    "quintillion",
    "sextillion",
    "septillion",
    "octillion",
    "nonillion",
    "decillion",
)


def _english_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{_EN_ONES[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else ""))
    elif rest:
        words.append(_EN_ONES[rest])
    return " ".join(words)


def english_number_words(n: int) -> str:
    """A non-negative integer in English words, short scale, no "and": 191374 -> "one hundred ninety-one
    thousand three hundred seventy-four" (the style of US cheques and of the project's English documents)."""
    n = _check_count(n)
    if n == 0:
        return _EN_ONES[0]
    groups = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    if len(groups) > len(_EN_SCALES):
        raise ValueError("number too large to write in English words")
    words = [
        _english_below_thousand(group) + (f" {_EN_SCALES[i]}" if _EN_SCALES[i] else "")
        for i, group in reversed(list(enumerate(groups)))
        if group
    ]
    return " ".join(words)
