"""The records the reminders pages need in the access matrix (tests/web/test_access_matrix.py), kept apart so that
each area adds its own."""

from __future__ import annotations

import hashlib

FEED_TOKEN = "role-matrix-feed-token"

ACCESS = {"reminders.return_dates_list": "CASE_WORK"}


def world(make, db, found: dict) -> dict:
    """A calendar feed of the world's case worker, so that the feed's URL has a valid token."""
    from claims.models import CalendarFeed, User

    owner = db.session.get(User, found["user_id"])
    db.session.add(
        CalendarFeed(
            org_id=owner.org_id, user_id=owner.id, token_hash=hashlib.sha256(FEED_TOKEN.encode()).hexdigest()
        )
    )
    db.session.commit()
    return {"token": FEED_TOKEN}
