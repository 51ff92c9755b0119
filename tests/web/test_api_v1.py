"""The records API (/api/v1/): bearer tokens, the caller's scope, the whereabouts rule, paging and sync,
validated writes with optimistic locking. Every JSON answer here is also checked against the OpenAPI document
(tests/web/api_client.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from claims.extensions import db as _db
from claims.models import ApiToken, AuditEntry, Claimant, Deadline, Hearing
from claims.models.base import utcnow
from tests.web.api_client import Api

HOME = "Marker Province 17"
LODGING = "Marker Shelter 42"


@pytest.fixture
def world(db, make):
    from tests.factories import wage_claim

    admin = make.user(role="admin")
    lawyer = make.user(role="lawyer")
    unassigned = make.user(role="lawyer")
    advisor = make.user(role="advisor")
    protected = make.claimant(pseudonym="P-01", protection_order=True, home_province=HOME, phone="0800000001")
    plain = make.claimant(pseudonym="P-02", home_province="Tak")
    case = make.case(reference="LC-9", lawyer_id=lawyer.id)
    make.party(case, protected)
    make.party(case, plain, position=2)
    hearing = make.hearing(case, support_lodging=LODGING)
    calculation = make.calculation(case, plain, wage_claim())
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
    other_case = make.case(org=other_org)
    make.party(other_case, elsewhere)
    other_hearing = make.hearing(other_case)
    other_calculation = make.calculation(other_case, elsewhere, wage_claim())
    db.session.commit()
    return {
        "admin": admin,
        "lawyer": lawyer,
        "unassigned": unassigned,
        "advisor": advisor,
        "stranger": stranger,
        "protected": protected,
        "plain": plain,
        "case": case,
        "hearing": hearing,
        "calculation": calculation,
        "deadline": deadline,
        "elsewhere": elsewhere,
        "other_case": other_case,
        "other_hearing": other_hearing,
        "other_calculation": other_calculation,
    }


def _problems(response) -> dict:
    return {e["field"]: e["problem"] for e in response.get_json()["errors"]}


# ---------------------------------------------------------------- tokens


def test_without_a_token_or_with_a_wrong_one_the_answer_is_401_json(app, world):
    assert Api(app).get("/api/v1/claimants").status_code == 401
    wrong = Api(app, secret="ct_not-a-token").get("/api/v1/claimants")
    assert wrong.status_code == 401 and "Authorization" in _problems(wrong)
    assert wrong.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_session_does_not_open_the_records_api(app, world, login_as):
    client = login_as("admin")
    assert client.get("/api/v1/claimants").status_code == 401


def test_a_revoked_or_expired_token_is_refused(app, world):
    from claims.services import api_tokens

    api = Api(app, world["lawyer"])
    assert api.get("/api/v1/claimants").status_code == 200
    token = _db.session.scalar(sa.select(ApiToken).where(ApiToken.user_id == world["lawyer"].id))
    api_tokens.revoke_token(world["lawyer"], token.id)
    assert api.get("/api/v1/claimants").status_code == 401
    later = Api(app, world["admin"])
    admin_token = _db.session.scalar(sa.select(ApiToken).where(ApiToken.user_id == world["admin"].id))
    admin_token.expires_at = utcnow() - timedelta(seconds=1)
    _db.session.commit()
    assert later.get("/api/v1/claimants").status_code == 401


def test_only_the_hash_of_the_secret_is_stored(app, world):
    api = Api(app, world["lawyer"])
    stored = _db.session.scalar(sa.select(ApiToken))
    assert api.secret not in (stored.token_hash, stored.prefix) and api.secret.startswith(stored.prefix)


def test_a_token_of_a_deactivated_user_stops_working(app, world):
    api = Api(app, world["lawyer"])
    world["lawyer"].archived_at = utcnow()
    _db.session.commit()
    assert api.get("/api/v1/claimants").status_code == 401


def test_a_read_token_cannot_write_and_nothing_is_written(app, world):
    api = Api(app, world["lawyer"], scopes=("read",))
    before = _db.session.scalar(sa.select(sa.func.count(Claimant.id)))
    response = api.post("/api/v1/claimants", {"pseudonym": "N-1", "legal_name": "Someone"})
    assert response.status_code == 403 and "Authorization" in _problems(response)
    assert _db.session.scalar(sa.select(sa.func.count(Claimant.id))) == before


def test_an_advisor_token_is_refused_like_the_pages(app, world):
    from claims.models import ApiToken as Token

    # An advisor cannot make one on the page; one made while the user was a lawyer stops at the role change.
    api = Api(app, world["lawyer"])
    world["lawyer"].role = "advisor"
    _db.session.commit()
    assert api.get("/api/v1/claimants").status_code == 403
    assert _db.session.scalar(sa.select(sa.func.count(Token.id))) == 1


def test_wrong_tokens_from_one_address_are_throttled(app, world):
    wrong = Api(app, secret="ct_guess")
    answers = [wrong.get("/api/v1/cases").status_code for _ in range(21)]
    assert answers[:20] == [401] * 20 and answers[20] == 429
    # locked out: even a right token from that address waits
    right = Api(app, world["lawyer"])
    locked = right.get("/api/v1/cases")
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0


# ---------------------------------------------------------------- reads and scope


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/claimants/{elsewhere}",
        "/api/v1/cases/{other_case}",
        "/api/v1/hearings/{other_hearing}",
        "/api/v1/calculations/{other_calculation}",
    ],
)
def test_another_organisations_records_are_unreachable(app, world, url):
    ids = {k: getattr(v, "id", None) for k, v in world.items()}
    api = Api(app, world["admin"])
    assert api.get(url.format(**ids)).status_code == 404
    # and their own organisation's admin does reach them
    assert Api(app, world["stranger"]).get(url.format(**ids)).status_code == 200


def test_lists_hold_only_the_callers_organisation(app, world):
    api = Api(app, world["admin"])
    names = {c["pseudonym"] for c in api.get("/api/v1/claimants").get_json()["items"]}
    assert names == {"P-01", "P-02"}
    assert [c["reference"] for c in api.get("/api/v1/cases").get_json()["items"]] == ["LC-9"]
    assert [h["id"] for h in api.get("/api/v1/hearings").get_json()["items"]] == [world["hearing"].id]
    calculations = api.get("/api/v1/calculations").get_json()["items"]
    assert [c["id"] for c in calculations] == [world["calculation"].id]
    assert "result" not in calculations[0] and calculations[0]["summary"]
    assert [d["id"] for d in api.get("/api/v1/deadlines").get_json()["items"]] == [world["deadline"].id]


def test_unassigned_staff_do_not_get_a_protected_persons_whereabouts(app, world):
    unassigned = Api(app, world["unassigned"])
    listed = unassigned.get("/api/v1/claimants")
    one = unassigned.get(f"/api/v1/claimants/{world['protected'].id}")
    hearing = unassigned.get(f"/api/v1/hearings/{world['hearing'].id}")
    for response in (listed, one, hearing):
        assert response.status_code == 200
        assert HOME not in response.get_data(as_text=True) and LODGING not in response.get_data(as_text=True)
    body = one.get_json()
    assert body["home_province"] is None and "home_province" in body["withheld"] and body["protected"]
    assert hearing.get_json()["support_lodging"] is None
    # the unprotected claimant is shown whole
    plain = next(c for c in listed.get_json()["items"] if c["pseudonym"] == "P-02")
    assert plain["home_province"] == "Tak" and plain["withheld"] == []
    # the case's own lawyer sees them, as on the pages
    lawyer = Api(app, world["lawyer"])
    assert lawyer.get(f"/api/v1/claimants/{world['protected'].id}").get_json()["home_province"] == HOME
    assert lawyer.get(f"/api/v1/hearings/{world['hearing'].id}").get_json()["support_lodging"] == LODGING


def test_the_legal_name_is_on_the_single_record_only(app, world):
    api = Api(app, world["lawyer"])
    assert "legal_name" not in api.get("/api/v1/claimants").get_json()["items"][0]
    assert api.get(f"/api/v1/claimants/{world['plain'].id}").get_json()["legal_name"].startswith("Legal Name")


def test_a_calculation_item_carries_the_whole_result_and_money_as_strings(app, world):
    body = Api(app, world["lawyer"]).get(f"/api/v1/calculations/{world['calculation'].id}").get_json()
    assert body["result"] and body["data"]["currency"] == "THB"


def test_pages_are_bounded_stable_and_linked(app, world, make):
    for n in range(5):
        make.claimant(pseudonym=f"Q-{n}")
    _db.session.commit()
    api = Api(app, world["admin"])
    first = api.get("/api/v1/claimants?per_page=3").get_json()
    assert first["total"] == 7 and first["pages"] == 3 and len(first["items"]) == 3
    second = api.get(first["next"]).get_json()
    third = api.get(second["next"]).get_json()
    assert third["next"] is None
    ids = [c["id"] for page in (first, second, third) for c in page["items"]]
    assert len(set(ids)) == 7
    too_many = api.get("/api/v1/claimants?per_page=101")
    assert too_many.status_code == 400 and "per_page" in _problems(too_many)
    assert api.get("/api/v1/claimants?page=zero").status_code == 400


def test_updated_since_gives_what_changed_from_then_on(app, world):
    old = utcnow() - timedelta(days=3)
    _db.session.execute(sa.update(Claimant).values(updated_at=old))
    _db.session.commit()
    api = Api(app, world["lawyer"])
    plain = api.get(f"/api/v1/claimants/{world['plain'].id}")
    since = (utcnow() - timedelta(minutes=1)).isoformat() + "Z"
    assert api.get(f"/api/v1/claimants?updated_since={since}").get_json()["items"] == []
    api.patch(
        f"/api/v1/claimants/{world['plain'].id}",
        {"notes": "moved"},
        headers={"If-Match": plain.headers["ETag"]},
    )
    changed = api.get(f"/api/v1/claimants?updated_since={since}").get_json()["items"]
    assert [c["id"] for c in changed] == [world["plain"].id]
    bad = api.get("/api/v1/claimants?updated_since=yesterday")
    assert bad.status_code == 400 and "updated_since" in _problems(bad)


def test_a_document_is_listed_and_downloaded_with_the_same_token(app, world):
    from claims.services import documents
    from tests.factories import wage_claim  # noqa: F401 - the world's calculation is what the annex prints

    made = documents.generate(
        world["lawyer"],
        world["case"],
        "calculation_annex.en",
        "claimant",
        world["plain"].id,
        date(2024, 3, 1),
    )
    api = Api(app, world["lawyer"])
    listed = api.get("/api/v1/documents").get_json()["items"]
    assert [d["id"] for d in listed] == [made.record.id]
    download = api.get(listed[0]["download_url"].replace("http://localhost", ""))
    assert download.status_code == 200 and download.data[:2] == b"PK"
    assert Api(app).get(f"/api/v1/documents/{made.record.id}/download").status_code == 401
    assert Api(app, world["stranger"]).get(f"/api/v1/documents/{made.record.id}/download").status_code == 404


# ---------------------------------------------------------------- writes


def test_a_claimant_is_created_and_audited(app, world):
    api = Api(app, world["lawyer"])
    response = api.post(
        "/api/v1/claimants",
        {
            "pseudonym": "N-1",
            "legal_name": "New Person",
            "date_of_birth": "1990-05-01",
            "languages": ["my", "th"],
        },
    )
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert (
        body["version"] == 1 and body["languages"] == ["my", "th"] and body["date_of_birth"] == "1990-05-01"
    )
    assert response.headers["Location"].endswith(f"/api/v1/claimants/{body['id']}")
    entry = _db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "claimants"))
    assert entry.user_id == world["lawyer"].id


def test_bad_fields_are_422_naming_each_field_in_the_users_language(app, world):
    api = Api(app, world["lawyer"])
    before = _db.session.scalar(sa.select(sa.func.count(Claimant.id)))
    response = api.post(
        "/api/v1/claimants",
        {
            "pseudonym": "N-2",
            "date_of_birth": "16/12/2569",
            "sex": "x",
            "colour": "red",
            "interpreter_needed": "yes",
        },
    )
    assert response.status_code == 422
    assert set(_problems(response)) == {"legal_name", "date_of_birth", "sex", "colour", "interpreter_needed"}
    thai = api.post("/api/v1/claimants", {"pseudonym": "N-2"}, headers={"Accept-Language": "th"})
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in _problems(thai)["legal_name"])
    assert _db.session.scalar(sa.select(sa.func.count(Claimant.id))) == before


def test_the_services_domain_rules_answer_per_field(app, world):
    api = Api(app, world["lawyer"])
    # a minor without a guardian: the same rule as the form's
    minor = api.post(
        "/api/v1/claimants", {"pseudonym": "N-3", "legal_name": "Child", "date_of_birth": "2020-01-01"}
    )
    assert minor.status_code == 422 and "guardian_name" in _problems(minor)
    taken = api.post("/api/v1/claimants", {"pseudonym": "P-02", "legal_name": "Again"})
    assert taken.status_code == 422 and "pseudonym" in _problems(taken)


def test_bad_json_and_a_wrong_content_type_are_refused(app, world):
    api = Api(app, world["lawyer"])
    broken = api.open("POST", "/api/v1/claimants", data="{not json", content_type="application/json")
    assert broken.status_code == 400
    assert api.open("POST", "/api/v1/claimants", data="a=b").status_code == 415
    assert api.post("/api/v1/claimants", [1, 2]).status_code == 400


def test_a_stale_write_is_refused_with_the_current_version(app, world):
    api = Api(app, world["lawyer"])
    url = f"/api/v1/claimants/{world['plain'].id}"
    read = api.get(url)
    assert read.headers["ETag"] == '"1"'
    first = api.patch(url, {"notes": "first"}, headers={"If-Match": read.headers["ETag"]})
    assert first.status_code == 200 and first.get_json()["version"] == 2
    stale = api.patch(url, {"notes": "second"}, headers={"If-Match": read.headers["ETag"]})
    assert stale.status_code == 409 and stale.get_json()["current_version"] == 2
    assert _db.session.get(Claimant, world["plain"].id).notes == "first"
    # the version may come in the body instead
    assert api.patch(url, {"notes": "third", "version": 2}).status_code == 200


def test_an_update_without_a_version_is_428(app, world):
    api = Api(app, world["lawyer"])
    response = api.patch(f"/api/v1/claimants/{world['plain'].id}", {"notes": "x"})
    assert response.status_code == 428 and "version" in _problems(response)
    assert _db.session.get(Claimant, world["plain"].id).notes is None


def test_unassigned_staff_cannot_change_a_protected_persons_whereabouts(app, world):
    api = Api(app, world["unassigned"])
    url = f"/api/v1/claimants/{world['protected'].id}"
    response = api.patch(
        url, {"home_province": "Elsewhere", "protection_order": False, "notes": "n", "version": 1}
    )
    assert response.status_code == 200
    stored = _db.session.get(Claimant, world["protected"].id)
    assert stored.home_province == HOME and stored.protection_order and stored.notes == "n"


def test_another_organisations_record_cannot_be_written(app, world):
    api = Api(app, world["admin"])
    response = api.patch(f"/api/v1/claimants/{world['elsewhere'].id}", {"notes": "x", "version": 1})
    assert response.status_code == 404
    hearing = api.post(
        "/api/v1/hearings",
        {"case_id": world["other_case"].id, "starts_at": "2030-01-10T09:00", "kind": "conciliation"},
    )
    assert hearing.status_code == 404


def test_a_hearing_is_created_and_updated_through_the_services_rules(app, world):
    api = Api(app, world["lawyer"])
    day = (date.today() + timedelta(days=30)).isoformat()
    created = api.post(
        "/api/v1/hearings",
        {
            "case_id": world["case"].id,
            "starts_at": f"{day}T09:30",
            "ends_at": f"{day}T12:00",
            "kind": "witness_examination",
            "support_allowance": {"amount": "500.00", "currency": "THB"},
        },
    )
    assert created.status_code == 201, created.get_json()
    body = created.get_json()
    assert body["starts_at"] == f"{day}T09:30" and body["support_allowance"] == {
        "amount": "500.00",
        "currency": "THB",
    }
    url = f"/api/v1/hearings/{body['id']}"
    # held before its date, and held without an outcome: the service's per-field messages
    refused = api.patch(url, {"status": "held"}, headers={"If-Match": created.headers["ETag"]})
    assert refused.status_code == 422 and {"status", "outcome"} <= set(_problems(refused))
    moved = api.patch(url, {"room": "3", "version": body["version"]})
    assert moved.status_code == 200 and moved.get_json()["room"] == "3"
    assert _db.session.get(Hearing, body["id"]).room == "3"
    assert api.patch(url, {"case_id": world["other_case"].id, "version": 2}).status_code == 422
    missing = api.post("/api/v1/hearings", {"case_id": world["case"].id})
    assert {"starts_at", "kind"} <= set(_problems(missing))


def test_a_cases_outcomes_per_claimant_with_their_appeal_fields(app, world, make):
    case, protected, plain = world["case"], world["protected"], world["plain"]
    make.outcome(
        case, protected, decided_on=date(2024, 6, 3), amount="1200.00", description=f"Moved to {HOME}"
    )
    make.outcome(case, plain, decided_on=date(2024, 6, 3), amount="800.00")
    make.outcome(
        case,
        plain,
        kind="appeal",
        amount=None,
        decided_on=date(2024, 6, 17),
        appealed_by="respondent",
        appeal_court="specialised_appeal",
    )
    mistaken = make.outcome(case, protected, kind="settlement", decided_on=date(2024, 7, 1), amount="1.00")
    mistaken.archived_at = mistaken.created_at
    _db.session.commit()
    response = Api(app, world["lawyer"]).get(f"/api/v1/cases/{case.id}/outcomes")
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["total"] == 3  # the archived settlement is not listed
    found = {(o["claimant_id"], o["kind"]): o for o in body["items"]}
    appeal = found[(plain.id, "appeal")]
    assert (appeal["appealed_by"], appeal["appeal_court"], appeal["amount"], appeal["decided_on"]) == (
        "respondent",
        "specialised_appeal",
        None,
        "2024-06-17",
    )
    assert found[(protected.id, "judgment")]["amount"] == {"amount": "1200.00", "currency": "THB"}
    assert found[(protected.id, "judgment")]["appealed_by"] is None
    # free text is not in the API: the description may say where someone is
    assert HOME not in response.get_data(as_text=True)
    paged = Api(app, world["lawyer"]).get(f"/api/v1/cases/{case.id}/outcomes?per_page=1&page=2").get_json()
    assert (paged["total"], len(paged["items"]), paged["pages"]) == (3, 1, 3)
    assert paged["next"] == f"/api/v1/cases/{case.id}/outcomes?per_page=1&page=3"
    assert Api(app, world["stranger"]).get(f"/api/v1/cases/{case.id}/outcomes").status_code == 404
    assert (
        Api(app, world["lawyer"]).get(f"/api/v1/cases/{world['other_case'].id}/outcomes").status_code == 404
    )


def test_a_hearings_what_to_bring_is_read_and_written_with_the_forms_limit(app, world):
    api = Api(app, world["lawyer"])
    url = f"/api/v1/hearings/{world['hearing'].id}"
    read = api.get(url).get_json()
    assert "what_to_bring" in read and read["what_to_bring"] is None
    bring = "Passport or pink card, every payslip, ใบเสร็จค่าหัว"
    saved = api.patch(url, {"what_to_bring": bring, "version": read["version"]})
    assert saved.status_code == 200 and saved.get_json()["what_to_bring"] == bring
    assert _db.session.get(Hearing, world["hearing"].id).what_to_bring == bring
    too_long = api.patch(
        url, {"what_to_bring": "x" * 2001, "version": read["version"] + 1}, headers={"Accept-Language": "th"}
    )
    assert too_long.status_code == 422 and "what_to_bring" in _problems(too_long)
    assert _db.session.get(Hearing, world["hearing"].id).what_to_bring == bring
    # sent as null, it is cleared; left out of a PATCH, it stays
    kept = api.patch(url, {"room": "5", "version": read["version"] + 1}).get_json()
    assert kept["what_to_bring"] == bring
    cleared = api.patch(url, {"what_to_bring": None, "version": kept["version"]})
    assert cleared.status_code == 200 and cleared.get_json()["what_to_bring"] is None


def test_nothing_answers_500_to_odd_input(app, world):
    api = Api(app, world["lawyer"])
    for payload in (
        {"pseudonym": "Z" * 81, "legal_name": "x"},
        {"pseudonym": 5, "legal_name": None},
        {"pseudonym": "A", "legal_name": "B", "languages": "th"},
        {"pseudonym": "A\x00", "legal_name": "B"},
    ):
        assert api.post("/api/v1/claimants", payload).status_code == 422, payload
    url = f"/api/v1/hearings/{world['hearing'].id}"
    for payload in (
        {"starts_at": "2030-13-01T09:00", "version": 1},
        {"starts_at": "2030-01-01T09:00+07:00", "version": 1},
        {"support_allowance": {"amount": "1e999"}, "version": 1},
        {"support_allowance": {"amount": "1.234"}, "version": 1},
        {"court_id": 987654, "version": 1},
        {"lawyer_id": True, "version": 1},
    ):
        response = api.patch(url, payload)
        assert response.status_code == 422, (payload, response.get_json())
    assert api.patch(url, {"room": "x"}, headers={"If-Match": "garbage"}).status_code == 400
    assert datetime.now()  # the clock is real here: no frozen time hides a failure


def test_a_page_of_hearings_takes_a_fixed_number_of_queries(app, world, make, query_counter):
    api = Api(app, world["lawyer"])
    api.get("/api/v1/hearings")  # the token's first use is noted once
    with query_counter() as few:
        api.get("/api/v1/hearings")
    for n in range(6):
        make.hearing(make.case(reference=f"Q-{n}"))
    _db.session.commit()
    with query_counter() as many:
        assert len(api.get("/api/v1/hearings").get_json()["items"]) == 7
    assert len(many) == len(few), many


def test_an_address_or_method_the_api_does_not_have_is_answered_in_json(app, world):
    client = app.test_client()
    missing = client.get("/api/v1/nothing-here")
    assert missing.status_code == 404 and missing.get_json()["errors"]
    wrong_method = client.delete(f"/api/v1/claimants/{world['plain'].id}")
    assert wrong_method.status_code == 405 and wrong_method.get_json()["errors"]
    # the pages keep their own error pages
    assert client.delete("/claimants/").mimetype != "application/json"


def test_a_token_request_carries_no_session_and_needs_no_csrf(app, world):
    api = Api(app, world["lawyer"])
    read = api.get("/api/v1/claimants")
    written = api.post("/api/v1/claimants", {"pseudonym": "S-1", "legal_name": "Sessionless"})
    assert written.status_code == 201  # no X-CSRFToken, no cookie
    for response in (read, written):
        assert "Set-Cookie" not in response.headers and response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("who", ["unassigned", "lawyer"])
def test_a_read_sent_back_as_it_is_saves(app, world, who):
    """What a read answers (withheld fields null, read-only fields included) is a valid update as it stands."""
    api = Api(app, world[who])
    for url in (f"/api/v1/claimants/{world['protected'].id}", f"/api/v1/hearings/{world['hearing'].id}"):
        read = api.get(url).get_json()
        saved = api.patch(url, read | {"notes": "again"} if "pseudonym" in read else read | {"room": "R"})
        assert saved.status_code == 200, (url, saved.get_json())
    stored = _db.session.get(Claimant, world["protected"].id)
    assert stored.home_province == HOME and stored.protection_order and stored.notes == "again"
    assert _db.session.get(Hearing, world["hearing"].id).support_lodging == LODGING
