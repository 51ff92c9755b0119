"""The records a report counts, as SQL the aggregates and the drill-down lists share.

A unit is a claimant's part in a case (a live ``case_claimants`` row of a live case, of a live claimant): what
they claimed is on it, and their outcomes hang off the same (case, claimant) pair. Archived cases, parts,
claimants and outcomes never count. The same ``units``/``outcomes`` selects feed the totals and the lists behind
them, so a figure and the records its link shows cannot drift apart.
"""

from __future__ import annotations

import sqlalchemy as sa

from claims.models import Case, CaseClaimant, CaseRespondent, Claimant, Outcome, Respondent
from claims.models.enums import OutcomeKind
from claims.services import protection
from claims.services.reports.filters import ReportFilters

# The groupings every amount report is offered by.
DIMENSIONS = ("kind", "province", "respondent", "nationality", "year")
# A protected person's province for a user the whereabouts rule does not name: counted, not shown.
HIDDEN = "~hidden"
NONE = ""


def _outcome_in_period(filters: ReportFilters):
    period = filters.period()
    conditions = [Outcome.archived_at.is_(None)]
    if period.bounded:
        conditions += [Outcome.decided_on >= period.start, Outcome.decided_on <= period.end]
    return conditions


def _same_part(outcome=Outcome):
    return sa.and_(outcome.case_id == CaseClaimant.case_id, outcome.claimant_id == CaseClaimant.claimant_id)


def basis_date(filters: ReportFilters):
    """The date that places a unit in the period: its case's filing, or its first decision in the period."""
    if filters.basis == "filed":
        return Case.filed_on
    return (
        sa.select(sa.func.min(Outcome.decided_on))
        .where(_same_part(), *_outcome_in_period(filters))
        .correlate(CaseClaimant)
        .scalar_subquery()
    )


def group_key(dimension: str, user, filters: ReportFilters):
    if dimension == "kind":
        return Case.kind
    if dimension == "nationality":
        return sa.func.coalesce(Claimant.nationality, NONE)
    if dimension == "province":
        return sa.case(
            (protection.whereabouts_hidden_sql(user), sa.literal(HIDDEN)),
            else_=sa.func.coalesce(Claimant.home_province, NONE),
        )
    if dimension == "year":
        return sa.func.coalesce(sa.cast(sa.extract("year", basis_date(filters)), sa.String), NONE)
    if dimension == "respondent":
        return sa.func.coalesce(sa.cast(CaseRespondent.respondent_id, sa.String), NONE)
    raise ValueError(dimension)


def units(user, filters: ReportFilters, dimension: str | None = None, key: str | None = None) -> sa.Select:
    """The units in the report's scope (columns to be chosen by the caller), with the group key joinable.

    With ``dimension`` the respondents of each case are joined (a case against two respondents counts under
    each: the groups overlap, their sum is not a total), and with ``key`` only that group is kept."""
    query = (
        sa.select(CaseClaimant.id)
        .join(Case, Case.id == CaseClaimant.case_id)
        .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
        .where(
            CaseClaimant.org_id == user.org_id,
            CaseClaimant.archived_at.is_(None),
            Case.archived_at.is_(None),
            Claimant.archived_at.is_(None),
        )
    )
    if filters.kind:
        query = query.where(Case.kind == filters.kind)
    period = filters.period()
    when = basis_date(filters)
    if filters.basis == "decided":
        query = query.where(when.is_not(None))
    elif period.bounded:
        query = query.where(when >= period.start, when <= period.end)
    if dimension == "respondent":
        query = query.outerjoin(
            CaseRespondent,
            sa.and_(CaseRespondent.case_id == Case.id, CaseRespondent.archived_at.is_(None)),
        )
    if dimension is not None and key is not None:
        query = query.where(group_key(dimension, user, filters) == key)
    return query


def outcomes_of(query: sa.Select, filters: ReportFilters) -> sa.Select:
    """``units`` joined to their live outcomes (those decided in the period, when counting by decision)."""
    conditions = [Outcome.archived_at.is_(None)]
    if filters.basis == "decided":
        conditions = _outcome_in_period(filters)
    # An appeal decides nothing: the judgment it is against is the decision (and stays in force).
    return query.join(Outcome, sa.and_(_same_part(), Outcome.kind != OutcomeKind.APPEAL, *conditions))


def respondent_names(user, ids) -> dict[str, str]:
    from claims.extensions import db

    ids = {int(i) for i in ids if i}
    if not ids:
        return {}
    rows = db.session.execute(
        sa.select(Respondent.id, Respondent.name).where(
            Respondent.org_id == user.org_id, Respondent.id.in_(ids)
        )
    )
    return {str(i): name for i, name in rows}
