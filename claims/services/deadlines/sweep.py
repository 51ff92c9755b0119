"""Closing, in one confirmed action, the deadlines overdue for longer than the reminders list shows: a case entered
from before the tracker was used brings deadlines missed years ago, which nobody should have to mark done one by
one. Each deadline still gets its own audit entry (claims.services.deadlines.writes.mark_done)."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from claims.extensions import db
from claims.models import Deadline
from claims.services.access import require_case_worker
from claims.services.deadlines.due import _open_rows
from claims.services.deadlines.writes import mark_done


def _older(user, before: date, mine: bool) -> sa.Select:
    return sa.select(Deadline.id).where(
        _open_rows(user, mine, live_claimants=False), Deadline.due_on.is_not(None), Deadline.due_on < before
    )


def count_overdue_before(user, before: date, *, mine: bool) -> int:
    """How many open deadlines (of the user's cases, or the organisation's) fell due before ``before``."""
    require_case_worker(user)
    return db.session.scalar(sa.select(sa.func.count()).select_from(_older(user, before, mine).subquery()))


def mark_overdue_done_before(user, before: date, *, mine: bool, note: str | None = None) -> int:
    """Mark done every open deadline due before ``before`` (the user's cases', or the organisation's); returns
    how many. Nothing to do is not an error: the page may have been open while a colleague did it."""
    require_case_worker(user)
    ids = list(db.session.scalars(_older(user, before, mine)))
    if not ids:
        return 0
    return mark_done(user, ids, note)
