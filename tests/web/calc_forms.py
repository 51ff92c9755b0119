"""How the calculation forms take a document's items: a loan's rate as a percentage, payments as rows."""

from __future__ import annotations

from decimal import Decimal


def rows(name: str, payments) -> dict:
    """The posted fields of a rows field: ``name-0-on``, ``name-0-amount`` ..."""
    posted = {}
    for i, payment in enumerate(payments):
        posted[f"{name}-{i}-on"] = payment["on"]
        posted[f"{name}-{i}-amount"] = payment["amount"]
    return posted


def loan_form(loan: dict) -> dict:
    """A loan of the claim format as the loan form takes it."""
    form = {k: v for k, v in loan.items() if k not in ("rate", "repayments")}
    form["rate_percent"] = str(Decimal(loan["rate"]) * 100)
    return {**form, **rows("repayments", loan.get("repayments", []))}
