"""The reminders pages in the role matrix of test_pages_by_role (kept apart so that each area adds its own)."""

from __future__ import annotations

import hashlib

# endpoint -> (query string, who may open it: "admin", "case work" or "everyone")
PAGES: dict[str, tuple[str, str]] = {
    "reminders.index": ("", "case work"),
    "reminders.feeds_page": ("", "case work"),
    "reminders.case_calendar": ("", "case work"),
    # No login at all: the secret token is the credential (a phone's calendar subscribes to it), so every role,
    # and nobody logged in, gets the feed of the token's owner.
    "reminders.feed": ("", "everyone"),
}

FEED_TOKEN = "role-matrix-feed-token"


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
