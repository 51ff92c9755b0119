"""The records behind a figure: the list every number of a report links to, paged.

Built from the very selects the figures are counted from (claims.services.reports.scope and the report
modules), with the figure's group, currency or measure added, so the list holds exactly the counted records.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload

from claims.extensions import db
from claims.models import CaseClaimant, Outcome
from claims.models.base import Amount
from claims.services.paging import Listing
from claims.services.reports import respondents, scope, settlements, timing
from claims.services.reports.filters import BadFilter, ReportFilters

PAGE_SIZE = 50
UNIT_FIGURES = ("claimants", "cases", "claimed")
OUTCOME_FIGURES = (
    "awarded",
    "received",
    "decided",
    "settled",
    "settled_share",
    "uncollected",
    *timing.MEASURES,
)
FIGURES = UNIT_FIGURES + OUTCOME_FIGURES


@dataclass(frozen=True)
class Figure:
    figure: str
    dimension: str = ""
    key: str | None = None
    currency: str = ""
    respondent: int | None = None


@dataclass
class Records:
    figure: Figure
    kind: str  # "units" or "outcomes"
    rows: list
    listing: Listing
    claimants: int
    cases: int
    sums: dict[str, Decimal]


def parse(args) -> Figure:
    figure = args.get("figure", "")
    if figure not in FIGURES:
        raise BadFilter(_("Unknown figure."))
    dimension = args.get("group", "")
    if dimension and dimension not in scope.DIMENSIONS:
        raise BadFilter(_("Unknown grouping."))
    key = args.get("key") if dimension else None
    if key is not None and len(key) > 200:
        raise BadFilter(_("Unknown group."))
    if dimension == "province" and key == scope.HIDDEN:
        # The people counted there are protected: a list of them would single them out.
        raise BadFilter(
            _("The people counted under “not shown” are not listed: their province is protected.")
        )
    currency = args.get("currency", "")
    if currency and (len(currency) != 3 or not currency.isalpha() or not currency.isascii()):
        raise BadFilter(_("Unknown currency."))
    respondent = args.get("respondent", "")
    if respondent and (not respondent.isascii() or not respondent.isdigit() or len(respondent) > 18):
        raise BadFilter(_("Unknown respondent."))
    return Figure(figure, dimension, key, currency.upper(), int(respondent) if respondent else None)


def _select(user, filters: ReportFilters, fig: Figure) -> tuple[str, sa.Select]:
    base = scope.units(user, filters, fig.dimension or None, fig.key)
    if fig.figure in UNIT_FIGURES:
        if fig.figure == "claimed":
            base = base.where(CaseClaimant.claimed_amount.is_not(None))
            if fig.currency:
                base = base.where(CaseClaimant.claimed_currency == fig.currency)
        return "units", base
    if fig.figure in timing.MEASURES:
        query = timing.measure_query(user, filters, fig.figure)
    elif fig.figure == "uncollected":
        query = respondents.uncollected(user, filters, fig.respondent)
    elif fig.figure == "settled":
        query = settlements.settled(user, filters)
    elif fig.figure == "settled_share":
        query = settlements.settled_in_claim_currency(user, filters)
    else:
        query = scope.outcomes_of(base, filters)
        if fig.figure == "awarded":
            query = query.where(Outcome.amount.is_not(None))
        elif fig.figure == "received":
            query = query.where(Outcome.received > 0)
    if fig.currency:
        query = query.where(Outcome.currency == fig.currency)
    return "outcomes", query


def find(user, filters: ReportFilters, fig: Figure, page: int = 1) -> Records:
    kind, query = _select(user, filters, fig)
    model = CaseClaimant if kind == "units" else Outcome
    ids = query.with_only_columns(model.id).distinct().subquery()
    chosen = sa.select(model).where(model.id.in_(sa.select(ids.c.id)))
    total, claimants, cases = db.session.execute(
        sa.select(
            sa.func.count(model.id),
            sa.func.count(sa.distinct(model.claimant_id)),
            sa.func.count(sa.distinct(model.case_id)),
        ).where(model.id.in_(sa.select(ids.c.id)))
    ).one()
    amount, currency = (
        (CaseClaimant.claimed_amount, CaseClaimant.claimed_currency)
        if kind == "units"
        else (
            (Outcome.received, Outcome.currency)
            if fig.figure == "received"
            else (Outcome.amount, Outcome.currency)
        )
    )
    if fig.figure == "uncollected":
        amount = Outcome.amount - Outcome.received
    sums = dict(
        db.session.execute(
            sa.select(currency, sa.type_coerce(sa.func.sum(amount), Amount()))
            .where(model.id.in_(sa.select(ids.c.id)))
            .group_by(currency)
        ).all()
    )
    listing = Listing.of(page, total, PAGE_SIZE)
    rows = list(
        db.session.scalars(
            chosen.options(joinedload(model.case), joinedload(model.claimant))
            .order_by(model.case_id, model.claimant_id, model.id)
            .limit(PAGE_SIZE)
            .offset(listing.offset)
        )
    )
    return Records(
        fig, kind, rows, listing, claimants, cases, {c: s for c, s in sums.items() if s is not None}
    )
