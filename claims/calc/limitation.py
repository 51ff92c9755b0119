"""Limitation periods: which part of a claim is past its period on the filing date.

CCC s.193/12: the period runs from when the claim can be enforced, the day after the due date. CCC s.193/3 para 2
does not count that first day unless the matter begins at the start of business; a claim that becomes enforceable
at midnight begins at the start of the next day, so the period's first day is the day after the due date. A period
in years ends on the day before the corresponding day, or on the last day of the month where that day does not
exist (s.193/5 para 2): a wage due 29 Feb 2016 is barred after 28 Feb 2018. A last day the courts are closed moves
to the next working day (s.193/8) on the calendar the calculation is given: the arithmetic and the calendar are the
deadline engine's (claims.calc.periods, claims.calc.calendar), so both give the same last day. An amount in time
only because its last day moved says so, citing s.193/8; the warning of a period about to end names the move too,
and says where the last day's year lacks a holiday set each year by announcement (it may still move).

Nothing is dropped: a barred amount stays on its line, flagged ``time_barred``, and is summed apart.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from claims.calc.breakdown import Breakdown
from claims.calc.calendar import WorkingDays
from claims.calc.dates import ONE_DAY, year_period_end
from claims.calc.lines import Flag, with_flag
from claims.calc.lookup import Rules
from claims.calc.periods import Settled, last_day, may_move, move_rule
from claims.calc.text import Cite, Text, error_text, term
from claims.rules.model import NoRuleInForce, RuleCitation, UnknownRule

# Which limitation rule covers which kind of amount, per forum. Severance and pay in lieu are not "wages or other
# remuneration" under CCC s.193/34(9) (Supreme Court 6786/2548): they take the general 10 years.
LIMITATION_RULES = {
    "th": {
        "wages": "th.limitation.wages",
        "severance": "th.limitation.severance",
        "pay_in_lieu": "th.limitation.pay_in_lieu",
    },
    "ph": {k: "ph.limitation.money_claims" for k in ("wages", "severance", "pay_in_lieu")},
}


def limitation_rule(jurisdiction: str, kind: str) -> str | None:
    return LIMITATION_RULES.get(jurisdiction, {}).get(kind)


@lru_cache(maxsize=65536)
def period_end(due: date, years: int) -> date:
    """Last day of a period of ``years`` from a claim due on ``due``, on the calendar alone (no day moved)."""
    return year_period_end(due + ONE_DAY, years)


def limitation_end(
    rules: Rules, rule: str, due: date, calendar: WorkingDays
) -> tuple[date, RuleCitation, Settled]:
    """The last day on which a claim that fell due on ``due`` may still be filed, moved off a day the courts are
    closed (s.193/8), with the limitation rule's citation and how the day was settled. Raises NoRuleInForce or
    UnknownRule."""
    key = ("limitation-end", rule, due, calendar.key)
    found = rules.memo.get(key)  # it depends on the rule book and the calendar only: kept with the look-ups
    if found is None:
        settled, value = last_day(rules, rule, due, calendar)
        if value.unit != "years":
            raise ValueError(f"limitation rule {rule!r} must be in years, is {value.unit}")
        found = rules.memo[key] = (settled.last_day, value.citation, settled)
    return found


class LimitationCheck:
    """Answers "is an amount due on D barred on the filing date?" and warns when a period is about to end."""

    def __init__(
        self,
        rules: Rules,
        jurisdiction: str,
        filed_on: date,
        warn_days: int,
        breakdown: Breakdown,
        calendar: WorkingDays | None = None,
    ):
        self.rules = rules
        self.jurisdiction = jurisdiction
        self.filed_on = filed_on
        self.warn_days = warn_days
        self.breakdown = breakdown
        self.calendar = calendar if calendar is not None else WorkingDays()
        # The courts' calendar is the forum's only where the forum moves a closed last day (s.193/8).
        self._moves = rules.has(move_rule(jurisdiction))
        self._cache: dict[tuple[str, date], tuple[date, RuleCitation, Settled] | None] = {}
        self._warned: set[str] = set()
        self._soonest: tuple[date, Settled] | None = None
        self._unsure: date | None = None  # the first last day in time whose year the calendar cannot know

    def barred(self, kind: str, due: date) -> RuleCitation | None:
        """The citation of the rule that bars the amount, or None if it is still in time (or no rule exists)."""
        rule = limitation_rule(self.jurisdiction, kind)
        if rule is None:
            self._warn_once(
                f"none:{kind}",
                Text(
                    "warn.no_limitation_rule",
                    {"kind": term("claim_kind", kind, kind), "jurisdiction": self.jurisdiction},
                ),
            )
            return None
        key = (rule, due)
        found = self._cache.get(key, False)
        if found is False:
            try:
                found = limitation_end(self.rules, rule, due, self.calendar)
            except (NoRuleInForce, UnknownRule) as error:
                self._warn_once(rule, Text("warn.time_bar_not_tested", {"error": error_text(error)}))
                found = None
            self._cache[key] = found
        if found is None:
            return None
        end, citation, settled = found
        if end < self.filed_on:
            return citation
        if settled.moved_from is not None and settled.moved_from < self.filed_on:
            # In time only because the last day moved: the lawyer must see the rule that saves the amount.
            self._warn_once(
                f"moved:{rule}:{due}", Text("warn.limitation_moved", {"due": due, "moved": settled.because})
            )
        if (end - self.filed_on).days <= self.warn_days and (self._soonest is None or end < self._soonest[0]):
            self._soonest = (end, settled)
        if (
            self._moves
            and (self._unsure is None or end < self._unsure)
            and self.calendar.unannounced(end.year)
        ):
            self._unsure = end
        return None

    def peek(self, kind: str, due: date) -> RuleCitation | None:
        """What :meth:`barred` will answer, without its warnings (a calculator flags lines as it makes them)."""
        return self.peeker(kind)(due)

    def peeker(self, kind: str):
        """``lambda due: self.peek(kind, due)``, with the rule looked up once: for a loop over many records."""
        rule = limitation_rule(self.jurisdiction, kind)
        if rule is None:
            return lambda due: None
        rules, memo, filed_on, calendar = self.rules, self.rules.memo, self.filed_on, self.calendar

        def peek(due: date) -> RuleCitation | None:
            # limitation_end's answer as it keeps it with the rules (a claim asks once per month: a cache of the
            # claim's own would only be filled), or limitation_end itself the first time
            found = memo.get(("limitation-end", rule, due, calendar.key))
            if found is None:
                try:
                    found = limitation_end(rules, rule, due, calendar)
                except (NoRuleInForce, UnknownRule):
                    return None  # barred() warns about it
            return found[1] if found[0] < filed_on else None

        return peek

    def _warn_once(self, key: str, message: Text) -> None:
        if key not in self._warned:
            self._warned.add(key)
            self.breakdown.warn("limitation", message)

    def finish(self) -> None:
        if self._soonest is not None:
            end, settled = self._soonest
            if settled.moved_from is None:
                message = Text("warn.limitation_soon", {"last_day": end})
            else:
                message = Text("warn.limitation_soon.moved", {"last_day": end, "moved": settled.because})
            self.breakdown.warn("limitation_soon", message, on=end)
        if self._unsure is not None:
            self.breakdown.warn("limitation_may_move", may_move(self.calendar, self._unsure), on=self._unsure)


# The note each time-barred line carries, by citation. Kept by identity (a citation is hashed field by field,
# its source too, which costs more than the rest of flagging a line).
_NOTES: dict[int, tuple[RuleCitation, Text]] = {}


def _note(citation: RuleCitation) -> Text:
    found = _NOTES.get(id(citation))
    if found is None or found[0] is not citation:
        if len(_NOTES) > 4096:
            _NOTES.clear()
        found = _NOTES[id(citation)] = (citation, Text("note.time_barred", {"rule": Cite(citation)}))
    return found[1]


def barred_marks(flags: frozenset[str], notes: tuple, citation: RuleCitation):
    """The flags and notes :func:`flag_barred` leaves on a line that had ``flags`` and ``notes``."""
    note = _note(citation)
    return with_flag(flags, Flag.TIME_BARRED), notes if note in notes else (*notes, note)


def flag_barred(lines, citation: RuleCitation) -> None:
    note = _note(citation)
    barred = Flag.TIME_BARRED
    for line in lines:
        if barred not in line.flags:  # flag sets are interned: a set that has the flag stays as it is
            line.add_flag(barred)
        line.add_note(note)
