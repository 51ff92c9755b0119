"""The claimant's settlement sheet: an offer's comparison with the court path as a Word document (or PDF) in the
claimant's language, with their other assistance listed apart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flask_babel import force_locale
from flask_babel import lazy_gettext as _l

from claims.models import Claimant, Offer
from claims.models.enums import OfferCondition
from claims.money import Money
from claims.services import assistance
from claims.services.access import may_open_sheet
from claims.services.errors import Forbidden, ValidationFailed
from claims.services.settlement_comparisons import ClaimantComparison, compare_offer, offer_terms
from claims.services.settlements import ConditionWarning, condition_warnings

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
    """The ``settlement`` of a sheet's context (claims/documents/settlement_fields.py), in ``language``: plain values.

    The sheet's own words come from the engine's catalogues (claims/calc/texts), which the sheet's seven languages
    have, rather than from the app's, which are Thai and English only."""
    from claims.calc.text import Text, render_text
    from claims.documents.render import Chart

    c = row.comparison
    made_by = render_text(Text(f"settlement.made_by.{offer.made_by.value}"), language)
    terms = offer_terms(offer, row.fraction, row.share)
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
