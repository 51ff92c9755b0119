"""The records the claimant's-journey pages (identification history, meetings) need in the access matrix
(tests/web/test_access_matrix.py)."""

from __future__ import annotations


def world(make, db, found: dict) -> dict:
    from claims.models import Claimant

    claimant = db.session.get(Claimant, found["claimant_id"])
    event = make.identification(claimant)
    db.session.commit()
    return {"event_id": event.id}
