"""How long claims take: days from filing to judgment, and from judgment to the first and to the full payment.

Three queries that return one pair of dates per judgment (no query per record); the median and mean are taken
here because the two databases share no median function. A judgment is "paid in full" when its stored received
balance reaches its amount; the day of its last live payment is then the day it was paid in full.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa

from claims.extensions import db
from claims.models import Case, Outcome, ReceivedPayment
from claims.models.enums import OutcomeKind
from claims.services.reports import scope
from claims.services.reports.filters import ReportFilters

MEASURES = ("filing_to_judgment", "judgment_to_first_payment", "judgment_to_full_payment")


@dataclass
class Span:
    measure: str
    count: int
    median: Decimal | None
    mean: Decimal | None


def _span(measure: str, days: list[int]) -> Span:
    if not days:
        return Span(measure, 0, None, None)
    one = Decimal("0.1")
    median = Decimal(str(statistics.median(days))).quantize(one, rounding=ROUND_HALF_UP)
    mean = (Decimal(sum(days)) / len(days)).quantize(one, rounding=ROUND_HALF_UP)
    return Span(measure, len(days), median, mean)


def judgments(user, filters: ReportFilters) -> sa.Select:
    """The judgments in scope (one row per outcome): the records behind the three measures."""
    return scope.outcomes_of(scope.units(user, filters), filters).where(Outcome.kind == OutcomeKind.JUDGMENT)


def _payments(measure: str):
    """The payment day a measure counts to, per outcome: the first, or the last of one paid in full."""
    day = sa.func.min if measure == "judgment_to_first_payment" else sa.func.max
    return (
        sa.select(ReceivedPayment.outcome_id, day(ReceivedPayment.received_on).label("day"))
        .where(ReceivedPayment.archived_at.is_(None))
        .group_by(ReceivedPayment.outcome_id)
        .subquery()
    )


def measure_query(user, filters: ReportFilters, measure: str) -> sa.Select:
    """The judgments a measure counts, with the two dates it measures between (columns: id, start, end)."""
    base = judgments(user, filters)
    if measure == "filing_to_judgment":
        return base.with_only_columns(Outcome.id, Case.filed_on, Outcome.decided_on).where(
            Case.filed_on.is_not(None), Case.filed_on <= Outcome.decided_on
        )
    paid = _payments(measure)
    query = base.join(paid, paid.c.outcome_id == Outcome.id).with_only_columns(
        Outcome.id, Outcome.decided_on, paid.c.day
    )
    if measure == "judgment_to_full_payment":
        query = query.where(Outcome.amount.is_not(None), Outcome.received >= Outcome.amount)
    return query


def spans(user, filters: ReportFilters) -> list[Span]:
    result = []
    for measure in MEASURES:
        rows = db.session.execute(measure_query(user, filters, measure).distinct()).all()
        result.append(_span(measure, [max(0, (end - start).days) for _, start, end in rows]))
    return result
