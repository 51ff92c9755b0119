"""The claimants whose return home is planned (or was, and has passed) with no date of return recorded: "enter the
date of return", so that their follow-up visits get planned.

Until issue 15 the deadline engine asked for it as a follow-up deadline that could not be computed; the visits
are planned from the return's date now (claims.services.reintegration.schedule_rhythm), so a return without its
date plans nothing and nobody is reminded. The reminders page shows the first of these people and how many there
are, and links to the whole list here; both read ``_awaited`` so the count and the list cannot disagree.

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
from claims.services import access
from claims.services.deadlines import followed_claimant_ids
from claims.services.errors import Forbidden
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


def _candidates(user) -> sa.Select:
    """The ids that can be awaiting a date: a planned return without the date of return on the claimant (the
    return's own planned day is mirrored there), or a live return with neither day. Both are a sliver of the
    organisation, so the list starts from them rather than from every claimant (at a tenth of national scale the
    latter took 40 ms a count)."""
    planned = sa.select(Claimant.id).where(
        Claimant.org_id == user.org_id,
        Claimant.planned_return_on.is_not(None),
        Claimant.returned_home_on.is_(None),
    )
    undated = sa.select(ReturnHome.claimant_id).where(
        ReturnHome.org_id == user.org_id,
        ReturnHome.archived_at.is_(None),
        ReturnHome.returned_on.is_(None),
    )
    return sa.union(planned, undated)


def _awaited(user, mine: bool) -> sa.Select:
    """One row per live claimant of the organisation who is to go (or went) home without the date recorded: a
    planned return on the claimant, or a live return record without its date of return."""
    query = sa.select(
        Claimant.id,
        Claimant.pseudonym,
        Claimant.protection_order,
        Claimant.order_in_force,
        Claimant.planned_return_on,
    ).where(
        Claimant.org_id == user.org_id,
        Claimant.archived_at.is_(None),
        Claimant.returned_home_on.is_(None),
    )
    if not mine:
        return query.where(Claimant.id.in_(_candidates(user)))
    # The user's own claimants (hundreds) are fewer than the organisation's candidates (thousands at national
    # scale, each looked up to test whether it was the user's): each of theirs is tested instead, the same two
    # conditions as _candidates.
    undated_return = sa.select(ReturnHome.id).where(
        ReturnHome.claimant_id == Claimant.id,
        ReturnHome.archived_at.is_(None),
        ReturnHome.returned_on.is_(None),
    )
    return query.where(
        Claimant.id.in_(followed_claimant_ids(user)),
        sa.or_(Claimant.planned_return_on.is_not(None), undated_return.exists()),
    )


def _count(query: sa.Select) -> int:
    counted = query.with_only_columns(Claimant.id).order_by(None).subquery()
    return db.session.scalar(sa.select(sa.func.count()).select_from(counted)) or 0


def _rows(query: sa.Select, limit: int, offset: int = 0) -> list[AwaitedReturn]:
    # The longest awaited first (a planned day long passed is the likeliest to be a return nobody recorded); a
    # return with no planned day at all last.
    found = db.session.execute(
        query.order_by(
            Claimant.planned_return_on.is_(None), Claimant.planned_return_on, Claimant.pseudonym, Claimant.id
        )
        .limit(limit)
        .offset(offset)
    ).all()
    return [
        AwaitedReturn(r.id, r.pseudonym, bool(r.protection_order or r.order_in_force), r.planned_return_on)
        for r in found
    ]


def _require_case_worker(user) -> None:
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")


def for_reminders(user, *, mine: bool = True, limit: int = REMINDER_ROWS) -> Bounded[AwaitedReturn]:
    """The first ``limit`` people awaiting their date of return, and how many in all (two queries)."""
    _require_case_worker(user)
    query = _awaited(user, mine)
    return Bounded(_rows(query, limit), _count(query))


@dataclass
class AwaitedPage:
    rows: list[AwaitedReturn]
    listing: Listing
    mine: bool
    today: date


def page_of(user, *, mine: bool = True, page: int = 1, today: date | None = None) -> AwaitedPage:
    """A page of the whole list (the reminders page's link)."""
    _require_case_worker(user)
    query = _awaited(user, mine)
    listing = Listing.of(page, _count(query), PAGE_SIZE)
    return AwaitedPage(_rows(query, PAGE_SIZE, listing.offset), listing, mine, today or clock.today())
