"""Meetings about claimants and their cases: multidisciplinary-team case conferences, shelter consultation meetings
and cross-border case management meetings.

A meeting's action items are tasks on the timeline (TimelineEntry of kind task) linked to the meeting, each with an
assignee (a user of the organisation or an agency named in words) and a due date: so they reach their owner
through everything that shows tasks (My tasks, the dashboard, reminders, the digest, the calendar feed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload, selectinload

from claims import clock
from claims.extensions import db
from claims.models import Case, Claimant, Meeting, MeetingLink, TimelineEntry, User
from claims.models.base import utcnow
from claims.models.enums import MeetingKind, TimelineKind
from claims.services import records
from claims.services.access import require_case_worker, require_same_org
from claims.services.errors import ValidationFailed
from claims.services.paging import clamp_page, count
from claims.services.scope import visible

PAGE_SIZE = 25
# Meetings shown on a case's or a claimant's page; the rest are a link to the list.
RECENT = 5
# A meeting names a handful of cases and people; the bound keeps a pasted list from filling the page.
MAX_LINKS = 50


@dataclass
class ActionItem:
    """One row of the form: an existing task (id) or a new one."""

    id: int | None
    body: str | None
    assignee_id: int | None
    assignee_agency: str | None
    due_on: date | None
    done: bool = False


def _words(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").replace("\n", ",").split(",") if part.strip()]


def resolve_links(user, case_refs: str | None, pseudonyms: str | None) -> tuple[list[Case], list[Claimant]]:
    """The organisation's live cases and claimants named by reference and pseudonym (comma-separated); a name
    that matches none is refused next to its field."""
    refs, names = _words(case_refs), _words(pseudonyms)
    errors = {}
    if len(refs) + len(names) > MAX_LINKS:
        errors["cases"] = str(_l("A meeting can name at most %(n)d cases and claimants.", n=MAX_LINKS))
        raise ValidationFailed(errors)
    cases = list(db.session.scalars(visible(Case, user).where(Case.reference.in_(refs)))) if refs else []
    claimants = (
        list(db.session.scalars(visible(Claimant, user).where(Claimant.pseudonym.in_(names))))
        if names
        else []
    )
    unknown_cases = sorted(set(refs) - {c.reference for c in cases})
    unknown_people = sorted(set(names) - {c.pseudonym for c in claimants})
    if unknown_cases:
        errors["cases"] = str(
            _l("No case of this organisation has the reference: %(refs)s", refs=", ".join(unknown_cases))
        )
    if unknown_people:
        errors["claimants"] = str(
            _l(
                "No claimant of this organisation has the pseudonym: %(names)s",
                names=", ".join(unknown_people),
            )
        )
    if errors:
        raise ValidationFailed(errors)
    return cases, claimants


def _check(user, values: dict, items: list[ActionItem]) -> None:
    errors: dict[str, str] = {}
    if not values.get("held_on"):
        errors["held_on"] = str(_l("Enter the date of the meeting."))
    if not values.get("host_agency"):
        errors["host_agency"] = str(_l("Name the agency that hosted the meeting."))
    for key in ("amount_decided", "amount_wanted"):
        amount = values.get(key)
        if amount is not None and amount < 0:
            errors[key] = str(_l("An amount cannot be negative."))
    assignees = {item.assignee_id for item in items if item.assignee_id}
    if assignees:
        known = set(
            db.session.scalars(sa.select(User.id).where(User.id.in_(assignees), User.org_id == user.org_id))
        )
    else:
        known = set()
    for n, item in enumerate(items):
        if not item.body:
            continue
        prefix = f"action_items-{n}-"
        if item.due_on is None:
            errors[prefix + "due_on"] = str(_l("An action item needs a due date."))
        elif values.get("held_on") and item.due_on < values["held_on"] and item.id is None:
            errors[prefix + "due_on"] = str(_l("An action item cannot be due before the meeting."))
        if not item.assignee_id and not item.assignee_agency:
            errors[prefix + "assignee_id"] = str(_l("Say who is to do it: a person, or an agency."))
        if item.assignee_id and item.assignee_id not in known:
            errors[prefix + "assignee_id"] = str(_l("Not a valid choice."))
    if errors:
        raise ValidationFailed(errors)


def _set_links(user, meeting: Meeting, cases: list[Case], claimants: list[Claimant]) -> None:
    current = list(db.session.scalars(visible(MeetingLink, user).where(MeetingLink.meeting_id == meeting.id)))
    wanted = {("case", c.id) for c in cases} | {("claimant", c.id) for c in claimants}
    have = {}
    for link in current:
        key = ("case", link.case_id) if link.case_id else ("claimant", link.claimant_id)
        have[key] = link
    for key, link in have.items():
        if key not in wanted:
            records.archive(user, link, records.UNCHECKED, commit=False)
    for kind, record_id in sorted(wanted - set(have)):
        records.create(
            user,
            MeetingLink,
            {"meeting_id": meeting.id, f"{kind}_id": record_id},
            commit=False,
        )


def _set_items(user, meeting: Meeting, items: list[ActionItem], today: date) -> None:
    existing = {t.id: t for t in action_items(user, meeting)}
    for item in items:
        task = existing.get(item.id) if item.id else None
        if item.id and task is None:
            continue  # not this meeting's: ignored, never someone else's task changed through this form
        if task is not None and not item.body:
            # An item whose text was cleared is archived, not deleted: an administrator can restore it.
            records.archive(user, task, records.UNCHECKED, commit=False)
            continue
        if not item.body:
            continue
        values = {
            "body": item.body,
            "assignee_id": item.assignee_id,
            "assignee_agency": item.assignee_agency,
            "due_on": item.due_on,
        }
        if task is None:
            records.create(
                user,
                TimelineEntry,
                {
                    **values,
                    "kind": TimelineKind.TASK,
                    # A task records the day it was set, never a day to come.
                    "occurred_on": min(meeting.held_on, today),
                    "meeting_id": meeting.id,
                    "author_id": user.id,
                    **({"done_at": utcnow(), "done_by_id": user.id} if item.done else {}),
                },
                commit=False,
            )
        else:
            if item.done and task.done_at is None:
                values |= {"done_at": utcnow(), "done_by_id": user.id}
            records.update(user, task, values, records.UNCHECKED, commit=False)


def create_meeting(
    user, values: dict, cases, claimants, items: list[ActionItem], *, today: date | None = None
) -> Meeting:
    require_case_worker(user)
    _check(user, values, items)
    meeting = records.create(user, Meeting, values, commit=False)
    _set_links(user, meeting, cases, claimants)
    _set_items(user, meeting, items, today or clock.today())
    db.session.commit()
    return meeting


def update_meeting(
    user, meeting: Meeting, values: dict, version, cases, claimants, items: list[ActionItem], *, today=None
) -> dict:
    require_case_worker(user)
    require_same_org(user, meeting)
    _check(user, values, items)
    changes = records.update(user, meeting, values, version, commit=False)
    _set_links(user, meeting, cases, claimants)
    _set_items(user, meeting, items, today or clock.today())
    db.session.commit()
    return changes


def archive_meeting(user, meeting: Meeting, version) -> None:
    require_case_worker(user)
    require_same_org(user, meeting)
    records.archive(user, meeting, version)


# ---------------------------------------------------------------- reads


def action_items(user, meeting: Meeting) -> list[TimelineEntry]:
    """The meeting's live action items, by due date, with their assignee and who did them loaded (one query)."""
    return list(
        db.session.scalars(
            visible(TimelineEntry, user)
            .where(TimelineEntry.meeting_id == meeting.id)
            .options(joinedload(TimelineEntry.assignee), joinedload(TimelineEntry.done_by))
            .order_by(TimelineEntry.due_on, TimelineEntry.id)
        )
    )


def links(user, meeting: Meeting) -> list[MeetingLink]:
    return list(
        db.session.scalars(
            visible(MeetingLink, user)
            .where(MeetingLink.meeting_id == meeting.id)
            .options(joinedload(MeetingLink.case), joinedload(MeetingLink.claimant))
            .order_by(MeetingLink.id)
        )
    )


@dataclass
class MeetingList:
    kind: str
    rows: list[Meeting]
    total: int
    page: int
    pages: int


def list_meetings(user, *, kind: str = "", page: int = 1) -> MeetingList:
    """A page of the organisation's meetings, newest first, of one kind or all; their links loaded in one more
    query."""
    require_case_worker(user)
    kind = kind if kind in set(MeetingKind) else ""
    query = visible(Meeting, user)
    if kind:
        query = query.where(Meeting.kind == kind)
    total = count(query, Meeting.id)
    page, pages = clamp_page(page, total, PAGE_SIZE)
    rows = db.session.scalars(
        query.options(
            selectinload(Meeting.links).options(
                joinedload(MeetingLink.case), joinedload(MeetingLink.claimant)
            )
        )
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    return MeetingList(kind, list(rows), total, page, pages)


def meetings_about(
    user, *, case: Case | None = None, claimant: Claimant | None = None
) -> tuple[list[Meeting], int]:
    """The latest RECENT meetings that discussed the case or the claimant, and how many there are."""
    require_case_worker(user)
    subject = MeetingLink.case_id == case.id if case is not None else MeetingLink.claimant_id == claimant.id
    ids = (
        sa.select(MeetingLink.meeting_id)
        .where(subject, MeetingLink.archived_at.is_(None), MeetingLink.org_id == user.org_id)
        .scalar_subquery()
    )
    query = visible(Meeting, user).where(Meeting.id.in_(ids))
    rows = db.session.scalars(query.order_by(Meeting.held_on.desc(), Meeting.id.desc()).limit(RECENT)).all()
    total = len(rows) if len(rows) < RECENT else count(query, Meeting.id)
    return list(rows), total
