"""A protected person's whereabouts reach only the people the rule names, on every path.

Marker strings are planted in every whereabouts field of a protected claimant (and in the lodging and transport
of their case's hearing, and in their protection order's note). Every page that can show the claimant is opened as
a lawyer and a paralegal of the same organisation who are not on the claimant's cases, every document kind is made
(by them and by the assigned lawyer: a document never prints the markers, whoever makes it), documents are made
again from a context stored before the rule, and none of it may hold a marker. The assigned lawyer does see the
markers on the claimant's page, so the test cannot pass by showing nothing at all.

The markers have no digits: Thai documents print every digit in Thai, which would hide a leak from the search.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from claims import clock
from claims.documents.context import from_json, to_json
from claims.documents.manifest import templates
from claims.models import (
    AuditEntry,
    Case,
    Claimant,
    DocumentJob,
    GeneratedDocument,
    ProtectionOrder,
    TeamNotice,
)
from claims.models.enums import JobStatus
from claims.services.documents.case_data import load_case_data
from claims.services.documents.context import build_context
from tests.factories import wage_claim

TODAY = date(2024, 3, 1)

MARKERS = {
    "address": "MARKER-ADDR-QZX",
    "phone": "MARKER-PHONE-QZX",
    "contact_abroad": "MARKER-ABROAD-QZX",
    "home_district": "MARKER-DISTRICT-QZX",
    "home_province": "MARKER-PROVINCE-QZX",
    "partner_organisation": "MARKER-PARTNER-QZX",
    "guardian_contact": "MARKER-GUARDIAN-QZX",
    "protection_note": "MARKER-NOTE-QZX",
}
ORDER_NOTE = "MARKER-ORDERNOTE-QZX"
LODGING = "MARKER-LODGING-QZX"
TRANSPORT = "MARKER-TRANSPORT-QZX"
EVERY_MARKER = (*MARKERS.values(), ORDER_NOTE, LODGING, TRANSPORT)
SERVICE_ADDRESS = "Legal aid office, Service Road"


def _leaks(text: str) -> list[str]:
    return [marker for marker in EVERY_MARKER if marker in text]


def _docx_leaks(data: bytes) -> list[str]:
    """Markers anywhere in a .docx: every XML part (body, tables, headers, footers), not only the paragraphs."""
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        return _leaks("".join(docx.read(name).decode("utf-8", "replace") for name in docx.namelist()))


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        return docx.read("word/document.xml").decode("utf-8", "replace")


@pytest.fixture
def world(db, make):
    """A protected claimant (order in force, 24-hour guard) on a labour and a criminal case with their own lawyer
    and paralegal; an unprotected co-plaintiff; and a lawyer and a paralegal of the organisation on neither."""
    lawyer = make.user(role="lawyer", name="Assigned Lawyer", licence_number="1/2550")
    paralegal = make.user(role="paralegal", name="Assigned Paralegal", phone="02 000 0000")
    court = make.court(name_th="ศาลแรงงานกลาง", name_en="Central Labour Court")
    team = {"court_id": court.id, "lawyer_id": lawyer.id, "paralegal_id": paralegal.id}
    labour = make.case(reference="LC-W", black_number="ร.1/2567", **team)
    criminal = make.case(
        reference="CR-W", kind="criminal", black_number="อ.1/2567", office="Prosecutor's office", **team
    )
    agency = make.respondent(name="Agency Co., Ltd.")
    protected = make.claimant(
        pseudonym="PW-01",
        legal_name="นาย พยาน คุ้มครอง",
        guardian_name="Guardian",
        address_for_service=SERVICE_ADDRESS,
        **MARKERS,
    )
    other = make.claimant(pseudonym="PW-02", legal_name="นาย ผู้ร่วม ฟ้อง", address="Open Road")
    for case in (labour, criminal):
        make.defendant(case, agency)
        for position, person in enumerate((protected, other), start=1):
            make.party(case, person, position=position)
            make.calculation(case, person, wage_claim())
    make.identity_document(protected, number="AB")
    hearing = make.hearing(labour, court_id=court.id, support_lodging=LODGING, support_transport=TRANSPORT)
    make._add(
        ProtectionOrder(
            org_id=protected.org_id,
            claimant_id=protected.id,
            ordering_office="Witness Protection Office",
            legal_basis="Witness Protection in Criminal Cases Act B.E. 2546",
            kind="guard_24h",
            valid_from=clock.today() - timedelta(days=30),
            note=ORDER_NOTE,
        )
    )
    db.session.commit()
    return {
        "lawyer": lawyer,
        "paralegal": paralegal,
        "labour": labour,
        "criminal": criminal,
        "protected": protected,
        "other": other,
        "hearing": hearing,
    }


def _client(app, user):
    from tests.conftest import Client

    return Client(app).login(user)


@pytest.fixture
def assigned(app, world):
    return _client(app, world["lawyer"])


def _pages(world) -> list[str]:
    c, labour, hearing = world["protected"].id, world["labour"].id, world["hearing"].id
    return [
        "/",
        "/claimants/",
        "/claimants/?q=PW",
        "/claimants/?protected=1",
        f"/claimants/{c}",
        f"/claimants/{c}/edit",
        "/cases/",
        f"/cases/{labour}",
        f"/cases/{world['criminal'].id}",
        f"/cases/{labour}/edit",
        "/hearings/",
        f"/hearings/{hearing}",
        f"/hearings/{hearing}/edit",
        "/calendar/",
        f"/calendar/claimant/{c}",
        "/reminders/",
        "/reminders/?scope=org",
        f"/reminders/case/{labour}.ics",
        f"/documents/case/{labour}",
        f"/calculations/case/{labour}",
        f"/settlements/case/{labour}",
        "/admin/audit",
    ]


@pytest.mark.parametrize("role", ["lawyer", "paralegal"])
def test_no_page_shows_a_protected_persons_whereabouts_to_unassigned_staff(world, login_as, role):
    client = login_as(role)
    for url in _pages(world):
        response = client.get(url)
        assert response.status_code in (200, 403), (url, response.status_code)
        assert _leaks(response.get_data(as_text=True)) == [], url
    # The pages do show the claimant (so the search above looked at them), only not where they are.
    for url in (f"/claimants/{world['protected'].id}", f"/cases/{world['labour'].id}", "/claimants/?q=PW"):
        assert "PW-01" in client.get(url).get_data(as_text=True), url
    # The protection orders are for the people the rule names only.
    assert client.get(f"/claimants/{world['protected'].id}/protection/new").status_code == 403


def test_filtering_by_province_does_not_tell_where_a_protected_person_is_from(world, login_as, assigned):
    url = f"/claimants/?province={MARKERS['home_province']}"
    assert "PW-01" not in login_as("paralegal").get(url).get_data(as_text=True)
    assert "PW-01" in assigned.get(url).get_data(as_text=True)


def test_the_assigned_lawyer_and_an_admin_see_the_markers_on_the_claimant_page(world, assigned, login_as):
    for client in (assigned, login_as("admin")):
        page = client.get(f"/claimants/{world['protected'].id}").get_data(as_text=True)
        assert set(_leaks(page)) == set(MARKERS.values()) | {ORDER_NOTE}
        form = client.get(f"/claimants/{world['protected'].id}/edit").get_data(as_text=True)
        assert MARKERS["address"] in form and MARKERS["protection_note"] in form
        hearing = client.get(f"/hearings/{world['hearing'].id}").get_data(as_text=True)
        assert LODGING in hearing and TRANSPORT in hearing


def test_an_expired_order_no_longer_protects(db, world, login_as):
    order = db.session.scalar(sa.select(ProtectionOrder))
    order.valid_to = clock.today() - timedelta(days=1)
    db.session.commit()
    page = login_as("lawyer").get(f"/claimants/{world['protected'].id}").get_data(as_text=True)
    assert MARKERS["address"] in page


def test_the_old_yes_no_flag_still_protects_without_an_order(db, make, login_as):
    claimant = make.claimant(protection_order=True, address=MARKERS["address"])
    db.session.commit()
    page = login_as("lawyer").get(f"/claimants/{claimant.id}/edit").get_data(as_text=True)
    assert MARKERS["address"] not in page and 'name="address"' not in page


# ---------------------------------------------------------------- the edit form


def _claimant_form(claimant: Claimant, **extra) -> dict:
    data = {
        "version": str(claimant.version),
        "pseudonym": claimant.pseudonym,
        "legal_name": claimant.legal_name,
        "sex": "not_recorded",
        "guardian_name": claimant.guardian_name or "",
        "nationality": "TH",
        "languages": ["th"],
        "document_language": "th",
        "trafficking_status": "not_screened",
        "notes": "Changed by someone not on the case",
    }
    data.update(extra)
    return data


@pytest.mark.parametrize("posted", [{}, {**MARKERS, "address": "Somewhere else", "protection_order": ""}])
def test_an_unassigned_users_save_keeps_the_whereabouts_as_stored(db, world, login_as, posted):
    claimant = world["protected"]
    client = login_as("paralegal")
    form = client.get(f"/claimants/{claimant.id}/edit").get_data(as_text=True)
    assert 'name="address"' not in form and 'name="protection_note"' not in form
    response = client.post(f"/claimants/{claimant.id}/edit", data=_claimant_form(claimant, **posted))
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    stored = db.session.get(Claimant, claimant.id)
    assert stored.notes == "Changed by someone not on the case"  # the rest of the form was saved
    assert {name: getattr(stored, name) for name in MARKERS} == MARKERS
    assert stored.protected


def test_the_audit_trail_keeps_a_protected_persons_whereabouts_as_protected(db, world, assigned, login_as):
    claimant = world["protected"]
    new = {**MARKERS, "address": "MARKER-NEWADDR-QZX", "protection_order": "y"}
    response = assigned.post(f"/claimants/{claimant.id}/edit", data=_claimant_form(claimant, **new))
    assert response.status_code == 302
    entry = db.session.scalars(sa.select(AuditEntry).where(AuditEntry.entity_type == "claimants")).all()[-1]
    assert entry.changes["address"] == ["[protected]", "[protected]"]  # stored so, not only shown so
    assert entry.changes["protection_order"] == [False, True]
    page = login_as("admin").get("/admin/audit").get_data(as_text=True)
    assert "MARKER-NEWADDR-QZX" not in page and _leaks(page) == [] and "[protected]" in page


def test_an_audit_entry_written_before_the_order_is_hidden_on_read(db, world, login_as):
    claimant = world["protected"]
    db.session.add(
        AuditEntry(
            org_id=claimant.org_id,
            action="update",
            entity_type="claimants",
            entity_id=claimant.id,
            label=claimant.pseudonym,
            changes={"home_district": ["Old", MARKERS["home_district"]], "notes": ["a", "b"]},
        )
    )
    db.session.commit()
    page = login_as("admin").get(f"/admin/audit/claimants/{claimant.id}").get_data(as_text=True)
    assert _leaks(page) == [] and "[protected]" in page


# ---------------------------------------------------------------- the case team


def test_a_case_worker_cannot_make_themselves_the_paralegal(db, world, login_as):
    client = login_as("paralegal")
    case = world["labour"]
    form = client.get(f"/cases/{case.id}/edit").get_data(as_text=True)
    assert 'name="paralegal_id"' not in form
    data = {
        "version": str(case.version),
        "reference": case.reference,
        "title": case.title,
        "kind": "labour",
        "court_id": str(case.court_id),
        "black_number": case.black_number,
        "filed_on": "2024-01-15",
        "stage": case.stage.value,
        "status": case.status.value,
        "lawyer_id": str(world["lawyer"].id),
        "paralegal_id": str(client.user.id),
    }
    assert client.post(f"/cases/{case.id}/edit", data=data).status_code == 403
    assert db.session.get(Case, case.id).paralegal_id == world["paralegal"].id
    page = client.get(f"/claimants/{world['protected'].id}").get_data(as_text=True)
    assert _leaks(page) == []
    # Without the team fields the rest saves, and the team stays.
    del data["lawyer_id"], data["paralegal_id"]
    data["title"] = "Renamed"
    assert client.post(f"/cases/{case.id}/edit", data=data).status_code == 302
    stored = db.session.get(Case, case.id)
    assert (stored.title, stored.paralegal_id) == ("Renamed", world["paralegal"].id)


def test_an_admins_team_change_is_audited_and_flagged_to_the_lawyer(db, world, login_as, app):
    admin = login_as("admin")
    newcomer = login_as("paralegal")
    case = world["labour"]
    data = {
        "version": str(case.version),
        "reference": case.reference,
        "title": case.title,
        "kind": "labour",
        "court_id": str(case.court_id),
        "black_number": case.black_number,
        "filed_on": "2024-01-15",
        "stage": case.stage.value,
        "status": case.status.value,
        "lawyer_id": str(world["lawyer"].id),
        "paralegal_id": str(newcomer.user.id),
    }
    assert admin.post(f"/cases/{case.id}/edit", data=data).status_code == 302
    entry = db.session.scalars(sa.select(AuditEntry).where(AuditEntry.entity_type == "cases")).all()[-1]
    assert entry.changes["paralegal_id"] == [world["paralegal"].id, newcomer.user.id]
    notice = db.session.scalar(sa.select(TeamNotice))
    assert (notice.user_id, notice.case_id) == (world["lawyer"].id, case.id)
    reminders = _client(app, world["lawyer"]).get("/reminders/").get_data(as_text=True)
    assert "LC-W" in reminders and newcomer.user.name in reminders


def test_only_someone_who_may_see_them_puts_a_protected_person_in_a_case(db, world, make, login_as):
    client = login_as("lawyer")
    own = make.case(reference="OWN", lawyer_id=client.user.id)
    db.session.commit()
    response = client.post(
        f"/cases/{own.id}/claimants/add",
        data={"claimant_ids": [str(world["protected"].id)], "role": "plaintiff", "claimed_currency": "THB"},
    )
    assert response.status_code == 200 and "Under protection" in response.get_data(as_text=True)
    assert _leaks(client.get(f"/claimants/{world['protected'].id}").get_data(as_text=True)) == []


# ---------------------------------------------------------------- documents


def test_no_document_context_holds_a_protected_persons_whereabouts(db, world):
    """Every template of the manifest, made for the protected claimant alone and jointly: the data a template
    may use holds none of the markers, so no template (one uploaded tomorrow included) can print them."""
    checked = 0
    for case in (world["labour"], world["criminal"]):
        data = load_case_data(case, today=TODAY, with_other_cases=True)
        for spec in templates().values():
            if case.kind.value not in spec.case_kinds:
                continue
            for scope in spec.scopes:
                context = build_context(
                    data, spec, scope=scope, claimant_id=world["protected"].id, on=TODAY, version=0
                )
                assert _leaks(to_json(context)) == [], (spec.name, scope)
                person = context["claimant"]
                assert person["address"] == SERVICE_ADDRESS and person["phone"] is None
                assert person["protection"] == "Witness Protection Office"
                checked += 1
    assert checked > 20


def _make(client, case, template, scope="claimant", claimant="all"):
    return client.post(
        f"/documents/case/{case.id}",
        data={
            "template": template,
            "scope": scope,
            "claimant": str(claimant),
            "document_date": TODAY.isoformat(),
            "file_format": "docx",
            # The world's people are not identified as victims: an s.35 claim asks to confirm that first
            # (tests/web/test_identification.py); here only what the document prints matters.
            "confirm_unidentified": "y",
        },
    )


@pytest.mark.parametrize("who", ["assigned", "unassigned"])
@pytest.mark.parametrize(
    ("case_key", "template", "scope"),
    [
        ("labour", "labour_complaint.th", "claimant"),
        ("labour", "labour_complaint.en", "joint"),
        ("labour", "calculation_annex.th", "claimant"),
        ("labour", "mdt_summary.th", "claimant"),
        ("labour", "hearing_letter.th", "claimant"),
        ("labour", "hearing_letter.en", "claimant"),
        ("criminal", "criminal_petition.th", "claimant"),
        ("criminal", "criminal_petition.en", "joint"),
        ("criminal", "prosecutor_claim.th", "claimant"),
    ],
)
def test_no_filing_prints_the_markers_whoever_makes_it(
    app, db, world, assigned, login_as, who, case_key, template, scope
):
    client = assigned if who == "assigned" else login_as("lawyer")
    case = world[case_key]
    response = _make(client, case, template, scope, world["protected"].id if scope == "claimant" else "all")
    assert response.status_code == 200, response.get_data(as_text=True)[:3000]
    assert _docx_leaks(response.data) == []
    if scope == "joint" and template.startswith("labour_complaint"):
        assert "Open Road" in _docx_text(response.data)  # an unprotected co-plaintiff's address still prints
    record = db.session.scalars(sa.select(GeneratedDocument).order_by(GeneratedDocument.id)).all()[-1]
    assert _leaks(record.context) == []  # the stored context never holds them either
    again = client.get(f"/documents/made/{record.id}/download")
    assert again.status_code == 200 and _docx_leaks(again.data) == []


def test_the_complaint_prints_the_address_for_service_instead(db, world, assigned):
    response = _make(assigned, world["labour"], "labour_complaint.en", "claimant", world["protected"].id)
    with zipfile.ZipFile(io.BytesIO(response.data)) as docx:
        body = docx.read("word/document.xml").decode()
    assert SERVICE_ADDRESS in body


def test_a_group_runs_zip_holds_no_marker(db, world, assigned):
    _make(assigned, world["labour"], "labour_complaint.th")
    job = db.session.scalar(sa.select(DocumentJob))
    assert job.status == JobStatus.DONE, job.error
    assert job.whereabouts_redacted
    with zipfile.ZipFile(io.BytesIO(job.archive)) as archive:
        for name in archive.namelist():
            assert _docx_leaks(archive.read(name)) == [], name


def test_a_context_stored_before_the_rule_is_served_again_without_them(db, world, assigned):
    """A document made before this change holds the whereabouts in its stored data: "download again" redacts
    them on read."""
    response = _make(assigned, world["labour"], "labour_complaint.th", "claimant", world["protected"].id)
    assert response.status_code == 200
    record = db.session.scalar(sa.select(GeneratedDocument))
    old = from_json(record.context)
    old["claimant"] = {**old["claimant"], "address": MARKERS["address"], "phone": MARKERS["phone"]}
    old["plaintiffs"] = [old["claimant"]]
    old["hearing"] = {"lodging": LODGING, "transport": TRANSPORT}
    record.context = to_json(old)
    db.session.commit()
    assert MARKERS["address"] in record.context
    again = assigned.get(f"/documents/made/{record.id}/download")
    assert again.status_code == 200 and _docx_leaks(again.data) == []


def test_a_zip_made_before_the_rule_is_not_served_again_for_a_protected_claimants_case(db, world, assigned):
    job = DocumentJob(
        org_id=world["labour"].org_id,
        case_id=world["labour"].id,
        templates=[["labour_complaint.th", "claimant"]],
        document_date=TODAY,
        status=JobStatus.DONE,
        archive=MARKERS["address"].encode(),
        archive_name="old.zip",
        whereabouts_redacted=False,
        created_by_id=world["lawyer"].id,
    )
    db.session.add(job)
    db.session.commit()
    response = assigned.get(f"/documents/jobs/{job.id}/download")
    assert response.status_code == 302
    assert MARKERS["address"].encode() not in response.data


def test_stored_contexts_in_the_database_never_hold_markers_after_every_kind_is_made(db, world, assigned):
    for template, scope in (("labour_complaint.th", "joint"), ("mdt_summary.en", "claimant")):
        _make(
            assigned,
            world["labour"],
            template,
            scope,
            world["protected"].id if scope == "claimant" else "all",
        )
    contexts = db.session.scalars(sa.select(GeneratedDocument.context)).all()
    assert contexts and all(_leaks(c) == [] for c in contexts)
    assert all(_leaks(json.dumps(e.changes)) == [] for e in db.session.scalars(sa.select(AuditEntry)))


def test_a_case_worker_of_a_case_without_protected_people_sees_lodging(db, make, login_as):
    case = make.case()
    make.party(case, make.claimant())
    hearing = make.hearing(case, support_lodging=LODGING)
    db.session.commit()
    assert LODGING in login_as("paralegal").get(f"/hearings/{hearing.id}").get_data(as_text=True)


def test_an_unassigned_users_hearing_save_keeps_lodging_and_transport(db, world, login_as):
    hearing = world["hearing"]
    client = login_as("lawyer")
    form = client.get(f"/hearings/{hearing.id}/edit").get_data(as_text=True)
    assert 'name="support_lodging"' not in form
    local = hearing.starts_at
    data = {
        "version": str(hearing.version),
        "starts_at": local.strftime("%Y-%m-%dT%H:%M"),
        "kind": hearing.kind.value,
        "status": "scheduled",
        "court_id": str(hearing.court_id),
        "support_currency": "THB",
        "support_lodging": "Somewhere else",
        "room": "Room B",
    }
    response = client.post(f"/hearings/{hearing.id}/edit", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)[:3000]
    from claims.models import Hearing

    stored = db.session.get(Hearing, hearing.id)
    assert (stored.room, stored.support_lodging, stored.support_transport) == ("Room B", LODGING, TRANSPORT)


# ---------------------------------------------------------------- protection orders


def test_the_assigned_lawyer_records_edits_and_archives_an_order(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant(address="Home Road")
    make.party(make.case(lawyer_id=client.user.id), claimant)
    db.session.commit()
    data = {
        "ordering_office": "Witness Protection Office",
        "legal_basis": "Witness Protection in Criminal Cases Act B.E. 2546",
        "kind": "relocation",
        "valid_from": (clock.today() - timedelta(days=1)).isoformat(),
        "valid_to": (clock.today() - timedelta(days=2)).isoformat(),
        "note": ORDER_NOTE,
    }
    refused = client.post(f"/claimants/{claimant.id}/protection/new", data=data)
    assert "cannot end before it starts" in refused.get_data(as_text=True)
    data["valid_to"] = ""
    assert client.post(f"/claimants/{claimant.id}/protection/new", data=data).status_code == 302
    order = db.session.scalar(sa.select(ProtectionOrder))
    assert db.session.get(Claimant, claimant.id).protected
    entry = db.session.scalars(
        sa.select(AuditEntry).where(AuditEntry.entity_type == "protection_orders")
    ).one()
    assert entry.changes["note"] == [None, "[protected]"] and entry.changes["kind"] == [None, "relocation"]
    # Now protected: a colleague not on the case no longer sees the address, nor the order.
    page = login_as("paralegal").get(f"/claimants/{claimant.id}").get_data(as_text=True)
    assert "Home Road" not in page and "Witness Protection Office" not in page
    edited = client.post(
        f"/claimants/{claimant.id}/protection/{order.id}/edit",
        data={**data, "version": str(order.version), "kind": "guard_24h"},
    )
    assert edited.status_code == 302 and db.session.get(ProtectionOrder, order.id).kind.value == "guard_24h"
    version = db.session.get(ProtectionOrder, order.id).version
    archived = client.post(
        f"/claimants/{claimant.id}/protection/{order.id}/archive", data={"version": version}
    )
    assert archived.status_code == 302
    assert db.session.get(ProtectionOrder, order.id).archived_at is not None
    assert not db.session.get(Claimant, claimant.id).protected


def test_an_unassigned_user_cannot_touch_a_protected_persons_orders(db, world, login_as):
    order = db.session.scalar(sa.select(ProtectionOrder))
    client = login_as("lawyer")
    url = f"/claimants/{world['protected'].id}/protection/{order.id}"
    assert client.get(url + "/edit").status_code == 403
    assert client.post(url + "/archive", data={"version": str(order.version)}).status_code == 403
    assert db.session.get(ProtectionOrder, order.id).archived_at is None
