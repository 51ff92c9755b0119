"""The claimants whose return home is planned (or was, and has passed) with no date of return recorded: "enter the
date of return", so that their follow-up visits get planned.

Until issue 15 the deadline engine asked for it as a follow-up deadline that could not be computed; the visits
are planned from the return's date now (claims.services.follow_up_visits.schedule_rhythm), so a return without
its date plans nothing and nobody is reminded. The reminders page shows the first of these people and how many there
are, and links to the whole list here; both read ``_planned`` and ``_undated`` so the count and the list cannot
disagree.

A planned date is not whereabouts: the list names the person by pseudonym and the planned day, never where they
went (the return's destination, contact and partner are the whereabouts rule's, claims.services.protection).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from claims import clock
from claims.extensions import db
from claims.models import Claimant, ReturnHome
from claims.services.access import require_case_worker
from claims.services.deadlines import followed_claimant_ids
from claims.services.paging import Bounded, Listing

# The reminders page shows the first (the longest awaited); the rest are a link away.
REMINDER_ROWS = 10
PAGE_SIZE = 50


@dataclass(frozen=True)
class AwaitedReturn:
    claimant_id: int
    pseudonym: str
    protected: bool
    planned_on: date | None  # None: a return is recorded with neither date

    def passed(self, today: date) -> bool:
        return self.planned_on is not None and self.planned_on < today


def _columns():
    return (
        Claimant.id,
        Claimant.pseudonym,
        Claimant.protection_order,
        Claimant.order_in_force.label("order_in_force"),
        Claimant.planned_return_on,
    )


def _live(user, mine: bool, *conditions) -> sa.Select:
    query = sa.select(*_columns()).where(
        Claimant.org_id == user.org_id,
        Claimant.archived_at.is_(None),
        Claimant.returned_home_on.is_(None),
        *conditions,
    )
    if mine:
        query = query.where(Claimant.id.in_(followed_claimant_ids(user)))
    return query


def _planned(user, mine: bool) -> sa.Select:
    """The live claimants of the organisation with a planned return and no date of return: a sliver of it, read
    from ix_claimants_awaiting_return alone (it holds every column the count names)."""
    return _live(user, mine, Claimant.planned_return_on.is_not(None))


def _undated(user, mine: bool) -> sa.Select:
    """The others awaiting their date: no planned day on the claimant, but a live return record with neither day
    (the return's own planned day is mirrored on the claimant, so these returns were recorded without one)."""
    returns = sa.select(ReturnHome.claimant_id).where(
        ReturnHome.org_id == user.org_id,
        ReturnHome.archived_at.is_(None),
        ReturnHome.returned_on.is_(None),
    )
    return _live(user, mine, Claimant.planned_return_on.is_(None), Claimant.id.in_(returns))


def _counts(user, mine: bool) -> tuple[int, int]:
    """How many are awaited with a planned day, and without one: one statement."""

    def counted(query: sa.Select):
        return sa.select(sa.func.count()).select_from(query.with_only_columns(Claimant.id).subquery())

    row = db.session.execute(
        sa.select(
            counted(_planned(user, mine)).scalar_subquery(), counted(_undated(user, mine)).scalar_subquery()
        )
    ).one()
    return row[0] or 0, row[1] or 0


def _rows(user, mine: bool, limit: int, offset: int) -> list[AwaitedReturn]:
    """The list's rows ``offset`` to ``offset + limit``: the longest awaited first (a planned day long passed is the
    likeliest to be a return nobody recorded), then the returns with no planned day at all, by pseudonym.

    One statement, whatever the page and the number of people: each part is read in its own order from its own
    index up to the end of the page, and only those rows are put in the list's order (one sorted union of every
    candidate read them all to order them: 20 ms on PostgreSQL at national scale)."""
    reach = offset + limit
    planned = (
        _planned(user, mine)
        .add_columns(sa.literal(0).label("part"))
        .order_by(Claimant.planned_return_on, Claimant.pseudonym, Claimant.id)
        .limit(reach)
    )
    undated = (
        _undated(user, mine)
        .add_columns(sa.literal(1).label("part"))
        .order_by(Claimant.pseudonym, Claimant.id)
        .limit(reach)
    )
    # Each part a subquery of its own: SQLite takes no ORDER BY or LIMIT on a member of a compound select.
    both = sa.union_all(*(sa.select(part.subquery()) for part in (planned, undated))).subquery()
    query = (
        sa.select(both)
        .order_by(both.c.part, both.c.planned_return_on, both.c.pseudonym, both.c.id)
        .limit(limit)
        .offset(offset)
    )
    return [
        AwaitedReturn(r.id, r.pseudonym, bool(r.protection_order or r.order_in_force), r.planned_return_on)
        for r in db.session.execute(query)
    ]


def for_reminders(user, *, mine: bool = True, limit: int = REMINDER_ROWS) -> Bounded[AwaitedReturn]:
    """The first ``limit`` people awaiting their date of return, and how many in all (two queries)."""
    require_case_worker(user)
    planned, undated = _counts(user, mine)
    return Bounded(_rows(user, mine, limit, 0), planned + undated)


@dataclass
class AwaitedPage:
    rows: list[AwaitedReturn]
    listing: Listing
    mine: bool
    today: date


def page_of(user, *, mine: bool = True, page: int = 1, today: date | None = None) -> AwaitedPage:
    """A page of the whole list (the reminders page's link)."""
    require_case_worker(user)
    planned, undated = _counts(user, mine)
    listing = Listing.of(page, planned + undated, PAGE_SIZE)
    rows = _rows(user, mine, PAGE_SIZE, listing.offset)
    return AwaitedPage(rows, listing, mine, today or clock.today())
