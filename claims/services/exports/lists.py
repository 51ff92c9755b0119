"""The list exports: cases, hearings, deadlines and payments received (claimants: people.py).

Each is the list page's own query where it has one (claims.services.cases.filtered_cases,
claims.services.hearing_lists.filtered_hearings: the page's scope and filters), narrowed to plain columns and read
in batches, never as ORM objects held at once. A hearing's lodging and transport are blanked in the same statement
where the case's whereabouts are not this user's to see (claims.services.protection).
"""

from __future__ import annotations

from datetime import datetime, time

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import aliased

from claims import clock
from claims.calc.text import render_text
from claims.models import (
    Case,
    CaseClaimant,
    Claimant,
    Court,
    Deadline,
    Hearing,
    Outcome,
    ReceivedPayment,
    User,
)
from claims.models.enums import HearingStatus
from claims.services import cases as cases_service
from claims.services import hearing_lists, paging, protection
from claims.services.deadlines.due import followed_claimant_ids
from claims.services.exports.reading import Words, hidden_flag, stream
from claims.services.exports.tables import AMOUNT, DATE, DATETIME, NUMBER, YESNO, Col, Table


def _court_name(locale: str):
    return Court.name_th if locale == "th" else Court.name_en


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
    Col("what_to_bring", _l("What to bring"), free=True),
    Col("support_transport", _l("Transport"), contact=True),
    Col("support_lodging", _l("Lodging"), contact=True),
    Col("support_allowance", _l("Allowance"), AMOUNT),
    Col("support_currency", _l("Currency")),
    Col("outcome", _l("Outcome"), free=True),
    Col("next_step", _l("Next step"), free=True),
]


def hearings(user, filters: dict, locale: str) -> Table:
    wanted = hearing_lists.HearingFilters(
        **{k: v for k, v in filters.items() if k != "window"}, window=filters.get("window") or "14"
    )
    base, order, _start, _end = hearing_lists.filtered_hearings(user, wanted, clock.now())
    total = paging.count(base, Hearing.id)
    lawyer = aliased(User)
    query = (
        base.outerjoin(lawyer, lawyer.id == sa.func.coalesce(Hearing.lawyer_id, Case.lawyer_id))
        .with_only_columns(
            *(getattr(Hearing, c.key) for c in HEARING_COLUMNS if c.key in Hearing.__table__.c),
            Case.reference,
            _court_name(locale).label("court"),
            lawyer.name.label("lawyer"),
            hidden_flag(protection.case_whereabouts_hidden_sql(user)),
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
