"""Recruitment fees and costs: the legal maximum, the excess, the refund owed, and the ILO benchmark.

Thailand (ESPA s.26, s.47): an agency may take only a service charge and expenses, the charge at most the rate the
Minister set (the amount is UNVERIFIED; a lawyer's figure for the destination and date wins over the rule table).
What happened to the job decides the refund (TH-ESPA-REFUND, s.46): not as promised, a full refund of charge and
expenses; dismissed early, in proportion to the time not worked; a lower wage kept, the charge in proportion to the
wage not received (both proportions are conventions). Philippines: placement fee at most one month's salary
(PH-PLACEMENT-CAP); an overseas worker dismissed without valid cause gets it back in full with 12% a year (RA 8042
s.10), from the dismissal date by default (CONV-DAYCOUNT-PH, ``ph_fee_interest_from``).

The ILO benchmark (workers pay nothing, INTL-ILO-FEES) is a separate figure, shown and never counted.
"""

from __future__ import annotations

from decimal import Decimal

from claims.calc.breakdown import Flag, Head, Line, make_line
from claims.calc.context import Context
from claims.calc.dates import ONE_DAY
from claims.calc.inputs import Recruitment
from claims.calc.interest import accrue, amount_text
from claims.calc.wages import num

SERVICE_CHARGES = frozenset({"service_fee", "broker_commission"})
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
            f"Paid to {f.payee}: {f.kind.replace('_', ' ')} ({f.ilo_category.replace('_', ' ')})",
            f.amount.amount,
            cur,
            f"{amount_text(f.amount.amount, cur)} on {f.paid_on.isoformat()}",
            (f"evidence: {f.evidence}" if f.evidence else "evidence: none recorded",),
            period=(f.paid_on, f.paid_on),
            counted=False,
        )
        for f in fees
    ]
    charges = _sum(fees, lambda f: f.kind in SERVICE_CHARGES)
    illegitimate = _sum(fees, lambda f: f.ilo_category == "illegitimate")
    everything = _sum(fees)
    cap, cap_basis = _cap(ctx, rec, cur, first)
    period = (first, last)
    counted_any = False
    ph_dismissed = rec.placement == "ph" and rec.outcome == "dismissed_early"
    if ph_dismissed:
        lines.append(
            make_line(
                Head.FEES,
                "Full reimbursement of the placement fee: dismissed without valid cause",
                charges,
                cur,
                f"placement fees paid: {amount_text(charges, cur)}",
                ("RA 8042 s.10 para 5 (PH-MWA-S10-FEE-REFUND): full reimbursement with 12% a year",),
                period=period,
            )
        )
        counted_any = True
    elif rec.outcome == "not_as_promised":
        lines.append(
            make_line(
                Head.FEES,
                "Full refund: the job was not as promised",
                everything,
                cur,
                f"every charge and expense paid: {amount_text(everything, cur)}",
                _refund_basis(ctx, rec, first, "s.46 para 1: full refund of service charge and expenses"),
                period=period,
            )
        )
        counted_any = True
    else:
        if cap is None:
            lines.append(
                make_line(
                    Head.FEES,
                    "Service charge above the legal maximum",
                    None,
                    cur,
                    "the legal maximum for this destination and date is not known: enter it",
                    cap_basis,
                    period=period,
                )
            )
            excess = Decimal(0)
        else:
            excess = max(Decimal(0), charges - cap)
            lines.append(
                make_line(
                    Head.FEES,
                    "Service charge above the legal maximum",
                    excess,
                    cur,
                    f"service charges {amount_text(charges, cur)} - legal maximum {amount_text(cap, cur)}",
                    cap_basis,
                    period=period,
                )
            )
        lawful_charges = charges - excess
        lines += _proportional(ctx, rec, cur, fees, lawful_charges, period)
        counted_any = True
    if illegitimate and rec.outcome != "not_as_promised":
        lines.append(
            make_line(
                Head.FEES,
                "Illegitimate costs (never lawful)",
                illegitimate,
                cur,
                f"bribes, bonds and other illegitimate costs paid: {amount_text(illegitimate, cur)}",
                ("INTL-ILO-FEES-ITEMS: illegitimate costs are never lawful (classed by the user)",),
                period=period,
            )
        )
    if rec.placement == "ph" and rec.outcome in ("not_as_promised", "dismissed_early") and counted_any:
        refunded = [f for f in fees if not ph_dismissed or f.kind in SERVICE_CHARGES]
        lines += _ph_refund_interest(ctx, rec, cur, refunded)
    parts = ", ".join(
        f"{cat.replace('_', ' ')} {amount_text(_sum(fees, lambda f, c=cat: f.ilo_category == c), cur)}"
        for cat in ("fee", "related_cost", "illegitimate")
    )
    lines.append(
        make_line(
            Head.FEES,
            "ILO benchmark: the worker should have paid nothing",
            everything,
            cur,
            f"everything the worker paid ({parts})",
            (
                "ILO General Principles and Operational Guidelines for Fair Recruitment and Definition of recruitment "
                "fees and related costs (2019), INTL-ILO-FEES; a benchmark, not national law",
            ),
            period=period,
            counted=False,
        )
    )
    return lines


def _cap(ctx: Context, rec: Recruitment, cur: str, on) -> tuple[Decimal | None, tuple]:
    if rec.legal_max is not None and rec.legal_max.currency == cur:
        return rec.legal_max.amount, ("legal maximum entered by the lawyer for this destination and date",)
    rule = CAP_RULES.get(rec.placement)
    if rule is None or not ctx.rules.has(rule):
        return None, (f"no fee-cap rule for {rec.placement!r}",)
    if rec.monthly_wage is None or rec.monthly_wage.currency != cur:
        return None, (f"rule {rule}: needs the monthly contract wage in {cur}",)
    value = ctx.value(rule, on, Head.FEES)
    if value is None:
        return None, (f"rule {rule}: not in force on {on.isoformat()}",)
    return value.decimal * rec.monthly_wage.amount, (value.citation,)


def _refund_basis(ctx: Context, rec: Recruitment, on, words: str) -> tuple:
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
                    "Refund for early dismissal",
                    None,
                    cur,
                    "contract days and days worked are needed",
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
                "Refund for early dismissal, in proportion to the time not worked",
                base * unworked / rec.contract_days,
                cur,
                f"{amount_text(base, cur)} x {unworked} / {rec.contract_days} days not worked",
                _refund_basis(ctx, rec, first, "s.46 para 2; proportion by days (a convention, UNVERIFIED)"),
                period=period,
                flags={Flag.CONVENTION},
            )
        ]
    if rec.outcome == "lower_wage_kept":
        if rec.wage_received_fraction is None:
            return [
                make_line(
                    Head.FEES,
                    "Refund for a lower wage",
                    None,
                    cur,
                    "the share of the promised wage actually received is needed",
                    (),
                    period=period,
                )
            ]
        share = max(Decimal(0), 1 - rec.wage_received_fraction)
        return [
            make_line(
                Head.FEES,
                "Refund of the service charge for a lower wage",
                lawful_charges * share,
                cur,
                f"{amount_text(lawful_charges, cur)} x (1 - {num(rec.wage_received_fraction)} of the wage received)",
                _refund_basis(ctx, rec, first, "s.46 para 3; proportion by wage (a convention, UNVERIFIED)"),
                period=period,
                flags={Flag.CONVENTION},
            )
        ]
    return []


def _ph_refund_interest(ctx: Context, rec: Recruitment, cur: str, fees) -> list[Line]:
    rule = "ph.interest.placement_fee_refund"
    if not ctx.rules.has(rule):
        ctx.warn_once("noph12", "no_rule", f"rule {rule} is missing: no interest on the fee refund")
        return []
    lines: list[Line] = []
    for fee in fees:
        start_from = rec.dismissed_on if ctx.conventions.ph_fee_interest_from == "dismissal" else fee.paid_on
        if start_from is None:
            ctx.warn_once(
                "nodismissal", "missing", "dismissal date not given: no 12% interest on the fee refund"
            )
            return []
        lines += accrue(
            head=Head.INTEREST,
            label=f"12% a year on the refund of {fee.kind.replace('_', ' ')} paid to {fee.payee}",
            principal=fee.amount.amount,
            currency=cur,
            start=start_from + ONE_DAY,
            until=ctx.today,
            rule=rule,
            rules=ctx.rules,
            daycount=ctx.conventions.daycount,
            extra_basis=(
                f"CONV-DAYCOUNT-PH: from the {ctx.conventions.ph_fee_interest_from} date (UNVERIFIED)",
            ),
        )
    return lines
