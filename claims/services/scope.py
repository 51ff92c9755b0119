"""The one place that scopes reads to what a user may see.

Every query for org-owned records starts here; routes never build their own. A case shared with a partner
organisation (claims.models.share) does not widen ``visible``: the partner reads it through ``shares_to`` and
``shared_claimants`` below, which only the partner's own pages use, so no page of the sharing organisation can
reach the partner by a query that forgot the share's conditions.
"""

from __future__ import annotations

import sqlalchemy as sa

from claims.extensions import db
from claims.services import access
from claims.services.errors import NotFound


def visible(model, user, *, archived: bool = False) -> sa.Select:
    """``select(model)`` limited to the user's organisation, without archived records unless asked for."""
    query = sa.select(model).where(model.org_id == user.org_id)
    if archived:
        return query.where(model.archived_at.is_not(None))
    return query.where(model.archived_at.is_(None))


def visible_courts(user) -> sa.Select:
    """The courts ``user`` sees and may choose: the shared list and their own organisation's additions. Courts are
    reference data, not Records (no archive), so they have their own rule here rather than ``visible``."""
    from claims.models import Court

    return sa.select(Court).where(sa.or_(Court.org_id.is_(None), Court.org_id == user.org_id))


def get_visible(model, record_id, user, *, include_archived: bool = False):
    try:
        record_id = int(record_id)
    except (TypeError, ValueError):
        raise NotFound(f"{model.__name__} {record_id!r}") from None
    record = db.session.get(model, record_id)
    if record is None or record.org_id != user.org_id:
        raise NotFound(f"{model.__name__} {record_id}")
    if record.archived_at is not None and not include_archived:
        raise NotFound(f"{model.__name__} {record_id}")
    return record


# ---------------------------------------------------------------- cases shared with the user's organisation


def active_share_clause(today):
    """SQL: a share still in force on ``today``: not revoked, not archived, its end date (if any) not passed.
    Read at every request, so an end date ends access without a job (CaseShare.active_on is the same test)."""
    from claims.models import CaseShare

    return sa.and_(
        CaseShare.archived_at.is_(None),
        CaseShare.revoked_at.is_(None),
        sa.or_(CaseShare.ends_on.is_(None), CaseShare.ends_on >= today),
    )


def shares_to(user, today) -> sa.Select:
    """``select(CaseShare)``: the shares in force made to the user's organisation, of live cases. Nothing for
    whom access.may_read_shared refuses."""
    from claims.models import Case, CaseShare

    query = (
        sa.select(CaseShare)
        .join(Case, Case.id == CaseShare.case_id)
        .where(
            CaseShare.partner_org_id == user.org_id, active_share_clause(today), Case.archived_at.is_(None)
        )
    )
    if not access.may_read_shared(user):
        return query.where(sa.false())
    return query


def shared_claimants(share_ids) -> sa.Select:
    """``select(Referral, Claimant, CaseClaimant)`` of the claimants a share includes (``share_ids``: the id of a
    share from ``shares_to``, or a sub-select of them): the referral carrying their consent is live, they are
    live and still on the case, and every record is the sharing organisation's own."""
    from claims.models import CaseClaimant, CaseShare, Claimant, Referral

    ids = share_ids if isinstance(share_ids, sa.Select) else sa.select(sa.literal(share_ids))
    return (
        sa.select(Referral, Claimant, CaseClaimant)
        .join(Claimant, Claimant.id == Referral.claimant_id)
        .join(CaseShare, CaseShare.id == Referral.share_id)
        .join(
            CaseClaimant,
            sa.and_(
                CaseClaimant.case_id == CaseShare.case_id,
                CaseClaimant.claimant_id == Referral.claimant_id,
                CaseClaimant.archived_at.is_(None),
            ),
        )
        .where(
            Referral.share_id.in_(ids),
            Referral.archived_at.is_(None),
            Referral.consent_given.is_(True),
            Claimant.archived_at.is_(None),
            Referral.org_id == CaseShare.org_id,
            Claimant.org_id == CaseShare.org_id,
        )
    )


def get_share_to(share_id, user, today):
    """The share in force ``share_id`` made to the user's organisation, or NotFound: a revoked or ended share,
    another organisation's, or a user the partner's rule refuses, are all answered as nothing there."""
    from claims.models import CaseShare

    try:
        share_id = int(share_id)
    except (TypeError, ValueError):
        raise NotFound(f"CaseShare {share_id!r}") from None
    share = db.session.scalar(shares_to(user, today).where(CaseShare.id == share_id))
    if share is None:
        raise NotFound(f"CaseShare {share_id}")
    return share
