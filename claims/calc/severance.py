"""Money due on termination: severance (LPA s.118), pay in lieu of notice (s.17, s.17/1), unused annual leave.

Service is counted over contiguous periods with the same employer, from the first day of work, a probation or
"trial" period included, both ends inclusive (TH-LPA-SEV-COUNT, CONV-SERVICE). The severance table is the one in force
on the termination date (TH-LPA-SEV-DATE). The daily rate of a monthly wage is wage / 30 (TH-LPA-DAILY, unverified).
Contract rate and minimum wage are both shown; the higher counts.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.calc.arrears import DueItem, interest_start
from claims.calc.breakdown import Head
from claims.calc.context import Context
from claims.calc.counting import higher_counts
from claims.calc.dates import (
    ONE_DAY,
    add_months,
    calendar_months,
    days_in_month,
    inclusive_days,
    month_end,
    whole_years,
)
from claims.calc.dates import years_complete as _years_complete
from claims.calc.inputs import EmploymentPeriod, WorkRecord
from claims.calc.lines import Flag, Line, make_line
from claims.calc.text import Amount, Currency, Text, error_text
from claims.calc.wages import PeriodWages
from claims.calc.words import plain, resolved

_FOUR = Decimal("0.0001")
_SEVERANCE = (Text("severance.contract"), Text("severance.minimum_wage"), Text("severance"))
_LEAVE = (Text("leave.contract"), Text("leave.minimum_wage"), Text("leave"))
_CONV_SERVICE = Text("basis.conv_service")
_CONV_PAYDAY = Text("basis.conv_payday")
_LEAVE_ENTERED = Text("basis.leave_entered")


def _daily_rates(pw: PeriodWages, on: date) -> tuple[tuple | None, tuple | None]:
    """(contract daily rate, statutory daily rate), each (rate, words, basis, flags), or None."""
    p, rate = pw.period, pw.rate
    contract = None
    if rate is not None:
        money = Amount(rate, p.currency)
        if p.pay_basis == "monthly":
            div = pw.ctx.value(f"{pw.wp}.working_time.daily_divisor_days", on)
            if div is not None:
                text = Text("rate.daily_from_monthly", {"rate": money, "divisor": plain(div.decimal)})
                contract = (rate / div.decimal, text, (pw.contract_basis, div.citation), None)
        elif p.pay_basis == "daily":
            contract = (rate, Text("rate.per_day", {"rate": money}), (pw.contract_basis,), None)
        elif p.pay_basis == "hourly":
            flags = {Flag.ASSUMPTION} if pw.hours.assumed else None
            text = Text("rate.daily_from_hourly", {"rate": money, "hours": pw.hours.text})
            contract = (rate * pw.hours.rate, text, (pw.contract_basis, *pw.hours.basis), flags)
        else:
            last = next((r for r in reversed(p.records) if r.pieces and r.days_worked), None)
            if last is not None:
                # LPA s.118 counts piece-rate severance on the last days worked; the average of the last record
                # stands in for them.
                text = Text(
                    "rate.daily_from_pieces",
                    {"pieces": plain(last.pieces), "rate": money, "days": plain(last.days_worked)},
                )
                contract = (
                    last.pieces * rate / last.days_worked,
                    text,
                    (pw.contract_basis,),
                    {Flag.ASSUMPTION},
                )
    statutory = None
    if pw.floor_ok and pw.kinds.applies("minimum_wage", on):
        floor = pw.floor_daily(WorkRecord(start=on, end=on))
        if isinstance(floor, tuple):
            statutory = (floor[0], Text("rate.minimum_wage", {"rate": resolved(floor[1])}), floor[2], None)
        else:
            pw.ctx.warn_once(
                f"floor@{on}",
                "no_rule_in_force",
                Text("warn.floor_not_compared", {"error": error_text(floor)}),
                rule=floor.name,
                on=on,
            )
    return contract, statutory


def _pair(
    pw: PeriodWages,
    head: str,
    labels: tuple[Text, Text, Text],
    days: Decimal,
    rates,
    period,
    basis,
    service: Text | None = None,
) -> list[Line]:
    """The line at the contract's daily rate and the one at the minimum wage (the higher counts); ``labels`` are
    (the contract line's, the minimum wage line's, the label of a line that cannot be computed)."""
    lines = []
    for label, rate in zip(labels[:2], rates, strict=True):
        if rate is None:
            continue
        daily, text, rate_basis, flags = rate
        args = {
            "days": plain(days),
            "rate": daily.quantize(_FOUR),
            "currency": Currency(pw.period.currency),
            "basis": text,
        }
        formula = (
            Text("formula.daily_rate", args)
            if service is None
            else Text("formula.daily_rate_service", {**args, "service": service})
        )
        lines.append(
            make_line(
                head,
                label,
                days * daily,
                pw.period.currency,
                formula,
                (*basis, *rate_basis),
                period=period,
                flags=flags,
                scenario=pw.scenario,
            )
        )
    if not lines:
        return [
            make_line(
                head,
                labels[2],
                None,
                pw.period.currency,
                Text("formula.no_daily_rate"),
                basis,
                period=period,
                flags={Flag.ERROR},
                scenario=pw.scenario,
            )
        ]
    return higher_counts(*lines) if len(lines) == 2 else lines


def termination_items(
    ctx: Context, group: list[EmploymentPeriod], scenario, interest_rule, demand
) -> list[DueItem]:
    last = group[-1]
    term = last.termination
    if term is None:
        return []
    pw = PeriodWages(ctx, last, scenario)
    first_day, last_day = group[0].start, last.end
    severance = _severance(pw, term, first_day, last_day)
    notice = _notice(pw, term, last_day)
    s9_covers_notice = _s9_covers_pay_in_lieu(ctx, pw.wp, last_day) if notice else None
    if notice and last.wilful_withholding and s9_covers_notice is False:
        for line in notice:
            line.add_note(Text("note.no_surcharge_pay_in_lieu_before_17_1"))
    items = []
    for kind, what, lines, rule in (
        ("severance", "severance", severance, _own(ctx, pw.wp, "severance", interest_rule)),
        ("pay_in_lieu", "pay_in_lieu", notice, _pay_in_lieu_interest_rule(pw.wp, s9_covers_notice)),
        ("wages", "leave", _leave(pw, last_day), interest_rule),
    ):
        if not lines:
            continue
        ctx.out.lines.extend(lines)
        amount = sum((ln.amount.amount for ln in lines if ln.counted and ln.amount is not None), Decimal(0))
        has_rule = rule is not None and ctx.rules.has(rule)
        items.append(
            DueItem(
                what=what,
                amount=amount,
                currency=last.currency,
                due=last_day,
                kind=kind,
                interest_rule=rule if has_rule else None,
                interest_from=interest_start(last_day, demand) if has_rule else None,
                lines=lines,
                wilful=last.wilful_withholding
                and (kind == "severance" or (what == "pay_in_lieu" and s9_covers_notice is True)),
                surcharge_jurisdiction=pw.wp if ctx.rules.has(f"{pw.wp}.interest.wilful_surcharge") else None,
                scenario=scenario,
            )
        )
    return items


def _s9_covers_pay_in_lieu(ctx: Context, wp: str, left_on: date) -> bool | None:
    """Whether LPA s.9 (its 15% interest, para 1, and its wilful-default surcharge, para 2, which covers "the money
    under para 1") reaches pay in lieu for an employee made to leave on ``left_on``: only pay in lieu under s.17/1,
    which exists for dismissals from 5 May 2019 (TH-LPA-NOTICE, TH-LPA-INT15). None where the jurisdiction has no
    such rule (its own pay-in-lieu interest rule, if any, then applies as it stands)."""
    name = f"{wp}.notice.pay_in_lieu_due_on_termination"
    if not ctx.rules.has(name):
        return None
    found = ctx.value(name, left_on, Head.NOTICE)
    return None if found is None else bool(found.value)


def _pay_in_lieu_interest_rule(wp: str, s9_covers: bool | None) -> str | None:
    """Pay in lieu of a dismissal before 5 May 2019 was never money under s.9: it carries the civil default rate of
    CCC s.224 for the whole default, 7.5% and then the 2021 amendment's rate (TH-LPA-INT15, TH-CCC-INT-DEFAULT), not
    the s.9 rate once No. 7 came into force."""
    if s9_covers is False:
        return f"{wp}.interest.civil_default"
    return f"{wp}.interest.pay_in_lieu"


def _own(ctx: Context, wp: str, topic: str, fallback: str | None) -> str | None:
    """The workplace's own interest rule for this kind of money (LPA s.9 names severance), else the wages one."""
    name = f"{wp}.interest.{topic}"
    return name if ctx.rules.has(name) else fallback


def service_text(first: date, last: date) -> Text:
    return Text(
        "severance.service",
        {"from": first, "to": last, "days": inclusive_days(first, last), "years": whole_years(first, last)},
    )


def severance_tier(tiers, first: date, last: date) -> Decimal:
    """The pay days of the highest tier the service reaches (0 below the first tier)."""
    best = Decimal(0)
    days = inclusive_days(first, last)
    for tier in tiers:
        reached = ("min_days" in tier and days >= int(tier["min_days"])) or (
            "min_years" in tier and _years_complete(first, last, int(tier["min_years"]))
        )
        if reached and Decimal(tier["pay_days"]) > best:
            best = Decimal(tier["pay_days"])
    return best


def _severance(pw: PeriodWages, term, first: date, last: date) -> list[Line]:
    rule = f"{pw.wp}.severance.tiers"
    if not term.by_employer or term.misconduct:
        return []
    if not pw.kinds.applies("severance", last):
        return []
    if not pw.statutory or not pw.ctx.rules.has(rule):
        pw.ctx.warn_once(
            f"nosev:{pw.wp}",
            "no_severance_rule",
            Text("warn.no_severance_rule", {"jurisdiction": repr(pw.wp)}),
        )
        return []
    value = pw.ctx.value(rule, last, Head.SEVERANCE)
    if value is None:
        return []
    pay_days = severance_tier(value.value, first, last)
    basis = (value.citation, _CONV_SERVICE)
    if pay_days == 0:
        return [
            make_line(
                Head.SEVERANCE,
                _SEVERANCE[2],
                Decimal(0),
                pw.period.currency,
                Text("formula.severance.below_tier", {"service": service_text(first, last)}),
                basis,
                period=(first, last),
                scenario=pw.scenario,
            )
        ]
    return _pair(
        pw,
        Head.SEVERANCE,
        _SEVERANCE,
        pay_days,
        _daily_rates(pw, last),
        (first, last),
        basis,
        service_text(first, last),
    )


def notice_end(notice_on: date, max_months: int) -> date:
    """TH-LPA-NOTICE with monthly pay dates on the last day of the month (CONV-PAYDAY): notice given at or before a
    pay date takes effect on the next pay date (Supreme Court 4701/2542), and never more than ``max_months``."""
    effective = month_end(month_end(notice_on) + ONE_DAY)
    return min(effective, add_months(notice_on, max_months))


def _notice(pw: PeriodWages, term, last: date) -> list[Line]:
    rule = f"{pw.wp}.notice.max_months"
    if not term.by_employer or term.misconduct or term.fixed_term or not pw.ctx.rules.has(rule):
        return []
    value = pw.ctx.value(rule, last, Head.NOTICE)
    if value is None:
        return []
    notice_on = term.notice_given_on or last
    effective = notice_end(notice_on, int(value.decimal))
    if effective <= last:
        return []
    start = last + ONE_DAY
    basis = (value.citation, _CONV_PAYDAY)
    dates = {"from": start, "to": effective}
    if pw.period.pay_basis == "monthly" and pw.rate is not None:
        return _monthly_notice(pw, Text("notice", dates), start, effective, basis, last)
    days = Decimal(inclusive_days(start, effective))
    labels = (Text("notice.contract", dates), Text("notice.minimum_wage", dates), Text("notice", dates))
    return _pair(pw, Head.NOTICE, labels, days, _daily_rates(pw, last), (start, effective), basis)


def _monthly_notice(pw: PeriodWages, label: Text, start, end, basis, last) -> list[Line]:
    # Whole months at the monthly wage; a part of a month at wage / 30 a day (TH-LPA-PAYINLIEU-DAYS, a convention).
    name = f"{pw.wp}.notice.part_month_divisor_days"
    if not pw.ctx.rules.has(name):
        name = f"{pw.wp}.working_time.daily_divisor_days"
    div = pw.ctx.value(name, last, Head.NOTICE)
    if div is None:
        return []
    whole, part_days = 0, 0
    for first, final in calendar_months(start, end):
        if inclusive_days(first, final) == days_in_month(first.year, first.month):
            whole += 1
        else:
            part_days += inclusive_days(first, final)
    rate, cur = pw.rate, pw.period.currency
    amount = rate * whole + rate * part_days / div.decimal
    formula = Text(
        "formula.notice.monthly",
        {"months": whole, "rate": Amount(rate, cur), "days": part_days, "divisor": plain(div.decimal)},
    )
    return [
        make_line(
            Head.NOTICE,
            label,
            amount,
            cur,
            formula,
            (*basis, pw.contract_basis, div.citation),
            period=(start, end),
            flags={Flag.CONVENTION},
            scenario=pw.scenario,
        )
    ]


def _leave(pw: PeriodWages, last: date) -> list[Line]:
    days = pw.period.unused_annual_leave_days
    if not days:
        return []
    rule = f"{pw.wp}.leave.annual_days"
    value = pw.ctx.value(rule, last, Head.LEAVE) if pw.statutory and pw.ctx.rules.has(rule) else None
    basis = (value.citation,) if value is not None else ()
    return _pair(pw, Head.LEAVE, _LEAVE, days, _daily_rates(pw, last), None, (*basis, _LEAVE_ENTERED))
