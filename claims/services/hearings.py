"""Hearings: scheduling them, recording what happened, and the reads the hearing list, the case page and the
dashboard need, each in a fixed number of queries.

Hearing times are the court's wall-clock time (naive, Asia/Bangkok unless CLAIMS_TIMEZONE says otherwise), so
"now" and "today" here come from claims.clock, in that zone, not in UTC and not in the server's zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from flask_babel import get_locale
from flask_babel import gettext as _
from sqlalchemy.orm import contains_eager, joinedload, selectinload

from claims import clock, formatting
from claims.extensions import db
from claims.models import Case, Court, Hearing, User
from claims.models.enums import HearingKind, HearingStatus, Role
from claims.services import access, protection, records, shared
from claims.services.amounts import amount_problem
from claims.services.errors import Forbidden, ValidationFailed
from claims.services.paging import Bounded, Windowed, clamp_page, count, count_split
from claims.services.scope import get_visible, visible, visible_courts
from claims.services.sorting import Sort, SortOptions

PAGE_SIZE = 50
# The list's time windows: the next N days from the start of today, everything before today, or the past hearings
# nobody recorded (still "scheduled", no outcome written), newest first.
WINDOWS = ("14", "30", "90", "past", "unrecorded")
# The export's further window: every hearing, whenever it is (not offered on the page, which is paged by a window).
ALL = "all"


def format_day(day: date) -> str:
    """A date for a message shown to the user, in their language (Buddhist Era in Thai)."""
    return formatting.format_date(day, str(get_locale() or "en"))


def _require_case_worker(user) -> None:
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")


def _require_same_org(user, record) -> None:
    if record.org_id != user.org_id:
        raise Forbidden("another organisation's record")


# ---------------------------------------------------------------- writes


def _check_hearing(case: Case, values: dict, *, creating: bool, now: datetime) -> None:
    """Rules of the domain a form cannot check on its own.

    - Not before the case was filed, except an advance testimony: the Anti-Trafficking in Persons Act B.E. 2551
      s.31 lets the court take a victim's testimony before the case is filed, so that it is on record before
      they return home.
    - A new hearing dated before today cannot be "scheduled": it is being recorded after the fact, so say what
      happened (held, postponed or cancelled). An existing hearing may pass its date while still scheduled;
      the list flags it until its outcome is recorded.
    - A hearing dated after today cannot be "held" yet.
    - "Held" needs the outcome written down: a hearing marked held with nothing recorded is the gap this
      tracker exists to close.
    - An interpreter marked booked needs its language.
    - The court, when given, must be one of the courts on record.
    """
    errors: dict[str, str] = {}
    starts_at: datetime | None = values.get("starts_at")
    kind = values.get("kind")
    status = values.get("status") or HearingStatus.SCHEDULED
    today = now.date()
    if starts_at is not None:
        if case.filed_on and starts_at.date() < case.filed_on and kind != HearingKind.ADVANCE_TESTIMONY:
            errors["starts_at"] = _(
                "The case was filed on %(date)s: a hearing cannot come before it. Only an advance testimony "
                "(Anti-Trafficking in Persons Act s.31) can be heard before the case is filed.",
                date=format_day(case.filed_on),
            )
        elif creating and status == HearingStatus.SCHEDULED and starts_at.date() < today:
            errors["status"] = _(
                "This hearing is in the past: record it as held, postponed or cancelled, not scheduled."
            )
        if status == HearingStatus.HELD and starts_at.date() > today:
            errors["status"] = _("A hearing cannot be marked held before its date.")
    if status == HearingStatus.HELD and not values.get("outcome"):
        errors["outcome"] = _("Record what happened at the hearing: it is marked held.")
    ends_at = values.get("ends_at")
    if ends_at is not None and starts_at is not None and ends_at <= starts_at:
        errors["ends_at"] = _("The hearing must end after it starts, the same day.")
    if values.get("interpreter_booked") and not values.get("interpreter_language"):
        errors["interpreter_language"] = _("Say which language the booked interpreter speaks.")
    court_id = values.get("court_id")
    if court_id is not None and db.session.get(Court, court_id) is None:
        errors["court_id"] = _("There is no such court. Choose one from the list.")
    problem = amount_problem(values.get("support_allowance"))
    if problem:
        errors["support_allowance"] = problem
    # "Paid" says the money reached someone: there must be something arranged to have paid for.
    if values.get("transport_paid") and not values.get("support_transport"):
        errors["transport_paid"] = _("Say what transport was arranged before marking it paid.")
    if values.get("lodging_paid") and not values.get("support_lodging"):
        errors["lodging_paid"] = _("Say what lodging was arranged before marking it paid.")
    if values.get("allowance_paid") and values.get("support_allowance") is None:
        errors["allowance_paid"] = _("Enter the allowance before marking it paid.")
    if values.get("review_done") and starts_at is not None and starts_at.date() > today:
        errors["review_done"] = _("The review comes after the hearing: it cannot be done before its date.")
    lawyer_id = values.get("lawyer_id")
    if lawyer_id is not None:
        lawyer = db.session.get(User, lawyer_id)
        if lawyer is None or lawyer.org_id != case.org_id or lawyer.archived_at is not None:
            errors["lawyer_id"] = _("Choose a lawyer of your organisation from the list.")
    if errors:
        raise ValidationFailed(errors)


def _same_day_end(values: dict) -> dict:
    """The form gives the end as a time of day: it is on the hearing's own day."""
    ends_at, starts_at = values.get("ends_at"), values.get("starts_at")
    if isinstance(ends_at, time):
        values = {**values, "ends_at": datetime.combine(starts_at.date(), ends_at) if starts_at else None}
    return values


def schedule_hearing(user, case: Case, values: dict, *, now: datetime | None = None) -> Hearing:
    _require_case_worker(user)
    _require_same_org(user, case)
    values = _same_day_end({**values, "status": values.get("status") or HearingStatus.SCHEDULED})
    _check_hearing(case, values, creating=True, now=now or clock.now())
    return records.create(user, Hearing, {**values, "case_id": case.id})


def check_hearing(user, case: Case, values: dict, *, hearing: Hearing | None = None) -> None:
    """The rules :func:`schedule_hearing` (``hearing`` None) or :func:`update_hearing` apply, writing nothing:
    ValidationFailed with every problem. The form asks to confirm a day the court is closed only of a hearing
    that could otherwise be saved."""
    _require_case_worker(user)
    _require_same_org(user, case)
    values = _same_day_end({**values, "status": values.get("status") or HearingStatus.SCHEDULED})
    if hearing is not None and not protection.may_see_case_whereabouts(user, case):
        values.update({k: getattr(hearing, k) for k in WHEREABOUTS_FIELDS})
    _check_hearing(case, values, creating=hearing is None, now=clock.now())


def update_hearing(
    user, hearing: Hearing, values: dict, version: int | None, *, now: datetime | None = None
) -> dict:
    _require_case_worker(user)
    _require_same_org(user, hearing)
    values = _same_day_end({k: v for k, v in values.items() if k != "case_id"})  # a hearing stays in its case
    if not protection.may_see_case_whereabouts(user, hearing.case):
        # The form had no such fields: what is stored stays as it is, whatever was posted.
        values.update({k: getattr(hearing, k) for k in WHEREABOUTS_FIELDS})
    _check_hearing(hearing.case, values, creating=False, now=now or clock.now())
    return records.update(user, hearing, values, version)


# What a hearing says about where its people stay or are picked up: hidden (shown "—" and left out of the form)
# from users the whereabouts rule does not name when one of the case's claimants is protected.
WHEREABOUTS_FIELDS = ("support_transport", "support_lodging")


def archive_hearing(user, hearing: Hearing, version: int | None) -> None:
    _require_case_worker(user)
    _require_same_org(user, hearing)
    records.archive(user, hearing, version)


# ---------------------------------------------------------------- reads


def lawyer_choices(user) -> list[User]:
    """The organisation's active lawyers and administrators, who may attend a hearing for the case's lawyer."""
    return list(
        db.session.scalars(
            visible(User, user).where(User.role.in_([Role.LAWYER, Role.ADMIN])).order_by(User.name)
        )
    )


def lawyer_filter_choices(user) -> list[User]:
    """The lawyer filter's choices (hearing list, calendar): the organisation's lawyers and administrators, who may
    attend a hearing, and anyone else still the lawyer of a live case (whose role changed since). One query: an
    index probe per user, not a scan of the organisation's cases and hearings."""
    leads_a_case = (
        sa.select(Case.id)
        .where(Case.org_id == user.org_id, Case.lawyer_id == User.id, Case.archived_at.is_(None))
        .correlate(User)
        .exists()
    )
    return list(
        db.session.scalars(
            visible(User, user)
            .where(sa.or_(User.role.in_([Role.LAWYER, Role.ADMIN]), leads_a_case))
            .order_by(User.name)
        )
    )


def list_courts(user) -> list[Court]:
    """The shared list of courts and the user's organisation's own."""
    return list(db.session.scalars(visible_courts(user).order_by(Court.province, Court.name_en, Court.id)))


def is_past_but_scheduled(hearing: Hearing, now: datetime | None = None) -> bool:
    """The hearing's time has passed and nobody recorded what happened."""
    return hearing.status == HearingStatus.SCHEDULED and hearing.starts_at < (now or clock.now())


def _window(days: int, now: datetime) -> tuple[datetime, datetime]:
    """From the start of today (a hearing this morning is still today's business) to the end of the Nth day."""
    start = datetime.combine(now.date(), time.min)
    return start, start + timedelta(days=days + 1)


def _visible_hearings(user) -> sa.Select:
    """Hearings of the user's organisation whose case is not archived, with the case joined for filters."""
    return (
        visible(Hearing, user)
        .join(Case, Case.id == Hearing.case_id)
        .where(Case.archived_at.is_(None), Case.org_id == user.org_id)
    )


def _live_hearings(user) -> sa.Select:
    """The hearings of :func:`_visible_hearings`, for counts that filter on no column of the case: the few archived
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
    _require_case_worker(user)
    query = _visible_hearings(user).outerjoin(Court, Court.id == Hearing.court_id)
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
    if filters.court_id:
        query = query.where(Hearing.court_id == filters.court_id)
    if filters.province:
        query = query.where(Court.province == filters.province)
    if filters.lawyer_id:
        query = query.where(Case.lawyer_id == filters.lawyer_id)
    if filters.case_kind:
        query = query.where(Case.kind == filters.case_kind)

    if filters.sort is not None:
        order = HEARING_SORTS.order_by(filters.sort)
    return query, order, start, end


def _mine(user):
    """The hearings of the cases ``user`` is the lawyer or paralegal of, or goes to as the hearing's lawyer."""
    return sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id, Hearing.lawyer_id == user.id)


def _upcoming_query(user, days: int, now: datetime, mine: bool) -> sa.Select:
    """The window's scheduled hearings. Only ``mine`` filters on the case and joins it; the organisation's (the
    dashboard's) leave out archived cases by an anti-join, counted from ix_hearings_unrecorded alone and listed in
    its order: a join read every hearing's case (2,500 primary-key reads a fortnight at national scale)."""
    start, end = _window(days, now)
    base = _visible_hearings(user) if mine else _live_hearings(user)
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
    _require_case_worker(user)
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
    """The first ``limit`` hearings of ``query`` (a :func:`_live_hearings` one) by date, with case and court: one
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
    _require_case_worker(user)
    query = _live_hearings(user).where(_unrecorded(now or clock.now()))
    if since is not None:
        query = query.where(Hearing.starts_at >= since)
    return _first_rows(query, limit)


def unrecorded(user, *, since: datetime, limit: int, now: datetime | None = None) -> Windowed[Hearing]:
    """The hearings held since ``since`` and never recorded (the first ``limit``), and how many older ones are:
    two queries, both counts in one pass."""
    now = now or clock.now()
    found = hearings_without_outcome(user, now=now, since=since, limit=limit)
    recent, older = count_split(_live_hearings(user).where(_unrecorded(now)), Hearing.starts_at >= since)
    return Windowed(Bounded(found, recent), older)


def hearings_for_case(user, case: Case) -> list[Hearing]:
    """Every hearing of the case that is not archived, in date order, with ``hearing.court`` loaded (one query;
    ``hearing.case`` is the case passed in, already in the session)."""
    _require_case_worker(user)
    _require_same_org(user, case)
    query = (
        visible(Hearing, user)
        .where(Hearing.case_id == case.id)
        .options(joinedload(Hearing.court))
        .order_by(Hearing.starts_at, Hearing.id)
    )
    return list(db.session.scalars(query).unique())


@dataclass
class HearingPage:
    hearing: Hearing
    outcome_missing: bool
    show_whereabouts: bool = True

    @property
    def checklist(self) -> list[tuple[bool, str]]:
        """The preparation the seeds' lawyers describe, in order: explain, rehearse, and review the day after."""
        h = self.hearing
        return [
            (h.prep_procedure_explained, _("Explain the procedure to the claimant")),
            (h.prep_questions_rehearsed, _("Rehearse the questions with the claimant")),
            (h.review_done, _("Review the hearing with the claimant the day after")),
        ]


def load_hearing_page(user, hearing_id) -> HearingPage:
    """The hearing with its case (and the case's lawyer and paralegal) and court, in two queries."""
    _require_case_worker(user)
    hearing = get_visible(Hearing, hearing_id, user)
    get_visible(Case, hearing.case_id, user)  # a hearing of an archived case goes with it
    db.session.scalars(
        sa.select(Hearing)
        .where(Hearing.id == hearing.id)
        .options(
            joinedload(Hearing.court),
            joinedload(Hearing.lawyer),
            joinedload(Hearing.case).options(
                joinedload(Case.court), selectinload(Case.lawyer), selectinload(Case.paralegal)
            ),
        )
    ).unique().all()
    return HearingPage(
        hearing,
        is_past_but_scheduled(hearing),
        show_whereabouts=protection.may_see_case_whereabouts(user, hearing.case),
    )
