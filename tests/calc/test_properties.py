"""Properties that must hold for any claim (hypothesis), on the small code-built rule book of conftest.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.calc import ClaimInput, EmploymentPeriod, Payment, WorkRecord, compute_claim
from claims.calc.dates import calendar_months
from claims.money import Money
from tests.calc.conftest import make_mini_book

BOOK = make_mini_book()
FIRST = date(2022, 11, 1)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def periods(draw) -> EmploymentPeriod:
    months = calendar_months(FIRST, draw(st.dates(date(2022, 11, 30), date(2024, 12, 31))))
    records = tuple(
        WorkRecord(
            a,
            b,
            days_worked=Decimal(draw(st.integers(0, 27))),
            overtime_hours=Decimal(draw(st.integers(0, 40))),
            holiday_overtime_hours=Decimal(draw(st.integers(0, 3))),
        )
        for a, b in months
    )
    payments = tuple(
        Payment(
            b - timedelta(days=draw(st.integers(0, 20))), Money(Decimal(draw(st.integers(0, 20000))), "THB")
        )
        for _, b in months
        if draw(st.booleans())
    )
    return EmploymentPeriod(
        employer="Factory",
        start=FIRST,
        end=months[-1][1],
        pay_basis=draw(st.sampled_from(["monthly", "daily"])),
        rate=Decimal(draw(st.integers(200, 20000))),
        currency="THB",
        workplace="th",
        province="bangkok",
        normal_hours_per_day=Decimal(8),
        overtime_multiplier=draw(st.sampled_from([None, Decimal(2)])),
        wilful_withholding=draw(st.booleans()),
        records=records,
        payments=payments,
    )


def _claim(period: EmploymentPeriod, on=date(2025, 6, 30), **kwargs) -> ClaimInput:
    return ClaimInput("th", on, "THB", employment=(period,), **kwargs)


def _total(breakdown) -> Decimal:
    return (
        breakdown.totals().get("THB", Money.zero("THB")).amount
        + breakdown.time_barred_totals().get("THB", Money.zero("THB")).amount
    )


@SETTINGS
@given(periods())
def test_totals_equal_the_sum_of_the_counted_rounded_lines(period):
    breakdown = compute_claim(_claim(period), BOOK)
    live = [ln for ln in breakdown.lines if ln.counted and not ln.time_barred and ln.amount is not None]
    assert breakdown.totals().get("THB", Money.zero("THB")).amount == sum(
        (ln.amount.amount for ln in live), Decimal(0)
    )
    for line in breakdown.lines:
        assert line.amount is None or line.amount.amount == line.amount.amount.quantize(Decimal("0.01"))


@SETTINGS
@given(periods(), st.data())
def test_splitting_an_employment_period_in_two_does_not_change_the_total(period, data):
    if len(period.records) < 2:
        return
    cut = data.draw(st.integers(1, len(period.records) - 1))
    boundary = period.records[cut].start
    first = replace(
        period,
        end=boundary - timedelta(days=1),
        records=period.records[:cut],
        payments=tuple(p for p in period.payments if p.on < boundary),
    )
    second = replace(
        period,
        start=boundary,
        records=period.records[cut:],
        payments=tuple(p for p in period.payments if p.on >= boundary),
    )
    whole = compute_claim(_claim(period), BOOK)
    split = ClaimInput("th", date(2025, 6, 30), "THB", employment=(first, second))
    assert compute_claim(split, BOOK).totals() == whole.totals()


@SETTINGS
@given(periods(), st.integers(1, 50000), st.dates(date(2022, 11, 1), date(2025, 6, 30)))
def test_receiving_more_never_raises_the_shortfall(period, extra, on):
    before = compute_claim(_claim(period), BOOK)
    more = replace(period, payments=(*period.payments, Payment(on, Money(Decimal(extra), "THB"))))
    after = compute_claim(_claim(more), BOOK)
    assert _total(after) <= _total(before)


@SETTINGS
@given(periods(), st.integers(1, 400))
def test_interest_never_falls_as_time_passes(period, days):
    early, late = date(2025, 1, 31), date(2025, 1, 31) + timedelta(days=days)

    def interest(on: date) -> Decimal:
        # The limitation date is held still: time passing may bar a claim, which is not interest falling.
        breakdown = compute_claim(_claim(period, on=on, filed_on=early), BOOK)
        return sum(
            (
                ln.amount.amount
                for ln in breakdown.lines
                if ln.head in ("interest", "surcharge") and ln.amount is not None
            ),
            Decimal(0),
        )

    assert interest(late) >= interest(early)


@SETTINGS
@given(periods())
def test_nothing_is_negative_where_nothing_is_owed(period):
    # Pay every month's counted amount in full on its due date: nothing is owed, and no total is negative.
    owed = compute_claim(_claim(period, on=FIRST), BOOK)
    by_month: dict[date, Decimal] = {}
    for line in owed.lines:
        if line.head == "wages" and line.counted and line.amount is not None and line.amount.amount > 0:
            by_month[line.period[1]] = by_month.get(line.period[1], Decimal(0)) + line.amount.amount
    paid = replace(period, payments=tuple(Payment(d, Money(a, "THB")) for d, a in by_month.items()))
    breakdown = compute_claim(_claim(paid), BOOK)
    assert _total(breakdown) == 0
    assert all(ln.amount is None or ln.amount.amount >= 0 for ln in breakdown.lines if ln.head != "wages")
    assert compute_claim(_claim(period), BOOK).totals().get("THB", Money.zero("THB")).amount >= 0
