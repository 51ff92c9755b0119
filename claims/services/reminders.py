"""Reminders: what a case worker must act on (deadlines overdue or due soon, hearings coming, deadlines that cannot
be computed yet, deadlines that moved), shown in the app and mailed once a day.

The daily digest (``flask reminders send``) is idempotent per user and day: a :class:`ReminderDigest` row is
claimed and committed before the mail goes out, so a second run the same day (cron retried, two servers) skips
whoever was claimed, unless the first attempt recorded an error: a failed send is retried by the next run. A user
with nothing due gets no mail, and a row with ``items = 0`` says so, so a rerun does not mail them either.

Mails name claimants by pseudonym only: a digest leaves the app and sits in mailboxes the organisation does not
control.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage

import sqlalchemy as sa
from flask import current_app, render_template, url_for
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload

from claims import clock
from claims.extensions import db
from claims.models import DeadlineNotice, Hearing, ReminderDigest, TeamNotice, User
from claims.models.base import utcnow
from claims.services import assigned, deadlines, hearing_closures, hearing_lists, return_dates
from claims.services.access import CASE_WORKERS, require_case_worker
from claims.services.paging import Bounded

# The in-app list looks two weeks ahead for hearings; the digest one week (it comes every day).
PAGE_HEARING_DAYS = 14
DIGEST_HEARING_DAYS = 7
# The whole organisation's hearings of two weeks run to a thousand: the page shows the first and links the rest.
PAGE_HEARING_ROWS = 25
# The deadlines of a national organisation's month run to thousands; overdue ones older than the window (a case from
# before the tracker was used) are counted, not listed.
PAGE_DEADLINE_ROWS = 50
PAGE_MISSING_ROWS = 100
PAGE_TASK_ROWS = 25
# A digest is a mail: its list of one's own tasks is bounded like a page's.
DIGEST_TASK_ROWS = 25
OVERDUE_WINDOW_DAYS = 90


# ---------------------------------------------------------------- the in-app list


@dataclass
class ReminderPage:
    mine: bool
    today: date
    overdue: list[deadlines.DueItem] = field(default_factory=list)
    soon: list[deadlines.DueItem] = field(default_factory=list)
    missing: list[deadlines.DueItem] = field(default_factory=list)
    hearings: list[Hearing] = field(default_factory=list)
    notices: list[DeadlineNotice] = field(default_factory=list)
    team_notices: list[TeamNotice] = field(default_factory=list)
    hearing_total: int = 0
    # In all, of which the lists above are the first (the soonest, the oldest overdue in the window).
    overdue_total: int = 0
    overdue_older: int = 0
    soon_total: int = 0
    missing_total: int = 0
    notice_total: int = 0
    closed_hearings: list = field(default_factory=list)  # hearing_closures.ClosedHearing
    # The user's own tasks due within assigned.DUE_SOON_DAYS (overdue ones included).
    my_tasks: Bounded = field(default_factory=Bounded)
    # The people to go (or gone) home without their date of return: no visit can be planned for them yet.
    return_dates: Bounded = field(default_factory=Bounded)

    @property
    def missing_by_claimant(self) -> list[tuple]:
        """(claimant, their deadlines that cannot be computed), in the list's order: one line per claimant, as
        one missing fact (the last day of work) often blocks several deadlines of a whole group case."""
        groups: dict[int, tuple] = {}
        for item in self.missing:
            groups.setdefault(item.claimant.id, (item.claimant, []))[1].append(item)
        return sorted(groups.values(), key=lambda group: group[0].pseudonym)


def load_reminders(
    user, *, mine: bool = True, today: date | None = None, now: datetime | None = None
) -> ReminderPage:
    """What the reminders page shows: the deadlines of the user's cases (or of the whole organisation) overdue,
    due within SOON_DAYS and not computable; the hearings of the next two weeks; the user's unseen notices."""
    require_case_worker(user)
    today = today or clock.today()
    now = now or (clock.now() if today == clock.today() else datetime.combine(today, time.min))
    until = deadlines.soon_until(today)
    since = today - timedelta(days=OVERDUE_WINDOW_DAYS)
    yesterday = today - timedelta(days=1)
    if mine:
        # The user's own: their claimants found once for the three lists.
        found = deadlines.my_sections(
            user,
            since=since,
            until=until,
            today=today,
            rows=PAGE_DEADLINE_ROWS,
            undated_rows=PAGE_MISSING_ROWS,
        )
        overdue, soon, undated = found.overdue, found.soon, found.undated
    else:
        overdue = deadlines.due_deadlines(
            user, start=since, until=yesterday, mine=mine, today=today, limit=PAGE_DEADLINE_ROWS
        )
        soon = deadlines.due_deadlines(
            user, start=today, until=until, mine=mine, today=today, limit=PAGE_DEADLINE_ROWS
        )
        # Only the ones without a date: a window that holds no day (start after until) and the undated rows.
        undated = deadlines.due_deadlines(
            user,
            start=date.max,
            until=date.min,
            mine=mine,
            include_missing=True,
            today=today,
            limit=PAGE_MISSING_ROWS,
        )
    counted = deadlines.window_counts(user, until=until, mine=mine, today=today, start=since)
    coming = hearing_lists.upcoming(user, PAGE_HEARING_DAYS, limit=PAGE_HEARING_ROWS, now=now, mine=mine)
    return ReminderPage(
        mine=mine,
        today=today,
        overdue=overdue,
        soon=soon,
        missing=[i for i in undated if not i.no_time_limit],
        hearings=coming.items,
        hearing_total=coming.total,
        notices=deadlines.notices_for(user, limit=PAGE_DEADLINE_ROWS),
        team_notices=team_notices_for(user),
        overdue_total=counted.overdue,
        overdue_older=counted.older,
        soon_total=counted.soon,
        missing_total=counted.cannot_compute,
        notice_total=deadlines.count_notices(user),
        closed_hearings=hearing_closures.closed_hearings(user, PAGE_HEARING_DAYS, mine=mine, now=now),
        my_tasks=assigned.due_soon(user, today=today, limit=PAGE_TASK_ROWS),
        return_dates=return_dates.for_reminders(user, mine=mine),
    )


def team_notices_for(user) -> list[TeamNotice]:
    """The changes of a case's lawyer or paralegal flagged to ``user`` and not yet seen, newest first, with the
    people named loaded (two queries)."""
    require_case_worker(user)
    notices = list(
        db.session.scalars(
            sa.select(TeamNotice)
            .where(
                TeamNotice.user_id == user.id, TeamNotice.org_id == user.org_id, TeamNotice.seen_at.is_(None)
            )
            .options(joinedload(TeamNotice.case), joinedload(TeamNotice.changed_by))
            .order_by(TeamNotice.created_at.desc(), TeamNotice.id.desc())
        )
    )
    ids = {i for n in notices for pair in n.changes.values() for i in pair if i is not None}
    names = (
        dict(db.session.execute(sa.select(User.id, User.name).where(User.id.in_(ids))).all()) if ids else {}
    )
    for notice in notices:
        notice.named = {key: [names.get(i) for i in pair] for key, pair in notice.changes.items()}
    return notices


def mark_team_notices_seen(user, notice_ids=None) -> int:
    """Mark the user's team notices seen (all when ``notice_ids`` is None); another user's are never touched."""
    require_case_worker(user)
    query = sa.update(TeamNotice).where(TeamNotice.user_id == user.id, TeamNotice.seen_at.is_(None))
    if notice_ids is not None:
        query = query.where(TeamNotice.id.in_([int(i) for i in notice_ids]))
    count = db.session.execute(query.values(seen_at=utcnow())).rowcount
    db.session.commit()
    return count


def deadline_label(deadline, locale: str) -> str:
    """A stored deadline's label in ``locale`` (a notice carries the deadline, not a DueItem)."""
    from claims.calc.text import locale_code, render_text

    return render_text(deadline.label, locale_code(locale), deadline.key)


# ---------------------------------------------------------------- the daily digest


@dataclass
class Digest:
    user: User
    day: date
    overdue: list[deadlines.DueItem]
    soon: list[deadlines.DueItem]
    hearings: list[Hearing]
    notices: list[DeadlineNotice]
    # The user's own tasks due within assigned.DUE_SOON_DAYS, overdue ones included.
    tasks: Bounded = field(default_factory=Bounded)

    @property
    def items(self) -> int:
        return len(self.overdue) + len(self.soon) + len(self.hearings) + len(self.notices) + len(self.tasks)


def digest_for(user, day: date) -> Digest:
    """One user's digest for ``day``: their own cases' deadlines overdue or due within SOON_DAYS, their hearings
    of the next seven days, and the moves flagged to them that they have neither seen in the app nor been mailed."""
    items = deadlines.due_deadlines(user, until=deadlines.soon_until(day), mine=True, today=day)
    now = clock.now() if day == clock.today() else datetime.combine(day, time.min)
    coming = hearing_lists.upcoming_hearings(user, DIGEST_HEARING_DAYS, now=now, mine=True)
    notices = [n for n in deadlines.notices_for(user) if n.mailed_at is None]
    return Digest(
        user=user,
        day=day,
        overdue=[i for i in items if i.overdue],
        soon=[i for i in items if not i.overdue],
        hearings=coming,
        notices=notices,
        tasks=assigned.due_soon(user, today=day, limit=DIGEST_TASK_ROWS),
    )


def recipients() -> list[User]:
    """Every active case worker (lawyer, paralegal, admin) with an e-mail address, in every organisation."""
    return list(
        db.session.scalars(
            sa.select(User)
            .where(User.archived_at.is_(None), User.role.in_(CASE_WORKERS), User.email != "")
            .order_by(User.org_id, User.id)
        )
    )


def user_locale(user) -> str:
    languages = current_app.config.get("LANGUAGES", ("th", "en"))
    if user.locale in languages:
        return user.locale
    return current_app.config.get("CLAIMS_DEFAULT_LOCALE") or current_app.config.get(
        "BABEL_DEFAULT_LOCALE", "th"
    )


@dataclass
class MailSettings:
    host: str | None
    port: int
    user: str | None
    password: str | None
    starttls: bool
    sender: str
    base_url: str | None

    @classmethod
    def from_config(cls, config) -> MailSettings:
        """From the app's config (claims/config.py reads the CLAIMS_SMTP_* keys from the environment)."""

        def get(key, default=None):
            value = config.get(key)
            return value if value not in (None, "") else default

        def flag(value) -> bool:
            return (
                value if isinstance(value, bool) else str(value).strip().lower() in ("1", "true", "yes", "on")
            )

        return cls(
            host=get("CLAIMS_SMTP_HOST") or None,
            port=int(get("CLAIMS_SMTP_PORT") or 587),
            user=get("CLAIMS_SMTP_USER") or None,
            password=get("CLAIMS_SMTP_PASSWORD") or None,
            starttls=flag(get("CLAIMS_SMTP_STARTTLS", True)),
            sender=get("CLAIMS_MAIL_FROM") or "reminders@localhost",
            base_url=(get("CLAIMS_BASE_URL") or "").rstrip("/") or None,
        )


def render_digest(digest: Digest, settings: MailSettings) -> EmailMessage:
    """The digest as a mail in the user's language: plain text with an HTML alternative."""
    locale = user_locale(digest.user)
    app = current_app._get_current_object()
    # Links are CLAIMS_BASE_URL (which may end in a path prefix) plus the page's path: the command has no request
    # of its own to take a host from. Without a base URL the mail has no links.

    def link(endpoint: str, **values) -> str:
        return settings.base_url + url_for(endpoint, **values)

    with app.test_request_context("/"), force_locale(locale):
        context = {
            "digest": digest,
            "locale": locale,
            "links": settings.base_url is not None,
            "link": link,
            "hearing_days": DIGEST_HEARING_DAYS,
            "deadline_label": deadline_label,
        }
        subject = _(
            "Reminders for %(day)s: %(count)d to act on",
            day=_format_day(digest.day, locale),
            count=digest.items,
        )
        text = render_template("reminders/digest.txt", **context)
        html = render_template("reminders/digest.html", subject=subject, **context)
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = settings.sender
    message["To"] = digest.user.email
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


def _format_day(day: date, locale: str) -> str:
    from claims import formatting

    return formatting.format_date(day, locale)


def send_message(settings: MailSettings, message: EmailMessage) -> None:
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        if settings.starttls:
            smtp.starttls()
        if settings.user:
            smtp.login(settings.user, settings.password or "")
        smtp.send_message(message)


@dataclass
class SendResult:
    sent: list[str] = field(default_factory=list)
    nothing_due: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def _claim(user: User, day: date, items: int) -> ReminderDigest | None:
    """Claim the user's digest for the day, committed before anything is sent. Returns the row, or None when
    another run has it: sent, nothing due, or being sent right now. A row left with an error is claimed again
    (one UPDATE, so two runs retrying at once cannot both win)."""
    existing = db.session.scalar(
        sa.select(ReminderDigest).where(ReminderDigest.user_id == user.id, ReminderDigest.day == day)
    )
    if existing is None:
        row = ReminderDigest(org_id=user.org_id, user_id=user.id, day=day, items=items, claimed_at=utcnow())
        db.session.add(row)
        try:
            db.session.commit()
        except sa.exc.IntegrityError:  # another run claimed it between our read and our insert
            db.session.rollback()
            return None
        return row
    if existing.sent_at is not None or existing.error is None:
        return None
    won = db.session.execute(
        sa.update(ReminderDigest)
        .where(
            ReminderDigest.id == existing.id,
            ReminderDigest.error.is_not(None),
            ReminderDigest.sent_at.is_(None),
        )
        .values(error=None, items=items, claimed_at=utcnow())
    ).rowcount
    db.session.commit()
    if won != 1:
        return None
    db.session.refresh(existing)
    return existing


def send_digests(
    day: date,
    *,
    dry_run: bool = False,
    send: Callable[[MailSettings, EmailMessage], None] | None = None,
    echo: Callable[[str], None] = print,
) -> SendResult:
    """Mail each recipient their digest for ``day`` once. ``dry_run`` writes nothing and sends nothing: it prints
    who would get how many items. The SMTP host must be configured unless it is a dry run."""
    settings = MailSettings.from_config(current_app.config)
    if not dry_run and not settings.host:
        raise MailNotConfigured()
    send = send or send_message
    result = SendResult()
    for user in recipients():
        digest = digest_for(user, day)
        if dry_run:
            if digest.items:
                message = render_digest(digest, settings)
                echo(f"would send to {user.email}: {digest.items} items ({message['Subject']})")
                result.sent.append(user.email)
            else:
                result.nothing_due.append(user.email)
            continue
        row = _claim(user, day, digest.items)
        if row is None:
            result.skipped.append(user.email)
            continue
        if digest.items == 0:
            result.nothing_due.append(user.email)
            continue
        try:
            send(settings, render_digest(digest, settings))
        except Exception as exc:  # any failure to send: recorded on the row, retried by the next run
            db.session.rollback()
            row.error = f"{type(exc).__name__}: {exc}"[:300]
            db.session.commit()
            result.failed.append((user.email, row.error))
            continue
        sent_at = utcnow()
        row.sent_at = sent_at
        for notice in digest.notices:
            notice.mailed_at = sent_at
        db.session.commit()
        result.sent.append(user.email)
    return result


class MailNotConfigured(RuntimeError):
    def __init__(self):
        super().__init__(
            "CLAIMS_SMTP_HOST is not set: no reminder was sent. Set CLAIMS_SMTP_HOST (and CLAIMS_SMTP_PORT, "
            "CLAIMS_SMTP_USER, CLAIMS_SMTP_PASSWORD, CLAIMS_MAIL_FROM, CLAIMS_BASE_URL), or use --dry-run."
        )


def parse_day(value: str | None) -> date:
    return date.fromisoformat(value) if value else clock.today()
