"""TIP Fund entitlements: per item, quantity x rate or an actual amount, with what was requested, approved, paid.

The Fund's item ceilings are UNVERIFIED (TH-TIP-FUND-ITEMS): the rule table holds amounts observed in real requests,
used only where the user gives no rate and flagged as unverified. An item whose amount is not known (transport to
the domicile, medical treatment before the bill) is a missing line, never zero, and makes the total incomplete.
Fund assistance is kept in its own head, apart from court awards.
"""

from __future__ import annotations

from decimal import Decimal

from claims.calc.breakdown import Head
from claims.calc.context import Context
from claims.calc.inputs import FundItem
from claims.calc.lines import Line, make_line
from claims.calc.text import Amount, Text, term
from claims.calc.words import plain


def fund_lines(ctx: Context, items: tuple[FundItem, ...]) -> list[Line]:
    lines: list[Line] = []
    for item in items:
        lines.append(_entitlement(ctx, item))
        lines += _tracking(item)
    return lines


def _label(item: FundItem) -> Text | str:
    words = item.item.replace("_", " ")
    # A label that only repeats the item's name ("living expenses") is the item's own words in every language.
    base = item.label if item.label and item.label != words else term("fund_item", item.item, words)
    return Text("fund.times", {"item": base, "times": plain(item.quantity)}) if item.quantity != 1 else base


def _entitlement(ctx: Context, item: FundItem) -> Line:
    cur = item.currency
    evidence = (Text("basis.evidence_needed", {"evidence": item.evidence}),) if item.evidence else ()
    label = Text("fund.item", {"item": _label(item)})
    if item.amount is not None:
        return make_line(
            Head.TIP_FUND,
            label,
            item.amount,
            cur,
            Text("formula.fund.actual", {"amount": Amount(item.amount, cur)}),
            (Text("basis.fund.amount_entered"), *evidence),
        )
    if item.rate is not None:
        return make_line(
            Head.TIP_FUND,
            label,
            item.quantity * item.rate,
            cur,
            Text("formula.fund.rate", {"times": plain(item.quantity), "rate": Amount(item.rate, cur)}),
            (Text("basis.fund.rate_entered"), *evidence),
        )
    rule = f"{ctx.claim.jurisdiction}.tip_fund.{item.item}"
    if ctx.rules.has(rule):
        value = ctx.value(rule, item.requested_on or ctx.today, Head.TIP_FUND)
        if value is not None:
            return make_line(
                Head.TIP_FUND,
                label,
                item.quantity * value.decimal,
                cur,
                Text(
                    "formula.fund.observed",
                    {"times": plain(item.quantity), "rate": Amount(value.decimal, cur)},
                ),
                (value.citation, *evidence),
            )
    return make_line(
        Head.TIP_FUND,
        label,
        None,
        cur,
        Text("formula.fund.not_known"),
        evidence or (Text("basis.fund.amount_not_given"),),
    )


def _tracking(item: FundItem) -> list[Line]:
    """Requested, approved and paid, shown beside the entitlement and never added to it."""
    cur = item.currency
    lines = []
    name = _label(item)
    for label, formula, amount in (
        ("fund.requested", "formula.fund.requested", item.requested),
        ("fund.approved", "formula.fund.approved", item.approved),
        ("fund.paid", "formula.fund.paid", item.paid),
    ):
        if amount is not None:
            lines.append(
                make_line(
                    Head.TIP_FUND,
                    Text(label, {"item": name}),
                    amount,
                    cur,
                    Text(formula, {"amount": Amount(amount, cur)}),
                    _AS_RECORDED,
                    counted=False,
                )
            )
    if item.approved is not None:
        outstanding = item.approved - (item.paid or Decimal(0))
        lines.append(
            make_line(
                Head.TIP_FUND,
                Text("fund.approved_not_paid", {"item": name}),
                outstanding,
                cur,
                Text(
                    "formula.fund.approved_not_paid",
                    {"approved": Amount(item.approved, cur), "paid": Amount(item.paid or Decimal(0), cur)},
                ),
                _AS_RECORDED,
                counted=False,
            )
        )
    return lines


_AS_RECORDED = (Text("basis.as_recorded"),)
