"""One claimant's schedule across all their cases: hearings upcoming and past, deadlines, follow-up visits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy.orm import contains_eager, joinedload

from claims import clock
from claims.extensions import db
from claims.models import (
    Case,
    CaseClaimant,
    Claimant,
    Hearing,
)
from claims.models.enums import HearingStatus
from claims.services import deadlines as deadline_service
from claims.services import visit_schedule
from claims.services.access import require_case_worker
from claims.services.calendar.entries import HearingEntry
from claims.services.calendar.periods import ONE_DAY
from claims.services.deadlines import DeadlineView
from claims.services.double_booking import Clash, find_clashes
from claims.services.hearing_lists import visible_hearings
from claims.services.paging import Bounded
from claims.services.scope import get_visible, visible


@dataclass
class ClaimantSchedule:
    claimant: Claimant
    links: list[CaseClaimant]
    upcoming: list[HearingEntry]
    past: list[HearingEntry]
    deadlines: list[DeadlineView]
    today: date
    # The follow-up visits still to make (claims.services.visit_schedule), and whether the visiting agency is shown.
    visits: Bounded = field(default_factory=Bounded)
    sees_whereabouts: bool = False


def claimant_schedule(user, claimant_id, *, now: datetime | None = None) -> ClaimantSchedule:
    """Every hearing of every case the claimant is part of (criminal, labour or any other), upcoming soonest first
    and past most recent first, and their deadlines soonest first (those that cannot be computed yet last).

    A claimant of another organisation, or archived, is not found. Queries: the claimant, their cases (court
    joined), the hearings (case, court and lawyers joined), the scheduled hearings of those days of their
    attending lawyers for the double booking, then the deadlines' own, then the follow-up visits still to make
    (a count, the first of them with their visitors and agencies) and the whereabouts rule's answer.
    """
    require_case_worker(user)
    now = now or clock.now()
    claimant = get_visible(Claimant, claimant_id, user)
    links = list(
        db.session.scalars(
            visible(CaseClaimant, user)
            .join(Case, Case.id == CaseClaimant.case_id)
            .where(CaseClaimant.claimant_id == claimant.id, Case.archived_at.is_(None))
            .options(contains_eager(CaseClaimant.case).joinedload(Case.court))
            .order_by(Case.reference)
        ).unique()
    )
    case_ids = [link.case_id for link in links]
    hearings = []
    clashes: dict[int, list[Clash]] = {}
    if case_ids:
        hearings = list(
            db.session.scalars(
                visible_hearings(user)
                .where(Hearing.case_id.in_(case_ids))
                .options(
                    contains_eager(Hearing.case).joinedload(Case.lawyer),
                    joinedload(Hearing.court),
                    joinedload(Hearing.lawyer),
                )
                .order_by(Hearing.starts_at, Hearing.id)
            ).unique()
        )
        # Double booking matters for what is still to come: the days of the claimant's upcoming hearings.
        days = sorted(
            {
                h.starts_at.date()
                for h in hearings
                if h.status == HearingStatus.SCHEDULED and h.starts_at.date() >= now.date()
            }
        )
        if days:
            around = (
                db.session.scalars(
                    visible_hearings(user)
                    .where(
                        Hearing.status == HearingStatus.SCHEDULED,
                        Hearing.starts_at >= datetime.combine(days[0], time.min),
                        Hearing.starts_at < datetime.combine(days[-1] + ONE_DAY, time.min),
                    )
                    .options(contains_eager(Hearing.case))
                )
                .unique()
                .all()
            )
            clashes = find_clashes(list(around))
    entries = [HearingEntry(h, clashes.get(h.id, [])) for h in hearings]
    start_of_today = datetime.combine(now.date(), time.min)
    upcoming = [e for e in entries if e.hearing.starts_at >= start_of_today]
    past = [e for e in reversed(entries) if e.hearing.starts_at < start_of_today]
    views = deadline_service.claimant_deadlines(user, claimant, today=now.date())
    views.sort(key=lambda v: (v.due_on is None, v.due_on or date.max))
    return ClaimantSchedule(
        claimant,
        links,
        upcoming,
        past,
        views,
        now.date(),
        visit_schedule.for_claimant(user, claimant),
        visit_schedule.may_see(user, claimant),
    )
