"""Noting whose deadlines a change may move: a flush hook writes a DeadlineRefresh for each claimant (or case, or
court closure day) whose facts changed, in the flush's own transaction, for the next refresh to consume."""

from __future__ import annotations

import itertools

import sqlalchemy as sa
from flask import Flask
from sqlalchemy.orm import Session

from claims.models import (
    Calculation,
    Case,
    CaseClaimant,
    Claimant,
    CourtClosure,
    CourtOpenDay,
    DeadlineRefresh,
    Hearing,
    Outcome,
)
from claims.models.base import utcnow


def _closure_rows(record: CourtClosure | CourtOpenDay) -> list[dict]:
    """One note per day and court the closure (or open day: every court) is, or was before this change: moving a
    closure from one day to another (or to another court) may move the deadlines of both. An open day moves last
    days in the same window a closure of that day does (claims.services.deadlines.plan), so it is noted alike."""
    days = {record.day}
    courts = {getattr(record, "court_id", None)}
    state = sa.inspect(record)
    names = ("day", "court_id") if isinstance(record, CourtClosure) else ("day",)
    for name, values in zip(names, (days, courts), strict=False):
        history = state.attrs[name].history
        values.update(v for v in (*history.deleted, *history.added))
    return [
        {
            "org_id": record.org_id,
            "claimant_id": None,
            "case_id": None,
            "reason": "closure",
            "day": day,
            "court_id": court_id,
        }
        for day in days
        for court_id in courts
    ]


def changed_fact_rows(session: Session) -> list[dict]:
    rows = []
    for record in itertools.chain(session.new, session.dirty, session.deleted):
        if record in session.dirty and not session.is_modified(record, include_collections=False):
            continue
        claimant_id = case_id = None
        if isinstance(record, Claimant):
            claimant_id = record.id
        elif isinstance(record, (CaseClaimant, Outcome, Calculation)):
            claimant_id = record.claimant_id
        elif isinstance(record, Case):
            case_id = record.id
        elif isinstance(record, Hearing):
            case_id = record.case_id
        elif isinstance(record, (CourtClosure, CourtOpenDay)):
            rows += _closure_rows(record)
            continue
        else:
            continue
        rows.append(
            {
                "org_id": record.org_id,
                "claimant_id": claimant_id,
                "case_id": case_id,
                "reason": "facts",
                "day": None,
                "court_id": None,
            }
        )
    return list({tuple(r.items()): r for r in rows if r["org_id"]}.values())


def _note_changed_facts(session: Session, _flush_context) -> None:
    rows = changed_fact_rows(session)
    if rows:
        # Core insert on the flush's own connection: the note commits or rolls back with the change itself.
        session.connection().execute(
            sa.insert(DeadlineRefresh), [{**r, "created_at": utcnow()} for r in rows]
        )


def init_app(app: Flask) -> None:
    if not sa.event.contains(Session, "after_flush", _note_changed_facts):
        sa.event.listen(Session, "after_flush", _note_changed_facts)
