"""parse_claim: plain JSON-like data -> ClaimInput, with every problem found named by its field path.

Numbers are written as strings ("400.50") or whole numbers. A JSON decimal number arrives in Python as a float,
which cannot hold money exactly, so it is refused with a message saying how to write it (a caller that reads JSON
with ``parse_float=Decimal`` may pass Decimals). Unknown keys are refused too: a typo ("overtime_hour") must not
silently drop a figure from a claim. The format is described field by field in docs/claim-format.md.

The parts of a claim are read by modules of their own, by concern: parse_periods (employment periods, records of
work, how the employment ended), parse_payments (payments and what they pay, deductions, exchange rates),
parse_debts (loans, recruitment fees) and parse_awards (the Fund's items, labour damages, criminal compensation).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from claims.calc.collector import collector_held
from claims.calc.inputs import ClaimInput, Conventions
from claims.calc.parse_awards import _compensation, _damage, _fund
from claims.calc.parse_debts import _loan, _recruitment
from claims.calc.parse_payments import DESIGNATION_PROBLEM, _rate, designation
from claims.calc.parse_periods import _period
from claims.calc.reader import InputError, Reader
from claims.money import NO_CURRENCY

# designation and DESIGNATION_PROBLEM are read from here by the calculation forms.
__all__ = ["DESIGNATION_PROBLEM", "InputError", "designation", "parse_claim"]

_TOP = {
    "claimant",
    "jurisdiction",
    "computed_on",
    "currency",
    "filed_on",
    "demand_date",
    "projection_date",
    "conventions",
    "employment",
    "exchange_rates",
    "loans",
    "recruitment",
    "fund_items",
    "compensation",
    "damages",
}


@collector_held
def parse_claim(data: Any) -> ClaimInput:
    """Build a ClaimInput, or raise InputError listing every problem (not only the first)."""
    r = Reader()
    top = r.obj(data, "", _TOP)
    if top is None:
        raise InputError("", "the claim must be a JSON object")
    currency = r.get(top, "currency", "", "currency", required=True, default=NO_CURRENCY)
    claim = dict(
        claimant=r.get(top, "claimant", "", "str", default=""),
        jurisdiction=r.get(top, "jurisdiction", "", "code", required=True, default="th"),
        computed_on=r.get(top, "computed_on", "", "date", required=True, default=date(2000, 1, 1)),
        currency=currency,
        filed_on=r.get(top, "filed_on", "", "date"),
        demand_date=r.get(top, "demand_date", "", "date"),
        projection_date=r.get(top, "projection_date", "", "date"),
        conventions=_conventions(r, top.get("conventions")),
        employment=tuple(p for path, raw in r.items(top, "employment", "") if (p := _period(r, raw, path))),
        exchange_rates=tuple(
            x for path, raw in r.items(top, "exchange_rates", "") if (x := _rate(r, raw, path))
        ),
        loans=tuple(x for path, raw in r.items(top, "loans", "") if (x := _loan(r, raw, path, currency))),
        recruitment=_recruitment(r, top["recruitment"], currency) if top.get("recruitment") else None,
        fund_items=tuple(
            x for path, raw in r.items(top, "fund_items", "") if (x := _fund(r, raw, path, currency))
        ),
        compensation=_compensation(r, top["compensation"], currency) if top.get("compensation") else None,
        damages=tuple(
            x for path, raw in r.items(top, "damages", "") if (x := _damage(r, raw, path, currency))
        ),
    )
    if r.problems:
        (field, problem), *more = r.problems
        raise InputError(field, problem, more)
    return ClaimInput(**claim)


def _conventions(r: Reader, raw: Any) -> Conventions:
    if raw is None:
        return Conventions()
    fields = {
        "daycount": "str",
        "surcharge_count": "str",
        "payment_allocation": "str",
        "usury_paid_interest": "str",
        "assumed_hours_per_day": "decimal",
        "assumed_working_days_per_month": "decimal",
        "loan_days_per_month": "decimal",
        "ph_fee_interest_from": "str",
        "limitation_warning_days": "int",
    }
    choices = {
        "daycount": ("actual/365", "actual/actual"),
        "surcharge_count": ("days/7", "(days-7)/7"),
        "payment_allocation": ("oldest_first",),
        "usury_paid_interest": ("credit_to_principal", "unrecoverable"),
        "ph_fee_interest_from": ("dismissal", "payment"),
    }
    data = r.obj(raw, "conventions", set(fields))
    if data is None:
        return Conventions()
    given = {}
    for key, kind in fields.items():
        value = r.get(data, key, "conventions", kind, choices=choices.get(key))
        if value is not None:
            given[key] = value
    return Conventions(**given)
