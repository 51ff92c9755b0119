"""The records the claimant's-journey pages (identification history, meetings) need in the access matrix
(tests/web/test_access_matrix.py)."""

from __future__ import annotations


def world(make, db, found: dict) -> dict:
    from claims.models import Case, Claimant

    claimant = db.session.get(Claimant, found["claimant_id"])
    case = db.session.get(Case, found["case_id"])
    event = make.identification(claimant)
    meeting = make.meeting(cases=[case], claimants=[claimant])
    db.session.commit()
    return {"event_id": event.id, "meeting_id": meeting.id}
