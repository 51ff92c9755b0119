"""The records the return and follow-up pages need in the access matrix (tests/web/test_access_matrix.py), and
their entries: who may open each route (by the rule's name in the matrix), the URL parameters that name an
organisation's record, and the markers of the protected claimant's whereabouts these records hold."""

from __future__ import annotations

from datetime import date

# Where the protected claimant went and how to reach and pay them: never in a page to a user the whereabouts
# rule does not name.
DESTINATION = "MATRIX-RETURN-PROVINCE-QZX"
CONTACT = "MATRIX-RETURN-CONTACT-QZX"
PAYMENT = "MATRIX-RETURN-PAYMENT-QZX"
PARTNER = "MATRIX-RETURN-PARTNER-QZX"
FINDINGS = "MATRIX-VISIT-FINDINGS-QZX"
MONEY_NOTE = "MATRIX-MONEY-NOTE-QZX"
MARKERS = (DESTINATION, CONTACT, PAYMENT, PARTNER, FINDINGS, MONEY_NOTE)

# Every case worker of the organisation opens the pages; the whereabouts in them reach only the people the rule
# names (the markers prove it). Closing and reopening are edits of the claimant or the case.
ACCESS = {
    "returns.show": "CASE_WORK",
    "returns.edit": "CASE_WORK",
    "returns.archive": "CASE_WORK",
    "returns.delivery": "CASE_WORK",
    "returns.archive_delivery": "CASE_WORK",
    "returns.goal": "CASE_WORK",
    "returns.archive_goal": "CASE_WORK",
    "returns.visit": "CASE_WORK",
    "returns.archive_visit": "CASE_WORK",
    "returns.close": "CASE_WORK",
    "returns.reopen": "CASE_WORK",
    "returns.close_case": "CASE_WORK",
    "returns.reopen_case": "CASE_WORK",
}
ORG_RECORD_PARAMS = {"delivery_id", "goal_id", "visit_id"}


def world(make, db, found: dict) -> dict:
    """A return of the protected claimant BP-01 through a partner agency, money that reached them, a goal and a
    visit made, each holding a marker where it holds whereabouts."""
    from claims.models import (
        Agency,
        Claimant,
        FollowUpVisit,
        MoneyDelivery,
        ReintegrationGoal,
        ReturnHome,
    )

    claimant = db.session.get(Claimant, found["claimant_id"])
    # The agency is in the directory every case worker reads: that it is this person's partner is what is kept.
    partner = Agency(org_id=claimant.org_id, name_en="World partner in Yangon", kind="ngo", country="MM")
    db.session.add(partner)
    db.session.flush()
    ret = ReturnHome(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        consent_given=True,
        consent_on=date(2024, 5, 1),
        consent_method="written",
        returned_on=date(2024, 6, 1),
        destination_country="MM",
        destination_province=DESTINATION,
        destination_district=DESTINATION,
        procedure="mou_th_mm",
        contact_channel="partner_visit",
        contact_agency_id=partner.id,
        contact_detail=CONTACT,
        partner_note=PARTNER,
        payment_channel="cash_through_partner",
        payment_agency_id=partner.id,
        payment_detail=PAYMENT,
        notes=CONTACT,
    )
    delivery = MoneyDelivery(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        reached_on=date(2024, 8, 1),
        amount=5000,
        currency="THB",
        note=MONEY_NOTE,
    )
    goal = ReintegrationGoal(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        domain="income",
        goal="A small shop",
        owner_id=found["people"]["paralegal"].id,
    )
    visit = FollowUpVisit(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        due_on=date(2024, 9, 1),
        rhythm_months=3,
        visited_on=date(2024, 9, 2),
        visitor_id=found["people"]["paralegal"].id,
        findings=FINDINGS,
    )
    db.session.add_all([ret, delivery, goal, visit])
    db.session.commit()
    return {"delivery_id": delivery.id, "goal_id": goal.id, "visit_id": visit.id}
