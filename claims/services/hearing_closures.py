"""Hearings set on a day their court is closed (a closure day an administrator entered: a flood, a court's own
holiday; or a public holiday of the courts' calendar, claims/rules/th/calendar/courts.toml and the ``holidays``
package, unless an administrator entered the day as an open day). The calendar shades the day; the hearing's
page, the hearing form, the dashboard and the reminders say it too, so the people going to the hearing learn it
before they travel. Courts do sometimes sit on such a day: the form warns and asks to confirm, never refuses.
A Saturday or Sunday is warned about the same way on the form and the hearing's page (courts sit at weekends only
when an open day says so); the dashboard's and reminders' lists keep to closures and holidays."""

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


@dataclass(frozen=True)
class ClosedDay:
    """Why the court does not sit on ``day``: an administrator's closure (``holiday`` False, ``reason`` as they
    wrote it), a public holiday of the courts' calendar (``reason`` its name in the user's language), or a
    weekend (``weekend`` True, ``reason`` "Saturday" or "Sunday" in the user's language)."""

    day: date
    reason: str
    holiday: bool
    weekend: bool = False


@dataclass
class ClosedHearing:
    hearing: Hearing
    closure: CourtClosure | ClosedDay


def _open_days(user, first: date, last: date) -> dict[date, str]:
    return {
        d: reason
        for d, reason in db.session.execute(
            visible(CourtOpenDay, user)
            .with_only_columns(CourtOpenDay.day, CourtOpenDay.reason)
            .where(CourtOpenDay.day >= first, CourtOpenDay.day <= last)
        )
    }


def _language() -> str:
    from flask_babel import get_locale

    return "th" if str(get_locale() or "en") == "th" else "en"


def _holiday(user, day: date) -> ClosedDay | None:
    """The public holiday (or shipped closure) of the courts' calendar on ``day``, else the weekend, unless the
    organisation entered it as an open day (one query, for that day's open days alone). Courts do not sit on a
    Saturday or a Sunday unless told to: a weekend hearing is warned about as a holiday is (issue 18)."""
    return _CourtDays(user, day, day).closed_on(day)


class _CourtDays:
    """The courts' calendar over a span of days, with the organisation's open days in it (one query)."""

    def __init__(self, user, first: date, last: date):
        self.open_days = _open_days(user, first, last)
        shipped = shipped_court_days()
        self.shipped_open = {d.day for d in (shipped.open_days if shipped else ()) if d.applies}
        self.calendar = WorkingDays(open_days=self.open_days, shipped=shipped)

    def closed_on(self, day: date) -> ClosedDay | None:
        weekend = day.weekday() >= 5
        if weekend and (day in self.open_days or day in self.shipped_open):
            return None
        if self.calendar.is_working_day(day):
            return None
        name = self.calendar.holiday_name(day)
        if name is not None:
            return ClosedDay(day, name.text(_language()), holiday=True)
        if not weekend:
            return None
        from flask_babel import gettext as _

        return ClosedDay(
            day, _("Saturday") if day.weekday() == 5 else _("Sunday"), holiday=False, weekend=True
        )


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


def closed_days_of(user, hearings) -> dict[int, ClosedDay]:
    """Why the court is closed on the day of each still-scheduled hearing of a list (an administrator's closure of
    its court or of every court, a public holiday, a weekend; an open day undoes the last two), by hearing id. Two
    queries for the span of the list's days (its closures and open days), whatever the number of rows; none for an
    empty list. The hearing's case must be loaded (its court stands in for the hearing's own)."""
    if not hearings or not access.works_on_cases(user):
        return {}
    days = [h.starts_at.date() for h in hearings]
    first, last = min(days), max(days)
    closures = _closures(user, first, last)
    court_days = _CourtDays(user, first, last)
    found = {}
    for hearing in hearings:
        if hearing.status != HearingStatus.SCHEDULED:
            continue
        closure = next((c for c in closures if _closes(c, hearing)), None)
        day = hearing.starts_at.date()
        closed = ClosedDay(day, closure.reason, holiday=False) if closure else court_days.closed_on(day)
        if closed is not None:
            found[hearing.id] = closed
    return found


def _holidays(user, first: date, last: date) -> dict[date, ClosedDay]:
    """The weekdays from ``first`` to ``last`` the courts' calendar closes for a public holiday (or a shipped
    closure), less the organisation's open days: one query (the open days of the window), then the calendar in
    memory, a day at a time (the window is a fortnight or a few months). Weekends are left out: a hearing is set on
    a weekend only on purpose, and its own page and form say it."""
    calendar = WorkingDays(open_days=_open_days(user, first, last), shipped=shipped_court_days())
    found = {}
    day = first
    while day <= last:
        if day.weekday() < 5 and not calendar.is_working_day(day):
            name = calendar.holiday_name(day)
            if name is not None:
                found[day] = ClosedDay(day, name.text(_language()), holiday=True)
        day += timedelta(days=1)
    return found


def closed_hearings(
    user, days: int, *, mine: bool = False, now: datetime | None = None
) -> list[ClosedHearing]:
    """The scheduled hearings of the next ``days`` days (from today) whose court is closed that day, by an
    administrator's closure or a public holiday of the courts' calendar an open day does not undo, soonest first,
    at most SHOWN; the user's own (as the lawyer, paralegal or the hearing's lawyer) with ``mine``. Three queries:
    the closure days and the open days of the window (a handful each), then the hearings on the closed days alone."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    today = (now or clock.now()).date()
    last = today + timedelta(days=days)
    closures = _closures(user, today, last)
    holidays = _holidays(user, today, last)
    if not closures and not holidays:
        return []

    def on(day: date):
        return sa.and_(
            Hearing.starts_at >= datetime.combine(day, time.min),
            Hearing.starts_at < datetime.combine(day + timedelta(days=1), time.min),
        )

    # In SQL, so that every row read is one to show and SHOWN bounds the read: a holiday closes every court.
    court_id = sa.func.coalesce(Hearing.court_id, Case.court_id)
    on_those_days = sa.or_(
        *(on(day) for day in sorted(holidays)),
        *(
            sa.and_(on(c.day), court_id == c.court_id) if c.court_id is not None else on(c.day)
            for c in closures
        ),
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
        query.options(contains_eager(Hearing.case), joinedload(Hearing.court))
        .order_by(Hearing.starts_at, Hearing.id)
        .limit(SHOWN)
    ).unique():
        closure = next((c for c in closures if _closes(c, hearing)), None)
        found.append(ClosedHearing(hearing, closure or holidays[hearing.starts_at.date()]))
    return found
