"""The organisation's stored deadlines for lists (dashboard, reminders, calendar, digest, feeds) and the moves
flagged to a user: bounded reads, each with a count from SQL (COUNT and GROUP BY, never rows loaded to count)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, load_only

from claims import clock
from claims.calc import deadlines as engine
from claims.calc.text import locale_code, render_text
from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant, Deadline, DeadlineNotice
from claims.models.enums import CaseStatus
from claims.services.access import require_case_worker
from claims.services.deadlines import counts


@dataclass
class DueItem:
    """A stored deadline for a list (dashboard, reminders, digest, feed): one query, no recomputation."""

    deadline: Deadline
    claimant: Claimant
    today: date

    @property
    def due_on(self) -> date | None:
        return self.deadline.due_on

    @property
    def overdue(self) -> bool:
        return self.due_on is not None and self.due_on < self.today

    @property
    def days_left(self) -> int | None:
        return None if self.due_on is None else (self.due_on - self.today).days

    @property
    def no_time_limit(self) -> bool:
        """No date because the rule book gives none (the Fund request), not because a fact is missing."""
        return (self.deadline.missing or {}).get("key") == engine.NO_TIME_LIMIT_KEY

    def label(self, locale) -> str:
        return render_text(self.deadline.label, locale_code(locale), self.deadline.key)

    def missing(self, locale) -> str | None:
        if self.deadline.missing is None:
            return None
        return render_text(self.deadline.missing, locale_code(locale), "")


def followed_claimant_ids(user) -> sa.Select:
    """The claimants of the open, not archived cases the user is the lawyer or paralegal of."""
    # The user's cases as lawyer and as paralegal, each from its own index (ix_cases_org_lawyer,
    # ix_cases_org_paralegal): with the two in one OR, SQLite read every live case of the organisation to find them
    # (430 ms a count of the reminders page at a third of national scale).
    theirs = sa.union_all(
        *(
            sa.select(Case.id).where(
                Case.org_id == user.org_id,
                role == user.id,
                Case.archived_at.is_(None),
                Case.status != CaseStatus.CLOSED,
            )
            for role in (Case.lawyer_id, Case.paralegal_id)
        )
    )
    return sa.select(CaseClaimant.claimant_id).where(
        CaseClaimant.archived_at.is_(None), CaseClaimant.case_id.in_(theirs)
    )


def _open_rows(user, mine: bool, *, live_claimants: bool = True, by_claimant: bool = False):
    """SQL: the organisation's deadlines not done and in force (of the user's own claimants with ``mine``).

    ``live_claimants=False`` leaves out the claimant's own archived mark, for counts that then need no join to the
    claimants: archiving a claimant notes a refresh, the refresh archives their deadlines, and every list page
    takes such a note in before it reads (refresh_pending), so the two agree whenever a page counts."""
    table = Deadline.__table__
    where = [
        # ``by_claimant``: the organisation written so that no index of the deadlines serves it (see of_org in
        # facts.py), for reads that walk the claimants and look up each one's deadlines.
        (table.c.org_id + 0 if by_claimant else table.c.org_id) == user.org_id,
        table.c.archived_at.is_(None),
        table.c.done_at.is_(None),
    ]
    if live_claimants:
        where.append(Claimant.archived_at.is_(None))
    if mine:
        where.append(table.c.claimant_id.in_(followed_claimant_ids(user)))
    return sa.and_(*where)


def _dated(until: date | None, start: date | None, include_missing: bool):
    dated = Deadline.due_on.is_not(None)
    if until is not None:
        dated = sa.and_(dated, Deadline.due_on <= until)
    if start is not None:
        dated = sa.and_(dated, Deadline.due_on >= start)
    return sa.or_(dated, Deadline.due_on.is_(None)) if include_missing else dated


def read_due_deadlines(
    user,
    *,
    until: date | None = None,
    mine: bool = True,
    include_missing: bool = False,
    today: date | None = None,
    start: date | None = None,
    limit: int | None = None,
) -> list[DueItem]:
    """Deadlines not done, due by ``until`` (overdue ones included unless ``start`` is given), soonest first; those
    of the user's own cases (``mine``) or of the whole organisation. ``include_missing`` adds the ones that cannot
    be computed, last. The first ``limit`` (all where None; :func:`count_due_deadlines` counts them): one query."""
    require_case_worker(user)
    today = today or clock.today()
    undated_only = include_missing and start is not None and until is not None and start > until
    # SQLite would read every undated deadline of the organisation from its index and sort them all; walking the
    # claimants in pseudonym order and stopping at the page needs its deadline indexes out of the way (PostgreSQL
    # walks the claimants by itself, and needs its index for the dated ones).
    walk = undated_only and db.session.get_bind().dialect.name == "sqlite"
    query = (
        sa.select(Deadline, Claimant)
        .join(Claimant, Claimant.id == Deadline.claimant_id)
        .where(_open_rows(user, mine, by_claimant=walk))
        # A list names the claimant and links to them, nothing more: their other columns (dozens, some long) are
        # neither read nor made into attributes for the hundred rows a page lists.
        .options(load_only(Claimant.id, Claimant.pseudonym, Claimant.org_id))
    )
    if undated_only:
        # The claimant's organisation too (it is the deadline's): the undated ones are read by walking the
        # organisation's claimants in pseudonym order (uq_claimants_org_pseudonym), not by sorting them all. Not
        # for a window of days: there PostgreSQL then read all 40,000 claimants of the organisation into a hash
        # (140 ms at national scale) to join the window's 2,000 deadlines, instead of looking each one's up.
        query = query.where(Claimant.org_id == user.org_id)
        # No day can fall in the window: the ones without a date alone, by claimant (their only order).
        undated = sa.func.coalesce(Deadline.due_on, sa.null()) if walk else Deadline.due_on
        query = query.where(undated.is_(None)).order_by(Claimant.pseudonym, Deadline.key)
    else:
        # The undated last only where there are any: "due_on IS NULL" first in the order kept both databases from
        # walking the due-date index up to the page (PostgreSQL read and sorted the window's 1,400 rows whole, 6-40
        # ms, for the first 50; 0.5 ms in the index's order).
        undated_last = (Deadline.due_on.is_(None),) if include_missing else ()
        query = query.where(_dated(until, start, include_missing)).order_by(
            *undated_last, Deadline.due_on, Claimant.pseudonym, Deadline.key
        )
    if limit is not None:
        query = query.limit(limit)
    return [DueItem(deadline, claimant, today) for deadline, claimant in db.session.execute(query)]


def count_due_deadlines(
    user,
    *,
    until: date | None = None,
    mine: bool = True,
    include_missing: bool = False,
    start: date | None = None,
) -> int:
    """How many deadlines :func:`read_due_deadlines` lists with the same filters: one COUNT."""
    require_case_worker(user)
    return db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Deadline)
        .where(_open_rows(user, mine, live_claimants=False), _dated(until, start, include_missing))
    )


class DueCounts(NamedTuple):
    overdue: int  # due before today
    soon: int  # due from today to ``until``
    missing: (
        int  # cannot be computed for want of a fact (the Fund request, with no time limit, is not counted)
    )


def due_counts(
    user, *, until: date, mine: bool = True, today: date | None = None, start: date | None = None
) -> DueCounts:
    """The reminders page's three counts (overdue from ``start``, due by ``until``, cannot compute): one query."""
    found = window_counts(user, until=until, mine=mine, today=today, start=start)
    return DueCounts(found.overdue, found.soon, found.cannot_compute)


def window_counts(
    user, *, until: date, mine: bool = True, today: date | None = None, start: date | None = None
) -> counts.WindowCounts:
    """The open deadlines overdue since before ``start`` (``older``), overdue from ``start``, due from today to
    ``until`` and that cannot be computed: one query. The organisation's are read from its counts by day
    (claims.services.deadlines.counts: a row a day, where the deadlines are tens of thousands); the user's own are
    counted from their claimants' deadlines (a few thousand, one pass)."""
    require_case_worker(user)
    today = today or clock.today()
    if not mine:
        return counts.window_counts(user.org_id, today=today, since=start, until=until)
    table = Deadline.__table__
    start_day = start or date.min
    conditions = (
        table.c.due_on < start_day,
        sa.and_(table.c.due_on >= start_day, table.c.due_on < today),
        sa.and_(table.c.due_on >= today, table.c.due_on <= until),
        _cannot_compute(table),
    )
    row = db.session.execute(_counts(_open_rows(user, mine, live_claimants=False), *conditions)).one()
    return counts.WindowCounts(*row)


def _counts(rows, *conditions) -> sa.Select:
    """One statement counting the open ``rows`` that meet each condition, in one pass: the user's own deadlines are
    a few thousand rows found through their claimants, looked up once. (The organisation's are read from its
    counts by day instead: claims.services.deadlines.counts.)"""
    table = Deadline.__table__
    return (
        sa.select(*(sa.func.count(sa.case((condition, 1))) for condition in conditions))
        .select_from(table)
        .where(rows)
    )


def _cannot_compute(table):
    return sa.and_(
        table.c.due_on.is_(None),
        table.c.missing.is_not(None),
        sa.not_(sa.cast(table.c.missing, sa.Text).contains(engine.NO_TIME_LIMIT_KEY, autoescape=True)),
    )


class ClaimantRef(NamedTuple):
    id: int
    pseudonym: str


def notices_for(user, *, unseen_only: bool = True, limit: int | None = None) -> list[DeadlineNotice]:
    """The deadlines that moved, flagged to ``user``, newest first (the first ``limit``; :func:`count_notices`
    counts them), with deadline and claimant loaded."""
    require_case_worker(user)
    query = (
        sa.select(DeadlineNotice)
        .where(DeadlineNotice.user_id == user.id, DeadlineNotice.org_id == user.org_id)
        .options(joinedload(DeadlineNotice.deadline).joinedload(Deadline.claimant))
        .order_by(DeadlineNotice.created_at.desc(), DeadlineNotice.id.desc())
    )
    if unseen_only:
        query = query.where(DeadlineNotice.seen_at.is_(None))
    if limit is not None:
        query = query.limit(limit)
    return list(db.session.scalars(query).unique())


def count_notices(user, *, unseen_only: bool = True, unmailed_only: bool = False) -> int:
    """How many :func:`notices_for` lists (``unmailed_only``: of those, the ones the digest has not mailed)."""
    require_case_worker(user)
    query = (
        sa.select(sa.func.count())
        .select_from(DeadlineNotice)
        .where(DeadlineNotice.user_id == user.id, DeadlineNotice.org_id == user.org_id)
    )
    if unseen_only:
        query = query.where(DeadlineNotice.seen_at.is_(None))
    if unmailed_only:
        query = query.where(DeadlineNotice.mailed_at.is_(None))
    return db.session.scalar(query)
