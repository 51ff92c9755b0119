"""Wages for the traditional holidays a daily-paid worker did not work (LPA s.29, s.56(2)).

Every employee is paid for the traditional holidays (at least 13 a year, s.29) whatever the pay basis (s.56(2)):
a monthly wage already includes them, so only a worker paid by the day (or the hour) has them to claim apart, at
the day's wage. The record says how many fell in its period and were not worked (``traditional_holidays_not_
worked``); worked ones are holiday work (s.62) and are entered as holiday hours. The contract's daily wage and the
minimum wage are both shown and the higher counts, as for basic pay. A piece-rate worker's holiday wage is the
average daily wage (s.57), which the record cannot give: a warning says it is not computed.
"""

from __future__ import annotations

from claims.calc.breakdown import Head
from claims.calc.counting import higher_counts
from claims.calc.inputs import WorkRecord
from claims.calc.limitation import flag_barred
from claims.calc.lines import Flag, Line
from claims.calc.text import Text
from claims.calc.words import Words, days_floor, plain, times
from claims.rules.model import NoRuleInForce

_LABEL_CONTRACT = Text("wages.traditional_holidays.contract")
_LABEL_STATUTORY = Text("wages.traditional_holidays.statutory")
_ASSUMED = frozenset({Flag.ASSUMPTION})


def traditional_holiday_lines(pw, record: WorkRecord, floor, barred) -> list[Line]:
    """The lines of ``record``'s traditional holidays not worked, for PeriodWages ``pw`` (``floor``: the minimum
    daily wage over the record as PeriodWages.floor_daily gives it, or None)."""
    ctx, period = pw.ctx, pw.period
    days = record.traditional_holidays_not_worked
    due = record.due_date
    if period.pay_basis == "monthly":
        ctx.warn_once(
            f"tradhol:monthly:{period.employer}",
            "traditional_holidays_monthly",
            Text("warn.traditional_holidays.monthly", {"employer": period.employer}),
        )
        return []
    if period.pay_basis == "piece":
        ctx.warn_once(
            f"tradhol:piece:{period.employer}",
            "traditional_holidays_piece",
            Text("warn.traditional_holidays.piece", {"employer": period.employer}),
        )
        return []
    if not pw.kinds.applies("traditional_holidays", due):
        return []
    rule = f"{pw.wp}.holidays.traditional_holiday_pay"
    if not pw.statutory or not ctx.rules.has(rule):
        ctx.warn_once(
            f"tradhol:norule:{pw.wp}",
            "traditional_holidays_no_rule",
            Text("warn.traditional_holidays.no_rule", {"jurisdiction": repr(pw.wp)}),
        )
        return []
    value = ctx.value(rule, due, Head.WAGES)
    if value is None:
        return []
    multiple = value.decimal
    cur = period.currency
    quantity = Text("quantity.days", {"n": plain(days)})
    contract = statutory = None
    if pw.rate is not None:
        if period.pay_basis == "daily":
            daily, basis, flags = pw.rate, (value.citation, pw.contract_basis), None
            formula = Words(times, quantity, daily, cur, "daily")
        else:  # hourly: a day's wage is the normal hours of a day at the hourly rate
            daily = pw.rate * pw.hours.rate
            basis = (value.citation, pw.contract_basis, *pw.hours.basis)
            flags = _ASSUMED if pw.hours.assumed else None
            hours = Text("quantity.days_of_hours", {"days": plain(days), "hours": pw.hours.text})
            formula = Words(times, hours, pw.rate, cur, "hourly")
        contract = pw._line(_LABEL_CONTRACT, days * daily * multiple, formula, basis, record, flags=flags)
    if floor is not None and not isinstance(floor, NoRuleInForce):
        daily, text, floor_basis = floor
        statutory = pw._line(
            _LABEL_STATUTORY,
            days * daily * multiple,
            Words(days_floor, days, text),
            (value.citation, *floor_basis),
            record,
        )
    lines = higher_counts(contract, statutory)
    if barred is not None:
        flag_barred(lines, barred)
    return lines
