"""Hearings set on a day their court is closed (a closure day an administrator entered: a flood, a court's own
holiday). The calendar shades the day; the hearing's page, the dashboard and the reminders say it too, so the
people going to the hearing learn it before they travel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager, joinedload

from claims import clock
from claims.extensions import db
from claims.models import Case, CourtClosure, Hearing
from claims.models.enums import HearingStatus
from claims.services import access
from claims.services.errors import Forbidden
from claims.services.scope import visible

# Enough for any page: a closure day that hits more hearings than this is said on the calendar in full.
SHOWN = 20


@dataclass
class ClosedHearing:
    hearing: Hearing
    closure: CourtClosure


def _closes(closure: CourtClosure, hearing: Hearing) -> bool:
    """A closure of every court of the organisation (no court named) or of the hearing's court (its own, else its
    case's) on the hearing's day."""
    court_id = hearing.court_id or hearing.case.court_id
    return closure.day == hearing.starts_at.date() and closure.court_id in (None, court_id)


def _closures(user, first, last) -> list[CourtClosure]:
    return list(
        db.session.scalars(
            visible(CourtClosure, user)
            .where(CourtClosure.day >= first, CourtClosure.day <= last)
            .order_by(CourtClosure.day, CourtClosure.court_id.is_(None).desc(), CourtClosure.id)
        )
    )


def closure_of(user, hearing: Hearing) -> CourtClosure | None:
    """The closure of the hearing's court on its day, if it is still scheduled (one query)."""
    if not access.works_on_cases(user) or hearing.status != HearingStatus.SCHEDULED:
        return None
    day = hearing.starts_at.date()
    return next((c for c in _closures(user, day, day) if _closes(c, hearing)), None)


def closed_hearings(
    user, days: int, *, mine: bool = False, now: datetime | None = None
) -> list[ClosedHearing]:
    """The scheduled hearings of the next ``days`` days (from today) whose court is closed that day, soonest
    first, at most SHOWN; the user's own (as the lawyer, paralegal or the hearing's lawyer) with ``mine``.
    Two queries: the closure days of the window (a handful), then the hearings on those days alone."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    today = (now or clock.now()).date()
    closures = _closures(user, today, today + timedelta(days=days))
    if not closures:
        return []
    on_those_days = sa.or_(
        *(
            sa.and_(
                Hearing.starts_at >= datetime.combine(day, time.min),
                Hearing.starts_at < datetime.combine(day + timedelta(days=1), time.min),
            )
            for day in sorted({c.day for c in closures})
        )
    )
    query = (
        visible(Hearing, user)
        .join(Case, Case.id == Hearing.case_id)
        .where(Case.archived_at.is_(None), Hearing.status == HearingStatus.SCHEDULED, on_those_days)
    )
    if mine:
        query = query.where(
            sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id, Hearing.lawyer_id == user.id)
        )
    found = []
    for hearing in db.session.scalars(
        query.options(contains_eager(Hearing.case), joinedload(Hearing.court)).order_by(
            Hearing.starts_at, Hearing.id
        )
    ).unique():
        closure = next((c for c in closures if _closes(c, hearing)), None)
        if closure is not None:
            found.append(ClosedHearing(hearing, closure))
            if len(found) == SHOWN:
                break
    return found
