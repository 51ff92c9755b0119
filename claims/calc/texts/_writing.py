"""How the partial catalogues (my, km, lo, vi, fil) write a date, a month, an amount, a percentage and a currency:
the same way in each, only the Babel locale differs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial

from babel.dates import format_date, format_skeleton


def long_date(day: date, locale: str) -> str:
    return format_date(day, format="long", locale=locale)


def month_year(day: date, locale: str) -> str:
    # A skeleton, not a fixed pattern: each locale puts the month and the year in its own order.
    return format_skeleton("yMMMM", day, locale=locale)


def code_first_amount(value: Decimal, currency: str, places: int | None = 2) -> str:
    """1234.5 THB -> "THB 1,234.50"; with ``places=None`` the figure as entered ("THB 1,234.5")."""
    if places is None:
        return f"{currency} {value:,}"
    return f"{currency} {value:,.{places}f}"


def percent(rate: Decimal) -> str:
    """0.075 -> "7.5%", as in English."""
    return format((rate * 100).normalize(), "f") + "%"


def currency_as_is(code: str) -> str:
    return code


def writers(locale: str):
    """A partial catalogue's write_date, write_month, write_amount, write_percent and write_currency (what
    claims/calc/text.py asks each catalogue for), in ``locale``."""
    return (
        partial(long_date, locale=locale),
        partial(month_year, locale=locale),
        code_first_amount,
        percent,
        currency_as_is,
    )
