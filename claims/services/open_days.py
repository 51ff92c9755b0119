"""Open days: a day the courts' calendar lists as a holiday (the ``holidays`` package or the shipped table) on which
the courts sat after all, kept by an administrator beside the closure days (claims.services.courts), with the reason
and the source. Written and archived through claims.services.records (audited, never deleted); the flush hook of
claims.services.deadlines notes the day as it notes a closure day, so the refresh run here moves the deadlines that
had moved off it (CCC s.193/8 moves a last day only off a day the courts are closed)."""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l

from claims import clock
from claims.extensions import db
from claims.models import CourtOpenDay
from claims.services import deadlines, records
from claims.services.court_calendar import Calendars
from claims.services.courts import CLOSURE_HORIZON_YEARS, require_admin
from claims.services.errors import ValidationFailed
from claims.services.scope import get_visible, visible


def get_open_day(user, open_day_id) -> CourtOpenDay:
    require_admin(user)
    return get_visible(CourtOpenDay, open_day_id, user)


def _check_open_day(user, day: date | None, reason: str, source: str, today: date) -> None:
    errors = {}
    if day is None:
        errors["day"] = str(_l("Enter the day the courts sat."))
    elif abs((day - today).days) > 365 * CLOSURE_HORIZON_YEARS + 1:
        errors["day"] = str(
            _l(
                "This day is more than %(years)d years away. Check the year (a Buddhist-Era year is 543 more).",
                years=CLOSURE_HORIZON_YEARS,
            )
        )
    elif not Calendars(user.org_id).general_calendar().is_listed_holiday(day):
        errors["day"] = str(
            _l("This day is not a holiday in the courts' calendar: the courts already sit on it.")
        )
    elif db.session.scalar(visible(CourtOpenDay, user).where(CourtOpenDay.day == day).limit(1)) is not None:
        errors["day"] = str(_l("This day is already recorded as an open day."))
    if not reason:
        errors["reason"] = str(_l("Say why the courts sat (the holiday was moved to another day ...)."))
    if not source:
        errors["source"] = str(_l("Give the source: the cabinet resolution or the court's notice."))
    if errors:
        raise ValidationFailed(errors)


def add_open_day(
    user, values: dict, *, today: date | None = None
) -> tuple[CourtOpenDay, deadlines.RefreshResult]:
    """Record that the courts sat on a listed holiday, and move back the deadlines that had moved off it.
    ``values``: day, reason, source."""
    require_admin(user)
    today = today or clock.today()
    reason = (values.get("reason") or "").strip()
    source = (values.get("source") or "").strip()
    _check_open_day(user, values.get("day"), reason, source, today)
    open_day = records.create(user, CourtOpenDay, {"day": values["day"], "reason": reason, "source": source})
    return open_day, deadlines.refresh_after_change(user.org_id, today=today)


def archive_open_day(
    user, open_day: CourtOpenDay, expected_version: int | None, *, today: date | None = None
) -> deadlines.RefreshResult:
    """Archive (never delete) an open day: the holiday closes the courts again, and the deadlines move off it."""
    require_admin(user)
    records.archive(user, open_day, expected_version)
    return deadlines.refresh_after_change(user.org_id, today=today or clock.today())
