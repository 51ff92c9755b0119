"""Settlement offers: record them, check their conditions, and compare each with the court path, per claimant.

The comparison (claims.calc.settlement) takes each claimant's computed claim and the loans in their calculation,
so an offer is always compared with the figures as they stand. A group offer's cash and instalments are split
across the claimants by the offer's rule (pro rata to the computed claims, equal shares, or amounts given per
claimant); loans cancelled and collateral returned apply to each claimant whose calculation holds them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims.calc import parse_claim
from claims.calc.lump_sum import split_lump_sum
from claims.calc.settlement import Comparison, CourtPath, Instalment, OfferTerms, compare
from claims.extensions import db
from claims.models import Calculation, Case, CaseClaimant, Claimant, Offer
from claims.models.enums import OfferCondition
from claims.money import Money
from claims.rules.model import NoRuleInForce
from claims.services import assistance, records
from claims.services.access import may_open_sheet, works_on_cases
from claims.services.calculations.computing import current_rules
from claims.services.errors import Forbidden, NotFound, ValidationFailed
from claims.services.paging import Listing

SPLIT_RULES = ("pro_rata", "equal", "given")
PERCENT_FIELDS = ("chance_of_winning", "share_collected", "instalment_risk")


def _require_case_worker(user) -> None:
    if not works_on_cases(user):
        raise Forbidden("offers are recorded by lawyers, paralegals and admins")


# ------------------------------------------------------------------ checks and writes


def _money_text(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _check(case: Case, values: dict) -> dict:
    """Domain rules the form cannot check alone; returns the values with lists cleaned. Nothing is written."""
    errors: dict[str, str] = {}
    made_on = values.get("made_on")
    instalments = []
    for i, item in enumerate(values.get("instalments") or []):
        try:
            due_on = (
                item["due_on"] if isinstance(item["due_on"], date) else date.fromisoformat(item["due_on"])
            )
            amount = _money_text(item["amount"])
        except (KeyError, ValueError, TypeError, InvalidOperation):
            errors["instalments"] = str(_l("Line %(n)d: give a date (YYYY-MM-DD) and an amount.", n=i + 1))
            break
        if amount <= 0:
            errors["instalments"] = str(_l("Line %(n)d: an instalment must be more than zero.", n=i + 1))
            break
        if made_on and due_on < made_on:
            errors["instalments"] = str(
                _l("Line %(n)d: an instalment cannot fall before the offer.", n=i + 1)
            )
            break
        instalments.append({"due_on": due_on.isoformat(), "amount": str(amount)})
    instalments.sort(key=lambda item: item["due_on"])
    if values.get("split_rule", "pro_rata") not in SPLIT_RULES:
        errors["split_rule"] = str(_l("Not a valid choice."))
    claimant_id = values.get("claimant_id")
    ids = {link.claimant_id for link in case.claimant_links if link.archived_at is None}
    if claimant_id is not None and claimant_id not in ids:
        errors["claimant_id"] = str(_l("That claimant is not in this case."))
    given = {}
    if values.get("split_rule") == "given" and claimant_id is None:
        for key, amount in (values.get("given_shares") or {}).items():
            try:
                given[str(int(key))] = str(_money_text(amount))
            except (ValueError, TypeError, InvalidOperation):
                errors["given_shares"] = str(_l("Give an amount for each claimant."))
                break
        if not errors.get("given_shares"):
            unknown = [key for key in given if int(key) not in ids]
            total = sum((Decimal(v) for v in given.values()), Decimal(0))
            if unknown:
                errors["given_shares"] = str(_l("That claimant is not in this case."))
            elif total != _money_text(values.get("cash") or 0):
                errors["given_shares"] = str(
                    _l("The amounts given add up to %(sum)s, not to the cash offered.", sum=f"{total:,.2f}")
                )
    if errors:
        raise ValidationFailed(errors)
    cleaned = dict(values)
    cleaned["instalments"] = instalments
    cleaned["given_shares"] = given
    cleaned["cancels_loans"] = [s.strip() for s in values.get("cancels_loans") or [] if s and s.strip()]
    cleaned["returns_collateral"] = [
        s.strip() for s in values.get("returns_collateral") or [] if s and s.strip()
    ]
    cleaned["conditions"] = [c for c in values.get("conditions") or [] if c.get("kind")]
    return cleaned


def create_offer(user, case: Case, values: dict) -> Offer:
    _require_case_worker(user)
    if case.org_id != user.org_id:
        raise NotFound("case")
    return records.create(user, Offer, {"case_id": case.id, **_check(case, values)})


def update_offer(user, offer: Offer, values: dict, version: int | None) -> dict:
    _require_case_worker(user)
    return records.update(user, offer, _check(offer.case, values), version)


def archive_offer(user, offer: Offer, version: int | None) -> None:
    _require_case_worker(user)
    records.archive(user, offer, version)


def case_offers(user, case: Case) -> list[Offer]:
    return list(
        db.session.scalars(
            sa.select(Offer)
            .where(Offer.case_id == case.id, Offer.org_id == user.org_id, Offer.archived_at.is_(None))
            .order_by(Offer.made_on.desc(), Offer.id.desc())
        )
    )


# ------------------------------------------------------------------ conditions the law does not let a deal buy


@dataclass(frozen=True)
class ConditionWarning:
    kind: str
    message: str
    citation: str


def condition_warnings(offer: Offer, language: str = "en") -> list[ConditionWarning]:
    """Conditions that cannot lawfully be part of the deal, each with the rule that says so (TH-TIP-NOSETTLE:
    a trafficking prosecution does not end because the victim was paid or withdrew the complaint)."""
    warnings = []
    kinds = {c.get("kind") for c in offer.conditions or []}
    if (
        OfferCondition.WITHDRAW_CRIMINAL_COMPLAINT.value in kinds
        or OfferCondition.NO_TESTIMONY.value in kinds
    ):
        rules = current_rules().book
        try:
            value = rules.at("th.criminal.settlement_ends_tip_prosecution", offer.made_on)
        except NoRuleInForce:
            value = None
        if value is not None and not value.value:
            citation = value.citation.text(language)
            for kind in (OfferCondition.WITHDRAW_CRIMINAL_COMPLAINT, OfferCondition.NO_TESTIMONY):
                if kind.value in kinds:
                    warnings.append(ConditionWarning(kind.value, str(_CONDITION_WORDS[kind]), citation))
    return warnings


_CONDITION_WORDS = {
    OfferCondition.WITHDRAW_CRIMINAL_COMPLAINT: _l(
        "A trafficking prosecution does not end because the victim was paid or withdrew the complaint: the "
        "prosecutor goes on. This condition cannot be what the money buys, and the victim must not be told it is."
    ),
    OfferCondition.NO_TESTIMONY: _l(
        "The prosecution goes on whatever the victim agrees with the agency, and the victim may be called as a "
        "witness: a promise not to testify cannot lawfully be bought."
    ),
}


# ------------------------------------------------------------------ comparisons


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


def _terms(offer: Offer, fraction: Decimal, cash: Money) -> OfferTerms:
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
                _terms(offer, fractions[link.claimant_id], row.share),
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


def get_offer(user, offer_id) -> Offer:
    offer = db.session.get(Offer, int(offer_id)) if str(offer_id).isdigit() else None
    if offer is None or offer.org_id != user.org_id or offer.archived_at is not None:
        raise NotFound("offer")
    return offer


def advised_sheets(user) -> list[tuple[Offer, Claimant]]:
    """For an advisor: the open offers that concern the claimants they advise."""
    claimants = {
        c.id: c
        for c in db.session.scalars(
            sa.select(Claimant).where(
                Claimant.org_id == user.org_id, Claimant.advisor_id == user.id, Claimant.archived_at.is_(None)
            )
        )
    }
    if not claimants:
        return []
    links = db.session.scalars(
        sa.select(CaseClaimant).where(
            CaseClaimant.claimant_id.in_(claimants), CaseClaimant.archived_at.is_(None)
        )
    )
    by_case: dict[int, list[int]] = {}
    for link in links:
        by_case.setdefault(link.case_id, []).append(link.claimant_id)
    out = []
    for offer in db.session.scalars(
        sa.select(Offer)
        .where(Offer.case_id.in_(by_case), Offer.archived_at.is_(None), Offer.org_id == user.org_id)
        .order_by(Offer.made_on.desc())
    ):
        for claimant_id in by_case[offer.case_id]:
            if offer.claimant_id in (None, claimant_id):
                out.append((offer, claimants[claimant_id]))
    return out


# ------------------------------------------------------------------ the Word sheet


SHEET_FAMILY = "settlement_sheet"


def sheet_languages() -> list[str]:
    from claims.documents.manifest import templates

    return [spec.language for spec in templates().values() if spec.family == SHEET_FAMILY]


def _sheet_template(language: str) -> str:
    languages = sheet_languages()
    for choice in (language, "th", "en"):
        if choice in languages:
            return f"{SHEET_FAMILY}.{choice}"
    raise ValidationFailed({"language": str(_l("There is no settlement sheet in that language yet."))})


def sheet_conditions(conditions: list[dict], language: str) -> list[str]:
    """The conditions of an offer as the claimant reads them: each ticked kind by its name in the sheet's language,
    then the lawyer's own words once (the form keeps the same words with every kind ticked). A stored code is
    never printed: a kind the catalogues do not know reads as "another condition"."""
    from claims.calc.text import Text, render_text

    known = {kind.value for kind in OfferCondition}
    named, words = [], []
    for item in conditions or ():
        kind = item.get("kind") if item.get("kind") in known else OfferCondition.OTHER.value
        text = (item.get("text") or "").strip()
        if kind != OfferCondition.OTHER.value or not text:
            named.append(render_text(Text(f"settlement.condition.kind.{kind}"), language))
        if text:
            words.append(text)
    return list(dict.fromkeys(named)) + list(dict.fromkeys(words))


def sheet_values(
    offer: Offer, row: ClaimantComparison, warnings: list[ConditionWarning], language: str
) -> dict:
    """The ``settlement`` of a sheet's context (claims/documents/fields.py), in ``language``: plain values.

    The sheet's own words come from the engine's catalogues (claims/calc/texts), which the sheet's seven languages
    have, rather than from the app's, which are Thai and English only."""
    from claims.calc.text import Text, render_text
    from claims.documents.render import Chart

    c = row.comparison
    made_by = render_text(Text(f"settlement.made_by.{offer.made_by.value}"), language)
    terms = _terms(offer, row.fraction, row.share)
    return {
        "settlement": {
            "offer_date": offer.made_on,
            "made_by": made_by,
            "cash": row.share,
            "instalments": [{"due_on": i.due_on, "amount": i.amount} for i in terms.instalments],
            "cancels": list(offer.cancels_loans),
            "collateral_returned": list(c.collateral_returned),
            "collateral_kept": list(c.collateral_kept),
            "other_terms": offer.other_terms,
            "conditions": sheet_conditions(offer.conditions, language),
            "condition_warnings": [
                render_text(Text(f"settlement.condition.{w.kind}"), language) for w in warnings
            ],
            "claim": row.claim,
            "compared_on": c.compared_on,
            "accept_net": c.accept_net,
            "court_expected_net": c.court_expected_net,
            "court_best_net": c.court_best_net,
            "court_worst_net": c.court_worst_net,
            "break_even_cash": c.break_even_cash,
            "break_even_positive": c.break_even_cash.amount > 0,
            "offer_scheduled_total": c.offer_scheduled_total,
            "offer_expected_total": c.offer_expected_total,
            "instalments_at_risk": c.instalments_at_risk,
            "chance_percent": int(Decimal(offer.chance_of_winning) * 100),
            "share_collected_percent": int(Decimal(offer.share_collected) * 100),
            "months_to_judgment": offer.months_to_judgment,
            "months_to_payment": offer.months_to_payment,
            "hearings": offer.hearings,
            "cost_per_hearing": Money(offer.cost_per_hearing, offer.currency),
            "debts": [
                {
                    "lender": d.lender,
                    "collateral": d.collateral,
                    "cancelled": d.cancelled_by_offer,
                    "today": d.today,
                    "at_payment": d.at_payment,
                    "rate": render_text(d.rate_text, language),
                }
                for d in c.debts
            ],
            "warnings": [render_text(w, language) for w in c.warnings],
            "chart": Chart(
                (
                    tuple(p.accept_net.amount for p in c.months),
                    tuple(p.court_net.amount for p in c.months),
                )
            ),
        }
    }


def make_sheet(user, offer: Offer, claimant: Claimant, language: str, on: date, *, pdf: bool = False):
    """The claimant's settlement sheet as a Word document (or PDF) in ``language`` (their own by default)."""
    from claims.services import documents

    if not may_open_sheet(user, claimant):
        raise Forbidden("not this claimant's sheet")
    with force_locale(language):
        comparison = compare_offer(offer, only_claimant_id=claimant.id)
        warnings = condition_warnings(offer, language)
    row = comparison.row(claimant.id)
    if row is None or row.comparison is None:
        raise ValidationFailed({"offer": row.problem if row else str(_l("Not part of this offer."))})
    name = _sheet_template(language)
    extra = sheet_values(offer, row, warnings, language)
    extra["settlement"]["assistance"] = sheet_assistance(user, claimant, language)
    return documents.generate_with(user, offer.case, name, claimant, on, extra, pdf=pdf)


def sheet_assistance(user, claimant: Claimant, language: str) -> list[dict]:
    """The claimant's other assistance (funds, grants) for the sheet's own section, its source in the sheet's
    language: listed apart, never added to what the offer or the court would pay."""
    from claims.calc.text import Text, render_text

    received = assistance.received_by(user, claimant)
    return [
        {
            "source": render_text(Text(f"settlement.assistance.{line.record.source.value}"), language),
            "giver": line.record.giver or "",
            "received_on": line.record.received_on,
            "amount": line.amount,
            "basis": line.record.basis,
        }
        for line in received.lines
    ]
