"""Fixtures for the calculation engine: the real rule book, and small rule books built in code for unit tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claims.rules.loader import load_rulebook
from claims.rules.model import Rule, RuleBook, RuleEntry, Source, Unit

VERIFIED = Source("Test Act", "s.1", True)
UNVERIFIED = Source("Test practice", "none", False, unverified_reason="a convention")


@pytest.fixture(scope="session")
def rulebook() -> RuleBook:
    """The real rule files: hand-worked cases and seed tests run against what lawyers will use."""
    return load_rulebook()


def rule(
    name: str, unit: Unit, *entries: tuple[date, object], rule_id: str = "TEST", source=VERIFIED
) -> Rule:
    return Rule(
        name=name,
        rule_id=rule_id,
        description=name,
        unit=unit,
        selected_by="test",
        entries=tuple(RuleEntry(on, source, value) for on, value in entries),
    )


def book(*rules: Rule) -> RuleBook:
    return RuleBook(list(rules))


START = date(1998, 8, 19)


@pytest.fixture
def mini_book() -> RuleBook:
    return make_mini_book()


def make_mini_book() -> RuleBook:
    """A Thai-shaped rule book with round numbers and a few changes, for fast unit tests and properties: the
    Bangkok minimum wage rises from 300 to 400 on 16 Jan 2024; the civil default rate falls on 11 Apr 2021."""
    return book(
        rule("th.working_time.normal_hours_per_day", Unit.HOURS_PER_DAY, (START, Decimal(8))),
        rule("th.working_time.hourly_divisor_days", Unit.DAYS, (START, Decimal(30))),
        rule("th.working_time.daily_divisor_days", Unit.DAYS, (START, Decimal(30)), source=UNVERIFIED),
        rule("th.minimum_wage.monthly_divisor_days", Unit.DAYS, (START, Decimal(30)), source=UNVERIFIED),
        rule("th.overtime.workday", Unit.MULTIPLE, (START, Decimal("1.5"))),
        rule("th.overtime.holiday_work_entitled", Unit.MULTIPLE, (START, Decimal(1))),
        rule("th.overtime.holiday_work_not_entitled", Unit.MULTIPLE, (START, Decimal(2))),
        rule("th.overtime.holiday_overtime", Unit.MULTIPLE, (START, Decimal(3))),
        rule(
            "th.minimum_wage.daily",
            Unit.THB_PER_DAY,
            (START, {"bangkok": Decimal(300)}),
            (date(2024, 1, 16), {"bangkok": Decimal(400)}),
        ),
        rule("th.interest.wages", Unit.RATE_PER_YEAR, (START, Decimal("0.15"))),
        rule(
            "th.interest.civil_default",
            Unit.RATE_PER_YEAR,
            (START, Decimal("0.075")),
            (date(2021, 4, 11), Decimal("0.05")),
        ),
        rule("th.interest.wilful_surcharge", Unit.FRACTION, (START, Decimal("0.15"))),
        rule("th.interest.wilful_surcharge_period_days", Unit.DAYS, (START, Decimal(7))),
        rule("th.limitation.wages", Unit.YEARS, (START, Decimal(2))),
        rule("th.limitation.severance", Unit.YEARS, (START, Decimal(10))),
        rule("th.deductions.single_item_limit", Unit.FRACTION, (START, Decimal("0.10"))),
        rule("th.deductions.total_limit", Unit.FRACTION, (START, Decimal("0.20"))),
        rule("th.usury.loan_cap", Unit.RATE_PER_YEAR, (START, Decimal("0.15"))),
        rule("th.usury.excess_voids_all_interest", Unit.FLAG, (START, True)),
    )
