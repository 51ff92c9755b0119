"""The calendar: hearings, deadlines and the follow-up visits due by week, month or list across the organisation's
cases, a lawyer booked in two places at once, and one claimant's own schedule across all their cases.

Reads only. Hearing times are the court's wall-clock time (see claims.services.hearings); "today" comes from
claims.clock. Every read loads what its page shows in a fixed number of queries (the deadlines' own refresh aside,
which claims.services.deadlines runs before any read of them), so that no template triggers a lazy load.

The package, by concern: ``periods`` (the views and the days each shows), ``entries`` (what a calendar holds),
``load`` (the organisation's calendar of a period) and ``schedule`` (one claimant's).
"""

from claims.services.calendar.entries import (
    CLASH_LIMIT,
    DAY_LIMITS,
    NAMES_LIMIT,
    Calendar,
    CalendarDay,
    CalendarFilters,
    DeadlineEntry,
    HearingEntry,
)
from claims.services.calendar.load import load_calendar
from claims.services.calendar.periods import DEFAULT_VIEW, VIEWS, neighbours, opening_day, period, week_start
from claims.services.calendar.schedule import ClaimantSchedule, claimant_schedule
from claims.services.double_booking import SAME_TIME_WINDOW, Clash, attending_lawyer_id, find_clashes

__all__ = [
    "CLASH_LIMIT",
    "DAY_LIMITS",
    "DEFAULT_VIEW",
    "NAMES_LIMIT",
    "SAME_TIME_WINDOW",
    "VIEWS",
    "Calendar",
    "CalendarDay",
    "CalendarFilters",
    "ClaimantSchedule",
    "Clash",
    "DeadlineEntry",
    "HearingEntry",
    "attending_lawyer_id",
    "claimant_schedule",
    "find_clashes",
    "load_calendar",
    "neighbours",
    "opening_day",
    "period",
    "week_start",
]
