"""The calculations service: documents in the claim format, checked by the engine's parser, computed and stored
with an audited snapshot; group templates; and what a change of the rule tables does to a stored result."""

from __future__ import annotations

import copy
import dataclasses
import json
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from claims.calc import parse_claim
from claims.models import AuditEntry, Calculation
from claims.rules import RuleBook
from claims.rules.loader import load_rulebook
from claims.services import calculations as service
from claims.services.errors import Forbidden, StaleEdit, ValidationFailed

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"

# docs/claim-format.md's minimal example, hand-worked in tests/calc/cases/th/wilful-surcharge.toml:
# 12,000.00 basic pay + 147.95 interest (12,000 x 15% x 30 / 365) + 7,200.00 surcharge (4 x 15% x 12,000)
# = 19,347.95 THB.
MINIMAL = {
    "jurisdiction": "th",
    "computed_on": "2024-03-01",
    "currency": "THB",
    "employment": [
        {
            "employer": "Factory",
            "start": "2024-01-01",
            "end": "2024-01-31",
            "pay_basis": "monthly",
            "rate": "12000",
            "currency": "THB",
            "workplace": "th",
            "province": "bangkok",
            "wilful_withholding": True,
            "records": [{"start": "2024-01-01", "end": "2024-01-31", "days_worked": 26}],
        }
    ],
}
SETTINGS = {"jurisdiction": "th", "computed_on": "2024-03-01", "currency": "THB"}


def example(name: str) -> dict:
    doc = json.loads((EXAMPLES / f"{name}.json").read_text())
    doc.pop("claimant", None)  # the identity of the claimant is never stored in the document
    return doc


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count(model.id)))


@pytest.fixture
def group(db, make):
    """A lawyer, a case and three claimants in it."""
    user = make.user(role="lawyer")
    case = make.case()
    claimants = [make.claimant() for _ in range(3)]
    for position, claimant in enumerate(claimants, start=1):
        make.party(case, claimant, position=position)
    db.session.commit()
    return user, case, claimants


def started(user, case, claimant, doc=None) -> Calculation:
    calculation = service.start_calculation(user, case, claimant, SETTINGS)
    if doc is not None:
        service.save_document(user, calculation, copy.deepcopy(doc), calculation.version)
    return calculation


def test_the_berry_pickers_example_is_stored_and_computed_to_191374(db, group):
    user, case, (claimant, *_) = group
    calculation = started(user, case, claimant, example("berry-pickers"))
    assert calculation.data == example("berry-pickers")
    assert calculation.result["totals"] == {"THB": "191374.00"}
    assert calculation.rules_fingerprint == service.rules_fingerprint()
    assert calculation.computed_at is not None


def test_the_romania_example_stored_item_by_item_computes_to_928_64_usd(db, group):
    # 400 + 181.82 (40 h x 2 x 400 / (22 x 8)) for each of two months, less 235 received: 928.64 USD.
    user, case, (claimant, *_) = group
    doc = example("romania-garment")
    calculation = service.start_calculation(
        user, case, claimant, {**SETTINGS, **{k: doc[k] for k in ("jurisdiction", "computed_on", "currency")}}
    )
    period = {k: v for k, v in doc["employment"][0].items() if k not in ("records", "deductions", "payments")}
    service.set_item(user, calculation, "employment", period, calculation.version)
    for section in ("records", "deductions", "payments"):
        for item in doc["employment"][0][section]:
            service.set_item(user, calculation, section, item, calculation.version, period=0)
    service.set_item(user, calculation, "loans", doc["loans"][0], calculation.version)
    assert parse_claim(calculation.data) == parse_claim(doc)
    assert calculation.result["totals"] == {"USD": "928.64"}


@pytest.mark.parametrize(
    ("section", "item", "field", "message"),
    [
        ("payments", {"on": "2024-01-31", "amount": "-5"}, "amount", "An amount cannot be negative."),
        ("payments", {"on": "2024-02-30", "amount": "5"}, "on", "Enter a date as YYYY-MM-DD."),
        (
            "payments",
            {"on": "2024-01-31", "amount": "5", "currency": "ZZZ"},
            "currency",
            "Unknown currency code: use an ISO 4217 code such as THB.",
        ),
        (
            "records",
            {"start": "2024-01-20", "end": "2024-01-10"},
            "end",
            "This cannot come before the start.",
        ),
    ],
)
def test_bad_input_is_refused_next_to_its_field_and_nothing_is_written(
    db, group, section, item, field, message
):
    user, case, (claimant, *_) = group
    calculation = started(user, case, claimant, MINIMAL)
    before = (count(db, AuditEntry), copy.deepcopy(calculation.data), calculation.version)
    with pytest.raises(ValidationFailed) as failure:
        service.set_item(user, calculation, section, item, calculation.version, period=0)
    assert failure.value.errors[field] == message
    db.session.rollback()
    db.session.refresh(calculation)
    assert (count(db, AuditEntry), calculation.data, calculation.version) == before


def test_a_stale_edit_is_refused(db, group):
    user, case, (claimant, *_) = group
    calculation = started(user, case, claimant, MINIMAL)
    old = calculation.version - 1
    with pytest.raises(StaleEdit):
        service.set_item(user, calculation, "payments", {"on": "2024-02-01", "amount": "10"}, old, period=0)


def test_advisors_cannot_write(db, make, group):
    _, case, (claimant, *_) = group
    advisor = make.user(role="advisor")
    with pytest.raises(Forbidden):
        service.start_calculation(advisor, case, claimant, SETTINGS)


def test_a_month_with_other_figures_is_cut_out_of_the_repeated_months(db, group):
    user, case, (claimant, *_) = group
    doc = copy.deepcopy(MINIMAL)
    doc["employment"][0].update(end="2024-04-30", wilful_withholding=False)
    doc["employment"][0]["records"] = [
        {"start": "2024-01-01", "end": "2024-04-30", "repeat": "monthly", "days_worked": "26"}
    ]
    doc["computed_on"] = "2024-05-01"
    calculation = started(user, case, claimant, doc)
    february = {"start": "2024-02-01", "end": "2024-02-29", "days_worked": "20", "overtime_hours": "10"}
    service.set_item(user, calculation, "records", february, calculation.version, period=0)
    assert calculation.data["employment"][0]["records"] == [
        {"start": "2024-01-01", "end": "2024-01-31", "repeat": "monthly", "days_worked": "26"},
        february,
        {"start": "2024-03-01", "end": "2024-04-30", "repeat": "monthly", "days_worked": "26"},
    ]
    with pytest.raises(ValidationFailed) as failure:
        service.set_item(
            user,
            calculation,
            "records",
            {"start": "2024-03-05", "end": "2024-03-20"},
            calculation.version,
            period=0,
        )
    assert "start" in failure.value.errors


def test_apply_template_copies_the_shared_terms_and_keeps_each_claimants_own_records(db, group):
    user, case, claimants = group
    own = started(user, case, claimants[0], MINIMAL)
    service.set_item(user, own, "payments", {"on": "2024-02-15", "amount": "5000"}, own.version, period=0)
    terms = {
        "employer": "Factory",
        "start": "2024-01-01",
        "end": "2024-01-31",
        "pay_basis": "monthly",
        "rate": "15000",
        "currency": "THB",
        "workplace": "th",
        "province": "bangkok",
    }
    service.save_template(user, case, {**SETTINGS, "employment": terms}, None)
    audits = count(db, AuditEntry)
    assert service.apply_template(user, case) == 3
    rows = service.case_totals(user, case).rows
    assert [row.calculation is not None for row in rows] == [True, True, True]
    first = rows[0].calculation.data["employment"]
    assert len(first) == 1
    assert first[0]["rate"] == "15000"
    assert "wilful_withholding" not in first[0]  # a shared term the template does not give is dropped
    assert first[0]["payments"] == [{"on": "2024-02-15", "amount": "5000"}]
    assert first[0]["records"] == MINIMAL["employment"][0]["records"]
    for row in rows[1:]:
        assert row.calculation.data["employment"] == [terms]
    # one audit entry per calculation written: 1 update and 2 creations
    assert count(db, AuditEntry) == audits + 3


def test_apply_template_writes_nothing_when_one_claimant_would_be_refused(db, group):
    user, case, claimants = group
    bad = started(user, case, claimants[1], MINIMAL)
    terms = {
        "employer": "Factory",
        "start": "2024-01-01",
        "end": "2024-01-15",
        "pay_basis": "monthly",
        "rate": "15000",
        "currency": "THB",
        "workplace": "th",
    }
    service.save_template(user, case, {**SETTINGS, "employment": terms}, None)
    # the template's terms keep bad's own dates; make the shared jurisdiction invalid for the merged claims instead
    template = service.get_template(user, case)
    template.data = {**template.data, "currency": "ZZZ"}
    db.session.commit()
    before = (count(db, Calculation), count(db, AuditEntry), copy.deepcopy(bad.data))
    with pytest.raises(ValidationFailed):
        service.apply_template(user, case)
    db.session.rollback()
    db.session.refresh(bad)
    assert (count(db, Calculation), count(db, AuditEntry), bad.data) == before


def _interest_at(book: RuleBook, rate: str) -> RuleBook:
    name = "th.interest.wages"
    rule = book.rule(name)
    changed = dataclasses.replace(
        rule, entries=tuple(dataclasses.replace(e, value=Decimal(rate)) for e in rule.entries)
    )
    return RuleBook([changed if n == name else book.rule(n) for n in book.names()])


def test_what_changed_reports_the_interest_line_a_new_rate_changes(db, group, monkeypatch):
    user, case, (claimant, *_) = group
    calculation = started(user, case, claimant, MINIMAL)
    assert calculation.result["totals"] == {"THB": "19347.95"}
    assert not service.what_changed(calculation)
    changed = service.CurrentRules(_interest_at(load_rulebook(), "0.20"), "another fingerprint")
    monkeypatch.setattr(service, "current_rules", lambda: changed)
    changes = service.what_changed(calculation)
    assert changes.rules_changed
    # 12,000 x 20% x 30 / 365 = 197.26 instead of 147.95
    assert [(c.kind, c.head, c.before["amount"], c.after["amount"]) for c in changes.lines] == [
        ("amount", "interest", "147.95", "197.26")
    ]
    assert changes.totals_after == {"THB": "19397.26"}
    assert service.changed_since_computed(calculation) is not None
    service.compute(user, calculation)
    assert calculation.result["totals"] == {"THB": "19397.26"}
    assert calculation.rules_fingerprint == "another fingerprint"
    assert service.changed_since_computed(calculation) is None


def test_compare_reports_added_removed_and_basis_changes():
    line = {
        "head": "wages",
        "label": "Basic pay",
        "period": None,
        "scenario": None,
        "currency": "THB",
        "amount": "1.00",
        "basis": [{"text": "LPA s.70", "verified": True}],
    }
    other = {**line, "label": "Overtime"}
    rebased = {**line, "basis": [{"text": "LPA s.70", "verified": False}]}
    kinds = [
        c.kind
        for c in service.compare({"lines": [line, other]}, {"lines": [rebased, {**other, "label": "New"}]})
    ]
    assert kinds == ["basis", "added", "removed"]


def test_the_fingerprint_changes_with_a_rule_file(tmp_path):
    (tmp_path / "th").mkdir()
    (tmp_path / "th" / "a.toml").write_text("x = 1\n")
    first = service.rules_fingerprint(tmp_path)
    (tmp_path / "th" / "a.toml").write_text("x = 2\n")
    assert service.rules_fingerprint(tmp_path) != first


@pytest.mark.parametrize(
    ("termination", "message"),
    [
        (
            {"without_just_cause": True, "contract_end": "2024-01-15"},
            "The contract's end must come after the dismissal (the last day of the employment).",
        ),
        ({"contract_end": "2024-12-31"}, "A contract end is used only for a dismissal without just cause."),
        (
            {"without_just_cause": True, "misconduct": True, "contract_end": "2024-12-31"},
            "A dismissal for misconduct has a just cause: choose one.",
        ),
    ],
)
def test_a_dismissal_without_just_cause_that_cannot_hold_is_refused_and_nothing_is_written(
    db, group, termination, message
):
    user, case, (claimant, *_) = group
    calculation = started(user, case, claimant, MINIMAL)
    before = (count(db, AuditEntry), copy.deepcopy(calculation.data), calculation.version)
    period = {**copy.deepcopy(MINIMAL["employment"][0]), "termination": termination}
    with pytest.raises(ValidationFailed) as failure:
        service.set_item(user, calculation, "employment", period, calculation.version, index=0)
    assert message in failure.value.errors.values(), failure.value.errors
    db.session.rollback()
    db.session.refresh(calculation)
    assert (count(db, AuditEntry), calculation.data, calculation.version) == before
