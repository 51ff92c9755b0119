"""Assistance received outside the courts, beside what the rule book says the giver pays.

Only the Fund for Workers Going Abroad has a rule table (claims/rules/th/overseas_workers_fund.toml): for its
benefits the line shows the amount the rule gives on the day the money was received (a flat benefit, or the most it
pays, for the rules whose name ends in ``_max``), with the rule's citation and whether it is verified. Assistance
is never added to an award or a claim: it is other people's money, and a court's award does not shrink by it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from claims.money import Money
from claims.rules.model import NoRuleInForce, RuleBook, RuleCitation

FUND_RULES = "th.overseas_workers_fund"
FUND_CURRENCY = "THB"


@dataclass(frozen=True)
class FundRule:
    """What the Fund's rule says of one benefit on one day. ``amount`` is None where no entry is in force then
    (``missing`` says why, in the rule book's words: "before_first" or "repealed")."""

    benefit: str
    on: date
    amount: Money | None
    ceiling: bool  # "up to" this amount, rather than this amount
    citation: RuleCitation | None
    missing: str | None = None

    @property
    def verified(self) -> bool:
        return self.citation is not None and self.citation.verified


def fund_rule(rules: RuleBook, benefit: str, on: date) -> FundRule:
    ceiling = benefit.endswith("_max")
    try:
        value = rules.at(f"{FUND_RULES}.{benefit}", on)
    except NoRuleInForce as missing:
        return FundRule(benefit, on, None, ceiling, None, missing.reason or "before_first")
    return FundRule(benefit, on, Money(Decimal(value.value), FUND_CURRENCY), ceiling, value.citation)


def above_the_rule(received: Money, rule: FundRule) -> bool:
    """More than the Fund's rule pays for this benefit: a typing mistake, or another payment recorded as one."""
    if rule.amount is None or received.currency != rule.amount.currency:
        return False
    return received.amount > rule.amount.amount


def totals(amounts: list[Money]) -> list[Money]:
    """One total per currency, in the order the currencies first appear: pesos and dollars are never added to
    baht."""
    by_currency: dict[str, Decimal] = {}
    for money in amounts:
        by_currency[money.currency] = by_currency.get(money.currency, Decimal(0)) + money.amount
    return [Money(amount, currency) for currency, amount in by_currency.items()]
