"""The records the import pages need in the access matrix (tests/web/test_access_matrix.py)."""

from __future__ import annotations


def world(make, db, found: dict) -> dict:
    """An import waiting for its commit, whose rows name the protected claimant (its whereabouts marker among
    the file's cells): the preview must show it to nobody."""
    from claims.models import Case, ImportRun, ImportStatus

    org_id = db.session.get(Case, found["case_id"]).org_id
    run = ImportRun(
        org_id=org_id,
        filename="group.xlsx",
        sha256="0" * 64,
        size=10,
        status=ImportStatus.PREVIEWED,
        row_count=1,
        problem_count=1,
        pending={
            "claimants": [],
            "claim": {},
            "problems": [{"sheet": "Claimants", "row": 2, "column": "Pseudonym", "message": "required"}],
            "notes": [],
        },
        summary={},
    )
    db.session.add(run)
    db.session.commit()
    return {"run_id": run.id, "sheet": "claimants"}
