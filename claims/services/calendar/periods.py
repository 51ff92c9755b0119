"""The calendar's views and the period each shows: a week from Monday, a month, a list of four weeks."""

from __future__ import annotations

from datetime import date, timedelta

VIEWS = ("week", "month", "list")
DEFAULT_VIEW = "week"

ONE_DAY = timedelta(days=1)


def week_start(day: date) -> date:
    """The Monday of ``day``'s week (Thai courts and offices count the week from Monday)."""
    return day - timedelta(days=day.weekday())


def opening_day(view: str, today: date) -> date:
    """The day the calendar opens on when none is asked for. On a weekend the week view opens on the coming
    week: Thai courts do not sit on Saturdays and Sundays, so Monday to Sunday of today's week would show the
    days already past (on a Sunday, an empty week that is over)."""
    if view == "week" and today.weekday() >= 5:
        return week_start(today) + timedelta(days=7)
    return today


def period(view: str, day: date) -> tuple[date, date]:
    """The first and last day (both included) the view shows around ``day``.

    - week: Monday to Sunday of ``day``'s week;
    - month: whole weeks, from the Monday on or before the first of the month to the Sunday on or after its last
      day (February 2024 runs from Monday 29 January to Sunday 3 March 2024);
    - list: the calendar month itself, first to last day.
    """
    if view == "week":
        start = week_start(day)
        return start, start + timedelta(days=6)
    first = day.replace(day=1)
    last = _next_month(first) - ONE_DAY
    if view == "list":
        return first, last
    return week_start(first), week_start(last) + timedelta(days=6)


def _next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def _previous_month(first: date) -> date:
    return (first - ONE_DAY).replace(day=1)


def neighbours(view: str, day: date) -> tuple[date, date]:
    """The day to show for "previous" and "next": a week either side, or the first of the month either side."""
    if view == "week":
        start = week_start(day)
        return start - timedelta(days=7), start + timedelta(days=7)
    first = day.replace(day=1)
    return _previous_month(first), _next_month(first)
