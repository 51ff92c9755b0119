"""The follow-up visits still to make, where schedules are read: a claimant's schedule page, a case's calendar file
and a user's calendar feed (issue 15). The visits themselves are written in claims.services.follow_up_visits.

What a visit shows here: its due day, who visits and why (the rhythm's "3 months after the return", or a visit
planned after another). Never its findings, and the visiting agency only where the whereabouts rule allows: a
partner in the person's country leads to them (``FollowUpVisit.PRIVATE_FIELDS``). A calendar file or feed leaves
the app for servers the organisation does not control, so there the agency of a protected person is never named,
whoever the feed's owner is; a visit carries no place at all.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant, FollowUpVisit
from claims.services import protection
from claims.services.deadlines import followed_claimant_ids
from claims.services.paging import Bounded
from claims.services.scope import visible

# A schedule page lists the first visits to come (a claimant has a handful; the rhythm makes three).
SCHEDULE_ROWS = 20


def _planned(user) -> sa.Select:
    """The organisation's visits not yet made, of live claimants whose file is not closed (as the calendar and
    the visits' tasks leave them out: claims.services.reintegration.planned_visits)."""
    return (
        visible(FollowUpVisit, user)
        .join(Claimant, Claimant.id == FollowUpVisit.claimant_id)
        .where(
            FollowUpVisit.visited_on.is_(None),
            Claimant.archived_at.is_(None),
            Claimant.closed_reason.is_(None),
        )
        .options(
            selectinload(FollowUpVisit.claimant),
            selectinload(FollowUpVisit.visitor),
            selectinload(FollowUpVisit.visitor_agency),
        )
        .order_by(FollowUpVisit.due_on, Claimant.pseudonym, FollowUpVisit.id)
    )


def purpose(visit: FollowUpVisit) -> str:
    """Why the visit is made, in the current language."""
    if visit.rhythm_months:
        return _("Follow-up visit, %(n)d months after the return", n=visit.rhythm_months)
    return _("Follow-up visit")


def agency_shown(visit: FollowUpVisit, *, may_see: bool) -> str | None:
    """The visiting agency's name, where it may be shown (``may_see``: the whereabouts rule's answer)."""
    if visit.visitor_agency is None or (visit.claimant.protected and not may_see):
        return None
    return visit.visitor_agency.safe_label()


def for_claimant(user, claimant: Claimant, *, limit: int = SCHEDULE_ROWS) -> Bounded[FollowUpVisit]:
    """The claimant's visits still to make, soonest first (overdue ones included), and how many in all."""
    query = _planned(user).where(FollowUpVisit.claimant_id == claimant.id)
    total = db.session.scalar(query.with_only_columns(sa.func.count(FollowUpVisit.id)).order_by(None)) or 0
    return Bounded(list(db.session.scalars(query.limit(limit))), total)


def for_case(user, case: Case) -> list[FollowUpVisit]:
    """The visits still to make of the case's claimants (their links in force), for the case's calendar file."""
    members = sa.select(CaseClaimant.claimant_id).where(
        CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None)
    )
    return list(db.session.scalars(_planned(user).where(FollowUpVisit.claimant_id.in_(members))))


def for_user(user, start: date, until: date) -> list[FollowUpVisit]:
    """The visits due from ``start`` to ``until`` that the user makes or whose claimant's case is theirs."""
    return list(
        db.session.scalars(
            _planned(user).where(
                FollowUpVisit.due_on >= start,
                FollowUpVisit.due_on <= until,
                sa.or_(
                    FollowUpVisit.visitor_id == user.id,
                    FollowUpVisit.claimant_id.in_(followed_claimant_ids(user)),
                ),
            )
        )
    )


def may_see(user, claimant: Claimant) -> bool:
    return protection.may_see_whereabouts(user, claimant)
