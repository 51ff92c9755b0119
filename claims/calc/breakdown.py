"""The result of every calculation: lines a lawyer can read, check and defend, and warnings.

What a line is, and how a calculator makes one, is in claims.calc.lines; here the lines are gathered and
added up. Totals are the sums of the rounded lines, so the printed document adds up: per currency and per
forum, never across either. A missing amount is never read as zero: totals that would include it say they are
incomplete. Lines that do not count are left out; the part of a claim past its limitation period is summed apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from operator import attrgetter

from claims.calc.lines import Flag, Line
from claims.calc.text import Text
from claims.money import Money


class Head(StrEnum):
    WAGES = "wages"
    SEVERANCE = "severance"
    NOTICE = "notice"
    LEAVE = "leave"
    INTEREST = "interest"
    SURCHARGE = "surcharge"
    DEBT = "debt"
    FEES = "fees"
    TIP_FUND = "tip_fund"
    COMPENSATION = "compensation"
    DAMAGES = "damages"  # labour damages: recruitment costs and travel lost, unfair dismissal, other
    CONVERSION = "conversion"


class Forum(StrEnum):
    """Where a head of claim is filed. A labour filing never claims a criminal-forum head, and a criminal filing
    (s.44/1 petition, s.35 claim) never a labour-forum head; the Fund's items go to the Fund, not to a court."""

    LABOUR = "labour"
    CRIMINAL = "criminal"
    FUND = "fund"
    NONE = "none"  # shown, never claimed (debts the worker owes); or any forum (a currency conversion)


HEAD_FORUMS: dict[str, Forum] = {
    Head.WAGES: Forum.LABOUR,
    Head.SEVERANCE: Forum.LABOUR,
    Head.NOTICE: Forum.LABOUR,
    Head.LEAVE: Forum.LABOUR,
    Head.INTEREST: Forum.LABOUR,
    Head.SURCHARGE: Forum.LABOUR,
    Head.FEES: Forum.LABOUR,
    Head.DAMAGES: Forum.LABOUR,
    Head.COMPENSATION: Forum.CRIMINAL,
    Head.TIP_FUND: Forum.FUND,
    Head.DEBT: Forum.NONE,
    Head.CONVERSION: Forum.NONE,
}


# The order forums are listed and totalled in, and the main forum of a claim with lines in several (the first).
FORUM_ORDER = (Forum.LABOUR, Forum.CRIMINAL, Forum.FUND, Forum.NONE)


def head_forum(head: str) -> Forum:
    """The forum of a head; a head this version does not know is claimed nowhere rather than in the wrong court."""
    return HEAD_FORUMS.get(head, Forum.NONE)


@dataclass(frozen=True, slots=True)
class Warning:  # the domain word; this module never needs the builtin of that name
    code: str  # "no_rule_in_force", "assumption", "time_barred", "no_rule_tables", ...
    message: str  # in English; message_text holds the words in any language
    head: str | None = None
    rule: str | None = None
    on: date | None = None
    severity: str = "warning"  # or "error": a figure could not be computed
    message_text: Text | None = None


_SCENARIO = attrgetter("scenario")


@dataclass
class Breakdown:
    claimant: str = ""
    jurisdiction: str = ""
    computed_on: date | None = None
    lines: list[Line] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def add(self, line: Line) -> Line:
        self.lines.append(line)
        return line

    def warn(self, code: str, message: Text | str, **kwargs) -> None:
        if message.__class__ is Text:
            self.warnings.append(Warning(code, message.english(), message_text=message, **kwargs))
        else:
            self.warnings.append(Warning(code, message, **kwargs))

    def extend(self, other: Breakdown) -> None:
        self.lines.extend(other.lines)
        self.warnings.extend(other.warnings)

    def scenarios(self) -> list[str | None]:
        """``[None]`` for a single claim; ``["low", "high"]`` where a contract gives a range."""
        # The distinct scenarios first (map and set run in C), then the named ones: the same list, in one pass.
        named = sorted(filter(None, set(map(_SCENARIO, self.lines))), key=("low", "high").index)
        return named or [None]

    def _lines(self, scenario: str | None, *, barred: bool) -> list[Line]:
        flag = Flag.TIME_BARRED
        if scenario is None:  # the usual case, once per total: each test written out
            if barred:
                return [line for line in self.lines if line.counted and flag in line.flags]
            return [line for line in self.lines if line.counted and flag not in line.flags]
        return [
            line
            for line in self.lines
            if line.counted
            and (flag in line.flags) == barred
            and (line.scenario is None or line.scenario == scenario)
        ]

    @staticmethod
    def _sum(lines: list[Line]) -> dict[str, Money]:
        sums: dict[str, Decimal] = {}
        zero = Decimal(0)
        for line in lines:
            currency = line.currency
            amount = line.amount
            if amount is not None:
                sums[currency] = sums.get(currency, zero) + amount.amount
            elif currency not in sums:
                sums[currency] = zero
        return {currency: Money(amount, currency) for currency, amount in sorted(sums.items())}

    def totals(self, scenario: str | None = None, forum: str | None = None) -> dict[str, Money]:
        """Per currency: the sum of the counted, rounded lines of one forum that are not time-barred. Never
        converted, and never across forums: the Fund's items, criminal compensation and the labour claim are paid
        by different payers in different procedures (TH-TIP-COMP-HEADS), each totalled apart (forum_totals). Without
        ``forum``, the claim's main forum (:meth:`main_forum`): for a claim in one forum, every counted line."""
        lines = self._lines(self._pick(scenario), barred=False)
        wanted = forum or self._main_forum(lines)
        return self._sum([line for line in lines if head_forum(line.head) == wanted])

    def forum_totals(self, scenario: str | None = None) -> dict[str, dict[str, Money]]:
        """Per forum that has counted lines (labour, then criminal, then the Fund), per currency: its own total."""
        by_forum: dict[str, list[Line]] = {}
        for line in self._lines(self._pick(scenario), barred=False):
            by_forum.setdefault(head_forum(line.head), []).append(line)
        return {forum: self._sum(by_forum[forum]) for forum in FORUM_ORDER if forum in by_forum}

    def main_forum(self, scenario: str | None = None) -> str | None:
        """The forum :meth:`totals` adds up by default: the labour claim where there is one (the employer's, what a
        labour filing and a conciliation offer are measured against), else criminal compensation, else the Fund's
        items; None where nothing counts."""
        return self._main_forum(self._lines(self._pick(scenario), barred=False))

    @staticmethod
    def _main_forum(lines: list[Line]) -> str | None:
        present = {head_forum(line.head) for line in lines}
        return next((forum for forum in FORUM_ORDER if forum in present), None)

    def time_barred_totals(self, scenario: str | None = None) -> dict[str, Money]:
        return self._sum(self._lines(self._pick(scenario), barred=True))

    def subtotal(self, head: str, currency: str, scenario: str | None = None) -> Money | None:
        """``subtotals(scenario).get(head, {}).get(currency)``, adding up that head only."""
        lines = [line for line in self._lines(self._pick(scenario), barred=False) if line.head == head]
        return self._sum(lines).get(currency)

    def subtotals(self, scenario: str | None = None) -> dict[str, dict[str, Money]]:
        """Per head, per currency (not time-barred)."""
        by_head: dict[str, list[Line]] = {}
        for line in self._lines(self._pick(scenario), barred=False):
            by_head.setdefault(line.head, []).append(line)
        return {head: self._sum(lines) for head, lines in by_head.items()}

    def incomplete(self, scenario: str | None = None, forum: str | None = None) -> list[str]:
        """Currencies whose total (of ``forum``, by default the main one, as :meth:`totals`) leaves out a missing
        amount: the total must be printed as incomplete."""
        lines = self._lines(self._pick(scenario), barred=False)
        wanted = forum or self._main_forum(lines)
        return sorted({ln.currency for ln in lines if ln.amount is None and head_forum(ln.head) == wanted})

    def forum_incomplete(self, scenario: str | None = None) -> dict[str, list[str]]:
        """:meth:`incomplete` of each forum that has a missing amount."""
        found: dict[str, set[str]] = {}
        for line in self._lines(self._pick(scenario), barred=False):
            if line.amount is None:
                found.setdefault(head_forum(line.head), set()).add(line.currency)
        return {forum: sorted(found[forum]) for forum in FORUM_ORDER if forum in found}

    def _pick(self, scenario: str | None) -> str | None:
        # With a range and no scenario asked for, the low claim is the safe default to print. Whether any line
        # names a scenario is what scenarios() != [None] asks, without sorting: every total asks it.
        if scenario is None and any(map(_SCENARIO, self.lines)):
            return "low"
        return scenario

    def head(self, name: str) -> list[Line]:
        return [line for line in self.lines if line.head == name]


def group_totals(breakdowns: list[Breakdown], scenario: str | None = None) -> dict[str, Money]:
    """Totals of a group case (e.g. 43 plaintiffs): the sum of each claimant's totals, per currency."""
    sums: dict[str, Money] = {}
    for breakdown in breakdowns:
        for currency, money in breakdown.totals(scenario).items():
            sums[currency] = sums.get(currency, Money.zero(currency)) + money
    return dict(sorted(sums.items()))
