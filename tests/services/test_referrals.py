"""Referrals (claims.services.referrals): the consent rule, the overdue rule on fixed days, the audit of every
status change, and the free-text fields of a protected person's referrals kept out of the trail."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from claims.models import Agency, AuditEntry, ProtectionOrder, Referral
from claims.models.enums import AgencyKind, AuditAction, ReferralConsentMethod, ReferralStatus
from claims.services import referrals
from claims.services.errors import NotFound, ValidationFailed
from claims.services.records import REDACTED
from claims.services.scope import get_visible

DAY = date(2026, 3, 2)


@pytest.fixture
def world(db, make):
    user = make.user(role="paralegal")
    claimant = make.claimant(pseudonym="R-01")
    shelter = Agency(org_id=user.org_id, name_en="Shelter", kind=AgencyKind.SHELTER)
    partner = Agency(org_id=user.org_id, name_en="Partner", kind=AgencyKind.NGO)
    db.session.add_all([shelter, partner])
    db.session.commit()
    return user, claimant, shelter, partner


def values(agency, **kw) -> dict:
    base = {
        "to_agency_id": agency.id,
        "referred_on": DAY,
        "services": ["shelter", "medical"],
        "reason": "Needs a safe place to stay",
        "consent_given": True,
        "consent_on": DAY,
        "consent_method": ReferralConsentMethod.WRITTEN,
        "consent_by": "Herself",
        "status": ReferralStatus.SENT,
        "expected_response_on": date(2026, 3, 9),
    }
    return base | kw


def count(db) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(Referral))


def test_a_referral_with_consent_is_recorded_with_its_services_in_the_list_order(db, world):
    user, claimant, shelter, _ = world
    referral = referrals.create_referral(user, claimant, values(shelter, services=["medical", "shelter"]))
    assert referral.services == "shelter,medical"  # the closed list's order, whatever the order ticked
    assert referral.claimant_id == claimant.id and referral.org_id == user.org_id


def test_without_consent_a_referral_is_refused_and_nothing_is_written(db, world):
    user, claimant, shelter, _ = world
    with pytest.raises(ValidationFailed) as refused:
        referrals.create_referral(user, claimant, values(shelter, consent_given=False))
    assert "consent_given" in refused.value.errors
    db.session.rollback()
    assert count(db) == 0


def test_an_emergency_without_consent_needs_its_reason(db, world):
    user, claimant, shelter, _ = world
    with pytest.raises(ValidationFailed) as refused:
        referrals.create_referral(user, claimant, values(shelter, consent_given=False, emergency=True))
    assert list(refused.value.errors) == ["emergency_reason"]
    db.session.rollback()
    referral = referrals.create_referral(
        user,
        claimant,
        values(shelter, consent_given=False, emergency=True, emergency_reason="Injured, unconscious"),
    )
    # No consent: no consent date or method kept, whatever the form sent.
    assert referral.consent_on is None and referral.consent_method is None


@pytest.mark.parametrize(
    "change, field",
    [
        ({"consent_on": None}, "consent_on"),
        ({"consent_method": None}, "consent_method"),
        ({"consent_on": date(2026, 3, 3)}, "consent_on"),  # consent after the referral
        ({"expected_response_on": date(2026, 3, 1)}, "expected_response_on"),
        ({"feedback_on": date(2026, 3, 5)}, "feedback"),  # a date of feedback without the feedback
    ],
)
def test_consent_and_dates_are_checked(db, world, change, field):
    user, claimant, shelter, _ = world
    with pytest.raises(ValidationFailed) as refused:
        referrals.create_referral(user, claimant, values(shelter, **change))
    assert field in refused.value.errors


def test_an_agency_of_another_organisation_or_the_same_on_both_ends_is_refused(db, make, world):
    user, claimant, shelter, _ = world
    other_org = make.org()
    foreign = Agency(org_id=other_org.id, name_en="Elsewhere", kind=AgencyKind.NGO)
    db.session.add(foreign)
    db.session.commit()
    with pytest.raises(ValidationFailed) as refused:
        referrals.create_referral(user, claimant, values(foreign))
    assert "to_agency_id" in refused.value.errors
    with pytest.raises(ValidationFailed):
        referrals.create_referral(user, claimant, values(shelter, from_agency_id=shelter.id))
    with pytest.raises(ValidationFailed) as refused:
        referrals.create_referral(user, claimant, values(shelter, case_id=make.case().id))
    assert "case_id" in refused.value.errors  # not one of the claimant's cases


def test_another_organisations_referral_is_not_found(db, make, world):
    user, claimant, shelter, _ = world
    referral = referrals.create_referral(user, claimant, values(shelter))
    stranger = make.user(role="admin", org=make.org())
    with pytest.raises(NotFound):
        get_visible(Referral, referral.id, stranger)
    with pytest.raises(NotFound):
        referrals.load_referral_page(stranger, referral.id)


def test_every_status_change_is_in_the_trail_and_the_page_history(db, world):
    user, claimant, shelter, _ = world
    referral = referrals.create_referral(user, claimant, values(shelter))
    referrals.update_referral(
        user, referral, values(shelter, status=ReferralStatus.ACKNOWLEDGED), referral.version
    )
    referrals.update_referral(
        user,
        referral,
        values(shelter, status=ReferralStatus.COMPLETED, feedback="Admitted", feedback_on=date(2026, 3, 4)),
        referral.version,
    )
    entries = db.session.scalars(
        sa.select(AuditEntry).where(AuditEntry.entity_type == "referrals").order_by(AuditEntry.id)
    ).all()
    assert [e.action for e in entries] == [AuditAction.CREATE, AuditAction.UPDATE, AuditAction.UPDATE]
    assert [e.changes["status"] for e in entries] == [
        [None, "sent"],
        ["sent", "acknowledged"],
        ["acknowledged", "completed"],
    ]
    page = referrals.load_referral_page(user, referral.id, today=DAY)
    assert [e.changes["status"][1] for e in page.history] == ["completed", "acknowledged", "sent"]


# ---------------------------------------------------------------- overdue


@pytest.mark.parametrize(
    "today, change, overdue",
    [
        (date(2026, 3, 9), {}, False),  # the expected day itself: not yet late
        (date(2026, 3, 10), {}, True),  # the day after, with no feedback
        (date(2026, 3, 10), {"status": ReferralStatus.IN_PROGRESS}, True),
        (date(2026, 3, 10), {"status": ReferralStatus.NO_RESPONSE}, True),  # still being chased
        (date(2026, 3, 10), {"status": ReferralStatus.COMPLETED}, False),
        (date(2026, 3, 10), {"status": ReferralStatus.DECLINED}, False),
        (date(2026, 3, 10), {"feedback": "Called back", "feedback_on": date(2026, 3, 8)}, False),
        (date(2030, 1, 1), {"expected_response_on": None}, False),  # no day expected: never overdue
    ],
)
def test_overdue_means_no_feedback_past_the_expected_day_and_not_closed(db, world, today, change, overdue):
    user, claimant, shelter, _ = world
    referral = referrals.create_referral(user, claimant, values(shelter, **change))
    assert referral.overdue_on(today) is overdue
    assert referrals.overdue_count(user, today) == int(overdue)
    listed = referrals.list_referrals(user, referrals.ReferralFilters(overdue=True), today=today)
    assert [row.referral.id for row in listed.rows] == ([referral.id] if overdue else [])
    assert referrals.claimant_referrals(user, claimant, today=today).overdue == int(overdue)


def test_archived_referrals_and_those_of_archived_claimants_are_not_overdue(db, world):
    user, claimant, shelter, partner = world
    first = referrals.create_referral(user, claimant, values(shelter))
    referrals.create_referral(user, claimant, values(partner))
    late = date(2026, 4, 1)
    assert referrals.overdue_count(user, late) == 2
    referrals.archive_referral(user, first, first.version)
    assert referrals.overdue_count(user, late) == 1
    claimant.archived_at = claimant.created_at
    db.session.commit()
    assert referrals.overdue_count(user, late) == 0


def test_the_overdue_list_is_paged_oldest_expected_first(db, world, monkeypatch):
    user, claimant, shelter, _ = world
    monkeypatch.setattr(referrals, "PAGE_SIZE", 2)
    made = [
        referrals.create_referral(user, claimant, values(shelter, expected_response_on=date(2026, 3, day)))
        for day in (12, 10, 11)
    ]
    first = referrals.list_referrals(user, referrals.ReferralFilters(overdue=True), today=date(2026, 4, 1))
    assert first.listing.total == 3 and first.listing.pages == 2
    assert [r.referral.id for r in first.rows] == [made[1].id, made[2].id]
    second = referrals.list_referrals(
        user, referrals.ReferralFilters(overdue=True, page=2), today=date(2026, 4, 1)
    )
    assert [r.referral.id for r in second.rows] == [made[0].id]


# ---------------------------------------------------------------- a protected person


@pytest.fixture
def protected(db, make, world):
    user, claimant, shelter, _ = world
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
    db.session.commit()
    assert claimant.protected
    return claimant


def test_the_notes_of_a_protected_persons_referral_are_stored_redacted_in_the_trail(db, world, protected):
    user, claimant, shelter, _ = world
    admin = db.session.merge(user)
    admin.role = "admin"  # an admin may see the whereabouts, and still the trail does not keep them
    referral = referrals.create_referral(admin, claimant, values(shelter, follow_up_notes="Room 4, block B"))
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "referrals"))
    assert entry.changes["reason"] == [None, REDACTED]
    assert entry.changes["follow_up_notes"] == [None, REDACTED]
    assert entry.changes["status"] == [None, "sent"]  # what is not private stays readable
    assert referral.follow_up_notes == "Room 4, block B"


def test_unassigned_staff_can_neither_see_nor_change_a_protected_persons_referral_notes(
    db, make, world, protected
):
    user, claimant, shelter, _ = world
    admin = db.session.merge(user)
    admin.role = "admin"
    referral = referrals.create_referral(admin, claimant, values(shelter, follow_up_notes="Room 4, block B"))
    paralegal = make.user(role="paralegal")  # on none of the person's cases
    db.session.commit()
    assert referrals.hidden_fields(paralegal, claimant) == Referral.PRIVATE_FIELDS
    assert not referrals.load_referral_page(paralegal, referral.id).show_private
    assert not referrals.claimant_referrals(paralegal, claimant).rows[0].show_private
    referrals.update_referral(
        paralegal,
        referral,
        values(shelter, status=ReferralStatus.IN_PROGRESS, follow_up_notes="Moved", reason=None),
        referral.version,
    )
    assert referral.status == ReferralStatus.IN_PROGRESS
    assert referral.follow_up_notes == "Room 4, block B" and referral.reason == "Needs a safe place to stay"
