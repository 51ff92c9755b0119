"""The calendar of a period read in a fixed number of queries: hearings, deadlines and the follow-up visits due,
by day, each day capped, a lawyer booked twice named."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, time

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager, joinedload

from claims import clock
from claims.calc.deadlines import WorkingDays
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
)
from claims.models.enums import HearingStatus
from claims.services import deadlines as deadline_service
from claims.services import reintegration, shared
from claims.services.access import require_case_worker
from claims.services.calendar.entries import (
    DAY_LIMITS,
    NAMES_LIMIT,
    Calendar,
    CalendarDay,
    CalendarFilters,
    DeadlineEntry,
    HearingEntry,
)
from claims.services.calendar.periods import DEFAULT_VIEW, ONE_DAY, VIEWS, neighbours, period
from claims.services.court_calendar import shipped_court_days
from claims.services.deadlines.due import ClaimantRef, _open_rows
from claims.services.double_booking import Booking, find_clashes
from claims.services.hearing_lists import apply_filters, live_hearings, visible_hearings
from claims.services.hearings import lawyer_filter_choices, list_courts


def _day_of(column):
    """SQL: the calendar day of a timestamp (hearing times are the court's wall-clock time, so no zone shift)."""
    if db.session.get_bind().dialect.name == "sqlite":
        return sa.func.date(column)
    return sa.cast(column, sa.Date)


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _hearing_filters(query: sa.Select, filters: CalendarFilters) -> sa.Select:
    # A lawyer's calendar has the hearings they attend for a colleague too, unlike the hearing list's filter.
    return apply_filters(query, filters, court=Hearing.court_id, lawyers=(Case.lawyer_id, Hearing.lawyer_id))


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
    return apply_filters(query, filters, court=Case.court_id, lawyers=(Case.lawyer_id,))


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
    require_case_worker(user)
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

    in_period = visible_hearings(user).where(Hearing.starts_at >= since, Hearing.starts_at < until)
    filtered = _hearing_filters(in_period.outerjoin(Court, Court.id == Hearing.court_id), filters)
    # Numbering and counting need the case only to filter on it: without such a filter the few archived cases are
    # left out by an anti-join, not by joining every hearing of the week to its case (PostgreSQL hashed all the
    # organisation's 60,000 cases for it, twice a page: 50 ms).
    # One lawyer's are the hearings they attend or of their cases: their cases read from their index and matched by
    # id, not each hearing of the week joined to its case to read its lawyer (1,017 lookups, 40 ms under load).
    counted = filtered
    if not filters.case_kind:
        counted = _hearing_filters(
            live_hearings(user)
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
            visible_hearings(user)
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
