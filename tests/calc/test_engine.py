"""Behaviour of the engine across heads: breakdown arithmetic, currencies, ranges, missing rules, debts."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.calc import (
    ClaimInput,
    EmploymentPeriod,
    ExchangeRate,
    Flag,
    Loan,
    Payment,
    WorkRecord,
    balance_on,
    compute_claim,
    parse_claim,
    to_dict,
)
from claims.calc.lines import rounded
from claims.money import Money, round_line

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "docs" / "examples").glob("*.json"))


def _period(**kwargs) -> EmploymentPeriod:
    values = dict(
        employer="Factory",
        start=date(2024, 1, 1),
        end=date(2024, 1, 31),
        pay_basis="monthly",
        rate=Decimal(12000),
        currency="THB",
        workplace="th",
        province="bangkok",
        normal_hours_per_day=Decimal(8),
        records=(WorkRecord(date(2024, 1, 1), date(2024, 1, 31), days_worked=Decimal(26)),),
    )
    values.update(kwargs)
    return EmploymentPeriod(**values)


def _claim(*periods, on=date(2024, 1, 31), **kwargs) -> ClaimInput:
    return ClaimInput("th", on, "THB", employment=periods, **kwargs)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_documented_example_computes_without_error(path, rulebook):
    breakdown = compute_claim(parse_claim(json.loads(path.read_text())), rulebook)
    assert breakdown.lines
    json.dumps(to_dict(breakdown))  # plain JSON all the way down


def test_there_are_the_four_documented_examples_at_least():
    assert {p.stem for p in EXAMPLES} >= {
        "romania-garment",
        "berry-pickers",
        "fishing-boat-fund",
        "loan-3pct-month",
    }


@given(
    st.decimals(min_value=-(10**9), max_value=10**9, places=6, allow_nan=False),
    st.sampled_from(["THB", "USD", "JPY"]),
)
def test_the_fast_rounding_is_exactly_the_one_rounding_rule(amount, currency):
    assert rounded(amount, currency) == round_line(Money(amount, currency))


def test_a_payment_in_another_currency_is_set_against_the_claim_only_through_an_entered_rate(mini_book):
    paid = Payment(date(2024, 1, 31), Money(Decimal(100), "USD"))
    period = _period(payments=(paid,))
    without = compute_claim(_claim(period), mini_book)
    assert without.totals() == {"THB": Money(Decimal(12000), "THB")}
    assert any(w.code == "no_exchange_rate" for w in without.warnings)
    rate = ExchangeRate("USD", "THB", Decimal("35.5"), date(2024, 1, 30), "Bank of Thailand reference rate")
    converted = compute_claim(_claim(period, exchange_rates=(rate,)), mini_book)
    # 100 USD x 35.5 = 3,550.00 THB, on a conversion line of its own that is not counted
    conversion = next(line for line in converted.lines if line.head == "conversion")
    assert conversion.amount == Money(Decimal("3550.00"), "THB") and not conversion.counted
    assert "35.5 THB/USD (rate of 2024-01-30, Bank of Thailand reference rate)" in conversion.formula
    assert converted.totals() == {"THB": Money(Decimal("8450.00"), "THB")}


def test_each_currency_totals_apart_and_is_never_converted(mini_book):
    thb = _period()
    usd = _period(employer="Ship", currency="USD", workplace="xx", rate=Decimal(400), province=None)
    breakdown = compute_claim(_claim(thb, usd), mini_book)
    assert breakdown.totals() == {"THB": Money(Decimal(12000), "THB"), "USD": Money(Decimal(400), "USD")}


def test_a_contract_range_gives_a_low_and_a_high_claim(mini_book):
    period = _period(rate=Decimal(10000), rate_high=Decimal(14000))
    breakdown = compute_claim(_claim(period), mini_book)
    assert breakdown.scenarios() == ["low", "high"]
    # low: mini_book's minimum wage rises from 300 to 400 on 16 Jan 2024, so January's floor is
    # 30 x (300 x 15/31 + 400 x 16/31) = 10,548.387 -> 10,548.39, above the contract's 10,000: it counts.
    # high: 14,000 is above the floor.
    assert breakdown.totals("low") == {"THB": Money(Decimal("10548.39"), "THB")}
    assert breakdown.totals("high") == {"THB": Money(Decimal(14000), "THB")}
    assert to_dict(breakdown)["scenarios"]["high"]["totals"] == {"THB": "14000.00"}


def test_a_minimum_wage_not_in_the_table_is_a_missing_floor_and_the_contract_still_counts(mini_book):
    period = _period(province="phetchaburi")
    breakdown = compute_claim(_claim(period), mini_book)
    floor = next(line for line in breakdown.lines if line.label == "Minimum wage floor")
    assert floor.amount is None and Flag.MISSING in floor.flags and "phetchaburi" in floor.formula
    assert breakdown.totals() == {"THB": Money(Decimal(12000), "THB")}
    # the floor may be above the contract: the total that leaves it out says it is incomplete (issue 17)
    assert floor.counted and breakdown.incomplete() == ["THB"]
    assert to_dict(breakdown)["incomplete"] == ["THB"]


def test_no_contract_wage_and_no_floor_is_a_missing_counted_line_and_an_incomplete_total(mini_book):
    period = _period(rate=None, province="phetchaburi")
    breakdown = compute_claim(_claim(period), mini_book)
    assert breakdown.incomplete() == ["THB"]
    assert to_dict(breakdown)["incomplete"] == ["THB"]


def test_a_workplace_without_rule_tables_gets_contract_lines_only_and_a_warning(mini_book):
    period = _period(
        workplace="ro",
        currency="USD",
        rate=Decimal(400),
        province=None,
        normal_hours_per_day=None,
        overtime_multiplier=Decimal(2),
        records=(WorkRecord(date(2024, 1, 1), date(2024, 1, 31), overtime_hours=Decimal(80)),),
    )
    breakdown = compute_claim(_claim(period), mini_book)
    # 80 h x 2 x 400 / (22 x 8) = 363.6363... -> 363.64, the assumed hours stated on the line
    overtime = next(line for line in breakdown.lines if line.label.startswith("Overtime"))
    assert overtime.amount.amount == Decimal("363.64")
    assert overtime.formula.startswith("80 h x 2 x 2.2727 USD/h") and "assumed 8 h a day" in overtime.formula
    assert all("statutory" not in line.label for line in breakdown.lines)
    assert [w.code for w in breakdown.warnings][:1] == ["no_rule_tables"]


def test_overtime_without_any_multiplier_is_missing_not_zero(mini_book):
    period = _period(
        workplace="ro",
        currency="USD",
        rate=Decimal(400),
        province=None,
        records=(WorkRecord(date(2024, 1, 1), date(2024, 1, 31), overtime_hours=Decimal(10)),),
    )
    line = next(
        ln for ln in compute_claim(_claim(period), mini_book).lines if ln.label == "Overtime on working days"
    )
    assert line.amount is None and Flag.MISSING in line.flags


def test_a_loan_compounding_monthly_grows_faster_than_simple():
    loan = Loan(
        "Lender", Money(Decimal(10000), "THB"), date(2024, 1, 1), Decimal("0.03"), "month", method="compound"
    )
    # 3 months: 10,000 x 1.03^3 = 10,927.27
    assert balance_on(loan, date(2024, 4, 1)).balance == Decimal("10927.270000")
    simple = Loan("Lender", Money(Decimal(10000), "THB"), date(2024, 1, 1), Decimal("0.03"), "month")
    assert balance_on(simple, date(2024, 4, 1)).balance == Decimal("10900.00")


def test_a_loan_within_the_cap_keeps_its_contract_balance_and_is_projected(mini_book):
    loan = Loan("Coop", Money(Decimal(12000), "THB"), date(2024, 1, 1), Decimal("0.12"), "year")
    claim = ClaimInput("th", date(2024, 12, 31), "THB", loans=(loan,), projection_date=date(2025, 12, 31))
    lines = compute_claim(claim, mini_book).lines
    # A yearly rate counts the days elapsed since the loan date over 365: 1 Jan - 31 Dec 2024 = 365 days,
    # 12,000 x 0.12 x 365 / 365 = 1,440 -> 13,440.00; to 31 Dec 2025, 730 days -> 2,880 -> 14,880.00.
    # 12% a year is within the 15% cap: the legal balance is the contract's.
    assert [line.amount.amount for line in lines] == [
        Decimal("13440.00"),
        Decimal("13440.00"),
        Decimal("14880.00"),
        Decimal("14880.00"),
    ]
    assert "projected to 2025-12-31" in lines[2].label and not any(line.counted for line in lines)


def test_totals_are_the_sums_of_the_rounded_lines(rulebook):
    claim = parse_claim(json.loads(EXAMPLES[0].read_text()))
    breakdown = compute_claim(claim, rulebook)
    for currency, money in breakdown.totals().items():
        lines = [
            ln
            for ln in breakdown.lines
            if ln.counted
            and not ln.time_barred
            and ln.currency == currency
            and ln.amount is not None
            and ln.scenario in (None, breakdown.scenarios()[0])
        ]
        assert money.amount == sum(ln.amount.amount for ln in lines)
