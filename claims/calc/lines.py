"""One reported figure of a breakdown, and the ways a calculator makes it.

A line carries its label, its amount (rounded once, with :func:`claims.money.round_line`), the formula in words with
the numbers put in, its basis (rule citations and contractual terms), its period and flags. A missing amount is a
line whose amount is ``None`` and which is flagged ``missing``: it is never a zero.

Lines that are shown but do not count (the lower of contract and statute, the ILO benchmark, debts the worker owes,
amounts already counted under another head) have ``counted = False``. The part of a claim past its limitation period
is flagged ``time_barred``.

Apart from claims.calc.breakdown, which gathers the lines and adds them up: every calculator makes lines and
few need the totals, and making lines is the engine's hot path (a group case makes hundreds of thousands),
with tricks of its own that the totals should not have to be read past.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import lru_cache

from claims.calc.text import Text
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
        return english(self._label)

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
        return english(self.formula_text)

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(english(note) for note in self._notes)

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


def english(words: Text | str) -> str:
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
