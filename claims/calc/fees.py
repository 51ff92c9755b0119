"""Recruitment fees and costs: the legal maximum, the excess, the refund owed, and the ILO benchmark.

Thailand (ESPA s.26, s.47): an agency may take only a service charge and expenses, the charge at most the rate the
Minister set (the amount is UNVERIFIED; a lawyer's figure for the destination and date wins over the rule table).
What happened to the job decides the refund (TH-ESPA-REFUND, s.46): not as promised, a full refund of charge and
expenses; dismissed early, in proportion to the time not worked; a lower wage kept, the charge in proportion to the
wage not received (both proportions are conventions). Philippines: placement fee at most one month's salary
(PH-PLACEMENT-CAP); an overseas worker dismissed without valid cause gets it back in full with 12% a year (RA 8042
s.10), from the dismissal date by default (CONV-DAYCOUNT-PH, ``ph_fee_interest_from``).

Each basis applies only where its facts do (claims/calc/fee_scope.py): the ESPA s.46 refunds to a Thai agency
sending a worker abroad, s.28 to one placing a worker in Thailand, the Philippine rules to a Philippine agency (the
12% only for a dismissal), and for an agency licensed where no table exists a line that says which law would govern.

The ILO benchmark (workers pay nothing, INTL-ILO-FEES) is a separate figure, shown and never counted.
"""

from __future__ import annotations

from decimal import Decimal

from claims.calc.breakdown import Head
from claims.calc.context import Context
from claims.calc.dates import ONE_DAY
from claims.calc.fee_scope import no_table_line, ph_other_outcome_line, placement_scope, th_home_lines
from claims.calc.inputs import Recruitment
from claims.calc.interest import accrue
from claims.calc.lines import Flag, Line, make_line
from claims.calc.text import Amount, Join, Text, term
from claims.calc.words import plain

SERVICE_CHARGES = frozenset({"service_fee", "broker_commission"})
_ABOVE_MAXIMUM = Text("fees.above_maximum")
_NO_EVIDENCE = Text("basis.no_evidence")
CAP_RULES = {
    "th": "th.recruitment_fees.service_charge_cap_months",
    "ph": "ph.recruitment_fees.placement_fee_cap_months",
}


def fee_lines(ctx: Context, rec: Recruitment) -> list[Line]:
    lines: list[Line] = []
    for currency in sorted({f.amount.currency for f in rec.fees}):
        lines += _currency_lines(ctx, rec, currency)
    return lines


def _sum(fees, pred=lambda f: True) -> Decimal:
    return sum((f.amount.amount for f in fees if pred(f)), Decimal(0))


def _currency_lines(ctx: Context, rec: Recruitment, cur: str) -> list[Line]:
    fees = [f for f in rec.fees if f.amount.currency == cur]
    first, last = min(f.paid_on for f in fees), max(f.paid_on for f in fees)
    lines = [
        make_line(
            Head.FEES,
            Text("fees.paid", {"payee": f.payee, "kind": _kind(f), "category": _category(f.ilo_category)}),
            f.amount.amount,
            cur,
            Text("formula.paid_on", {"amount": Amount(f.amount.amount, cur), "on": f.paid_on}),
            (Text("basis.evidence", {"evidence": f.evidence}) if f.evidence else _NO_EVIDENCE,),
            period=(f.paid_on, f.paid_on),
            counted=False,
        )
        for f in fees
    ]
    charges = _sum(fees, lambda f: f.kind in SERVICE_CHARGES)
    everything = _sum(fees)
    period = (first, last)
    scope = placement_scope(rec)
    if scope == "ph":
        own, refunded_all = _ph_lines(ctx, rec, cur, fees, charges, period)
    elif scope == "th_home":
        own, refunded_all = th_home_lines(ctx, rec, cur, fees, everything, period)
    elif scope == "th_abroad":
        own, refunded_all = _th_abroad_lines(ctx, rec, cur, fees, charges, everything, period)
    else:
        own, refunded_all = [no_table_line(ctx, rec, cur, period)], False
    lines += own
    illegitimate = _sum(fees, lambda f: f.ilo_category == "illegitimate")
    if illegitimate and not refunded_all:
        lines.append(
            make_line(
                Head.FEES,
                Text("fees.illegitimate"),
                illegitimate,
                cur,
                Text("formula.fees.illegitimate", {"amount": Amount(illegitimate, cur)}),
                (Text("basis.ilo_illegitimate"),),
                period=period,
            )
        )
    parts = tuple(
        Text(
            "fees.category_amount",
            {
                "category": _category(cat),
                "amount": Amount(_sum(fees, lambda f, c=cat: f.ilo_category == c), cur),
            },
        )
        for cat in ("fee", "related_cost", "illegitimate")
    )
    lines.append(
        make_line(
            Head.FEES,
            Text("fees.ilo_benchmark"),
            everything,
            cur,
            Text("formula.fees.ilo_benchmark", {"parts": Join(parts, ", ")}),
            (Text("basis.ilo_benchmark"),),
            period=period,
            counted=False,
        )
    )
    return lines


def _excess_line(ctx: Context, rec: Recruitment, cur: str, charges: Decimal, period) -> tuple[Line, Decimal]:
    """The service charges above the legal maximum (the rule table's, or the lawyer's), and that excess."""
    cap, cap_basis = _cap(ctx, rec, cur, period[0])
    if cap is None:
        line = make_line(
            Head.FEES, _ABOVE_MAXIMUM, None, cur, Text("formula.fees.no_maximum"), cap_basis, period=period
        )
        return line, Decimal(0)
    excess = max(Decimal(0), charges - cap)
    formula = Text("formula.fees.excess", {"charges": Amount(charges, cur), "maximum": Amount(cap, cur)})
    return make_line(Head.FEES, _ABOVE_MAXIMUM, excess, cur, formula, cap_basis, period=period), excess


def _th_abroad_lines(ctx: Context, rec: Recruitment, cur: str, fees, charges, everything, period):
    """A Thai agency sending a worker abroad: the s.26 maximum (applied by s.47) and the s.46 refunds."""
    if rec.outcome == "not_as_promised":
        line = make_line(
            Head.FEES,
            Text("fees.full_refund"),
            everything,
            cur,
            Text("formula.fees.everything_paid", {"amount": Amount(everything, cur)}),
            _refund_basis(ctx, rec, period[0], Text("basis.espa_46_1")),
            period=period,
        )
        return [line], True
    excess_line, excess = _excess_line(ctx, rec, cur, charges, period)
    return [excess_line, *_proportional(ctx, rec, cur, fees, charges - excess, period)], False


def _ph_lines(ctx: Context, rec: Recruitment, cur: str, fees, charges, period):
    """A Philippine agency: the placement-fee maximum (PH-PLACEMENT-CAP); dismissed without valid cause, the fee
    back in full with 12% a year (RA 8042 s.10). Any other refund rests on rules no table holds: said, not computed."""
    if rec.outcome == "dismissed_early":
        line = make_line(
            Head.FEES,
            Text("fees.ph_full_reimbursement"),
            charges,
            cur,
            Text("formula.fees.placement_paid", {"amount": Amount(charges, cur)}),
            (Text("basis.ph_fee_refund"),),
            period=period,
        )
        refunded = [f for f in fees if f.kind in SERVICE_CHARGES]
        return [line, *_ph_refund_interest(ctx, rec, cur, refunded)], False
    lines = [_excess_line(ctx, rec, cur, charges, period)[0]]
    if rec.outcome != "as_promised":
        lines.append(ph_other_outcome_line(rec, cur, period))
    return lines, False


def _cap(ctx: Context, rec: Recruitment, cur: str, on) -> tuple[Decimal | None, tuple]:
    if rec.legal_max is not None and rec.legal_max.currency == cur:
        return rec.legal_max.amount, (Text("basis.maximum_entered"),)
    rule = CAP_RULES.get(rec.placement)
    if rule is None or not ctx.rules.has(rule):
        return None, (Text("basis.no_fee_cap_rule", {"placement": repr(rec.placement)}),)
    if rec.monthly_wage is None or rec.monthly_wage.currency != cur:
        return None, (Text("basis.fee_cap_needs_wage", {"rule": rule, "currency": cur}),)
    value = ctx.value(rule, on, Head.FEES)
    if value is None:
        return None, (Text("basis.rule_not_in_force", {"rule": rule, "on": on}),)
    return value.decimal * rec.monthly_wage.amount, (value.citation,)


def _kind(fee) -> Text | str:
    return term("fee_kind", fee.kind, fee.kind.replace("_", " "))


def _category(category: str) -> Text | str:
    return term("ilo_category", category, category.replace("_", " "))


def _refund_basis(ctx: Context, rec: Recruitment, on, words: Text) -> tuple:
    rule = f"{rec.placement}.recruitment_fees.refund_days"
    value = ctx.value(rule, on, Head.FEES) if ctx.rules.has(rule) else None
    return (value.citation, words) if value is not None else (words,)


def _proportional(
    ctx: Context, rec: Recruitment, cur: str, fees, lawful_charges: Decimal, period
) -> list[Line]:
    first = period[0]
    if rec.outcome == "dismissed_early":
        if not rec.contract_days or rec.days_worked is None:
            return [
                make_line(
                    Head.FEES,
                    Text("fees.refund_early_dismissal"),
                    None,
                    cur,
                    Text("formula.fees.days_needed"),
                    (),
                    period=period,
                )
            ]
        expenses = _sum(fees, lambda f: f.kind not in SERVICE_CHARGES and f.ilo_category != "illegitimate")
        base = lawful_charges + expenses
        unworked = max(0, rec.contract_days - rec.days_worked)
        return [
            make_line(
                Head.FEES,
                Text("fees.refund_early_dismissal_share"),
                base * unworked / rec.contract_days,
                cur,
                Text(
                    "formula.fees.days_not_worked",
                    {"base": Amount(base, cur), "unworked": unworked, "contract_days": rec.contract_days},
                ),
                _refund_basis(ctx, rec, first, Text("basis.espa_46_2")),
                period=period,
                flags={Flag.CONVENTION},
            )
        ]
    if rec.outcome == "lower_wage_kept":
        if rec.wage_received_fraction is None:
            return [
                make_line(
                    Head.FEES,
                    Text("fees.refund_lower_wage"),
                    None,
                    cur,
                    Text("formula.fees.share_needed"),
                    (),
                    period=period,
                )
            ]
        share = max(Decimal(0), 1 - rec.wage_received_fraction)
        return [
            make_line(
                Head.FEES,
                Text("fees.refund_lower_wage_share"),
                lawful_charges * share,
                cur,
                Text(
                    "formula.fees.wage_share",
                    {"charges": Amount(lawful_charges, cur), "received": plain(rec.wage_received_fraction)},
                ),
                _refund_basis(ctx, rec, first, Text("basis.espa_46_3")),
                period=period,
                flags={Flag.CONVENTION},
            )
        ]
    return []


def _ph_refund_interest(ctx: Context, rec: Recruitment, cur: str, fees) -> list[Line]:
    rule = "ph.interest.placement_fee_refund"
    if not ctx.rules.has(rule):
        ctx.warn_once("noph12", "no_rule", Text("warn.no_fee_refund_interest_rule", {"rule": rule}))
        return []
    lines: list[Line] = []
    for fee in fees:
        start_from = rec.dismissed_on if ctx.conventions.ph_fee_interest_from == "dismissal" else fee.paid_on
        if start_from is None:
            ctx.warn_once("nodismissal", "missing", Text("warn.no_dismissal_date"))
            return []
        lines += accrue(
            head=Head.INTEREST,
            label=Text("interest.ph_fee_refund", {"kind": _kind(fee), "payee": fee.payee}),
            principal=fee.amount.amount,
            currency=cur,
            start=start_from + ONE_DAY,
            until=ctx.today,
            rule=rule,
            rules=ctx.rules,
            daycount=ctx.conventions.daycount,
            extra_basis=ph_daycount_basis(ctx.conventions.ph_fee_interest_from),
        )
    return lines


_PH_DAYCOUNT_BASIS: dict[str, tuple[Text]] = {}


def ph_daycount_basis(start: str) -> tuple[Text]:
    """The words of CONV-DAYCOUNT-PH, one object per choice: the interest calculator keeps what it works out for a
    basis keyed by the basis (see claims.calc.interest._piece)."""
    found = _PH_DAYCOUNT_BASIS.get(start)
    if found is None:
        words = term("ph_fee_interest_from", start, start)
        found = _PH_DAYCOUNT_BASIS[start] = (Text("basis.conv_daycount_ph", {"start": words}),)
    return found
