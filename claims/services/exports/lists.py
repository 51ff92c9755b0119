"""The list exports: claimants, cases, hearings, deadlines and payments received.

Each is the list page's own query (claims.services.claimants.filtered_claimants and its kin, so the scope and
the filters are the page's), narrowed to plain columns and read in batches: a national organisation's 100,000
claimants stream through as rows, never as ORM objects held at once. Whether a row's whereabouts are this user's
to see is decided in the same statement by claims.services.protection.
"""

from __future__ import annotations

from datetime import datetime, time

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import aliased

from claims import clock
from claims.calc.text import render_text
from claims.extensions import db
from claims.labels import country, label, language
from claims.models import (
    Case,
    CaseClaimant,
    Claimant,
    Court,
    Deadline,
    Hearing,
    IdentityDocument,
    Outcome,
    ReceivedPayment,
    User,
)
from claims.models.enums import HearingStatus
from claims.services import cases as cases_service
from claims.services import claimants as claimants_service
from claims.services import hearings as hearings_service
from claims.services import paging, protection
from claims.services.deadlines.due import followed_claimant_ids
from claims.services.exports.tables import AMOUNT, DATE, DATETIME, HIDDEN, NUMBER, YESNO, Col, Table

BATCH = 1000


def stream(query: sa.Select, batch: int = BATCH):
    """The rows of ``query`` as mappings, fetched ``batch`` at a time (a server-side cursor on PostgreSQL)."""
    return db.session.execute(query.execution_options(yield_per=batch)).mappings()


class Words:
    """The translated labels of closed lists, countries and languages, each looked up once per export: a
    national list's 100,000 rows repeat a few dozen values, and a lookup through gettext costs more than a row."""

    def __init__(self):
        self._seen: dict[tuple, str] = {}

    def _get(self, kind: str, fn, value) -> str:
        found = self._seen.get((kind, value))
        if found is None:
            found = self._seen[(kind, value)] = fn(value)
        return found

    def label(self, value) -> str:
        return self._get("label", label, value)

    def country(self, code) -> str:
        return self._get("country", country, code)

    def languages(self, codes) -> str:
        return self._get("languages", _languages, codes)


def _languages(codes) -> str:
    return ", ".join(language(code) for code in (codes or "").split(",") if code)


def _flag(condition) -> sa.ColumnElement:
    return sa.case((condition, 1), else_=0).label(HIDDEN)


def _court_name(locale: str):
    return Court.name_th if locale == "th" else Court.name_en


# ---------------------------------------------------------------- claimants

CLAIMANT_COLUMNS = [
    Col("pseudonym", _l("Pseudonym")),
    Col("external_id", _l("External id"), identity=True),
    Col("legal_name", _l("Legal name"), identity=True),
    Col("sex", _l("Sex")),
    Col("date_of_birth", _l("Date of birth"), DATE, identity=True),
    Col("nationality", _l("Nationality")),
    Col("languages", _l("Languages")),
    Col("interpreter_needed", _l("Needs an interpreter"), YESNO),
    Col("home_country", _l("Home country")),
    Col("home_province", _l("Home province"), contact=True),
    Col("home_district", _l("Home district"), contact=True),
    Col("phone", _l("Phone"), contact=True),
    Col("address", _l("Address"), contact=True),
    Col("contact_abroad", _l("Contact abroad"), contact=True),
    Col("partner_organisation", _l("Partner organisation"), contact=True),
    Col("guardian_name", _l("Guardian's name"), identity=True),
    Col("guardian_contact", _l("Guardian's contact"), contact=True),
    Col("document_kind", _l("Document kind"), identity=True),
    Col("document_number", _l("Document number"), identity=True),
    Col("trafficking_status", _l("Identification status")),
    Col("identified_on", _l("Identified on"), DATE),
    Col("identifying_agency", _l("Identifying agency")),
    Col("returned_home_on", _l("Returned home on"), DATE),
    Col("case_count", _l("Cases"), NUMBER),
    Col("notes", _l("Notes"), free=True),
]


def _first_document(column):
    return (
        sa.select(column)
        .where(IdentityDocument.claimant_id == Claimant.id, IdentityDocument.archived_at.is_(None))
        .order_by(IdentityDocument.id)
        .limit(1)
        .correlate(Claimant)
        .scalar_subquery()
    )


def _case_count():
    return (
        sa.select(sa.func.count(CaseClaimant.id))
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(
            CaseClaimant.claimant_id == Claimant.id,
            CaseClaimant.archived_at.is_(None),
            Case.archived_at.is_(None),
        )
        .correlate(Claimant)
        .scalar_subquery()
    )


def claimants_query(user, base: sa.Select) -> sa.Select:
    """The claimant columns every people export reads, on a ``select(Claimant)`` already scoped and filtered."""
    plain = [getattr(Claimant, c.key) for c in CLAIMANT_COLUMNS if c.key in Claimant.__table__.c]
    return base.with_only_columns(
        Claimant.id,
        *plain,
        # Not in the list's columns, but in the import template's (claims.services.exports.claimdata).
        Claimant.document_language,
        Claimant.guardian_relationship,
        _first_document(IdentityDocument.kind).label("document_kind"),
        _first_document(IdentityDocument.number).label("document_number"),
        _case_count().label("case_count"),
        _flag(protection.whereabouts_hidden_sql(user)),
    ).order_by(sa.func.lower(Claimant.pseudonym), Claimant.id)


def claimant_values(row, words: Words) -> dict:
    return {
        **row,
        "sex": words.label(row["sex"]),
        "nationality": words.country(row["nationality"]),
        "home_country": words.country(row["home_country"]),
        "languages": words.languages(row["languages"]),
        "document_kind": words.label(row["document_kind"]),
        "trafficking_status": words.label(row["trafficking_status"]),
    }


def claimants(user, filters: dict, locale: str) -> Table:
    base = claimants_service.filtered_claimants(user, claimants_service.ClaimantFilters(**filters))
    total = paging.count(base, Claimant.id)
    query = claimants_query(user, base)
    return Table(
        "claimants",
        _l("Claimants"),
        CLAIMANT_COLUMNS,
        total,
        lambda: (claimant_values(row, words) for words in [Words()] for row in stream(query)),
    )


# ---------------------------------------------------------------- cases

CASE_COLUMNS = [
    Col("reference", _l("Reference")),
    Col("title", _l("Title"), free=True),
    Col("kind", _l("Kind")),
    Col("court", _l("Court")),
    Col("office", _l("Office")),
    Col("black_number", _l("Black case number")),
    Col("red_number", _l("Red case number")),
    Col("filed_on", _l("Filed on"), DATE),
    Col("stage", _l("Stage")),
    Col("status", _l("Status")),
    Col("lawyer", _l("Lawyer")),
    Col("paralegal", _l("Paralegal")),
    Col("claimant_count", _l("Claimants"), NUMBER),
    Col("next_hearing", _l("Next hearing"), DATETIME),
    Col("offence", _l("Offence")),
    Col("summary", _l("Summary"), free=True),
]


def cases(user, filters: dict, locale: str) -> Table:
    base = cases_service.filtered_cases(user, cases_service.CaseFilters(**filters))
    total = paging.count(base, Case.id)
    lawyer, paralegal = aliased(User), aliased(User)
    claimant_count = (
        sa.select(sa.func.count(CaseClaimant.id))
        .where(CaseClaimant.case_id == Case.id, CaseClaimant.archived_at.is_(None))
        .correlate(Case)
        .scalar_subquery()
    )
    next_hearing = (
        sa.select(sa.func.min(Hearing.starts_at))
        .where(
            Hearing.case_id == Case.id,
            Hearing.archived_at.is_(None),
            Hearing.status == HearingStatus.SCHEDULED,
            # The courts' today, as the list counts it.
            Hearing.starts_at >= datetime.combine(clock.today(), time.min),
        )
        .correlate(Case)
        .scalar_subquery()
    )
    query = (
        base.outerjoin(Court, Court.id == Case.court_id)
        .outerjoin(lawyer, lawyer.id == Case.lawyer_id)
        .outerjoin(paralegal, paralegal.id == Case.paralegal_id)
        .with_only_columns(
            *(getattr(Case, c.key) for c in CASE_COLUMNS if c.key in Case.__table__.c),
            _court_name(locale).label("court"),
            lawyer.name.label("lawyer"),
            paralegal.name.label("paralegal"),
            claimant_count.label("claimant_count"),
            next_hearing.label("next_hearing"),
        )
        .order_by(Case.filed_on.desc().nulls_last(), Case.reference)
    )

    def rows():
        words = Words()
        for row in stream(query):
            yield {
                **row,
                "kind": words.label(row["kind"]),
                "stage": words.label(row["stage"]),
                "status": words.label(row["status"]),
            }

    return Table("cases", _l("Cases"), CASE_COLUMNS, total, rows)


# ---------------------------------------------------------------- hearings

HEARING_COLUMNS = [
    Col("starts_at", _l("Starts"), DATETIME),
    Col("ends_at", _l("Ends"), DATETIME),
    Col("reference", _l("Case")),
    Col("court", _l("Court")),
    Col("room", _l("Room")),
    Col("kind", _l("Kind")),
    Col("status", _l("Status")),
    Col("lawyer", _l("Lawyer")),
    Col("interpreter_language", _l("Interpreter")),
    Col("interpreter_booked", _l("Interpreter booked"), YESNO),
    Col("must_attend", _l("Who must attend"), free=True),
    Col("support_transport", _l("Transport"), contact=True),
    Col("support_lodging", _l("Lodging"), contact=True),
    Col("support_allowance", _l("Allowance"), AMOUNT),
    Col("support_currency", _l("Currency")),
    Col("outcome", _l("Outcome"), free=True),
    Col("next_step", _l("Next step"), free=True),
]


def hearings(user, filters: dict, locale: str) -> Table:
    wanted = hearings_service.HearingFilters(
        **{k: v for k, v in filters.items() if k != "window"}, window=filters.get("window") or "14"
    )
    base, order, _start, _end = hearings_service.filtered_hearings(user, wanted, clock.now())
    total = paging.count(base, Hearing.id)
    lawyer = aliased(User)
    query = (
        base.outerjoin(lawyer, lawyer.id == sa.func.coalesce(Hearing.lawyer_id, Case.lawyer_id))
        .with_only_columns(
            *(getattr(Hearing, c.key) for c in HEARING_COLUMNS if c.key in Hearing.__table__.c),
            Case.reference,
            _court_name(locale).label("court"),
            lawyer.name.label("lawyer"),
            _flag(protection.case_whereabouts_hidden_sql(user)),
        )
        .order_by(*order)
    )

    def rows():
        words = Words()
        for row in stream(query):
            yield {
                **row,
                "kind": words.label(row["kind"]),
                "status": words.label(row["status"]),
                "interpreter_language": words.languages(row["interpreter_language"]),
            }

    return Table("hearings", _l("Hearings"), HEARING_COLUMNS, total, rows)


# ---------------------------------------------------------------- deadlines

DEADLINE_COLUMNS = [
    Col("pseudonym", _l("Claimant")),
    Col("label", _l("Deadline")),
    Col("due_on", _l("Last day"), DATE),
    Col("missing", _l("Cannot compute: missing")),
    Col("unverified", _l("Rests on an unverified rule"), YESNO),
    Col("done", _l("Done"), YESNO),
    Col("done_note", _l("Note"), free=True),
]


def deadlines(user, filters: dict, locale: str) -> Table:
    # The stored deadlines, as the last refresh left them (the Reminders page, where the export is offered,
    # takes pending changes in before it shows them; the daily job does the rest): an export writes nothing.
    base = (
        sa.select(Deadline.id)
        .join(Claimant, Claimant.id == Deadline.claimant_id)
        .where(
            Deadline.org_id == user.org_id,
            Deadline.archived_at.is_(None),
            Claimant.archived_at.is_(None),
        )
    )
    if filters.get("scope") == "mine":
        base = base.where(Deadline.claimant_id.in_(followed_claimant_ids(user)))
    state = filters.get("state") or "open"
    if state == "open":
        base = base.where(Deadline.done_at.is_(None))
    elif state == "done":
        base = base.where(Deadline.done_at.is_not(None))
    if filters.get("due_from"):
        base = base.where(Deadline.due_on >= filters["due_from"])
    if filters.get("due_to"):
        base = base.where(Deadline.due_on <= filters["due_to"])
    total = paging.count(base, Deadline.id)
    query = base.with_only_columns(
        Claimant.pseudonym,
        Deadline.label,
        Deadline.missing,
        Deadline.due_on,
        Deadline.unverified,
        Deadline.done_at,
        Deadline.done_note,
    ).order_by(Deadline.due_on.nulls_last(), sa.func.lower(Claimant.pseudonym), Deadline.id)

    def rows():
        for row in stream(query):
            yield {
                **row,
                "label": render_text(row["label"] or None, locale, ""),
                "missing": render_text(row["missing"], locale, "") if row["missing"] else "",
                "done": row["done_at"] is not None,
            }

    return Table("deadlines", _l("Deadlines"), DEADLINE_COLUMNS, total, rows)


# ---------------------------------------------------------------- payments received

PAYMENT_COLUMNS = [
    Col("received_on", _l("Received on"), DATE),
    Col("amount", _l("Amount"), AMOUNT),
    Col("currency", _l("Currency")),
    Col("payer", _l("Paid by")),
    Col("method", _l("Method")),
    Col("reference", _l("Case")),
    Col("pseudonym", _l("Claimant")),
    Col("outcome", _l("Outcome")),
    Col("note", _l("Note"), free=True),
]


def payments(user, filters: dict, locale: str) -> Table:
    base = (
        sa.select(ReceivedPayment.id)
        .join(Outcome, Outcome.id == ReceivedPayment.outcome_id)
        .join(Case, Case.id == Outcome.case_id)
        .join(Claimant, Claimant.id == Outcome.claimant_id)
        .where(
            ReceivedPayment.org_id == user.org_id,
            ReceivedPayment.archived_at.is_(None),
            Outcome.archived_at.is_(None),
            Case.archived_at.is_(None),
            Claimant.archived_at.is_(None),
        )
    )
    if filters.get("received_from"):
        base = base.where(ReceivedPayment.received_on >= filters["received_from"])
    if filters.get("received_to"):
        base = base.where(ReceivedPayment.received_on <= filters["received_to"])
    if filters.get("currency"):
        base = base.where(ReceivedPayment.currency == filters["currency"])
    if filters.get("case_kind"):
        base = base.where(Case.kind == filters["case_kind"])
    total = paging.count(base, ReceivedPayment.id)
    query = base.with_only_columns(
        ReceivedPayment.received_on,
        ReceivedPayment.amount,
        ReceivedPayment.currency,
        ReceivedPayment.payer,
        ReceivedPayment.method,
        ReceivedPayment.note,
        Case.reference,
        Claimant.pseudonym,
        Outcome.kind.label("outcome"),
    ).order_by(ReceivedPayment.received_on, ReceivedPayment.id)

    def rows():
        words = Words()
        for row in stream(query):
            yield {**row, "outcome": words.label(row["outcome"])}

    return Table("payments", _l("Payments received"), PAYMENT_COLUMNS, total, rows)
