"""Repeat respondents: those named in two or more of the cases in scope, and what is still owed in their cases.

Owed: for each outcome still uncollected (``outcomes.uncollected``: its amount is more than was received while
its case is live), the amount less what was received, per currency. An outcome of a case against two respondents
counts for each of them (they are usually jointly liable); the figures are per respondent, not a total.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa

from claims.extensions import db
from claims.models import CaseClaimant, CaseRespondent, Outcome, Respondent
from claims.models.base import Amount
from claims.services.reports import scope
from claims.services.reports.filters import ReportFilters

REPEAT = 2
LIMIT = 100  # the report lists the most-sued respondents; the rest are counted


@dataclass
class Repeat:
    id: int
    name: str
    cases: int
    uncollected: int = 0
    owed: dict[str, Decimal] = field(default_factory=dict)


def _named(user, filters: ReportFilters) -> sa.Select:
    return scope.units(user, filters, "respondent").where(CaseRespondent.respondent_id.is_not(None))


def uncollected(user, filters: ReportFilters, respondent_id: int | None = None) -> sa.Select:
    query = scope.outcomes_of(_named(user, filters), filters).where(Outcome.uncollected.is_(True))
    if respondent_id is not None:
        query = query.where(CaseRespondent.respondent_id == respondent_id)
    return query


def repeat_respondents(user, filters: ReportFilters) -> tuple[list[Repeat], int]:
    cases = sa.func.count(sa.distinct(CaseClaimant.case_id))
    query = (
        _named(user, filters)
        .join(Respondent, Respondent.id == CaseRespondent.respondent_id)
        .with_only_columns(Respondent.id, Respondent.name, cases)
        .group_by(Respondent.id, Respondent.name)
        .having(cases >= REPEAT)
    )
    rows = db.session.execute(query.order_by(cases.desc(), Respondent.name)).all()
    found = {rid: Repeat(rid, name, n) for rid, name, n in rows[:LIMIT]}
    if found:
        owed = (
            uncollected(user, filters)
            .where(CaseRespondent.respondent_id.in_(found))
            .with_only_columns(
                CaseRespondent.respondent_id,
                Outcome.currency,
                sa.func.count(sa.distinct(Outcome.id)),
                sa.type_coerce(sa.func.sum(Outcome.amount - Outcome.received), Amount()),
            )
            .group_by(CaseRespondent.respondent_id, Outcome.currency)
        )
        for rid, currency, n, amount in db.session.execute(owed):
            found[rid].uncollected += n
            found[rid].owed[currency] = amount
    return list(found.values()), len(rows)
