"""Salaries for the unexpired portion of an overseas Filipino worker's contract (RA 8042 s.10, PH-MWA-S10-UNEXPIRED).

A worker dismissed without just, valid or authorised cause gets the salaries for the whole unexpired portion: from
the day after the dismissal (the last day of the employment period) to the contract's last day, at the contract's
monthly salary. Whole months are counted from the day after the dismissal; a part month is paid at the monthly
salary / 30 a day (CONV-MONTH-PH, a convention: ``<forum>.migrant_workers.unexpired_part_month_divisor_days``).

The clause "or for three months for every year of the unexpired term, whichever is less" was struck down twice
(Serrano 2009, Sameer 2014). The rule ``unexpired_portion_cap_applies`` says so on the dismissal date; it is read
here and the cap would apply where it were true: 3 months for every year of the unexpired term, a part year counted
as a year (Serrano's award of 3 months for 9 months and 23 days; a reading, UNVERIFIED).

Who is covered: the claim's forum has the rule (``ph``) and the workplace is abroad (another country than the forum):
RA 8042 is the law of overseas workers, not of a worker employed at home.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.calc.arrears import DueItem, interest_start
from claims.calc.breakdown import Head
from claims.calc.context import Context
from claims.calc.dates import ONE_DAY, add_months
from claims.calc.inputs import EmploymentPeriod
from claims.calc.lines import Flag, Line, make_line
from claims.calc.text import Amount, Text
from claims.calc.wages import PeriodWages
from claims.calc.words import plain

_BASIS = Text("basis.ph_unexpired")


def covered(ctx: Context, period: EmploymentPeriod) -> bool:
    """Whether RA 8042 s.10 (or the forum's like rule) covers a dismissal at the end of ``period``."""
    term = period.termination
    if term is None or not term.without_just_cause:
        return False
    forum = ctx.claim.jurisdiction
    if not ctx.rules.has(f"{forum}.migrant_workers.unexpired_portion_cap_applies"):
        ctx.warn_once(
            f"nounexpired:{forum}",
            "no_unexpired_rule",
            Text("warn.no_unexpired_rule", {"forum": repr(forum), "employer": period.employer}),
        )
        return False
    if period.workplace == forum:
        ctx.warn_once(
            f"notoverseas:{period.employer}",
            "not_overseas",
            Text("warn.unexpired_not_overseas", {"employer": period.employer, "forum": repr(forum)}),
        )
        return False
    return True


def unexpired_items(
    ctx: Context, run: list[EmploymentPeriod], scenario, interest_rule: str | None, demand: date | None
) -> list[DueItem]:
    last = run[-1]
    if not covered(ctx, last):
        return []
    lines = _lines(ctx, PeriodWages(ctx, last, scenario), last.termination.contract_end)
    ctx.out.lines.extend(lines)
    amount = sum((ln.amount.amount for ln in lines if ln.counted and ln.amount is not None), Decimal(0))
    has_rule = interest_rule is not None and ctx.rules.has(interest_rule)
    return [
        DueItem(
            what="unexpired",
            amount=amount,
            currency=last.currency,
            due=last.end,
            kind="wages",
            interest_rule=interest_rule if has_rule else None,
            interest_from=interest_start(last.end, demand) if has_rule else None,
            lines=lines,
            scenario=scenario,
        )
    ]


def unexpired_span(start: date, end: date) -> tuple[int, int, date]:
    """(whole months, days left, first day of the part month) from ``start`` to ``end`` inclusive."""
    months = 0
    while add_months(start, months + 1) - ONE_DAY <= end:
        months += 1
    rest = add_months(start, months)
    return months, max(0, (end - rest).days + 1), rest


def _lines(ctx: Context, pw: PeriodWages, contract_end: date) -> list[Line]:
    p, forum = pw.period, ctx.claim.jurisdiction
    dismissed, start = p.end, p.end + ONE_DAY
    label = Text("unexpired.salaries", {"from": start, "to": contract_end})
    period = (start, contract_end)
    cap_rule = f"{forum}.migrant_workers.unexpired_portion_cap_applies"
    cap = ctx.value(cap_rule, dismissed, Head.WAGES)
    if p.pay_basis != "monthly" or pw.rate is None or cap is None:
        why = (
            Text("basis.rule_not_in_force", {"rule": cap_rule, "on": dismissed})
            if cap is None
            else Text("formula.unexpired.monthly_needed")
        )
        return [
            make_line(
                Head.WAGES,
                label,
                None,
                p.currency,
                why,
                (_BASIS,),
                period=period,
                flags={Flag.ERROR} if cap is None else None,
                scenario=pw.scenario,
            )
        ]
    months, days, _ = unexpired_span(start, contract_end)
    rate, cur = pw.rate, p.currency
    basis: tuple = (cap.citation, _BASIS, pw.contract_basis)
    flags: set[str] = set()
    divisor = Decimal(30)
    if days:
        div = ctx.value(f"{forum}.migrant_workers.unexpired_part_month_divisor_days", dismissed, Head.WAGES)
        if div is None:
            return []
        divisor = div.decimal
        basis = (*basis, div.citation)
        flags.add(Flag.CONVENTION)
    args = {"months": months, "days": days, "rate": Amount(rate, cur), "divisor": plain(divisor)}
    amount = rate * months + rate * days / divisor
    if days:
        formula = Text("formula.unexpired", args)
    else:
        formula = Text("formula.unexpired.months", {"months": months, "rate": args["rate"]})
    if cap.value is True:
        unexpired = Decimal(months) + Decimal(days) / divisor
        years = months // 12 + (1 if months % 12 or days else 0)
        if Decimal(3 * years) < unexpired:
            amount = rate * 3 * years
            capped = {
                "months": months,
                "days": days,
                "rate": args["rate"],
                "years": years,
                "capped": 3 * years,
            }
            formula = Text("formula.unexpired.capped", capped)
            flags.add(Flag.CONVENTION)
    return [
        make_line(
            Head.WAGES,
            label,
            amount,
            cur,
            formula,
            basis,
            period=period,
            flags=flags or None,
            scenario=pw.scenario,
        )
    ]
