"""The quarterly journey report (issue 15) in the access matrix (tests/web/test_access_matrix.py): the page, the
list behind a figure and the workbook, for admins and lawyers as the other reports are. The world's protected
claimant (BP-01) is identified in the quarter the page opens on, so the list behind "identified" holds her: the
matrix's whereabouts markers then prove the list shows none of them to anyone."""

from __future__ import annotations

# endpoint -> the name of a rule of the matrix (tests/web/test_access_matrix.py resolves it).
ACCESS = {
    "reports.journey": "REPORTS",
    "reports.journey_records": "REPORTS",
    "reports.journey_xlsx": "REPORTS",
}
RECORD_PARAMS = ()
MARKERS = ()
QUERY = {"reports.journey_records": "?figure=identified"}


def world(make, db, found: dict) -> dict:
    from claims import clock
    from claims.models import Claimant

    claimant = db.session.get(Claimant, found["claimant_id"])
    make.identification(claimant, occurred_on=clock.today())
    db.session.commit()
    return {}
