"""The presentation functions as Jinja filters, for the environments that render the Word templates.

Apart from claims.formatting and claims.amount_words because a template calls them differently from code: each
filter takes the template's arguments and a ``locale`` keyword the environment binds, and prints a missing value
as a blank to fill by hand instead of refusing it, as the functions themselves do.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from babel import Locale

from claims.amount_words import amount_in_words, format_amount_with_words
from claims.formatting import (
    arabic_digits,
    be_year,
    format_amount,
    format_court_date_line,
    format_date,
    format_datetime,
    format_letter_date,
    format_money,
    is_thai,
    parse_locale,
    thai_digits,
)
from claims.money import Money
from claims.number_words import baht_text, english_number_words, thai_number_words


def _blank_if_none(fn: Callable[..., str]) -> Callable[..., str]:
    # A missing value in a template prints as an empty blank (court forms have blanks to fill by hand) rather
    # than the word "None" or a failed render; the functions still refuse None when called directly.
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
    return thai_number_words(value) if is_thai(parse_locale(locale)) else english_number_words(value)


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
