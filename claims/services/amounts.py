"""What an amount typed or imported must be before it is stored: one rule for every write path."""

from __future__ import annotations

from decimal import Decimal

from flask_babel import gettext as _

# Amounts are stored as BigInteger hundredths; this keeps them far inside that range and inside reason.
MAX_AMOUNT = 10**12


def beyond_storage(amount: Decimal) -> bool:
    """NaN, an infinity or a figure past MAX_AMOUNT: nothing an amount field can keep (comparing a NaN raises)."""
    return not amount.is_finite() or abs(amount) >= MAX_AMOUNT


def amount_problem(amount: Decimal | None, *, positive: bool = False) -> str | None:
    """Why an amount cannot be stored, or None. Amounts are exact to the satang (two places), never negative,
    and below a bound that keeps them far inside the BigInteger column."""
    if amount is None:
        return None
    if beyond_storage(amount):
        return _("Enter an amount such as 1500 or 1500.50.")
    if amount < 0:
        return _("An amount cannot be negative.")
    if positive and amount == 0:
        return _("An amount received must be more than zero.")
    if amount != amount.quantize(Decimal("0.01")):
        return _("Enter an amount with at most two decimal places.")
    return None
