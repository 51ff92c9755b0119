"""Build a template's context (claims/documents/fields.py) from a case's data loaded once (case_data.py), for one
claimant or every plaintiff: plain values in the document's language (labels under ``force_locale``), a protected
person's whereabouts left out (whereabouts.py). What a template needs and a context lacks is listed by
missing.py before anything is rendered.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flask_babel import force_locale

from claims import labels
from claims.amount_words import amount_in_words
from claims.clock import from_utc
from claims.documents import context as plain
from claims.documents.manifest import TemplateSpec
from claims.documents.render import Verbatim
from claims.extensions import db
from claims.models import CaseClaimant, CaseRespondent, Hearing, Organisation
from claims.models.enums import TraffickingStatus
from claims.money import Money
from claims.number_words import english_number_words, thai_number_words
from claims.services import access
from claims.services.documents.case_data import CaseData
from claims.services.documents.whereabouts import withheld, without_lodging
from claims.services.outcomes import balance

# ------------------------------------------------------------------ people and parties


def _initials(name: str) -> str:
    # Thai names start with an honorific (นาย, นาง, นางสาว ...), which says nothing about who it is: skip it.
    words = [w for w in name.replace(".", " ").split() if w not in _HONORIFICS]
    return "".join(f"{w[0]}." for w in words) or "?"


_HONORIFICS = {"นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง", "Mr", "Mrs", "Ms", "Miss"}


def _age(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _money(amount: Decimal | None, currency: str) -> Money | None:
    return None if amount is None else Money(amount, currency)


def _person(data: CaseData, link: CaseClaimant, language: str, on: date, forum: str | None = None) -> dict:
    claimant = link.claimant
    documents = [d for d in claimant.identity_documents if d.archived_at is None]
    document = documents[0] if documents else None
    calculation = data.calculations.get(claimant.id)
    result = calculation.result if calculation is not None else None
    stale = calculation is not None and calculation.rules_fingerprint not in (None, data.fingerprint)
    fund_items = plain.fund_items_from(
        result, (calculation.data or {}).get("fund_items", ()) if calculation else (), language
    )
    unknown = sum(1 for item in fund_items if not item["known"])
    balances = [balance(o) for o in data.outcomes.get(claimant.id, ())]
    awarded = [b for b in balances if b.awarded is not None]
    claim = plain.claim_from_result(result, language, stale=stale, forum=forum)
    if claim is not None:
        claim.update(_claim_facts(calculation.data or {}, language))
    person = {
        "number": link.position,
        "name": claimant.legal_name,
        "pseudonym": claimant.pseudonym,
        "initials": _initials(claimant.legal_name),
        "sex": labels.label(claimant.sex),
        "age": _age(claimant.date_of_birth, on),
        "date_of_birth": claimant.date_of_birth,
        "nationality": labels.country(claimant.nationality) or None,
        "id_document_kind": labels.label(document.kind) if document else None,
        "id_document_number": Verbatim(document.number) if document else None,
        "address": claimant.address,
        "address_for_service": claimant.address_for_service,
        "phone": claimant.phone,
        "home_province": claimant.home_province,
        "language": labels.language(claimant.document_language) or None,
        "interpreter_needed": claimant.interpreter_needed,
        "role": labels.label(link.role),
        "identified_victim": claimant.trafficking_status == TraffickingStatus.IDENTIFIED,
        "identified_on": claimant.identified_on,
        "identifying_agency": claimant.identifying_agency,
        "planned_return_on": claimant.planned_return_on,
        "returned_home_on": claimant.returned_home_on,
        "protection": None,
        "claim": claim,
        "fund_items": fund_items,
        "fund_total": plain.fund_total(fund_items),
        "fund_unknown_count": unknown,
        "awarded": _sum_money([(b.awarded, b.currency) for b in awarded]),
        "received": _sum_money([(b.received, b.currency) for b in awarded]),
    }
    if not access.documents_print_whereabouts(claimant):
        person.update(withheld(claimant))
    return person


_PAY_BASIS = {
    "th": {"monthly": "รายเดือน", "daily": "รายวัน", "hourly": "รายชั่วโมง", "piece": "ตามผลงาน"},
    "en": {"monthly": "monthly", "daily": "daily", "hourly": "hourly", "piece": "piece rate"},
}


def _decimal_money(value, currency: str) -> Money | None:
    if value in (None, ""):
        return None
    try:
        return Money(Decimal(str(value)), currency)
    except ArithmeticError:
        return None


def _claim_facts(doc: dict, language: str) -> dict:
    """The facts the annex states beside the figures, read from the claim document (docs/claim-format.md)."""
    names = _PAY_BASIS.get(language, _PAY_BASIS["en"])
    employment = []
    for period in doc.get("employment", ()):
        currency = period.get("currency") or doc.get("currency") or "THB"
        employment.append(
            {
                "employer": period.get("employer"),
                "start": _iso(period.get("start")),
                "end": _iso(period.get("end")),
                "pay_basis": names.get(period.get("pay_basis"), period.get("pay_basis")),
                "rate": _decimal_money(period.get("rate"), currency),
                "workplace": labels.country((period.get("workplace") or "").upper()) or None,
            }
        )
    compensation = doc.get("compensation") or {}
    currency = compensation.get("currency") or doc.get("currency") or "THB"
    return {
        "employment": employment,
        "proposed": _decimal_money(compensation.get("proposed"), currency),
        "victim_wish": _decimal_money(compensation.get("victim_wish"), currency),
    }


def _iso(value) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _sum_money(pairs: list[tuple[Decimal, str]]) -> Money | None:
    if not pairs:
        return None
    currency = pairs[0][1]
    if any(c != currency for _, c in pairs):
        return None  # never added across currencies; the case page lists them apart
    return Money(sum((a for a, _ in pairs), Decimal("0")), currency)


def _party(number: int, link: CaseRespondent) -> dict:
    respondent = link.respondent
    return {
        "number": number,
        "name": respondent.name,
        "kind": labels.label(respondent.kind),
        "licence_number": Verbatim(respondent.licence_number) if respondent.licence_number else None,
        "address": respondent.address,
        "country": labels.country(respondent.country) or None,
        "role": labels.label(link.role),
        "status": labels.label(respondent.status),
    }


def _court_name(court, language: str) -> str | None:
    if court is None:
        return None
    return court.name_th if language == "th" else court.name_en


def _hearing(hearing: Hearing, language: str) -> dict:
    local = from_utc(hearing.starts_at)
    court = hearing.court or hearing.case.court
    return {
        "date": local.date(),
        "time": local.strftime("%H.%M") if language == "th" else local.strftime("%H:%M"),
        "kind": labels.label(hearing.kind),
        "court": _court_name(court, language),
        "room": hearing.room,
        "must_attend": hearing.must_attend,
        "what_to_bring": hearing.what_to_bring,
        "interpreter_language": labels.language(hearing.interpreter_language) or None,
        "transport": hearing.support_transport,
        "lodging": hearing.support_lodging,
        "allowance": _money(hearing.support_allowance, hearing.support_currency),
    }


def _user(user) -> dict:
    if user is None:
        return {"name": None, "licence_number": None, "phone": None, "email": None}
    return {
        "name": user.name,
        "licence_number": Verbatim(user.licence_number) if user.licence_number else None,
        "phone": user.phone,
        "email": user.email,
    }


def _count_words(n: int, language: str) -> str:
    return thai_number_words(n) if language == "th" else english_number_words(n)


def _totals(people: list[dict], language: str) -> dict:
    claims = [p["claim"] for p in people if p["claim"] is not None]
    currencies = sorted({c["total"].currency for c in claims})
    if len(currencies) == 1:
        currency = currencies[0]
        total = sum((c["total"] for c in claims), Money.zero(currency))
        interest = sum((c["interest"] for c in claims), Money.zero(currency))
        words = amount_in_words(total, language)
    else:
        total = interest = words = None
    heads = [row["head"] for claim in claims for row in claim["rows"]]
    return {
        "total": total,
        "total_words": words,
        "cause_of_action": plain.cause_of_action(heads, language),
        "principal": None if total is None else total - interest,
        "interest": interest,
        "currencies": currencies,
        "incomplete": any(c["incomplete"] for c in claims) or len(claims) < len(people),
    }


def _case_row(link: CaseClaimant, data_by_case: dict, language: str) -> dict:
    case = link.case
    return {
        "reference": case.reference,
        "kind": labels.label(case.kind),
        "court": _court_name(case.court, language) or case.office,
        "black_number": case.black_number,
        "red_number": case.red_number,
        "stage": labels.label(case.stage),
        "next_hearing": data_by_case.get(case.id),
        "claimed": _money(link.claimed_amount, link.claimed_currency),
        "awarded": None,
        "received": None,
    }


def build_context(
    data: CaseData, spec: TemplateSpec, *, scope: str, claimant_id: int | None, on: date, version: int
) -> dict:
    """The context of one document: for ``claimant_id`` (scope "claimant") or every plaintiff ("joint")."""
    case = data.case
    language = spec.language
    with force_locale(language):
        links = (
            data.still_in
            if scope == "joint"
            else [link for link in data.links if link.claimant_id == claimant_id]
        )
        people = [_person(data, link, language, on, spec.forum) for link in links]
        organisation = db.session.get(Organisation, case.org_id)
        defendants = [_party(i, link) for i, link in enumerate(data.respondents, start=1)]
        hearings = [_hearing(h, language) for h in data.hearings]
        if any(not access.documents_print_whereabouts(link.claimant) for link in data.links):
            hearings = [without_lodging(h) for h in hearings]
        cases = []
        if scope == "claimant" and claimant_id in data.other_cases:
            next_hearing = {case.id: hearings[0]["date"]} if hearings else {}
            cases = [_case_row(link, next_hearing, language) for link in data.other_cases[claimant_id]]
            for row, link in zip(cases, data.other_cases[claimant_id], strict=True):
                if link.case_id == case.id and people:
                    row["awarded"], row["received"] = people[0]["awarded"], people[0]["received"]
        context = {
            "document": {
                "title": spec.title,
                "language": language,
                "date": on,
                "template": spec.name,
                "version": version,
            },
            "organisation": {
                "name": organisation.name if organisation else None,
                "address": organisation.address if organisation else None,
                "phone": organisation.phone if organisation else None,
                "email": organisation.email if organisation else None,
            },
            "lawyer": _user(case.lawyer),
            "paralegal": {k: v for k, v in _user(case.paralegal).items() if k != "licence_number"},
            "case": {
                "reference": case.reference,
                "title": case.title,
                "kind": labels.label(case.kind),
                "court": _court_name(case.court, language),
                "court_province": case.court.province if case.court else None,
                "office": case.office,
                "offence": case.offence,
                "black_number": case.black_number,
                "red_number": case.red_number,
                "filed_on": case.filed_on,
                "stage": labels.label(case.stage),
                "summary": case.summary,
            },
            "claimant": people[0] if people else None,
            "plaintiffs": people,
            "plaintiff_count": len(people),
            "plaintiff_count_words": _count_words(len(people), language),
            "defendants": defendants,
            "defendant_count": len(defendants),
            "totals": _totals(people, language),
            "hearing": hearings[0] if hearings else None,
            "hearings": hearings,
            "cases": cases,
            "settlement": None,  # settlement sheets: claims.services.settlement_sheets adds the offer's comparison
            "tasks": [
                {"title": t.text, "due_on": t.due_on, "assignee": None}
                for t in data.tasks
                if t.claimant_id in (None, claimant_id) or scope == "joint"
            ],
        }
    return context
