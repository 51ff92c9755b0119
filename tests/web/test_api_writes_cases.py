"""Case and deadline writes through the records API (claims/web/api/writes_cases.py, writes_deadlines.py):
each through the pages' service, audited, refused to a read-only token, another organisation's ids are 404, a
stale version is 409 with the version now, bad input is 422 per field (English and Thai) and writes nothing.
Every JSON answer is also checked against the OpenAPI document (tests/web/api_client.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from claims.extensions import db as _db
from claims.models import AuditEntry, Case, CaseClaimant, Deadline
from claims.models.enums import AuditAction
from tests.web.api_client import Api


@pytest.fixture
def world(db, make):
    admin = make.user(role="admin")
    lawyer = make.user(role="lawyer")
    paralegal = make.user(role="paralegal")
    plain = make.claimant(pseudonym="P-02")
    guarded = make.claimant(pseudonym="P-01", protection_order=True, home_province="Marker Province 17")
    case = make.case(reference="LC-9", lawyer_id=lawyer.id)
    make.party(case, plain)
    deadline = Deadline(
        org_id=case.org_id,
        claimant_id=plain.id,
        key="lpa-s.9",
        label={"en": "Claim"},
        due_on=date(2027, 1, 5),
    )
    db.session.add(deadline)
    other_org = make.org(name="Other")
    stranger = make.user(role="admin", org=other_org)
    elsewhere = make.claimant(org=other_org, pseudonym="X-01")
    other_case = make.case(org=other_org, reference="LC-9")
    other_deadline = Deadline(
        org_id=other_org.id,
        claimant_id=elsewhere.id,
        key="lpa-s.9",
        label={"en": "Claim"},
        due_on=date(2027, 1, 5),
    )
    db.session.add(other_deadline)
    db.session.commit()
    return {
        "admin": admin,
        "lawyer": lawyer,
        "paralegal": paralegal,
        "plain": plain,
        "guarded": guarded,
        "case": case,
        "deadline": deadline,
        "stranger": stranger,
        "elsewhere": elsewhere,
        "other_case": other_case,
        "other_deadline": other_deadline,
    }


def _problems(response) -> dict:
    return {e["field"]: e["problem"] for e in response.get_json()["errors"]}


def _count(model) -> int:
    return _db.session.scalar(sa.select(sa.func.count(model.id)))


def _thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


# ---------------------------------------------------------------- cases


def test_a_case_is_created_updated_and_audited_through_the_case_service(app, world):
    api = Api(app, world["lawyer"])
    created = api.post(
        "/api/v1/cases",
        {
            "reference": "LC-10",
            "title": "Berry pickers v. Agency",
            "kind": "labour",
            "black_number": "ร.1/2567",
        },
    )
    assert created.status_code == 201, created.get_json()
    body = created.get_json()
    assert (body["reference"], body["stage"], body["status"], body["version"]) == (
        "LC-10",
        "intake",
        "open",
        1,
    )
    assert created.headers["Location"].endswith(f"/api/v1/cases/{body['id']}")
    url = f"/api/v1/cases/{body['id']}"
    saved = api.patch(url, {"summary": "Unpaid wages", "stage": "preparation"}, headers={"If-Match": '"1"'})
    assert saved.status_code == 200, saved.get_json()
    assert saved.get_json()["summary"] == "Unpaid wages" and saved.get_json()["version"] == 2
    assert _db.session.get(Case, body["id"]).stage.value == "preparation"
    actions = list(
        _db.session.scalars(
            sa.select(AuditEntry.action).where(
                AuditEntry.entity_type == "cases", AuditEntry.entity_id == body["id"]
            )
        )
    )
    assert actions == [AuditAction.CREATE, AuditAction.UPDATE]
    # a read sent back as it is saves (its claimants and read-only fields are ignored)
    again = api.get(url).get_json()
    assert api.patch(url, again | {"title": "Renamed"}).status_code == 200


def test_the_case_services_rules_answer_per_field_in_english_and_thai(app, world):
    api = Api(app, world["lawyer"])
    before = _count(Case)
    filed = api.post(
        "/api/v1/cases",
        {"reference": "LC-9", "title": "T", "kind": "labour", "stage": "filed", "red_number": "x"},
    )
    assert filed.status_code == 422
    # a filed labour case needs its court; a red number needs a black one, and the court's shape
    assert {"court_id", "black_number", "red_number"} <= set(_problems(filed))
    typed = api.post(
        "/api/v1/cases",
        {
            "title": 5,
            "kind": "tort",
            "filed_on": (date.today() + timedelta(days=2)).isoformat(),
            "colour": "x",
        },
        headers={"Accept-Language": "th"},
    )
    assert typed.status_code == 422
    problems = _problems(typed)
    assert set(problems) == {"reference", "title", "kind", "filed_on", "colour"}
    assert _thai(problems["reference"]) and _thai(problems["filed_on"])
    assert _count(Case) == before


def test_only_an_administrator_changes_a_cases_team(app, world):
    url = f"/api/v1/cases/{world['case'].id}"
    refused = Api(app, world["paralegal"]).patch(url, {"lawyer_id": world["admin"].id, "version": 1})
    assert refused.status_code == 403
    assert _db.session.get(Case, world["case"].id).lawyer_id == world["lawyer"].id
    done = Api(app, world["admin"]).patch(url, {"paralegal_id": world["paralegal"].id, "version": 1})
    assert done.status_code == 200 and done.get_json()["paralegal_id"] == world["paralegal"].id


def test_a_stale_case_edit_is_409_with_the_version_now_and_writes_nothing(app, world):
    api = Api(app, world["lawyer"])
    url = f"/api/v1/cases/{world['case'].id}"
    assert api.patch(url, {"title": "First", "version": 1}).status_code == 200
    stale = api.patch(url, {"title": "Second", "version": 1})
    assert stale.status_code == 409 and stale.get_json()["current_version"] == 2
    assert _db.session.get(Case, world["case"].id).title == "First"
    assert api.patch(url, {"title": "Third"}).status_code == 428


def test_claimants_are_added_to_a_case_and_removed_from_it(app, world):
    api = Api(app, world["admin"])
    url = f"/api/v1/cases/{world['case'].id}/claimants"
    added = api.post(
        url, {"claimant_ids": [world["guarded"].id], "claimed": {"amount": "1500.00", "currency": "THB"}}
    )
    # an administrator may add a protected person
    assert added.status_code == 200, added.get_json()
    parties = {p["claimant_id"]: p for p in added.get_json()["claimants"]}
    assert parties[world["guarded"].id]["claimed"] == {"amount": "1500.00", "currency": "THB"}
    assert (
        parties[world["guarded"].id]["position"] == 2 and parties[world["guarded"].id]["role"] == "plaintiff"
    )
    for claimed in ("-1.00", "1.005", "NaN"):
        refused = api.post(
            url, {"claimant_ids": [world["guarded"].id], "claimed": {"amount": claimed, "currency": "THB"}}
        )
        assert refused.status_code == 422 and "claimed" in _problems(refused), claimed
    again = api.post(url, {"claimant_ids": [world["plain"].id]})
    assert again.status_code == 422 and "claimant_ids" in _problems(again)
    removal = f"{url}/{world['plain'].id}"
    version = parties[world["plain"].id]["version"]
    assert api.open("DELETE", removal).status_code == 428
    assert api.open("DELETE", removal, headers={"If-Match": f'"{version + 5}"'}).status_code == 409
    removed = api.open("DELETE", removal, headers={"If-Match": f'"{version}"'})
    assert removed.status_code == 200
    assert [p["claimant_id"] for p in removed.get_json()["claimants"]] == [world["guarded"].id]
    link = _db.session.scalar(sa.select(CaseClaimant).where(CaseClaimant.claimant_id == world["plain"].id))
    assert link.archived_at is not None  # archived, not deleted
    assert api.open("DELETE", removal, headers={"If-Match": f'"{version + 1}"'}).status_code == 404
    # added again, the same row comes back
    assert api.post(url, {"claimant_ids": [world["plain"].id]}).status_code == 200
    assert _count(CaseClaimant) == 2


def test_adding_or_removing_claimants_moves_the_cases_version_so_an_edit_read_before_is_409(app, world):
    api = Api(app, world["admin"])
    url = f"/api/v1/cases/{world['case'].id}"
    before = api.get(url).get_json()
    added = api.post(f"{url}/claimants", {"claimant_ids": [world["guarded"].id]}).get_json()
    assert added["version"] == before["version"] + 1 and added["updated_at"] >= before["updated_at"]
    stale = api.patch(url, {"title": "Read before the claimant came", "version": before["version"]})
    assert stale.status_code == 409 and stale.get_json()["current_version"] == added["version"]
    assert _db.session.get(Case, world["case"].id).title != "Read before the claimant came"
    party = {p["claimant_id"]: p for p in added["claimants"]}[world["plain"].id]
    removed = api.open("DELETE", f"{url}/claimants/{world['plain'].id}", json={"version": party["version"]})
    assert removed.status_code == 200 and removed.get_json()["version"] == added["version"] + 1
    assert api.patch(url, {"title": "Now", "version": added["version"]}).status_code == 409
    assert api.patch(url, {"title": "Now", "version": added["version"] + 1}).status_code == 200
    # nothing changes, nothing moves: adding someone already in the case is refused and keeps the version
    again = api.post(f"{url}/claimants", {"claimant_ids": [world["guarded"].id]})
    assert again.status_code == 422 and api.get(url).get_json()["version"] == added["version"] + 2


def test_a_protected_person_is_added_only_by_the_people_the_rule_names(app, world):
    response = Api(app, world["paralegal"]).post(
        f"/api/v1/cases/{world['case'].id}/claimants", {"claimant_ids": [world["guarded"].id]}
    )
    assert response.status_code == 422 and "claimant_ids" in _problems(response)
    assert "Marker Province 17" not in response.get_data(as_text=True)
    assert _count(CaseClaimant) == 1


def test_another_organisations_case_or_claimant_is_404_and_untouched(app, world):
    api = Api(app, world["admin"])
    other = world["other_case"]
    assert api.patch(f"/api/v1/cases/{other.id}", {"title": "x", "version": 1}).status_code == 404
    assert (
        api.post(f"/api/v1/cases/{other.id}/claimants", {"claimant_ids": [world["plain"].id]}).status_code
        == 404
    )
    mine = f"/api/v1/cases/{world['case'].id}/claimants"
    assert api.post(mine, {"claimant_ids": [world["elsewhere"].id]}).status_code == 404
    assert (
        api.open("DELETE", f"{mine}/{world['elsewhere'].id}", headers={"If-Match": '"1"'}).status_code == 404
    )
    assert _db.session.get(Case, other.id).title != "x" and _count(CaseClaimant) == 1


def test_a_read_only_token_cannot_write_cases_or_deadlines(app, world):
    api = Api(app, world["lawyer"], scopes=("read",))
    case, deadline = world["case"], world["deadline"]
    answers = [
        api.post("/api/v1/cases", {"reference": "R", "title": "T", "kind": "labour"}),
        api.patch(f"/api/v1/cases/{case.id}", {"title": "x", "version": 1}),
        api.post(f"/api/v1/cases/{case.id}/claimants", {"claimant_ids": [world["guarded"].id]}),
        api.open(
            "DELETE", f"/api/v1/cases/{case.id}/claimants/{world['plain'].id}", headers={"If-Match": '"1"'}
        ),
        api.post(f"/api/v1/deadlines/{deadline.id}/done", {"version": 1}),
        api.post(f"/api/v1/deadlines/{deadline.id}/reopen", {"version": 1}),
    ]
    assert [a.status_code for a in answers] == [403] * 6
    assert _count(Case) == 2 and _db.session.get(Deadline, deadline.id).done_at is None


# ---------------------------------------------------------------- deadlines


def test_a_deadline_is_marked_done_and_reopened_on_its_version(app, world):
    api = Api(app, world["lawyer"])
    url = f"/api/v1/deadlines/{world['deadline'].id}"
    done = api.post(f"{url}/done", {"note": "Filed at the court", "version": 1})
    assert done.status_code == 200, done.get_json()
    body = done.get_json()
    assert body["done_at"] and body["done_note"] == "Filed at the court" and body["version"] == 2
    stale = api.post(f"{url}/reopen", {"version": 1})
    assert stale.status_code == 409 and stale.get_json()["current_version"] == 2
    assert _db.session.get(Deadline, world["deadline"].id).done_at is not None
    reopened = api.post(f"{url}/reopen", {}, headers={"If-Match": done.headers["ETag"]})
    assert reopened.status_code == 200 and reopened.get_json()["done_at"] is None
    entries = _db.session.scalar(
        sa.select(sa.func.count(AuditEntry.id)).where(
            AuditEntry.entity_type == "deadlines", AuditEntry.user_id == world["lawyer"].id
        )
    )
    assert entries == 2


def test_bad_deadline_input_is_422_and_another_organisations_is_404(app, world):
    api = Api(app, world["lawyer"])
    url = f"/api/v1/deadlines/{world['deadline'].id}/done"
    long = api.post(
        url, {"note": "x" * 301, "version": 1, "due_on": "2030-01-01"}, headers={"Accept-Language": "th"}
    )
    assert long.status_code == 422 and set(_problems(long)) == {"note", "due_on"}
    assert _thai(_problems(long)["note"])
    assert api.post(url, {"note": "n"}).status_code == 428
    assert _db.session.get(Deadline, world["deadline"].id).done_at is None
    other = f"/api/v1/deadlines/{world['other_deadline'].id}/done"
    assert Api(app, world["admin"]).post(other, {"version": 1}).status_code == 404
    assert _db.session.get(Deadline, world["other_deadline"].id).done_at is None
