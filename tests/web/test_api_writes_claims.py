"""Calculation and document writes through the records API (claims/web/api/writes_calculations.py,
writes_documents.py): a calculation created from a whole claim and replaced, computed by the engine at once and
answered as stored; a document made for one claimant (201) or every claimant on the queue (202, then the run's
status and zip); each audited, refused to a read-only token, another organisation's ids 404, a stale version 409,
bad input 422 per field and nothing written. Every JSON answer is checked against the OpenAPI document."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
import sqlalchemy as sa

from claims.extensions import db as _db
from claims.models import AuditEntry, Calculation, DocumentJob, GeneratedDocument
from claims.models.enums import AuditAction
from tests.factories import wage_claim
from tests.web.api_client import Api

HOME = "Marker Province 17"


@pytest.fixture
def world(db, make):
    lawyer = make.user(role="lawyer", name="Lawyer Somsak", licence_number="1234/2550")
    court = make.court(name_th="ศาลแรงงานกลาง", name_en="Central Labour Court")
    case = make.case(reference="LC-DOC", court_id=court.id, lawyer_id=lawyer.id, black_number="ร.1/2567")
    make.defendant(case, make.respondent(name="Agency Co., Ltd.", licence_number="2/2550"))
    people = []
    for n in (1, 2):
        person = make.claimant(
            pseudonym=f"BP-{n:02d}",
            legal_name=f"นาย ทดสอบ คนที่{n}",
            protection_order=n == 1,
            home_province=HOME,
            address=HOME,
        )
        make.identity_document(person, number=f"N{n}234567")
        make.party(case, person, position=n)
        people.append(person)
    calculation = make.calculation(case, people[0], wage_claim())
    other_org = make.org(name="Other")
    stranger = make.user(role="admin", org=other_org)
    elsewhere = make.claimant(org=other_org, pseudonym="X-01")
    other_case = make.case(org=other_org)
    make.party(other_case, elsewhere)
    other_calculation = make.calculation(other_case, elsewhere, wage_claim())
    db.session.commit()
    return {
        "lawyer": lawyer,
        "case": case,
        "people": people,
        "calculation": calculation,
        "stranger": stranger,
        "elsewhere": elsewhere,
        "other_case": other_case,
        "other_calculation": other_calculation,
    }


def _problems(response) -> dict:
    return {e["field"]: e["problem"] for e in response.get_json()["errors"]}


def _count(model) -> int:
    return _db.session.scalar(sa.select(sa.func.count(model.id)))


# ---------------------------------------------------------------- calculations


def test_a_calculation_is_created_from_a_whole_claim_and_computed_at_once(app, world):
    api = Api(app, world["lawyer"])
    second = world["people"][1]
    created = api.post(
        "/api/v1/calculations",
        {"case_id": world["case"].id, "claimant_id": second.id, "data": wage_claim(rate="12000")},
    )
    assert created.status_code == 201, created.get_json()
    body = created.get_json()
    # one month's 12,000 withheld wilfully: wage, 15% interest and surcharge (tests/calc/cases/th/wilful-surcharge)
    assert body["result"]["totals"] == {"THB": "19347.95"} and body["summary"]["totals"] == {
        "THB": "19347.95"
    }
    assert created.headers["Location"].endswith(f"/api/v1/calculations/{body['id']}")
    stored = _db.session.get(Calculation, body["id"])
    assert stored.data == wage_claim(rate="12000") and stored.result["totals"] == {"THB": "19347.95"}
    entry = _db.session.scalar(
        sa.select(AuditEntry).where(
            AuditEntry.entity_type == "calculations", AuditEntry.entity_id == body["id"]
        )
    )
    assert entry.action == AuditAction.CREATE and entry.user_id == world["lawyer"].id
    # one calculation per claimant in a case, as on the pages
    twice = api.post(
        "/api/v1/calculations", {"case_id": world["case"].id, "claimant_id": second.id, "data": wage_claim()}
    )
    assert twice.status_code == 422 and "data" in _problems(twice)


def test_a_calculation_is_replaced_recomputed_and_a_stale_one_refused(app, world):
    api = Api(app, world["lawyer"])
    url = f"/api/v1/calculations/{world['calculation'].id}"
    read = api.get(url)
    version = read.get_json()["version"]
    saved = api.patch(url, {"data": wage_claim(rate="15000")}, headers={"If-Match": read.headers["ETag"]})
    assert saved.status_code == 200, saved.get_json()
    # 15,000: 24,184.93 (the third plaintiff of tests/web/test_documents.py's joint complaint)
    assert saved.get_json()["result"]["totals"] == {"THB": "24184.93"}
    assert saved.get_json()["version"] == version + 1
    stale = api.patch(url, {"data": wage_claim(rate="9000"), "version": version})
    assert stale.status_code == 409 and stale.get_json()["current_version"] == version + 1
    assert _db.session.get(Calculation, world["calculation"].id).data["employment"][0]["rate"] == "15000"
    # what a read answers, sent back with a change, saves
    again = api.get(url).get_json()
    again["data"]["employment"][0]["rate"] = "12000"
    assert api.patch(url, again).status_code == 200
    assert api.patch(url, {"data": wage_claim()}).status_code == 428


def test_a_claims_problems_are_named_by_their_path_in_the_users_language(app, world):
    api = Api(app, world["lawyer"])
    url = f"/api/v1/calculations/{world['calculation'].id}"
    claim = wage_claim()
    claim["employment"][0]["start"] = "2024-02-10"
    claim["currency"] = "ZZZ"
    refused = api.patch(url, {"data": claim, "version": 1}, headers={"Accept-Language": "th"})
    assert refused.status_code == 422
    problems = _problems(refused)
    assert {"data.employment[0].end", "data.employment[0].records[0]", "data.currency"} <= set(problems)
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in problems["data.employment[0].end"])
    assert _db.session.get(Calculation, world["calculation"].id).data == wage_claim()
    for body in (
        {"data": [1]},
        {"data": None},
        {},
        {"data": wage_claim(), "case_id": world["other_case"].id},
    ):
        answer = api.patch(url, body | {"version": 1})
        assert answer.status_code == 422, (body, answer.get_json())
    missing = api.post("/api/v1/calculations", {"case_id": world["case"].id})
    assert missing.status_code == 422 and {"claimant_id", "data"} <= set(_problems(missing))
    assert _db.session.get(Calculation, world["calculation"].id).version == 1


def test_another_organisations_calculation_case_or_claimant_is_404(app, world):
    api = Api(app, world["lawyer"])
    other = api.patch(
        f"/api/v1/calculations/{world['other_calculation'].id}", {"data": wage_claim(), "version": 1}
    )
    assert other.status_code == 404
    for case, claimant in ((world["other_case"], world["people"][1]), (world["case"], world["elsewhere"])):
        answer = api.post(
            "/api/v1/calculations", {"case_id": case.id, "claimant_id": claimant.id, "data": wage_claim()}
        )
        assert answer.status_code == 404
    assert _count(Calculation) == 2


# ---------------------------------------------------------------- documents


def test_one_claimants_document_is_made_recorded_and_downloadable(app, world):
    api = Api(app, world["lawyer"])
    made = api.post(
        "/api/v1/documents",
        {
            "case_id": world["case"].id,
            "template": "calculation_annex.en",
            "scope": "claimant",
            "claimant_id": world["people"][0].id,
            "document_date": "2024-03-01",
        },
    )
    assert made.status_code == 201, made.get_json()
    body = made.get_json()
    assert body["claimant_id"] == world["people"][0].id and body["document_date"] == "2024-03-01"
    assert made.headers["Location"].endswith(f"/api/v1/documents/{body['id']}")
    download = api.get(body["download_url"].replace("http://localhost", ""))
    assert download.status_code == 200 and download.data[:2] == b"PK"
    # the protected claimant's whereabouts are not in it
    with zipfile.ZipFile(io.BytesIO(download.data)) as docx:
        assert HOME not in docx.read("word/document.xml").decode()
    record = _db.session.get(GeneratedDocument, body["id"])
    assert record.created_by_id == world["lawyer"].id


def test_every_claimants_document_is_a_run_on_the_queue_with_a_status_address(app, world, make):
    make.calculation(world["case"], world["people"][1], wage_claim(rate="9000"))
    _db.session.commit()
    api = Api(app, world["lawyer"])
    queued = api.post(
        "/api/v1/documents",
        {
            "case_id": world["case"].id,
            "template": "labour_complaint.th",
            "scope": "claimant",
            "document_date": "2024-03-01",
        },
    )
    assert queued.status_code == 202, queued.get_json()
    run = queued.get_json()
    assert queued.headers["Location"].endswith(f"/api/v1/documents/jobs/{run['id']}")
    status = api.get(run["status_url"].replace("http://localhost", "")).get_json()
    # the queue runs at once in the tests
    assert (status["status"], status["done"], status["total"]) == ("done", 2, 2) and status["download_url"]
    archive = api.get(status["download_url"].replace("http://localhost", ""))
    with zipfile.ZipFile(io.BytesIO(archive.data)) as bundle:
        assert sorted(bundle.namelist()) == [
            f"LC-DOC_labour_complaint_BP-0{n}_th_2024-03-01.docx" for n in (1, 2)
        ]
    assert Api(app, world["stranger"]).get(f"/api/v1/documents/jobs/{run['id']}").status_code == 404


def test_what_a_document_needs_and_the_case_lacks_is_named_and_nothing_is_made(app, world):
    api = Api(app, world["lawyer"])
    answer = api.post(
        "/api/v1/documents",
        {"case_id": world["case"].id, "template": "labour_complaint.th", "scope": "claimant"},
    )
    # the second claimant has no calculation: named by pseudonym, never by legal name
    assert answer.status_code == 422 and "missing.BP-02" in _problems(answer)
    assert "ทดสอบ" not in answer.get_data(as_text=True)
    assert _count(GeneratedDocument) == 0 and _count(DocumentJob) == 0


def test_bad_document_requests_are_422_per_field(app, world, make):
    api = Api(app, world["lawyer"])
    case = world["case"].id
    outside = make.claimant(pseudonym="OUT-1")  # of the organisation, not of the case
    _db.session.commit()
    for body, field in (
        ({"case_id": case, "template": "no_such.en", "scope": "joint"}, "template"),
        ({"case_id": case, "template": "calculation_annex.en", "scope": "both"}, "scope"),
        (
            {
                "case_id": case,
                "template": "calculation_annex.en",
                "scope": "claimant",
                "document_date": "1/3/2567",
            },
            "document_date",
        ),
        ({"case_id": case, "scope": "joint"}, "template"),
        (
            {
                "case_id": case,
                "template": "calculation_annex.en",
                "scope": "claimant",
                "claimant_id": outside.id,
            },
            "claimant_id",
        ),
    ):
        answer = api.post("/api/v1/documents", body)
        assert answer.status_code == 422 and field in _problems(answer), (body, answer.get_json())
    assert _count(GeneratedDocument) == 0 and _count(DocumentJob) == 0


def test_a_read_only_token_or_another_organisation_makes_nothing(app, world):
    body = {
        "case_id": world["case"].id,
        "template": "calculation_annex.en",
        "scope": "claimant",
        "claimant_id": world["people"][0].id,
    }
    assert Api(app, world["lawyer"], scopes=("read",)).post("/api/v1/documents", body).status_code == 403
    assert Api(app, world["stranger"]).post("/api/v1/documents", body).status_code == 404
    # another organisation's claimant named in our case is no one
    elsewhere = body | {"claimant_id": world["elsewhere"].id}
    assert Api(app, world["lawyer"]).post("/api/v1/documents", elsewhere).status_code == 404
    read_only = Api(app, world["lawyer"], scopes=("read",))
    url = f"/api/v1/calculations/{world['calculation'].id}"
    assert read_only.patch(url, {"data": wage_claim(rate="9000"), "version": 1}).status_code == 403
    assert read_only.post("/api/v1/calculations", {}).status_code == 403
    assert (
        _count(GeneratedDocument) == 0 and _db.session.get(Calculation, world["calculation"].id).version == 1
    )
    assert date.today()  # the clock is real here


def test_a_fund_request_for_someone_not_identified_is_made_only_when_confirmed(app, db, make, world):
    from claims.models.enums import CaseKind

    case = make.case(reference="CR-ID", kind=CaseKind.CRIMINAL, lawyer_id=world["lawyer"].id)
    screened = make.claimant(pseudonym="SC-02", trafficking_status="screened_not_identified")
    make.party(case, screened)
    db.session.commit()
    api = Api(app, world["lawyer"])
    body = {
        "case_id": case.id,
        "template": "fund_request.en",
        "scope": "claimant",
        "claimant_id": screened.id,
    }
    warned = api.post("/api/v1/documents", body)
    assert warned.status_code == 422
    problem = _problems(warned)["confirm_unidentified"]
    assert "SC-02" in problem and "sections 33 and 44" in problem
    assert _count(GeneratedDocument) == 0
    confirmed = api.post("/api/v1/documents", body | {"confirm_unidentified": True})
    # made, or refused for what the case lacks: never warned again
    assert confirmed.status_code in (201, 422)
    if confirmed.status_code == 422:
        assert "confirm_unidentified" not in _problems(confirmed)
