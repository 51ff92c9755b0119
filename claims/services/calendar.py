"""The calendar: hearings, deadlines and the follow-up visits due by week, month or list across the organisation's
cases, a lawyer booked in two places at once, and one claimant's own schedule across all their cases.

Reads only. Hearing times are the court's wall-clock time (see claims.services.hearings); "today" comes from
claims.clock. Every read loads what its page shows in a fixed number of queries (the deadlines' own refresh aside,
which claims.services.deadlines runs before any read of them), so that no template triggers a lazy load.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager, joinedload

from claims import clock
from claims.calc.deadlines import WorkingDays
from claims.calc.text import Text, render_text
from claims.calc.text import locale_code as text_locale
from claims.extensions import db
from claims.models import (
    Case,
    CaseClaimant,
    Claimant,
    Court,
    CourtClosure,
    CourtOpenDay,
    Deadline,
    FollowUpVisit,
    Hearing,
    User,
)
from claims.models.enums import HearingStatus
from claims.services import deadlines as deadline_service
from claims.services import reintegration, shared, visit_schedule
from claims.services.court_calendar import shipped_court_days
from claims.services.deadlines import DeadlineView
from claims.services.deadlines.due import ClaimantRef, _open_rows
from claims.services.double_booking import SAME_TIME_WINDOW as SAME_TIME_WINDOW
from claims.services.double_booking import Booking, Clash, find_clashes
from claims.services.double_booking import attending_lawyer_id as attending_lawyer_id
from claims.services.hearings import (
    _live_hearings,
    _require_case_worker,
    _visible_hearings,
    lawyer_filter_choices,
    list_courts,
)
from claims.services.paging import Bounded
from claims.services.scope import get_visible, visible

VIEWS = ("week", "month", "list")
DEFAULT_VIEW = "week"

ONE_DAY = timedelta(days=1)

# How many of a hearing's clashes it names before "and N more at the same time" (a lawyer the data set books at
# fifty hearings a day named twenty on each of them: 2 KB a hearing, most of the page).
CLASH_LIMIT = 3

# How many hearings a day shows in each view before "and N more" (a national organisation has two hundred on a
# busy day); the rest are a link away, in the hearing list of that day.
DAY_LIMITS = {"week": 12, "month": 4, "list": 25}

# How many claimants a deadline shared by several names before "and N more" (fifty-seven claimants of one
# organisation share a refund deadline on one day: 57 links in one entry, a third of the week's page).
NAMES_LIMIT = 10


# ---------------------------------------------------------------- periods


def week_start(day: date) -> date:
    """The Monday of ``day``'s week (Thai courts and offices count the week from Monday)."""
    return day - timedelta(days=day.weekday())


def opening_day(view: str, today: date) -> date:
    """The day the calendar opens on when none is asked for. On a weekend the week view opens on the coming
    week: Thai courts do not sit on Saturdays and Sundays, so Monday to Sunday of today's week would show the
    days already past (on a Sunday, an empty week that is over)."""
    if view == "week" and today.weekday() >= 5:
        return week_start(today) + timedelta(days=7)
    return today


def period(view: str, day: date) -> tuple[date, date]:
    """The first and last day (both included) the view shows around ``day``.

    - week: Monday to Sunday of ``day``'s week;
    - month: whole weeks, from the Monday on or before the first of the month to the Sunday on or after its last
      day (February 2024 runs from Monday 29 January to Sunday 3 March 2024);
    - list: the calendar month itself, first to last day.
    """
    if view == "week":
        start = week_start(day)
        return start, start + timedelta(days=6)
    first = day.replace(day=1)
    last = _next_month(first) - ONE_DAY
    if view == "list":
        return first, last
    return week_start(first), week_start(last) + timedelta(days=6)


def _next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def _previous_month(first: date) -> date:
    return (first - ONE_DAY).replace(day=1)


def neighbours(view: str, day: date) -> tuple[date, date]:
    """The day to show for "previous" and "next": a week either side, or the first of the month either side."""
    if view == "week":
        start = week_start(day)
        return start - timedelta(days=7), start + timedelta(days=7)
    first = day.replace(day=1)
    return _previous_month(first), _next_month(first)


# ---------------------------------------------------------------- the calendar


@dataclass
class CalendarFilters:
    """The hearing list's filters (claims.services.hearings.HearingFilters) without its window: the view and the
    day choose the period. ``lawyer_id`` matches the case's lawyer or the hearing's own lawyer."""

    court_id: int | None = None
    province: str = ""
    lawyer_id: int | None = None
    case_kind: str = ""

    @property
    def any(self) -> bool:
        return bool(self.court_id or self.province or self.lawyer_id or self.case_kind)


@dataclass
class HearingEntry:
    hearing: Hearing
    clashes: list[Clash]

    @property
    def vacated(self) -> bool:
        """Postponed or cancelled: shown struck through (not left out), so that whoever planned around that
        date sees it is free and why, while the case page keeps the history."""
        return self.hearing.status in (HearingStatus.POSTPONED, HearingStatus.CANCELLED)

    @property
    def lawyer(self) -> User | None:
        return self.hearing.lawyer or self.hearing.case.lawyer

    @property
    def named_clashes(self) -> list[Clash]:
        return self.clashes[:CLASH_LIMIT]

    @property
    def more_clashes(self) -> int:
        return max(0, len(self.clashes) - CLASH_LIMIT)


@dataclass
class DeadlineEntry:
    """One deadline on one day: of one claimant, or the same deadline (same key, same words) of several (a group
    case's appeal) collapsed into one entry. Read as plain columns (see :func:`_deadline_entries`)."""

    due_on: date
    key: str
    words: dict  # the stored label, claims.calc.text JSON
    claimants: list[ClaimantRef]  # the first NAMES_LIMIT, by pseudonym
    today: date
    count: int = 0  # how many claimants share it

    @property
    def more_claimants(self) -> int:
        return max(0, self.count - len(self.claimants))

    @property
    def overdue(self) -> bool:
        return self.due_on < self.today

    def label(self, locale) -> str:
        return render_text(self.words, text_locale(locale), self.key)


@dataclass
class CalendarDay:
    day: date
    hearings: list[HearingEntry] = field(default_factory=list)
    deadlines: list[DeadlineEntry] = field(default_factory=list)
    closed: Text | None = None
    # Closure days an administrator entered for one court (not the one filtered on): noted, the day not shaded.
    court_closures: list[tuple[Court, str]] = field(default_factory=list)
    today: bool = False
    in_period: bool = (
        True  # False for the days of the neighbouring months that fill a month's first and last week
    )
    # Hearings that day under the filters, of which ``hearings`` are the first (see DAY_LIMITS); the same for the
    # deadlines (each entry one deadline, however many claimants share it).
    hearing_total: int = 0
    deadline_total: int = 0
    # The follow-up visits due that day and not yet made (issue 15: they were "follow-up" deadlines before).
    visits: list[FollowUpVisit] = field(default_factory=list)
    visit_total: int = 0
    # Hearings of cases other organisations share with the user's (claims.services.shared.SharedHearing).
    shared: list = field(default_factory=list)

    @property
    def more_deadlines(self) -> int:
        return max(0, self.deadline_total - len(self.deadlines))

    @property
    def more_visits(self) -> int:
        return max(0, self.visit_total - len(self.visits))

    @property
    def more_hearings(self) -> int:
        return max(0, self.hearing_total - len(self.hearings))

    @property
    def weekend(self) -> bool:
        return self.day.weekday() >= 5

    @property
    def holiday(self) -> bool:
        return self.closed is not None and self.closed.key == "deadline.closed.holiday"

    @property
    def closure_reason(self) -> str | None:
        """Why every court (or the court filtered on) is closed that day, where an administrator entered it."""
        if self.closed is None or self.closed.key != "deadline.closed.closure":
            return None
        return self.closed.args["reason"]

    def closed_name(self, locale) -> str | None:
        """The holiday's name alone, for a day's cell (the full sentence is ``closed.render(locale)``)."""
        if not self.holiday:
            return None
        return self.closed.args["name"].text(text_locale(locale))

    @property
    def empty(self) -> bool:
        return not self.hearings and not self.deadlines and not self.visits and not self.shared


@dataclass
class Calendar:
    view: str
    day: date
    start: date
    end: date
    today: date
    previous: date
    next: date
    days: list[CalendarDay]
    courts: list[Court] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    lawyers: list[User] = field(default_factory=list)
    # The shared cases' hearings of the period, past the rows shown too (the header counts them with ours).
    shared_total: int = 0

    @property
    def weeks(self) -> list[list[CalendarDay]]:
        return [self.days[i : i + 7] for i in range(0, len(self.days), 7)]

    @property
    def busy_days(self) -> list[CalendarDay]:
        """The days with something on them, for the list view."""
        return [d for d in self.days if not d.empty]

    @property
    def hearing_count(self) -> int:
        return sum(d.hearing_total for d in self.days)

    @property
    def clash_count(self) -> int:
        return sum(1 for d in self.days for h in d.hearings if h.clashes)


def _day_of(column):
    """SQL: the calendar day of a timestamp (hearing times are the court's wall-clock time, so no zone shift)."""
    if db.session.get_bind().dialect.name == "sqlite":
        return sa.func.date(column)
    return sa.cast(column, sa.Date)


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _hearing_filters(query: sa.Select, filters: CalendarFilters) -> sa.Select:
    if filters.court_id:
        query = query.where(Hearing.court_id == filters.court_id)
    if filters.province:
        query = query.where(Court.province == filters.province)
    if filters.lawyer_id:
        query = query.where(
            sa.or_(Case.lawyer_id == filters.lawyer_id, Hearing.lawyer_id == filters.lawyer_id)
        )
    if filters.case_kind:
        query = query.where(Case.kind == filters.case_kind)
    return query


def _claimants_of_matching_cases(user, filters: CalendarFilters) -> sa.Select:
    """The claimants with a part in a case that the filters match: a deadline belongs to a claimant, not to a
    hearing, so it is shown under a filter when one of the claimant's cases is in that court, province, lawyer's
    hands or kind."""
    query = (
        sa.select(CaseClaimant.claimant_id)
        .join(Case, Case.id == CaseClaimant.case_id)
        .outerjoin(Court, Court.id == Case.court_id)
        .where(Case.org_id == user.org_id, Case.archived_at.is_(None), CaseClaimant.archived_at.is_(None))
    )
    if filters.court_id:
        query = query.where(Case.court_id == filters.court_id)
    if filters.province:
        query = query.where(Court.province == filters.province)
    if filters.lawyer_id:
        query = query.where(Case.lawyer_id == filters.lawyer_id)
    if filters.case_kind:
        query = query.where(Case.kind == filters.case_kind)
    return query


def _deadline_entries(
    user, start: date, end: date, filters: CalendarFilters, per_day: int, today: date
) -> tuple[dict[date, list[DeadlineEntry]], dict[date, int]]:
    """({day: its first ``per_day`` entries, with their first NAMES_LIMIT claimants and how many share each},
    {day: how many entries it has}): one query.

    The open deadlines of the period are grouped in SQL by day, key and words, numbered per day in the order the
    page lists them (the first claimant's pseudonym, then the key), and only the groups shown are read back with
    their claimants: a national organisation's week has about 900 deadlines, of which the page shows 84 entries.
    Only the columns shown are read (loading every deadline in full and grouping in Python was a third of the
    page's time). Under a filter, the claimants of the matching cases are a subquery, not a list of ids read first.
    """
    table = Deadline.__table__
    where = [_open_rows(user, mine=False), table.c.due_on >= start, table.c.due_on <= end]
    if filters.any:
        where.append(table.c.claimant_id.in_(_claimants_of_matching_cases(user, filters)))
    # The period's deadlines under the filters, once (the filter looks up each deadline's cases: read twice, for
    # the groups and for their claimants, it doubled the one-lawyer week's statement).
    picked = (
        sa.select(
            table.c.id,
            table.c.due_on,
            table.c.key,
            sa.cast(table.c.label, sa.Text).label("words"),
            Claimant.id.label("claimant_id"),
            Claimant.pseudonym,
            sa.func.row_number()
            .over(
                partition_by=(table.c.due_on, table.c.key, sa.cast(table.c.label, sa.Text)),
                order_by=(Claimant.pseudonym, table.c.id),
            )
            .label("k"),
        )
        .select_from(table)
        .join(Claimant, Claimant.id == table.c.claimant_id)
        .where(*where)
        .cte("picked")
    )
    groups = (
        sa.select(
            picked.c.due_on,
            picked.c.key,
            picked.c.words,
            sa.func.row_number()
            .over(
                partition_by=picked.c.due_on,
                order_by=(sa.func.min(picked.c.pseudonym), picked.c.key, picked.c.words),
            )
            .label("n"),
            sa.func.count().over(partition_by=picked.c.due_on).label("day_total"),
            sa.func.count().label("shared_by"),
        )
        .group_by(picked.c.due_on, picked.c.key, picked.c.words)
        .subquery()
    )
    rows = db.session.execute(
        sa.select(
            groups.c.due_on,
            groups.c.n,
            groups.c.day_total,
            groups.c.shared_by,
            groups.c.key,
            groups.c.words,
            picked.c.claimant_id,
            picked.c.pseudonym,
        )
        .select_from(picked)
        .join(
            groups,
            sa.and_(
                groups.c.due_on == picked.c.due_on,
                groups.c.key == picked.c.key,
                groups.c.words == picked.c.words,
            ),
        )
        .where(groups.c.n <= per_day, picked.c.k <= NAMES_LIMIT)
        .order_by(groups.c.due_on, groups.c.n, picked.c.pseudonym, picked.c.id)
    )
    entries: dict[date, list[DeadlineEntry]] = defaultdict(list)
    totals: dict[date, int] = {}
    current: tuple | None = None
    for due_on, n, day_total, shared_by, key, label, claimant_id, pseudonym in rows:
        due_on = _as_date(due_on)
        if (due_on, n) != current:
            current = (due_on, n)
            entries[due_on].append(DeadlineEntry(due_on, key, json.loads(label), [], today, shared_by))
            totals[due_on] = day_total
        entries[due_on][-1].claimants.append(ClaimantRef(claimant_id, pseudonym))
    return entries, totals


def load_calendar(
    user, view: str, day: date, filters: CalendarFilters | None = None, *, today: date | None = None
) -> Calendar:
    """The hearings and the deadlines of the period ``view`` shows around ``day`` (see :func:`period`), across the
    cases of the user's organisation that are not archived.

    Queries, whatever the number of hearings and deadlines: the deadlines' refresh, the deadlines, the hearings
    shown (case, case's lawyer, court and hearing's lawyer joined in), every scheduled hearing of the period for
    the double booking (a clash with a hearing the filters hide is still a clash), the follow-up visits due (each
    day's first, their claimants and visitors, and a count per day), the courts and the lawyers.
    """
    _require_case_worker(user)
    filters = filters or CalendarFilters()
    view = view if view in VIEWS else DEFAULT_VIEW
    today = today or clock.today()
    start, end = period(view, day)
    since, until = datetime.combine(start, time.min), datetime.combine(end + ONE_DAY, time.min)
    # First: auditing what a partner saw commits, which would expire what is loaded before it.
    shared_by_day: dict[date, list] = defaultdict(list)
    shared_total = 0
    if not filters.lawyer_id and not filters.province:
        shared_rows = shared.shared_hearings(
            user, since, until, court_id=filters.court_id, case_kind=filters.case_kind, seen_in="calendar"
        )
        for row in shared_rows:
            shared_by_day[row.starts_at.date()].append(row)
        shared_total = shared.shared_hearing_count(
            user, since, until, court_id=filters.court_id, case_kind=filters.case_kind, shown=shared_rows
        )

    in_period = _visible_hearings(user).where(Hearing.starts_at >= since, Hearing.starts_at < until)
    filtered = _hearing_filters(in_period.outerjoin(Court, Court.id == Hearing.court_id), filters)
    # Numbering and counting need the case only to filter on it: without such a filter the few archived cases are
    # left out by an anti-join, not by joining every hearing of the week to its case (PostgreSQL hashed all the
    # organisation's 60,000 cases for it, twice a page: 50 ms).
    # One lawyer's are the hearings they attend or of their cases: their cases read from their index and matched by
    # id, not each hearing of the week joined to its case to read its lawyer (1,017 lookups, 40 ms under load).
    counted = filtered
    if not filters.case_kind:
        counted = _hearing_filters(
            _live_hearings(user)
            .where(Hearing.starts_at >= since, Hearing.starts_at < until)
            .outerjoin(Court, Court.id == Hearing.court_id),
            CalendarFilters(court_id=filters.court_id, province=filters.province),
        )
        if filters.lawyer_id:
            theirs = sa.select(Case.id).where(Case.org_id == user.org_id, Case.lawyer_id == filters.lawyer_id)
            counted = counted.where(
                sa.or_(Hearing.lawyer_id == filters.lawyer_id, Hearing.case_id.in_(theirs))
            )
    day_column = _day_of(Hearing.starts_at)
    # Each day's first hearings only (a window function numbers them per day), and how many each day has.
    numbered = counted.with_only_columns(
        Hearing.id.label("id"),
        sa.func.row_number()
        .over(partition_by=day_column, order_by=(Hearing.starts_at, Hearing.id))
        .label("n"),
    ).subquery()
    first_ids = sa.select(numbered.c.id).where(numbered.c.n <= DAY_LIMITS[view])
    # The shown ones by their ids (the filters are in first_ids already): the period again made PostgreSQL read
    # every hearing of the week in full to pick out the sixty.
    shown = (
        db.session.scalars(
            _visible_hearings(user)
            .outerjoin(Court, Court.id == Hearing.court_id)
            .where(Hearing.id.in_(first_ids))
            .options(
                contains_eager(Hearing.case).joinedload(Case.lawyer),
                contains_eager(Hearing.court),
                joinedload(Hearing.lawyer),
            )
            .order_by(Hearing.starts_at, Hearing.id)
        )
        .unique()
        .all()
    )
    per_day = {
        _as_date(on): number
        for on, number in db.session.execute(
            counted.with_only_columns(day_column, sa.func.count(Hearing.id)).group_by(day_column)
        )
    }
    bookings = [
        Booking(*row)
        for row in db.session.execute(
            in_period.where(Hearing.status == HearingStatus.SCHEDULED).with_only_columns(
                Hearing.id,
                Hearing.starts_at,
                Hearing.ends_at,
                Hearing.court_id,
                sa.func.coalesce(Hearing.lawyer_id, Case.lawyer_id),
                Case.reference,
            )
        )
    ]
    clashes = find_clashes(bookings, only={hearing.id for hearing in shown})

    # The notes waiting first (what people changed since the last refresh), as every list of deadlines does.
    deadline_service.refresh_pending(user.org_id, today=today)
    deadlines_by_day, deadline_totals = _deadline_entries(user, start, end, filters, DAY_LIMITS[view], today)
    visits, visit_totals = reintegration.planned_visits(
        user,
        start,
        end,
        per_day=DAY_LIMITS[view],
        claimants=_claimants_of_matching_cases(user, filters) if filters.any else None,
    )
    visits_by_day: dict[date, list[FollowUpVisit]] = defaultdict(list)
    for visit in visits:
        visits_by_day[visit.due_on].append(visit)

    hearings_by_day: dict[date, list[HearingEntry]] = defaultdict(list)
    for hearing in shown:
        hearings_by_day[hearing.starts_at.date()].append(HearingEntry(hearing, clashes.get(hearing.id, [])))

    # The organisation's closure days: for every court (or the court filtered on) they close the day as a holiday
    # does, and deadlines move off them; another court's are noted on the day. Its open days (a listed holiday the
    # courts sat on) and the shipped swaps too: the same calendar the deadlines end on. One query for both.
    courts = list_courts(user)
    court_by_id = {c.id: c for c in courts}
    general: dict[date, str] = {}
    open_days: dict[date, str] = {}
    by_day: dict[date, list[tuple[Court, str]]] = defaultdict(list)
    closures = sa.select(
        sa.literal("closed").label("kind"),
        CourtClosure.day,
        CourtClosure.court_id,
        CourtClosure.reason,
        CourtClosure.id,
    ).where(
        CourtClosure.org_id == user.org_id,
        CourtClosure.archived_at.is_(None),
        CourtClosure.day >= start,
        CourtClosure.day <= end,
    )
    opened = sa.select(
        sa.literal("open").label("kind"),
        CourtOpenDay.day,
        sa.null().label("court_id"),
        CourtOpenDay.reason,
        CourtOpenDay.id,
    ).where(
        CourtOpenDay.org_id == user.org_id,
        CourtOpenDay.archived_at.is_(None),
        CourtOpenDay.day >= start,
        CourtOpenDay.day <= end,
    )
    both = sa.union_all(closures, opened).subquery()
    for kind, closed_day, court_id, reason, _ in db.session.execute(
        sa.select(both).order_by(both.c.day, both.c.id)
    ):
        if kind == "open":
            open_days.setdefault(closed_day, reason)
        elif court_id is None or court_id == filters.court_id:
            general.setdefault(closed_day, reason)
        elif court_id in court_by_id:
            by_day[closed_day].append((court_by_id[court_id], reason))
    working = WorkingDays(general, open_days, shipped_court_days())
    month = day.month
    days = []
    current = start
    while current <= end:
        days.append(
            CalendarDay(
                day=current,
                hearings=hearings_by_day.get(current, []),
                deadlines=deadlines_by_day.get(current, []),
                deadline_total=deadline_totals.get(current, 0),
                visits=visits_by_day.get(current, []),
                visit_total=visit_totals.get(current, 0),
                closed=working.closed_because(current),
                court_closures=by_day.get(current, []),
                today=current == today,
                in_period=view == "week" or current.month == month,
                hearing_total=per_day.get(current, 0),
                shared=shared_by_day.get(current, []),
            )
        )
        current += ONE_DAY
    previous, following = neighbours(view, day)
    return Calendar(
        view=view,
        day=day,
        start=start,
        end=end,
        today=today,
        previous=previous,
        next=following,
        days=days,
        courts=courts,
        provinces=sorted({c.province for c in courts}),
        lawyers=lawyer_filter_choices(user),
        shared_total=shared_total,
    )


# ---------------------------------------------------------------- one claimant's schedule


@dataclass
class ClaimantSchedule:
    claimant: Claimant
    links: list[CaseClaimant]
    upcoming: list[HearingEntry]
    past: list[HearingEntry]
    deadlines: list[DeadlineView]
    today: date
    # The follow-up visits still to make (claims.services.visit_schedule), and whether the visiting agency is shown.
    visits: Bounded = field(default_factory=Bounded)
    sees_whereabouts: bool = False


def claimant_schedule(user, claimant_id, *, now: datetime | None = None) -> ClaimantSchedule:
    """Every hearing of every case the claimant is part of (criminal, labour or any other), upcoming soonest first
    and past most recent first, and their deadlines soonest first (those that cannot be computed yet last).

    A claimant of another organisation, or archived, is not found. Queries: the claimant, their cases (court
    joined), the hearings (case, court and lawyers joined), the scheduled hearings of those days of their
    attending lawyers for the double booking, then the deadlines' own, then the follow-up visits still to make
    (a count, the first of them with their visitors and agencies) and the whereabouts rule's answer.
    """
    _require_case_worker(user)
    now = now or clock.now()
    claimant = get_visible(Claimant, claimant_id, user)
    links = list(
        db.session.scalars(
            visible(CaseClaimant, user)
            .join(Case, Case.id == CaseClaimant.case_id)
            .where(CaseClaimant.claimant_id == claimant.id, Case.archived_at.is_(None))
            .options(contains_eager(CaseClaimant.case).joinedload(Case.court))
            .order_by(Case.reference)
        ).unique()
    )
    case_ids = [link.case_id for link in links]
    hearings = []
    clashes: dict[int, list[Clash]] = {}
    if case_ids:
        hearings = list(
            db.session.scalars(
                _visible_hearings(user)
                .where(Hearing.case_id.in_(case_ids))
                .options(
                    contains_eager(Hearing.case).joinedload(Case.lawyer),
                    joinedload(Hearing.court),
                    joinedload(Hearing.lawyer),
                )
                .order_by(Hearing.starts_at, Hearing.id)
            ).unique()
        )
        # Double booking matters for what is still to come: the days of the claimant's upcoming hearings.
        days = sorted(
            {
                h.starts_at.date()
                for h in hearings
                if h.status == HearingStatus.SCHEDULED and h.starts_at.date() >= now.date()
            }
        )
        if days:
            around = (
                db.session.scalars(
                    _visible_hearings(user)
                    .where(
                        Hearing.status == HearingStatus.SCHEDULED,
                        Hearing.starts_at >= datetime.combine(days[0], time.min),
                        Hearing.starts_at < datetime.combine(days[-1] + ONE_DAY, time.min),
                    )
                    .options(contains_eager(Hearing.case))
                )
                .unique()
                .all()
            )
            clashes = find_clashes(list(around))
    entries = [HearingEntry(h, clashes.get(h.id, [])) for h in hearings]
    start_of_today = datetime.combine(now.date(), time.min)
    upcoming = [e for e in entries if e.hearing.starts_at >= start_of_today]
    past = [e for e in reversed(entries) if e.hearing.starts_at < start_of_today]
    views = deadline_service.claimant_deadlines(user, claimant, today=now.date())
    views.sort(key=lambda v: (v.due_on is None, v.due_on or date.max))
    return ClaimantSchedule(
        claimant,
        links,
        upcoming,
        past,
        views,
        now.date(),
        visit_schedule.for_claimant(user, claimant),
        visit_schedule.may_see(user, claimant),
    )
