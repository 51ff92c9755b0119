"""After the return: the reintegration plan (a goal per domain, with its owner and due date), and the reads of the
plan and of the follow-up visits (a claimant's page, the calendar's planned visits).

How visits are planned and reach their visitor is claims.services.follow_up_visits, which checks access and the
people named the way the plan does, with the guards below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims import clock
from claims.extensions import db
from claims.models import (
    Agency,
    Claimant,
    FollowUpVisit,
    ReintegrationGoal,
    User,
)
from claims.services import access, protection, records
from claims.services.errors import Forbidden, ValidationFailed
from claims.services.scope import visible

ROWS = 50


def require(user, record) -> None:
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")
    if record.org_id != user.org_id:
        raise Forbidden("another organisation's record")


def redact(claimant: Claimant, fields) -> tuple[str, ...]:
    return tuple(fields) if claimant.protected else ()


def hidden_fields(user, claimant: Claimant, fields) -> tuple[str, ...]:
    return () if protection.may_see_whereabouts(user, claimant) else tuple(fields)


def check_people(user, values: dict, user_field: str, agency_field: str) -> dict:
    errors = {}
    if values.get(user_field) is not None:
        known = db.session.scalar(
            visible(User, user).where(User.id == values[user_field], User.role.in_(access.CASE_WORKERS))
        )
        if known is None:
            errors[user_field] = _l("Not a valid choice.")
    agency_id = values.get(agency_field)
    if (
        agency_id is not None
        and db.session.scalar(visible(Agency, user).where(Agency.id == agency_id)) is None
    ):
        errors[agency_field] = _l("Choose the agency from the directory.")
    return errors


def raise_errors(errors: dict) -> None:
    if errors:
        raise ValidationFailed({k: str(v) for k, v in errors.items()})


# ---------------------------------------------------------------- the plan


def _check_goal(user, values: dict) -> None:
    errors = {}
    if not values.get("domain"):
        errors["domain"] = _l("Choose the domain of the goal.")
    if not values.get("goal"):
        errors["goal"] = _l("Say what the goal is.")
    if not values.get("owner_id") and not values.get("owner_agency_id"):
        errors["owner_id"] = _l("Say who is responsible: a person, or an agency.")
    errors |= check_people(user, values, "owner_id", "owner_agency_id")
    raise_errors(errors)


# Who writes a goal knows what it says: a case worker the whereabouts rule leaves out may still add one (its text
# is required), then sees it as hidden like the rest of the plan's private fields; the agency stays out of reach.
_GOAL_WRITTEN_BY_ANYONE = ("goal",)


def add_goal(user, claimant: Claimant, values: dict) -> ReintegrationGoal:
    require(user, claimant)
    for name in hidden_fields(user, claimant, ReintegrationGoal.PRIVATE_FIELDS):
        if name not in _GOAL_WRITTEN_BY_ANYONE:
            values.pop(name, None)
    _check_goal(user, values)
    return records.create(
        user,
        ReintegrationGoal,
        {**values, "claimant_id": claimant.id},
        redact=redact(claimant, ReintegrationGoal.PRIVATE_FIELDS),
    )


def update_goal(user, goal: ReintegrationGoal, values: dict, version) -> dict:
    require(user, goal)
    values = {k: v for k, v in values.items() if k != "claimant_id"}
    hidden = hidden_fields(user, goal.claimant, ReintegrationGoal.PRIVATE_FIELDS)
    for name in hidden:
        values.pop(name, None)  # not shown to this user, so not changed by them
    # Judged with what is stored for the fields this user neither sees nor changes.
    _check_goal(user, {**{name: getattr(goal, name) for name in hidden}, **values})
    return records.update(
        user, goal, values, version, redact=redact(goal.claimant, ReintegrationGoal.PRIVATE_FIELDS)
    )


def archive_goal(user, goal: ReintegrationGoal, version) -> None:
    require(user, goal)
    records.archive(user, goal, version)


# ---------------------------------------------------------------- reads


@dataclass
class Plan:
    goals: list[ReintegrationGoal]
    visits: list[FollowUpVisit]
    today: date

    def overdue(self, visit: FollowUpVisit) -> bool:
        return visit.visited_on is None and visit.due_on < self.today


def load_plan(user, claimant: Claimant, *, today: date | None = None) -> Plan:
    """The live goals by domain and the visits by due date (bounded; two queries and their eager loads)."""
    goals = db.session.scalars(
        visible(ReintegrationGoal, user)
        .where(ReintegrationGoal.claimant_id == claimant.id)
        .options(selectinload(ReintegrationGoal.owner), selectinload(ReintegrationGoal.owner_agency))
        .order_by(ReintegrationGoal.domain, ReintegrationGoal.id)
        .limit(ROWS)
    ).all()
    visits = db.session.scalars(
        visible(FollowUpVisit, user)
        .where(FollowUpVisit.claimant_id == claimant.id)
        .options(selectinload(FollowUpVisit.visitor), selectinload(FollowUpVisit.visitor_agency))
        .order_by(FollowUpVisit.due_on, FollowUpVisit.id)
        .limit(ROWS)
    ).all()
    return Plan(list(goals), list(visits), today or clock.today())


def planned_visits(user, start: date, until: date, *, per_day: int, claimants=None):
    """The planned (not yet made) visits due from ``start`` to ``until`` across the organisation, for the calendar:
    each day's first ``per_day`` by claimant, and how many each day has. Visits of archived or closed claimants
    are left out, as their tasks are (claims.services.assigned). ``claimants``: a select of claimant ids to keep
    (the calendar's filters). Two queries whatever the number of visits."""
    query = (
        visible(FollowUpVisit, user)
        .join(Claimant, Claimant.id == FollowUpVisit.claimant_id)
        .where(
            FollowUpVisit.visited_on.is_(None),
            FollowUpVisit.due_on >= start,
            FollowUpVisit.due_on <= until,
            Claimant.archived_at.is_(None),
            Claimant.closed_reason.is_(None),
        )
    )
    if claimants is not None:
        query = query.where(FollowUpVisit.claimant_id.in_(claimants))
    numbered = query.with_only_columns(
        FollowUpVisit.id.label("id"),
        sa.func.row_number()
        .over(partition_by=FollowUpVisit.due_on, order_by=(Claimant.pseudonym, FollowUpVisit.id))
        .label("n"),
    ).subquery()
    shown = db.session.scalars(
        query.where(FollowUpVisit.id.in_(sa.select(numbered.c.id).where(numbered.c.n <= per_day)))
        .options(selectinload(FollowUpVisit.claimant), selectinload(FollowUpVisit.visitor))
        .order_by(FollowUpVisit.due_on, Claimant.pseudonym, FollowUpVisit.id)
    ).all()
    totals = dict(
        db.session.execute(
            query.with_only_columns(FollowUpVisit.due_on, sa.func.count(FollowUpVisit.id)).group_by(
                FollowUpVisit.due_on
            )
        ).all()
    )
    return list(shown), totals
