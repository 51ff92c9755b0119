"""The records the directory and referral pages need in the access matrix (tests/web/test_access_matrix.py),
kept apart so that each area adds its own."""

from __future__ import annotations

from datetime import date

# What the notes of the protected claimant's referral hold: never in a page to a user the whereabouts rule
# does not name.
REFERRAL_NOTE = "MATRIX-REFERRAL-QZX"
MARKERS = (REFERRAL_NOTE,)


def world(make, db, found: dict) -> dict:
    """An agency with a focal person, and a referral of the world's protected claimant (BP-01) to it."""
    from claims.models import Agency, AgencyPerson, Claimant, Referral

    claimant = db.session.get(Claimant, found["claimant_id"])
    agency = Agency(org_id=claimant.org_id, name_en="World shelter", kind="shelter", phone="02 000 0000")
    db.session.add(agency)
    db.session.flush()
    person = AgencyPerson(org_id=claimant.org_id, agency_id=agency.id, name="Focal person")
    referral = Referral(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        to_agency_id=agency.id,
        referred_on=date(2024, 6, 1),
        reason=REFERRAL_NOTE,
        consent_given=True,
        consent_on=date(2024, 6, 1),
        consent_method="written",
        feedback=REFERRAL_NOTE,
        feedback_on=date(2024, 6, 3),
        follow_up_notes=REFERRAL_NOTE,
        expected_response_on=date(2024, 6, 2),
    )
    db.session.add_all([person, referral])
    db.session.commit()
    return {"agency_id": agency.id, "person_id": person.id, "referral_id": referral.id}
