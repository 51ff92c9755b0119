"""The records the evidence pages need in the access matrix (tests/web/test_access_matrix.py): a passport of the
protected claimant, which opens only to the people the whereabouts rule names. Its title is a marker, so the
matrix also proves no list or page names it to anyone else."""

from __future__ import annotations

import io

MARKER = "MATRIX-EVIDENCE-QZX"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64


def world(make, db, found: dict) -> dict:
    from claims.models import Claimant
    from claims.models.enums import EvidenceKind
    from claims.services import evidence

    claimant = db.session.get(Claimant, found["claimant_id"])
    passport = evidence.upload(
        found["people"]["lawyer"],
        claimant,
        evidence.Upload("passport.jpg", io.BytesIO(JPEG)),
        {"kind": EvidenceKind.IDENTITY, "title": MARKER},
    )
    return {"evidence_id": passport.id}
