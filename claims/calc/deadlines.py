"""Deadlines of a claimant's cases, from plain facts and the dated rule tables (issue 7). Pure: no Flask, no database.

:func:`compute_deadlines` turns a :class:`Facts` into a list of :class:`Deadline`, each with its date, its legal
basis (the rule citations and, in words, how it was counted), whether it rests on an unverified rule or reading,
whether its last day moved off a day the courts are closed and why, and, where a fact is missing, the
"cannot compute: enter ..." message instead of a date. Computed deadlines come first in date order, those that
cannot be computed last.

============================  ======================================  =============================================
deadline (key)                from                                    rules
============================  ======================================  =============================================
wages_oldest, wages_last      each unpaid wage's due date             th.limitation.wages (2 years)
termination                   the last day of work                    th.limitation.severance, .pay_in_lieu
offence                       the day identified as a victim          th.limitation.tort_knowledge (1 year)
refund_request                the return home                         th.recruitment_fees.refund_request_days
fee_claim                     the return home                         th.limitation.tort_knowledge, .general,
                                                                      th.recruitment_fees.refund_days
appeal_labour, _criminal      the reading of the judgment             th.deadlines.labour_appeal_days,
                                                                      .criminal_appeal_months
petition_44_1                 the first witness-examination hearing   th.criminal.civil_claim_before_evidence
advance_testimony             the planned return home                 (none in the rule book: a warning)
tip_fund_request              the day identified as a victim          (none: the rule book gives no time limit)
============================  ======================================  =============================================

How a period is counted from its event (the CCC's reckoning) and its last day moved off a day the courts are closed
(their calendar of working days): claims.calc.deadline_periods.

Readings the rule book does not settle, each marking the deadline unverified and said in its basis:

- offence: the day the claimant was identified as a victim is taken as the day they knew of the act and of the
  person liable (CCC s.448): if they knew earlier, the year ends earlier. Where the act is also a crime with a longer
  prescription, that longer period applies (s.448 para 2); criminal prescription is not in the tables, so the date
  is the earliest end.
- fee_claim (TH-ESPA-PRESC): a claim against the agency may be contract (10 years, counted from the end of the
  agency's 30 days to refund under ESPA s.46) or tort (1 year from when the worker knew of the wrong, counted from
  the return home); the earlier is the deadline, the other is in the basis.
- advance_testimony: a claimant who leaves Thailand before the trial may never be heard unless their testimony is
  taken in advance; the procedure is not in the rule book.

Which deadlines a claimant has: the wage and termination deadlines always (every claimant worked); the offence and
Fund ones once identified as a victim; the agency's (refund request, fee claim) once a fee to a Thai agency for work
abroad is recorded (ESPA covers Thai workers sent abroad, not a migrant's fee to an agency at home); an appeal per
judgment given; the s.44/1 petition for an injured person who claims under s.44/1 and has not filed; the advance
testimony warning for a claimant in a criminal case with a planned return and no testimony recorded.

The follow-up visits after the return home (3, 6 and 12 months, the organisation's rhythm) are not deadlines: they
are planned as visits, each with a task that reaches its visitor (claims.services.follow_up_visits). Until issue
15 this engine made them too ("follow_up_<n>"), so a person had both; stored ones were archived by migration
20261207_5e0c3a7d91b4.

A setting, not law (passed in by the caller, default below): how near the first witness-examination hearing an
unfiled s.44/1 petition is warned (14 days). The calendar's closure days are an administrator's too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Literal

# The calendar and the counting live in calendar.py and periods.py (the limitation check uses them too); their
# names stay importable from here, where the services and tests have always found them.
from claims.calc.calendar import WorkingDays as WorkingDays
from claims.calc.dates import ONE_DAY as ONE_DAY
from claims.calc.deadline_periods import DeadlinePeriods, Period, with_period_basis
from claims.calc.limitation import limitation_rule
from claims.calc.lookup import Rules, rules_for
from claims.calc.periods import MOVE_RULE as MOVE_RULE
from claims.calc.periods import period_last_day as period_last_day
from claims.calc.text import Text, error_text
from claims.rules.model import NoRuleInForce, RuleBook, RuleCitation, UnknownRule

CourtKind = Literal["labour", "criminal"]

APPEAL_RULES: Mapping[str, str] = MappingProxyType(
    {"labour": "th.deadlines.labour_appeal_days", "criminal": "th.deadlines.criminal_appeal_months"}
)
REFUND_REQUEST_RULE = "th.recruitment_fees.refund_request_days"
AGENCY_REFUND_RULE = "th.recruitment_fees.refund_days"
TORT_RULE = "th.limitation.tort_knowledge"
LONGER_CRIMINAL_PERIOD_RULE = "th.limitation.tort_longer_criminal_period_applies"
CONTRACT_RULE = "th.limitation.general"
PETITION_RULE = "th.criminal.civil_claim_before_evidence"
FILING_RULE = "th.limitation.filing_interrupts"

# The default: a way of presenting a hearing as near, not a legal number.
PETITION_WARN_DAYS = 14


# --- facts in, deadlines out ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Judgment:
    court: CourtKind
    read_on: date | None  # None: a judgment is recorded but not the day it was read
    reference: str = ""  # the case reference, to tell two judgments of one court apart

    def __post_init__(self) -> None:
        if self.court not in APPEAL_RULES:
            raise ValueError(f"a judgment's court is labour or criminal, not {self.court!r}")


@dataclass(frozen=True, slots=True)
class Facts:
    """What the deadlines of one claimant are computed from, as plain values (the caller reads them from the
    claimant, their cases and hearings). ``today`` picks the oldest wage still in time and how near a hearing is."""

    today: date
    last_day_of_work: date | None = None
    wage_due_dates: tuple[date, ...] = ()  # due dates of unpaid wages; or only last_wage_due_on
    last_wage_due_on: date | None = None
    # The day the claimant paid a Thai recruitment agency for work abroad (ESPA): the agency's deadlines follow it.
    agency_fee_paid_on: date | None = None
    returned_home_on: date | None = None
    planned_return_on: date | None = None
    judgments: tuple[Judgment, ...] = ()
    in_criminal_case: bool = False  # an injured person or witness in a criminal case
    advance_testimony_recorded: bool = False
    # None: the claimant makes no claim under CPC s.44/1 (e.g. the prosecutor claims under TIP Act s.35)
    petition_44_1_filed: bool | None = None
    first_witness_hearing_on: date | None = None
    identified_as_victim_on: date | None = None
    # The day the wage claim was filed in a labour case: a wage or termination period that had not ended by then
    # was met (prescription interrupted, th.limitation.filing_interrupts) and is no longer listed.
    claim_filed_on: date | None = None


@dataclass(frozen=True, slots=True)
class Deadline:
    """One deadline. ``key`` names it ("appeal_labour:LC-01", "follow_up_6"); ``basis`` holds the citations it rests
    on (the move rule last, where it moved) and, in words, how it was counted and the readings it takes."""

    key: str
    label: Text
    due_on: date | None  # None: cannot be computed, ``missing`` says why
    basis: tuple[RuleCitation | Text, ...]
    unverified: bool  # a rule it rests on is unverified, or it takes a reading the rule book does not settle
    moved_from: date | None  # the last day the period gave, where it was not a working day
    moved_because: Text | None
    missing: Text | None
    warning: bool
    # Where the last day's year lacks a holiday set each year by announcement: it may still move (in words).
    may_move: Text | None = None


def compute_deadlines(
    facts: Facts,
    rules: Rules | RuleBook,
    calendar: WorkingDays,
    warn_within_days: int = PETITION_WARN_DAYS,
) -> list[Deadline]:
    """Every deadline ``facts`` give (see the module's docstring), computed ones in date order, then the others."""
    work = _Deadlines(facts, rules_for(rules), calendar)
    work.wages()
    work.termination()
    if facts.identified_as_victim_on is not None:
        work.offence()
    if facts.agency_fee_paid_on is not None:
        work.refund_request()
        work.fee_claim()
    for judgment in facts.judgments:
        work.appeal(judgment)
    if facts.petition_44_1_filed is False:
        work.petition_44_1(warn_within_days)
    work.advance_testimony()
    if facts.identified_as_victim_on is not None:
        work.found.append(_missing("tip_fund_request", Text("deadline.tip_fund_request"), _NO_TIME_LIMIT))
    # sorted() is stable: deadlines on the same day keep the order above.
    computed = sorted((d for d in work.found if d.due_on is not None), key=lambda d: d.due_on)
    return computed + [d for d in work.found if d.due_on is None]


# --- the deadlines one by one --------------------------------------------------------------------------------------

# The Fund request: a deadline with no date because the rule book gives none, not for want of a fact.
NO_TIME_LIMIT_KEY = "deadline.no_time_limit"
_NO_TIME_LIMIT = Text(NO_TIME_LIMIT_KEY)
_FACTS = {
    "wage_due": Text("deadline.fact.wage_due"),
    "last_day_of_work": Text("deadline.fact.last_day_of_work"),
    "returned_home_on": Text("deadline.fact.returned_home_on"),
    "judgment_read_on": Text("deadline.fact.judgment_read_on"),
    "first_witness_hearing_on": Text("deadline.fact.first_witness_hearing_on"),
}
_APPEAL_LABELS = {"labour": Text("deadline.appeal.labour"), "criminal": Text("deadline.appeal.criminal")}
_APPEAL_IN_CASE = {"labour": "deadline.appeal.labour.in_case", "criminal": "deadline.appeal.criminal.in_case"}


def has_no_time_limit(deadline: Deadline) -> bool:
    """A deadline with no date because the rule book gives it none (the Fund request), not for want of a fact."""
    return deadline.missing is not None and deadline.missing.key == NO_TIME_LIMIT_KEY


def _missing(key: str, label: Text, message: Text) -> Deadline:
    return Deadline(key, label, None, (), False, None, None, message, False)


def _enter(fact: str) -> Text:
    return Text("deadline.missing", {"fact": _FACTS[fact]})


def _no_rule(error: Exception) -> Text:
    return Text("deadline.no_rule", {"error": error_text(error)})


class _Deadlines(DeadlinePeriods):
    def __init__(self, facts: Facts, rules: Rules, calendar: WorkingDays):
        self.facts = facts
        self.rules = rules
        self.calendar = calendar
        self.found: list[Deadline] = []

    # -- the building blocks

    def add(
        self,
        key: str,
        label: Text,
        period: Period,
        *notes: Text,
        reading: bool = False,
        warning: bool = False,
    ) -> None:
        basis = (*period.basis, *notes)
        unverified = reading or any(isinstance(b, RuleCitation) and not b.verified for b in basis)
        self.found.append(
            Deadline(
                key,
                label,
                period.due_on,
                basis,
                unverified,
                period.moved_from,
                period.moved_because,
                None,
                warning,
                period.may_move,
            )
        )

    # -- limitation

    def wages(self) -> None:
        facts = self.facts
        dues = sorted({*facts.wage_due_dates, *([facts.last_wage_due_on] if facts.last_wage_due_on else [])})
        if not dues:
            # A claim already filed in court stops the periods (FILING_RULE): nothing left to enter for them.
            if facts.claim_filed_on is None:
                self.found.append(_missing("wages_last", Text("deadline.wages"), _enter("wage_due")))
            return
        rule = limitation_rule("th", "wages")
        for due in dues[:-1]:  # the oldest wage still in time: the next one to be lost
            label = Text("deadline.wages.oldest", {"due": due})
            try:
                last = self.last_day(rule, due)
                if last >= facts.today and not self.filed_in_time(last):
                    self.add("wages_oldest", label, self.period(rule, due, "wage_due"))
                    break
            except (NoRuleInForce, UnknownRule) as error:
                self.found.append(_missing("wages_oldest", label, _no_rule(error)))
                break
        label = Text("deadline.wages.last", {"due": dues[-1]})
        try:
            period = self.period(rule, dues[-1], "wage_due")
        except (NoRuleInForce, UnknownRule) as error:
            self.found.append(_missing("wages_last", label, _no_rule(error)))
            return
        if not self.filed_in_time(period.due_on):
            self.add("wages_last", label, period)

    def filed_in_time(self, last_day: date) -> bool:
        """Whether the claim was filed in court by a period's ``last_day``, so it no longer runs (FILING_RULE)."""
        filed = self.facts.claim_filed_on
        if filed is None or filed > last_day:
            return False
        try:
            return self.rules.at(FILING_RULE, filed).value is True
        except (NoRuleInForce, UnknownRule):
            return False

    def termination(self) -> None:
        label = Text("deadline.termination")
        ended = self.facts.last_day_of_work
        if ended is None:
            if self.facts.claim_filed_on is None:
                self.found.append(_missing("termination", label, _enter("last_day_of_work")))
            return
        try:
            # Severance and pay in lieu have a rule each (10 years today): the earlier end is the deadline.
            periods = [
                self.period(limitation_rule("th", k), ended, "work_ended")
                for k in ("severance", "pay_in_lieu")
            ]
        except (NoRuleInForce, UnknownRule) as error:
            self.found.append(_missing("termination", label, _no_rule(error)))
            return
        first = min(periods, key=lambda p: p.due_on)
        if self.filed_in_time(first.due_on):
            return
        # Cited once where both rest on the same entry of the same source (they print the same words).
        shown = {_cited_as(b) for b in first.basis if isinstance(b, RuleCitation)}
        others = tuple(p.basis[0] for p in periods if _cited_as(p.basis[0]) not in shown)
        self.add("termination", label, with_period_basis(first, others))

    def offence(self) -> None:
        label = Text("deadline.offence")
        knew = self.facts.identified_as_victim_on
        try:
            period = self.period(TORT_RULE, knew, "identified")
            longer = self.rules.at(LONGER_CRIMINAL_PERIOD_RULE, knew)
        except (NoRuleInForce, UnknownRule) as error:
            self.found.append(_missing("offence", label, _no_rule(error)))
            return
        notes = [Text("deadline.basis.knowledge_read", {"on": knew})]
        if longer.value is True:
            notes.append(Text("deadline.basis.longer_criminal_period"))
        self.add("offence", label, with_period_basis(period, (longer.citation,)), *notes, reading=True)

    def fee_claim(self) -> None:
        label = Text("deadline.fee_claim")
        returned = self.facts.returned_home_on
        if returned is None:
            self.found.append(_missing("fee_claim", label, _enter("returned_home_on")))
            return
        try:
            refund_due = self.period(AGENCY_REFUND_RULE, returned, "returned")
            contract = self.period(CONTRACT_RULE, refund_due.due_on, "refund_due")
            tort = self.period(TORT_RULE, returned, "returned")
        except (NoRuleInForce, UnknownRule) as error:
            self.found.append(_missing("fee_claim", label, _no_rule(error)))
            return
        first, other = (tort, contract) if tort.due_on <= contract.due_on else (contract, tort)
        readings = Text(
            "deadline.basis.fee_claim",
            {"tort_end": tort.due_on, "contract_end": contract.due_on, "refund_due": refund_due.due_on},
        )
        extra = tuple(b for b in (*other.basis[:1], *refund_due.basis[:1]) if b not in first.basis)
        self.add("fee_claim", label, with_period_basis(first, extra), readings, reading=True)

    # -- the agency, the courts

    def refund_request(self) -> None:
        label = Text("deadline.refund_request")
        returned = self.facts.returned_home_on
        if returned is None:
            self.found.append(_missing("refund_request", label, _enter("returned_home_on")))
            return
        try:
            self.add("refund_request", label, self.period(REFUND_REQUEST_RULE, returned, "returned"))
        except (NoRuleInForce, UnknownRule) as error:
            self.found.append(_missing("refund_request", label, _no_rule(error)))

    def appeal(self, judgment: Judgment) -> None:
        key = f"appeal_{judgment.court}"
        label = _APPEAL_LABELS[judgment.court]
        if judgment.reference:
            key = f"{key}:{judgment.reference}"
            label = Text(_APPEAL_IN_CASE[judgment.court], {"case": judgment.reference})
        if judgment.read_on is None:
            self.found.append(_missing(key, label, _enter("judgment_read_on")))
            return
        try:
            self.add(key, label, self.period(APPEAL_RULES[judgment.court], judgment.read_on, "judgment_read"))
        except (NoRuleInForce, UnknownRule) as error:
            self.found.append(_missing(key, label, _no_rule(error)))

    def petition_44_1(self, warn_within_days: int) -> None:
        label = Text("deadline.petition_44_1")
        hearing = self.facts.first_witness_hearing_on
        if hearing is None:
            self.found.append(_missing("petition_44_1", label, _enter("first_witness_hearing_on")))
            return
        try:
            rule = self.rules.at(PETITION_RULE, hearing)
        except (NoRuleInForce, UnknownRule) as error:
            self.found.append(_missing("petition_44_1", label, _no_rule(error)))
            return
        # The petition must come before the taking of evidence begins: a hearing date, not a period, so it does
        # not move; it is warned once the hearing is near, and after it, while no petition is filed.
        near = (hearing - self.facts.today).days <= warn_within_days
        note = Text("deadline.basis.petition_44_1", {"hearing": hearing})
        self.add("petition_44_1", label, Period(hearing, (rule.citation,)), note, warning=near)

    def advance_testimony(self) -> None:
        facts = self.facts
        if (
            not facts.in_criminal_case
            or facts.advance_testimony_recorded
            or facts.planned_return_on is None
            or facts.returned_home_on is not None
        ):
            return
        label = Text("deadline.advance_testimony")
        note = Text("deadline.basis.advance_testimony")
        self.add(
            "advance_testimony", label, Period(facts.planned_return_on, ()), note, reading=True, warning=True
        )


def _cited_as(citation: RuleCitation) -> tuple:
    return (citation.rule_id, citation.effective_from, citation.source)
