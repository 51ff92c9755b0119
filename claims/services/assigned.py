"""Tasks that reach people: the open tasks (timeline tasks and meetings' action items) assigned to a user, for
"My tasks", the dashboard, the reminders page, the daily digest and the user's calendar feed.

A task reaches its assignee before it is due: everything due within DUE_SOON_DAYS (overdue ones included, they
are the most urgent) is shown, soonest first, bounded like every list.
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from claims import clock
from claims.extensions import db
from claims.models import Case, Claimant, TimelineEntry
from claims.models.enums import TimelineKind
from claims.services.access import require_case_worker
from claims.services.paging import Bounded, count

# How far ahead a task assigned to someone reaches them (dashboard, reminders, digest).
DUE_SOON_DAYS = 7
ROWS = 25


def _assigned_query(user) -> sa.Select:
    """Open tasks assigned to ``user``, of live cases and claimants (a meeting's item has neither)."""
    return (
        # The organisation written so that no index led by it serves the query: a person's tasks are read from
        # their own (ix_timeline_entries_open_assigned). SQLite, its statistics sampled, sometimes took the
        # organisation's task index instead and read every task of the organisation to find the person's.
        sa.select(TimelineEntry)
        .where(TimelineEntry.org_id + 0 == user.org_id, TimelineEntry.archived_at.is_(None))
        .outerjoin(Case, Case.id == TimelineEntry.case_id)
        .outerjoin(Claimant, Claimant.id == TimelineEntry.claimant_id)
        .where(
            TimelineEntry.assignee_id == user.id,
            TimelineEntry.kind == TimelineKind.TASK,
            TimelineEntry.done_at.is_(None),
            TimelineEntry.due_on.is_not(None),
            Case.archived_at.is_(None),
            Claimant.archived_at.is_(None),
            # A closed claimant's follow-up visits stop reaching people; reopening brings them back.
            Claimant.closed_reason.is_(None),
        )
    )


def _loaded(query: sa.Select) -> sa.Select:
    return query.options(
        joinedload(TimelineEntry.case),
        joinedload(TimelineEntry.claimant),
        joinedload(TimelineEntry.meeting),
    )


def due_soon(user, *, today: date | None = None, days: int = DUE_SOON_DAYS, limit: int = ROWS) -> Bounded:
    """The user's open tasks due by ``today + days`` (overdue ones included), soonest first: the first ``limit``
    and how many in all (two queries)."""
    require_case_worker(user)
    today = today or clock.today()
    query = _assigned_query(user).where(TimelineEntry.due_on <= today + timedelta(days=days))
    rows = db.session.scalars(
        _loaded(query).order_by(TimelineEntry.due_on, TimelineEntry.id).limit(limit)
    ).all()
    total = len(rows) if len(rows) < limit else count(query, TimelineEntry.id)
    return Bounded(list(rows), total)


def between(user, *, start: date, until: date) -> list[TimelineEntry]:
    """The user's open tasks due from ``start`` to ``until`` (the calendar feed's span), by due date."""
    require_case_worker(user)
    query = _assigned_query(user).where(TimelineEntry.due_on >= start, TimelineEntry.due_on <= until)
    return list(db.session.scalars(_loaded(query).order_by(TimelineEntry.due_on, TimelineEntry.id)))
