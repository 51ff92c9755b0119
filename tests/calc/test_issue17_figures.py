"""Figures a lawyer can sign (issue 17): pay in lieu by its dismissal date, loans repaid beyond their principal,
totals by payer and procedure, payments for a named month."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.calc import InputError, Loan, Payment, balance_on, compute_claim, parse_claim, to_dict
from claims.calc.breakdown_dict import line_to_dict
from claims.calc.text import render_line, render_warning
from claims.money import Money


def _dismissal(end: str, on: str, *, wilful: bool = True) -> dict:
    return {
        "jurisdiction": "th",
        "computed_on": on,
        "currency": "THB",
        "employment": [
            {
                "employer": "Factory",
                "start": "2018-11-01",
                "end": end,
                "pay_basis": "monthly",
                "rate": "15000",
                "currency": "THB",
                "workplace": "th",
                "province": "bangkok",
                "wilful_withholding": wilful,
                "termination": {"by_employer": True},
            }
        ],
    }


def test_pay_in_lieu_of_a_dismissal_before_5_may_2019_has_no_surcharge_and_says_why(rulebook):
    breakdown = compute_claim(parse_claim(_dismissal("2019-03-31", "2019-07-31")), rulebook)
    notice = breakdown.head("notice")
    assert notice and not [ln for ln in breakdown.head("surcharge") if "pay in lieu" in ln.label]
    assert all("s.9 para 2 covers only that money" in " ".join(ln.notes) for ln in notice)
    thai = render_line(line_to_dict(notice[0]), "th")
    assert any("มาตรา 9 วรรคสอง" in note for note in thai["notes"])
    # its interest is the civil rate of CCC s.224, also after 5 May 2019
    interest = [ln for ln in breakdown.head("interest") if "pay in lieu" in ln.label]
    assert [ln.period for ln in interest] == [(date(2019, 4, 1), date(2019, 7, 31))]
    assert "7.5% a year" in interest[0].formula
    assert any(getattr(b, "rule_id", None) == "TH-CCC-INT-DEFAULT" for b in interest[0].basis)


def test_pay_in_lieu_of_a_dismissal_from_5_may_2019_carries_the_surcharge(rulebook):
    breakdown = compute_claim(parse_claim(_dismissal("2019-05-31", "2019-07-31")), rulebook)
    surcharges = [ln for ln in breakdown.head("surcharge") if "pay in lieu" in ln.label]
    # 1 Jun - 31 Jul 2019 is 61 days: floor(61 / 7) = 8 marks of 15% of 15,000
    assert len(surcharges) == 1 and str(surcharges[0].amount.amount) == "18000.00"
    assert not any("s.9 para 2" in " ".join(ln.notes) for ln in breakdown.head("notice"))
    interest = [ln for ln in breakdown.head("interest") if "pay in lieu" in ln.label]
    assert all("15% a year" in ln.formula for ln in interest)


def test_no_surcharge_on_pay_in_lieu_without_wilful_withholding(rulebook):
    breakdown = compute_claim(parse_claim(_dismissal("2019-05-31", "2019-07-31", wilful=False)), rulebook)
    assert not breakdown.head("surcharge")
    assert not any("s.9 para 2" in " ".join(ln.notes) for ln in breakdown.head("notice"))


# Loans: a balance stops at zero; what a usurious lender received beyond the principal is the worker's to recover.

_LOAN_DAY = date(2024, 1, 1)


@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=700), st.integers(min_value=1, max_value=20000)),
        max_size=6,
    ),
    st.sampled_from(["simple", "compound"]),
    st.sampled_from(["month", "year"]),
)
@settings(max_examples=200, deadline=None)
def test_a_loan_balance_never_goes_below_zero_and_nothing_paid_is_lost(payments, method, per):
    repayments = tuple(Payment(_LOAN_DAY + timedelta(days=d), Money(Decimal(a), "THB")) for d, a in payments)
    loan = Loan("Lender", Money(Decimal(10000), "THB"), _LOAN_DAY, Decimal("0.02"), per, method, repayments)
    on = _LOAN_DAY + timedelta(days=800)
    state = balance_on(loan, on)
    assert state.principal >= 0 and state.interest >= 0 and state.overpaid >= 0
    paid = sum((Decimal(a) for _, a in payments), Decimal(0))
    # every payment is interest, principal or beyond both (to Decimal's 28 digits)
    assert abs(state.interest_paid + state.principal_paid + state.overpaid - paid) < Decimal("1e-18")


def test_a_loan_repaid_beyond_its_balance_stops_at_zero_without_negative_interest():
    loan = Loan(
        "Lender",
        Money(Decimal(10000), "THB"),
        _LOAN_DAY,
        Decimal("0.12"),
        "year",
        repayments=(Payment(date(2024, 2, 1), Money(Decimal(15000), "THB")),),
    )
    state = balance_on(loan, date(2025, 1, 1))
    # 31 days at 12% on 10,000 = 101.92 interest; 15,000 pays it and the 10,000: 4,898.08 beyond
    assert state.principal == 0 and state.interest == 0 and state.balance == 0
    assert state.overpaid.quantize(Decimal("0.01")) == Decimal("4898.08")


def test_the_overpayment_of_a_usurious_loan_says_in_thai_whom_it_is_claimed_from_and_its_basis(rulebook):
    claim = {
        "jurisdiction": "th",
        "computed_on": "2021-07-01",
        "currency": "THB",
        "loans": [
            {
                "lender": "Broker",
                "principal": "50000",
                "taken_on": "2020-01-01",
                "rate": "0.05",
                "rate_per": "month",
                "repayments": [{"on": "2020-07-01", "amount": "70000"}],
            }
        ],
    }
    breakdown = compute_claim(parse_claim(claim), rulebook)
    overpaid = [ln for ln in breakdown.lines if ln.label.startswith("Repaid to Broker beyond the principal")]
    # one per option: repayments credited to principal (the default), and interest paid unrecoverable
    assert len(overpaid) == 2
    assert not any(ln.counted for ln in overpaid) and breakdown.totals() == {}
    rules = {getattr(b, "rule", None) for b in overpaid[0].basis}
    assert "th.usury.overpayment_recoverable" in rules
    thai = render_line(line_to_dict(overpaid[0]), "th")
    assert thai["label"].startswith("เงินที่ชำระให้ Broker เกินต้นเงิน")
    assert any("มาตรา 406" in b["text"] for b in thai["basis"])
    assert any("ไม่ใช่จากนายจ้าง" in note for note in thai["notes"])


# Totals by payer and procedure (TH-TIP-COMP-HEADS): the Fund's items, criminal compensation and the labour claim are
# each totalled apart, never added into one grand total.

_EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def test_fund_items_and_criminal_compensation_are_two_totals_never_one(rulebook):
    claim = parse_claim(json.loads((_EXAMPLES / "fishing-boat-fund.json").read_text()))
    breakdown = compute_claim(claim, rulebook)
    thb = lambda amount: {"THB": Money(Decimal(amount), "THB")}  # noqa: E731
    assert breakdown.forum_totals() == {"criminal": thb(570000), "fund": thb(55298)}
    # the main total is the criminal compensation alone (no labour claim here), never 625,298
    assert breakdown.main_forum() == "criminal" and breakdown.totals() == thb(570000)
    assert breakdown.totals(forum="fund") == thb(55298)
    result = to_dict(breakdown)
    assert result["totals"] == {"THB": "570000.00"} and result["forum"] == "criminal"
    assert result["forum_totals"] == {"criminal": {"THB": "570000.00"}, "fund": {"THB": "55298.00"}}


def test_a_claim_against_the_employer_keeps_its_own_total_beside_the_fund_and_compensation(rulebook):
    claim = _dismissal("2024-01-31", "2024-03-01", wilful=False)
    claim["fund_items"] = [{"item": "living_expenses", "amount": "3000", "currency": "THB"}]
    claim["compensation"] = {
        "case": "criminal case",
        "heads": [{"kind": "general_damages", "amount": "50000", "currency": "THB"}],
    }
    breakdown = compute_claim(parse_claim(claim), rulebook)
    labour = sum(
        (
            ln.amount.amount
            for ln in breakdown.lines
            if ln.counted and ln.head not in ("tip_fund", "compensation")
        ),
        Decimal(0),
    )
    assert breakdown.main_forum() == "labour" and breakdown.totals() == {"THB": Money(labour, "THB")}
    assert set(breakdown.forum_totals()) == {"labour", "criminal", "fund"}
    assert breakdown.forum_totals()["criminal"] == {"THB": Money(Decimal(50000), "THB")}
    assert breakdown.forum_totals()["fund"] == {"THB": Money(Decimal(3000), "THB")}


def test_a_fund_item_of_unknown_amount_makes_only_the_funds_total_incomplete(rulebook):
    claim = _dismissal("2024-01-31", "2024-03-01", wilful=False)
    claim["fund_items"] = [{"item": "transport", "currency": "THB", "label": "transport to domicile"}]
    breakdown = compute_claim(parse_claim(claim), rulebook)
    assert breakdown.incomplete() == [] and breakdown.forum_incomplete() == {"fund": ["THB"]}
    assert to_dict(breakdown)["forum_incomplete"] == {"fund": ["THB"]}


def test_a_missing_minimum_wage_makes_the_total_incomplete(rulebook):
    # Mukdahan has no minimum wage for 2010 in the rule book (its sources disagree, 153 or 155): the floor may be
    # above the contract's 100 a day
    claim = {
        "jurisdiction": "th",
        "computed_on": "2012-01-31",
        "currency": "THB",
        "employment": [
            {
                "employer": "Farm",
                "start": "2010-06-01",
                "end": "2010-06-30",
                "pay_basis": "daily",
                "rate": "100",
                "currency": "THB",
                "workplace": "th",
                "province": "mukdahan",
                "records": [{"start": "2010-06-01", "end": "2010-06-30", "days_worked": 26}],
            }
        ],
    }
    breakdown = compute_claim(parse_claim(claim), rulebook)
    floor = next(ln for ln in breakdown.lines if ln.label == "Minimum wage floor")
    assert floor.missing and floor.counted
    assert breakdown.incomplete() == ["THB"] and to_dict(breakdown)["incomplete"] == ["THB"]


# Payments for a named month (CCC s.328 para 1): the designated amount first, oldest-first only for the rest.


def _three_months(payments: list[dict]) -> dict:
    return {
        "jurisdiction": "th",
        "computed_on": "2024-04-30",
        "currency": "THB",
        "employment": [
            {
                "employer": "Factory",
                "start": "2024-01-01",
                "end": "2024-03-31",
                "pay_basis": "monthly",
                "rate": "12000",
                "currency": "THB",
                "workplace": "th",
                "province": "bangkok",
                "records": [
                    {"start": "2024-01-01", "end": "2024-01-31", "days_worked": 26},
                    {"start": "2024-02-01", "end": "2024-02-29", "days_worked": 25},
                    {"start": "2024-03-01", "end": "2024-03-31", "days_worked": 26},
                ],
                "payments": payments,
            }
        ],
    }


def _interest(breakdown) -> dict:
    return {ln.label: (ln.amount.amount, ln.period) for ln in breakdown.lines if ln.head == "interest"}


def test_a_payment_designated_by_its_due_date_settles_that_amount_first(rulebook):
    designated = compute_claim(
        parse_claim(_three_months([{"on": "2024-04-10", "amount": "12000", "for": "2024-02-29"}])), rulebook
    )
    february = [ln for ln in designated.lines if ln.label == "Interest on wages due 2024-02-29"]
    assert [ln.period for ln in february] == [(date(2024, 3, 1), date(2024, 4, 10))]
    january = [ln for ln in designated.lines if ln.label == "Interest on wages due 2024-01-31"]
    assert [ln.period for ln in january] == [(date(2024, 2, 1), date(2024, 4, 30))]
    assert not designated.warnings


def test_a_designation_of_the_oldest_month_changes_nothing(rulebook):
    plain = compute_claim(parse_claim(_three_months([{"on": "2024-04-10", "amount": "15000"}])), rulebook)
    named = compute_claim(
        parse_claim(_three_months([{"on": "2024-04-10", "amount": "15000", "for": "2024-01"}])), rulebook
    )
    assert _interest(plain) == _interest(named) and plain.totals() == named.totals()


def test_a_designation_that_names_no_amount_due_is_an_error_in_both_languages_and_oldest_first_applies(
    rulebook,
):
    plain = compute_claim(parse_claim(_three_months([{"on": "2024-04-10", "amount": "12000"}])), rulebook)
    wrong = compute_claim(
        parse_claim(_three_months([{"on": "2024-04-10", "amount": "12000", "for": "2024-07"}])), rulebook
    )
    assert _interest(plain) == _interest(wrong)
    [warning] = [w for w in wrong.warnings if w.code == "designation_matches_nothing"]
    assert warning.severity == "error" and "July 2024" in warning.message
    thai = to_dict(wrong)["warnings"][0]
    assert "มาตรา 328" in render_warning(thai, "th")["message"]


@pytest.mark.parametrize("bad", ["2024-13", "January", "2024-02-30", 202401])
def test_a_payment_for_something_that_is_not_a_month_or_a_date_is_refused_by_its_path(bad):
    with pytest.raises(InputError) as caught:
        parse_claim(_three_months([{"on": "2024-04-10", "amount": "12000", "for": bad}]))
    assert caught.value.problems == [
        (
            "employment[0].payments[0].for",
            "must be a month (YYYY-MM) or the due date of an amount (YYYY-MM-DD)",
        )
    ]
