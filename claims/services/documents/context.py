"""Build a template's context (claims/documents/fields.py) from the database, for one claimant or every plaintiff.

Everything is loaded for the whole case in a fixed number of queries (a 150-plaintiff run must not make 150 x N
queries), turned into plain values in the document's language (labels under ``force_locale``), and checked
against the template's ``requires`` before anything is rendered: a claimant with missing data gets a list of what
is missing, by name, and nothing is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from flask_babel import force_locale, get_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from claims import labels
from claims.clock import from_utc, today
from claims.documents import context as plain
from claims.documents.fields import lookup
from claims.documents.manifest import TemplateSpec
from claims.documents.render import Verbatim
from claims.extensions import db
from claims.formatting import amount_in_words, english_number_words, thai_number_words
from claims.models import (
    Calculation,
    Case,
    CaseClaimant,
    CaseRespondent,
    Claimant,
    Hearing,
    Organisation,
    Outcome,
    TimelineEntry,
)
from claims.models.enums import HearingStatus, TimelineKind, TraffickingStatus
from claims.money import Money
from claims.services import access, standing
from claims.services.calculations.computing import current_rules
from claims.services.outcomes import balance


@dataclass
class CaseData:
    """What every document of one case needs, loaded once."""

    case: Case
    links: list[CaseClaimant]
    respondents: list[CaseRespondent]
    calculations: dict[int, Calculation]
    outcomes: dict[int, list[Outcome]]
    hearings: list[Hearing]
    tasks: list[TimelineEntry]
    fingerprint: str
    other_cases: dict[int, list[CaseClaimant]] = field(default_factory=dict)
    # Each claimant's standing in the case (claims.services.standing), for the joint filings.
    standings: dict[int, standing.Standing] = field(default_factory=dict)

    def link(self, claimant_id: int) -> CaseClaimant | None:
        return next((link for link in self.links if link.claimant_id == claimant_id), None)

    @property
    def still_in(self) -> list[CaseClaimant]:
        """The plaintiffs still in the case: a joint filing speaks for them, not for those who settled or
        withdrew (one not found, say an archived claimant's, is left as the list had them)."""
        return [
            link
            for link in self.links
            if self.standings.get(link.claimant_id, standing.Standing.ACTIVE) in standing.STILL_IN
        ]


def load_case_data(case: Case, *, today: date, with_other_cases: bool = False) -> CaseData:
    links = list(
        db.session.scalars(
            sa.select(CaseClaimant)
            .where(CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None))
            .options(
                selectinload(CaseClaimant.claimant).options(
                    selectinload(Claimant.identity_documents), selectinload(Claimant.protection_orders)
                )
            )
            .order_by(CaseClaimant.position, CaseClaimant.id)
        )
    )
    respondents = list(
        db.session.scalars(
            sa.select(CaseRespondent)
            .where(CaseRespondent.case_id == case.id, CaseRespondent.archived_at.is_(None))
            .options(selectinload(CaseRespondent.respondent))
            .order_by(CaseRespondent.id)
        )
    )
    calculations = {
        c.claimant_id: c
        for c in db.session.scalars(
            sa.select(Calculation).where(Calculation.case_id == case.id, Calculation.archived_at.is_(None))
        )
    }
    outcomes: dict[int, list[Outcome]] = {}
    for outcome in db.session.scalars(
        sa.select(Outcome)
        .where(Outcome.case_id == case.id, Outcome.archived_at.is_(None))
        .options(selectinload(Outcome.payments), selectinload(Outcome.enforcement_steps))
    ):
        outcomes.setdefault(outcome.claimant_id, []).append(outcome)
    hearings = list(
        db.session.scalars(
            sa.select(Hearing)
            .where(
                Hearing.case_id == case.id,
                Hearing.archived_at.is_(None),
                Hearing.status == HearingStatus.SCHEDULED,
            )
            .order_by(Hearing.starts_at)
        )
    )
    hearings = [h for h in hearings if from_utc(h.starts_at).date() >= today]
    tasks = list(
        db.session.scalars(
            sa.select(TimelineEntry)
            .where(
                TimelineEntry.case_id == case.id,
                TimelineEntry.kind == TimelineKind.TASK,
                TimelineEntry.archived_at.is_(None),
                TimelineEntry.done_at.is_(None),
            )
            .order_by(TimelineEntry.due_on)
        )
    )
    data = CaseData(
        case, links, respondents, calculations, outcomes, hearings, tasks, current_rules().fingerprint
    )
    data.standings = standing.standings(case)
    if with_other_cases:
        ids = [link.claimant_id for link in links]
        for link in db.session.scalars(
            sa.select(CaseClaimant)
            .where(CaseClaimant.claimant_id.in_(ids), CaseClaimant.archived_at.is_(None))
            .options(selectinload(CaseClaimant.case))
        ):
            data.other_cases.setdefault(link.claimant_id, []).append(link)
    return data


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
        person.update(_withheld(claimant))
    return person


# ------------------------------------------------------------------ whereabouts


def _withheld(claimant: Claimant) -> dict:
    """What a protected person's document prints instead of their whereabouts: the address for service the
    lawyer entered (or nothing, which prints as a dotted line to fill in by hand), no telephone and no home
    province, and for "protection" only the office that ordered it, never where or how they are kept."""
    offices = [o.ordering_office for o in claimant.protection_orders if o.in_force_on(today())]
    return {
        **WITHHELD,
        "address": claimant.address_for_service,
        "protection": ", ".join(dict.fromkeys(offices)) or None,
    }


# Every whereabouts value a person's context may hold, as a protected person's document has it.
WITHHELD = {"address": None, "phone": None, "home_province": None, "protection": None}
# A hearing's lodging and transport say where the people of the case stay or are picked up.
HEARING_WITHHELD = {"lodging": None, "transport": None}


def _without_lodging(hearing: dict) -> dict:
    return {**hearing, **HEARING_WITHHELD}


def redact_stored(context: dict, protected_pseudonyms: set[str], case_has_protected: bool) -> dict:
    """A stored context (one made before documents left whereabouts out) as it may be served again today: the
    people now protected lose their whereabouts, and the hearings their lodging and transport. A context made
    since holds none of it, so this changes nothing for it."""
    context = dict(context)

    def person(value):
        if isinstance(value, dict) and value.get("pseudonym") in protected_pseudonyms:
            kept = value.get("address_for_service")
            return {**value, **WITHHELD, "address": kept}
        return value

    if "claimant" in context:
        context["claimant"] = person(context["claimant"])
    if isinstance(context.get("plaintiffs"), list):
        context["plaintiffs"] = [person(p) for p in context["plaintiffs"]]
    if case_has_protected:
        if isinstance(context.get("hearing"), dict):
            context["hearing"] = _without_lodging(context["hearing"])
        if isinstance(context.get("hearings"), list):
            context["hearings"] = [
                _without_lodging(h) if isinstance(h, dict) else h for h in context["hearings"]
            ]
    return context


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
            hearings = [_without_lodging(h) for h in hearings]
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


# ------------------------------------------------------------------ what is missing


_MISSING_WORDS = {
    "claimant.claim": _l(
        "a computed calculation in this case (open the claimant's calculation and compute it)"
    ),
    "claimant.fund_items": _l("Anti-Trafficking Fund items in the calculation"),
    "hearing": _l("a scheduled hearing"),
    "hearing.date": _l("a scheduled hearing"),
    "defendants": _l("a defendant (add the respondent to the case)"),
    "case.court": _l("the court of the case"),
    "case.black_number": _l("the black case number"),
    "case.office": _l("the office of the public prosecutor (the case's office)"),
    "lawyer.name": _l("a lawyer assigned to the case"),
    "paralegal.name": _l("a paralegal assigned to the case"),
    "paralegal.phone": _l("the telephone number of the case's paralegal (on their account)"),
    "organisation.name": _l("the organisation's name"),
    "organisation.address": _l("the organisation's address (Administration)"),
}


def _value(context: dict, path: str):
    value = context
    for part in path.split("."):
        if value is None:
            return None
        value = value.get(part) if isinstance(value, dict) else None
    return value


# Case-level data that is missing only because a claimant's is (a group total without every claim computed):
# the claimants' own lines already say what to do.
_FOLLOWS_FROM_CLAIMANTS = {"totals.total", "plaintiffs"}


def missing_data(spec: TemplateSpec, context: dict) -> list[tuple[str, str]]:
    """What the template needs and this context lacks, as (claimant's pseudonym or "", what), in words a
    paralegal can act on."""
    out = []
    # The claimants' own data first, so that what follows from it at the case level is recognised as such.
    for path in sorted(spec.requires, key=lambda p: not (p.startswith("claimant.") or p == "claimant")):
        if path.startswith("claimant.") or path == "claimant":
            for person in context["plaintiffs"]:
                if _value({"claimant": person}, path) in (None, "", []):
                    out.append((person["pseudonym"], _describe(path)))
            continue
        if _value(context, path) in (None, "", []):
            if path in _FOLLOWS_FROM_CLAIMANTS and out:
                continue
            out.append(("", _describe(path)))
    return out


def _describe(path: str) -> str:
    thai = str(get_locale() or "en").startswith("th")
    what = _MISSING_WORDS.get(path)
    if what is None:
        # "hearing.room" -> "the next hearing of the case: courtroom", from the field descriptions
        parts = path.split(".")
        words = []
        for i in range(1, len(parts) + 1):
            found = lookup(".".join(parts[:i]))
            if found is not None and not (i == 1 and parts[0] == "claimant"):
                words.append(found.th if thai else found.en)
        what = ": ".join(words) or path
    return str(what)
