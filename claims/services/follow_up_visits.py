"""The follow-up visits after the return and the tasks that carry them to their visitor.

The organisation's follow-up rhythm (3, 6 and 12 months after the return, Administration → Courts and closure days)
becomes visits here: when a return date is recorded, one visit is planned for each month of the rhythm, and each
planned visit has a task (a timeline task on the claimant) assigned to its visitor, so it reaches them in My tasks,
on the dashboard, in reminders, the digest and the calendar feed before it is due (claims.services.assigned).
Recording the visit marks its task done; a next due date plans the next visit.

Apart from claims.services.reintegration, the plan's goals, because a visit is kept in step with a task, with the
return's date and with the organisation's rhythm, none of which a goal has.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims import clock, wording
from claims.calc.dates import add_months
from claims.extensions import db
from claims.models import (
    Case,
    CaseClaimant,
    Claimant,
    FollowUpVisit,
    Organisation,
    ReturnHome,
    TimelineEntry,
)
from claims.models.base import utcnow
from claims.models.enums import TimelineKind
from claims.services import records
from claims.services.reintegration import check_people, hidden_fields, raise_errors, redact, require

# A rhythm visit overdue by more than this when the return is recorded is not planned: a return recorded years
# late (an old file, a migrated date) would otherwise put years-old "overdue" visits on someone's task list. A
# visit made back then is recorded by hand, with its date.
LATE_VISIT_DAYS = 31


def _default_visitor(user, claimant: Claimant) -> int:
    """Whom a planned visit reaches: the paralegal of the claimant's first live case, else its lawyer, else the
    person who recorded the return."""
    row = db.session.execute(
        sa.select(Case.paralegal_id, Case.lawyer_id)
        .join(CaseClaimant, CaseClaimant.case_id == Case.id)
        .where(
            CaseClaimant.claimant_id == claimant.id,
            CaseClaimant.archived_at.is_(None),
            Case.archived_at.is_(None),
            Case.org_id == claimant.org_id,
        )
        .order_by(Case.id)
        .limit(1)
    ).first()
    if row is not None:
        return row[0] or row[1] or user.id
    return user.id


def _task_words(claimant: Claimant, visit_months: int | None) -> dict:
    """The task's words as a key each reader sees in their language, and as text in the recorder's (claims.wording)."""
    key, params = wording.follow_up_visit(claimant.pseudonym, visit_months)
    return {"body": wording.render(key, params), "body_key": key, "body_params": params}


def _plan_task(user, claimant: Claimant, visit: FollowUpVisit, today: date) -> None:
    task = records.create(
        user,
        TimelineEntry,
        {
            "claimant_id": claimant.id,
            "kind": TimelineKind.TASK,
            "occurred_on": today,
            **_task_words(claimant, visit.rhythm_months),
            "author_id": user.id,
            "assignee_id": visit.visitor_id,
            # The task is read by every case worker: a protected person's visiting partner stays on the visit.
            "assignee_agency": visit.visitor_agency.safe_label()
            if visit.visitor_agency_id and not claimant.protected
            else None,
            "due_on": visit.due_on,
        },
        commit=False,
    )
    records.update(user, visit, {"task_id": task.id}, records.UNCHECKED, commit=False)


def _sync_task(user, visit: FollowUpVisit) -> None:
    task = visit.task
    if task is None or task.archived_at is not None:
        return
    values = {"due_on": visit.due_on, "assignee_id": visit.visitor_id}
    if visit.visited_on is not None and task.done_at is None:
        values |= {"done_at": utcnow(), "done_by_id": user.id}
    if visit.visited_on is None and task.done_at is not None:
        values |= {"done_at": None, "done_by_id": None}
    changed = {k: v for k, v in values.items() if getattr(task, k) != v}
    if changed:
        records.update(user, task, changed, records.UNCHECKED, commit=False)


def _planned(claimant: Claimant) -> list[FollowUpVisit]:
    return list(
        db.session.scalars(
            sa.select(FollowUpVisit).where(
                FollowUpVisit.claimant_id == claimant.id,
                FollowUpVisit.archived_at.is_(None),
                FollowUpVisit.visited_on.is_(None),
            )
        )
    )


def schedule_rhythm(user, claimant: Claimant, returned_on: date | None, *, today: date | None = None) -> None:
    """The rhythm's visits after ``returned_on``: planned where missing, moved when the return date moved,
    archived (with their tasks) when the return date is cleared. Visits made are never touched. Does not commit."""
    today = today or clock.today()
    planned = {v.rhythm_months: v for v in _planned(claimant) if v.rhythm_months}
    if returned_on is None:
        for visit in planned.values():
            if visit.task is not None:
                records.archive(user, visit.task, records.UNCHECKED, commit=False)
            records.archive(user, visit, records.UNCHECKED, commit=False)
        return
    made = set(
        db.session.scalars(
            sa.select(FollowUpVisit.rhythm_months).where(
                FollowUpVisit.claimant_id == claimant.id,
                FollowUpVisit.archived_at.is_(None),
                FollowUpVisit.visited_on.is_not(None),
            )
        )
    )
    months = db.session.get(Organisation, claimant.org_id).follow_up_rhythm
    for count, visit in planned.items():
        if count not in months:  # the organisation's rhythm no longer has this visit
            if visit.task is not None:
                records.archive(user, visit.task, records.UNCHECKED, commit=False)
            records.archive(user, visit, records.UNCHECKED, commit=False)
    visitor = None
    for count in months:
        due = add_months(returned_on, count)
        visit = planned.get(count)
        if visit is not None:
            if visit.due_on != due:
                records.update(user, visit, {"due_on": due}, records.UNCHECKED, commit=False)
                _sync_task(user, visit)
            continue
        if count in made or (today - due).days > LATE_VISIT_DAYS:
            continue
        visitor = visitor or _default_visitor(user, claimant)
        visit = records.create(
            user,
            FollowUpVisit,
            {"claimant_id": claimant.id, "due_on": due, "rhythm_months": count, "visitor_id": visitor},
            commit=False,
        )
        _plan_task(user, claimant, visit, today)


RESCHEDULE_CHUNK = 200


def reschedule_org(user, *, today: date | None = None) -> int:
    """After the organisation's rhythm changed: every live return's planned visits follow it (visits made are
    kept). Walks the returns by id in chunks, committing each; returns how many claimants it went through."""
    done, after = 0, 0
    while True:
        rows = db.session.execute(
            sa.select(ReturnHome.id, ReturnHome.claimant_id, ReturnHome.returned_on)
            .where(
                ReturnHome.org_id == user.org_id,
                ReturnHome.archived_at.is_(None),
                ReturnHome.returned_on.is_not(None),
                ReturnHome.id > after,
            )
            .order_by(ReturnHome.id)
            .limit(RESCHEDULE_CHUNK)
        ).all()
        if not rows:
            return done
        for _id, claimant_id, returned_on in rows:
            claimant = db.session.get(Claimant, claimant_id)
            if claimant.archived_at is None:
                schedule_rhythm(user, claimant, returned_on, today=today)
                done += 1
        db.session.commit()
        after = rows[-1][0]


def _check_visit(user, values: dict, today: date) -> None:
    errors = {}
    if values.get("due_on") is None:
        errors["due_on"] = _l("Enter the date the visit is due.")
    visited = values.get("visited_on")
    if visited is not None and visited > today:
        errors["visited_on"] = _l(
            "This date cannot be in the future. Leave it empty until the visit is made."
        )
    if not values.get("visitor_id") and not values.get("visitor_agency_id"):
        errors["visitor_id"] = _l("Say who visits: a person, or an agency.")
    nxt = values.get("next_due_on")
    if nxt is not None:
        if visited is None:
            errors["next_due_on"] = _l("Record the visit first: the next one is planned after it.")
        elif nxt <= visited:
            errors["next_due_on"] = _l("The next visit must come after this one.")
    errors |= check_people(user, values, "visitor_id", "visitor_agency_id")
    raise_errors(errors)


def _plan_next(user, claimant: Claimant, visit: FollowUpVisit, today: date) -> None:
    if visit.next_due_on is None:
        return
    exists = db.session.scalar(
        sa.select(FollowUpVisit.id).where(
            FollowUpVisit.claimant_id == claimant.id,
            FollowUpVisit.archived_at.is_(None),
            FollowUpVisit.due_on == visit.next_due_on,
        )
    )
    if exists is None:
        follow = records.create(
            user,
            FollowUpVisit,
            {
                "claimant_id": claimant.id,
                "due_on": visit.next_due_on,
                "visitor_id": visit.visitor_id,
                "visitor_agency_id": visit.visitor_agency_id,
            },
            commit=False,
        )
        _plan_task(user, claimant, follow, today)


def add_visit(user, claimant: Claimant, values: dict, *, today: date | None = None) -> FollowUpVisit:
    require(user, claimant)
    today = today or clock.today()
    for name in hidden_fields(user, claimant, FollowUpVisit.PRIVATE_FIELDS):
        values.pop(name, None)
    _check_visit(user, values, today)
    visit = records.create(
        user,
        FollowUpVisit,
        {**values, "claimant_id": claimant.id},
        commit=False,
        redact=redact(claimant, FollowUpVisit.PRIVATE_FIELDS),
    )
    if visit.visited_on is None:
        _plan_task(user, claimant, visit, today)
    _plan_next(user, claimant, visit, today)
    db.session.commit()
    return visit


def update_visit(user, visit: FollowUpVisit, values: dict, version, *, today: date | None = None) -> dict:
    require(user, visit)
    today = today or clock.today()
    claimant = visit.claimant
    values = {k: v for k, v in values.items() if k not in ("claimant_id", "task_id", "rhythm_months")}
    hidden = hidden_fields(user, claimant, FollowUpVisit.PRIVATE_FIELDS)
    for name in hidden:
        values.pop(name, None)
    # Judged with what is stored for the fields this user neither sees nor changes (a visiting partner).
    _check_visit(user, {**{name: getattr(visit, name) for name in hidden}, **values}, today)
    changes = records.update(
        user, visit, values, version, commit=False, redact=redact(claimant, FollowUpVisit.PRIVATE_FIELDS)
    )
    _sync_task(user, visit)
    _plan_next(user, claimant, visit, today)
    db.session.commit()
    return changes


def archive_visit(user, visit: FollowUpVisit, version) -> None:
    require(user, visit)
    records.archive(user, visit, version, commit=False)
    if visit.task is not None and visit.task.archived_at is None:
        records.archive(user, visit.task, records.UNCHECKED, commit=False)
    db.session.commit()
