"""Deductions reimbursed with 12% a year: an overseas Filipino worker dismissed without valid cause (RA 8042 s.10 para 5
as amended by RA 10022 s.7: "full reimbursement of his placement fee and the deductions made with interest at twelve
percent (12%) per annum"; PH-MWA-S10-FEE-REFUND).

An unlawful deduction is normally left out of what is set against the wages, so it stays in the wages claimed and
carries the wages' interest. Under s.10 it is reimbursed instead: it is set against the wages (so the wages' legal
interest does not run on it twice) and claimed on a line of its own with the statutory 12%, from the day after the
dismissal (or after the deduction, ``ph_fee_interest_from = "payment"``; CONV-DAYCOUNT-PH). Before RA 10022 s.10
said nothing of deductions (Serrano quotes the 1995 text): a dismissal before the rule's first entry leaves the
deduction in the wages as before, and a warning says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from claims.calc.arrears import Credit
from claims.calc.breakdown import Head
from claims.calc.context import Context
from claims.calc.dates import ONE_DAY
from claims.calc.fees import ph_daycount_basis
from claims.calc.inputs import Deduction, EmploymentPeriod
from claims.calc.interest import accrue
from claims.calc.lines import make_line
from claims.calc.text import Amount, Text
from claims.calc.unexpired import covered
from claims.money import Money
from claims.rules.model import NoRuleInForce, RuleValue

_BASIS = Text("basis.ph_deduction_refund")


@dataclass(frozen=True)
class Refund:
    rule: str
    dismissed_on: date
    value: RuleValue


def s10_refund(ctx: Context, period: EmploymentPeriod) -> Refund | None:
    """The s.10 reimbursement that covers this period's deductions, or None: the employer's dismissal without just
    cause that ends this period or a later one, covered by the forum's rule and in force on the dismissal date."""
    ending = next(
        (
            p
            for p in sorted(ctx.claim.employment, key=lambda p: p.end)
            if p.employer == period.employer
            and p.end >= period.end
            and p.termination is not None
            and p.termination.without_just_cause
        ),
        None,
    )
    if ending is None or not covered(ctx, ending):
        return None
    rule = f"{ctx.claim.jurisdiction}.interest.deductions_refund"
    if not ctx.rules.has(rule):
        return None
    try:
        value = ctx.rules.at(rule, ending.end)
    except NoRuleInForce:
        ctx.warn_once(
            f"nodedrefund:{ending.employer}",
            "no_deduction_refund_interest",
            Text("warn.no_deduction_refund_interest", {"on": ending.end, "rule": rule}),
        )
        return None
    return Refund(rule, ending.end, value)


def reimburse(ctx: Context, refund: Refund, d: Deduction, kind, amount: Decimal, scenario) -> Credit:
    """The reimbursement line and its 12% (added to the breakdown), and the credit that takes the amount out of
    the wages."""
    cur = d.amount.currency
    ctx.out.add(
        make_line(
            Head.WAGES,
            Text("wages.deduction_reimbursed", {"kind": kind, "on": d.on}),
            amount,
            cur,
            Text("formula.deduction_reimbursed", {"amount": Amount(amount, cur), "why": d.reason or kind}),
            (refund.value.citation, _BASIS),
            period=(d.on, d.on),
            scenario=scenario,
        )
    )
    start = refund.dismissed_on if ctx.conventions.ph_fee_interest_from == "dismissal" else d.on
    ctx.out.lines.extend(
        accrue(
            head=Head.INTEREST,
            label=Text("interest.ph_deduction_refund", {"kind": kind, "on": d.on}),
            principal=amount,
            currency=cur,
            start=start + ONE_DAY,
            until=ctx.today,
            rule=refund.rule,
            rules=ctx.rules,
            daycount=ctx.conventions.daycount,
            scenario=scenario,
            extra_basis=ph_daycount_basis(ctx.conventions.ph_fee_interest_from),
        )
    )
    return Credit(
        d.on, Money(amount, cur), "refunded_deduction", {"kind": kind}, (refund.value.citation, _BASIS)
    )
