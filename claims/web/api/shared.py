"""``GET /api/v1/shared``: the cases other organisations share with the token's organisation, newest first
(the first 100 and how many in all), each with who shared it, until when, and the claimants it includes by
pseudonym. The same read as the pages' "shared with your organisation" rows (claims.services.shared): a revoked
or ended share is not there, and nothing else of the sharing organisation is."""

from __future__ import annotations

from flask import Response

from claims.services import shared
from claims.web.api.v1 import bp, json_response, token_user

API_ROWS = 100


def _row(row: shared.SharedCaseRow) -> dict:
    share, case = row.share, row.share.case
    return {
        "share_id": share.id,
        "shared_by": share.organisation.name,
        "level": share.level.value,
        "shared_on": share.shared_on.isoformat(),
        "ends_on": share.ends_on.isoformat() if share.ends_on else None,
        "case": {
            "reference": case.reference,
            "title": case.title,
            "kind": case.kind.value,
            "stage": case.stage.value,
            "status": case.status.value,
        },
        "claimants": [person.pseudonym for person in row.claimants],
        "claimant_total": row.claimant_total,
        "next_hearing": row.next_hearing.isoformat(timespec="minutes") if row.next_hearing else None,
    }


@bp.get("/shared")
def shared_cases() -> Response:
    panel = shared.shared_panel(token_user(), limit=API_ROWS)
    return json_response({"items": [_row(row) for row in panel.rows], "total": panel.total})
