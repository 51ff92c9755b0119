"""Presentation of amounts, dates and numbers for web pages and Word documents.

Pure functions: no Flask, no database, no global locale. The caller always says which locale (a code such as
"th", "th_TH", "en-GB" or a ``babel.Locale``, which is what flask-babel's ``get_locale()`` returns) and, where
it matters, which digits (``"arabic"`` or ``"thai"``: a setting of each template, never of the data, see
thai-documents.md 1.3). :data:`JINJA_FILTERS` exposes them with a ``locale`` keyword for the Jinja environments.

Conventions follow thai-documents.md: Buddhist-Era years in Thai (1.2), Thai digits on request (1.3), amounts in
Thai words by the Royal Institute / BAHTTEXT rules (1.4). The functions that write amounts in words refuse an
amount that is not already rounded to the minor unit: the words must be produced from the printed figure, and
rounding is the calculation's job (money.py, CONV-ROUND), not the printer's.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _babel_format_date
from babel.numbers import format_decimal as _babel_format_decimal
from babel.numbers import get_currency_name

from claims.money import Money, quantum, to_decimal
from claims.number_words import (
    _THAI_DIGIT_WORDS,
    ENGLISH_MINUS,
    THAI_MINUS,
    _magnitude,
    _minor_units,
    baht_text,
    english_number_words,
    thai_number_words,
)
from claims.rules.thai import BUDDHIST_ERA_OFFSET, MONTHS

__all__ = [
    "DOCUMENT_LOCALES",
    "JINJA_FILTERS",
    "SUPPORTED_LOCALES",
    "amount_in_words",
    "arabic_digits",
    "baht_text",
    "be_year",
    "english_number_words",
    "format_amount",
    "format_amount_with_words",
    "format_court_date_line",
    "format_date",
    "format_datetime",
    "format_letter_date",
    "format_money",
    "thai_currency_name",
    "thai_digits",
    "thai_number_words",
]

# Languages of the user interface, and the wider set the generated documents can be written in.
SUPPORTED_LOCALES = ("th", "en")
DOCUMENT_LOCALES = ("th", "en", "my", "km", "lo", "vi", "fil")

DATE_STYLES = ("long", "short", "table")
DIGIT_STYLES = ("arabic", "thai")

# B.E. = C.E. + 543 (thai-documents.md 1.2), and the full month names: claims/rules/thai.py, which the rule citations
# share. Before 1941 the Thai year began on 1 April, so January to March of earlier years were +542; no claim reaches
# back that far, so the simple offset is used throughout.
THAI_MONTHS = MONTHS
THAI_MONTHS_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)

_TO_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# Thai currency names for the words and the figure. There is no standard Thai wording for foreign amounts in
# words (thai-documents.md 1.4, unverified): the short everyday names are used, never "บาท". CLDR's longer forms
# (เปโซฟิลิปปินส์, เรียลกัมพูชา...) are the fallback for any other currency.
THAI_CURRENCY_NAMES = {
    "THB": "บาท",
    "USD": "ดอลลาร์สหรัฐ",
    "JPY": "เยน",
    "PHP": "เปโซ",
    "MMK": "จ๊าต",
    "KHR": "เรียล",
    "LAK": "กีบ",
    "VND": "ดอง",
}

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


# ---------------------------------------------------------------------------------------------------------
# Locale and digits
# ---------------------------------------------------------------------------------------------------------


def _locale(locale: str | Locale) -> Locale:
    """Parse a locale; anything Babel does not know falls back to English.

    A presentation filter must not take a page or a court document down because of an odd Accept-Language
    value; English is the project's fallback language.
    """
    if isinstance(locale, Locale):
        return locale
    try:
        return Locale.parse(str(locale).replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return Locale("en")


def _is_thai(loc: Locale) -> bool:
    return loc.language == "th"


def thai_digits(text: str) -> str:
    """Every Arabic digit 0-9 becomes a Thai digit; commas, points and everything else stay as they are."""
    return _as_text(text).translate(_TO_THAI_DIGITS)


def arabic_digits(text: str) -> str:
    """The reverse of :func:`thai_digits`."""
    return _as_text(text).translate(_TO_ARABIC_DIGITS)


def _as_text(value: object) -> str:
    # Numbers are accepted so that a template can write {{ case.year|thai_digits }}; None is refused because
    # printing "None" into a filing is worse than an error.
    if value is None:
        raise TypeError("expected text or a number, got None")
    return value if isinstance(value, str) else str(value)


def _apply_digits(text: str, digits: str) -> str:
    if digits == "arabic":
        return text
    if digits == "thai":
        return thai_digits(text)
    raise ValueError(f"digits must be one of {DIGIT_STYLES}, got {digits!r}")


# ---------------------------------------------------------------------------------------------------------
# Numbers and money
# ---------------------------------------------------------------------------------------------------------


def _round_half_up(amount: Decimal, places: int) -> Decimal:
    # The project's one rounding rule (money.ROUNDING_RULE), never Babel's own half-even rounding. The local
    # context is wide enough that quantize cannot fail on a large amount.
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, amount.adjusted() + places + 2)
        return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _number_pattern(places: int) -> str:
    return "#,##0" + ("." + "0" * places if places else "")


def format_amount(
    amount: Decimal | int | str, locale: str | Locale, places: int = 2, digits: str = "arabic"
) -> str:
    """A grouped number with ``places`` decimals in the locale's symbols, e.g. "191,374.00" (vi: "191.374,00").

    Rounds half up to ``places`` (the project rule). Latin digits unless ``digits="thai"``; Babel's native
    numbering systems (Burmese digits for "my") are not used, because claimants and partners read the tables.
    """
    if places < 0:
        raise ValueError("places must be >= 0")
    value = _round_half_up(to_decimal(amount), places)
    text = _babel_format_decimal(
        value,
        _number_pattern(places),
        locale=_locale(locale),
        decimal_quantization=False,
        numbering_system="latn",
    )
    return _apply_digits(text, digits)


def _currency_places(currency: str) -> int:
    return -quantum(currency).as_tuple().exponent


def thai_currency_name(currency: str) -> str:
    if currency in THAI_CURRENCY_NAMES:
        return THAI_CURRENCY_NAMES[currency]
    name = get_currency_name(currency, locale="th")
    return name if name != currency else currency


def _place_currency(number: str, currency: str, loc: Locale) -> str:
    """Put the currency beside a formatted number the way the locale expects.

    Thai readers expect the name after the figure ("191,374.00 บาท"). Everywhere else the ISO code is used,
    never a symbol: "$" and "₱" and "฿" are easy to confuse in a claim that mixes currencies. The code goes
    where the locale's currency pattern puts the symbol (before in English, after in Vietnamese).
    """
    if _is_thai(loc):
        return f"{number} {thai_currency_name(currency)}"
    pattern = loc.currency_formats["standard"].pattern
    if pattern.lstrip().startswith("¤"):
        return f"{currency} {number}"
    return f"{number} {currency}"


def format_money(money: Money, locale: str | Locale, digits: str = "arabic") -> str:
    """ "191,374.00 บาท" in Thai, "THB 191,374.00" in English, "191.374,00 THB" in Vietnamese.

    Rounded to the currency's minor unit by money.py's rule (half up), so a page never shows Babel's
    half-even rounding of an intermediate figure.
    """
    if isinstance(locale, str):
        # Babel takes ~0.1 ms an amount and a group case's page prints hundreds, mostly the same few: each
        # text made once. Keyed by the amount's exact text, so that -0.00 and 0, or 1.0 and 1.00, stay apart.
        return _format_money_text(str(money.amount), money.currency, locale, digits)
    return _format_money(money, locale, digits)


@functools.lru_cache(maxsize=4096)
def _format_money_text(amount: str, currency: str, locale: str, digits: str) -> str:
    return _format_money(Money(Decimal(amount), currency), locale, digits)


def _format_money(money: Money, locale: str | Locale, digits: str) -> str:
    loc = _locale(locale)
    rounded = money.rounded()
    number = format_amount(rounded.amount, loc, _currency_places(money.currency))
    return _apply_digits(_place_currency(number, money.currency, loc), digits)


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


# ---------------------------------------------------------------------------------------------------------
# Amounts in words, any currency
# ---------------------------------------------------------------------------------------------------------


def amount_in_words(money: Money, locale: str | Locale) -> str:
    """The amount in words in the document's language.

    Thai: BAHTTEXT for THB; for another currency the number in Thai words and the Thai currency name, never
    "บาท", with any minor part read digit by digit after จุด (there is no standard Thai wording, see
    thai-documents.md 1.4). English, and every other locale (no Burmese, Khmer, Lao, Vietnamese or Filipino
    spell-out is available without a new dependency): English words, "one hundred twenty baht and seventy-five
    satang". A negative amount is read with ลบ / "minus" before its magnitude. Refuses unrounded amounts.
    """
    magnitude = _magnitude(money.amount)
    if magnitude is not None:
        minus = THAI_MINUS if _is_thai(_locale(locale)) else ENGLISH_MINUS
        return minus + amount_in_words(Money(magnitude, money.currency), locale)
    places = _currency_places(money.currency)
    minor_total = _minor_units(money.amount, places)
    whole, minor = divmod(minor_total, 10**places)
    if _is_thai(_locale(locale)):
        if money.currency == "THB":
            return baht_text(money.amount)
        words = thai_number_words(whole)
        if minor:
            words += "จุด" + "".join(_THAI_DIGIT_WORDS[int(c)] for c in f"{minor:0{places}d}")
        return words + thai_currency_name(money.currency)
    return _english_amount_words(money.currency, whole, minor, places)


def format_amount_with_words(money: Money, locale: str | Locale, digits: str = "arabic") -> str:
    """The figure, then the words in parentheses (thai-documents.md 1.4):

    "๑๙๑,๓๗๔ บาท (หนึ่งแสนเก้าหมื่นหนึ่งพันสามร้อยเจ็ดสิบสี่บาทถ้วน)", "120.75 บาท (หนึ่งร้อยยี่สิบบาทเจ็ดสิบห้าสตางค์)",
    "THB 191,374 (one hundred ninety-one thousand three hundred seventy-four baht)". A whole amount is printed
    without ".00", as in the guide's layout; ``digits`` applies to the figure only.
    """
    loc = _locale(locale)
    words = amount_in_words(money, loc)  # validates first: already rounded
    places = _currency_places(money.currency)
    has_minor = _minor_units(abs(money.amount), places) % 10**places != 0
    number = format_amount(money.amount, loc, places if has_minor else 0)
    figure = _apply_digits(_place_currency(number, money.currency, loc), digits)
    return f"{figure} ({words})"


# ---------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------


def be_year(d: date) -> int:
    """The Buddhist-Era year of a date: 2017 -> 2560."""
    if not isinstance(d, date):
        raise TypeError(f"expected a date, got {type(d).__name__}")
    return d.year + BUDDHIST_ERA_OFFSET


def _check_style(style: str) -> None:
    if style not in DATE_STYLES:
        raise ValueError(f"style must be one of {DATE_STYLES}, got {style!r}")


def format_date(d: date, locale: str | Locale, style: str = "long", digits: str = "arabic") -> str:
    """A date for a page or a document.

    Thai: Buddhist Era, full month name for "long" ("11 เมษายน 2560", running text of a filing), abbreviation for
    "short" and "table" ("11 เม.ย. 2560"), never "พ.ศ." inside the date (thai-documents.md 1.2). English: "11
    April 2017" / "11 Apr 2017", day first in every English variant so no reader mistakes 4/11 for 11/4. Other
    locales: Babel's long / medium format, Gregorian; numeric short formats are avoided for the same reason.
    """
    _check_style(style)
    if not isinstance(d, date):
        raise TypeError(f"expected a date, got {type(d).__name__}")
    loc = _locale(locale)
    if _is_thai(loc):
        months = THAI_MONTHS if style == "long" else THAI_MONTHS_ABBR
        text = f"{d.day} {months[d.month - 1]} {be_year(d)}"
    elif loc.language == "en":
        text = _babel_format_date(d, "d MMMM y" if style == "long" else "d MMM y", locale=loc)
    else:
        text = _babel_format_date(d, "long" if style == "long" else "medium", locale=loc)
    return _apply_digits(text, digits)


def format_datetime(dt: datetime, locale: str | Locale, style: str = "long", digits: str = "arabic") -> str:
    """The date and the 24-hour wall-clock time of ``dt`` as given (no time-zone conversion).

    Thai: "11 เมษายน 2560 เวลา 09.30 น." (letter and notice style; court forms write "นาฬิกา"). English: "11
    April 2017, 09:30".
    """
    if not isinstance(dt, datetime):
        raise TypeError(f"expected a datetime, got {type(dt).__name__}")
    loc = _locale(locale)
    day = format_date(dt, loc, style)
    if _is_thai(loc):
        text = f"{day} เวลา {dt:%H.%M} น."
    elif loc.language == "en":
        text = f"{day}, {dt:%H:%M}"
    else:
        text = f"{day} {dt:%H:%M}"
    return _apply_digits(text, digits)


def format_court_date_line(d: date, digits: str = "thai") -> str:
    """The date line under the court name on a court form: "วันที่ ๑๑ เดือน เมษายน พุทธศักราช ๒๕๖๐".

    Three blanks follow วันที่, เดือน and พุทธศักราช on the printed form, hence the spaces (thai-documents.md 1.2).
    """
    if not isinstance(d, date):
        raise TypeError(f"expected a date, got {type(d).__name__}")
    text = f"วันที่ {d.day} เดือน {THAI_MONTHS[d.month - 1]} พุทธศักราช {be_year(d)}"
    return _apply_digits(text, digits)


def format_letter_date(d: date, locale: str | Locale = "th", digits: str | None = None) -> str:
    """The date standing alone on a letter's date line: "๒๘ สิงหาคม ๒๕๖๐", no "วันที่" (thai-documents.md 1.2).

    Thai digits by default in Thai (letters are document 6, Thai digits per 1.3), Arabic digits otherwise.
    """
    loc = _locale(locale)
    if digits is None:
        digits = "thai" if _is_thai(loc) else "arabic"
    return format_date(d, loc, "long", digits)


# ---------------------------------------------------------------------------------------------------------
# Jinja filters
# ---------------------------------------------------------------------------------------------------------


def _blank_if_none(fn: Callable[..., str]) -> Callable[..., str]:
    # A missing value in a template prints as an empty blank (court forms have blanks to fill by hand) rather
    # than the word "None" or a failed render; the functions above still refuse None when called directly.
    def wrapper(value: Any, *args: Any, locale: str | Locale, **kwargs: Any) -> str:
        if value is None:
            return ""
        return fn(value, *args, locale=locale, **kwargs)

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


def _baht_text_filter(value: Money | Decimal | int | str, *, locale: str | Locale) -> str:
    if isinstance(value, Money):
        if value.currency != "THB":
            raise ValueError(f"baht_text of a {value.currency} amount: use amount_in_words")
        value = value.amount
    return baht_text(value)


def _number_words_filter(value: int, *, locale: str | Locale) -> str:
    return thai_number_words(value) if _is_thai(_locale(locale)) else english_number_words(value)


# Every filter takes the value, optional positional arguments from the template, and a ``locale`` keyword that
# the application binds to the current locale; filters that do not depend on the locale ignore it.
JINJA_FILTERS: dict[str, Callable[..., str]] = {
    name: _blank_if_none(fn)
    for name, fn in {
        "money": lambda v, digits="arabic", *, locale: format_money(v, locale, digits),
        "amount": lambda v, places=2, digits="arabic", *, locale: format_amount(v, locale, places, digits),
        "date": lambda v, style="long", digits="arabic", *, locale: format_date(v, locale, style, digits),
        "datetime": lambda v, style="long", digits="arabic", *, locale: format_datetime(
            v, locale, style, digits
        ),
        "court_date_line": lambda v, digits="thai", *, locale: format_court_date_line(v, digits),
        "letter_date": lambda v, digits=None, *, locale: format_letter_date(v, locale, digits),
        "be_year": lambda v, *, locale: str(be_year(v)),
        "thai_digits": lambda v, *, locale: thai_digits(v),
        "arabic_digits": lambda v, *, locale: arabic_digits(v),
        "baht_text": _baht_text_filter,
        "thai_number_words": lambda v, *, locale: thai_number_words(v),
        "number_words": _number_words_filter,
        "amount_in_words": lambda v, *, locale: amount_in_words(v, locale),
        "amount_with_words": lambda v, digits="arabic", *, locale: format_amount_with_words(
            v, locale, digits
        ),
    }.items()
}
