"""Each settlement offer compared with the court path, per claimant.

The comparison (claims.calc.settlement) takes each claimant's computed claim and the loans in their calculation,
so an offer is always compared with the figures as they stand. A group offer's cash and instalments are split
across the claimants by the offer's rule (pro rata to the computed claims, equal shares, or amounts given per
claimant); loans cancelled and collateral returned apply to each claimant whose calculation holds them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims.calc import parse_claim
from claims.calc.lump_sum import split_lump_sum
from claims.calc.settlement import Comparison, CourtPath, Instalment, OfferTerms, compare
from claims.extensions import db
from claims.models import Calculation, CaseClaimant, Claimant, Offer
from claims.money import Money
from claims.services.calculations.computing import current_rules
from claims.services.paging import Listing
from claims.services.settlements import ConditionWarning, condition_warnings


@dataclass
class ClaimantComparison:
    link: CaseClaimant
    claimant: Claimant
    claim: Money | None
    share: Money | None  # this claimant's part of the cash
    comparison: Comparison | None
    problem: str | None = None
    fraction: Decimal = Decimal(0)  # this claimant's part of a group offer (1 for an offer to them alone)


@dataclass
class OfferComparison:
    offer: Offer
    rows: list[ClaimantComparison] = field(default_factory=list)
    condition_warnings: list[ConditionWarning] = field(default_factory=list)
    # A group offer's claimants are compared a page at a time (each comparison runs the engine over the
    # claimant's loans); the split itself is always of all of them.
    listing: Listing | None = None

    def row(self, claimant_id: int) -> ClaimantComparison | None:
        return next((r for r in self.rows if r.claimant.id == claimant_id), None)


def _claim_total(totals: dict | None, currency: str) -> Money | None:
    total = (totals or {}).get(currency)
    return None if total is None else Money(Decimal(total), currency)


COMPARISON_PAGE_SIZE = 50


def _split(offer: Offer, claims: dict[int, Money]) -> tuple[dict[int, Money], dict[int, Decimal]]:
    """Each claimant's cash, and their fraction of the offer (applied to each instalment too). Raises ValueError
    (with the split's own message) where the offer cannot be split as its rule says."""
    cash = Money(offer.cash, offer.currency)
    if offer.claimant_id is not None:
        return {offer.claimant_id: cash}, {offer.claimant_id: Decimal(1)}
    if not claims:
        return {}, {}
    if offer.split_rule == "given":
        given = {int(k): Money(Decimal(v), offer.currency) for k, v in offer.given_shares.items()}
        weights = {cid: given.get(cid, Money.zero(offer.currency)) for cid in claims}
    elif offer.split_rule == "equal":
        weights = {cid: Decimal(1) for cid in claims}
    else:
        weights = dict(claims)
    parts = split_lump_sum(cash, weights, offer.split_rule)
    raw = {cid: (w.amount if isinstance(w, Money) else w) for cid, w in weights.items()}
    whole = sum(raw.values(), Decimal(0))
    if whole <= 0:
        raise ValueError(str(_l("The offer cannot be split: every share is zero.")))
    return parts, {cid: value / whole for cid, value in raw.items()}


def offer_terms(offer: Offer, fraction: Decimal, cash: Money) -> OfferTerms:
    instalments = tuple(
        Instalment(
            date.fromisoformat(item["due_on"]),
            Money((Decimal(item["amount"]) * fraction).quantize(Decimal("0.01")), offer.currency),
        )
        for item in offer.instalments
    )
    return OfferTerms(
        decided_on=offer.made_on,
        cash=cash,
        instalments=instalments,
        cancels=tuple(offer.cancels_loans),
        returns_collateral=tuple(offer.returns_collateral),
        instalment_risk=Decimal(offer.instalment_risk),
    )


def compare_offer(offer: Offer, *, only_claimant_id: int | None = None, page: int = 1) -> OfferComparison:
    """The comparison for each claimant the offer concerns on page ``page`` (or only one of them). The split
    reads every claimant's computed totals (out of the stored JSON, by the database); only the claimants compared
    have their claim documents loaded."""
    case = offer.case
    links = list(
        db.session.scalars(
            sa.select(CaseClaimant)
            .where(CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None))
            .options(selectinload(CaseClaimant.claimant))
            .order_by(CaseClaimant.position, CaseClaimant.id)
        )
    )
    if offer.claimant_id is not None:
        links = [link for link in links if link.claimant_id == offer.claimant_id]
    totals = dict(
        db.session.execute(
            sa.select(Calculation.claimant_id, Calculation.summary["totals"]).where(
                Calculation.case_id == case.id, Calculation.archived_at.is_(None)
            )
        ).all()
    )
    claims = {
        link.claimant_id: claim
        for link in links
        if (claim := _claim_total(totals.get(link.claimant_id), offer.currency)) is not None
    }
    result = OfferComparison(offer, condition_warnings=condition_warnings(offer))
    if only_claimant_id is not None:
        compared = [link for link in links if link.claimant_id == only_claimant_id]
    else:
        result.listing = Listing.of(page, len(links), COMPARISON_PAGE_SIZE)
        compared = links[result.listing.offset : result.listing.offset + COMPARISON_PAGE_SIZE]
    documents = dict(
        db.session.execute(
            sa.select(Calculation.claimant_id, Calculation.data).where(
                Calculation.case_id == case.id,
                Calculation.archived_at.is_(None),
                Calculation.claimant_id.in_(
                    [link.claimant_id for link in compared if link.claimant_id in claims]
                ),
            )
        ).all()
    )
    problem = None
    try:
        cash_split, fractions = _split(offer, claims)
    except ValueError as exc:
        cash_split, fractions, problem = {}, {}, str(exc)
    rules = current_rules().book
    for link in compared:
        claim = claims.get(link.claimant_id)
        row = ClaimantComparison(link, link.claimant, claim, None, None)
        result.rows.append(row)
        if claim is None:
            row.problem = str(
                _l("No computed claim in %(currency)s for this case yet.", currency=offer.currency)
            )
            continue
        if problem or link.claimant_id not in fractions:
            row.problem = problem or str(_l("Not part of this offer."))
            continue
        row.share = cash_split[link.claimant_id]
        row.fraction = fractions[link.claimant_id]
        document = documents[link.claimant_id]
        try:
            loans = parse_claim(document).loans
            court = CourtPath(
                claim=claim,
                chance_of_winning=Decimal(offer.chance_of_winning),
                share_collected=Decimal(offer.share_collected),
                months_to_judgment=offer.months_to_judgment,
                months_to_payment=offer.months_to_payment,
                hearings=offer.hearings,
                cost_per_hearing=Money(offer.cost_per_hearing, offer.currency),
            )
            row.comparison = compare(
                offer_terms(offer, fractions[link.claimant_id], row.share),
                court,
                loans,
                rules,
                jurisdiction=(document or {}).get("jurisdiction", "th"),
                # one claimant's sheet draws the months; the group's table shows today and the payment only
                month_by_month=only_claimant_id is not None,
            )
        except (ValueError, LookupError, ArithmeticError) as exc:
            row.problem = str(exc)
    return result
