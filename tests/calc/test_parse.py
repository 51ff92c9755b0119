"""parse_claim: plain data in, a ClaimInput out, or every problem named by its field path."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claims.calc import InputError, parse_claim


def _claim(**period) -> dict:
    base = {
        "employer": "Farm",
        "start": "2024-01-01",
        "end": "2024-03-31",
        "pay_basis": "daily",
        "rate": "400",
        "currency": "THB",
        "workplace": "th",
    }
    base.update(period)
    return {"jurisdiction": "th", "computed_on": "2024-06-30", "currency": "THB", "employment": [base]}


def test_a_bad_date_is_named_by_its_field_path():
    with pytest.raises(InputError) as caught:
        parse_claim(_claim(start="1 Jan 2024"))
    assert caught.value.field == "employment[0].start"
    assert caught.value.problem == "must be a date YYYY-MM-DD"


def test_every_problem_is_collected_not_only_the_first():
    data = _claim(start="2024-02-30", rate=400.5, overtime_hour="3")
    del data["currency"]
    with pytest.raises(InputError) as caught:
        parse_claim(data)
    fields = [field for field, _ in caught.value.problems]
    assert fields == ["currency", "employment[0].overtime_hour", "employment[0].start", "employment[0].rate"]
    assert "this day does not exist" in dict(caught.value.problems)["employment[0].start"]


def test_a_float_is_refused_with_a_message_saying_how_to_write_money():
    with pytest.raises(InputError) as caught:
        parse_claim(_claim(rate=400.5))
    assert 'must be written as a string such as "400.5"' in caught.value.problem


def test_numbers_are_decimals_from_strings_ints_or_decimals():
    claim = parse_claim(_claim(rate="1,400.50", normal_hours_per_day=8, overtime_multiplier=Decimal("1.5")))
    period = claim.employment[0]
    assert (period.rate, period.normal_hours_per_day, period.overtime_multiplier) == (
        Decimal("1400.50"),
        Decimal(8),
        Decimal("1.5"),
    )


def test_a_range_gives_a_low_and_a_high_rate():
    period = parse_claim(_claim(rate={"low": "3500", "high": "7000"}, pay_basis="monthly")).employment[0]
    assert (period.rate, period.rate_high, period.has_range) == (Decimal(3500), Decimal(7000), True)


def test_monthly_records_expand_into_calendar_months():
    record = {"start": "2024-01-15", "end": "2024-03-31", "repeat": "monthly", "days_worked": 20}
    records = parse_claim(_claim(records=[record])).employment[0].records
    assert [(r.start, r.end) for r in records] == [
        (date(2024, 1, 15), date(2024, 1, 31)),
        (date(2024, 2, 1), date(2024, 2, 29)),
        (date(2024, 3, 1), date(2024, 3, 31)),
    ]


def test_a_record_outside_its_period_and_a_negative_amount_are_refused():
    record = {"start": "2023-12-01", "end": "2023-12-31", "days_worked": "-2"}
    with pytest.raises(InputError) as caught:
        parse_claim(_claim(records=[record]))
    assert dict(caught.value.problems) == {
        "employment[0].records[0].days_worked": "must not be negative",
        "employment[0].records[0]": "must lie within the employment period",
    }


def test_a_claim_that_is_not_an_object_is_refused():
    with pytest.raises(InputError, match="JSON object"):
        parse_claim([])


def test_a_loan_rate_above_one_is_taken_for_a_percentage_typo():
    data = _claim()
    data["loans"] = [
        {"lender": "A", "principal": "1000", "taken_on": "2024-01-01", "rate": "3", "rate_per": "month"}
    ]
    with pytest.raises(InputError) as caught:
        parse_claim(data)
    assert caught.value.field == "loans[0].rate" and '"0.03"' in caught.value.problem


def test_conventions_are_named_parameters_with_defaults():
    claim = parse_claim({**_claim(), "conventions": {"daycount": "actual/actual"}})
    assert claim.conventions.daycount == "actual/actual"
    assert claim.conventions.surcharge_count == "days/7"
    with pytest.raises(InputError) as caught:
        parse_claim({**_claim(), "conventions": {"daycount": "30/360"}})
    assert caught.value.field == "conventions.daycount"
