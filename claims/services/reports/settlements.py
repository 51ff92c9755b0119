"""How often claims settle, and for how much of what was claimed.

Settlement rate: settled outcomes ÷ outcomes decided (every kind: judgment, settlement, withdrawal, dismissal).
Settled share: the settled amounts ÷ what the same claimants claimed in the same cases, per currency, counting
only settlements in the currency of the claim (a settlement in another currency cannot be compared without a
rate, and the report converts nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa

from claims.extensions import db
from claims.models import CaseClaimant, Outcome
from claims.models.base import Amount
from claims.models.enums import OutcomeKind
from claims.services.reports import scope
from claims.services.reports.filters import ReportFilters


@dataclass
class Share:
    currency: str
    settled: Decimal
    claimed: Decimal

    @property
    def percent(self) -> Decimal | None:
        if not self.claimed:
            return None
        return (self.settled * 100 / self.claimed).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class Settlements:
    decided: int
    settled: int
    shares: list[Share]

    @property
    def rate(self) -> Decimal | None:
        if not self.decided:
            return None
        return (Decimal(self.settled) * 100 / self.decided).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def decided(user, filters: ReportFilters) -> sa.Select:
    return scope.outcomes_of(scope.units(user, filters), filters)


def settled(user, filters: ReportFilters) -> sa.Select:
    return decided(user, filters).where(Outcome.kind == OutcomeKind.SETTLEMENT)


def settled_in_claim_currency(user, filters: ReportFilters) -> sa.Select:
    return settled(user, filters).where(
        Outcome.currency == CaseClaimant.claimed_currency, CaseClaimant.claimed_amount.is_not(None)
    )


def report(user, filters: ReportFilters) -> Settlements:
    counts = decided(user, filters).with_only_columns(
        sa.func.count(sa.distinct(Outcome.id)),
        sa.func.count(sa.distinct(sa.case((Outcome.kind == OutcomeKind.SETTLEMENT, Outcome.id)))),
    )
    n_decided, n_settled = db.session.execute(counts).one()
    comparable = settled_in_claim_currency(user, filters)
    amounts = dict(
        db.session.execute(
            comparable.with_only_columns(
                Outcome.currency, sa.type_coerce(sa.func.sum(Outcome.amount), Amount())
            ).group_by(Outcome.currency)
        ).all()
    )
    # What the settled parts claimed: each part once, however many settlements it has.
    parts = comparable.with_only_columns(CaseClaimant.id).subquery()
    claims = dict(
        db.session.execute(
            sa.select(
                CaseClaimant.claimed_currency,
                sa.type_coerce(sa.func.sum(CaseClaimant.claimed_amount), Amount()),
            )
            .where(CaseClaimant.id.in_(sa.select(parts.c.id)))
            .group_by(CaseClaimant.claimed_currency)
        ).all()
    )
    shares = [
        Share(c, amounts.get(c) or Decimal("0.00"), claims.get(c) or Decimal("0.00"))
        for c in sorted(set(amounts) | set(claims), key=lambda c: (c != "THB", c))
    ]
    return Settlements(n_decided, n_settled, shares)
