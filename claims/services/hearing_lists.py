"""The organisation's hearings as lists show them: the hearing list and its export (a window of days or one day,
the filters, the sorts), and the dashboard's coming and unrecorded hearings, each in a fixed number of queries.
One hearing, a case's hearings and the writes are in claims.services.hearings.

Hearing times are the court's wall-clock time (naive, Asia/Bangkok unless CLAIMS_TIMEZONE says otherwise), so
"now" and "today" here come from claims.clock, in that zone, not in UTC and not in the server's zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager, joinedload

from claims import clock
from claims.extensions import db
from claims.models import Case, Court, Hearing, User
from claims.models.enums import HearingStatus
from claims.services import shared
from claims.services.access import require_case_worker
from claims.services.hearings import is_past_but_scheduled, lawyer_filter_choices, list_courts
from claims.services.paging import Bounded, Windowed, clamp_page, count, count_split
from claims.services.scope import visible
from claims.services.sorting import Sort, SortOptions

PAGE_SIZE = 50
# The list's time windows: the next N days from the start of today, everything before today, or the past hearings
# nobody recorded (still "scheduled", no outcome written), newest first.
WINDOWS = ("14", "30", "90", "past", "unrecorded")
# The export's further window: every hearing, whenever it is (not offered on the page, which is paged by a window).
ALL = "all"


def _window(days: int, now: datetime) -> tuple[datetime, datetime]:
    """From the start of today (a hearing this morning is still today's business) to the end of the Nth day."""
    start = datetime.combine(now.date(), time.min)
    return start, start + timedelta(days=days + 1)


def visible_hearings(user) -> sa.Select:
    """Hearings of the user's organisation whose case is not archived, with the case joined for filters."""
    return (
        visible(Hearing, user)
        .join(Case, Case.id == Hearing.case_id)
        .where(Case.archived_at.is_(None), Case.org_id == user.org_id)
    )


def live_hearings(user) -> sa.Select:
    """The hearings of :func:`visible_hearings`, for counts that filter on no column of the case: the few archived
    cases are excluded by an anti-join instead of a join to every hearing's case (thousands of primary-key reads for
    an organisation-wide count)."""
    archived = sa.select(Case.id).where(Case.id == Hearing.case_id, Case.archived_at.is_not(None))
    return visible(Hearing, user).where(~archived.exists())


# The list's sorts (issue 18), within the window the filters chose (a fortnight's hearings, or the past's): the date
# by default, soonest first for the coming ones and latest first for the past.
HEARING_SORTS = SortOptions(
    columns={
        "date": (Hearing.starts_at,),
        "case": (Case.reference, Hearing.starts_at),
        "kind": (Hearing.kind, Hearing.starts_at),
        "status": (Hearing.status, Hearing.starts_at),
    },
    default=Sort("date"),
    tie_breaker=Hearing.id,
)


def default_sort(window: str) -> Sort:
    return Sort("date", descending=window in ("past", "unrecorded"))


@dataclass
class HearingFilters:
    window: str = "14"
    court_id: int | None = None
    province: str = ""
    lawyer_id: int | None = None
    case_kind: str = ""
    page: int = 1
    # One day instead of a window (the calendar's "and N more" on a busy day).
    on: date | None = None
    sort: Sort | None = None  # the window's default


@dataclass
class HearingRow:
    hearing: Hearing
    outcome_missing: bool


@dataclass
class HearingList:
    rows: list[HearingRow]
    total: int
    page: int
    pages: int
    start: datetime | None
    end: datetime | None
    courts: list[Court] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    lawyers: list[User] = field(default_factory=list)
    # Hearings of cases other organisations share with the user's, in the same window (claims.services.shared).
    shared: list = field(default_factory=list)
    # How many there are, past the rows shown too, on every page of the list (the header counts them).
    shared_total: int = 0


def list_hearings(user, filters: HearingFilters, *, now: datetime | None = None) -> HearingList:
    """Four queries whatever the number of rows: the total, the page (case and court joined in), the courts and
    the lawyers for the filters; besides, the shared cases' hearings of the window (one statement, and their count
    only where the rows shown are not all of them)."""
    now = now or clock.now()
    query, order, start, end = filtered_hearings(user, filters, now)
    # First: auditing what a partner saw commits, which would expire what is loaded before it. Only for a window
    # of coming days or one day, on the first page, and not under filters a shared case cannot match (our lawyers,
    # provinces).
    shared_rows = []
    shared_total = 0
    if start is not None and end is not None and not (filters.lawyer_id or filters.province):
        if filters.page <= 1:
            shared_rows = shared.shared_hearings(
                user,
                start,
                end,
                court_id=filters.court_id,
                case_kind=filters.case_kind,
                seen_in="hearings list",
            )
        # The header's count is the same on every page: a later page counts what the first one lists.
        shared_total = shared.shared_hearing_count(
            user,
            start,
            end,
            court_id=filters.court_id,
            case_kind=filters.case_kind,
            shown=shared_rows if filters.page <= 1 else None,
        )
    total = count(query, Hearing.id)
    page, pages = clamp_page(filters.page, total, PAGE_SIZE)
    hearings = db.session.scalars(
        query.options(contains_eager(Hearing.case), contains_eager(Hearing.court))
        .order_by(*order)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    courts = list_courts(user)
    lawyers = lawyer_filter_choices(user)
    return HearingList(
        rows=[HearingRow(h, is_past_but_scheduled(h, now)) for h in hearings],
        total=total,
        page=page,
        pages=pages,
        start=start,
        end=end,
        courts=courts,
        provinces=sorted({c.province for c in courts}),
        lawyers=list(lawyers),
        shared=shared_rows,
        shared_total=shared_total,
    )


def filtered_hearings(user, filters: HearingFilters, now: datetime):
    """The hearings as the list filters them (the page's and the export's), with their order and the window:
    ``(select(Hearing) joined to its case and court, order, start, end)``."""
    require_case_worker(user)
    query = visible_hearings(user).outerjoin(Court, Court.id == Hearing.court_id)
    start = end = None
    if filters.on is not None:
        start = datetime.combine(filters.on, time.min)
        end = start + timedelta(days=1)
        query = query.where(Hearing.starts_at >= start, Hearing.starts_at < end)
        order = (Hearing.starts_at, Hearing.id)
    elif filters.window == "past":
        end = datetime.combine(now.date(), time.min)
        query = query.where(Hearing.starts_at < end)
        order = (Hearing.starts_at.desc(), Hearing.id.desc())
    elif filters.window == "unrecorded":
        end = now
        query = query.where(_unrecorded(now))
        order = (Hearing.starts_at.desc(), Hearing.id.desc())
    elif filters.window == ALL:
        # Only the export offers it: every hearing, past and coming, oldest first (a large one goes on the queue).
        order = (Hearing.starts_at, Hearing.id)
    else:
        start, end = _window(int(filters.window if filters.window in WINDOWS else "14"), now)
        query = query.where(Hearing.starts_at >= start, Hearing.starts_at < end)
        order = (Hearing.starts_at, Hearing.id)
    query = apply_filters(query, filters, court=Hearing.court_id, lawyers=(Case.lawyer_id,))

    if filters.sort is not None:
        order = HEARING_SORTS.order_by(filters.sort)
    return query, order, start, end


def apply_filters(query: sa.Select, filters, *, court, lawyers: tuple) -> sa.Select:
    """The filters by court, province, lawyer and kind of case that the hearing list, the calendar's hearings and the
    calendar's deadlines share (``filters``: a HearingFilters or a CalendarFilters), on a query already joined to the
    case and to the court whose id ``court`` is. Each caller says what its rows' court and lawyer are: the hearing's
    court or the case's; the case's lawyer, or the hearing's own lawyer as well. The joins stay the caller's, so
    that each query keeps the shape its indexes were chosen for."""
    if filters.court_id:
        query = query.where(court == filters.court_id)
    if filters.province:
        query = query.where(Court.province == filters.province)
    if filters.lawyer_id:
        query = query.where(sa.or_(*(column == filters.lawyer_id for column in lawyers)))
    if filters.case_kind:
        query = query.where(Case.kind == filters.case_kind)
    return query


def _mine(user):
    """The hearings of the cases ``user`` is the lawyer or paralegal of, or goes to as the hearing's lawyer."""
    return sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id, Hearing.lawyer_id == user.id)


def _upcoming_query(user, days: int, now: datetime, mine: bool) -> sa.Select:
    """The window's scheduled hearings. Only ``mine`` filters on the case and joins it; the organisation's (the
    dashboard's) leave out archived cases by an anti-join, counted from ix_hearings_unrecorded alone and listed in
    its order: a join read every hearing's case (2,500 primary-key reads a fortnight at national scale)."""
    start, end = _window(days, now)
    base = visible_hearings(user) if mine else live_hearings(user)
    query = base.where(
        Hearing.status == HearingStatus.SCHEDULED, Hearing.starts_at >= start, Hearing.starts_at < end
    )
    return query.where(_mine(user)) if mine else query


def upcoming_hearings(
    user, days: int = 14, *, now: datetime | None = None, mine: bool = False, limit: int | None = None
) -> list[Hearing]:
    """Scheduled hearings from the start of today to the end of the ``days``-th day, soonest first, with
    ``hearing.case`` and ``hearing.court`` loaded (one query); only the user's own (``mine``), and only the first
    ``limit``, when asked. Postponed and cancelled ones are left out: they are not happening on that date."""
    require_case_worker(user)
    query = _upcoming_query(user, days, now or clock.now(), mine)
    if not mine:
        return _first_rows(query, limit)
    query = (
        query.options(contains_eager(Hearing.case), joinedload(Hearing.court))
        .order_by(Hearing.starts_at, Hearing.id)
        .limit(limit)
    )
    return list(db.session.scalars(query).unique())


def _first_rows(query: sa.Select, limit: int | None) -> list[Hearing]:
    """The first ``limit`` hearings of ``query`` (a :func:`live_hearings` one) by date, with case and court: one
    statement. The first ids are chosen inside it from the index alone, and only they are joined: PostgreSQL,
    misjudging how few hearings have an empty outcome, joined all 1,700 of a quarter to their case and sorted."""
    order = (Hearing.starts_at, Hearing.id)
    if limit is not None:
        first = query.with_only_columns(Hearing.id).order_by(*order).limit(limit)
        query = sa.select(Hearing).where(Hearing.id.in_(first))
    query = query.options(joinedload(Hearing.case, innerjoin=True), joinedload(Hearing.court)).order_by(
        *order
    )
    return list(db.session.scalars(query).unique())


def upcoming(
    user, days: int, *, limit: int, now: datetime | None = None, mine: bool = False
) -> Bounded[Hearing]:
    """The first ``limit`` upcoming hearings and how many there are in the window: two queries."""
    now = now or clock.now()
    found = upcoming_hearings(user, days, now=now, mine=mine, limit=limit)
    return Bounded(found, count(_upcoming_query(user, days, now, mine), Hearing.id))


def _unrecorded(now: datetime):
    """SQL: the hearing's time has passed, it is still "scheduled" and nothing is written in its outcome: nobody
    recorded what happened (or that it was postponed)."""
    # The empty string written in the SQL, not bound: SQLite uses a partial index only when the query's terms are
    # the index's own (ix_hearings_unrecorded_open, claims.models.hearing.UNRECORDED_OPEN).
    empty = sa.literal_column("''")
    return sa.and_(
        Hearing.status == HearingStatus.SCHEDULED,
        Hearing.starts_at < now,
        sa.func.coalesce(sa.func.trim(Hearing.outcome), empty) == empty,
    )


def hearings_without_outcome(
    user, *, now: datetime | None = None, since: datetime | None = None, limit: int | None = None
) -> list[Hearing]:
    """Hearings held but never recorded (see :func:`_unrecorded`), oldest first, from ``since`` when given, with
    case and court loaded (one query). For the dashboard's "things overdue"."""
    require_case_worker(user)
    query = live_hearings(user).where(_unrecorded(now or clock.now()))
    if since is not None:
        query = query.where(Hearing.starts_at >= since)
    return _first_rows(query, limit)


def unrecorded(user, *, since: datetime, limit: int, now: datetime | None = None) -> Windowed[Hearing]:
    """The hearings held since ``since`` and never recorded (the first ``limit``), and how many older ones are:
    two queries, both counts in one pass."""
    now = now or clock.now()
    found = hearings_without_outcome(user, now=now, since=since, limit=limit)
    recent, older = count_split(live_hearings(user).where(_unrecorded(now)), Hearing.starts_at >= since)
    return Windowed(Bounded(found, recent), older)
