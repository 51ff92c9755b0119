"""Periods counted the CCC's way, and where they end on the courts' calendar: the one arithmetic both the
limitation check of a calculation (claims.calc.limitation) and the deadline engine (claims.calc.deadlines) use, so
that a wage claim is never flagged time-barred on a day the deadline page gives as its last.

Counting (rule book TH-CCC-PRESC-2Y): the day of the event is not counted (s.193/3 para 2), so a period of N days
ends N days after it; a period in months or years ends on the day before the day of its last month that
corresponds to its first counted day, or on the last day of that month where there is no such day (s.193/5
para 2). A last day the courts are closed moves to the next working day where the forum's
``<forum>.deadlines.last_day_moves_to_next_working_day`` says so (s.193/8); a forum without that rule does not
move it (the Philippine money-claims period is counted on the calendar only: its rule is not in the tables).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from claims.calc.calendar import WorkingDays
from claims.calc.dates import ONE_DAY, add_months, days_in_month, month_end
from claims.calc.lookup import Rules
from claims.calc.text import Cite, Join, Text
from claims.rules.model import RuleCitation, RuleValue, Unit


def move_rule(forum: str) -> str:
    return f"{forum}.deadlines.last_day_moves_to_next_working_day"


MOVE_RULE = move_rule("th")


def month_period_end(first: date, months: int) -> date:
    """The last day of a period of ``months`` months whose first counted day is ``first`` (CCC s.193/5 para 2): the
    day before the corresponding day of the last month, or that month's last day where it has no such day."""
    target = add_months(first.replace(day=1), months)
    if first.day > days_in_month(target.year, target.month):
        return month_end(target)
    return target.replace(day=first.day) - ONE_DAY


def period_last_day(event: date, length: int, unit: Unit) -> date:
    """The last day of a period of ``length`` ``unit`` counted from ``event``, the day of the event not counted
    (CCC s.193/3 para 2)."""
    if unit is Unit.DAYS:
        return event + timedelta(days=length)
    if unit is Unit.MONTHS:
        return month_period_end(event + ONE_DAY, length)
    if unit is Unit.YEARS:
        return month_period_end(event + ONE_DAY, 12 * length)
    raise ValueError(f"a period is in days, months or years, not {unit.value}")


def whole(value: RuleValue) -> int:
    number = value.decimal
    if number != number.to_integral_value():
        raise ValueError(f"rule {value.citation.rule!r} must give a whole number of {value.unit.value}")
    return int(number)


@dataclass(frozen=True, slots=True)
class Settled:
    """Where a period ends on the calendar: ``last_day`` (moved where the law says), the day the counting gave
    where it moved (``moved_from``), the move rule's citation where it was asked (``move``: it moved, or the rule
    says a closed last day stays), and, where it moved, the words saying which days were closed and why."""

    last_day: date
    moved_from: date | None = None
    move: RuleCitation | None = None
    because: Text | None = None


def settle(rules: Rules, forum: str, last: date, calendar: WorkingDays) -> Settled:
    """The last day ``last`` settled on ``calendar`` under the forum's move rule (s.193/8 in Thailand). Raises
    NoRuleInForce where the move rule has no entry for ``last``."""
    if calendar.is_working_day(last):
        return Settled(last)
    rule = move_rule(forum)
    if not rules.has(rule):
        return Settled(last)
    moves = rules.at(rule, last)
    if moves.value is not True:
        return Settled(last, move=moves.citation)
    to = calendar.next_working_day(last)
    closed = []
    day = last
    while day < to:
        closed.append(calendar.closed_because(day))
        day += ONE_DAY
    because = Text(
        "deadline.moved",
        {"from": last, "to": to, "why": Join(tuple(closed), "; "), "rule": Cite(moves.citation)},
    )
    return Settled(to, last, moves.citation, because)


def last_day(rules: Rules, rule: str, event: date, calendar: WorkingDays) -> tuple[Settled, RuleValue]:
    """The period ``rule`` gives from ``event`` (which selects its entry), settled on ``calendar``: what the
    deadline engine lists and what the limitation check compares with the filing date. Raises NoRuleInForce or
    UnknownRule."""
    value = rules.at(rule, event)
    counted = period_last_day(event, whole(value), value.unit)
    return settle(rules, rule.split(".", 1)[0], counted, calendar), value


def may_move(calendar: WorkingDays, last: date) -> Text | None:
    """Words saying that ``last`` may still move, where its year lacks a holiday set each year by announcement
    (the calendar cannot know the day yet); None where the calendar knows the whole year."""
    missing = calendar.unannounced(last.year)
    if not missing:
        return None
    names = tuple(Text(f"calendar.announced.{key}") for key in missing)
    return Text("calendar.may_move", {"day": last, "holidays": Join(names, ", ")})
