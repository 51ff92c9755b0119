"""The export routes in the access matrix (tests/web/test_access_matrix.py): who may use them, the address the
matrix opens, and the records the exports need in its world.

The matrix opens the full claimant export as .csv (text, so its check for the protected claimant's whereabouts
markers reads every cell); tests/web/test_exports_access.py opens every kind in both formats, full and redacted,
for every user of the same world.
"""

from __future__ import annotations

from datetime import date, datetime

# A full export is where a case worker takes the organisation's list with its legal names and identity numbers
# (the import's own template needs them): like the claimant's own page, and audited.
NAMES_PAGES = ("exports.download",)
PARAMS = {"exports.download": {"what": "claimants"}}
QUERY = {"exports.download": "?format=csv"}


# An export made on the queue (its page and its file): the user who asked for it (the world's lawyer) and admins.
ACCESS = {"exports.run": "EXPORT_ASKER", "exports.run_file": "EXPORT_ASKER"}
RECORD_PARAMS = ("export_id",)
EXPORT_FILE = "Pseudonym\r\nBP-01\r\n"


def access(case_work) -> dict:
    return {"exports.index": case_work, "exports.download": case_work}


def world(make, db, found: dict) -> dict:
    """A deadline and a consent to store data for the protected claimant, so that the deadline and HTCDS
    exports have their rows."""
    from claims.models import Claimant, Consent, Deadline, ExportChunk, ExportRun, ExportStatus

    claimant = db.session.get(Claimant, found["claimant_id"])
    db.session.add_all(
        [
            Deadline(
                org_id=claimant.org_id,
                claimant_id=claimant.id,
                key="wages_last",
                label={"key": "deadline.wages_last", "args": {}},
                due_on=date(2027, 1, 31),
            ),
            Consent(
                org_id=claimant.org_id,
                claimant_id=claimant.id,
                purpose="store_data",
                given_on=date(2024, 6, 1),
                method="written",
            ),
        ]
    )
    lawyer = found["people"]["lawyer"]
    run = ExportRun(
        org_id=claimant.org_id,
        created_by_id=lawyer.id,
        kind="claimants",
        format="csv",
        redacted=False,
        filters={},
        locale="en",
        status=ExportStatus.DONE,
        total=1,
        done=1,
        filename="claimants.csv",
        size=len(EXPORT_FILE.encode()),
        expires_at=datetime(2099, 1, 1),
    )
    db.session.add(run)
    db.session.flush()
    db.session.add(ExportChunk(run_id=run.id, seq=0, data=EXPORT_FILE.encode()))
    db.session.commit()
    return {"export_id": run.id}
