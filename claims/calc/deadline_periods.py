"""How a deadline's period is counted from its event: the rule's entry selected on the event's day, the last day
settled on the courts' calendar, and the words of the basis that say how it was counted and why it moved.

A module apart from claims.calc.deadlines because the counting is the same for every deadline and rests on the
Civil and Commercial Code's reckoning, not on the facts of a claimant; which deadlines a claimant has, from which
facts and under which readings, is the engine's, whose worker takes this as its base.

Counting (CCC, rule book TH-CCC-PRESC-2Y; for the procedural periods a reading, see th/deadlines.toml): the day of
the event is not counted (s.193/3 para 2), so a period of N days ends N days after it; a period in months or years
ends on the day before the day of its last month that corresponds to its first counted day, or on the last day of
that month where there is no such day (s.193/5 para 2): a month from 31 Jan 2025 ends on 28 Feb 2025, two years from
a wage due on 29 Feb 2016 end on 28 Feb 2018. A last day the courts are closed moves to the next working day where
``th.deadlines.last_day_moves_to_next_working_day`` says so (s.193/8); the deadline then keeps the first last day in
``moved_from`` and says in ``moved_because`` which days were closed and why.

Working days: the courts' calendar of claims/calc/calendar.py (weekends, the ``holidays`` package's Thai public
and government holidays, closure days and open days, an administrator's and the shipped ones), counted by
claims/calc/periods.py, which the limitation check of a calculation uses too: both give the same last day. A
holiday the calendar does not know (one announced late) makes a date earlier than the law's, never later; an
administrator adds it as a closure day. Where a last day's year lacks a holiday set each year by announcement (the
Royal Ploughing Ceremony), the deadline says in ``may_move`` that it may still move. No rule in the tables is
counted in working days today: a rule that is would need a unit of its own (claims/rules/model.py) and
:meth:`WorkingDays.add_working_days`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from claims.calc.calendar import WorkingDays
from claims.calc.lookup import Rules
from claims.calc.periods import last_day as settled_last_day
from claims.calc.periods import may_move, whole
from claims.calc.text import Text
from claims.rules.model import RuleCitation, Unit

_EVENTS = {
    "wage_due": Text("deadline.event.wage_due"),
    "work_ended": Text("deadline.event.work_ended"),
    "identified": Text("deadline.event.identified"),
    "returned": Text("deadline.event.returned"),
    "judgment_read": Text("deadline.event.judgment_read"),
    "refund_due": Text("deadline.event.refund_due"),
}


@dataclass(frozen=True, slots=True)
class Period:
    """A period counted and its last day settled: where it ends, what it rests on, and how it moved."""

    due_on: date
    basis: tuple[RuleCitation | Text, ...]
    moved_from: date | None = None
    moved_because: Text | None = None
    may_move: Text | None = None


class DeadlinePeriods:
    """The periods of one claimant's deadlines: a base of claims.calc.deadlines' worker, whose ``__init__`` sets
    what they read (the rule book and the courts' calendar)."""

    rules: Rules
    calendar: WorkingDays

    def period(self, rule: str, event: date, what: str) -> Period:
        """The period ``rule`` gives from ``event`` (selecting its entry), its last day moved as the law says
        (claims.calc.periods, as the limitation check of a calculation counts it). Raises NoRuleInForce or
        UnknownRule."""
        found, value = settled_last_day(self.rules, rule, event, self.calendar)
        counted = Text(
            "deadline.basis.counted",
            {"period": _length_text(whole(value), value.unit), "event": _EVENTS[what], "on": event},
        )
        basis = (value.citation, counted) if found.move is None else (value.citation, counted, found.move)
        return Period(
            found.last_day, basis, found.moved_from, found.because, may_move(self.calendar, found.last_day)
        )

    def last_day(self, rule: str, event: date) -> date:
        """The date :meth:`period` gives, without the words of its basis: cheap enough to try every wage of ten
        years for the oldest one still in time. Raises NoRuleInForce or UnknownRule."""
        return settled_last_day(self.rules, rule, event, self.calendar)[0].last_day


def _length_text(length: int, unit: Unit) -> Text:
    if unit is Unit.DAYS:
        return Text("deadline.period.day") if length == 1 else Text("deadline.period.days", {"n": length})
    if unit is Unit.MONTHS:
        return Text("deadline.period.month") if length == 1 else Text("deadline.period.months", {"n": length})
    return Text("deadline.period.year") if length == 1 else Text("deadline.period.years", {"n": length})


def with_period_basis(period: Period, extra: tuple[RuleCitation | Text, ...]) -> Period:
    """``period`` citing ``extra`` as well, after its own rule and counting."""
    return Period(
        period.due_on,
        (*period.basis[:2], *extra, *period.basis[2:]),
        period.moved_from,
        period.moved_because,
        period.may_move,
    )
