"""The kind of work (issue 17): the ministerial regulations for domestic work, sea fishing and agriculture decide
which heads apply, from when; traditional holidays not worked are paid to a daily-paid worker (LPA s.56)."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

import pytest

from claims.calc import InputError, compute_claim, parse_claim, to_dict
from claims.calc.kinds import HEADS
from claims.calc.text import render_text


def _doc(
    kind=None, *, start="2023-01-01", end="2023-12-31", pay_basis="daily", rate="300", record=None, **more
):
    period = {
        "employer": "Household",
        "start": start,
        "end": end,
        "pay_basis": pay_basis,
        "rate": rate,
        "currency": "THB",
        "workplace": "th",
        "province": "bangkok",
        "normal_hours_per_day": "8",
        "records": [{"start": start, "end": end, "repeat": "monthly", "days_worked": 26, **(record or {})}],
        **more,
    }
    if kind is not None:
        period["kind_of_work"] = kind
    return {"jurisdiction": "th", "computed_on": "2025-01-31", "currency": "THB", "employment": [period]}


def _run(doc, rulebook):
    return compute_claim(parse_claim(doc), rulebook)


def _labels(breakdown, start: str) -> list[str]:
    day = date.fromisoformat(start)
    return [ln.label for ln in breakdown.lines if ln.head == "wages" and ln.period and ln.period[0] == day]


def _warnings(breakdown, code):
    return [w for w in breakdown.warnings if w.code == code]


def test_every_kind_has_a_dated_rule_for_every_head_from_the_act(rulebook):
    for kind in ("domestic", "sea_fishing", "agriculture"):
        for head in HEADS:
            value = rulebook.rule(f"th.kind_of_work.{kind}_{head}").at(date(1998, 8, 19))
            assert isinstance(value.value, bool)
            assert value.citation.source.instrument


def test_general_work_computes_exactly_as_a_period_without_a_kind(rulebook):
    plain = to_dict(_run(_doc(record={"overtime_hours": "10"}), rulebook))
    general = to_dict(_run(_doc("general", record={"overtime_hours": "10"}), rulebook))
    assert general == plain


def test_an_unknown_kind_of_work_is_refused():
    with pytest.raises(InputError) as caught:
        parse_claim(_doc("mining"))
    assert caught.value.problems[0][0] == "employment[0].kind_of_work"


def test_no_minimum_wage_top_up_for_a_domestic_worker_before_2024(rulebook):
    general = _run(_doc(), rulebook)
    domestic = _run(_doc("domestic"), rulebook)
    assert "Basic pay at the statutory minimum wage" in _labels(general, "2023-06-01")
    assert _labels(domestic, "2023-06-01") == ["Basic pay under the contract"]
    (warning,) = _warnings(domestic, "kind_of_work")
    assert "Ministerial Regulation No. 14 (B.E. 2555)" in warning.message
    assert "the minimum wage does not apply to domestic work" in warning.message
    thai = render_text(warning.message_text, "th", "")
    assert "กฎกระทรวง ฉบับที่ 14 (พ.ศ. 2555)" in thai and "ค่าจ้างขั้นต่ำไม่ใช้บังคับกับงานบ้าน" in thai


def test_the_minimum_wage_reaches_a_domestic_worker_from_ministerial_regulation_no_15(rulebook):
    domestic = _run(_doc("domestic", start="2024-01-01", end="2024-06-30"), rulebook)
    assert "Basic pay at the statutory minimum wage" not in _labels(domestic, "2024-04-01")
    assert "Basic pay at the statutory minimum wage" in _labels(domestic, "2024-05-01")
    (unverified,) = [w for w in _warnings(domestic, "kind_of_work_unverified") if "No. 15" in w.message]
    assert "UNVERIFIED" in unverified.message


def test_domestic_overtime_without_a_contract_rate_is_not_computed_holiday_work_is(rulebook):
    record = {"overtime_hours": "10", "holiday_hours": "8"}
    domestic = _run(_doc("domestic", record=record), rulebook)
    labels = _labels(domestic, "2023-06-01")
    assert not any(label.startswith("Overtime") for label in labels)
    # s.62 applies since No. 14
    assert "Work on a holiday within normal hours at the statutory rate" in labels
    assert not any(w.code == "missing" for w in domestic.warnings)  # skipped, not "cannot be computed"
    with_contract = _run(_doc("domestic", record=record, overtime_multiplier="1.5"), rulebook)
    overtime = [label for label in _labels(with_contract, "2023-06-01") if label.startswith("Overtime")]
    assert overtime == ["Overtime on working days under the contract"]


def test_no_severance_for_a_domestic_worker(rulebook):
    termination = {"termination": {"by_employer": True}}
    general = _run(_doc(start="2021-01-01", end="2023-12-31", **termination), rulebook)
    domestic = _run(_doc("domestic", start="2021-01-01", end="2023-12-31", **termination), rulebook)
    assert any(ln.head == "severance" for ln in general.lines)
    assert not any(ln.head == "severance" for ln in domestic.lines)
    assert any("severance pay does not apply" in w.message for w in _warnings(domestic, "kind_of_work"))


def test_sea_fishing_overtime_comes_under_the_act_from_2018(rulebook):
    record = {"overtime_hours": "10"}
    before = _run(_doc("sea_fishing", start="2017-01-01", end="2017-12-31", record=record), rulebook)
    after = _run(_doc("sea_fishing", start="2019-01-01", end="2019-12-31", record=record), rulebook)
    assert not any(label.startswith("Overtime") for label in _labels(before, "2017-06-01"))
    assert "Overtime on working days at the statutory rate" in _labels(after, "2019-06-01")
    assert "Basic pay at the statutory minimum wage" in _labels(after, "2019-06-01")


def test_agricultural_work_keeps_every_head_and_says_the_rules_are_unverified(rulebook):
    record = {"overtime_hours": "10"}
    general = _run(_doc(record=record), rulebook)
    agriculture = _run(_doc("agriculture", record=record), rulebook)
    assert [(ln.label, ln.amount) for ln in agriculture.lines] == [
        (ln.label, ln.amount) for ln in general.lines
    ]
    assert _warnings(agriculture, "kind_of_work_unverified")


# ---------------------------------------------------------------- traditional holidays (LPA s.29, s.56)


def test_traditional_holidays_not_worked_are_paid_at_the_days_wage(rulebook):
    doc = _doc(
        start="2024-04-01", end="2024-04-30", rate="400", record={"traditional_holidays_not_worked": 3}
    )
    lines = [ln for ln in _run(doc, rulebook).lines if "traditional" in ln.label]
    contract = next(ln for ln in lines if ln.label.endswith("under the contract"))
    assert contract.amount.amount == Decimal("1200.00") and contract.counted
    assert any("s.56(2)" in b.text() for b in contract.basis)
    statutory = next(ln for ln in lines if "minimum wage" in ln.label)
    assert statutory.amount.amount == Decimal("1089.00") and not statutory.counted  # 3 x 363, lower


def test_an_hourly_workers_traditional_holiday_is_a_days_hours(rulebook):
    doc = _doc(
        start="2024-04-01",
        end="2024-04-30",
        pay_basis="hourly",
        rate="60",
        record={"normal_hours": "176", "traditional_holidays_not_worked": 3},
    )
    doc["employment"][0]["records"][0].pop("days_worked")
    line = next(
        ln for ln in _run(doc, rulebook).lines if ln.label.startswith("Wages for traditional holidays")
    )
    assert line.amount.amount == Decimal("1440.00")  # 3 days x 8 h x 60


@pytest.mark.parametrize(("pay_basis", "code"), [("monthly", "monthly"), ("piece", "piece")])
def test_traditional_holidays_of_monthly_and_piece_workers_add_no_line_and_say_why(rulebook, pay_basis, code):
    doc = _doc(start="2024-04-01", end="2024-04-30", pay_basis=pay_basis, rate="12000")
    doc["employment"][0]["records"][0].update(traditional_holidays_not_worked=2, pieces="100")
    breakdown = _run(doc, rulebook)
    assert not any("traditional" in ln.label for ln in breakdown.lines)
    assert _warnings(breakdown, f"traditional_holidays_{code}")


def test_a_domestic_worker_had_no_paid_traditional_holidays_before_ministerial_regulation_no_14(rulebook):
    record = {"traditional_holidays_not_worked": 1}
    before = _run(_doc("domestic", start="2011-01-01", end="2011-12-31", record=record), rulebook)
    after = _run(_doc("domestic", start="2013-01-01", end="2013-12-31", record=record), rulebook)
    assert not any("traditional" in ln.label for ln in before.lines)
    assert any("traditional" in ln.label for ln in after.lines)


def test_the_claim_format_keeps_the_new_fields_through_a_copy():
    doc = _doc("domestic", record={"traditional_holidays_not_worked": "2"})
    again = parse_claim(copy.deepcopy(doc))
    assert again.employment[0].kind_of_work == "domestic"
    assert again.employment[0].records[0].traditional_holidays_not_worked == Decimal(2)


def test_a_farm_worker_employed_all_year_round_is_under_the_act_in_full(rulebook):
    """The agricultural regulation covers workers not employed all year round; the others are under the LPA in
    full: every head computed, no regulation named, no unverified rule warned of."""
    record = {"overtime_hours": "10", "holiday_hours": "8"}
    termination = {"termination": {"by_employer": True}}
    general = to_dict(
        _run(_doc(start="2021-01-01", end="2023-12-31", record=record, **termination), rulebook)
    )
    all_year = _run(
        _doc("agriculture_all_year", start="2021-01-01", end="2023-12-31", record=record, **termination),
        rulebook,
    )
    assert to_dict(all_year) == general
    assert not [w for w in all_year.warnings if w.code.startswith("kind_of_work")]


def test_seasonal_agriculture_names_the_regulation_s_scope_and_rests_on_unverified_rules(rulebook):
    seasonal = _run(_doc("agriculture"), rulebook)
    warnings = _warnings(seasonal, "kind_of_work_unverified")
    assert warnings and all("agricultural work not employed all year round" in w.message for w in warnings)
    thai = render_text(warnings[0].message_text, "th", "")
    assert "งานเกษตรกรรมที่ไม่ได้จ้างลูกจ้างตลอดปี" in thai
