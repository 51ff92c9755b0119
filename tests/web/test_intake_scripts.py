"""The intake check with names in the workers' own scripts (issue 15): a claimant recorded from a document in
Burmese or Khmer script is offered when the next paralegal types the name in Latin or Thai, and the other way
round; a broker recorded in Lao script is offered when typed in Thai. Nothing is written until they decide."""

from __future__ import annotations

import html

import sqlalchemy as sa

from claims.models import Claimant, Respondent
from claims.models.enums import RespondentKind
from claims.services import matching


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def count(db, model):
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def new_claimant(name: str) -> dict:
    return {
        "pseudonym": "NW-01",
        "legal_name": name,
        "sex": "male",
        "document_language": "my",
        "languages": ["my"],
    }


def test_a_name_from_a_burmese_document_is_offered_when_typed_in_latin(db, make, login_as):
    existing = make.claimant(pseudonym="MM-01", legal_name="အောင်ကျော်")
    db.session.commit()
    page = text(login_as("paralegal").post("/claimants/new", data=new_claimant("Aung Kyaw")))
    assert "Is this someone already recorded?" in page and f'href="/claimants/{existing.id}"' in page
    assert count(db, Claimant) == 1


def test_a_name_typed_in_thai_finds_the_khmer_spelling_and_the_latin_one(db, make):
    khmer = make.claimant(pseudonym="KH-01", legal_name="សុភា ចាន់")
    latin = make.claimant(pseudonym="KH-02", legal_name="Sopheap Chan")
    make.claimant(pseudonym="KH-03", legal_name="សុខា ចាន់")  # Sokha Chan: another person
    db.session.commit()
    found = {m.claimant.id for m in matching.claimant_candidates(khmer.org_id, "โสภา จันทร์")}
    assert found == {khmer.id, latin.id}


def test_a_lender_recorded_in_lao_script_is_offered_when_typed_in_thai(db, make, login_as):
    same = make.respondent(name="ບຸນມີ ສີສະຫວັນ", kind=RespondentKind.LENDER)
    db.session.commit()
    page = text(
        login_as("paralegal").post(
            "/respondents/new", data={"name": "บุญมี สีสะหวัน", "kind": "lender", "status": "unknown"}
        )
    )
    assert "Is this a party already recorded?" in page and f'href="/respondents/{same.id}"' in page
    assert count(db, Respondent) == 1
