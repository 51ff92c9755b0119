"""The records the API's routes and the token pages need in the access matrix (tests/web/test_access_matrix.py)."""

from __future__ import annotations

# The writes of cases, deadlines, calculations and documents (claims/web/api/writes_*.py) and a group run's
# status and zip: a token of the organisation's case workers, as the reads. (PATCH and DELETE are not walked by
# the matrix; tests/web/test_api_writes_*.py send them with each kind of token.)
ACCESS = {
    # A case's outcomes per claimant: a read, by the same tokens as the case itself.
    "api_v1.case_outcomes": "TOKEN_API",
    "api_v1.create_case": "TOKEN_API",
    "api_v1.update_case": "TOKEN_API",
    "api_v1.add_case_claimants": "TOKEN_API",
    "api_v1.remove_case_claimant": "TOKEN_API",
    "api_v1.mark_deadline_done": "TOKEN_API",
    "api_v1.reopen_deadline": "TOKEN_API",
    "api_v1.create_calculation": "TOKEN_API",
    "api_v1.update_calculation": "TOKEN_API",
    "api_v1.make_document": "TOKEN_API",
    "api_v1.document_job": "TOKEN_API",
    "api_v1.document_job_download": "TOKEN_API",
}


def world(make, db, found: dict) -> dict:
    """A deadline of the world (the records API serves deadlines by id), as the daily refresh computes them (one
    made by hand with an unknown key would be archived by the next refresh a page starts), and a token of the
    case's lawyer (the token pages revoke by id)."""
    import sqlalchemy as sa

    from claims.models import Deadline
    from claims.services import api_tokens, deadlines

    lawyer = next(p for p in found["people"].values() if p.id == found["user_id"])
    deadlines.refresh(lawyer.org_id, everything=True)
    db.session.commit()
    deadline = db.session.scalar(
        sa.select(Deadline).where(Deadline.org_id == lawyer.org_id, Deadline.archived_at.is_(None)).limit(1)
    )
    assert deadline is not None, (
        "the world's claims give no deadline: the API's deadline route has none to open"
    )
    token, _secret = api_tokens.create_token(lawyer, "world", ["read"], None)
    return {"deadline_id": deadline.id, "token_id": token.id}
