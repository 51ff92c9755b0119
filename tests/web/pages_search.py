"""The records the quick search and the hearing's text message need in the access matrix
(tests/web/test_access_matrix.py): the search is opened with a term that finds the world's protected claimant (by
an identity document's number), so the matrix checks that no answer to it shows their whereabouts or another
organisation's records, and that only case workers get it."""

from __future__ import annotations

MARKERS = ()


def world(make, db, found: dict) -> dict:
    from claims.models import Claimant, IdentityDocument

    claimant = db.session.get(Claimant, found["claimant_id"])
    db.session.add(
        IdentityDocument(
            org_id=claimant.org_id, claimant_id=claimant.id, kind="passport", number="MX-9876543"
        )
    )
    db.session.commit()
    # The matrix's QUERY searches "mx9876": the passport's number key starts with it.
    return {}
