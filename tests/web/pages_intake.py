"""The records the intake pages need in the access matrix (tests/web/test_access_matrix.py): a line of assistance
received by the world's protected claimant (BP-01). The duplicate check adds no route of its own: it answers on the
claimant, respondent and identity-document forms, which the matrix already opens."""

from __future__ import annotations

from datetime import date
from decimal import Decimal


def world(make, db, found: dict) -> dict:
    from claims.models import Assistance, Claimant

    claimant = db.session.get(Claimant, found["claimant_id"])
    record = Assistance(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        source="overseas_workers_fund",
        benefit="early_return_benefit",
        received_on=date(2022, 3, 23),
        amount=Decimal("15000"),
        currency="THB",
        basis="Fund committee decision",
    )
    db.session.add(record)
    db.session.commit()
    return {"assistance_id": record.id}
