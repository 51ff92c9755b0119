"""The result of every calculation: lines a lawyer can read, check and defend, and warnings.

A line carries its label, its amount (rounded once, with :func:`claims.money.round_line`), the formula in words with
the numbers put in, its basis (rule citations and contractual terms), its period and flags. Totals are the sums of the
rounded lines, so the printed document adds up. A missing amount is a line whose amount is ``None`` and which is
flagged ``missing``: it is never a zero, and totals that would include it say they are incomplete.

Lines that are shown but do not count (the lower of contract and statute, the ILO benchmark, debts the worker owes,
amounts already counted under another head) have ``counted = False``. The part of a claim past its limitation period
is flagged ``time_barred`` and summed apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import lru_cache
from operator import attrgetter

from claims.calc.text import Text, to_json
from claims.money import Money, quantum, round_line
from claims.rules.model import RuleCitation


class Flag(StrEnum):
    UNVERIFIED = "unverified"  # rests on a rule the rule book could not confirm
    TIME_BARRED = "time_barred"  # past its limitation period: shown, summed apart
    ASSUMPTION = "assumption"  # a fact was missing and an assumption, stated on the line, filled it
    CONVENTION = "convention"  # rests on a CONV-* default the law does not fix
    MISSING = "missing"  # the amount is not known; never read it as zero
    ERROR = "error"  # no rule in force, or an input that cannot be computed
    NOT_COUNTED = "not_counted"  # shown for comparison or information only


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


Basis = RuleCitation | Text | str


class Line:
    """One reported figure. ``formula`` may be given as a callable that writes the words on first reading: a group
    case makes hundreds of thousands of lines and most are only summed, never printed.

    The label, the formula, the notes and the words of the basis are :class:`~claims.calc.text.Text` (a catalogue
    key and its arguments) so that they can be written in any language: ``label``, ``formula`` and ``notes`` give the
    English words, ``label_text``, ``formula_text`` and ``notes_text`` the texts. A plain string is accepted too
    (shown as it is in every language)."""

    __slots__ = (
        "head",
        "_label",
        "amount",
        "currency",
        "_formula",
        "basis",
        "period",
        "flags",
        "counted",
        "scenario",
        "_notes",
    )

    def __init__(
        self,
        head: str,
        label: Text | str,
        amount: Money | None,
        currency: str,
        formula: Text | str | Callable[[], Text | str] | tuple,
        basis: tuple[Basis, ...] = (),
        period: tuple[date, date] | None = None,
        flags: set[str] | frozenset[str] | None = None,
        counted: bool = True,
        scenario: str | None = None,
        notes: tuple[Text | str, ...] = (),
    ):
        self.head = head
        self._label = label
        self.amount = amount
        self.currency = currency
        self._formula = formula
        self.basis = basis
        self.period = period
        self.flags = (
            _NO_FLAGS if not flags else flags if flags.__class__ is frozenset else _intern(frozenset(flags))
        )
        self.counted = counted
        self.scenario = scenario
        self._notes = notes

    def add_flag(self, flag: str) -> None:
        self.flags = _with(self.flags, flag)

    def discard_flag(self, flag: str) -> None:
        if flag in self.flags:
            self.flags = _intern(self.flags - {flag})

    @property
    def label(self) -> str:
        return _english(self._label)

    @property
    def label_text(self) -> Text | str:
        return self._label

    @property
    def formula_text(self) -> Text | str:
        formula = self._formula
        kind = formula.__class__
        if kind is not Text and kind is not str:
            # a callable, or (function, *arguments): the function makes the text from the arguments
            formula = self._formula = formula[0](*formula[1:]) if kind is tuple else formula()
        return formula

    @property
    def formula(self) -> str:
        return _english(self.formula_text)

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(_english(note) for note in self._notes)

    @property
    def notes_text(self) -> tuple[Text | str, ...]:
        return self._notes

    def add_note(self, note: Text | str) -> None:
        if note not in self._notes:
            self._notes = (*self._notes, note)

    def basis_text(self, locale: str = "en") -> str:
        return "; ".join(basis_words(b, locale) for b in self.basis)

    @property
    def missing(self) -> bool:
        return self.amount is None

    @property
    def time_barred(self) -> bool:
        return Flag.TIME_BARRED in self.flags

    def __repr__(self) -> str:
        return f"Line({self.head!r}, {self.label!r}, {self.amount}, {self.formula!r}, flags={sorted(self.flags)})"


_NEW_OBJECT = object.__new__


def new_line(
    head: str,
    label: Text | str,
    amount: Money | None,
    currency: str,
    formula: Text | str | Callable[[], Text | str] | tuple,
    basis: tuple[Basis, ...],
    period: tuple[date, date] | None,
    flags: frozenset[str],
    counted: bool,
    scenario: str | None,
    notes: tuple[Text | str, ...],
) -> Line:
    """``Line(...)`` with every argument given and ``flags`` interned already (as make_line, line_marks and
    with_flag leave them). For the loops that make a line per month: Python 3.11 makes a class with an __init__ of
    its own through a slower call than a plain function's, and this skips the check of the flags."""
    line = _NEW_OBJECT(Line)
    line.head = head
    line._label = label
    line.amount = amount
    line.currency = currency
    line._formula = formula
    line.basis = basis
    line.period = period
    line.flags = flags
    line.counted = counted
    line.scenario = scenario
    line._notes = notes
    return line


def _english(words: Text | str) -> str:
    return words if words.__class__ is str else words.english()


def basis_words(item: Basis, locale: str = "en") -> str:
    """One item of a line's basis in words: a rule citation, or contractual words."""
    if item.__class__ is RuleCitation:
        return item.text(locale)
    return item if item.__class__ is str else item.render(locale)


# Flags are frozensets shared between lines: a group case makes hundreds of thousands of lines, and a set each
# would cost memory and garbage-collector time for a handful of distinct combinations.
_NO_FLAGS: frozenset[str] = frozenset()
NO_FLAGS = _NO_FLAGS  # a line without flags, for new_line
_FLAG_SETS: dict[frozenset[str], frozenset[str]] = {}


def _intern(flags: frozenset[str]) -> frozenset[str]:
    return _FLAG_SETS.setdefault(flags, flags)


_ADDED: dict[tuple[frozenset[str], str], frozenset[str]] = {}


def with_flag(flags: frozenset[str], flag: str) -> frozenset[str]:
    """``flags`` with ``flag`` added, interned, as :meth:`Line.add_flag` would leave them."""
    return _with(flags, flag)


def _with(flags: frozenset[str], flag: str) -> frozenset[str]:
    """``flags`` with ``flag`` added, interned (a dictionary hit once each combination has been seen)."""
    key = (flags, flag)
    found = _ADDED.get(key)
    if found is None:
        found = _ADDED[key] = _intern(flags | {flag})
    return found


_QUANTA: dict[str, Decimal] = {}


@lru_cache(maxsize=1024)
def _unverified_note(rule_ids: tuple[str, ...]) -> Text:
    return Text("note.unverified", {"rules": ", ".join(dict.fromkeys(rule_ids))})


# Money is a frozen dataclass with slots: its slot descriptors set a new instance's fields without going through
# the frozen __setattr__, which is what ``rounded`` needs once per line.
_NEW = object.__new__
_SET_AMOUNT = Money.__dict__["amount"].__set__
_SET_CURRENCY = Money.__dict__["currency"].__set__


def rounded(amount: Decimal, currency: str) -> Money:
    """Exactly ``round_line(Money(amount, currency))`` (CONV-ROUND, tested to agree), without re-checking the
    currency code on each of the hundreds of thousands of lines a group case makes."""
    q = _QUANTA.get(currency)
    if q is None:
        round_line(Money(Decimal(0), currency))  # validates the code once
        q = _QUANTA[currency] = quantum(currency)
    money = _NEW(Money)
    _SET_AMOUNT(money, amount.quantize(q, ROUND_HALF_UP))
    _SET_CURRENCY(money, currency)
    return money


@dataclass(frozen=True, slots=True)
class Warning:  # the domain word; this module never needs the builtin of that name
    code: str  # "no_rule_in_force", "assumption", "time_barred", "no_rule_tables", ...
    message: str  # in English; message_text holds the words in any language
    head: str | None = None
    rule: str | None = None
    on: date | None = None
    severity: str = "warning"  # or "error": a figure could not be computed
    message_text: Text | None = None


def make_line(
    head: str,
    label: Text | str,
    amount: Decimal | None,
    currency: str,
    formula: Text | str | Callable[[], Text | str] | tuple,
    basis: tuple[Basis, ...] = (),
    *,
    period: tuple[date, date] | None = None,
    flags: set[str] | None = None,
    counted: bool = True,
    scenario: str | None = None,
    notes: tuple[Text | str, ...] = (),
) -> Line:
    """Round once, and flag the line unverified (saying so in its notes) when any rule it rests on is."""
    if not flags:
        flags = _NO_FLAGS
    elif flags.__class__ is not frozenset or flags not in _FLAG_SETS:
        flags = _intern(frozenset(flags))
    else:
        flags = _FLAG_SETS[flags]
    if amount is None:
        money = None
        flags = _with(flags, Flag.MISSING)
    else:
        q = _QUANTA.get(currency)
        if q is None:
            money = rounded(amount, currency)
        else:  # rounded(), inlined: this runs once per line
            money = _NEW(Money)
            _SET_AMOUNT(money, amount.quantize(q, ROUND_HALF_UP))
            _SET_CURRENCY(money, currency)
    unverified = None
    for b in basis:
        if b.__class__ is RuleCitation and not b.source.verified:
            unverified = [*(unverified or ()), b.rule_id]
    if unverified:
        flags = _with(flags, Flag.UNVERIFIED)
        notes = (*notes, _unverified_note(tuple(unverified)))
    if not counted:
        flags = _with(flags, Flag.NOT_COUNTED)
    return Line(head, label, money, currency, formula, basis, period, flags, counted, scenario, notes)


def line_marks(
    head: str, label: Text | str, currency: str, basis: tuple[Basis, ...], flags: set[str] | None = None
) -> tuple[frozenset[str], tuple[Text | str, ...]]:
    """The flags and notes :func:`make_line` gives a counted line with a known amount: for a calculator that
    makes many lines on the same basis and builds them with :func:`planned_line`."""
    line = make_line(head, label, Decimal(0), currency, "", basis, flags=flags)
    return line.flags, line.notes_text


def planned_line(
    head: str,
    label: Text | str,
    amount: Decimal,
    currency: str,
    formula: Text | str | Callable[[], Text | str] | tuple,
    basis: tuple[Basis, ...],
    period: tuple[date, date] | None,
    flags: frozenset[str],
    notes: tuple[Text | str, ...],
    scenario: str | None,
    counted: bool = True,
) -> Line:
    """Exactly ``make_line(...)`` for a known amount, with the flags and notes :func:`line_marks` worked out."""
    return Line(
        head,
        label,
        rounded(amount, currency),
        currency,
        formula,
        basis,
        period,
        flags,
        counted,
        scenario,
        notes,
    )


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


def _money(money: Money | None) -> str | None:
    return None if money is None else str(money.amount)


def _totals_dict(totals: dict[str, Money]) -> dict[str, str]:
    return {currency: str(money.amount) for currency, money in totals.items()}


def line_to_dict(line: Line) -> dict:
    return _line_dict(line, ({}, {}, {}, {}, {}))


def _basis_dict(item: Basis, memo: dict) -> dict:
    if item.__class__ is RuleCitation:
        return {
            "rule": item.rule,
            "rule_id": item.rule_id,
            "text": item.text(),
            "text_th": item.text("th"),
            "verified": item.verified,
        }
    if item.__class__ is Text:
        return {"text": item.english(), "text_text": to_json(item, memo)}
    return {"text": item}


def _line_dict(line: Line, seen: tuple[dict, dict, dict, dict, dict]) -> dict:
    # Lines share their basis, notes, labels, flags and periods (a month's lines, a plan's lines): each is written
    # out once per breakdown. The lists and dictionaries of a line are copied, since they are the caller's to
    # change; the key-and-arguments dictionaries (the *_text values) are shared between lines and read-only: a
    # deep copy of each would cost more than the rest of to_dict. One dictionary per kind: the empty tuple is one
    # object, so an empty basis and empty notes have the same id().
    seen_basis, seen_notes, seen_flags, seen_periods, seen_texts = seen
    basis = seen_basis.get(id(line.basis))
    if basis is None:
        basis = seen_basis[id(line.basis)] = [_basis_dict(b, seen_texts) for b in line.basis]
    notes = line.notes_text
    written = seen_notes.get(id(notes))
    if written is None:
        keyed = [None if note.__class__ is str else to_json(note, seen_texts) for note in notes]
        written = seen_notes[id(notes)] = (
            [_english(note) for note in notes],
            keyed if any(note is not None for note in keyed) else None,
        )
    flags = seen_flags.get(id(line.flags))
    if flags is None:
        flags = seen_flags[id(line.flags)] = sorted(str(flag) for flag in line.flags)
    period = line.period
    if period is not None:
        dates = seen_periods.get(id(period))
        if dates is None:
            dates = seen_periods[id(period)] = [period[0].isoformat(), period[1].isoformat()]
        period = list(dates)
    label = line.label_text
    formula = line.formula_text
    found = {
        "head": line.head,
        "label": _english(label),
        "amount": _money(line.amount),
        "currency": line.currency,
        "formula": _english(formula),
        "basis": [dict(b) for b in basis],
        "period": period,
        "flags": list(flags),
        "counted": line.counted,
        "scenario": line.scenario,
        "notes": list(written[0]),
    }
    if label.__class__ is Text:
        found["label_text"] = to_json(label, seen_texts)
    if formula.__class__ is Text:
        found["formula_text"] = to_json(formula, seen_texts)
    if written[1] is not None:
        found["notes_text"] = list(written[1])
    return found


def _warning_dict(warning: Warning) -> dict:
    found = {
        "code": warning.code,
        "message": warning.message,
        "head": warning.head,
        "rule": warning.rule,
        "on": warning.on.isoformat() if warning.on else None,
        "severity": warning.severity,
    }
    if warning.message_text is not None:
        found["message_text"] = to_json(warning.message_text)
    return found


def to_dict(breakdown: Breakdown) -> dict:
    """The breakdown as plain JSON-ready data: amounts as decimal strings, dates as ISO strings."""
    scenarios = breakdown.scenarios()
    # keyed by id(): every object keyed is held by a line of the breakdown while this runs
    seen: tuple[dict, dict, dict, dict, dict] = ({}, {}, {}, {}, {})
    result = {
        "claimant": breakdown.claimant,
        "jurisdiction": breakdown.jurisdiction,
        "computed_on": breakdown.computed_on.isoformat() if breakdown.computed_on else None,
        "lines": [_line_dict(line, seen) for line in breakdown.lines],
        "warnings": [_warning_dict(w) for w in breakdown.warnings],
    }
    by_scenario = {}
    for scenario in scenarios:
        # "totals" is the main forum's ("forum"); each forum's own total is in "forum_totals", never one sum of them
        by_scenario[scenario or "claim"] = {
            "totals": _totals_dict(breakdown.totals(scenario)),
            "incomplete": breakdown.incomplete(scenario),
            "forum": breakdown.main_forum(scenario),
            "forum_totals": {f: _totals_dict(t) for f, t in breakdown.forum_totals(scenario).items()},
            "forum_incomplete": breakdown.forum_incomplete(scenario),
            "subtotals": {h: _totals_dict(t) for h, t in breakdown.subtotals(scenario).items()},
            "time_barred": _totals_dict(breakdown.time_barred_totals(scenario)),
        }
    result.update(by_scenario[scenarios[0] or "claim"])
    if scenarios != [None]:
        result["scenarios"] = by_scenario
    return result
