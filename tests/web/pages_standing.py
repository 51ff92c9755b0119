"""The records the plaintiffs-by-standing section and its bulk actions need in the access matrix
(tests/web/test_access_matrix.py): a second plaintiff of the world's case who settled, so the case page shows the
totals by standing and the bulk route has more than one standing to choose from."""

from __future__ import annotations

from datetime import date

from claims.models.enums import OutcomeKind


def world(make, db, found: dict) -> dict:
    from claims.models import Case

    case = db.session.get(Case, found["case_id"])
    settled = make.claimant(pseudonym="MATRIX-SETTLED")
    make.party(case, settled, position=99)
    make.outcome(case, settled, kind=OutcomeKind.SETTLEMENT, decided_on=date(2024, 6, 1), amount="1000.00")
    db.session.commit()
    return {"settled_claimant_id": settled.id}
