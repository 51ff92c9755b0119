"""The dashboard's organisation-wide hearing and task counts, read from partial indexes that carry the case, with
archived cases left out by an anti-join (issue 16: at national scale the joins read 2,000-5,000 cases per count and
the unrecorded hearings' outcome was tested on every row). What the counts and lists say must not change."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import sqlalchemy as sa

from claims.extensions import db as _db
from claims.models import Hearing, TimelineEntry
from claims.models.enums import HearingKind, HearingStatus, TimelineKind
from claims.services import assigned, hearing_lists, planner, timeline
from tests import plans

NOW = datetime(2026, 3, 10, 12, 0)
ARCHIVED = datetime(2024, 1, 1)


def _at(days: int, hour: int = 9) -> datetime:
    return datetime.combine(NOW.date() + timedelta(days=days), time(hour, 0))


# The organisation's wide indexes, which serve these statements too (dropped for PostgreSQL's plan: tests/plans.py).
COMPETING = (
    "ix_hearings_org_id",
    "ix_hearings_starts_at",
    "ix_hearings_org_starts_at",
    "ix_hearings_org_status_starts_at",
    "ix_hearings_live_org_starts",
    "ix_timeline_entries_org_id",
    "ix_timeline_entries_due_on",
    "ix_timeline_entries_org_kind_due_on",
)


def _plan(statement: str, parameters) -> str:
    """The database's plan. SQLite's took ix_hearings_org_status_starts_at, reading a row per hearing, until the
    partial indexes held the columns of their own predicate (SQLite counts an index as covering only then)."""
    return plans.plan(statement, parameters, without=COMPETING)


def test_unrecorded_hearings_are_counted_and_listed_as_before(db, make):
    lawyer = make.user(role="lawyer")
    live, archived = make.case(reference="LC-1"), make.case(reference="LC-2", archived_at=ARCHIVED)
    blank = make.hearing(live, starts_at=_at(-3), outcome="   ")  # only spaces: nothing recorded
    same_time = make.hearing(live, starts_at=_at(-3))
    older = make.hearing(live, starts_at=_at(-200))
    make.hearing(live, starts_at=_at(-2), outcome="Settled.")
    make.hearing(live, starts_at=_at(-2), status=HearingStatus.HELD)
    make.hearing(live, starts_at=_at(-2), archived_at=ARCHIVED)
    make.hearing(archived, starts_at=_at(-1))
    make.hearing(live, starts_at=_at(2))  # still to come
    db.session.commit()
    since = datetime.combine(NOW.date() - timedelta(days=90), time.min)
    found = hearing_lists.unrecorded(lawyer, since=since, limit=1, now=NOW)
    # Oldest first within the window, ties by id; the count is of all of them, the older ones apart.
    assert [h.id for h in found.recent.items] == [min(blank.id, same_time.id)]
    assert (found.recent.total, found.older) == (2, 1)
    assert found.recent.items[0].case.reference == "LC-1"
    everything = hearing_lists.hearings_without_outcome(lawyer, now=NOW)
    assert [h.id for h in everything] == [older.id, *sorted([blank.id, same_time.id])]


def test_upcoming_hearings_leave_out_archived_cases_in_the_list_and_the_count(db, make):
    lawyer = make.user(role="lawyer")
    live, archived = make.case(reference="LC-1"), make.case(reference="LC-2", archived_at=ARCHIVED)
    court = make.court()
    first = make.hearing(live, starts_at=_at(1), court_id=court.id)
    second = make.hearing(live, starts_at=_at(1))
    third = make.hearing(live, starts_at=_at(5), outcome="Written ahead: still scheduled, still coming.")
    make.hearing(archived, starts_at=_at(1))
    make.hearing(live, starts_at=_at(3), status=HearingStatus.POSTPONED)
    make.hearing(live, starts_at=_at(20))
    db.session.commit()
    found = hearing_lists.upcoming(lawyer, 14, limit=2, now=NOW)
    assert [h.id for h in found.items] == [first.id, second.id]
    assert found.total == 3
    assert found.items[0].court.id == court.id and found.items[1].case.reference == "LC-1"
    assert [h.id for h in hearing_lists.upcoming_hearings(lawyer, 14, now=NOW)] == [
        first.id,
        second.id,
        third.id,
    ]
    # The user's own: the path that joins the case.
    assert hearing_lists.upcoming(lawyer, 14, limit=2, now=NOW, mine=True).total == 0


def test_overdue_tasks_of_archived_cases_and_claimants_are_not_counted(db, make):
    lawyer = make.user(role="lawyer")
    today = NOW.date()
    task = dict(kind=TimelineKind.TASK, occurred_on=today - timedelta(days=400))
    live = make.case()
    make.timeline(lawyer, case=live, due_on=today - timedelta(days=2), **task)
    make.timeline(lawyer, case=live, due_on=today - timedelta(days=200), **task)
    make.timeline(lawyer, claimant=make.claimant(), due_on=today - timedelta(days=3), **task)
    make.timeline(lawyer, case=make.case(archived_at=ARCHIVED), due_on=today - timedelta(days=2), **task)
    make.timeline(
        lawyer, claimant=make.claimant(archived_at=ARCHIVED), due_on=today - timedelta(days=2), **task
    )
    make.timeline(lawyer, case=live, due_on=today - timedelta(days=2), done_at=ARCHIVED, **task)
    db.session.commit()
    found = timeline.overdue_tasks(lawyer, since=today - timedelta(days=90), limit=1, today=today)
    assert (found.recent.total, found.older, len(found.recent.items)) == (2, 1, 1)


def _recorded_past(case, number: int) -> None:
    """Hearings held and recorded, the bulk of an organisation's past: what the unrecorded index leaves out."""
    _db.session.execute(
        sa.insert(Hearing),
        [
            dict(
                case_id=case.id,
                org_id=case.org_id,
                starts_at=_at(-n % 300 - 1),
                kind=HearingKind.WITNESS_EXAMINATION,
                status=HearingStatus.HELD if n % 3 else HearingStatus.SCHEDULED,
                outcome=None if n % 3 else "Witness heard.",
            )
            for n in range(number)
        ],
    )


def test_the_unrecorded_count_and_list_read_the_unrecorded_index(db, make):
    lawyer = make.user(role="lawyer")
    case = make.case()
    for days in range(1, 6):
        make.hearing(case, starts_at=_at(-days))
    _recorded_past(case, 600)
    db.session.commit()
    # SQLite plans from the statistics the daily job gathers (claims.services.planner); PostgreSQL from its own.
    with db.engine.begin() as conn:
        planner.gather(conn)
    since = datetime.combine(date(2025, 1, 1), time.min)
    _, seen = plans.statements(
        lambda: hearing_lists.unrecorded(lawyer, since=since, limit=2, now=NOW),
        "FROM hearings",
        "trim(hearings.outcome)",
    )
    assert len(seen) == 2  # the first rows (with their cases) and both counts
    for statement, parameters in seen:
        plan = _plan(statement, parameters)
        assert "ix_hearings_unrecorded_open" in plan, plan


def test_the_upcoming_count_reads_no_case_row(db, make):
    lawyer = make.user(role="lawyer")
    case = make.case()
    for days in range(1, 6):
        make.hearing(case, starts_at=_at(days))
    _recorded_past(case, 600)
    db.session.commit()
    with db.engine.begin() as conn:
        planner.gather(conn)
    _, seen = plans.statements(
        lambda: hearing_lists.upcoming(lawyer, 14, limit=2, now=NOW), "count(*)", "FROM hearings"
    )
    assert len(seen) == 1
    statement, parameters = seen[0]
    # Archived cases by the anti-join on the few of them, not a join to every hearing's case.
    assert "JOIN cases" not in statement
    plan = _plan(statement, parameters)
    assert "ix_hearings_unrecorded" in plan, plan


def _done_tasks_and_notes(lawyer, case, number: int) -> None:
    """The bulk of an organisation's timeline: notes (no one assigned) and tasks done long ago."""
    _db.session.execute(
        sa.insert(TimelineEntry),
        [
            dict(
                org_id=case.org_id,
                case_id=case.id,
                author_id=lawyer.id,
                kind=TimelineKind.TASK if n % 2 else TimelineKind.NOTE,
                occurred_on=NOW.date() - timedelta(days=n % 300 + 20),
                body="Done long ago." if n % 2 else "A note.",
                due_on=NOW.date() - timedelta(days=n % 300 + 5) if n % 2 else None,
                done_at=ARCHIVED if n % 2 else None,
                assignee_id=lawyer.id if n % 4 == 1 else None,
            )
            for n in range(number)
        ],
    )


def test_the_task_counts_and_my_tasks_read_the_open_tasks_indexes(db, make):
    lawyer = make.user(role="lawyer")
    case = make.case()
    today = NOW.date()
    for days in (-40, -3, 2, 5):
        make.timeline(
            lawyer,
            case=case,
            kind=TimelineKind.TASK,
            occurred_on=today - timedelta(days=60),
            due_on=today + timedelta(days=days),
            assignee_id=lawyer.id,
        )
    _done_tasks_and_notes(lawyer, case, 4000)
    db.session.commit()
    with db.engine.begin() as conn:
        planner.gather(conn)
    found, seen = plans.statements(
        lambda: timeline.overdue_tasks(lawyer, since=today - timedelta(days=30), limit=1, today=today),
        "count(",
        "FROM timeline_entries",
    )
    assert (found.recent.total, found.older, len(found.recent.items)) == (1, 1, 1)
    assert len(seen) == 1
    # The count from an index of open tasks alone (the organisation's task index read every task's row, done ones
    # included). SQLite takes the organisation's; PostgreSQL, on a table this small, may scan the assignees' one.
    plan = _plan(*seen[0])
    assert "ix_timeline_entries_open_" in plan and "org_kind_due_on" not in plan, plan
    mine, seen = plans.statements(
        lambda: assigned.due_soon(lawyer, today=today, limit=2), "FROM timeline_entries"
    )
    assert [t.due_on for t in mine.items] == [today - timedelta(days=40), today - timedelta(days=3)]
    assert mine.total == 4
    # Walked from the person's own tasks (SQLite takes its open ones' index; PostgreSQL, on a table this small, may
    # take the plain assignee index), not from the organisation's.
    plan = _plan(*seen[0])
    assert "ix_timeline_entries_open_assigned" in plan or "ix_timeline_entries_assignee_id" in plan, plan
    assert "org_kind_due_on" not in plan, plan
