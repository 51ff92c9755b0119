"""TIP Fund entitlements: per item, quantity x rate or an actual amount, with what was requested, approved, paid.

The Fund's item ceilings are UNVERIFIED (TH-TIP-FUND-ITEMS): the rule table holds amounts observed in real requests,
used only where the user gives no rate and flagged as unverified. An item whose amount is not known (transport to
the domicile, medical treatment before the bill) is a missing line, never zero, and makes the total incomplete.
Fund assistance is kept in its own head, apart from court awards.
"""

from __future__ import annotations

from decimal import Decimal

from claims.calc.breakdown import Head, Line, make_line
from claims.calc.context import Context
from claims.calc.inputs import FundItem
from claims.calc.interest import amount_text
from claims.calc.wages import num


def fund_lines(ctx: Context, items: tuple[FundItem, ...]) -> list[Line]:
    lines: list[Line] = []
    for item in items:
        lines.append(_entitlement(ctx, item))
        lines += _tracking(item)
    return lines


def _label(item: FundItem) -> str:
    base = item.label or item.item.replace("_", " ")
    return f"{base} ({num(item.quantity)} times)" if item.quantity != 1 else base


def _entitlement(ctx: Context, item: FundItem) -> Line:
    cur = item.currency
    evidence = (f"evidence needed: {item.evidence}",) if item.evidence else ()
    label = f"TIP Fund: {_label(item)}"
    if item.amount is not None:
        return make_line(
            Head.TIP_FUND,
            label,
            item.amount,
            cur,
            f"actual amount {amount_text(item.amount, cur)}",
            ("amount entered (actual cost)", *evidence),
        )
    if item.rate is not None:
        return make_line(
            Head.TIP_FUND,
            label,
            item.quantity * item.rate,
            cur,
            f"{num(item.quantity)} x {amount_text(item.rate, cur)}",
            ("rate entered", *evidence),
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
                f"{num(item.quantity)} x {amount_text(value.decimal, cur)} (observed rate, not a ceiling)",
                (value.citation, *evidence),
            )
    return make_line(
        Head.TIP_FUND,
        label,
        None,
        cur,
        "amount not known yet: to be entered (never counted as zero)",
        evidence or ("amount not given",),
    )


def _tracking(item: FundItem) -> list[Line]:
    """Requested, approved and paid, shown beside the entitlement and never added to it."""
    cur = item.currency
    lines = []
    for name, amount in (("requested", item.requested), ("approved", item.approved), ("paid", item.paid)):
        if amount is not None:
            lines.append(
                make_line(
                    Head.TIP_FUND,
                    f"TIP Fund: {_label(item)}: {name}",
                    amount,
                    cur,
                    f"{name}: {amount_text(amount, cur)}",
                    ("as recorded",),
                    counted=False,
                )
            )
    if item.approved is not None:
        outstanding = item.approved - (item.paid or Decimal(0))
        lines.append(
            make_line(
                Head.TIP_FUND,
                f"TIP Fund: {_label(item)}: approved, not yet paid",
                outstanding,
                cur,
                f"approved {amount_text(item.approved, cur)} - paid "
                f"{amount_text(item.paid or Decimal(0), cur)}",
                ("as recorded",),
                counted=False,
            )
        )
    return lines
