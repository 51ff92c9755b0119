"""Settlement offers: record them, check their conditions, and read them (a case's, one, an advisor's). Each offer
is compared with the court path, per claimant, by claims.services.settlement_comparisons, and printed for the
claimant as a Word sheet by claims.services.settlement_sheets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims.extensions import db
from claims.models import Case, CaseClaimant, Claimant, Offer
from claims.models.enums import OfferCondition
from claims.rules.model import NoRuleInForce
from claims.services import records
from claims.services.access import works_on_cases
from claims.services.calculations.computing import current_rules
from claims.services.errors import Forbidden, NotFound, ValidationFailed

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


# ------------------------------------------------------------------ reads


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
