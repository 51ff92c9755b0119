"""Rule look-ups for the calculators, memoised per rule book.

A claim with ten years of monthly records asks for the same rule on the same dates again and again, and a group
case repeats that for every claimant. The rule book is immutable once loaded, so answers are cached per book
(weakly, so a reloaded book gets a fresh cache). Errors are not cached: they are rare and carry their date.

Every date on which the same entry of a rule is in force gets the same :class:`RuleValue` object, so a calculator
may keep what it derives from a value (a rate, the words of a formula, a basis) keyed by the value's identity.
"""

from __future__ import annotations

import weakref
from datetime import date

from claims.rules.model import RuleBook, RuleValue

_CACHES: weakref.WeakKeyDictionary[RuleBook, Rules] = weakref.WeakKeyDictionary()


class Rules:
    def __init__(self, book: RuleBook):
        self.book = book
        self._at: dict[tuple[str, date], RuleValue] = {}
        self._entries: dict[tuple[str, date], RuleValue] = {}
        self._items: dict[tuple[str, date, str], RuleValue] = {}
        self._item_values: dict[tuple[int, str], tuple[RuleValue, RuleValue]] = {}
        self._changes: dict[tuple[str, date, date], list[date]] = {}
        self._jurisdictions = frozenset(book.jurisdictions())
        self._has: dict[str, bool] = {}
        # ``answered((name, on))``: what at(name, on) answered before, or None if it was not asked yet (then call
        # at()). For the loops that ask per record: a dictionary look-up costs less than a method call.
        self.answered = self._at.get
        # ``changed((name, start, end))``: what changes(name, start, end) answered before, or None.
        self.changed = self._changes.get
        # Calculators may keep derived values here (e.g. a minimum wage averaged over a month), keyed by what
        # they depend on: they are as immutable as the book.
        self.memo: dict[tuple, object] = {}

    def has(self, name: str) -> bool:
        found = self._has.get(name)
        if found is None:
            found = self._has[name] = self.book.has(name)
        return found

    def covers(self, jurisdiction: str) -> bool:
        """Whether the rule book holds any table for this jurisdiction."""
        return jurisdiction in self._jurisdictions

    def at(self, name: str, on: date) -> RuleValue:
        key = (name, on)
        value = self._at.get(key)
        if value is None:
            rule = self.book.rule(name)  # raises UnknownRule
            entry = rule.entry_on(on)  # raises NoRuleInForce
            shared = (name, entry.effective_from)
            value = self._entries.get(shared)
            if value is None:
                value = self._entries[shared] = rule.at(on)
            self._at[key] = value
        return value

    def item(self, name: str, on: date, key: str) -> RuleValue:
        """``at(name, on).item(key, on)``: one key of a table, the same object for every date of one entry."""
        found = self._items.get((name, on, key))
        if found is None:
            value = self.at(name, on)
            shared = self._item_values.get((id(value), key))
            if shared is None or shared[0] is not value:
                shared = self._item_values[(id(value), key)] = (value, value.item(key, on))  # may raise
            found = self._items[(name, on, key)] = shared[1]
        return found

    def changes(self, name: str, start: date, end: date) -> list[date]:
        key = (name, start, end)
        found = self._changes.get(key)
        if found is None:
            found = self.book.rule(name).changes_between(start, end)
            self._changes[key] = found
        return found


def rules_for(book: RuleBook | Rules) -> Rules:
    if isinstance(book, Rules):
        return book
    cached = _CACHES.get(book)
    if cached is None:
        cached = Rules(book)
        _CACHES[book] = cached
    return cached
