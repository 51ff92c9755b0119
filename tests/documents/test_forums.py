"""A court filing claims only what its court hears: a labour document never a criminal-compensation line, a s.44/1
petition or s.35 claim never a wage, severance or damages line, neither the Fund's items; the complaint's cause of
action (ข้อหา) is built from the heads actually claimed. Checked on the claim table and over every template."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import docx
import pytest
from docx.oxml.ns import qn

from claims.calc import compute_claim, parse_claim, to_dict
from claims.calc.breakdown import Forum, head_forum
from claims.calc.text import Text, head_name, render_text
from claims.documents.context import cause_of_action, claim_from_result
from claims.documents.manifest import load_manifest
from claims.documents.render import render_docx
from claims.money import Money
from claims.rules.loader import load_rulebook
from tests.factories import wage_claim

SPECS = load_manifest()
W_P, W_T = qn("w:p"), qn("w:t")


def mixed_claim() -> dict:
    """Wages (with interest and the surcharge), labour damages, criminal compensation and a Fund item: a claimant in
    both a labour and a criminal case, whose one calculation holds every kind of head."""
    doc = wage_claim()
    doc["damages"] = [{"kind": "recruitment_costs_lost", "amount": "50000", "basis": "job not as promised"}]
    doc["compensation"] = {
        "case": "criminal case",
        "heads": [{"kind": "general_damages", "amount": "100000", "basis": "shelter meeting"}],
    }
    doc["fund_items"] = [{"item": "medical", "label": "medical treatment", "amount": "25298"}]
    return doc


@pytest.fixture(scope="module")
def mixed():
    return to_dict(compute_claim(parse_claim(mixed_claim()), load_rulebook()))


def test_a_labour_filing_keeps_the_labour_heads_and_adds_up_without_the_others(mixed):
    claim = claim_from_result(mixed, "th", forum="labour")
    assert [row["head"] for row in claim["rows"]] == ["wages", "interest", "surcharge", "damages"]
    assert {line["head"] for line in claim["lines"]} <= {"wages", "interest", "surcharge", "damages"}
    # 19,347.95 of wages, interest and surcharge + 50,000 of damages; never the 100,000 or the Fund's 25,298
    assert claim["total"] == Money(Decimal("69347.95"), "THB")
    assert claim["cause_of_action"] == "เรียกค่าจ้างค้างจ่าย ค่าเสียหาย ดอกเบี้ย และเงินเพิ่ม"
    english = claim_from_result(mixed, "en", forum="labour")["cause_of_action"]
    assert english == "claim for unpaid wages, damages, interest and surcharge for wilful withholding"


def test_a_criminal_filing_keeps_only_criminal_compensation(mixed):
    claim = claim_from_result(mixed, "th", forum="criminal")
    assert [row["head"] for row in claim["rows"]] == ["compensation"]
    assert claim["total"] == Money(Decimal("100000.00"), "THB")
    assert {head_forum(line["head"]) for line in claim["lines"]} <= {Forum.CRIMINAL, Forum.NONE}


def test_a_document_of_no_forum_shows_every_head(mixed):
    claim = claim_from_result(mixed, "en")
    assert {row["head"] for row in claim["rows"]} == {
        "wages",
        "interest",
        "surcharge",
        "damages",
        "compensation",
        "tip_fund",
    }


def test_the_cause_of_action_names_interest_and_the_surcharge_only_when_claimed():
    assert cause_of_action(["severance", "wages", "notice"], "th") == (
        "เรียกค่าจ้างค้างจ่าย ค่าชดเชย และสินจ้างแทนการบอกกล่าวล่วงหน้า"
    )
    assert cause_of_action(["damages"], "th") == "เรียกค่าเสียหาย"
    assert cause_of_action(["wages", "interest"], "en") == "claim for unpaid wages and interest"
    assert cause_of_action([], "th") == ""


def test_the_forums_of_the_court_filings_are_in_the_manifest():
    forums = {name: spec.forum for name, spec in SPECS.items()}
    for language in ("th", "en"):
        assert forums[f"labour_complaint.{language}"] == "labour"
        assert forums[f"criminal_petition.{language}"] == "criminal"
        assert forums[f"prosecutor_claim.{language}"] == "criminal"
        assert forums[f"calculation_annex.{language}"] is None


def _text(document: bytes) -> str:
    body = docx.Document(io.BytesIO(document)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(W_T)) for p in body.iter(W_P))


@pytest.mark.parametrize("name", sorted(name for name, spec in SPECS.items() if not spec.needs_offer))
def test_no_template_prints_a_head_of_the_other_court(app, db, make, name):
    """Every template, made by the app from a claimant whose calculation holds labour and criminal heads: a labour
    document never names criminal compensation, a criminal one never the wages or the damages, and the labour
    complaint's cause of action names the labour heads claimed."""
    from claims.services.documents.case_data import load_case_data
    from claims.services.documents.context import build_context

    spec = SPECS[name]
    lawyer = make.user(role="lawyer", name="Lawyer Somchai")
    case = make.case(reference="MIX-1", lawyer_id=lawyer.id, black_number="คม.1/2567")
    person = make.claimant(pseudonym="MX-1", legal_name="Mixed Person")
    make.party(case, person)
    make.defendant(case, make.respondent(name="Agency Co., Ltd."))
    make.calculation(case, person, mixed_claim())
    make.hearing(case, starts_at=datetime(2024, 3, 8, 2, 0), room="5")
    db.session.commit()
    with app.test_request_context():
        data = load_case_data(case, today=date(2024, 3, 1))
        context = build_context(
            data, spec, scope="claimant", claimant_id=person.id, on=date(2024, 3, 1), version=0
        )
    claim = context["claimant"]["claim"]
    heads = {row["head"] for row in claim["rows"]} | {line["head"] for line in claim["lines"]}
    forums = {head_forum(head) for head in heads}
    if spec.forum == "labour":
        assert Forum.CRIMINAL not in forums and Forum.FUND not in forums
    elif spec.forum == "criminal":
        assert Forum.LABOUR not in forums and Forum.FUND not in forums
    document = render_docx(
        spec.path().read_bytes(), context, language=spec.language, digits=spec.digits, on=date(2024, 3, 1)
    )
    text = _text(document)
    language = "th" if spec.language == "th" else "en"
    compensation, wages = head_name("compensation", language), head_name("wages", language)
    if spec.forum == "labour":
        assert compensation not in text
        assert context["totals"]["cause_of_action"] in text
        assert head_name("damages", language).lower() in context["totals"]["cause_of_action"]
    elif spec.forum == "criminal":
        # neither the wage head nor the damages line (its label and the lawyer's basis words)
        damages = render_text(Text("damage_kind.recruitment_costs_lost"), language)
        assert wages not in text and damages not in text and "job not as promised" not in text
