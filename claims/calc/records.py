"""Pay records as entered: the days a period can hold, and a record repeated monthly over part months.

A record says what was worked in its period. More days worked than the period has days is a typo or a
misunderstanding (30 days in a 29-day February), never a figure to compute with, so parse_claim refuses it naming
the record and the days its period has. A record repeated monthly gives a whole month's figures; where the
employment starts or ends within a month, the first or last month is a part month, and it gets the days worked
in proportion to the days of the month it covers (26 days a month over 16-31 January: 26 x 16/31 = 13.42 days),
with a note on its lines saying so (issue 17).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from claims.calc.dates import calendar_months, days_in_month, inclusive_days
from claims.calc.inputs import WorkRecord
from claims.calc.text import Text
from claims.calc.words import plain

_CENT = Decimal("0.01")
TOO_MANY_DAYS = "days worked ({days}) exceed the {period_days} days from {start} to {end}"


def too_many_days(days: Decimal | None, start: date, end: date) -> str | None:
    """The problem of a record with more days worked than its period has days, or None."""
    if days is None:
        return None
    period_days = inclusive_days(start, end)
    if days <= period_days:
        return None
    return TOO_MANY_DAYS.format(
        days=format(days.normalize(), "f"), period_days=period_days, start=start, end=end
    )


def prorated_days(days: Decimal, start: date, end: date) -> Decimal:
    """A whole month's days worked for the part ``start``..``end`` of one calendar month, to the hundredth."""
    covered = inclusive_days(start, end)
    size = days_in_month(start.year, start.month)
    if covered == size:
        return days
    return (days * covered / size).quantize(_CENT, ROUND_HALF_UP)


def monthly_records(start: date, end: date, figures: dict) -> list[WorkRecord]:
    """A record repeated monthly from ``start`` to ``end``: one per calendar month, the part months' days
    worked in proportion."""
    days = figures.get("days_worked")
    records = []
    for first, last in calendar_months(start, end):
        record = WorkRecord(start=first, end=last, **figures)
        if days is not None:
            share = prorated_days(days, first, last)
            if share != days:
                record = replace(record, days_worked=share, days_prorated_from=days)
        records.append(record)
    return records


def prorated_note(record: WorkRecord) -> Text | None:
    """The note on a part month's lines whose days worked were prorated from a record repeated monthly."""
    if record.days_prorated_from is None:
        return None
    return Text(
        "note.days_prorated",
        {
            "days": plain(record.days_prorated_from),
            "covered": inclusive_days(record.start, record.end),
            "month_days": days_in_month(record.start.year, record.start.month),
            "share": plain(record.days_worked),
        },
    )
