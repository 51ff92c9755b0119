"""A claimant's safety: the risk level as a history (who assessed it, when, why; the latest live assessment is the
level in force) and the log of safety incidents (threats, bribery attempts, intimidation of a witness, approaches
by the trafficker), each with the action taken, the agency it was reported to and, when asked, a follow-up task
with an assignee and a due date, so it reaches My tasks, the dashboard, the reminders and the calendar feed.

A high or critical level shows on the claimant's page and on the dashboard of their case team (the lawyer and
paralegal of their live cases; an admin sees the organisation's). The reasons and the incidents' text often say
where the person was found or moved to: for a protected claimant they follow the whereabouts rule, as the stays'
facility does (claims.services.shelter), and only the people it names record them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import aliased, joinedload, selectinload

from claims import clock
from claims.extensions import db
from claims.models import (
    Agency,
    Case,
    CaseClaimant,
    Claimant,
    RiskAssessment,
    SafetyIncident,
    TimelineEntry,
    User,
)
from claims.models.enums import Role, TimelineKind
from claims.models.shelter import RAISED_LEVELS
from claims.services import access, protection, records, shelter
from claims.services.access import require_case_worker
from claims.services.errors import Forbidden, ValidationFailed
from claims.services.paging import Bounded, count
from claims.services.scope import get_visible, visible
from claims.services.shelter import redact_for, require_may_write

RISK_FIELDS = RiskAssessment.PRIVATE_FIELDS
INCIDENT_FIELDS = SafetyIncident.PRIVATE_FIELDS
HISTORY_LIMIT = 50
RECENT = 5
ROWS = 25


def _error(field: str, message) -> ValidationFailed:
    return ValidationFailed({field: str(message)})


# ---------------------------------------------------------------- the risk level


def _check_risk(values: dict, today: date) -> dict:
    values = {k: v for k, v in values.items() if k not in ("claimant_id", "assessed_by_id")}
    if not values.get("level"):
        raise _error("level", _l("Choose the risk level."))
    assessed_on = values.get("assessed_on")
    if assessed_on is None:
        raise _error("assessed_on", _l("Enter the day the risk was assessed."))
    if assessed_on > today:
        raise _error("assessed_on", _l("This date cannot be in the future."))
    if not (values.get("reason") or "").strip():
        raise _error("reason", _l("Say why the risk is at this level."))
    values["reason"] = values["reason"].strip()
    return values


def assess_risk(user, claimant: Claimant, values: dict, *, today: date | None = None) -> RiskAssessment:
    """A new assessment: the history keeps the earlier ones (a level is never overwritten)."""
    require_may_write(user, claimant)
    values = _check_risk(values, today or clock.today())
    return records.create(
        user,
        RiskAssessment,
        {**values, "claimant_id": claimant.id, "assessed_by_id": user.id},
        redact=redact_for(claimant, RISK_FIELDS),
    )


def archive_assessment(user, assessment: RiskAssessment, version) -> None:
    """An assessment recorded in error: archived, and the one before it is the level in force again."""
    require_may_write(user, assessment.claimant)
    records.archive(user, assessment, version)


def _newest_first(query: sa.Select) -> sa.Select:
    return query.order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())


def risk_history(user, claimant: Claimant) -> list[RiskAssessment]:
    require_case_worker(user)
    return list(
        db.session.scalars(
            _newest_first(visible(RiskAssessment, user).where(RiskAssessment.claimant_id == claimant.id))
            .options(joinedload(RiskAssessment.assessed_by))
            .limit(HISTORY_LIMIT)
        )
    )


def _latest_clause():
    """SQL: this assessment is its claimant's latest live one (no later live one exists)."""
    later = aliased(RiskAssessment)
    return ~(
        sa.select(later.id)
        .where(
            later.claimant_id == RiskAssessment.claimant_id,
            later.archived_at.is_(None),
            sa.or_(
                later.assessed_on > RiskAssessment.assessed_on,
                sa.and_(later.assessed_on == RiskAssessment.assessed_on, later.id > RiskAssessment.id),
            ),
        )
        .exists()
    )


def raised_for(user, *, limit: int = ROWS) -> Bounded:
    """The live claimants whose level in force is high or critical, of the user's own cases (an admin: the
    organisation's), the most serious and the latest first: two queries."""
    require_case_worker(user)
    query = (
        visible(RiskAssessment, user)
        .join(Claimant, Claimant.id == RiskAssessment.claimant_id)
        .where(Claimant.archived_at.is_(None), RiskAssessment.level.in_(RAISED_LEVELS), _latest_clause())
    )
    if user.role != Role.ADMIN:
        mine = (
            sa.select(CaseClaimant.id)
            .join(Case, Case.id == CaseClaimant.case_id)
            .where(
                CaseClaimant.claimant_id == RiskAssessment.claimant_id,
                CaseClaimant.archived_at.is_(None),
                Case.archived_at.is_(None),
                Case.org_id == user.org_id,
                sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id),
            )
            .exists()
        )
        query = query.where(mine)
    severity = sa.case((RiskAssessment.level == "critical", 0), else_=1)
    rows = db.session.scalars(
        query.options(joinedload(RiskAssessment.claimant))
        .order_by(severity, RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
        .limit(limit)
    ).all()
    total = len(rows) if len(rows) < limit else count(query, RiskAssessment.id)
    return Bounded(list(rows), total)


# ---------------------------------------------------------------- safety incidents


@dataclass
class FollowUp:
    """The follow-up task an incident asks for (None: no task)."""

    body: str | None
    assignee_id: int | None
    assignee_agency: str | None
    due_on: date | None


def _check_task(user, task: FollowUp, occurred_on: date | None) -> None:
    if not task.body:
        raise _error("task_body", _l("Say what is to be done."))
    if task.due_on is None:
        raise _error("task_due_on", _l("A task needs a due date."))
    if occurred_on is not None and task.due_on < occurred_on:
        raise _error("task_due_on", _l("The task cannot be due before the incident."))
    if not task.assignee_id and not task.assignee_agency:
        raise _error("task_assignee_id", _l("Say who is to do it: a person, or an agency."))
    if task.assignee_id is not None:
        known = db.session.scalar(
            visible(User, user).where(User.id == task.assignee_id, User.role.in_(access.CASE_WORKERS))
        )
        if known is None:
            raise _error("task_assignee_id", _l("Not a valid choice."))


def _check_incident(user, values: dict, incident: SafetyIncident | None, today: date) -> dict:
    values = {k: v for k, v in values.items() if k not in ("claimant_id", "task_id")}
    for key in ("description", "action_taken"):
        if isinstance(values.get(key), str):
            values[key] = values[key].strip() or None
    occurred_on = values.get("occurred_on")
    if occurred_on is None:
        raise _error("occurred_on", _l("Enter the day of the incident."))
    if occurred_on > today:
        raise _error("occurred_on", _l("This date cannot be in the future."))
    if not values.get("kind"):
        raise _error("kind", _l("Choose what kind of incident it was."))
    if not values.get("description"):
        raise _error("description", _l("Describe what happened."))
    reported_on = values.get("reported_on")
    if reported_on is not None and (reported_on < occurred_on or reported_on > today):
        raise _error(
            "reported_on", _l("The report must be made on or after the incident, and not in the future.")
        )
    agency_id = values.get("reported_to_id")
    if reported_on is not None and not agency_id:
        raise _error("reported_to_id", _l("Choose the agency it was reported to, or leave the date empty."))
    changed = agency_id and agency_id != getattr(incident, "reported_to_id", None)
    if changed and db.session.scalar(visible(Agency, user).where(Agency.id == agency_id)) is None:
        raise _error("reported_to_id", _l("Choose the agency from the directory."))
    return values


def _make_task(user, claimant: Claimant, incident: SafetyIncident, task: FollowUp, today: date) -> None:
    entry = records.create(
        user,
        TimelineEntry,
        {
            "kind": TimelineKind.TASK,
            "claimant_id": claimant.id,
            # A task records the day it was set, never a day to come.
            "occurred_on": min(incident.occurred_on, today),
            "body": task.body,
            "assignee_id": task.assignee_id,
            "assignee_agency": task.assignee_agency,
            "due_on": task.due_on,
            "author_id": user.id,
        },
        commit=False,
    )
    records.update(user, incident, {"task_id": entry.id}, records.UNCHECKED, commit=False)


def record_incident(
    user, claimant: Claimant, values: dict, task: FollowUp | None = None, *, today: date | None = None
) -> SafetyIncident:
    """The incident and, when asked, its follow-up task, in one transaction."""
    require_may_write(user, claimant)
    today = today or clock.today()
    values = _check_incident(user, values, None, today)
    if task is not None:
        _check_task(user, task, values["occurred_on"])
    incident = records.create(
        user,
        SafetyIncident,
        {**values, "claimant_id": claimant.id},
        commit=False,
        redact=redact_for(claimant, INCIDENT_FIELDS),
    )
    if task is not None:
        _make_task(user, claimant, incident, task, today)
    db.session.commit()
    return incident


def update_incident(
    user, incident: SafetyIncident, values: dict, version, task: FollowUp | None = None, *, today=None
) -> dict:
    """A task is added to an incident that has none; an incident's existing task is changed on the task list."""
    claimant = incident.claimant
    require_may_write(user, claimant)
    today = today or clock.today()
    values = _check_incident(user, values, incident, today)
    if task is not None and incident.task_id is None:
        _check_task(user, task, values["occurred_on"])
    else:
        task = None
    changes = records.update(
        user, incident, values, version, commit=False, redact=redact_for(claimant, INCIDENT_FIELDS)
    )
    if task is not None:
        _make_task(user, claimant, incident, task, today)
    db.session.commit()
    return changes


def archive_incident(user, incident: SafetyIncident, version) -> None:
    """An incident recorded in error: archived with its task while nobody has done it."""
    require_may_write(user, incident.claimant)
    records.check_version(incident, version)
    task = incident.task
    if task is not None and task.archived_at is None and task.done_at is None:
        records.archive(user, task, records.UNCHECKED, commit=False)
    records.archive(user, incident, version)


def incidents_of(user, claimant: Claimant, *, limit: int = HISTORY_LIMIT) -> Bounded:
    """The claimant's incidents, latest first, with their agency and task: two queries and the eager loads."""
    require_case_worker(user)
    query = visible(SafetyIncident, user).where(SafetyIncident.claimant_id == claimant.id)
    rows = db.session.scalars(
        query.options(
            selectinload(SafetyIncident.reported_to),
            selectinload(SafetyIncident.task).joinedload(TimelineEntry.assignee),
        )
        .order_by(SafetyIncident.occurred_on.desc(), SafetyIncident.id.desc())
        .limit(limit)
    ).all()
    total = len(rows) if len(rows) < limit else count(query, SafetyIncident.id)
    return Bounded(list(rows), total)


def get_incident(user, claimant: Claimant, incident_id) -> SafetyIncident:
    incident = get_visible(SafetyIncident, incident_id, user)
    if incident.claimant_id != claimant.id:
        raise Forbidden("another claimant's incident")
    return incident


def get_assessment(user, claimant: Claimant, assessment_id) -> RiskAssessment:
    assessment = get_visible(RiskAssessment, assessment_id, user)
    if assessment.claimant_id != claimant.id:
        raise Forbidden("another claimant's assessment")
    return assessment


def show_private(user, claimant: Claimant) -> bool:
    """Whether the reasons and the incidents' text may be shown to ``user`` (the whereabouts rule)."""
    return protection.may_see_whereabouts(user, claimant)


@dataclass
class SafetyPanel:
    """The stays, the level in force and the latest incidents, for the claimant's page."""

    stays: shelter.ClaimantStays
    risk: RiskAssessment | None
    incidents: Bounded
    show_private: bool
    may_write: bool


def claimant_panel(user, claimant: Claimant) -> SafetyPanel:
    """A fixed number of queries: the stays (two), the latest assessment (one), the incidents (two)."""
    require_case_worker(user)
    latest = db.session.scalar(
        _newest_first(visible(RiskAssessment, user).where(RiskAssessment.claimant_id == claimant.id)).limit(1)
    )
    stays = shelter.claimant_stays(user, claimant)
    return SafetyPanel(
        stays, latest, incidents_of(user, claimant, limit=RECENT), stays.show_facility, stays.may_write
    )
