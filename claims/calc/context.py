"""What every calculator receives: the claim, the (memoised) rules and the breakdown it writes into."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from claims.calc.breakdown import Breakdown
from claims.calc.calendar import WorkingDays, shipped_calendar
from claims.calc.inputs import ClaimInput, Conventions
from claims.calc.limitation import LimitationCheck
from claims.calc.lookup import Rules
from claims.calc.text import Text, error_text
from claims.rules.model import NoRuleInForce, RuleValue, UnknownRule


@dataclass
class Context:
    claim: ClaimInput
    rules: Rules
    out: Breakdown
    limitation: LimitationCheck
    _warned: set[str] = field(default_factory=set)

    @property
    def conventions(self) -> Conventions:
        return self.claim.conventions

    @property
    def today(self) -> date:
        return self.claim.computed_on

    def warn_once(self, key: str, code: str, message: Text, **kwargs) -> None:
        if key not in self._warned:
            self._warned.add(key)
            self.out.warn(code, message, **kwargs)

    def value(self, name: str, on: date, head: str | None = None) -> RuleValue | None:
        """A rule's value, or None with a warning naming the rule and the date (never a silent zero)."""
        try:
            return self.rules.at(name, on)
        except NoRuleInForce as error:
            self.warn_once(
                f"{name}@{on}",
                "no_rule_in_force",
                error_text(error),
                head=head,
                rule=name,
                on=on,
                severity="error",
            )
        except UnknownRule as error:
            self.warn_once(
                f"{name}", "unknown_rule", error_text(error), head=head, rule=name, severity="error"
            )
        return None


def make_context(claim: ClaimInput, rules: Rules, calendar: WorkingDays | None = None) -> Context:
    """``calendar``: the courts' calendar the limitation periods end on (the one the deadline engine is given for
    the claimant); the rule book's shipped calendar where None."""
    out = Breakdown(claimant=claim.claimant, jurisdiction=claim.jurisdiction, computed_on=claim.computed_on)
    check = LimitationCheck(
        rules,
        claim.jurisdiction,
        claim.limitation_date,
        claim.conventions.limitation_warning_days,
        out,
        calendar if calendar is not None else shipped_calendar(rules.book),
    )
    return Context(claim, rules, out, check)
