"""A claimant's identification history: recorded event by event, the latest one is the claimant's status, bad
input writes nothing, another organisation's records are not found, and a Fund request or an s.35 claim for someone
not identified is stopped with a warning until confirmed."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, Claimant, DocumentJob, GeneratedDocument, IdentificationEvent
from claims.models.enums import CaseKind, TraffickingStatus

EVENT = {
    "status": "identified",
    "occurred_on": "2024-01-10",
    "authority": "Anti-Trafficking in Persons Act B.E. 2551",
    "agency": "Pathumthani Welfare Protection Center for VOT (MSDHS)",
    "official": "Ms. Social Worker",
    "partner_country": "",
    "returnee_category": "",
}


def count(db, model):
    return db.session.scalar(sa.select(sa.func.count(model.id)))


def errors(response) -> list[str]:
    found = re.findall(r'class="error"[^>]*>([^<]+)<', response.get_data(as_text=True))
    return [html.unescape(text) for text in found]


def test_an_identification_is_recorded_audited_and_becomes_the_claimants_status(db, make, login_as):
    client = login_as("paralegal")
    claimant = make.claimant(pseudonym="FB-01")
    db.session.commit()
    response = client.post(f"/claimants/{claimant.id}/identification/new", data=EVENT)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/claimants/{claimant.id}#identification")
    event = db.session.scalar(sa.select(IdentificationEvent))
    assert (event.status.value, event.occurred_on, event.official) == (
        "identified",
        date(2024, 1, 10),
        "Ms. Social Worker",
    )
    db.session.refresh(claimant)
    assert claimant.trafficking_status == TraffickingStatus.IDENTIFIED
    assert claimant.identified_on == date(2024, 1, 10)
    assert claimant.identifying_agency == EVENT["agency"]
    assert claimant.identifying_official == "Ms. Social Worker"
    audited = {(a.entity_type, a.action.value) for a in db.session.scalars(sa.select(AuditEntry))}
    assert ("identification_events", "create") in audited
    assert ("claimants", "update") in audited  # the claimant's status changed with it, in the trail too
    page = client.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    assert "Identified as a victim of trafficking" in page
    assert "Anti-Trafficking in Persons Act B.E. 2551" in page


def test_the_latest_event_decides_and_archiving_it_falls_back_to_the_one_before(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    client.post(
        f"/claimants/{claimant.id}/identification/new",
        data={**EVENT, "status": "screened", "occurred_on": "2024-01-02"},
    )
    db.session.refresh(claimant)
    # Screened and not yet decided: for everything that reads the claimant's status, not identified.
    assert claimant.trafficking_status == TraffickingStatus.SCREENED_NOT_IDENTIFIED
    assert claimant.identified_on is None
    client.post(f"/claimants/{claimant.id}/identification/new", data=EVENT)
    # An event recorded later but dated earlier does not override the latest decision.
    client.post(
        f"/claimants/{claimant.id}/identification/new",
        data={**EVENT, "status": "not_identified", "occurred_on": "2024-01-05"},
    )
    db.session.refresh(claimant)
    assert claimant.trafficking_status == TraffickingStatus.IDENTIFIED
    latest = db.session.scalar(
        sa.select(IdentificationEvent).where(IdentificationEvent.status == "identified")
    )
    response = client.post(
        f"/claimants/{claimant.id}/identification/{latest.id}/archive", data={"version": str(latest.version)}
    )
    assert response.status_code == 302
    db.session.refresh(claimant)
    assert claimant.trafficking_status == TraffickingStatus.SCREENED_NOT_IDENTIFIED
    assert claimant.identified_on is None
    assert db.session.get(IdentificationEvent, latest.id).archived_at is not None  # archived, not deleted
    page = client.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    assert "Not identified" in page


def test_an_edit_keeps_the_claimant_in_step(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    client.post(f"/claimants/{claimant.id}/identification/new", data=EVENT)
    event = db.session.scalar(sa.select(IdentificationEvent))
    response = client.post(
        f"/claimants/{claimant.id}/identification/{event.id}/edit",
        data={**EVENT, "status": "declined", "version": str(event.version)},
    )
    assert response.status_code == 302
    db.session.refresh(claimant)
    assert claimant.trafficking_status == TraffickingStatus.DECLINED_ASSISTANCE
    assert claimant.identified_on is None


@pytest.mark.parametrize(
    ("locale", "change", "field_message"),
    [
        ("en", {"occurred_on": ""}, "Enter the date of the screening or decision."),
        ("en", {"occurred_on": "2099-01-01"}, "This date cannot be in the future."),
        ("en", {"agency": ""}, "Enter the agency that identified the person."),
        (
            "en",
            {"joint_cross_border": "y"},
            "Name the country whose authorities identified the person jointly.",
        ),
        ("en", {"status": "rescued"}, "Not a valid choice."),
        ("en", {"occurred_on": "1999-01-01"}, "Identification cannot come before the date of birth."),
        ("th", {"agency": ""}, "โปรดกรอกหน่วยงานที่คัดแยกบุคคลนี้"),
        ("th", {"joint_cross_border": "y"}, "ระบุประเทศที่เจ้าหน้าที่ร่วมคัดแยกบุคคลนี้"),
    ],
)
def test_bad_input_says_what_is_wrong_and_writes_nothing(db, make, login_as, locale, change, field_message):
    client = login_as("lawyer", locale=locale)
    claimant = make.claimant(date_of_birth=date(2000, 1, 1))
    db.session.commit()
    audit_before = count(db, AuditEntry)
    response = client.post(f"/claimants/{claimant.id}/identification/new", data={**EVENT, **change})
    assert response.status_code == 200
    assert field_message in errors(response), errors(response)
    assert count(db, IdentificationEvent) == 0
    assert count(db, AuditEntry) == audit_before
    db.session.refresh(claimant)
    assert claimant.trafficking_status == TraffickingStatus.NOT_SCREENED


def test_another_organisations_claimant_and_events_are_not_found(db, make, login_as):
    other = make.org()
    foreign = make.claimant(org=other)
    event = make.identification(foreign)
    mine = make.claimant()
    db.session.commit()
    client = login_as("lawyer")
    assert client.get(f"/claimants/{foreign.id}/identification/new").status_code == 404
    assert client.post(f"/claimants/{foreign.id}/identification/new", data=EVENT).status_code == 404
    assert client.get(f"/claimants/{foreign.id}/identification/{event.id}/edit").status_code == 404
    # Nor under one's own claimant.
    assert client.get(f"/claimants/{mine.id}/identification/{event.id}/edit").status_code == 404
    archive = client.post(f"/claimants/{mine.id}/identification/{event.id}/archive", data={"version": "1"})
    assert archive.status_code == 404
    assert db.session.get(IdentificationEvent, event.id).archived_at is None
    assert count(db, IdentificationEvent) == 1


def test_the_claimant_form_no_longer_sets_the_status_by_hand(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant(pseudonym="BP-77")
    db.session.commit()
    form = client.get(f"/claimants/{claimant.id}/edit").get_data(as_text=True)
    assert 'name="trafficking_status"' not in form
    client.post(
        f"/claimants/{claimant.id}/edit",
        data={
            "pseudonym": "BP-77",
            "legal_name": "X",
            "sex": "male",
            "document_language": "th",
            "version": "1",
            "trafficking_status": "identified",
        },
    )
    db.session.refresh(claimant)
    assert claimant.trafficking_status == TraffickingStatus.NOT_SCREENED


# ---------------------------------------------------------------- the warning before a Fund or s.35 document


@pytest.fixture
def criminal(db, make):
    lawyer = make.user(role="lawyer", name="Lawyer Somsak")
    case = make.case(reference="CR-ID", kind=CaseKind.CRIMINAL, lawyer_id=lawyer.id)
    identified = make.claimant(
        pseudonym="ID-01", trafficking_status="identified", identified_on=date(2024, 1, 1)
    )
    screened = make.claimant(pseudonym="SC-02", trafficking_status="screened_not_identified")
    make.party(case, identified, position=1)
    make.party(case, screened, position=2)
    db.session.commit()
    return {"case": case, "identified": identified, "screened": screened}


def _form(template, claimant, scope="claimant", **extra):
    return {
        "template": template,
        "scope": scope,
        "claimant": str(claimant),
        "document_date": "2024-03-01",
        "file_format": "docx",
        **extra,
    }


def _made(db) -> int:
    return count(db, GeneratedDocument) + count(db, DocumentJob)


@pytest.mark.parametrize(
    ("template", "basis"),
    [
        ("fund_request.en", "sections 33 and 44"),
        ("prosecutor_claim.en", "section 35 of the Anti-Trafficking in Persons Act"),
    ],
)
def test_a_fund_or_s35_document_for_someone_not_identified_is_warned_with_its_basis(
    db, login_as, criminal, template, basis
):
    client = login_as("lawyer")
    url = f"/documents/case/{criminal['case'].id}"
    response = client.post(url, data=_form(template, criminal["screened"].id))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'id="identification-warning"' in page
    assert "SC-02" in page and basis in html.unescape(page)
    assert 'name="confirm_unidentified"' in page
    assert _made(db) == 0
    # Confirmed: the warning no longer stops it (it is made, or refused for missing data, never warned again).
    confirmed = client.post(url, data=_form(template, criminal["screened"].id, confirm_unidentified="y"))
    assert 'id="identification-warning"' not in confirmed.get_data(as_text=True)


def test_the_whole_group_is_warned_of_its_unidentified_member_and_the_identified_one_is_not(
    db, login_as, criminal
):
    client = login_as("lawyer")
    url = f"/documents/case/{criminal['case'].id}"
    group = client.post(url, data=_form("prosecutor_claim.en", "all", scope="joint")).get_data(as_text=True)
    assert 'id="identification-warning"' in group and "SC-02" in group
    warning = group[group.index('id="identification-warning"') :]
    assert "ID-01" not in warning[: warning.index("</div>")]
    one = client.post(url, data=_form("fund_request.en", criminal["identified"].id)).get_data(as_text=True)
    assert 'id="identification-warning"' not in one


def test_the_warning_in_thai(db, login_as, criminal):
    client = login_as("lawyer", locale="th")
    page = client.post(
        f"/documents/case/{criminal['case'].id}", data=_form("fund_request.th", criminal["screened"].id)
    ).get_data(as_text=True)
    assert "ยังไม่ได้รับการคัดแยกเป็นผู้เสียหายจากการค้ามนุษย์" in page
    assert "มาตรา ๓๓ และมาตรา ๔๔" in html.unescape(page)


def test_a_document_that_does_not_rest_on_identification_is_not_warned(db, make, login_as):
    client = login_as("lawyer")
    case = make.case(reference="LC-X")
    person = make.claimant(pseudonym="NS-01")
    make.party(case, person)
    db.session.commit()
    page = client.post(f"/documents/case/{case.id}", data=_form("labour_complaint.en", person.id))
    assert 'id="identification-warning"' not in page.get_data(as_text=True)
    assert db.session.get(Claimant, person.id).trafficking_status == TraffickingStatus.NOT_SCREENED


def test_an_administrator_restores_an_archived_event_and_the_claimant_follows(db, make, login_as):
    lawyer = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    lawyer.post(f"/claimants/{claimant.id}/identification/new", data=EVENT)
    event = db.session.scalar(sa.select(IdentificationEvent))
    lawyer.post(
        f"/claimants/{claimant.id}/identification/{event.id}/archive", data={"version": str(event.version)}
    )
    db.session.refresh(claimant)
    assert claimant.trafficking_status == TraffickingStatus.NOT_SCREENED
    admin = login_as("admin")
    assert "identification (identified)" in admin.get("/admin/archive").get_data(as_text=True)
    response = admin.post(f"/admin/archive/identification_events/{event.id}/restore")
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(IdentificationEvent, event.id).archived_at is None
    assert db.session.get(Claimant, claimant.id).trafficking_status == TraffickingStatus.IDENTIFIED
