"""The duplicate and conflict check at intake (claims.services.matching): a new claimant, respondent or identity
document shows who it may already be before a second record is made; a client named like an adverse party is a
conflict warning; what the user may not see named is counted, not named; another organisation's people are
never found."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, CaseRespondent, Claimant, IdentityDocument, MatchKey, Respondent
from claims.models.enums import RespondentKind
from claims.services import matching

NEW = {
    "pseudonym": "KH-20",
    "legal_name": "Sopheap Chan",
    "sex": "female",
    "document_language": "km",
    "languages": ["km"],
    "date_of_birth": "1990-04-02",
}


def count(db, model):
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def errors(response) -> list[str]:
    return [
        html.unescape(t) for t in re.findall(r'class="error"[^>]*>([^<]+)<', response.get_data(as_text=True))
    ]


def test_a_new_claimant_spelled_another_way_shows_the_existing_one_and_writes_nothing(db, make, login_as):
    existing = make.claimant(pseudonym="KH-01", legal_name="โสภา จันทร์", date_of_birth=date(1990, 4, 2))
    db.session.commit()
    client = login_as("paralegal")
    before = (count(db, Claimant), count(db, AuditEntry))
    page = text(client.post("/claimants/new", data=NEW))
    assert "Is this someone already recorded?" in page
    assert f'href="/claimants/{existing.id}"' in page and "KH-01" in page
    assert "same date of birth, name spelled alike" in page
    assert (count(db, Claimant), count(db, AuditEntry)) == before


def test_saying_it_is_someone_else_records_them_and_the_trail_says_so(db, make, login_as):
    make.claimant(pseudonym="KH-01", legal_name="Sophea Chan")
    db.session.commit()
    client = login_as("lawyer")
    response = client.post("/claimants/new", data={**NEW, "distinct": "1"})
    assert response.status_code == 302
    created = db.session.scalar(sa.select(Claimant).where(Claimant.pseudonym == "KH-20"))
    notes = db.session.scalars(
        sa.select(AuditEntry.changes).where(
            AuditEntry.entity_type == "claimants", AuditEntry.entity_id == created.id
        )
    ).all()
    assert any(
        c.get("intake_check")
        == [None, "recorded as a different person: 1 possible match(es), 0 respondent(s)"]
        for c in notes
    ), notes
    # no legal name of anyone in the trail's note
    assert not any("Sophea" in str(c.get("intake_check")) for c in notes)


def test_no_likely_match_records_at_once(db, make, login_as):
    make.claimant(pseudonym="KH-01", legal_name="Sokha Meas")
    db.session.commit()
    response = login_as("lawyer").post("/claimants/new", data=NEW)
    assert response.status_code == 302


def test_a_protected_person_is_named_only_to_those_the_whereabouts_rule_names(db, make, login_as):
    make.claimant(pseudonym="KH-09", legal_name="Sophea Chan", protection_order=True)
    db.session.commit()
    unassigned = text(login_as("lawyer").post("/claimants/new", data=NEW))
    assert (
        "A possible match exists in the organisation that you may not see; ask an administrator."
        in unassigned
    )
    assert "KH-09" not in unassigned and "Sophea Chan" not in unassigned
    admin = text(login_as("admin").post("/claimants/new", data=NEW))
    assert "KH-09" in admin and "may not see" not in admin


def test_another_organisations_people_are_neither_named_nor_counted(db, make, login_as):
    other = make.org()
    make.claimant(org=other, pseudonym="XX-01", legal_name="Sophea Chan", date_of_birth=date(1990, 4, 2))
    make.respondent(org=other, name="Sopheap Chan", kind=RespondentKind.BROKER)
    db.session.commit()
    response = login_as("admin").post("/claimants/new", data=NEW)
    assert response.status_code == 302  # nothing found: recorded straight away
    assert "XX-01" not in text(
        login_as("admin").post("/respondents/new", data={"name": "Sophea Chan", "kind": "broker"})
    )


def test_an_archived_claimant_is_not_offered(db, make, login_as):
    gone = make.claimant(pseudonym="KH-01", legal_name="Sophea Chan")
    gone.archived_at = gone.created_at
    db.session.commit()
    assert login_as("lawyer").post("/claimants/new", data=NEW).status_code == 302


def test_a_client_named_like_a_respondent_is_a_conflict_of_interest(db, make, login_as):
    broker = make.respondent(name="Aung Kyaw", kind=RespondentKind.BROKER, country="MM")
    case = make.case(reference="LC-07")
    db.session.add(
        CaseRespondent(org_id=case.org_id, case_id=case.id, respondent_id=broker.id, role="defendant")
    )
    db.session.commit()
    data = {**NEW, "legal_name": "อ่อง จ่อ", "pseudonym": "MM-1"}
    page = text(login_as("lawyer").post("/claimants/new", data=data))
    assert "Conflict of interest" in page
    assert f'href="/respondents/{broker.id}"' in page and "respondent in LC-07" in page


def test_a_respondent_named_like_a_client_shows_the_client_and_their_cases(db, make, login_as):
    client_person = make.claimant(pseudonym="MM-03", legal_name="จ่อ มิน")
    case = make.case(reference="CR-03")
    make.party(case, client_person)
    make.respondent(name="Kyaw Min Trading", kind=RespondentKind.EMPLOYER)
    db.session.commit()
    client = login_as("lawyer")
    before = count(db, Respondent)
    page = text(
        client.post("/respondents/new", data={"name": "Kyaw Min", "kind": "broker", "status": "unknown"})
    )
    assert "Conflict of interest" in page and "MM-03" in page and "CR-03" in page
    assert count(db, Respondent) == before
    response = client.post(
        "/respondents/new", data={"name": "Kyaw Min", "kind": "broker", "status": "unknown", "distinct": "1"}
    )
    assert response.status_code == 302 and count(db, Respondent) == before + 1


def test_a_respondent_spelled_another_way_is_offered(db, make, login_as):
    same = make.respondent(name="Bounmy Sisavanh", kind=RespondentKind.LENDER)
    db.session.commit()
    page = text(
        login_as("paralegal").post(
            "/respondents/new", data={"name": "บุญมี สีสะหวัน", "kind": "lender", "status": "unknown"}
        )
    )
    assert "Is this a party already recorded?" in page and f'href="/respondents/{same.id}"' in page


def test_an_identity_document_held_by_another_claimant_is_shown_first(db, make, login_as):
    first = make.claimant(pseudonym="KH-01", legal_name="Sophea Chan")
    make.identity_document(first, number="N 0123-4567")
    second = make.claimant(pseudonym="KH-02", legal_name="Srey Mom")
    db.session.commit()
    client = login_as("lawyer")
    data = {"kind": "passport", "number": "n01234567", "issuing_country": "KH", "held_by": "claimant"}
    page = text(client.post(f"/claimants/{second.id}/documents/new", data=data))
    assert "same document number" in page and "KH-01" in page
    assert count(db, IdentityDocument) == 1
    assert (
        client.post(f"/claimants/{second.id}/documents/new", data={**data, "distinct": "1"}).status_code
        == 302
    )
    assert count(db, IdentityDocument) == 2


def test_keys_follow_a_renamed_claimant_and_an_archived_document(db, make, login_as):
    person = make.claimant(pseudonym="KH-01", legal_name="Sophea Chan")
    document = make.identity_document(person, number="AB1")
    db.session.commit()
    person.legal_name = "Dara Meas"
    document.archived_at = document.created_at
    db.session.commit()
    keys = set(db.session.scalars(sa.select(MatchKey.key).where(MatchKey.claimant_id == person.id)))
    assert keys == {"TL", "MS"}  # Dara, Meas, and the two together (TL again); no document
    assert not matching.claimant_candidates(person.org_id, "Sophea Chan")
    assert [m.claimant.id for m in matching.claimant_candidates(person.org_id, "ดารา")] == [person.id]


@pytest.mark.parametrize(
    ("locale", "change", "message"),
    [
        ("en", {"legal_name": ""}, "This field is required."),
        ("en", {"date_of_birth": "31/02/1990"}, ""),
        ("th", {"legal_name": ""}, "ต้องกรอกช่องนี้"),
    ],
)
def test_bad_input_is_a_message_and_no_check_and_nothing_written(db, make, login_as, locale, change, message):
    make.claimant(pseudonym="KH-01", legal_name="Sophea Chan")
    db.session.commit()
    client = login_as("lawyer", locale=locale)
    before = (count(db, Claimant), count(db, AuditEntry))
    response = client.post("/claimants/new", data={**NEW, **change})
    assert response.status_code == 200 and errors(response)
    assert message in " ".join(errors(response))
    assert (count(db, Claimant), count(db, AuditEntry)) == before


def test_the_check_reads_a_bounded_number_of_rows_whatever_the_organisation_holds(db, make, query_counter):
    """Many people sharing one word of a name ("Aung"): the candidates read are capped, the statements fixed."""
    org = make.default_org
    rows = [
        {
            "org_id": org.id,
            "pseudonym": f"MM-{n}",
            "legal_name": f"Aung Htet {n}",
            "nationality": "MM",
            "languages": "my",
            "sex": "not_recorded",
            "document_language": "my",
            "interpreter_needed": False,
            "trafficking_status": "not_screened",
            "protection_order": False,
            "version": 1,
        }
        for n in range(matching.CANDIDATES + 50)
    ]
    from claims.models.base import utcnow

    now = utcnow()
    db.session.execute(sa.insert(Claimant), [r | {"created_at": now, "updated_at": now} for r in rows])
    ids = db.session.scalars(sa.select(Claimant.id)).all()
    db.session.execute(sa.insert(MatchKey), [{"org_id": org.id, "claimant_id": i, "key": "G"} for i in ids])
    db.session.commit()
    with query_counter() as statements:
        found = matching.claimant_candidates(org.id, "Aung Aung")
    assert len(statements) <= 3
    assert len(found) <= matching.CANDIDATES


def test_what_the_save_refuses_is_said_before_any_match(db, make, login_as):
    """A pseudonym in use is an error next to its field, not a likely match to confirm past."""
    make.claimant(pseudonym="KH-20", legal_name="Sophea Chan")
    db.session.commit()
    response = login_as("lawyer").post("/claimants/new", data={**NEW, "distinct": ""})
    page = text(response)
    assert "Another claimant already has this pseudonym." in errors(response)
    assert "Is this someone already recorded?" not in page


def test_the_pages_of_a_client_and_a_broker_named_alike_warn_of_the_conflict(db, make, login_as):
    """After intake too: the broker's page names the client by pseudonym only (never the legal name), the
    client's page names the broker; a protected client is counted, not named, to staff not on their cases."""
    person = make.claimant(pseudonym="MM-03", legal_name="จ่อ มิน")
    case = make.case(reference="CR-03")
    make.party(case, person)
    broker = make.respondent(name="Kyaw Min", kind=RespondentKind.BROKER)
    hidden = make.claimant(pseudonym="MM-09", legal_name="Kyaw Min", protection_order=True)
    db.session.commit()
    client = login_as("lawyer")
    page = text(client.get(f"/respondents/{broker.id}"))
    assert "Conflict of interest" in page and "MM-03" in page and "CR-03" in page
    assert "จ่อ มิน" not in page and "MM-09" not in page
    assert "A possible match exists in the organisation that you may not see; ask an administrator." in page
    page = text(client.get(f"/claimants/{person.id}"))
    assert "Conflict of interest" in page and f'href="/respondents/{broker.id}"' in page
    assert hidden.id  # the admin sees both named
    admin = text(login_as("admin").get(f"/respondents/{broker.id}"))
    assert "MM-09" in admin and "may not see" not in admin


def test_no_conflict_no_warning(db, make, login_as):
    broker = make.respondent(name="Polar Berry Recruitment Co., Ltd.")
    person = make.claimant(pseudonym="BP-01", legal_name="Somchai Jaidee")
    db.session.commit()
    client = login_as("lawyer")
    assert "Conflict of interest" not in text(client.get(f"/respondents/{broker.id}"))
    assert "Conflict of interest" not in text(client.get(f"/claimants/{person.id}"))
