"""Interest and the wilful-default surcharge, on small rule books built in code (conftest.mini_book)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claims.calc import accrue, rules_for, surcharge
from claims.calc.lines import Flag


def _accrue(book, principal, start, until, rule="th.interest.wages", **kwargs):
    return accrue(
        head="interest",
        label="Interest",
        principal=Decimal(principal),
        currency="THB",
        start=start,
        until=until,
        rule=rule,
        rules=rules_for(book),
        **kwargs,
    )


def test_interest_runs_to_the_end_date_inclusive_on_actual_days_over_365(mini_book):
    # 1 - 31 Jan 2024 = 31 days: 10,000 x 0.15 x 31 / 365 = 127.3973 -> 127.40
    [line] = _accrue(mini_book, 10000, date(2024, 1, 1), date(2024, 1, 31))
    assert line.amount.amount == Decimal("127.40")
    assert line.formula == "10,000.00 THB x 15% a year x 31 days / 365 (2024-01-01 to 2024-01-31)"
    assert Flag.CONVENTION in line.flags


def test_interest_is_split_on_the_day_the_statutory_rate_changes(mini_book):
    # civil default 7.5% to 10 Apr 2021, 5% from 11 Apr 2021:
    # 1 - 10 Apr: 10 days: 10,000 x 0.075 x 10 / 365 = 20.5479 -> 20.55
    # 11 - 30 Apr: 20 days: 10,000 x 0.05 x 20 / 365 = 27.3973 -> 27.40
    lines = _accrue(mini_book, 10000, date(2021, 4, 1), date(2021, 4, 30), rule="th.interest.civil_default")
    assert [(ln.period, ln.amount.amount) for ln in lines] == [
        ((date(2021, 4, 1), date(2021, 4, 10)), Decimal("20.55")),
        ((date(2021, 4, 11), date(2021, 4, 30)), Decimal("27.40")),
    ]


def test_actual_actual_divides_each_calendar_year_by_its_own_length(mini_book):
    # 1 Dec 2023 - 31 Jan 2024: 31 days over 365, then 31 days over 366.
    # 10,000 x 0.15 x 31 / 365 = 127.3973 -> 127.40; 10,000 x 0.15 x 31 / 366 = 127.0492 -> 127.05
    lines = _accrue(mini_book, 10000, date(2023, 12, 1), date(2024, 1, 31), daycount="actual/actual")
    assert [ln.amount.amount for ln in lines] == [Decimal("127.40"), Decimal("127.05")]


def test_a_part_payment_lowers_the_principal_from_the_next_day(mini_book):
    # 10,000 from 1 Jan; 4,000 paid on 10 Jan: 10,000 x 10 days + 6,000 x 21 days = 226,000 THB-days
    # x 0.15 / 365 = 92.8767 -> 92.88, one line for the one rate
    [line] = _accrue(
        mini_book, 10000, date(2024, 1, 1), date(2024, 1, 31), reductions=[(date(2024, 1, 10), Decimal(4000))]
    )
    assert line.amount.amount == Decimal("92.88")
    assert "10,000.00 THB x 10 days" in line.formula and "6,000.00 THB x 21 days" in line.formula


def test_no_interest_once_everything_is_paid_and_none_before_the_start(mini_book):
    assert (
        _accrue(
            mini_book,
            10000,
            date(2024, 1, 1),
            date(2024, 1, 31),
            reductions=[(date(2023, 12, 31), Decimal(10000))],
        )
        == []
    )
    assert _accrue(mini_book, 10000, date(2024, 2, 1), date(2024, 1, 31)) == []


def test_interest_before_any_rule_is_in_force_is_a_missing_line_not_zero(mini_book):
    [line] = _accrue(mini_book, 10000, date(1990, 1, 1), date(1990, 1, 31))
    assert line.amount is None and Flag.MISSING in line.flags and Flag.ERROR in line.flags
    assert "th.interest.wages" in line.formula and "1990-01-01" in line.formula


def test_an_unknown_day_count_is_refused(mini_book):
    with pytest.raises(ValueError, match="unknown day count"):
        _accrue(mini_book, 10000, date(2024, 1, 1), date(2024, 1, 31), daycount="30/360")


def _surcharge(book, until, **kwargs):
    return surcharge(
        head="surcharge",
        label="Surcharge",
        principal=Decimal(10000),
        currency="THB",
        due=date(2024, 1, 31),
        until=until,
        rules=rules_for(book),
        **kwargs,
    )


@pytest.mark.parametrize(
    ("until", "count", "marks"),
    [
        (date(2024, 2, 6), "days/7", 0),  # 6 days outstanding
        (date(2024, 2, 7), "days/7", 1),  # 7 days: the first mark
        (date(2024, 3, 1), "days/7", 4),  # 30 days
        (date(2024, 2, 13), "(days-7)/7", 0),  # 13 days: (13 - 7) // 7 = 0
        (date(2024, 2, 14), "(days-7)/7", 1),
        (date(2024, 3, 1), "(days-7)/7", 3),
    ],
)
def test_the_surcharge_is_15_percent_of_the_unpaid_wage_per_complete_7_days(mini_book, until, count, marks):
    lines = _surcharge(mini_book, until, count=count)
    assert sum(ln.amount.amount for ln in lines) == Decimal(1500) * marks


def test_a_payment_lowers_the_base_of_the_later_surcharges_only(mini_book):
    # Due 31 Jan; 6,000 paid on 10 Feb. Marks 7 Feb (base 10,000), 14, 21, 28 Feb (base 4,000):
    # 1 x 1,500 + 3 x 600 = 3,300
    lines = _surcharge(mini_book, date(2024, 3, 1), reductions=[(date(2024, 2, 10), Decimal(6000))])
    assert [ln.amount.amount for ln in lines] == [Decimal(1500), Decimal(1800)]
    assert lines[1].formula.startswith("3 x 15% x 4,000.00 THB")
