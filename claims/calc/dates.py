"""Counting days, months and years the way the rule book's conventions say (CONV-SERVICE, CCC s.193/3, s.193/5)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

ONE_DAY = timedelta(days=1)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]``, without working out the weekday."""
    if month == 2 and calendar.isleap(year):
        return 29
    if not 1 <= month <= 12:
        raise calendar.IllegalMonthError(month)
    return _MONTH_DAYS[month]


def month_end(day: date) -> date:
    return day.replace(day=days_in_month(day.year, day.month))


def inclusive_days(first: date, last: date) -> int:
    return (last - first).days + 1


@lru_cache(maxsize=65536)
def months_in(start: date, end: date) -> Decimal:
    """Months from ``start`` to ``end`` inclusive: a whole calendar month counts 1, a part of a month its share
    of that month's days. Splitting a period anywhere leaves the sum unchanged (the property tests rely on it)."""
    if start > end:
        return Decimal(0)
    total = Decimal(0)
    cursor = start
    while cursor <= end:
        last = min(month_end(cursor), end)
        size = days_in_month(cursor.year, cursor.month)
        covered = inclusive_days(cursor, last)
        total += 1 if covered == size else Decimal(covered) / Decimal(size)
        cursor = last + ONE_DAY
    return total


@lru_cache(maxsize=65536)
def pay_months(start: date, end: date) -> Decimal:
    """Months of pay from ``start`` to ``end`` inclusive, counted in pay months that begin on ``start``'s day
    (16 Sep-15 Oct, 16 Oct-15 Nov ...): each whole one counts 1 and the rest its share of the pay month it falls
    in. A wage paid from the 16th to the 15th is then one month a month, where :func:`months_in` gave 15/30 +
    15/31 = 0.98 (issue 17). A record starting on the 1st, or lying within one calendar month, counts as
    months_in counts it."""
    if start.day == 1 or (start.year, start.month) == (end.year, end.month):
        return months_in(start, end)
    whole = 0
    while add_months(start, whole + 1) - ONE_DAY <= end:
        whole += 1
    first = add_months(start, whole)
    if first > end:
        return Decimal(whole)
    size = (add_months(start, whole + 1) - first).days
    return whole + Decimal(inclusive_days(first, end)) / Decimal(size)


def add_months(day: date, months: int) -> date:
    """``day + relativedelta(months=months)``: the same day ``months`` later, or the last day of that month where
    it has fewer days (31 January + 1 month = 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = days_in_month(year, month)
    return day.replace(year=year, month=month, day=day.day if day.day <= last else last)


def whole_months(start: date, end: date) -> int:
    """Complete months from ``start`` to ``end`` (``end`` not before ``start``), as ``relativedelta(end, start)``
    counts them: the most months that, added to ``start`` with :func:`add_months`, do not pass ``end``."""
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months) > end:
        months -= 1
    return months


def year_period_end(first: date, years: int) -> date:
    """The last day of a period of ``years`` years whose first counted day is ``first`` (CCC s.193/5 para 2).

    It ends on the day before the day of the last year that corresponds to ``first``; where that day does not
    exist (a 29 February start in a common year), it ends on the last day of that month. So a start on
    29 Feb 2020 completes one year on 28 Feb 2021, and we never compute "28 Feb - 1 day" (CONV-SERVICE).
    """
    target_year = first.year + years
    if first.month == 2 and first.day == 29 and not calendar.isleap(target_year):
        return date(target_year, 2, 28)
    return add_months(first, 12 * years) - ONE_DAY


def years_complete(first: date, last: date, years: int) -> bool:
    """Whether service from ``first`` to ``last`` (both worked) covers ``years`` complete years (CONV-SERVICE)."""
    return last >= year_period_end(first, years)


def whole_years(first: date, last: date) -> int:
    years = 0
    while years_complete(first, last, years + 1):
        years += 1
    return years


def calendar_months(start: date, end: date) -> list[tuple[date, date]]:
    """Split ``start``..``end`` into calendar-month pieces (the first and last may be partial)."""
    pieces = []
    cursor = start
    while cursor <= end:
        last = min(month_end(cursor), end)
        pieces.append((cursor, last))
        cursor = last + ONE_DAY
    return pieces


def split_at(start: date, end: date, boundaries: list[date]) -> list[tuple[date, date]]:
    """Split an inclusive range so that each boundary date starts a new piece."""
    pieces = []
    cursor = start
    for boundary in sorted(set(boundaries)):
        if cursor < boundary <= end:
            pieces.append((cursor, boundary - ONE_DAY))
            cursor = boundary
    pieces.append((cursor, end))
    return pieces
