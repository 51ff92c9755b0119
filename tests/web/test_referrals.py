"""Referral pages: recording one from the claimant's page, the consent rule's message in Thai and English with
nothing written, the overdue referrals on the claimant page, in the list and on the dashboard on a fixed day, and a
protected person's referral notes kept from staff not on their cases."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
import sqlalchemy as sa

from claims.models import Agency, AuditEntry, ProtectionOrder, Referral
from claims.models.enums import AgencyKind, ReferralStatus

TODAY = date(2026, 3, 20)


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    monkeypatch.setattr("claims.clock.today", lambda: TODAY)
    monkeypatch.setattr("claims.clock.now", lambda: datetime.combine(TODAY, time(10, 0)))  # the dashboard's


def text(response) -> str:
    return response.get_data(as_text=True).replace("&#39;", "'")


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


@pytest.fixture
def shelter(db, make):
    record = Agency(org_id=make.default_org.id, name_en="Riverside shelter", kind=AgencyKind.SHELTER)
    db.session.add(record)
    db.session.commit()
    return record


def form(shelter, **kw) -> dict:
    return {
        "to_agency_id": str(shelter.id),
        "referred_on": "2026-03-02",
        "services": ["shelter"],
        "reason": "Needs a safe place",
        "consent_given": "y",
        "consent_on": "2026-03-01",
        "consent_method": "verbal",
        "consent_by": "Herself",
        "status": "sent",
        "expected_response_on": "2026-03-09",
    } | kw


def test_a_referral_is_recorded_from_the_claimants_page(db, make, login_as, shelter):
    client = login_as("paralegal")
    claimant = make.claimant()
    db.session.commit()
    page = text(client.get(f"/claimants/{claimant.id}"))
    assert f'href="/referrals/new?claimant_id={claimant.id}"' in page
    response = client.post(f"/referrals/new?claimant_id={claimant.id}", form(shelter))
    assert response.status_code == 302
    referral = db.session.scalar(sa.select(Referral))
    assert (referral.claimant_id, referral.to_agency_id, referral.from_agency_id) == (
        claimant.id,
        shelter.id,
        None,
    )
    assert referral.consent_on == date(2026, 3, 1) and referral.status == ReferralStatus.SENT
    assert db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "referrals")) is not None
    # Recorded on the 2nd, answer expected by the 9th, none by the 20th: overdue on the claimant's page.
    page = text(client.get(f"/claimants/{claimant.id}"))
    assert "Riverside shelter" in page and "1 overdue" in page


@pytest.mark.parametrize(
    "locale, message",
    [
        ("en", "A referral needs the person's consent. Without it, record the referral only as an emergency"),
        ("th", "การส่งต่อต้องได้รับความยินยอมจากบุคคลนั้น"),
    ],
)
def test_a_referral_without_consent_is_refused_in_the_users_language(
    db, make, login_as, shelter, locale, message
):
    client = login_as("lawyer", locale=locale)
    claimant = make.claimant()
    db.session.commit()
    response = client.post(
        f"/referrals/new?claimant_id={claimant.id}", form(shelter, consent_given="", consent_on="")
    )
    assert response.status_code == 200 and message in text(response)
    assert 'id="consent_given-err"' in text(response)
    assert count(db, Referral) == 0 and count(db, AuditEntry) == 0


@pytest.mark.parametrize(
    "locale, message",
    [
        ("en", "Say why the referral could not wait for the person's consent."),
        ("th", "กรุณาระบุเหตุผลที่การส่งต่อไม่อาจรอความยินยอมของบุคคลนั้นได้"),
    ],
)
def test_an_emergency_without_its_reason_is_refused(db, make, login_as, shelter, locale, message):
    client = login_as("lawyer", locale=locale)
    claimant = make.claimant()
    db.session.commit()
    response = client.post(
        f"/referrals/new?claimant_id={claimant.id}", form(shelter, consent_given="", emergency="y")
    )
    assert message in text(response) and count(db, Referral) == 0


def test_an_emergency_referral_with_its_reason_is_recorded_and_marked(db, make, login_as, shelter):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    response = client.post(
        f"/referrals/new?claimant_id={claimant.id}",
        form(shelter, consent_given="", emergency="y", emergency_reason="Unconscious after the accident"),
    )
    assert response.status_code == 302
    referral = db.session.scalar(sa.select(Referral))
    assert "emergency, no consent" in text(client.get(f"/referrals/{referral.id}"))


def test_bad_input_never_writes_and_never_fails(db, make, login_as, shelter):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    for change in (
        {"to_agency_id": "999999"},
        {"to_agency_id": "junk"},
        {"referred_on": "31/02/2569"},
        {"status": "lost"},
        {"case_id": "123456"},
        {"expected_response_on": "2026-02-01"},
    ):
        response = client.post(f"/referrals/new?claimant_id={claimant.id}", form(shelter, **change))
        assert response.status_code == 200, change
        assert count(db, Referral) == 0, change


def referral(db, claimant, shelter, **kw) -> Referral:
    values = {
        "org_id": claimant.org_id,
        "claimant_id": claimant.id,
        "to_agency_id": shelter.id,
        "referred_on": date(2026, 3, 2),
        "consent_given": True,
        "consent_on": date(2026, 3, 1),
        "consent_method": "written",
        "expected_response_on": date(2026, 3, 9),
    } | kw
    record = Referral(**values)
    db.session.add(record)
    db.session.commit()
    return record


def test_the_overdue_list_and_the_dashboard_count_on_a_fixed_day(db, make, login_as, shelter):
    client = login_as("paralegal")
    late = referral(db, make.claimant(pseudonym="LATE-1"), shelter)
    referral(db, make.claimant(pseudonym="DUE-LATER"), shelter, expected_response_on=date(2026, 3, 25))
    referral(
        db, make.claimant(pseudonym="ANSWERED"), shelter, feedback="Admitted", feedback_on=date(2026, 3, 5)
    )
    referral(db, make.claimant(pseudonym="DONE"), shelter, status="completed")
    listed = text(client.get("/referrals/?overdue=1"))
    assert "LATE-1" in listed
    assert not any(name in listed for name in ("DUE-LATER", "ANSWERED", "DONE"))
    every = text(client.get("/referrals/"))
    assert all(name in every for name in ("LATE-1", "DUE-LATER", "ANSWERED", "DONE"))
    dashboard = text(client.get("/"))
    assert 'data-overdue-referrals="1"' in dashboard and 'href="/referrals/?overdue=1"' in dashboard
    assert late.overdue_on(TODAY)


def test_another_organisations_referral_is_not_found(db, make, login_as, shelter):
    record = referral(db, make.claimant(), shelter)
    client = login_as("admin", org=make.org())
    for url in (f"/referrals/{record.id}", f"/referrals/{record.id}/edit"):
        assert client.get(url).status_code == 404
    assert client.post(f"/referrals/{record.id}/archive", {"version": 1}).status_code == 404
    assert client.get(f"/referrals/new?claimant_id={record.claimant_id}").status_code == 404
    assert "1 referral" not in text(client.get("/referrals/"))


def test_the_advisor_is_refused(db, make, login_as, shelter):
    record = referral(db, make.claimant(), shelter)
    client = login_as("advisor")
    for url in ("/referrals/", f"/referrals/{record.id}", f"/referrals/new?claimant_id={record.claimant_id}"):
        assert client.get(url).status_code == 403


# ---------------------------------------------------------------- a protected person

NOTE = "Staying in room 4 of the safe house"


@pytest.fixture
def protected_referral(db, make, shelter):
    claimant = make.claimant(pseudonym="P-01")
    db.session.add(
        ProtectionOrder(
            org_id=claimant.org_id,
            claimant_id=claimant.id,
            ordering_office="Witness Protection Office",
            legal_basis="Witness Protection in Criminal Cases Act B.E. 2546",
            kind="shelter",
            valid_from=date(2020, 1, 1),
        )
    )
    return referral(
        db, claimant, shelter, reason=NOTE, follow_up_notes=NOTE, feedback=NOTE, feedback_on=TODAY
    )


def test_unassigned_staff_see_a_protected_persons_referral_without_its_notes(
    db, make, login_as, protected_referral
):
    client = login_as("lawyer")  # on none of P-01's cases
    claimant_id = protected_referral.claimant_id
    for url in (
        f"/referrals/{protected_referral.id}",
        f"/referrals/{protected_referral.id}/edit",
        f"/claimants/{claimant_id}",
        "/referrals/",
    ):
        page = text(client.get(url))
        assert "Riverside shelter" in page, url  # the agency is not the person's whereabouts
        assert NOTE not in page, url


def test_their_lawyer_sees_the_notes(db, make, login_as, protected_referral):
    client = login_as("lawyer")
    case = make.case(lawyer_id=client.user.id)
    make.party(case, protected_referral.claimant)
    db.session.commit()
    assert NOTE in text(client.get(f"/referrals/{protected_referral.id}"))


def test_unassigned_staff_change_the_status_but_not_the_notes(
    db, make, login_as, protected_referral, shelter
):
    client = login_as("paralegal")
    response = client.post(
        f"/referrals/{protected_referral.id}/edit",
        form(
            shelter,
            status="in_progress",
            reason="Overwritten",
            follow_up_notes="Overwritten",
            version=protected_referral.version,
            feedback_on="",
        ),
    )
    assert response.status_code == 302
    db.session.refresh(protected_referral)
    assert protected_referral.status == ReferralStatus.IN_PROGRESS
    assert protected_referral.reason == NOTE and protected_referral.follow_up_notes == NOTE
