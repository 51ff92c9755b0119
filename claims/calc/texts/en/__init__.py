"""English: the engine's words exactly as it has always written them (ISO dates, "1,234.50 THB", "7.5%").

Stored snapshots and tests quote these words: see claims/calc/texts/__init__.py before changing one.

The templates live in this package's modules, one concern each (wages, interest, debts, fees, compensation,
settlement, deadlines ...); this module writes dates, amounts, percentages and currencies and gathers the templates
into ``TEMPLATES``, the one table the loader reads.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.calc.texts.en import (
    basis,
    closed_lists,
    compensation,
    deadlines,
    debts,
    fees,
    general,
    interest,
    settlement,
    wages,
    warnings,
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def write_date(day: date) -> str:
    return day.isoformat()


def write_month(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def write_amount(value: Decimal, currency: str, places: int | None = 2) -> str:
    """1234.5 THB -> "1,234.50 THB"; with ``places=None`` the figure as entered ("1,234.5 THB")."""
    if places is None:
        return f"{value:,} {currency}"
    return f"{value:,.{places}f} {currency}"


def write_percent(rate: Decimal) -> str:
    """0.075 -> "7.5%"."""
    return format((rate * 100).normalize(), "f") + "%"


def write_currency(code: str) -> str:
    return code


# Gathered in the order the catalogue had as one module, so that TEMPLATES lists its keys as it always did.
TEMPLATES: dict[str, str] = {
    **general.GENERAL,
    **warnings.WARNINGS,
    **interest.AMOUNTS_DUE,
    **wages.WAGES,
    **interest.FORMULAS,
    **debts.DEBTS,
    **fees.FEES,
    **compensation.FUND_AND_COMPENSATION,
    **basis.BASIS,
    **settlement.SETTLEMENT,
    **deadlines.DEADLINES,
    **wages.EXTRA_HOURS,
    **closed_lists.CLOSED_LISTS,
    **compensation.DAMAGES,
}
