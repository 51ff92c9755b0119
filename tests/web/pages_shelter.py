"""The shelter and safety pages in the access matrix (tests/web/test_access_matrix.py): a stay of the world's
protected claimant (BP-01) at a named facility, a risk assessment and a safety incident, whose private text is a
marker, so the matrix proves no page, form or POST answer shows them to a user the whereabouts rule does not
name. While the person is protected only their case team and admins record these (CASE_TEAM)."""

from __future__ import annotations

from datetime import date

FACILITY = "MATRIX-SHELTER-QZX"
STAY_NOTE = "MATRIX-STAYNOTE-QZX"
RISK_REASON = "MATRIX-RISK-QZX"
INCIDENT_TEXT = "MATRIX-INCIDENT-QZX"
MARKERS = (FACILITY, STAY_NOTE, RISK_REASON, INCIDENT_TEXT)

# endpoint -> the name of a rule of the matrix (tests/web/test_access_matrix.py resolves it).
ACCESS = {
    "shelter.claimant": "CASE_WORK",
    "shelter.stay": "CASE_TEAM",
    "shelter.archive_stay": "CASE_TEAM",
    "shelter.risk": "CASE_TEAM",
    "shelter.archive_risk": "CASE_TEAM",
    "shelter.incident": "CASE_TEAM",
    "shelter.archive_incident": "CASE_TEAM",
    # the stays' dates only (no facility), and the Fund item names none either
    "shelter.fund": "CASE_WORK",
}
RECORD_PARAMS = ("stay_id", "assessment_id", "incident_id")


def world(make, db, found: dict) -> dict:
    from claims.models import Claimant, RiskAssessment, SafetyIncident, ShelterStay

    claimant = db.session.get(Claimant, found["claimant_id"])
    lawyer = found["people"]["lawyer"]
    stay = ShelterStay(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        facility_name=FACILITY,
        stay_from=date(2024, 5, 1),
        notes=STAY_NOTE,
    )
    risk = RiskAssessment(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        level="critical",
        assessed_on=date(2024, 5, 2),
        assessed_by_id=lawyer.id,
        reason=RISK_REASON,
    )
    incident = SafetyIncident(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        occurred_on=date(2024, 5, 3),
        kind="threat",
        description=INCIDENT_TEXT,
        action_taken=INCIDENT_TEXT,
    )
    db.session.add_all([stay, risk, incident])
    db.session.commit()
    return {"stay_id": stay.id, "assessment_id": risk.id, "incident_id": incident.id}
