"""Calendar feeds: a user's hearings and deadlines as iCalendar, for a phone's calendar to subscribe to, and one
case's as a file to download.

The feed address carries a secret token instead of a login (calendar apps cannot log in). Only its SHA-256 is
stored; the address is shown once, when it is made. Making a new one revokes the old, and a revoked or unknown
token answers 404, so a lost phone is dealt with by revoking. Events name the case reference and the claimant's
pseudonym only: a calendar is synced to servers the organisation does not control.

Hearings are timed events in the courts' zone (claims.clock.zone(), with its VTIMEZONE); deadlines and the
follow-up visits still to make are all-day events. A visit names its claimant's pseudonym, why and who visits; never
a place, its findings, nor a protected person's visiting agency (a partner in their country leads to them; see
claims.services.visit_schedule), whoever owns the feed. UIDs are stable (``hearing-<id>@<org code>``, ``deadline-<id>@<org code>``), so a moved hearing or
deadline updates the event the phone already has instead of adding a second one.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, time, timedelta

import icalendar
import sqlalchemy as sa
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy.orm import contains_eager, joinedload

from claims import clock
from claims.calc.text import render_text
from claims.extensions import db
from claims.labels import label as enum_label
from claims.models import CalendarFeed, Case, Claimant, Deadline, Hearing, User
from claims.models.base import utcnow
from claims.models.enums import HearingStatus
from claims.services import access, assigned, deadlines, hearings, visit_schedule
from claims.services.access import require_case_worker
from claims.services.errors import Forbidden, NotFound
from claims.services.reminders import user_locale

# A subscribed calendar shows the last month (what was just heard) and the year ahead.
PAST_DAYS = 30
AHEAD_DAYS = 365
PRODID = "-//Claims tracker//Reminders//EN"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# ---------------------------------------------------------------- managing the feed address


def active_feed(user) -> CalendarFeed | None:
    require_case_worker(user)
    return db.session.scalar(
        sa.select(CalendarFeed)
        .where(CalendarFeed.user_id == user.id, CalendarFeed.revoked_at.is_(None))
        .order_by(CalendarFeed.id.desc())
    )


def _revoke_all(user, now: datetime) -> int:
    return db.session.execute(
        sa.update(CalendarFeed)
        .where(CalendarFeed.user_id == user.id, CalendarFeed.revoked_at.is_(None))
        .values(revoked_at=now)
    ).rowcount


def create_feed(user) -> str:
    """A new secret address for the user's feed; any previous one stops working. Returns the token, which is not
    stored and cannot be shown again."""
    from claims.models.enums import AuditAction
    from claims.services.records import write_audit

    require_case_worker(user)
    now = utcnow()
    _revoke_all(user, now)
    token = secrets.token_urlsafe(32)
    feed = CalendarFeed(org_id=user.org_id, user_id=user.id, token_hash=_hash(token), created_at=now)
    db.session.add(feed)
    db.session.flush()
    write_audit(user, AuditAction.CREATE, feed, {}, label=f"calendar feed of {user.name}")
    db.session.commit()
    return token


def revoke_feed(user) -> int:
    """Revoke the user's feed address (its URL answers 404 from now on). Returns how many were in force."""
    from claims.models.enums import AuditAction
    from claims.services.records import write_audit

    require_case_worker(user)
    feed = active_feed(user)
    count = _revoke_all(user, utcnow())
    if feed is not None:
        write_audit(user, AuditAction.ARCHIVE, feed, {}, label=f"calendar feed of {user.name}")
    db.session.commit()
    return count


def feed_owner(token: str) -> User:
    """The user whose feed this token opens, noting the use. Unknown, revoked, or the user no longer active (or no
    longer a case worker): NotFound, the same answer for each, so the address tells nothing."""
    feed = db.session.scalar(sa.select(CalendarFeed).where(CalendarFeed.token_hash == _hash(token or "")))
    if feed is None or feed.revoked_at is not None:
        raise NotFound("calendar feed")
    user = feed.user
    if user is None or not user.is_active or not access.works_on_cases(user):
        raise NotFound("calendar feed")
    feed.last_used_at = utcnow()
    db.session.commit()
    return user


# ---------------------------------------------------------------- building the calendars


def _calendar(name: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(clock.zone().key))
    return calendar


def _org_code(user) -> str:
    return user.organisation.code


def _hearing_event(hearing: Hearing, org_code: str, locale: str, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"hearing-{hearing.id}@{org_code}")
    event.add("dtstamp", stamp)
    event.add("dtstart", hearing.starts_at.replace(tzinfo=clock.zone()))
    if hearing.ends_at is not None:
        event.add("dtend", hearing.ends_at.replace(tzinfo=clock.zone()))
    event.add("summary", _("%(kind)s · %(case)s", kind=enum_label(hearing.kind), case=hearing.case.reference))
    where = []
    if hearing.court is not None:
        where.append(hearing.court.name(locale))
    if hearing.room:
        where.append(_("room %(room)s", room=hearing.room))
    if where:
        event.add("location", ", ".join(where))
    event.add("description", _("Hearing of case %(case)s", case=hearing.case.reference))
    if hearing.status in (HearingStatus.CANCELLED, HearingStatus.POSTPONED):
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    return event


def _deadline_event(
    deadline: Deadline, claimant: Claimant, org_code: str, locale: str, stamp
) -> icalendar.Event:
    text = render_text(deadline.label, locale, deadline.key)
    event = icalendar.Event()
    event.add("uid", f"deadline-{deadline.id}@{org_code}")
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline.due_on)
    event.add("dtend", deadline.due_on + timedelta(days=1))
    event.add("summary", _("Due: %(label)s · %(claimant)s", label=text, claimant=claimant.pseudonym))
    description = [text]
    if deadline.unverified:
        description.append(_("Unverified: check the period against the statute before relying on it."))
    event.add("description", "\n".join(description))
    event.add("transp", "TRANSPARENT")
    return event


def _task_event(task, org_code: str, stamp) -> icalendar.Event:
    """A task assigned to the feed's owner, as an all-day item on its due day."""
    event = icalendar.Event()
    event.add("uid", f"task-{task.id}@{org_code}")
    event.add("dtstamp", stamp)
    event.add("dtstart", task.due_on)
    event.add("dtend", task.due_on + timedelta(days=1))
    subject = task.case.reference if task.case_id else (task.claimant.pseudonym if task.claimant_id else None)
    summary = _("Task: %(task)s", task=task.text.splitlines()[0][:120] if task.text else "")
    event.add("summary", f"{summary} · {subject}" if subject else summary)
    event.add("description", task.text or "")
    event.add("transp", "TRANSPARENT")
    return event


def _visit_event(visit, org_code: str, stamp) -> icalendar.Event:
    """A follow-up visit still to make, as an all-day item on its due day."""
    event = icalendar.Event()
    event.add("uid", f"visit-{visit.id}@{org_code}")
    event.add("dtstamp", stamp)
    event.add("dtstart", visit.due_on)
    event.add("dtend", visit.due_on + timedelta(days=1))
    event.add("summary", _("Follow-up visit · %(claimant)s", claimant=visit.claimant.pseudonym))
    description = [visit_schedule.purpose(visit)]
    if visit.visitor is not None:
        description.append(_("Visitor: %(name)s", name=visit.visitor.name))
    agency = visit_schedule.agency_shown(visit, may_see=False)
    if agency:
        description.append(_("Visiting agency: %(name)s", name=agency))
    event.add("description", "\n".join(description))
    event.add("transp", "TRANSPARENT")
    return event


def _finish(calendar: icalendar.Calendar) -> bytes:
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _locale_code(locale: str) -> str:
    from claims.calc.text import locale_code

    return locale_code(locale)


def user_calendar(user, *, now: datetime | None = None) -> bytes:
    """The user's feed: the hearings of their cases from 30 days ago to a year ahead, their cases' deadlines
    (not done), the follow-up visits they make or of their cases' claimants still to make, and the open tasks
    assigned to them in the same span, in the user's language. A visit's own task is not listed beside it."""
    require_case_worker(user)
    now = now or clock.now()
    today = now.date()
    start = datetime.combine(today - timedelta(days=PAST_DAYS), time.min)
    end = datetime.combine(today + timedelta(days=AHEAD_DAYS + 1), time.min)
    locale = user_locale(user)
    code = _org_code(user)
    stamp = datetime.now(UTC).replace(microsecond=0)
    query = (
        sa.select(Hearing)
        .join(Case, Case.id == Hearing.case_id)
        .where(
            Hearing.org_id == user.org_id,
            Hearing.archived_at.is_(None),
            Case.archived_at.is_(None),
            Hearing.starts_at >= start,
            Hearing.starts_at < end,
            sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id, Hearing.lawyer_id == user.id),
        )
        .options(contains_eager(Hearing.case), joinedload(Hearing.court))
        .order_by(Hearing.starts_at, Hearing.id)
    )
    hearing_list = list(db.session.scalars(query).unique())
    due = deadlines.due_deadlines(
        user,
        mine=True,
        today=today,
        start=today - timedelta(days=PAST_DAYS),
        until=today + timedelta(days=AHEAD_DAYS),
    )
    visits = visit_schedule.for_user(
        user, start=today - timedelta(days=PAST_DAYS), until=today + timedelta(days=AHEAD_DAYS)
    )
    visit_tasks = {v.task_id for v in visits if v.task_id is not None}
    tasks = [
        task
        for task in assigned.between(
            user, start=today - timedelta(days=PAST_DAYS), until=today + timedelta(days=AHEAD_DAYS)
        )
        if task.id not in visit_tasks
    ]
    with force_locale(locale):
        calendar = _calendar(_("Hearings and deadlines"))
        for hearing in hearing_list:
            calendar.add_component(_hearing_event(hearing, code, _locale_code(locale), stamp))
        for item in due:
            calendar.add_component(
                _deadline_event(item.deadline, item.claimant, code, _locale_code(locale), stamp)
            )
        for visit in visits:
            calendar.add_component(_visit_event(visit, code, stamp))
        for task in tasks:
            calendar.add_component(_task_event(task, code, stamp))
    return _finish(calendar)


def case_calendar(user, case: Case) -> bytes:
    """One case's hearings, its claimants' open deadlines and their follow-up visits still to make, as a file to
    import; in the user's language."""
    require_case_worker(user)
    if case.org_id != user.org_id:
        raise Forbidden("another organisation's case")
    locale = user_locale(user)
    code = _org_code(user)
    stamp = datetime.now(UTC).replace(microsecond=0)
    hearing_list = hearings.hearings_for_case(user, case)
    groups = deadlines.case_deadlines(user, case)
    rows = [
        (view.record, view.claimant)
        for group in groups
        for view in group.views
        if view.record is not None and not view.is_done and view.record.due_on is not None
    ]
    with force_locale(locale):
        calendar = _calendar(_("Case %(case)s", case=case.reference))
        for hearing in hearing_list:
            calendar.add_component(_hearing_event(hearing, code, _locale_code(locale), stamp))
        for record, claimant in rows:
            calendar.add_component(_deadline_event(record, claimant, code, _locale_code(locale), stamp))
        for visit in visit_schedule.for_case(user, case):
            calendar.add_component(_visit_event(visit, code, stamp))
    return _finish(calendar)
