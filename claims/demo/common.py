"""Dates and amounts as the demo story writes them."""

from datetime import date, datetime, time
from decimal import Decimal

from claims.calc.deadlines import WorkingDays


def court_day(day: date) -> date:
    """Courts sit on working days: a hearing that would fall on a weekend or a Thai public holiday moves to the
    next day the courts sit."""
    return WorkingDays().next_working_day(day)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def be_year(day: date) -> int:
    return day.year + 543


def baht(amount: Decimal | int) -> str:
    return f"{Decimal(amount):,.0f}"
