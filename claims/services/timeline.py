"""The timeline of a case and of a claimant: notes, events, tasks, and each time the claimant was told of their
rights or of news in their case.

Victims are often never told either. Recording each telling with its date, channel, language and who told them
is what lets an office show (and check) that they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import contains_eager, joinedload

from claims import clock
from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant, TimelineEntry, User
from claims.models.base import utcnow
from claims.models.enums import TimelineKind
from claims.services import access, records
from claims.services.access import require_case_worker, require_same_org
from claims.services.errors import NotFound, ValidationFailed
from claims.services.paging import Bounded, Windowed, clamp_page, count, count_split
from claims.services.scope import get_visible, visible

INFORMED = (TimelineKind.RIGHTS_INFORMED, TimelineKind.NEWS_INFORMED)


@dataclass
class Subject:
    """What an entry is about: a case, a claimant, or a claimant within one of their cases."""

    case: Case | None
    claimant: Claimant | None


def load_subject(user, case_id=None, claimant_id=None) -> Subject:
    """Both ids come from the address. Unknown, archived or another organisation's: NotFound (404). When both
    are given, the claimant must be a party to the case, or the pair makes no sense: NotFound too."""
    require_case_worker(user)
    if not case_id and not claimant_id:
        raise NotFound("a timeline entry needs a case or a claimant")
    case = get_visible(Case, case_id, user) if case_id else None
    claimant = get_visible(Claimant, claimant_id, user) if claimant_id else None
    if case is not None and claimant is not None:
        linked = db.session.scalar(
            sa.select(CaseClaimant.id).where(
                CaseClaimant.case_id == case.id,
                CaseClaimant.claimant_id == claimant.id,
                CaseClaimant.archived_at.is_(None),
            )
        )
        if linked is None:
            raise NotFound(f"claimant {claimant.id} is not in case {case.id}")
    return Subject(case, claimant)


def _check_entry(values: dict, today: date) -> None:
    """- Telling the claimant of their rights or of news needs the channel, the language and who told them.
    - A task needs a due date, not before the day it was set; only a task has one.
    - The entry records something that happened or was set: its own date is not in the future (what is to come
      is a task's due date, or a hearing)."""
    errors: dict[str, str] = {}
    kind = values.get("kind")
    occurred_on = values.get("occurred_on")
    due_on = values.get("due_on")
    if occurred_on is not None and occurred_on > today:
        errors["occurred_on"] = _("This date cannot be in the future.")
    if kind in INFORMED:
        if not values.get("channel"):
            errors["channel"] = _("Say how they were told.")
        if not values.get("language"):
            errors["language"] = _("Say in which language they were told.")
        if not values.get("told_by"):
            errors["told_by"] = _("Say who told them.")
    if kind == TimelineKind.TASK:
        if due_on is None:
            errors["due_on"] = _("A task needs a due date.")
        elif occurred_on is not None and due_on < occurred_on:
            errors["due_on"] = _("A task cannot be due before the day it was set.")
    elif due_on is not None:
        errors["due_on"] = _("Only a task has a due date: choose Task, or leave the date empty.")
    if errors:
        raise ValidationFailed(errors)


def _check_assignee(user, values: dict) -> dict:
    """The assignee is a case worker of the organisation; a task given to nobody (no user, no agency) is its
    author's, so every task has someone it reaches."""
    if values.get("kind") != TimelineKind.TASK:
        # Only a task is given to someone: the form's default assignee means nothing on a note.
        return {**values, "assignee_id": None, "assignee_agency": None}
    assignee_id = values.get("assignee_id")
    if assignee_id is not None and assignee_id not in {i for i, _name in assignee_choices(user)}:
        raise ValidationFailed({"assignee_id": _("Not a valid choice.")})
    if not assignee_id and not values.get("assignee_agency"):
        values = {**values, "assignee_id": values.get("author_id") or user.id}
    return values


def add_entry(user, subject: Subject, values: dict, *, today: date | None = None) -> TimelineEntry:
    require_case_worker(user)
    for record in (subject.case, subject.claimant):
        if record is not None:
            require_same_org(user, record)
    _check_entry(values, today or clock.today())
    values = _check_assignee(user, values)
    return records.create(
        user,
        TimelineEntry,
        {
            **values,
            "case_id": subject.case.id if subject.case else None,
            "claimant_id": subject.claimant.id if subject.claimant else None,
            "author_id": user.id,
        },
    )


def update_entry(
    user, entry: TimelineEntry, values: dict, version: int | None, *, today: date | None = None
) -> dict:
    require_case_worker(user)
    require_same_org(user, entry)
    # What the entry is about, who wrote it and whether the task is done are not edited through the form.
    fixed = ("case_id", "claimant_id", "author_id", "done_at", "done_by_id", "body_key", "body_params")
    values = {k: v for k, v in values.items() if k not in fixed}
    if entry.body_key and "body" in values:
        if (values["body"] or "").strip() == entry.text.strip():
            # The words the form showed, unchanged: they stay the app's, in each reader's language.
            values.pop("body")
        else:
            # Rewritten by a person: their words, as they wrote them, from now on.
            values = {**values, "body_key": None, "body_params": None}
    _check_entry(values, today or clock.today())
    values = _check_assignee(user, {**values, "author_id": entry.author_id})
    values.pop("author_id")
    return records.update(user, entry, values, version)


def mark_done(user, entry: TimelineEntry, version: int | None) -> dict:
    """A task is done: who and when are recorded (the time in UTC, like every other timestamp)."""
    require_case_worker(user)
    require_same_org(user, entry)
    if entry.kind != TimelineKind.TASK:
        raise ValidationFailed({"kind": _("Only a task can be marked done.")})
    if entry.done_at is not None:
        raise ValidationFailed({"done_at": _("This task is already done.")})
    return records.update(user, entry, {"done_at": utcnow(), "done_by_id": user.id}, version)


def archive_entry(user, entry: TimelineEntry, version: int | None) -> None:
    require_case_worker(user)
    require_same_org(user, entry)
    records.archive(user, entry, version)


# ---------------------------------------------------------------- reads


def _entries(user) -> sa.Select:
    """Live entries with everything the list shows loaded: author, who did the task, the case and the claimant
    (one query, whatever the number of entries)."""
    return _loaded(visible(TimelineEntry, user))


def _newest_first(query: sa.Select) -> sa.Select:
    return query.order_by(TimelineEntry.occurred_on.desc(), TimelineEntry.id.desc())


def timeline_for_case(user, case: Case) -> list[TimelineEntry]:
    """The case's entries (including those about one of its claimants in this case), newest first, with
    author, done_by, case and claimant loaded."""
    require_case_worker(user)
    require_same_org(user, case)
    return list(db.session.scalars(_newest_first(_entries(user).where(TimelineEntry.case_id == case.id))))


def timeline_for_claimant(user, claimant: Claimant) -> list[TimelineEntry]:
    """Every entry about the claimant, whichever case it was recorded in, newest first, with author, done_by,
    case and claimant loaded."""
    require_case_worker(user)
    require_same_org(user, claimant)
    return list(
        db.session.scalars(_newest_first(_entries(user).where(TimelineEntry.claimant_id == claimant.id)))
    )


TASK_PAGE_SIZE = 50
# The tasks page's views: overdue ones (oldest first), those due in the next 14 days, or every open task.
TASK_VIEWS = ("overdue", "soon", "open")


def _open_tasks_query(user, *, mine: bool = False) -> sa.Select:
    """Open tasks with a due date, of live cases and claimants; the user's own (their case, or written by them)
    with ``mine``."""
    query = (
        visible(TimelineEntry, user)
        .outerjoin(Case, Case.id == TimelineEntry.case_id)
        .outerjoin(Claimant, Claimant.id == TimelineEntry.claimant_id)
        .where(
            TimelineEntry.kind == TimelineKind.TASK,
            TimelineEntry.done_at.is_(None),
            TimelineEntry.due_on.is_not(None),
            Case.archived_at.is_(None),
            Claimant.archived_at.is_(None),
        )
    )
    if mine:
        query = query.where(
            sa.or_(
                TimelineEntry.assignee_id == user.id,
                TimelineEntry.author_id == user.id,
                Case.lawyer_id == user.id,
                Case.paralegal_id == user.id,
            )
        )
    return query


def _loaded(query: sa.Select, *, joined: bool = False) -> sa.Select:
    """Each entry's author, who did the task, its case and its claimant, joined into the same query: one statement
    whether there are no entries or fifty (a select-in load would add four, and only when there are some).

    ``joined``: the query already joins the case and the claimant (the open tasks' filters do), and the entries
    take them from those joins. Joining both a second time made eleven tables whose join order PostgreSQL took
    45-60 ms to plan, for a statement that then ran in 2 ms."""
    if joined:
        places = (contains_eager(TimelineEntry.case), contains_eager(TimelineEntry.claimant))
    else:
        places = (joinedload(TimelineEntry.case), joinedload(TimelineEntry.claimant))
    # The people's organisation is the reader's own, already in the session: not joined again for each of them.
    return query.options(
        joinedload(TimelineEntry.author).lazyload(User.organisation),
        joinedload(TimelineEntry.done_by).lazyload(User.organisation),
        joinedload(TimelineEntry.assignee).lazyload(User.organisation),
        *places,
        joinedload(TimelineEntry.meeting),
    )


def open_tasks(
    user, *, days: int | None = 14, today: date | None = None, limit: int | None = None
) -> list[TimelineEntry]:
    """Tasks of the organisation not yet done and due within ``days`` days (every open task with
    ``days=None``), overdue ones included, soonest due first (the first ``limit``). Entries of archived cases or
    claimants are left out. Author, done_by, case and claimant are loaded."""
    require_case_worker(user)
    today = today or clock.today()
    query = _open_tasks_query(user)
    if days is not None:
        query = query.where(TimelineEntry.due_on <= today + timedelta(days=days))
    return list(
        db.session.scalars(
            _loaded(query, joined=True).order_by(TimelineEntry.due_on, TimelineEntry.id).limit(limit)
        )
    )


def overdue_tasks(user, *, since: date, limit: int, today: date | None = None) -> Windowed[TimelineEntry]:
    """Tasks overdue since ``since`` (the first ``limit``, oldest first, their people joined in) and how many fell
    due before it: two queries whatever the number of tasks, both counts in one pass."""
    require_case_worker(user)
    today = today or clock.today()
    overdue = _live_open_tasks(user).where(TimelineEntry.due_on < today)
    recent = TimelineEntry.due_on >= since
    order = (TimelineEntry.due_on, TimelineEntry.id)
    # The first ids from the open tasks' index alone, in its order, and only they loaded with their people: read
    # whole, the tasks were walked through the wide (organisation, kind, due date) index, done ones included.
    first = overdue.where(recent).with_only_columns(TimelineEntry.id).order_by(*order).limit(limit)
    found = db.session.scalars(
        _loaded(_open_tasks_query(user).where(TimelineEntry.id.in_(first)), joined=True).order_by(*order)
    ).all()
    recent_count, older = count_split(overdue, recent)
    return Windowed(Bounded(list(found), recent_count), older)


def _live_open_tasks(user) -> sa.Select:
    """The tasks of :func:`_open_tasks_query`, for counts: archived cases left out by an anti-join on the few of
    them rather than a join to every task's case, so the count is read from ix_timeline_entries_open_tasks alone.
    The claimant stays a join: most tasks have none, and there is no index of archived claimants to anti-join."""
    archived_case = sa.select(Case.id).where(Case.id == TimelineEntry.case_id, Case.archived_at.is_not(None))
    return (
        visible(TimelineEntry, user)
        .outerjoin(Claimant, Claimant.id == TimelineEntry.claimant_id)
        .where(
            TimelineEntry.kind == TimelineKind.TASK,
            TimelineEntry.done_at.is_(None),
            TimelineEntry.due_on.is_not(None),
            ~archived_case.exists(),
            Claimant.archived_at.is_(None),
        )
    )


@dataclass
class TaskList:
    view: str
    mine: bool
    rows: list[TimelineEntry]
    total: int
    page: int
    pages: int


def list_tasks(user, *, view: str = "overdue", mine: bool = False, page: int = 1, today: date | None = None):
    """A page of open tasks: overdue (oldest first, so the longest forgotten come first), due in the next 14 days,
    or all open ones by due date. Two queries and the loads."""
    require_case_worker(user)
    today = today or clock.today()
    view = view if view in TASK_VIEWS else "overdue"
    query = _open_tasks_query(user, mine=mine)
    if view == "overdue":
        query = query.where(TimelineEntry.due_on < today)
    elif view == "soon":
        query = query.where(TimelineEntry.due_on >= today, TimelineEntry.due_on <= today + timedelta(days=14))
    total = count(query, TimelineEntry.id)
    page, pages = clamp_page(page, total, TASK_PAGE_SIZE)
    rows = db.session.scalars(
        _loaded(query, joined=True)
        .order_by(TimelineEntry.due_on, TimelineEntry.id)
        .limit(TASK_PAGE_SIZE)
        .offset((page - 1) * TASK_PAGE_SIZE)
    ).all()
    return TaskList(view, mine, list(rows), total, page, pages)


def is_overdue(entry: TimelineEntry, today: date | None = None) -> bool:
    return (
        entry.kind == TimelineKind.TASK
        and entry.done_at is None
        and entry.due_on is not None
        and entry.due_on < (today or clock.today())
    )


def assignee_choices(user) -> list[tuple[int, str]]:
    """Who a task can be given to: the organisation's case workers (an advisor works on no task), by name."""
    people = db.session.scalars(
        visible(User, user).where(User.role.in_(access.CASE_WORKERS)).order_by(User.name)
    ).all()
    return [(person.id, person.name) for person in people]
