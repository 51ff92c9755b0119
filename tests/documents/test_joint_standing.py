"""The joint complaint speaks for the plaintiffs still in the case: one who settled or withdrew is left out of its
context (numbered, counted and totalled without them) and of the document made from it."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document

from claims.models.enums import CaseStage, OutcomeKind
from claims.services import documents
from claims.services.errors import ValidationFailed
from tests.factories import wage_claim

ON = date(2024, 3, 1)


def _text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.fixture
def group(db, make):
    lawyer = make.user(role="lawyer", name="Lawyer Somsak", licence_number="1234/2550")
    court = make.court(name_th="ศาลแรงงานกลาง", name_en="Central Labour Court")
    case = make.case(reference="LC-JNT", court_id=court.id, lawyer_id=lawyer.id)
    make.defendant(case, make.respondent(name="Agency Co., Ltd."))
    people = []
    for n in range(1, 5):
        person = make.claimant(pseudonym=f"JP-{n:02d}", legal_name=f"Worker Number{n}")
        make.party(case, person, position=n)
        make.calculation(case, person, wage_claim(rate="12000"))
        people.append(person)
    db.session.commit()
    return lawyer, case, people


def _joint(user, case, name="labour_complaint.en"):
    [planned] = documents.plan(user, case, [(name, "joint")], None, ON)
    return planned.context


def test_the_joint_complaint_names_only_the_plaintiffs_still_in_the_case(db, make, group):
    lawyer, case, (a, b, c, d) = group
    make.outcome(case, b, kind=OutcomeKind.SETTLEMENT, amount="5000.00", decided_on=date(2024, 2, 1))
    make.outcome(case, c, kind=OutcomeKind.WITHDRAWAL, amount=None, decided_on=date(2024, 2, 1))
    make.outcome(case, d, kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 2, 1))
    db.session.commit()
    context = _joint(lawyer, case)
    assert [p["pseudonym"] for p in context["plaintiffs"]] == ["JP-01", "JP-04"]
    assert context["plaintiff_count"] == 2
    # 2 x 19,347.95 (the wage claim of tests/factories.py: 12,000 + 147.95 interest + 7,200 surcharge)
    assert str(context["totals"]["total"]) == "38,695.90 THB"
    made = documents.generate(lawyer, case, "labour_complaint.en", "joint", on=ON)
    text = _text(made.content)
    assert "Worker Number1" in text and "Worker Number4" in text
    assert "Worker Number2" not in text and "Worker Number3" not in text


def test_a_claimant_who_settled_still_gets_their_own_documents(db, make, group):
    lawyer, case, (a, b, _c, _d) = group
    make.outcome(case, b, kind=OutcomeKind.SETTLEMENT, amount="5000.00", decided_on=date(2024, 2, 1))
    db.session.commit()
    [planned] = documents.plan(lawyer, case, [("labour_complaint.en", "claimant")], [b.id], ON)
    assert planned.context["plaintiffs"][0]["pseudonym"] == "JP-02"


def test_an_appealed_judgment_keeps_the_plaintiff_in(db, make, group):
    lawyer, case, people = group
    case.stage = CaseStage.APPEAL
    make.outcome(case, people[0], kind=OutcomeKind.JUDGMENT, decided_on=date(2024, 2, 1))
    db.session.commit()
    assert len(_joint(lawyer, case)["plaintiffs"]) == 4


def test_with_everyone_gone_a_joint_document_is_refused_with_the_reason(db, make, group):
    lawyer, case, people = group
    for person in people:
        make.outcome(case, person, kind=OutcomeKind.WITHDRAWAL, amount=None, decided_on=date(2024, 2, 1))
    db.session.commit()
    with pytest.raises(ValidationFailed, match="settled or withdrawn"):
        _joint(lawyer, case)
