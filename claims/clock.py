"""Today's date where the users are. The server may run in UTC while the courts sit in Bangkok (UTC+7): for
seven hours a day the two calendars disagree, and a deadline or a hearing "today" must follow the courts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

DEFAULT_ZONE = "Asia/Bangkok"


def zone() -> ZoneInfo:
    from flask import current_app, has_app_context

    name = (
        current_app.config.get("BABEL_DEFAULT_TIMEZONE", DEFAULT_ZONE) if has_app_context() else DEFAULT_ZONE
    )
    return ZoneInfo(name)


def today() -> date:
    return datetime.now(zone()).date()


def now() -> datetime:
    """Local wall-clock time, naive (hearings are stored in court time)."""
    return datetime.now(zone()).replace(tzinfo=None)


def from_utc(moment: datetime | None, zone_name: str | None = None) -> datetime | None:
    """A stored timestamp (naive UTC: created, archived, done, logged in) on the courts' clock, naive."""
    if moment is None:
        return None
    target = ZoneInfo(zone_name) if zone_name else zone()
    return moment.replace(tzinfo=UTC).astimezone(target).replace(tzinfo=None)
