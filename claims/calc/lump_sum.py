"""Splitting a lump sum offered to a group between its claimants.

Apart from the comparison (claims.calc.settlement): the split comes first, once for the whole group, and each
claimant then compares their own share with going on in court; the two share nothing but the rounding of
money.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from math import floor
from typing import TypeVar

from claims.money import CurrencyMismatch, Money, quantum, round_line

K = TypeVar("K")

SPLIT_RULES = ("pro_rata", "equal", "given")
_ZERO = Decimal(0)
_ONE = Decimal(1)


def split_lump_sum(
    total: Money, shares: Mapping[K, Decimal | Money], rule: str = "pro_rata"
) -> dict[K, Money]:
    """Split a lump sum offered to a group between its claimants.

    ``rule`` "pro_rata" (``shares`` are the claimants' computed claims, or any weights), "equal" (only the keys of
    ``shares`` matter), or "given" (``shares`` are the amounts themselves, which must add up to ``total``). A share
    given as a bare number is taken in ``total``'s currency. Rounds to the minor unit (the satang) once, by the
    largest-remainder method: each part is its exact share rounded down, and the units left over go one each to the
    largest fractions (ties to the claimant listed first), so the parts always add up exactly to the total and each
    is within one satang of its exact share. Raises ValueError with a clear message for a bad rule, no claimants, a
    negative total or share, all-zero shares (pro rata), mixed currencies, a total in parts of a satang, or given
    amounts that do not add up."""
    if rule not in SPLIT_RULES:
        raise ValueError(f"unknown split rule {rule!r}: use one of {', '.join(SPLIT_RULES)}")
    if not shares:
        raise ValueError("no claimants to split the sum between")
    currency = total.currency
    if total.amount < 0:
        raise ValueError(f"the sum to split is negative: {total}")
    if round_line(total) != total:
        raise ValueError(f"the sum to split, {total}, is in parts of the minor unit: round it first")
    weights: dict[K, Decimal] = {}
    for key, share in shares.items():
        if isinstance(share, Money):
            if share.currency != currency:
                raise CurrencyMismatch(
                    f"the share of {key!r} is in {share.currency}, the sum to split in {currency}"
                )
            amount = share.amount
        elif isinstance(share, Decimal | int) and not isinstance(share, bool):
            amount = Decimal(share)
        else:
            raise TypeError(f"the share of {key!r} must be Money or a Decimal, not {type(share).__name__}")
        if amount < 0:
            raise ValueError(f"the share of {key!r} is negative: {amount}")
        weights[key] = amount
    if rule == "equal":
        weights = dict.fromkeys(weights, _ONE)
    elif rule == "given":
        given = sum(weights.values(), _ZERO)
        if given != total.amount:
            raise ValueError(f"the amounts given add up to {given:,} {currency}, not to {total}")
        if given == 0:
            return {key: Money.zero(currency) for key in weights}
    elif not any(weights.values()):
        raise ValueError("every share is zero: there is nothing to split the sum in proportion to")
    unit = quantum(currency)
    units = int(total.amount / unit)
    whole = sum((Fraction(weight) for weight in weights.values()), Fraction(0))
    exact = {key: units * Fraction(weight) / whole for key, weight in weights.items()}
    parts = {key: floor(share) for key, share in exact.items()}
    left = units - sum(parts.values())
    for key in sorted(parts, key=lambda key: exact[key] - parts[key], reverse=True)[:left]:
        parts[key] += 1
    return {key: Money(Decimal(count) * unit, currency) for key, count in parts.items()}
