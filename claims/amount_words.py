"""Amounts of money in words, in the document's language and with its currency's name (thai-documents.md 1.4).

Apart from claims.formatting because the words of an amount answer to a rule of their own: they are written from
the printed figure, so they refuse an amount that is not already rounded to the minor unit (rounding is the
calculation's job, money.py, CONV-ROUND, not the printer's), and they need each currency's names in words, which
a figure never does. The numbers themselves are claims.number_words'.
"""

from __future__ import annotations

from babel import Locale
from babel.numbers import get_currency_name

from claims.formatting import (
    apply_digits,
    currency_places,
    format_amount,
    is_thai,
    parse_locale,
    place_currency,
    thai_currency_name,
)
from claims.money import Money
from claims.number_words import (
    ENGLISH_MINUS,
    THAI_DIGIT_WORDS,
    THAI_MINUS,
    baht_text,
    english_number_words,
    minor_units,
    negative_magnitude,
    thai_number_words,
)

# English (singular, plural) of the unit and of the minor unit; None where the currency has no minor unit in
# money.py. "baht" rather than CLDR's "Thai baht" because that is how Thai legal English writes it.
_ENGLISH_CURRENCY_NAMES: dict[str, tuple[tuple[str, str], tuple[str, str] | None]] = {
    "THB": (("baht", "baht"), ("satang", "satang")),
    "USD": (("US dollar", "US dollars"), ("cent", "cents")),
    "JPY": (("yen", "yen"), None),
    "PHP": (("Philippine peso", "Philippine pesos"), ("centavo", "centavos")),
    "MMK": (("kyat", "kyat"), ("pya", "pya")),
    "KHR": (("riel", "riels"), ("sen", "sen")),
    "LAK": (("kip", "kip"), ("att", "att")),
    "VND": (("dong", "dong"), None),
    "EUR": (("euro", "euros"), ("cent", "cents")),
}


def _english_currency(currency: str, count: int) -> str:
    if currency in _ENGLISH_CURRENCY_NAMES:
        singular, plural = _ENGLISH_CURRENCY_NAMES[currency][0]
        return singular if count == 1 else plural
    return get_currency_name(currency, count=count, locale="en")


def _english_amount_words(currency: str, whole: int, minor: int, places: int) -> str:
    unit = f"{english_number_words(whole)} {_english_currency(currency, whole)}"
    if not minor:
        return unit
    minor_names = _ENGLISH_CURRENCY_NAMES.get(currency, (None, None))[1]
    if minor_names is None:
        # No known name for the minor unit: the cheque form "and 50/100" is unambiguous.
        return f"{unit} and {minor:0{places}d}/{10**places}"
    minor_words = f"{english_number_words(minor)} {minor_names[0] if minor == 1 else minor_names[1]}"
    # Under one unit, only the minor unit, as in Thai ("seventy-five satang").
    return minor_words if whole == 0 else f"{unit} and {minor_words}"


def amount_in_words(money: Money, locale: str | Locale) -> str:
    """The amount in words in the document's language.

    Thai: BAHTTEXT for THB; for another currency the number in Thai words and the Thai currency name, never
    "บาท", with any minor part read digit by digit after จุด (there is no standard Thai wording, see
    thai-documents.md 1.4). English, and every other locale (no Burmese, Khmer, Lao, Vietnamese or Filipino
    spell-out is available without a new dependency): English words, "one hundred twenty baht and seventy-five
    satang". A negative amount is read with ลบ / "minus" before its magnitude. Refuses unrounded amounts.
    """
    magnitude = negative_magnitude(money.amount)
    if magnitude is not None:
        minus = THAI_MINUS if is_thai(parse_locale(locale)) else ENGLISH_MINUS
        return minus + amount_in_words(Money(magnitude, money.currency), locale)
    places = currency_places(money.currency)
    minor_total = minor_units(money.amount, places)
    whole, minor = divmod(minor_total, 10**places)
    if is_thai(parse_locale(locale)):
        if money.currency == "THB":
            return baht_text(money.amount)
        words = thai_number_words(whole)
        if minor:
            words += "จุด" + "".join(THAI_DIGIT_WORDS[int(c)] for c in f"{minor:0{places}d}")
        return words + thai_currency_name(money.currency)
    return _english_amount_words(money.currency, whole, minor, places)


def format_amount_with_words(money: Money, locale: str | Locale, digits: str = "arabic") -> str:
    """The figure, then the words in parentheses (thai-documents.md 1.4):

    "๑๙๑,๓๗๔ บาท (หนึ่งแสนเก้าหมื่นหนึ่งพันสามร้อยเจ็ดสิบสี่บาทถ้วน)", "120.75 บาท (หนึ่งร้อยยี่สิบบาทเจ็ดสิบห้าสตางค์)",
    "THB 191,374 (one hundred ninety-one thousand three hundred seventy-four baht)". A whole amount is printed
    without ".00", as in the guide's layout; ``digits`` applies to the figure only.
    """
    loc = parse_locale(locale)
    words = amount_in_words(money, loc)  # validates first: already rounded
    places = currency_places(money.currency)
    has_minor = minor_units(abs(money.amount), places) % 10**places != 0
    number = format_amount(money.amount, loc, places if has_minor else 0)
    figure = apply_digits(place_currency(number, money.currency, loc), digits)
    return f"{figure} ({words})"
