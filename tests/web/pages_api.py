"""The records the API's routes and the token pages need in the access matrix (tests/web/test_access_matrix.py)."""

from __future__ import annotations


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
