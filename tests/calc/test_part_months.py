"""Part months (issue 17): days worked a period cannot hold are refused, a record repeated monthly gives a part
month its share of the days, and a monthly wage over a pay month that is not a calendar month counts one month."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.calc import InputError, compute_claim, parse_claim
from claims.calc.dates import ONE_DAY, add_months, months_in, pay_months
from claims.calc.text import render_text


def _claim(records, pay_basis="daily", rate="400", start="2024-01-01", end="2024-12-31"):
    return {
        "jurisdiction": "th",
        "computed_on": "2025-01-31",
        "currency": "THB",
        "employment": [
            {
                "employer": "Farm",
                "start": start,
                "end": end,
                "pay_basis": pay_basis,
                "rate": rate,
                "currency": "THB",
                "workplace": "th",
                "province": "bangkok",
                "normal_hours_per_day": "8",
                "records": records,
            }
        ],
    }


def _problems(doc) -> dict:
    with pytest.raises(InputError) as caught:
        parse_claim(doc)
    return dict(caught.value.problems)


def test_more_days_worked_than_february_has_is_refused_naming_the_record_and_its_days():
    problems = _problems(
        _claim(
            [
                {"start": "2024-01-01", "end": "2024-01-31", "days_worked": 26},
                {"start": "2024-02-01", "end": "2024-02-29", "days_worked": 30},
            ]
        )
    )
    assert problems == {
        "employment[0].records[1].days_worked": "days worked (30) exceed the 29 days from 2024-02-01 to 2024-02-29"
    }


def test_a_short_record_with_a_whole_months_days_is_refused():
    problems = _problems(_claim([{"start": "2024-03-01", "end": "2024-03-10", "days_worked": "26"}]))
    assert problems["employment[0].records[0].days_worked"].endswith(
        "the 10 days from 2024-03-01 to 2024-03-10"
    )


def test_a_record_repeated_monthly_with_more_days_than_one_of_its_months_has_is_refused():
    problems = _problems(
        _claim(
            [{"start": "2023-01-01", "end": "2023-12-31", "repeat": "monthly", "days_worked": 29}],
            start="2023-01-01",
            end="2023-12-31",
        )
    )
    assert problems == {
        "employment[0].records[0].days_worked": "days worked (29) exceed the 28 days from 2023-02-01 to 2023-02-28"
    }


def test_as_many_days_as_the_period_has_are_accepted():
    claim = parse_claim(_claim([{"start": "2024-02-01", "end": "2024-02-29", "days_worked": 29}]))
    assert claim.employment[0].records[0].days_worked == 29


def test_a_part_month_of_a_repeated_record_gets_its_share_of_the_days_and_says_so(rulebook):
    doc = _claim(
        [{"start": "2024-01-16", "end": "2024-03-10", "repeat": "monthly", "days_worked": 26}],
        start="2024-01-16",
        end="2024-03-10",
    )
    records = parse_claim(doc).employment[0].records
    assert [(r.start, r.days_worked, r.days_prorated_from) for r in records] == [
        (date(2024, 1, 16), Decimal("13.42"), Decimal(26)),  # 26 x 16/31
        (date(2024, 2, 1), Decimal(26), None),
        (date(2024, 3, 1), Decimal("8.39"), Decimal(26)),  # 26 x 10/31
    ]
    lines = [ln for ln in compute_claim(parse_claim(doc), rulebook).lines if ln.label.startswith("Basic pay")]
    january = [ln for ln in lines if ln.period[0] == date(2024, 1, 16)]
    february = [ln for ln in lines if ln.period[0] == date(2024, 2, 1)]
    note = "part month of a record repeated monthly: 26 days worked a month x 16/31 days = 13.42 days"
    assert january and all(note in ln.notes for ln in january)
    assert not any("part month" in n for ln in february for n in ln.notes)
    thai = [
        render_text(n, "th") for n in january[0].notes_text if getattr(n, "key", "") == "note.days_prorated"
    ]
    assert thai == ["เดือนไม่เต็มเดือนของรายการที่ซ้ำทุกเดือน: ทำงานเดือนละ 26 วัน x 16/31 วัน = 13.42 วัน"]


def test_a_monthly_wage_from_the_16th_to_the_15th_is_one_month(rulebook):
    doc = _claim(
        [{"start": "2024-09-16", "end": "2024-10-15"}],
        pay_basis="monthly",
        rate="12000",
        start="2024-09-16",
        end="2024-10-15",
    )
    line = next(
        ln for ln in compute_claim(parse_claim(doc), rulebook).lines if ln.label.startswith("Basic pay")
    )
    assert line.amount.amount == Decimal("12000.00")
    assert months_in(date(2024, 9, 16), date(2024, 10, 15)) < 1  # the count that gave 0.98


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    st.integers(min_value=1, max_value=24),
)
def test_whole_pay_months_count_exactly_their_number(start, months):
    assert pay_months(start, add_months(start, months) - ONE_DAY) == months


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    st.integers(min_value=0, max_value=30),
)
def test_within_one_calendar_month_pay_months_count_as_calendar_months(start, length):
    end = min(start + timedelta(days=length), start.replace(day=28) + timedelta(days=4))
    end = min(end, (start.replace(day=28) + timedelta(days=4)).replace(day=1) - ONE_DAY)
    assert pay_months(start, end) == months_in(start, end)


def test_a_monthly_wage_in_a_part_month_has_no_note_about_days(rulebook):
    doc = _claim(
        [{"start": "2024-01-16", "end": "2024-02-29", "repeat": "monthly", "days_worked": 26}],
        pay_basis="monthly",
        rate="12000",
        start="2024-01-16",
        end="2024-02-29",
    )
    january = [
        ln
        for ln in compute_claim(parse_claim(doc), rulebook).lines
        if ln.label.startswith("Basic pay") and ln.period[0] == date(2024, 1, 16)
    ]
    assert january and not any("part month" in note for ln in january for note in ln.notes)
    assert january[0].amount.amount == Decimal("6193.55")  # 12,000 x 16/31: the month's share, as before
