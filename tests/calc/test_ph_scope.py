"""Issue 17: the Philippine overseas worker's s.10 heads, and each recruitment basis only where its facts hold.

Amounts are worked by hand in the comments; the larger cases are data in cases/ph/ and cases/th/.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from claims.calc import InputError, compute_claim, parse_claim
from claims.calc.text import render_text
from claims.calc.unexpired import unexpired_span
from claims.rules.model import RuleBook, RuleEntry


def _ofw(**termination) -> dict:
    return {
        "jurisdiction": "ph",
        "computed_on": "2021-06-30",
        "currency": "USD",
        "employment": [
            {
                "employer": "Factory, Taiwan",
                "start": "2020-06-01",
                "end": "2020-06-30",
                "pay_basis": "monthly",
                "rate": "600",
                "currency": "USD",
                "workplace": "tw",
                "records": [{"start": "2020-06-01", "end": "2020-06-30", "days_worked": 26}],
                "payments": [{"on": "2020-06-30", "amount": "600"}],
                "termination": termination or {"without_just_cause": True, "contract_end": "2021-01-15"},
            }
        ],
    }


def _recruitment(placement: str, outcome: str, destination: str | None = None, **more) -> dict:
    rec = {
        "placement": placement,
        "outcome": outcome,
        "fees": [
            {
                "kind": "service_fee",
                "payee": "Agency",
                "amount": "3000",
                "paid_on": "2024-05-02",
                "ilo_category": "fee",
            },
            {
                "kind": "travel",
                "payee": "Agency",
                "amount": "1000",
                "paid_on": "2024-05-02",
                "ilo_category": "related_cost",
            },
        ],
        **more,
    }
    if destination:
        rec["destination"] = destination
    return {"jurisdiction": "th", "computed_on": "2024-12-31", "currency": "THB", "recruitment": rec}


def _lines(breakdown, start: str):
    return [ln for ln in breakdown.lines if ln.label.startswith(start)]


def _basis_words(line) -> str:
    return " | ".join(b.text() if hasattr(b, "text") else render_text(b, "en") for b in line.basis)


# --- the unexpired portion ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2020, 7, 1), date(2021, 1, 15), (6, 15)),  # 1 Jul - 31 Dec, then 1 - 15 Jan
        (date(2020, 7, 1), date(2020, 7, 31), (1, 0)),
        (date(2020, 7, 1), date(2020, 7, 30), (0, 30)),
        (date(2020, 2, 1), date(2020, 2, 29), (1, 0)),  # February of a leap year is a whole month
        (
            date(2020, 1, 31),
            date(2020, 2, 29),
            (1, 1),
        ),  # 31 Jan + 1 month is 29 Feb: one month ends on the 28th
        (date(2009, 3, 8), date(2009, 12, 31), (9, 24)),
    ],
)
def test_the_unexpired_portion_is_counted_in_whole_months_from_the_day_after_dismissal(start, end, expected):
    months, days, _ = unexpired_span(start, end)
    assert (months, days) == expected


def test_the_cap_rule_is_read_and_applied_where_a_rule_book_says_it_applies(rulebook):
    # A rule book in which the three-month cap applied (as RA 10022 wrote it, before Sameer): 6 months and 15 days
    # unexpired, under a year, count as one year: 3 months x 600 = 1,800.00 instead of 3,900.00.
    name = "ph.migrant_workers.unexpired_portion_cap_applies"
    rules = [rulebook.rule(n) for n in rulebook.names() if n != name]
    real = rulebook.rule(name)
    capped = dataclasses.replace(real, entries=(RuleEntry(date(1995, 6, 7), real.entries[0].source, True),))
    book = RuleBook([*rules, capped])
    line = _lines(compute_claim(parse_claim(_ofw()), book), "Salaries for the unexpired portion")[0]
    assert line.amount.amount == Decimal("1800.00")
    assert "3 months for each of 1 years" in line.formula
    real_line = _lines(compute_claim(parse_claim(_ofw()), rulebook), "Salaries for the unexpired portion")[0]
    assert real_line.amount.amount == Decimal("3900.00")


def test_the_cap_rule_cites_the_entry_in_force_on_the_dismissal_date(rulebook):
    line = _lines(compute_claim(parse_claim(_ofw()), rulebook), "Salaries for the unexpired portion")[0]
    cited = [
        b for b in line.basis if getattr(b, "rule", "") == "ph.migrant_workers.unexpired_portion_cap_applies"
    ]
    assert len(cited) == 1 and cited[0].effective_from == date(2014, 8, 5)


def test_a_worker_employed_in_the_philippines_gets_no_unexpired_portion_under_ra_8042(rulebook):
    claim = _ofw()
    claim["employment"][0]["workplace"] = "ph"
    result = compute_claim(parse_claim(claim), rulebook)
    assert not _lines(result, "Salaries for the unexpired portion")
    assert any(w.code == "not_overseas" for w in result.warnings)


def test_a_thai_forum_has_no_unexpired_portion_rule_and_says_so(rulebook):
    claim = _ofw()
    claim["jurisdiction"] = "th"
    result = compute_claim(parse_claim(claim), rulebook)
    assert not _lines(result, "Salaries for the unexpired portion")
    assert any(w.code == "no_unexpired_rule" for w in result.warnings)


def test_a_daily_rate_leaves_the_unexpired_portion_missing_not_zero(rulebook):
    claim = _ofw()
    claim["employment"][0]["pay_basis"] = "daily"
    line = _lines(compute_claim(parse_claim(claim), rulebook), "Salaries for the unexpired portion")[0]
    assert line.amount is None and "monthly salary is needed" in line.formula


# --- the claim format -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("termination", "field", "problem"),
    [
        ({"without_just_cause": True}, "contract_end", "is required"),
        ({"contract_end": "2021-01-15"}, "contract_end", "needs without_just_cause"),
        (
            {"without_just_cause": True, "contract_end": "2020-06-30"},
            "contract_end",
            "must be after the employment's end",
        ),
        (
            {"without_just_cause": True, "contract_end": "2020-05-01"},
            "contract_end",
            "must be after the employment's end",
        ),
        (
            {"without_just_cause": True, "misconduct": True, "contract_end": "2021-01-15"},
            "without_just_cause",
            "cannot be given with misconduct",
        ),
        (
            {"without_just_cause": True, "by_employer": False, "contract_end": "2021-01-15"},
            "without_just_cause",
            "needs by_employer",
        ),
        ({"without_just_cause": "yes", "contract_end": "2021-01-15"}, "without_just_cause", "must be"),
        ({"without_just_cause": True, "contract_end": "15/01/2564"}, "contract_end", "must be"),
    ],
)
def test_a_dismissal_without_just_cause_is_refused_when_its_facts_do_not_hold(termination, field, problem):
    with pytest.raises(InputError) as error:
        parse_claim(_ofw(**termination))
    path = f"employment[0].termination.{field}"
    assert any(f == path and p.startswith(problem) for f, p in error.value.problems), error.value.problems


def test_a_destination_must_be_a_country_code():
    with pytest.raises(InputError) as error:
        parse_claim(_recruitment("th", "as_promised", destination="Thailand"))
    assert [f for f, _ in error.value.problems] == ["recruitment.destination"]


# --- deductions and day counts --------------------------------------------------------------------------------------


def test_unlawful_deductions_before_ra_10022_stay_in_the_wages_without_the_12(rulebook):
    # Dismissed on 30 Jun 2009: s.10 then spoke of the placement fee only (Serrano quotes the 1995 text).
    claim = _ofw(without_just_cause=True, contract_end="2009-12-31")
    period = claim["employment"][0]
    period.update(start="2009-06-01", end="2009-06-30", payments=[{"on": "2009-06-30", "amount": "550"}])
    period["records"] = [{"start": "2009-06-01", "end": "2009-06-30", "days_worked": 26}]
    period["deductions"] = [
        {"kind": "food", "amount": "50", "on": "2009-06-30", "lawful": False, "reason": "free"}
    ]
    claim["computed_on"] = "2010-06-30"
    result = compute_claim(parse_claim(claim), rulebook)
    assert _lines(result, "Unlawful deduction (food)") and not _lines(
        result, "Reimbursement of the deduction"
    )
    assert not _lines(result, "12% a year on the reimbursed deduction")
    assert any(w.code == "no_deduction_refund_interest" for w in result.warnings)


def test_unlawful_deductions_of_a_worker_not_dismissed_carry_no_12(rulebook):
    claim = _ofw()
    period = claim["employment"][0]
    del period["termination"]
    period["deductions"] = [
        {"kind": "food", "amount": "50", "on": "2020-06-30", "lawful": False, "reason": "free"}
    ]
    result = compute_claim(parse_claim(claim), rulebook)
    assert _lines(result, "Unlawful deduction (food)")
    assert not _lines(result, "12% a year")


def test_philippine_interest_cites_the_philippine_day_count_not_the_thai_one(rulebook):
    claim = _ofw()
    claim["demand_date"] = "2020-08-01"
    result = compute_claim(parse_claim(claim), rulebook)
    interest = [ln for ln in result.lines if ln.head == "interest"]
    assert interest
    for line in interest:
        words = _basis_words(line)
        assert "CONV-DAYCOUNT-PH: actual days / 365" in words and "CONV-DAYCOUNT-TH" not in words, words


def test_overtime_on_a_monthly_philippine_wage_raises_no_missing_rule_error(rulebook):
    # Before: "[error] no rule named 'ph.working_time.hourly_divisor_days'". PH law fixes no such divisor: the
    # working days of a month are the stated convention (22), as for any workplace without one.
    claim = _ofw()
    period = claim["employment"][0]
    period["workplace"] = "ph"
    del period["termination"]
    period["records"][0]["overtime_hours"] = "10"
    result = compute_claim(parse_claim(claim), rulebook)
    assert not [w for w in result.warnings if w.severity == "error"], result.warnings
    line = _lines(result, "Overtime on working days at the statutory rate")[0]
    assert line.amount.amount == Decimal("42.61")  # 10 h x 1.25 x 600 / (22 x 8) = 42.6136


# --- which recruitment law ------------------------------------------------------------------------------------------


def _cites(breakdown, words: str) -> bool:
    return any(words in _basis_words(ln) for ln in breakdown.lines)


def test_a_thai_agency_sending_a_worker_abroad_refunds_under_s46(rulebook):
    result = compute_claim(parse_claim(_recruitment("th", "not_as_promised", destination="se")), rulebook)
    assert _lines(result, "Full refund: the job was not as promised")[0].amount.amount == Decimal("4000.00")
    assert _cites(result, "s.46 paras 1-3") and not _cites(result, "s.28")


def test_a_thai_agency_placing_in_thailand_cites_s28_and_never_s46(rulebook):
    result = compute_claim(parse_claim(_recruitment("th", "not_as_promised", destination="th")), rulebook)
    assert _lines(result, "Full refund: the job in Thailand")[0].amount.amount == Decimal("4000.00")
    assert _cites(result, "s.28 para 1") and not _cites(result, "s.46 para")


@pytest.mark.parametrize("outcome", ["dismissed_early", "lower_wage_kept"])
def test_a_placement_in_thailand_invents_no_s46_proportional_refund(outcome, rulebook):
    result = compute_claim(parse_claim(_recruitment("th", outcome, destination="th")), rulebook)
    other = _lines(result, "Refund for a placement in Thailand")
    assert len(other) == 1 and other[0].amount is None
    assert not _lines(result, "Refund for early dismissal") and not _lines(
        result, "Refund of the service charge"
    )
    assert not _cites(result, "s.46 para")


def test_a_cambodian_broker_gets_no_thai_refund_and_no_amount(rulebook):
    result = compute_claim(parse_claim(_recruitment("kh", "not_as_promised", destination="th")), rulebook)
    counted = [ln for ln in result.lines if ln.counted and ln.head == "fees"]
    assert [ln.label for ln in counted] == ["Refund of recruitment fees under the law of 'kh'"]
    assert counted[0].amount is None and "no rule table covers it" in counted[0].formula
    assert not _cites(result, "s.46 para") and not _cites(result, "ESPA")
    assert any(w.code == "no_fee_rules" for w in result.warnings)
    assert "THB" in result.incomplete()


def test_a_philippine_agency_not_dismissing_gets_no_thai_refund_and_no_12(rulebook):
    claim = _recruitment("ph", "not_as_promised", monthly_wage="2500")
    claim["jurisdiction"] = "ph"
    result = compute_claim(parse_claim(claim), rulebook)
    assert not [ln for ln in result.lines if ln.head == "interest"]
    assert not _cites(result, "s.46 para")
    # The POEA cap (1 month, 2,500) is still applied: 3,000 - 2,500 = 500.00 above it.
    assert _lines(result, "Service charge above the legal maximum")[0].amount.amount == Decimal("500.00")
    other = _lines(result, "Refund of the placement fee: not as promised")
    assert len(other) == 1 and other[0].amount is None


def test_a_bench_style_thai_claim_without_a_destination_is_read_as_work_abroad(rulebook):
    result = compute_claim(parse_claim(_recruitment("th", "not_as_promised")), rulebook)
    assert _cites(result, "s.46 paras 1-3")
