"""Presentation of amounts, dates and numbers for web pages and Word documents.

Pure functions: no Flask, no database, no global locale. The caller always says which locale (a code such as
"th", "th_TH", "en-GB" or a ``babel.Locale``, which is what flask-babel's ``get_locale()`` returns) and, where
it matters, which digits (``"arabic"`` or ``"thai"``: a setting of each template, never of the data, see
thai-documents.md 1.3). Amounts in words are claims.amount_words'; claims.jinja_filters exposes both with a
``locale`` keyword for the Jinja environments.

Conventions follow thai-documents.md: Buddhist-Era years in Thai (1.2), Thai digits on request (1.3).
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _babel_format_date
from babel.numbers import format_decimal as _babel_format_decimal
from babel.numbers import get_currency_name

from claims.money import Money, quantum, to_decimal
from claims.rules.thai import BUDDHIST_ERA_OFFSET, MONTHS

__all__ = [
    "DOCUMENT_LOCALES",
    "SUPPORTED_LOCALES",
    "arabic_digits",
    "be_year",
    "format_amount",
    "format_court_date_line",
    "format_date",
    "format_datetime",
    "format_letter_date",
    "format_money",
    "thai_currency_name",
    "thai_digits",
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


# ---------------------------------------------------------------------------------------------------------
# Locale and digits
# ---------------------------------------------------------------------------------------------------------


def parse_locale(locale: str | Locale) -> Locale:
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


def is_thai(loc: Locale) -> bool:
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


def apply_digits(text: str, digits: str) -> str:
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
        locale=parse_locale(locale),
        decimal_quantization=False,
        numbering_system="latn",
    )
    return apply_digits(text, digits)


def currency_places(currency: str) -> int:
    return -quantum(currency).as_tuple().exponent


def thai_currency_name(currency: str) -> str:
    if currency in THAI_CURRENCY_NAMES:
        return THAI_CURRENCY_NAMES[currency]
    name = get_currency_name(currency, locale="th")
    return name if name != currency else currency


def place_currency(number: str, currency: str, loc: Locale) -> str:
    """Put the currency beside a formatted number the way the locale expects.

    Thai readers expect the name after the figure ("191,374.00 บาท"). Everywhere else the ISO code is used,
    never a symbol: "$" and "₱" and "฿" are easy to confuse in a claim that mixes currencies. The code goes
    where the locale's currency pattern puts the symbol (before in English, after in Vietnamese).
    """
    if is_thai(loc):
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
    loc = parse_locale(locale)
    rounded = money.rounded()
    number = format_amount(rounded.amount, loc, currency_places(money.currency))
    return apply_digits(place_currency(number, money.currency, loc), digits)


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
    loc = parse_locale(locale)
    if is_thai(loc):
        months = THAI_MONTHS if style == "long" else THAI_MONTHS_ABBR
        text = f"{d.day} {months[d.month - 1]} {be_year(d)}"
    elif loc.language == "en":
        text = _babel_format_date(d, "d MMMM y" if style == "long" else "d MMM y", locale=loc)
    else:
        text = _babel_format_date(d, "long" if style == "long" else "medium", locale=loc)
    return apply_digits(text, digits)


def format_datetime(dt: datetime, locale: str | Locale, style: str = "long", digits: str = "arabic") -> str:
    """The date and the 24-hour wall-clock time of ``dt`` as given (no time-zone conversion).

    Thai: "11 เมษายน 2560 เวลา 09.30 น." (letter and notice style; court forms write "นาฬิกา"). English: "11
    April 2017, 09:30".
    """
    if not isinstance(dt, datetime):
        raise TypeError(f"expected a datetime, got {type(dt).__name__}")
    loc = parse_locale(locale)
    day = format_date(dt, loc, style)
    if is_thai(loc):
        text = f"{day} เวลา {dt:%H.%M} น."
    elif loc.language == "en":
        text = f"{day}, {dt:%H:%M}"
    else:
        text = f"{day} {dt:%H:%M}"
    return apply_digits(text, digits)


def format_court_date_line(d: date, digits: str = "thai") -> str:
    """The date line under the court name on a court form: "วันที่ ๑๑ เดือน เมษายน พุทธศักราช ๒๕๖๐".

    Three blanks follow วันที่, เดือน and พุทธศักราช on the printed form, hence the spaces (thai-documents.md 1.2).
    """
    if not isinstance(d, date):
        raise TypeError(f"expected a date, got {type(d).__name__}")
    text = f"วันที่ {d.day} เดือน {THAI_MONTHS[d.month - 1]} พุทธศักราช {be_year(d)}"
    return apply_digits(text, digits)


def format_letter_date(d: date, locale: str | Locale = "th", digits: str | None = None) -> str:
    """The date standing alone on a letter's date line: "๒๘ สิงหาคม ๒๕๖๐", no "วันที่" (thai-documents.md 1.2).

    Thai digits by default in Thai (letters are document 6, Thai digits per 1.3), Arabic digits otherwise.
    """
    loc = parse_locale(locale)
    if digits is None:
        digits = "thai" if is_thai(loc) else "arabic"
    return format_date(d, loc, "long", digits)
