"""What every part of the calculations shares: the access checks and the case's claimants with their calculations."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import defer, load_only

from claims.extensions import db
from claims.models import Calculation, Case, CaseClaimant, Claimant
from claims.services.errors import NotFound
from claims.services.scope import visible


def _require_same_org(user, record) -> None:
    if record.org_id != user.org_id:
        raise NotFound(f"{type(record).__name__} {record.id}")


def _link(user, case: Case, claimant: Claimant) -> CaseClaimant:
    link = db.session.scalar(
        visible(CaseClaimant, user).where(
            CaseClaimant.case_id == case.id, CaseClaimant.claimant_id == claimant.id
        )
    )
    if link is None:
        raise NotFound(f"claimant {claimant.id} in case {case.id}")
    return link


def _claimant_rows(user, case: Case, *, summary: bool = False) -> list[tuple]:
    """The case's claimants in plaintiff order with their calculations: one query. With ``summary``, the
    calculations come without their claim and result (tens of kilobytes each) and each row adds the result's
    summary (Calculation.summary: its totals, subtotals, scenarios and incomplete heads)."""
    _require_same_org(user, case)
    columns = [CaseClaimant, Claimant, Calculation]
    if summary:
        columns.append(Calculation.summary)
    query = (
        sa.select(*columns)
        .join(Claimant, Claimant.id == CaseClaimant.claimant_id)
        .outerjoin(
            Calculation,
            sa.and_(
                Calculation.case_id == CaseClaimant.case_id,
                Calculation.claimant_id == CaseClaimant.claimant_id,
                Calculation.archived_at.is_(None),
            ),
        )
        .where(
            CaseClaimant.case_id == case.id,
            CaseClaimant.org_id == user.org_id,
            CaseClaimant.archived_at.is_(None),
            Claimant.archived_at.is_(None),
        )
        .order_by(CaseClaimant.position, Claimant.pseudonym)
    )
    if summary:
        # The totals show each claimant by code only: not their whole record (2.7 KB a row, with the protection
        # order's subquery), a hundred and fifty times on a group case's page.
        query = query.options(
            defer(Calculation.data),
            defer(Calculation.result),
            defer(Calculation.summary),
            load_only(Claimant.id, Claimant.pseudonym, Claimant.org_id, Claimant.archived_at),
        )
    return [tuple(row) for row in db.session.execute(query).all()]
