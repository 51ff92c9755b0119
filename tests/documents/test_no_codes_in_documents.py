"""No document prints a code: every template of the manifest, in its language, made from the sample context and from
the demo's data, is read back (python-docx: paragraphs and table cells) and searched for snake_case identifiers
(``withdraw_labour_case``) and rule keys (``th.interest.wages``, ``ph.…``). A closed value prints as its label in
the document's language, or the claimant who reads the sheet alone is handed a code (issue 17)."""

from __future__ import annotations

import io
import re
from datetime import date

import docx
import pytest
import sqlalchemy as sa
from docx.oxml.ns import qn

from claims.documents.manifest import load_manifest
from claims.documents.render import render_docx
from claims.documents.samples import load_sample_context

SPECS = load_manifest()
SNAKE_CASE = re.compile(r"\b[a-z]+_[a-z_]*[a-z]\b")
RULE_KEY = re.compile(r"\bth\.[a-z_.]+|\bph\.[a-z_.]*")
W_P, W_T = qn("w:p"), qn("w:t")
DEMO_DAY = date(2025, 3, 12)


def text_of(document: bytes) -> str:
    """Every paragraph of the body, table cells included (python-docx's document element)."""
    body = docx.Document(io.BytesIO(document)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(W_T)) for p in body.iter(W_P))


def codes_in(text: str) -> list[str]:
    return sorted(set(SNAKE_CASE.findall(text)) | set(RULE_KEY.findall(text)))


def test_the_scan_finds_a_code_and_a_rule_key():
    assert codes_in("Conditions: withdraw_labour_case; rate th.interest.wages and ph.legal") == [
        "ph.legal",
        "th.interest.wages",
        "withdraw_labour_case",
    ]
    assert codes_in("Case LC-2560-014, office@example.org, 15th. May, คม.1/2559") == []


@pytest.mark.parametrize("name", sorted(SPECS))
def test_no_code_in_a_document_made_from_the_sample(name):
    spec = SPECS[name]
    document = render_docx(
        spec.path().read_bytes(),
        load_sample_context(),
        language=spec.language,
        digits=spec.digits,
        on=date(2024, 3, 1),
    )
    assert codes_in(text_of(document)) == [], f"{name} ({spec.language})"


def test_no_code_in_any_document_made_from_the_demo(app, db):
    """Every template each demo case offers, for its first claimants and jointly where the case is small, and every
    offer's sheet in every sheet language: the tokens found are listed by document and language."""
    from claims.demo import load_demo
    from claims.models import Case, CaseClaimant, Offer, User
    from claims.models.enums import Role
    from claims.services import documents, settlement_comparisons, settlement_sheets
    from claims.services.documents import MissingData

    load_demo(DEMO_DAY)
    lawyer = db.session.scalar(sa.select(User).where(User.role == Role.LAWYER).order_by(User.id))
    found: dict[str, list[str]] = {}
    made = sheets = 0
    with app.test_request_context():
        for case in db.session.scalars(sa.select(Case).order_by(Case.reference)):
            links = db.session.scalars(
                sa.select(CaseClaimant)
                .where(CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None))
                .order_by(CaseClaimant.position)
            ).all()
            for spec in documents.case_templates(case):
                runs = (
                    [("claimant", [link.claimant_id]) for link in links[:2]]
                    if "claimant" in spec.scopes
                    else []
                )
                if "joint" in spec.scopes and 0 < len(links) <= 15:
                    runs.append(("joint", None))
                for scope, ids in runs:
                    try:
                        planned = documents.plan(lawyer, case, [(spec.name, scope)], ids, DEMO_DAY)
                    except MissingData:
                        continue  # the demo lacks what this document needs (e.g. no hearing): nothing is made
                    for item in planned:
                        content = documents._render(item, DEMO_DAY)
                        made += 1
                        codes = codes_in(text_of(content))
                        if codes:
                            found[f"{case.reference} {spec.name} {scope} ({spec.language})"] = codes
        for offer in db.session.scalars(sa.select(Offer).order_by(Offer.id)):
            comparison = settlement_comparisons.compare_offer(offer)
            for row in comparison.rows:
                if row.comparison is None:
                    continue
                for language in settlement_sheets.sheet_languages():
                    sheet = settlement_sheets.make_sheet(lawyer, offer, row.claimant, language, DEMO_DAY)
                    sheets += 1
                    codes = codes_in(text_of(sheet.content))
                    if codes:
                        found[f"{offer.case.reference} offer {offer.id} sheet ({language})"] = codes
                break  # one claimant's sheets per offer: the others differ only in their figures
    assert made > 20 and sheets >= len(settlement_sheets.sheet_languages())
    assert found == {}
