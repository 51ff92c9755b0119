"""Deadlines of claimants and their cases: facts read from the records, computed by claims.calc.deadlines, stored
so that a recomputation can flag what moved, and marked done by whom and when.

Freshness. A flush hook (:func:`_note_changed_facts`) notes which claimants' facts changed (the claimant, their
part in a case, a case and its hearings, an outcome, a calculation) or that a court closure day changed (every
claimant). :func:`refresh` consumes those notes; it recomputes the whole organisation when the rule files changed
since the last refresh, and once a day, because some deadlines depend on today (the oldest wage still in time, a
hearing now near). Every read here refreshes first, so a page never shows a date its facts no longer give.

Flags. A deadline whose date had been shown and then moves (and had not already passed) gets ``previous_due_on``,
``changed_at`` and the reason on its row, and a :class:`DeadlineNotice` for each lawyer and paralegal of the
claimant's open cases: the in-app reminders list shows it until seen, the daily digest mails it once.
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

import sqlalchemy as sa
from flask import Flask
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from claims import clock
from claims.calc import deadlines as engine
from claims.calc.parse import parse_claim
from claims.calc.text import locale_code, render_text, to_json
from claims.extensions import db
from claims.models import (
    Calculation,
    Case,
    CaseClaimant,
    Claimant,
    CourtClosure,
    Deadline,
    DeadlineNotice,
    DeadlineRefresh,
    DeadlineRuleState,
    Hearing,
    Organisation,
    Outcome,
)
from claims.models.base import utcnow
from claims.models.enums import (
    CaseKind,
    CaseStage,
    CaseStatus,
    ClaimantRole,
    DeadlineChangeReason,
    HearingKind,
    HearingStatus,
    OutcomeKind,
    Petition441Status,
)
from claims.rules.model import RuleCitation
from claims.services import access, records
from claims.services.calculations import current_rules
from claims.services.errors import Forbidden, ValidationFailed

# A deadline is "soon" within this many days: what the dashboard and the reminders list put first.
SOON_DAYS = 30
_COURT_OF = {CaseKind.LABOUR: "labour", CaseKind.CRIMINAL: "criminal"}


# ---------------------------------------------------------------- noting changed facts


def _refresh_rows(session: Session) -> list[dict]:
    rows = []
    for record in itertools.chain(session.new, session.dirty, session.deleted):
        if record in session.dirty and not session.is_modified(record, include_collections=False):
            continue
        if isinstance(record, Claimant):
            rows.append(
                {"org_id": record.org_id, "claimant_id": record.id, "case_id": None, "reason": "facts"}
            )
        elif isinstance(record, (CaseClaimant, Outcome, Calculation)):
            rows.append(
                {
                    "org_id": record.org_id,
                    "claimant_id": record.claimant_id,
                    "case_id": None,
                    "reason": "facts",
                }
            )
        elif isinstance(record, Case):
            rows.append(
                {"org_id": record.org_id, "claimant_id": None, "case_id": record.id, "reason": "facts"}
            )
        elif isinstance(record, Hearing):
            rows.append(
                {"org_id": record.org_id, "claimant_id": None, "case_id": record.case_id, "reason": "facts"}
            )
        elif isinstance(record, CourtClosure):
            rows.append({"org_id": record.org_id, "claimant_id": None, "case_id": None, "reason": "closure"})
    return list({tuple(sorted(r.items())): r for r in rows if r["org_id"]}.values())


def _note_changed_facts(session: Session, _flush_context) -> None:
    rows = _refresh_rows(session)
    if rows:
        # Core insert on the flush's own connection: the note commits or rolls back with the change itself.
        session.connection().execute(
            sa.insert(DeadlineRefresh), [{**r, "created_at": utcnow()} for r in rows]
        )


def init_app(app: Flask) -> None:
    if not sa.event.contains(Session, "after_flush", _note_changed_facts):
        sa.event.listen(Session, "after_flush", _note_changed_facts)


# ---------------------------------------------------------------- facts


@dataclass
class _ClaimantFacts:
    facts: engine.Facts
    court_ids: frozenset[int]
    follower_ids: set[int] = field(default_factory=set)


def _facts(org: Organisation, claimant_ids: list[int] | None, today: date) -> dict[int, _ClaimantFacts]:
    """The facts of the claimants (all the organisation's when ``claimant_ids`` is None), in five queries."""
    claimant_query = sa.select(Claimant).where(Claimant.org_id == org.id, Claimant.archived_at.is_(None))
    if claimant_ids is not None:
        claimant_query = claimant_query.where(Claimant.id.in_(claimant_ids))
    claimants = {c.id: c for c in db.session.scalars(claimant_query)}
    ids = list(claimants)
    if not ids:
        return {}
    links = db.session.execute(
        sa.select(CaseClaimant, Case)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(
            CaseClaimant.claimant_id.in_(ids), CaseClaimant.archived_at.is_(None), Case.archived_at.is_(None)
        )
        .order_by(Case.id)
    ).all()
    case_ids = {case.id for _, case in links}
    witness_hearings: dict[int, date] = {}
    if case_ids:
        for case_id, first in db.session.execute(
            sa.select(Hearing.case_id, sa.func.min(Hearing.starts_at))
            .where(
                Hearing.case_id.in_(case_ids),
                Hearing.archived_at.is_(None),
                Hearing.kind == HearingKind.WITNESS_EXAMINATION,
                Hearing.status.in_([HearingStatus.SCHEDULED, HearingStatus.HELD]),
            )
            .group_by(Hearing.case_id)
        ):
            witness_hearings[case_id] = first.date() if isinstance(first, datetime) else first
    judgments = db.session.execute(
        sa.select(Outcome.claimant_id, Outcome.decided_on, Case.kind, Case.reference)
        .join(Case, Case.id == Outcome.case_id)
        .where(
            Outcome.claimant_id.in_(ids),
            Outcome.archived_at.is_(None),
            Outcome.kind == OutcomeKind.JUDGMENT,
            Case.archived_at.is_(None),
            # A judgment being enforced, or of a closed case, is final: no appeal is left to lodge.
            Case.stage.not_in([CaseStage.ENFORCEMENT, CaseStage.CLOSED]),
            Case.status != CaseStatus.CLOSED,
        )
        .order_by(Outcome.decided_on, Outcome.id)
    ).all()
    calculations = db.session.execute(
        sa.select(Calculation.claimant_id, Calculation.data).where(
            Calculation.claimant_id.in_(ids), Calculation.archived_at.is_(None)
        )
    ).all()

    by_claimant_links = defaultdict(list)
    for link, case in links:
        by_claimant_links[link.claimant_id].append((link, case))
    by_claimant_judgments = defaultdict(list)
    for claimant_id, decided_on, kind, reference in judgments:
        if kind in _COURT_OF:
            by_claimant_judgments[claimant_id].append(engine.Judgment(_COURT_OF[kind], decided_on, reference))
    work = defaultdict(_WorkFacts)
    for claimant_id, data in calculations:
        work[claimant_id].read(data)

    found = {}
    for claimant_id, claimant in claimants.items():
        mine = by_claimant_links[claimant_id]
        criminal = [(link, case) for link, case in mine if case.kind == CaseKind.CRIMINAL]
        to_file = [(link, case) for link, case in criminal if link.petition_44_1 == Petition441Status.TO_FILE]
        if to_file:
            petition_filed = False
            hearings = [witness_hearings[case.id] for _, case in to_file if case.id in witness_hearings]
            first_witness = min(hearings) if hearings else None
        else:
            filed = any(link.petition_44_1 == Petition441Status.FILED for link, _ in criminal)
            petition_filed = True if filed else None
            first_witness = None
        facts = engine.Facts(
            today=today,
            last_day_of_work=work[claimant_id].last_day_of_work,
            wage_due_dates=tuple(sorted(work[claimant_id].wage_due_dates)),
            agency_fee_paid_on=work[claimant_id].agency_fee_paid_on,
            returned_home_on=claimant.returned_home_on,
            planned_return_on=claimant.planned_return_on,
            judgments=tuple(by_claimant_judgments[claimant_id]),
            in_criminal_case=bool(criminal),
            advance_testimony_recorded=any(link.advance_testimony_on for link, _ in criminal),
            petition_44_1_filed=petition_filed,
            first_witness_hearing_on=first_witness,
            identified_as_victim_on=claimant.identified_on,
            claim_filed_on=min(
                (
                    case.filed_on
                    for link, case in mine
                    if case.kind == CaseKind.LABOUR
                    and case.filed_on is not None
                    and case.filed_on <= today
                    and link.role in (ClaimantRole.PLAINTIFF, ClaimantRole.JOINT_PLAINTIFF)
                ),
                default=None,
            ),
        )
        followers = {
            user_id
            for _, case in mine
            if case.status != CaseStatus.CLOSED
            for user_id in (case.lawyer_id, case.paralegal_id)
            if user_id is not None
        }
        found[claimant_id] = _ClaimantFacts(
            facts, frozenset(case.court_id for _, case in mine if case.court_id), followers
        )
    return found


class _WorkFacts:
    """What the claimant's calculations say about their work: the last day worked, when each wage fell due, when a
    Thai agency was paid for work abroad. A calculation whose document does not read is left out: its own page
    shows what is wrong with it."""

    def __init__(self) -> None:
        self.last_day_of_work: date | None = None
        self.wage_due_dates: set[date] = set()
        self.agency_fee_paid_on: date | None = None

    def read(self, data: dict) -> None:
        try:
            claim = parse_claim(data)
        except Exception:  # noqa: BLE001 -- any unreadable document is treated alike (see the class docstring)
            return
        for period in claim.employment:
            if self.last_day_of_work is None or period.end > self.last_day_of_work:
                self.last_day_of_work = period.end
            self.wage_due_dates.update(record.due_date for record in period.records)
        recruitment = claim.recruitment
        if recruitment is not None and recruitment.placement == "th" and recruitment.fees:
            first = min(fee.paid_on for fee in recruitment.fees)
            if self.agency_fee_paid_on is None or first < self.agency_fee_paid_on:
                self.agency_fee_paid_on = first


class _Calendars:
    """The courts' working days for a claimant: Thai holidays, the closures for every court and those of the
    courts of their cases."""

    def __init__(self, org_id: int):
        self.general: dict[date, str] = {}
        self.by_court: dict[int, dict[date, str]] = defaultdict(dict)
        for closure in db.session.scalars(
            sa.select(CourtClosure).where(CourtClosure.org_id == org_id, CourtClosure.archived_at.is_(None))
        ):
            target = self.general if closure.court_id is None else self.by_court[closure.court_id]
            target.setdefault(closure.day, closure.reason)
        self._made: dict[frozenset[int], engine.WorkingDays] = {}

    def for_courts(self, court_ids: frozenset[int]) -> engine.WorkingDays:
        if court_ids not in self._made:
            closures = dict(self.general)
            for court_id in sorted(court_ids):
                for day, reason in self.by_court.get(court_id, {}).items():
                    closures.setdefault(day, reason)
            self._made[court_ids] = engine.WorkingDays(closures)
        return self._made[court_ids]


def _compute(org: Organisation, facts: dict[int, _ClaimantFacts]) -> dict[int, list[engine.Deadline]]:
    rules = current_rules().book
    calendars = _Calendars(org.id)
    months = org.follow_up_rhythm
    return {
        claimant_id: engine.compute_deadlines(
            found.facts,
            rules,
            calendars.for_courts(found.court_ids),
            follow_up_months=months,
            warn_within_days=org.petition_warn_days,
        )
        for claimant_id, found in facts.items()
    }


# ---------------------------------------------------------------- refreshing the stored deadlines


@dataclass
class RefreshResult:
    claimants: int = 0
    changed: int = 0
    notices: int = 0


def refresh(org_id: int, *, today: date | None = None, everything: bool = False) -> RefreshResult:
    """Recompute what changed since the last refresh (see the module's docstring) and commit.

    Two requests may refresh at once (two people open pages after a change): the second to commit hits the unique
    key of a deadline the first has just stored, and gives way; what the first stored is as current as its own."""
    try:
        return _refresh(org_id, today or clock.today(), everything)
    except IntegrityError:
        db.session.rollback()
        return RefreshResult()


def _refresh(org_id: int, today: date, everything: bool) -> RefreshResult:
    org = db.session.get(Organisation, org_id)
    state = db.session.get(DeadlineRuleState, org_id)
    fingerprint = current_rules().fingerprint
    notes = db.session.execute(
        sa.select(
            DeadlineRefresh.id, DeadlineRefresh.claimant_id, DeadlineRefresh.case_id, DeadlineRefresh.reason
        )
        .where(DeadlineRefresh.org_id == org_id)
        .order_by(DeadlineRefresh.id)
    ).all()
    reasons: dict[int | None, DeadlineChangeReason] = {}
    whole_reason: DeadlineChangeReason | None = None
    if state is not None and state.rules_fingerprint != fingerprint:
        whole_reason = DeadlineChangeReason.RULES
    elif state is None or everything or clock.from_utc(state.refreshed_at).date() < today:
        whole_reason = DeadlineChangeReason.FACTS
    case_ids = {n.case_id for n in notes if n.case_id is not None}
    claimants_of_cases = defaultdict(set)
    if case_ids:
        for case_id, claimant_id in db.session.execute(
            sa.select(CaseClaimant.case_id, CaseClaimant.claimant_id).where(
                CaseClaimant.case_id.in_(case_ids)
            )
        ):
            claimants_of_cases[case_id].add(claimant_id)
    for note in notes:
        reason = DeadlineChangeReason(note.reason)
        if note.claimant_id is not None:
            targets = [note.claimant_id]
        elif note.case_id is not None:
            targets = claimants_of_cases[note.case_id]
        else:
            targets = [None]
        for target in targets:
            # A closure moves deadlines for a reason worth naming over a plain fact change.
            if reasons.get(target) != DeadlineChangeReason.CLOSURE:
                reasons[target] = reason
    if None in reasons:
        whole_reason = whole_reason if whole_reason == DeadlineChangeReason.RULES else reasons.pop(None)
    if whole_reason is None and not reasons:
        if notes:  # notes that reach nobody (a case with no claimant yet) are done with too
            _consume(org_id, notes[-1].id)
            db.session.commit()
        return RefreshResult()

    claimant_ids = None if whole_reason is not None else sorted(k for k in reasons if k is not None)
    facts = _facts(org, claimant_ids, today)
    computed = _compute(org, facts)
    result = _store(org, facts, computed, reasons, whole_reason, today, first_time=state is None)

    if notes:
        _consume(org_id, notes[-1].id)
    if whole_reason is not None:
        if state is None:
            db.session.add(
                DeadlineRuleState(org_id=org_id, rules_fingerprint=fingerprint, refreshed_at=utcnow())
            )
        else:
            state.rules_fingerprint = fingerprint
            state.refreshed_at = utcnow()
    db.session.commit()
    return result


def _consume(org_id: int, last_id: int) -> None:
    db.session.execute(
        sa.delete(DeadlineRefresh).where(DeadlineRefresh.org_id == org_id, DeadlineRefresh.id <= last_id)
    )


def _store(
    org: Organisation,
    facts: dict[int, _ClaimantFacts],
    computed: dict[int, list[engine.Deadline]],
    reasons: dict,
    whole_reason: DeadlineChangeReason | None,
    today: date,
    *,
    first_time: bool,
) -> RefreshResult:
    """Write what the recomputation changed, in a handful of statements whatever the number of deadlines: the
    stored rows are read as plain tuples (their label as the JSON text it was written as) and only the rows whose
    values differ are updated, a daily refresh of a thousand claimants rewriting nothing that did not change."""
    result = RefreshResult(claimants=len(computed))
    table = Deadline.__table__
    query = sa.select(
        table.c.id,
        table.c.claimant_id,
        table.c.key,
        table.c.due_on,
        sa.cast(table.c.label, sa.Text).label("label"),
        sa.cast(table.c.missing, sa.Text).label("missing"),
        table.c.unverified,
        table.c.warning,
        table.c.archived_at,
    ).where(table.c.org_id == org.id)
    if whole_reason is None:
        query = query.where(table.c.claimant_id.in_(list(computed)))
    stored: dict[int, dict[str, sa.Row]] = defaultdict(dict)
    for row in db.session.execute(query):
        stored[row.claimant_id][row.key] = row
    now = utcnow()
    new_rows: list[dict] = []
    updates: list[dict] = []
    moves: list[dict] = []
    notices: list[dict] = []
    gone_ids: list[int] = []
    for claimant_id, found in computed.items():
        reason = (
            whole_reason if whole_reason is not None else reasons.get(claimant_id, DeadlineChangeReason.FACTS)
        )
        if reasons.get(claimant_id) == DeadlineChangeReason.CLOSURE:
            reason = DeadlineChangeReason.CLOSURE
        rows = stored.pop(claimant_id, {})
        for deadline in found:
            values = {
                "label": to_json(deadline.label),
                "missing": to_json(deadline.missing) if deadline.missing is not None else None,
                "due_on": deadline.due_on,
                "unverified": deadline.unverified,
                "warning": deadline.warning,
            }
            row = rows.pop(deadline.key, None)
            if row is None:
                new_rows.append(
                    {
                        "org_id": org.id,
                        "claimant_id": claimant_id,
                        "key": deadline.key,
                        "computed_at": now,
                        **values,
                    }
                )
                continue
            moved = (
                not first_time
                and row.due_on is not None
                and row.due_on != deadline.due_on
                and row.due_on >= today
            )
            unchanged = (
                row.archived_at is None
                and row.due_on == deadline.due_on
                and (row.unverified, row.warning) == (deadline.unverified, deadline.warning)
                and _same_json(row.label, values["label"])
                and _same_json(row.missing, values["missing"])
            )
            if unchanged:
                continue
            update = {"_id": row.id, **values, "computed_at": now}
            if moved:
                moves.append(
                    {**update, "previous_due_on": row.due_on, "changed_at": now, "change_reason": reason}
                )
                result.changed += 1
                for user_id in sorted(facts[claimant_id].follower_ids):
                    notices.append(
                        {
                            "org_id": org.id,
                            "user_id": user_id,
                            "deadline_id": row.id,
                            "old_due_on": row.due_on,
                            "new_due_on": deadline.due_on,
                            "reason": reason,
                            "created_at": now,
                        }
                    )
            else:
                updates.append(update)
        # The facts no longer give it (a petition filed): kept, archived.
        gone_ids += [row.id for row in rows.values() if row.archived_at is None]
    # Claimants archived since (or no longer in the organisation's list): their deadlines go with them.
    gone_ids += [row.id for rows in stored.values() for row in rows.values() if row.archived_at is None]

    common = {
        "label": sa.bindparam("label", type_=table.c.label.type),
        "missing": sa.bindparam("missing", type_=table.c.missing.type),
        "due_on": sa.bindparam("due_on"),
        "unverified": sa.bindparam("unverified"),
        "warning": sa.bindparam("warning"),
        "computed_at": sa.bindparam("computed_at"),
        "archived_at": None,
        "archived_by_id": None,
        "updated_at": now,
        # Bumped as the ORM would: an edit opened before the recomputation is then refused as stale.
        "version": table.c.version + 1,
    }
    by_id = table.c.id == sa.bindparam("_id")
    if new_rows:
        db.session.execute(table.insert(), new_rows)
    if updates:
        db.session.execute(sa.update(table).where(by_id).values(**common), updates)
    if moves:
        moved_values = {
            **common,
            "previous_due_on": sa.bindparam("previous_due_on"),
            "changed_at": sa.bindparam("changed_at"),
            "change_reason": sa.bindparam("change_reason", type_=table.c.change_reason.type),
        }
        db.session.execute(sa.update(table).where(by_id).values(**moved_values), moves)
    if notices:
        db.session.execute(DeadlineNotice.__table__.insert(), notices)
        result.notices = len(notices)
    if gone_ids:
        db.session.execute(
            sa.update(table)
            .where(table.c.id.in_(gone_ids))
            .values(archived_at=now, updated_at=now, version=table.c.version + 1)
        )
    # The ORM's copies of these rows (a page may hold some) are stale now.
    db.session.expire_all()
    return result


def _same_json(stored: str | None, value: dict | None) -> bool:
    """Whether the JSON text a row holds says ``value``: compared as parsed JSON only when the texts differ, which
    a database that rewrites JSON (spacing) may make them do."""
    if stored is None or value is None:
        return stored is None and value is None
    text = json.dumps(value)
    return stored == text or json.loads(stored) == value


# ---------------------------------------------------------------- reads


def _require_case_worker(user) -> None:
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")


@dataclass
class DeadlineView:
    """A deadline as a page shows it: the engine's (label, basis, move, missing fact) with its stored row (done,
    changed) and the claimant it belongs to."""

    claimant: Claimant
    computed: engine.Deadline
    record: Deadline | None
    today: date

    @property
    def key(self) -> str:
        return self.computed.key

    @property
    def due_on(self) -> date | None:
        return self.computed.due_on

    @property
    def is_done(self) -> bool:
        return self.record is not None and self.record.is_done

    @property
    def days_left(self) -> int | None:
        return None if self.due_on is None else (self.due_on - self.today).days

    @property
    def state(self) -> str:
        """done, no_limit (the rule book gives it no date), missing, overdue, soon (within SOON_DAYS), or later."""
        if self.is_done:
            return "done"
        if engine.has_no_time_limit(self.computed):
            return "no_limit"
        if self.due_on is None:
            return "missing"
        if self.due_on < self.today:
            return "overdue"
        return "soon" if self.days_left <= SOON_DAYS else "later"

    @property
    def changed(self) -> bool:
        return self.record is not None and self.record.previous_due_on is not None and not self.is_done

    def label(self, locale: str) -> str:
        return self.computed.label.render(locale_code(locale))

    def missing(self, locale: str) -> str | None:
        return None if self.computed.missing is None else self.computed.missing.render(locale_code(locale))

    def moved_because(self, locale: str) -> str | None:
        return (
            None
            if self.computed.moved_because is None
            else self.computed.moved_because.render(locale_code(locale))
        )

    def basis(self, locale: str) -> list[dict]:
        """Each citation (with whether it is verified) or counting note, in ``locale``."""
        code = locale_code(locale)
        items = []
        for item in self.computed.basis:
            if isinstance(item, RuleCitation):
                items.append({"text": item.text(code), "verified": item.verified, "rule": item.rule})
            else:
                items.append({"text": item.render(code), "verified": True, "rule": None})
        return items


def _views(org: Organisation, claimant_ids: list[int], today: date) -> list[DeadlineView]:
    facts = _facts(org, claimant_ids, today)
    computed = _compute(org, facts)
    claimants = {
        c.id: c for c in db.session.scalars(sa.select(Claimant).where(Claimant.id.in_(list(computed))))
    }
    stored = {
        (row.claimant_id, row.key): row
        for row in db.session.scalars(
            sa.select(Deadline).where(
                Deadline.claimant_id.in_(list(computed)), Deadline.archived_at.is_(None)
            )
        )
    }
    return [
        DeadlineView(claimants[claimant_id], deadline, stored.get((claimant_id, deadline.key)), today)
        for claimant_id in claimant_ids
        if claimant_id in computed
        for deadline in computed[claimant_id]
    ]


def claimant_deadlines(user, claimant: Claimant, *, today: date | None = None) -> list[DeadlineView]:
    """The claimant's deadlines, computed now from their facts, with what is stored about each (done, moved)."""
    _require_case_worker(user)
    if claimant.org_id != user.org_id:
        raise Forbidden("another organisation's claimant")
    today = today or clock.today()
    refresh(user.org_id, today=today)
    return _views(user.organisation, [claimant.id], today)


@dataclass
class DeadlineGroup:
    """One deadline shared by several claimants of a case (a group case's appeal, each worker's follow-up on the
    same day): shown once, with who it concerns."""

    views: list[DeadlineView]

    @property
    def first(self) -> DeadlineView:
        return self.views[0]

    @property
    def claimants(self) -> list[Claimant]:
        return [v.claimant for v in self.views]

    @property
    def open_ids(self) -> list[int]:
        return [v.record.id for v in self.views if v.record is not None and not v.is_done]

    @property
    def state(self) -> str:
        states = {v.state for v in self.views}
        if states == {"done"}:
            return "done"
        for state in ("overdue", "missing", "soon", "later", "no_limit"):
            if state in states:
                return state
        return "later"

    @property
    def changed(self) -> bool:
        return any(v.changed for v in self.views)

    @property
    def done_count(self) -> int:
        return sum(v.is_done for v in self.views)


def single(views: list[DeadlineView]) -> list[DeadlineGroup]:
    """Each deadline on its own (a claimant's page): the same shape as a case's groups."""
    return [DeadlineGroup([view]) for view in views]


# Which deadlines a case's page shows, by the start of their key: a labour case its wage, termination and agency
# deadlines, a criminal case the offence's, the petition's and the testimony's; both the follow-up visits and their
# own appeals. Other kinds of case show all of them. The claimant's page always shows all.
_CASE_KIND_KEYS = {
    CaseKind.LABOUR: ("wages", "termination", "refund_request", "fee_claim", "appeal_labour", "follow_up"),
    CaseKind.CRIMINAL: (
        "offence",
        "petition_44_1",
        "advance_testimony",
        "appeal_criminal",
        "tip_fund",
        "follow_up",
    ),
}


def _concerns(key: str, kind: CaseKind) -> bool:
    prefixes = _CASE_KIND_KEYS.get(kind)
    return prefixes is None or key.startswith(prefixes)


def case_deadlines(user, case: Case, *, today: date | None = None) -> list[DeadlineGroup]:
    """The deadlines of the case's claimants, the same deadline on the same day shown once. An appeal of another
    case is left to that case's page."""
    _require_case_worker(user)
    if case.org_id != user.org_id:
        raise Forbidden("another organisation's case")
    today = today or clock.today()
    refresh(user.org_id, today=today)
    claimant_ids = list(
        db.session.scalars(
            sa.select(CaseClaimant.claimant_id)
            .where(CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None))
            .order_by(CaseClaimant.position, CaseClaimant.id)
        )
    )
    groups: dict[tuple, list[DeadlineView]] = {}
    for view in _views(user.organisation, claimant_ids, today):
        if ":" in view.key and not view.key.endswith(f":{case.reference}"):
            continue
        if not _concerns(view.key, case.kind):
            continue
        missing = view.computed.missing
        group_key = (
            view.key,
            view.due_on,
            repr(to_json(view.computed.label)),
            repr(to_json(missing)) if missing is not None else None,
        )
        groups.setdefault(group_key, []).append(view)
    ordered = sorted(
        groups.values(), key=lambda views: (views[0].due_on is None, views[0].due_on or date.max)
    )
    return [DeadlineGroup(views) for views in ordered]


@dataclass
class DueItem:
    """A stored deadline for a list (dashboard, reminders, digest, feed): one query, no recomputation."""

    deadline: Deadline
    claimant: Claimant
    today: date

    @property
    def due_on(self) -> date | None:
        return self.deadline.due_on

    @property
    def overdue(self) -> bool:
        return self.due_on is not None and self.due_on < self.today

    @property
    def days_left(self) -> int | None:
        return None if self.due_on is None else (self.due_on - self.today).days

    @property
    def no_time_limit(self) -> bool:
        """No date because the rule book gives none (the Fund request), not because a fact is missing."""
        return (self.deadline.missing or {}).get("key") == engine.NO_TIME_LIMIT_KEY

    def label(self, locale) -> str:
        return render_text(self.deadline.label, locale_code(locale), self.deadline.key)

    def missing(self, locale) -> str | None:
        if self.deadline.missing is None:
            return None
        return render_text(self.deadline.missing, locale_code(locale), "")


def followed_claimant_ids(user) -> sa.Select:
    """The claimants of the open, not archived cases the user is the lawyer or paralegal of."""
    return (
        sa.select(CaseClaimant.claimant_id)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(
            Case.org_id == user.org_id,
            Case.archived_at.is_(None),
            CaseClaimant.archived_at.is_(None),
            Case.status != CaseStatus.CLOSED,
            sa.or_(Case.lawyer_id == user.id, Case.paralegal_id == user.id),
        )
    )


def due_deadlines(
    user,
    *,
    until: date | None = None,
    mine: bool = True,
    include_missing: bool = False,
    today: date | None = None,
    start: date | None = None,
) -> list[DueItem]:
    """Deadlines not done, due by ``until`` (overdue ones included unless ``start`` is given), soonest first; those
    of the user's own cases (``mine``) or of the whole organisation. ``include_missing`` adds the ones that cannot
    be computed, last. Refreshes first; then one query."""
    _require_case_worker(user)
    today = today or clock.today()
    refresh(user.org_id, today=today)
    query = (
        sa.select(Deadline, Claimant)
        .join(Claimant, Claimant.id == Deadline.claimant_id)
        .where(
            Deadline.org_id == user.org_id,
            Deadline.archived_at.is_(None),
            Deadline.done_at.is_(None),
            Claimant.archived_at.is_(None),
        )
    )
    if mine:
        query = query.where(Deadline.claimant_id.in_(followed_claimant_ids(user)))
    dated = Deadline.due_on.is_not(None)
    if until is not None:
        dated = sa.and_(dated, Deadline.due_on <= until)
    if start is not None:
        dated = sa.and_(dated, Deadline.due_on >= start)
    query = query.where(sa.or_(dated, Deadline.due_on.is_(None)) if include_missing else dated)
    rows = db.session.execute(
        query.order_by(Deadline.due_on.is_(None), Deadline.due_on, Claimant.pseudonym, Deadline.key)
    ).all()
    return [DueItem(deadline, claimant, today) for deadline, claimant in rows]


class ClaimantRef(NamedTuple):
    id: int
    pseudonym: str


@dataclass
class DueGroup:
    """A deadline on one day shared by several claimants (the appeal of a group case), for lists that show it once:
    one stored row to print it from, and every claimant it concerns."""

    first: DueItem
    claimants: list[ClaimantRef]


def due_groups(user, *, start: date, until: date, today: date | None = None) -> tuple[list[DueGroup], int]:
    """The organisation's deadlines not done and due from ``start`` to ``until``, one group per day, deadline and
    words, soonest first; and how many cannot be computed for want of a fact. Three queries whatever the number of
    claimants: the rows as plain tuples (labels as text, not parsed), one stored row per group, and the missing."""
    _require_case_worker(user)
    today = today or clock.today()
    refresh(user.org_id, today=today)
    table = Deadline.__table__
    open_rows = sa.and_(
        table.c.org_id == user.org_id,
        table.c.archived_at.is_(None),
        table.c.done_at.is_(None),
        Claimant.archived_at.is_(None),
    )
    label_text = sa.cast(table.c.label, sa.Text)
    rows = db.session.execute(
        sa.select(table.c.id, table.c.due_on, table.c.key, label_text, Claimant.id, Claimant.pseudonym)
        .join(Claimant, Claimant.id == table.c.claimant_id)
        .where(open_rows, table.c.due_on >= start, table.c.due_on <= until)
        .order_by(table.c.due_on, table.c.key, Claimant.pseudonym, table.c.id)
    ).all()
    groups: dict[tuple, tuple[int, list[ClaimantRef]]] = {}
    for deadline_id, due_on, key, label, claimant_id, pseudonym in rows:
        first_id, members = groups.setdefault((due_on, key, label), (deadline_id, []))
        members.append(ClaimantRef(claimant_id, pseudonym))
    firsts = {
        deadline.id: DueItem(deadline, claimant, today)
        for deadline, claimant in db.session.execute(
            sa.select(Deadline, Claimant)
            .join(Claimant, Claimant.id == Deadline.claimant_id)
            .where(Deadline.id.in_([first_id for first_id, _ in groups.values()]))
        )
    }
    missing = db.session.scalars(
        sa.select(sa.cast(table.c.missing, sa.Text))
        .join(Claimant, Claimant.id == table.c.claimant_id)
        .where(open_rows, table.c.due_on.is_(None))
    ).all()
    cannot_compute = sum(1 for text in missing if text and engine.NO_TIME_LIMIT_KEY not in text)
    return [DueGroup(firsts[first_id], members) for first_id, members in groups.values()], cannot_compute


def notices_for(user, *, unseen_only: bool = True) -> list[DeadlineNotice]:
    """The deadlines that moved, flagged to ``user``, newest first, with deadline and claimant loaded."""
    _require_case_worker(user)
    query = (
        sa.select(DeadlineNotice)
        .where(DeadlineNotice.user_id == user.id, DeadlineNotice.org_id == user.org_id)
        .options(joinedload(DeadlineNotice.deadline).joinedload(Deadline.claimant))
        .order_by(DeadlineNotice.created_at.desc(), DeadlineNotice.id.desc())
    )
    if unseen_only:
        query = query.where(DeadlineNotice.seen_at.is_(None))
    return list(db.session.scalars(query).unique())


# ---------------------------------------------------------------- writes


def _own_deadlines(user, deadline_ids: Iterable[int]) -> list[Deadline]:
    ids = sorted({int(i) for i in deadline_ids})
    if not ids:
        raise ValidationFailed({"deadline_ids": str(_l("Choose at least one deadline."))})
    rows = list(
        db.session.scalars(
            sa.select(Deadline).where(
                Deadline.id.in_(ids), Deadline.org_id == user.org_id, Deadline.archived_at.is_(None)
            )
        )
    )
    if len(rows) != len(ids):
        raise Forbidden("a deadline that is not this organisation's, or no longer in force")
    return rows


def mark_done(user, deadline_ids: Iterable[int], note: str | None = None) -> int:
    """Mark the deadlines done by ``user`` now (one audit entry each); returns how many changed."""
    _require_case_worker(user)
    rows = _own_deadlines(user, deadline_ids)
    note = (note or "").strip()[:300] or None
    changed = 0
    for row in rows:
        if row.done_at is None:
            records.update(
                user,
                row,
                {"done_at": utcnow(), "done_by_id": user.id, "done_note": note},
                records.UNCHECKED,
                commit=False,
            )
            changed += 1
    db.session.commit()
    return changed


def reopen(user, deadline_ids: Iterable[int]) -> int:
    _require_case_worker(user)
    rows = _own_deadlines(user, deadline_ids)
    changed = 0
    for row in rows:
        if row.done_at is not None:
            records.update(
                user,
                row,
                {"done_at": None, "done_by_id": None, "done_note": None},
                records.UNCHECKED,
                commit=False,
            )
            changed += 1
    db.session.commit()
    return changed


def mark_notices_seen(user, notice_ids: Iterable[int] | None = None) -> int:
    """Mark the user's notices seen (all of them when ``notice_ids`` is None); another user's are never touched."""
    _require_case_worker(user)
    query = sa.update(DeadlineNotice).where(
        DeadlineNotice.user_id == user.id, DeadlineNotice.seen_at.is_(None)
    )
    if notice_ids is not None:
        query = query.where(DeadlineNotice.id.in_([int(i) for i in notice_ids]))
    count = db.session.execute(query.values(seen_at=utcnow())).rowcount
    db.session.commit()
    return count


def soon_until(today: date | None = None, days: int = SOON_DAYS) -> date:
    return (today or clock.today()) + timedelta(days=days)
