"""The records the courts pages need in the access matrix (tests/web/test_access_matrix.py), kept apart so that
each area adds its own."""

from __future__ import annotations

from datetime import date


def world(make, db, found: dict) -> dict:
    """Extra records the courts pages need, as URL parameters (``found`` is the shared world so far)."""
    from claims.models import Case, CourtClosure, CourtOpenDay

    court = make.court(code="world-court", name_en="Central Labour Court", name_th="ศาลแรงงานกลาง")
    org_id = db.session.get(Case, found["case_id"]).org_id
    closure = CourtClosure(org_id=org_id, court_id=court.id, day=date(2025, 4, 17), reason="Flood")
    open_day = CourtOpenDay(org_id=org_id, day=date(2025, 4, 14), reason="The court sat", source="Its notice")
    db.session.add_all([closure, open_day])
    db.session.commit()
    return {"court_id": court.id, "closure_id": closure.id, "open_day_id": open_day.id}
