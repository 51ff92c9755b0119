"""The facts deadlines are computed from, read for one chunk of claimants in a fixed number of queries, and the
computation itself (claims.calc.deadlines) with what it needs that does not change from one claimant to the next:
the rule book, the courts' calendars, and the last day of each wage's period.

A chunk names its claimants either as a range of ids (every claimant of the organisation in it: the whole
organisation's refresh walks the ids in order) or as a list of at most CHUNK ids; either way no query binds more
than a chunk's ids, whatever the size of the organisation.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlalchemy as sa

from claims.calc import deadlines as engine
from claims.calc.limitation import limitation_rule
from claims.calc.lookup import rules_for
from claims.calc.parse import parse_claim
from claims.extensions import db
from claims.models import (
    Calculation,
    Case,
    CaseClaimant,
    Claimant,
    Hearing,
    Organisation,
    Outcome,
)
from claims.models.enums import (
    CaseKind,
    CaseStage,
    CaseStatus,
    ClaimantRole,
    HearingKind,
    HearingStatus,
    OutcomeKind,
    Petition441Status,
)
from claims.rules.model import NoRuleInForce, RuleBook, UnknownRule
from claims.services.court_calendar import Calendars as Calendars

# Claimants per chunk: about 1,000 claimants' facts, deadlines and stored rows in memory at once (a few MB), and
# at most this many ids bound in one statement (PostgreSQL's driver stops at 65,535, old SQLite at 999 in all).
CHUNK = 900
COURT_OF = {CaseKind.LABOUR: "labour", CaseKind.CRIMINAL: "criminal"}


def unappealed(rows) -> list[tuple]:
    """(claimant, day, case kind, reference) of the judgment, if any, that a claimant may still appeal in each
    case, from rows of judgments and appeals in (day, id) order. An appeal is against the claimant's latest
    judgment in the case on or before its day: its appeal deadline is met (a withdrawn appeal too: the right was
    used, and the judgment is final), and the stored deadline is archived at the next refresh, as facts that no
    longer give a deadline do. The appeal court's own judgment, later, has its deadline (to the Supreme Court).

    A later judgment in the same case takes the place of an earlier one not appealed (the appeal court's judgment
    where the appeal was not recorded, a judgment entered twice): the case has one appeal deadline a claimant, its
    key naming the case, from the judgment read last. Both kept gave two deadlines of one key, which the store
    refused (its key is unique), and none of that claimant's deadlines was stored."""
    open_judgment: dict[tuple[int, int], tuple | None] = {}
    for order, (claimant_id, decided_on, kind, reference, case_id, outcome_kind) in enumerate(rows):
        if outcome_kind == OutcomeKind.APPEAL:
            open_judgment[(claimant_id, case_id)] = None
        else:
            open_judgment[(claimant_id, case_id)] = (order, (claimant_id, decided_on, kind, reference))
    return [judgment for _order, judgment in sorted(j for j in open_judgment.values() if j is not None)]


@dataclass(frozen=True)
class Chunk:
    """Claimants ``after`` < id <= ``upto`` of the organisation (``upto`` None: no end), or exactly ``ids``."""

    ids: tuple[int, ...] = ()
    after: int | None = None
    upto: int | None = None

    @property
    def is_range(self) -> bool:
        return not self.ids

    def where(self, column) -> sa.ColumnElement[bool]:
        if self.ids:
            return column.in_(self.ids)
        bounds = [column > self.after] if self.after is not None else []
        if self.upto is not None:
            bounds.append(column <= self.upto)
        return sa.and_(sa.true(), *bounds)


def of_org(column, org_id: int) -> sa.ColumnElement[bool]:
    """``column`` is ``org_id``, written so that no index on it is used: an organisation is most of a table, the
    chunk's ids are what narrows it (without statistics SQLite would otherwise walk the organisation's index for
    every chunk, and read every calculation of the organisation each time)."""
    return column + 0 == org_id


@dataclass
class ClaimantFacts:
    facts: engine.Facts
    court_ids: frozenset[int]
    follower_ids: set[int] = field(default_factory=set)


def read_facts(org_id: int, chunk: Chunk, today: date) -> dict[int, ClaimantFacts]:
    """The facts of the chunk's claimants not archived, in five queries: claimants, their cases, the first witness
    hearing of each of those cases, judgments, calculations."""
    claimants = db.session.execute(
        sa.select(Claimant.id, Claimant.returned_home_on, Claimant.planned_return_on, Claimant.identified_on)
        .where(of_org(Claimant.org_id, org_id), Claimant.archived_at.is_(None), chunk.where(Claimant.id))
        .order_by(Claimant.id)
    ).all()
    if not claimants:
        return {}
    links = db.session.execute(
        sa.select(
            CaseClaimant.claimant_id,
            CaseClaimant.role,
            CaseClaimant.petition_44_1,
            CaseClaimant.advance_testimony_on,
            Case.id,
            Case.kind,
            Case.filed_on,
            Case.status,
            Case.lawyer_id,
            Case.paralegal_id,
            Case.court_id,
        )
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(
            of_org(CaseClaimant.org_id, org_id),
            chunk.where(CaseClaimant.claimant_id),
            CaseClaimant.archived_at.is_(None),
            Case.archived_at.is_(None),
        )
        .order_by(Case.id)
    ).all()
    chunk_cases = (
        sa.select(CaseClaimant.case_id)
        .where(
            of_org(CaseClaimant.org_id, org_id),
            chunk.where(CaseClaimant.claimant_id),
            CaseClaimant.archived_at.is_(None),
        )
        .scalar_subquery()
    )
    witness_hearings: dict[int, date] = {}
    for case_id, first in db.session.execute(
        sa.select(Hearing.case_id, sa.func.min(Hearing.starts_at))
        .where(
            Hearing.case_id.in_(chunk_cases),
            Hearing.archived_at.is_(None),
            Hearing.kind == HearingKind.WITNESS_EXAMINATION,
            Hearing.status.in_([HearingStatus.SCHEDULED, HearingStatus.HELD]),
        )
        .group_by(Hearing.case_id)
    ):
        witness_hearings[case_id] = first.date() if isinstance(first, datetime) else first
    judgments = db.session.execute(
        sa.select(
            Outcome.claimant_id, Outcome.decided_on, Case.kind, Case.reference, Outcome.case_id, Outcome.kind
        )
        .join(Case, Case.id == Outcome.case_id)
        .where(
            of_org(Outcome.org_id, org_id),
            chunk.where(Outcome.claimant_id),
            Outcome.archived_at.is_(None),
            Outcome.kind.in_([OutcomeKind.JUDGMENT, OutcomeKind.APPEAL]),
            Case.archived_at.is_(None),
            # A judgment being enforced, or of a closed case, is final: no appeal is left to lodge.
            Case.stage.not_in([CaseStage.ENFORCEMENT, CaseStage.CLOSED]),
            Case.status != CaseStatus.CLOSED,
        )
        .order_by(Outcome.decided_on, Outcome.id)
    ).all()
    work: dict[int, WorkFacts] = defaultdict(WorkFacts)
    for claimant_id, data in db.session.execute(
        sa.select(Calculation.claimant_id, Calculation.data).where(
            of_org(Calculation.org_id, org_id),
            chunk.where(Calculation.claimant_id),
            Calculation.archived_at.is_(None),
        )
    ):
        work[claimant_id].read(data)

    by_claimant_links = defaultdict(list)
    for link in links:
        by_claimant_links[link.claimant_id].append(link)
    by_claimant_judgments = defaultdict(list)
    for claimant_id, decided_on, kind, reference in unappealed(judgments):
        if kind in COURT_OF:
            by_claimant_judgments[claimant_id].append(engine.Judgment(COURT_OF[kind], decided_on, reference))
    return {
        claimant.id: _claimant_facts(
            claimant,
            by_claimant_links[claimant.id],
            witness_hearings,
            tuple(by_claimant_judgments[claimant.id]),
            work.get(claimant.id) or WorkFacts(),
            today,
        )
        for claimant in claimants
    }


def _claimant_facts(claimant, mine, witness_hearings, judgments, work, today: date) -> ClaimantFacts:
    criminal = [link for link in mine if link.kind == CaseKind.CRIMINAL]
    to_file = [link for link in criminal if link.petition_44_1 == Petition441Status.TO_FILE]
    if to_file:
        petition_filed = False
        hearings = [witness_hearings[link.id] for link in to_file if link.id in witness_hearings]
        first_witness = min(hearings) if hearings else None
    else:
        filed = any(link.petition_44_1 == Petition441Status.FILED for link in criminal)
        petition_filed = True if filed else None
        first_witness = None
    facts = engine.Facts(
        today=today,
        last_day_of_work=work.last_day_of_work,
        wage_due_dates=tuple(sorted(work.wage_due_dates)),
        agency_fee_paid_on=work.agency_fee_paid_on,
        returned_home_on=claimant.returned_home_on,
        planned_return_on=claimant.planned_return_on,
        judgments=judgments,
        in_criminal_case=bool(criminal),
        advance_testimony_recorded=any(link.advance_testimony_on for link in criminal),
        petition_44_1_filed=petition_filed,
        first_witness_hearing_on=first_witness,
        identified_as_victim_on=claimant.identified_on,
        claim_filed_on=min(
            (
                link.filed_on
                for link in mine
                if link.kind == CaseKind.LABOUR
                and link.filed_on is not None
                and link.filed_on <= today
                and link.role in (ClaimantRole.PLAINTIFF, ClaimantRole.JOINT_PLAINTIFF)
            ),
            default=None,
        ),
    )
    followers = {
        user_id
        for link in mine
        if link.status != CaseStatus.CLOSED
        for user_id in (link.lawyer_id, link.paralegal_id)
        if user_id is not None
    }
    return ClaimantFacts(facts, frozenset(link.court_id for link in mine if link.court_id), followers)


class WorkFacts:
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
        # The s.46 refund request is for work abroad: a Thai agency placing a worker in Thailand refunds under s.28.
        abroad = recruitment is not None and recruitment.placement == "th" and recruitment.destination != "th"
        if abroad and recruitment.fees:
            first = min(fee.paid_on for fee in recruitment.fees)
            if self.agency_fee_paid_on is None or first < self.agency_fee_paid_on:
                self.agency_fee_paid_on = first


class Computer:
    """compute_deadlines for many claimants under one rule book, one organisation's settings and calendars.

    The wage deadlines look for the oldest wage still in time by counting every unpaid wage's period in turn (ten
    years of monthly wages: 120 periods a claimant, most of them long run out). The periods of a wage due on a
    given day are the same for every claimant with the same calendar, so each is counted once here and the wages
    whose period certainly ended before today are left out of the facts handed to the engine; the engine still
    counts the oldest one in time and the last one itself, so what it returns is the same (tests/services/
    test_deadlines_refresh.py compares both ways)."""

    def __init__(self, org: Organisation, book: RuleBook, calendars: Calendars, today: date):
        self.book = book
        self.rules = rules_for(book)
        self.calendars = calendars
        self.today = today
        self.warn_days = org.petition_warn_days
        self._ended: dict[tuple[int, date], bool] = {}

    def compute(self, found: ClaimantFacts) -> list[engine.Deadline]:
        calendar = self.calendars.for_courts(found.court_ids)
        facts = found.facts
        dues = facts.wage_due_dates
        if len(dues) > 2:
            kept = self._still_counted(dues, calendar)
            if len(kept) != len(dues):
                facts = engine.Facts(**{**_fields(facts), "wage_due_dates": kept})
        return engine.compute_deadlines(
            facts,
            self.book,
            calendar,
            warn_within_days=self.warn_days,
        )

    def _still_counted(self, dues: tuple[date, ...], calendar: engine.WorkingDays) -> tuple[date, ...]:
        """``dues`` without the leading wages (not the last) whose period certainly ended before today: the
        engine passes over exactly those on its way to the oldest wage still in time."""
        for index, due in enumerate(dues[:-1]):
            if not self._ended_before_today(due, calendar):
                return dues[index:]
        return dues[-1:]

    def _ended_before_today(self, due: date, calendar: engine.WorkingDays) -> bool:
        key = (id(calendar), due)
        found = self._ended.get(key)
        if found is None:
            found = self._ended[key] = self._last_day_before_today(due, calendar)
        return found

    def _last_day_before_today(self, due: date, calendar: engine.WorkingDays) -> bool:
        """The engine's own reckoning of a wage period's last day (claims.calc.deadlines, wages): where a rule is
        missing or odd, False, so that the engine meets it and says so."""
        try:
            value = self.rules.at(limitation_rule("th", "wages"), due)
            number = value.decimal
            if number != number.to_integral_value():
                return False
            last = engine.period_last_day(due, int(number), value.unit)
            if not calendar.is_working_day(last) and self.rules.at(engine.MOVE_RULE, last).value is True:
                last = calendar.next_working_day(last)
        except (NoRuleInForce, UnknownRule, ValueError):
            return False
        return last < self.today


def _fields(facts: engine.Facts) -> dict:
    return {name: getattr(facts, name) for name in engine.Facts.__dataclass_fields__}
