"""The organisation's awards not yet collected (the dashboard's and the awards page's): a page of them and the
counts and sums per currency, each from SQL over the outcomes' stored balance (claims.services.balances)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from claims.extensions import db
from claims.models import Outcome
from claims.models.base import Amount
from claims.services.access import require_case_worker
from claims.services.outcomes import ZERO, Balance, CurrencyTotal
from claims.services.paging import Listing
from claims.services.scope import visible

AWARDS_PAGE_SIZE = 50


def _uncollected(user, include_written_off: bool) -> sa.Select:
    """Outcomes of live cases whose amount is more than what was received in its currency (the stored balance,
    claims.services.balances, which counts an award as uncollected only while its case is live)."""
    query = visible(Outcome, user).where(Outcome.uncollected.is_(True))
    return query if include_written_off else query.where(Outcome.written_off.is_(False))


def uncollected_awards(
    user,
    *,
    include_written_off: bool = True,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> list[Balance]:
    """Outcomes of the organisation whose amount is more than what was received: awards not yet collected.

    The received total and the written-off mark are the outcome's stored balance (claims.services.balances),
    so this is one query whatever the number of outcomes (their cases and claimants joined in). Oldest
    decision first (newest with ``newest_first``), the ``limit`` from ``offset`` when given.
    ``balance.written_off`` says whether a live "written off" enforcement step exists.
    """
    require_case_worker(user)
    order = (
        (Outcome.decided_on.desc(), Outcome.id.desc()) if newest_first else (Outcome.decided_on, Outcome.id)
    )
    query = (
        _uncollected(user, include_written_off)
        .options(joinedload(Outcome.case), joinedload(Outcome.claimant))
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    )
    return [
        Balance(outcome, outcome.amount, outcome.received, outcome.currency, outcome.written_off)
        for outcome in db.session.scalars(query)
    ]


@dataclass
class Uncollected:
    """A bounded list of uncollected awards with the organisation's totals per currency, both from SQL."""

    rows: list[Balance]
    total: int
    totals: list[CurrencyTotal]
    listing: Listing | None = None  # which page of them the rows are

    @property
    def more(self) -> int:
        return max(0, self.total - len(self.rows))


def uncollected_totals(user) -> tuple[int, list[CurrencyTotal]]:
    """How many awards are not yet collected, and their sums per currency (never added across currencies): one
    GROUP BY query, whatever the number of outcomes."""
    require_case_worker(user)
    query = (
        _uncollected(user, True)
        .with_only_columns(
            Outcome.currency,
            sa.func.count(),
            sa.type_coerce(sa.func.sum(Outcome.amount), Amount()),
            sa.type_coerce(sa.func.sum(Outcome.received), Amount()),
        )
        .group_by(Outcome.currency)
    )
    rows = db.session.execute(query).all()
    totals = [CurrencyTotal(currency, awarded, got or ZERO) for currency, _, awarded, got in rows]
    return sum(n for _, n, _, _ in rows), sorted(totals, key=lambda t: (t.currency != "THB", t.currency))


def uncollected(user, *, limit: int, page: int = 1) -> Uncollected:
    """The newest ``limit`` uncollected awards of page ``page`` (the ones being pursued now come first) and the
    organisation's count and totals."""
    total, totals = uncollected_totals(user)
    listing = Listing.of(page, total, limit)
    rows = uncollected_awards(user, limit=limit, offset=listing.offset, newest_first=True)
    return Uncollected(rows, total, totals, listing)
