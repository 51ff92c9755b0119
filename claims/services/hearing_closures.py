"""Hearings set on a day their court is closed (a closure day an administrator entered: a flood, a court's own
holiday; or a public holiday of the courts' calendar, claims/rules/th/calendar/courts.toml and the ``holidays``
package, unless an administrator entered the day as an open day). The calendar shades the day; the hearing's
page, the hearing form, the dashboard and the reminders say it too, so the people going to the hearing learn it
before they travel. Courts do sometimes sit on such a day: the form warns and asks to confirm, never refuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager, joinedload

from claims import clock
from claims.calc.calendar import WorkingDays
from claims.extensions import db
from claims.models import Case, CourtClosure, CourtOpenDay, Hearing
from claims.models.enums import HearingStatus
from claims.services import access
from claims.services.court_calendar import shipped_court_days
from claims.services.errors import Forbidden
from claims.services.scope import visible

# Enough for any page: a closure day that hits more hearings than this is said on the calendar in full.
SHOWN = 20


@dataclass
class ClosedHearing:
    hearing: Hearing
    closure: CourtClosure


@dataclass(frozen=True)
class ClosedDay:
    """Why the court does not sit on ``day``: an administrator's closure (``holiday`` False, ``reason`` as they
    wrote it) or a public holiday of the courts' calendar (``reason`` its name in the user's language)."""

    day: date
    reason: str
    holiday: bool


def _holiday(user, day: date) -> ClosedDay | None:
    """The public holiday (or shipped closure) of the courts' calendar on ``day``, unless the organisation entered
    it as an open day (one query, for that day's open days alone). A weekend alone is not said: hearings are set
    on weekdays, and a Saturday hearing is a court's deliberate choice."""
    open_days = {
        d: reason
        for d, reason in db.session.execute(
            visible(CourtOpenDay, user)
            .with_only_columns(CourtOpenDay.day, CourtOpenDay.reason)
            .where(CourtOpenDay.day == day)
        )
    }
    calendar = WorkingDays(open_days=open_days, shipped=shipped_court_days())
    if calendar.is_working_day(day):
        return None
    name = calendar.holiday_name(day)
    if name is None:
        return None
    from flask_babel import get_locale

    return ClosedDay(day, name.text("th" if str(get_locale() or "en") == "th" else "en"), holiday=True)


def closed_day(user, day: date, court_id: int | None) -> ClosedDay | None:
    """Why a hearing on ``day`` at ``court_id`` (None: no court) would find the court closed, or None: the
    organisation's closure of that court or of every court first, then the public holiday. Two queries at most."""
    closure = next((c for c in _closures(user, day, day) if c.court_id in (None, court_id)), None)
    if closure is not None:
        return ClosedDay(day, closure.reason, holiday=False)
    return _holiday(user, day)


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


def closure_of(user, hearing: Hearing) -> ClosedDay | None:
    """Why the hearing's court is closed on its day (a closure, else a public holiday), if it is still scheduled
    (two queries at most)."""
    if not access.works_on_cases(user) or hearing.status != HearingStatus.SCHEDULED:
        return None
    return closed_day(user, hearing.starts_at.date(), hearing.court_id or hearing.case.court_id)


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
