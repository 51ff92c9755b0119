"""Reads that bring what they show up to date first: a claimant's or a case's deadlines refresh those claimants
(:func:`refreshing.refresh_claimants`), the organisation's lists take in the notes waiting
(:func:`refreshing.refresh_pending`), then each reads what is stored (reads.py, due.py, sections.py, groups.py)."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from claims import clock
from claims.models import Case, CaseClaimant, Claimant
from claims.services.access import require_case_worker
from claims.services.calculations import current_rules
from claims.services.deadlines.due import DueItem, read_due_deadlines
from claims.services.deadlines.facts import Calendars
from claims.services.deadlines.groups import DUE_GROUPS_LIMIT, DueGroups, read_due_groups
from claims.services.deadlines.reads import (
    CaseDeadlines,
    DeadlineView,
    case_deadline_views,
    claimant_deadline_views,
)
from claims.services.deadlines.refreshing import refresh_claimants, refresh_pending
from claims.services.deadlines.sections import Sections, read_my_sections
from claims.services.errors import Forbidden


def claimant_deadlines(user, claimant: Claimant, *, today: date | None = None) -> list[DeadlineView]:
    """The claimant's deadlines, computed now from their facts, with what is stored about each (done, moved);
    that claimant's stored deadlines brought up to date first."""
    require_case_worker(user)
    if claimant.org_id != user.org_id:
        raise Forbidden("another organisation's claimant")
    today = today or clock.today()
    # One read of the organisation's closure and open days for the refresh and the views.
    calendars = Calendars(user.org_id)
    refresh_claimants(user.org_id, sa.select(sa.literal(claimant.id)), today=today, calendars=calendars)
    return claimant_deadline_views(user, claimant, today, current_rules().book, calendars=calendars)


def case_deadlines(
    user, case: Case, *, today: date | None = None, limit: int | None = None, offset: int = 0
) -> CaseDeadlines:
    """The deadlines of the case's claimants as stored, after bringing those claimants' up to date, the same
    deadline on the same day shown once: the first ``limit`` groups (all where None), with the number of groups
    and of groups in each state (reads.case_deadline_views)."""
    require_case_worker(user)
    if case.org_id != user.org_id:
        raise Forbidden("another organisation's case")
    today = today or clock.today()
    members = sa.select(CaseClaimant.claimant_id).where(
        CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None)
    )
    calendars = Calendars(user.org_id)
    refresh_claimants(user.org_id, members, today=today, case_id=case.id, calendars=calendars)
    return case_deadline_views(user, case, today, current_rules().book, limit, offset, calendars=calendars)


def due_deadlines(
    user,
    *,
    until: date | None = None,
    mine: bool = True,
    include_missing: bool = False,
    today: date | None = None,
    start: date | None = None,
    limit: int | None = None,
) -> list[DueItem]:
    """due.read_due_deadlines (the first ``limit``; count_due_deadlines counts them), after taking in the notes
    waiting (:func:`refresh_pending`)."""
    require_case_worker(user)
    refresh_pending(user.org_id, today=today)
    return read_due_deadlines(
        user, until=until, mine=mine, include_missing=include_missing, today=today, start=start, limit=limit
    )


def my_sections(
    user, *, since: date, until: date, today: date | None = None, rows: int, undated_rows: int
) -> Sections:
    """sections.read_my_sections (the user's own overdue, soon and undated deadlines, one statement), after taking
    in the notes waiting (:func:`refresh_pending`)."""
    require_case_worker(user)
    today = today or clock.today()
    refresh_pending(user.org_id, today=today)
    return read_my_sections(user, since=since, today=today, until=until, rows=rows, undated_rows=undated_rows)


def due_groups(
    user, *, start: date, until: date, today: date | None = None, limit: int | None = DUE_GROUPS_LIMIT
) -> DueGroups:
    """due.read_due_groups (the first ``limit`` groups and the counts of what is left out), after taking in the
    notes waiting (:func:`refresh_pending`)."""
    require_case_worker(user)
    refresh_pending(user.org_id, today=today)
    return read_due_groups(user, start=start, until=until, today=today, limit=limit)
