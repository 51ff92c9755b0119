"""Claimed, awarded and received, per group and per currency, with the counts of claimants and cases.

Three GROUP BY queries for a grouping, whatever the number of records. Money is summed per currency and never
across currencies. Claimed is what each claimant's part in the case says was claimed as filed
(``case_claimants.claimed_amount``), not a calculation's totals: every part has one, a calculation may be a
draft. Awarded is the outcomes' amounts; received is their stored received balance (live payments).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa

from claims.extensions import db
from claims.models import CaseClaimant, Outcome
from claims.models.base import Amount
from claims.services.reports import scope
from claims.services.reports.filters import ReportFilters

FIGURES = ("claimed", "awarded", "received")


@dataclass
class Group:
    key: str
    claimants: int = 0
    cases: int = 0
    units: int = 0
    # figure -> currency -> sum
    money: dict[str, dict[str, Decimal]] = field(default_factory=lambda: {f: {} for f in FIGURES})

    def currencies(self) -> list[str]:
        return sorted({c for f in FIGURES for c in self.money[f]}, key=lambda c: (c != "THB", c))


def _sum(column):
    return sa.type_coerce(sa.func.sum(column), Amount())


def by_group(user, filters: ReportFilters, dimension: str) -> list[Group]:
    key = scope.group_key(dimension, user, filters).label("key")
    groups: dict[str, Group] = defaultdict(lambda: Group(""))
    base = scope.units(user, filters, dimension)

    counts = base.with_only_columns(
        key,
        sa.func.count(sa.distinct(CaseClaimant.claimant_id)),
        sa.func.count(sa.distinct(CaseClaimant.case_id)),
        sa.func.count(sa.distinct(CaseClaimant.id)),
    ).group_by(key)
    for k, claimants, cases, n in db.session.execute(counts):
        groups[k] = Group(k, claimants, cases, n)

    claimed = (
        base.with_only_columns(key, CaseClaimant.claimed_currency, _sum(CaseClaimant.claimed_amount))
        .where(CaseClaimant.claimed_amount.is_not(None))
        .group_by(key, CaseClaimant.claimed_currency)
    )
    for k, currency, total in db.session.execute(claimed):
        groups[k].money["claimed"][currency] = total

    decided = scope.outcomes_of(base, filters)
    outcomes = decided.with_only_columns(
        key, Outcome.currency, _sum(Outcome.amount), _sum(Outcome.received)
    ).group_by(key, Outcome.currency)
    for k, currency, awarded, received in db.session.execute(outcomes):
        if awarded is not None:
            groups[k].money["awarded"][currency] = awarded
        if received:
            groups[k].money["received"][currency] = received
    for k, group in groups.items():
        group.key = k
    return sorted(groups.values(), key=lambda g: (g.key in (scope.NONE, scope.HIDDEN), g.key))


def totals(user, filters: ReportFilters) -> Group:
    """The whole scope as one group (no overlapping respondent groups): for the head of the page."""
    base = scope.units(user, filters)
    total = Group("")
    row = db.session.execute(
        base.with_only_columns(
            sa.func.count(sa.distinct(CaseClaimant.claimant_id)),
            sa.func.count(sa.distinct(CaseClaimant.case_id)),
            sa.func.count(sa.distinct(CaseClaimant.id)),
        )
    ).one()
    total.claimants, total.cases, total.units = row
    for currency, amount in db.session.execute(
        base.with_only_columns(CaseClaimant.claimed_currency, _sum(CaseClaimant.claimed_amount))
        .where(CaseClaimant.claimed_amount.is_not(None))
        .group_by(CaseClaimant.claimed_currency)
    ):
        total.money["claimed"][currency] = amount
    decided = scope.outcomes_of(base, filters)
    for currency, awarded, received in db.session.execute(
        decided.with_only_columns(Outcome.currency, _sum(Outcome.amount), _sum(Outcome.received)).group_by(
            Outcome.currency
        )
    ):
        if awarded is not None:
            total.money["awarded"][currency] = awarded
        if received:
            total.money["received"][currency] = received
    return total
