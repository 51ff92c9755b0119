"""The rule-table model: a rule is a list of entries keyed by the date they take effect.

A value holds from its entry's date until the next entry; a repeal is an entry of its own. There are no "to"
dates, so there can be neither gaps nor overlaps by construction. A lookup before the first entry, or after a
repeal, raises :class:`NoRuleInForce` naming the rule and the date: a silent zero is how a wrong figure reaches
a filing.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from claims.rules.areas import TH_DISTRICTS
from claims.rules.thai import thai_date


class Unit(StrEnum):
    """The closed list of units a rule value may carry. A new unit is a deliberate code change."""

    THB = "THB"
    THB_PER_DAY = "THB/day"
    THB_PER_MONTH = "THB/month"
    PHP = "PHP"
    PHP_PER_DAY = "PHP/day"
    PHP_PER_MONTH = "PHP/month"
    RATE_PER_MONTH = "rate/month"
    RATE_PER_YEAR = "rate/year"
    FRACTION = "fraction"
    MULTIPLE = "multiple"
    HOURS_PER_DAY = "hours/day"
    HOURS_PER_WEEK = "hours/week"
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"
    FLAG = "flag"


class UnknownRule(LookupError):
    def __init__(self, name: str):
        super().__init__(f"no rule named {name!r} in the rule book")
        self.name = name


class NoRuleInForce(LookupError):
    """No entry of the rule covers the date (or the key): the calculator must say so, never use zero.

    ``reason`` says why in a form a calculator can put into words in any language: "before_first" (``about`` is
    the first entry's date), "repealed" (``about`` is the repeal's date) or "no_key" (``about`` is the key asked
    for); None where only ``detail`` explains it.
    """

    def __init__(
        self, name: str, on: date, detail: str = "", *, reason: str | None = None, about: Any = None
    ):
        message = f"rule {name!r} has no value in force on {on.isoformat()}"
        if detail:
            message += f": {detail}"
        super().__init__(message)
        self.name = name
        self.on = on
        self.detail = detail
        self.reason = reason
        self.about = about


@dataclass(frozen=True, slots=True)
class Source:
    """Where a value comes from. ``verified`` is False, with the reason, where the rule book could not confirm it."""

    instrument: str
    section: str
    verified: bool
    gazette: str | None = None
    published: date | None = None
    url: str | None = None
    unverified_reason: str | None = None
    verified_by: str | None = None
    note: str | None = None
    # The official Thai names, for Thai documents and pages: "พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541", "มาตรา 118".
    # Written with Arabic digits; a document converts digits when its template asks for Thai ones.
    instrument_th: str | None = None
    section_th: str | None = None

    def short(self, locale: str = "en") -> str:
        """Instrument and section, in Thai where the rule file gives the Thai names (each falls back to English)."""
        if not is_thai(locale) or (self.instrument_th is None and self.section_th is None):
            return f"{self.instrument}, {self.section}"
        if self.instrument_th is not None and self.section_th is not None:
            return f"{self.instrument_th} {self.section_th}"
        return f"{self.instrument_th or self.instrument}, {self.section_th or self.section}"


def is_thai(locale: object) -> bool:
    """Whether a locale ("th", "th_TH", "th-TH" or a babel Locale) is Thai."""
    return str(locale)[:2].lower() == "th"


@dataclass(frozen=True, slots=True)
class RuleCitation:
    """What a computed line cites: the rule's name, its rule-book ID, the entry's start date and its source."""

    rule: str
    rule_id: str
    effective_from: date
    source: Source

    @property
    def verified(self) -> bool:
        return self.source.verified

    def text(self, locale: str = "en") -> str:
        """The citation as a line prints it: in Thai for a Thai locale (the names fall back to English where the
        rule file gives no Thai ones), else in English."""
        if is_thai(locale):
            mark = "" if self.verified else " [ยังไม่ได้ตรวจสอบ]"
            since = thai_date(self.effective_from)
            return f"{self.source.short(locale)} ({self.rule_id}, ใช้บังคับตั้งแต่ {since}){mark}"
        mark = "" if self.verified else " [UNVERIFIED]"
        return (
            f"{self.source.short()} ({self.rule_id}, in force from {self.effective_from.isoformat()}){mark}"
        )


# The key of a table entry that stands for every key not listed (e.g. all 77 provinces at 300 THB in 2013).
EVERY_KEY = "*"


def normalise_key(key: str) -> str:
    """How a table key is written in the files: "Chon Buri" and "chon-buri" both become "chon_buri"."""
    return key.strip().lower().replace(" ", "_").replace("-", "_")


@dataclass(frozen=True, slots=True)
class RuleEntry:
    effective_from: date
    source: Source
    value: Any = None  # Decimal, Mapping[str, Decimal] (a table) or tuple of Mappings (tiers)
    repealed: bool = False
    # A table entry may carry a source of its own for some keys (one province's rate is UNVERIFIED while the
    # rest of the round is verified). Keys not listed are cited with ``source``.
    key_sources: Mapping[str, Source] | None = None


@dataclass(frozen=True, slots=True)
class RuleValue:
    """A value in force on a date, with the citation a computed line carries."""

    value: Any
    unit: Unit
    citation: RuleCitation
    # For a table: the keys whose source differs from the entry's (see RuleEntry.key_sources and item()).
    key_sources: Mapping[str, Source] | None = None

    @property
    def decimal(self) -> Decimal:
        if not isinstance(self.value, Decimal):
            raise TypeError(
                f"rule {self.citation.rule!r} is a {type(self.value).__name__}, not a single number"
            )
        return self.value

    def _table_key(self, key: str, on: date) -> str:
        if not isinstance(self.value, Mapping):
            raise TypeError(f"rule {self.citation.rule!r} is not a table")
        normalised = normalise_key(key)
        if normalised in self.value:
            return normalised
        # A district without a rate of its own in this table (every minimum-wage round before 2025) has its
        # province's: Mueang Chiang Mai was paid the Chiang Mai rate until the districts were split off.
        parent = TH_DISTRICTS.get(normalised)
        if parent in self.value:
            return parent
        if EVERY_KEY in self.value:  # a value for every key, e.g. the nationwide 300 THB of 2013-2016
            return EVERY_KEY
        raise NoRuleInForce(
            self.citation.rule, on, f"no value for {key!r} in this table", reason="no_key", about=key
        )

    def lookup(self, key: str, on: date) -> Decimal:
        """A keyed table (e.g. minimum wage by province): a missing key is a missing rule, not zero.

        Returns the number only; use :meth:`item` for the number with the citation of that key, which may be
        UNVERIFIED where the rest of the table is not.
        """
        return self.value[self._table_key(key, on)]

    def item(self, key: str, on: date) -> RuleValue:
        """One key of a table as a value of its own, cited with the key's own source where it has one."""
        found = self._table_key(key, on)
        source = (self.key_sources or {}).get(found, self.citation.source)
        citation = RuleCitation(
            self.citation.rule, self.citation.rule_id, self.citation.effective_from, source
        )
        return RuleValue(value=self.value[found], unit=self.unit, citation=citation)


@dataclass(frozen=True)
class Rule:
    name: str  # "th.overtime.workday": jurisdiction.topic.rule
    rule_id: str  # the rule book's ID, "TH-LPA-OT-1.5"
    description: str
    unit: Unit
    selected_by: str  # which date picks the entry: "due date", "termination date", "day of default" ...
    entries: tuple[RuleEntry, ...]
    file: str = ""
    _starts: tuple[date, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = tuple(entry.effective_from for entry in self.entries)
        if list(starts) != sorted(set(starts)):
            raise ValueError(f"rule {self.name!r}: entries must be in date order with no date twice")
        object.__setattr__(self, "_starts", starts)

    @property
    def jurisdiction(self) -> str:
        return self.name.split(".", 1)[0]

    def entry_on(self, on: date) -> RuleEntry:
        index = bisect.bisect_right(self._starts, on) - 1
        if index < 0:
            if not self._starts:
                raise NoRuleInForce(self.name, on, "its first entry takes effect on never")
            first = self._starts[0]
            raise NoRuleInForce(
                self.name,
                on,
                f"its first entry takes effect on {first.isoformat()}",
                reason="before_first",
                about=first,
            )
        entry = self.entries[index]
        if entry.repealed:
            raise NoRuleInForce(
                self.name,
                on,
                f"repealed from {entry.effective_from.isoformat()}",
                reason="repealed",
                about=entry.effective_from,
            )
        return entry

    def at(self, on: date) -> RuleValue:
        entry = self.entry_on(on)
        return RuleValue(
            value=entry.value,
            unit=self.unit,
            citation=RuleCitation(self.name, self.rule_id, entry.effective_from, entry.source),
            key_sources=entry.key_sources,
        )

    def changes_between(self, start: date, end: date) -> list[date]:
        """Dates inside (start, end] on which a new entry takes effect: where an interest period must be split."""
        return [d for d in self._starts if start < d <= end]


@dataclass(frozen=True, slots=True)
class ShippedDay:
    """One entry of the shipped courts' calendar (claims/rules/th/calendar/courts.toml): a closure or an open day,
    why in English and Thai, where (no provinces: the whole country), the source. ``moved_to``: for an open day,
    the day the holiday moved to. ``announces``: the holiday set each year by announcement whose day it gives
    (``royal_ploughing``), if any."""

    day: date
    reason: str
    reason_th: str
    source: Source
    provinces: tuple[str, ...] = ()
    moved_to: date | None = None
    announces: str | None = None

    @property
    def verified(self) -> bool:
        return self.source.verified

    @property
    def applies(self) -> bool:
        """Only a verified, nationwide entry moves a last day (the file's header says why)."""
        return self.source.verified and not self.provinces


@dataclass(frozen=True, slots=True)
class CourtDays:
    """The shipped courts' calendar: closures and open days, each in date order."""

    closures: tuple[ShippedDay, ...] = ()
    open_days: tuple[ShippedDay, ...] = ()


class RuleBook:
    """All rules of all jurisdictions, by name, and the shipped courts' calendar. Calculators receive one; they
    never load files."""

    def __init__(self, rules: Mapping[str, Rule] | list[Rule], court_days: CourtDays | None = None):
        self.court_days = court_days or CourtDays()
        items = rules.values() if isinstance(rules, Mapping) else rules
        self._rules: dict[str, Rule] = {}
        for rule in items:
            if rule.name in self._rules:
                raise ValueError(f"rule {rule.name!r} is defined twice")
            self._rules[rule.name] = rule

    def rule(self, name: str) -> Rule:
        try:
            return self._rules[name]
        except KeyError:
            raise UnknownRule(name) from None

    def at(self, name: str, on: date) -> RuleValue:
        return self.rule(name).at(on)

    def has(self, name: str) -> bool:
        return name in self._rules

    def names(self, jurisdiction: str | None = None) -> list[str]:
        return sorted(n for n in self._rules if jurisdiction is None or n.startswith(jurisdiction + "."))

    def jurisdictions(self) -> list[str]:
        return sorted({rule.jurisdiction for rule in self._rules.values()})

    def __len__(self) -> int:
        return len(self._rules)
