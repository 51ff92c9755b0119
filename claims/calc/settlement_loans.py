"""The loans of a settlement comparison: each grows at the contract's rate or, above the usury cap, the cap.

Apart from the comparison because this is where the usury rules are read (the cap on the loan's date, and
whether interest above it voids the whole interest term) and what they did is put in the comparison's warnings
and basis; the comparison only asks each loan its balance, month by month. The conventions are in the
docstring of claims.calc.settlement (Debts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from claims.calc.debt import balance_on
from claims.calc.inputs import Loan
from claims.calc.lookup import Rules
from claims.calc.settlement_notes import Notes
from claims.calc.text import Cite, Percent, Text, error_text, term
from claims.money import Money, round_line
from claims.rules.model import NoRuleInForce

RATE_PERIODS = {"month": 12, "year": 1}  # rate periods a year
_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class _PricedLoan:
    loan: Loan
    rate: Decimal  # the rate counted: the contract's, or the cap where the contract's is above it
    rate_text: Text
    cancelled: bool

    def balance(self, on: date) -> Decimal:
        """The balance on ``on``, rounded once (a reported figure); nothing is owed before the loan was taken."""
        if on < self.loan.taken_on:
            return _ZERO
        state = balance_on(self.loan, on, rate=self.rate)
        # what was repaid beyond the balance is owed back to the claimant: a debt below zero, which earns nothing
        exact = state.balance - state.overpaid
        return round_line(Money(exact, self.loan.principal.currency)).amount


def price(loan: Loan, cancelled: bool, rules: Rules, jurisdiction: str, notes: Notes) -> _PricedLoan:
    """The rate a loan grows at in the comparison, and its words: the contract's, capped where the law caps it."""
    words = {"rate": Percent(loan.rate), "per": term("per", loan.rate_per, loan.rate_per)}
    terms = Text("settlement.rate.compound" if loan.method == "compound" else "settlement.rate.simple", words)
    j = loan.jurisdiction or jurisdiction
    cap_rule = f"{j}.usury.loan_cap"
    if not rules.has(cap_rule):
        notes.warn(Text("settlement.warn.no_cap", {"jurisdiction": j.upper()}), key=("no_cap", j))
        return _PricedLoan(loan, loan.rate, Text("settlement.rate.no_cap", {"terms": terms}), cancelled)
    try:
        cap = rules.at(cap_rule, loan.taken_on)
    except NoRuleInForce as error:
        notes.warn(
            Text("settlement.warn.cap_not_in_force", {"lender": loan.lender, "error": error_text(error)})
        )
        return _PricedLoan(loan, loan.rate, Text("settlement.rate.no_cap", {"terms": terms}), cancelled)
    notes.cite(cap.citation)
    periods = RATE_PERIODS[loan.rate_per]
    capped = {"terms": terms, "cap": Percent(cap.decimal)}
    if loan.rate * periods <= cap.decimal:
        return _PricedLoan(loan, loan.rate, Text("settlement.rate.within_cap", capped), cancelled)
    _note_void_interest(j, loan.taken_on, rules, notes)
    return _PricedLoan(loan, cap.decimal / periods, Text("settlement.rate.capped", capped), cancelled)


def _note_void_interest(jurisdiction: str, on: date, rules: Rules, notes: Notes) -> None:
    """Where the law voids the whole interest term above the cap, a court may enforce less than the capped
    balance the comparison counts: the basis says so, with the rule."""
    rule = f"{jurisdiction}.usury.excess_voids_all_interest"
    if not rules.has(rule):
        return
    try:
        voids = rules.at(rule, on)
    except NoRuleInForce:
        return
    if voids.value:
        notes.explain(
            Text("settlement.basis.usury_effect", {"rule": Cite(voids.citation)}),
            key=("voids", voids.citation.rule, voids.citation.effective_from),
        )
