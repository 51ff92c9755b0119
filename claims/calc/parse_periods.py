"""parse_claim's employment periods: the period's terms, its records of work (days, hours, pieces, month by month)
and how it ended (claims/calc/parse.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from claims.calc.dates import calendar_months, month_end
from claims.calc.dismissal import check_dismissal
from claims.calc.inputs import KINDS_OF_WORK, PAY_BASES, EmploymentPeriod, Termination, WorkRecord
from claims.calc.parse_payments import _deductions, _payments
from claims.calc.reader import Reader, _bool, _date, _decimal, _text
from claims.calc.records import monthly_records, too_many_days
from claims.money import NO_CURRENCY

_NEW = object.__new__


_PERIOD = {
    "employer",
    "start",
    "end",
    "pay_basis",
    "rate",
    "currency",
    "workplace",
    "province",
    "normal_hours_per_day",
    "normal_hours_per_month",
    "contract_basis",
    "overtime_multiplier",
    "holiday_multiplier",
    "holiday_overtime_multiplier",
    "restday_multiplier",
    "trial_end",
    "wilful_withholding",
    "records",
    "deductions",
    "payments",
    "termination",
    "unused_annual_leave_days",
    "kind_of_work",
}


def _period(r: Reader, raw: Any, path: str) -> EmploymentPeriod | None:
    d = r.obj(raw, path, _PERIOD)
    if d is None:
        return None
    start = r.get(d, "start", path, "date", required=True)
    end = r.get(d, "end", path, "date", required=True)
    if start and end and end < start:
        r.bad(f"{path}.end", "must not be before start")
    cur = r.get(d, "currency", path, "currency", required=True, default=NO_CURRENCY)
    rate, high = _rate_range(r, d, path)
    kwargs = {
        k: r.get(d, k, path, "decimal")
        for k in (
            "normal_hours_per_day",
            "normal_hours_per_month",
            "overtime_multiplier",
            "holiday_multiplier",
            "holiday_overtime_multiplier",
            "restday_multiplier",
            "unused_annual_leave_days",
        )
    }
    records = []
    numbers: dict = {}  # see _records_fast
    for base, i, rraw in r.entries(d, "records", path):
        fast = _records_fast(rraw, start, end, numbers)
        records += fast if fast is not None else _records(r, rraw, f"{base}[{i}]", start, end)
    termination = (
        _termination(r, d.get("termination"), f"{path}.termination", end) if d.get("termination") else None
    )
    period = dict(
        employer=r.get(d, "employer", path, "str", required=True, default=""),
        start=start,
        end=end,
        pay_basis=r.get(d, "pay_basis", path, "str", required=True, choices=PAY_BASES, default="monthly"),
        rate=rate,
        rate_high=high,
        currency=cur,
        workplace=r.get(d, "workplace", path, "code", required=True, default="th"),
        province=r.get(d, "province", path, "str"),
        contract_basis=r.get(d, "contract_basis", path, "str", default="employment contract"),
        trial_end=r.get(d, "trial_end", path, "date"),
        wilful_withholding=r.get(d, "wilful_withholding", path, "bool", default=False),
        kind_of_work=r.get(d, "kind_of_work", path, "str", choices=KINDS_OF_WORK, default="general"),
        records=tuple(records),
        deductions=_deductions(r, d, path, cur),
        payments=_payments(r, d, "payments", path, cur, designate=True),
        termination=termination,
        **kwargs,
    )
    if start is None or end is None:
        return None
    return EmploymentPeriod(**period)


def _rate_range(r: Reader, d: dict, path: str) -> tuple[Decimal | None, Decimal | None]:
    raw = d.get("rate")
    if isinstance(raw, dict):
        rng = r.obj(raw, f"{path}.rate", {"low", "high"})
        low = r.get(rng, "low", f"{path}.rate", "decimal", required=True)
        high = r.get(rng, "high", f"{path}.rate", "decimal", required=True)
        if low is not None and high is not None and high < low:
            r.bad(f"{path}.rate.high", "must not be below low")
        return low, high
    return r.get(d, "rate", path, "decimal"), None


_RECORD = {
    "start",
    "end",
    "repeat",
    "days_worked",
    "normal_hours",
    "overtime_hours",
    "holiday_hours",
    "holiday_overtime_hours",
    "restday_hours",
    "pieces",
    "overtime_pieces",
    "holiday_entitled",
    "due",
    "traditional_holidays_not_worked",
}
_ZERO = Decimal(0)


def _records(r: Reader, raw: Any, path: str, p_start, p_end) -> list[WorkRecord]:
    d = r.obj(raw, path, _RECORD)
    if d is None:
        return []
    start = r.get(d, "start", path, "date", required=True)
    end = r.get(d, "end", path, "date", required=True)
    repeat = r.get(d, "repeat", path, "str", choices=("monthly",))
    figures = {k: r.get(d, k, path, "decimal") for k in ("days_worked", "normal_hours", "pieces")}
    figures.update(
        {
            k: r.get(d, k, path, "decimal", default=_ZERO)
            for k in (
                "overtime_hours",
                "holiday_hours",
                "holiday_overtime_hours",
                "restday_hours",
                "overtime_pieces",
                "traditional_holidays_not_worked",
            )
        }
    )
    figures["holiday_entitled"] = r.get(d, "holiday_entitled", path, "bool")
    due = r.get(d, "due", path, "date")
    if start is None or end is None:
        return []
    if end < start:
        r.bad(f"{path}.end", "must not be before start")
        return []
    if p_start and p_end and (start < p_start or end > p_end):
        r.bad(path, "must lie within the employment period")
    if repeat == "monthly":
        if due is not None:
            r.bad(f"{path}.due", "cannot be given with repeat: each month falls due on its last day")
        records = monthly_records(start, end, figures)
    else:
        records = [WorkRecord(start=start, end=end, due=due, **figures)]
    for record in records:
        problem = too_many_days(record.days_worked, record.start, record.end)
        if problem:
            r.bad(f"{path}.days_worked", problem)
            return []
    return records


# Where each field of a record goes in WorkRecord's arguments (start, end, days_worked, normal_hours,
# overtime_hours, holiday_hours, holiday_overtime_hours, restday_hours, pieces, overtime_pieces, holiday_entitled,
# due, traditional_holidays_not_worked, days_prorated_from (never entered); then repeat), and its converter, for
# the fast path below.
_RECORD_FIELDS = {
    "start": (0, _date),
    "end": (1, _date),
    "days_worked": (2, _decimal),
    "normal_hours": (3, _decimal),
    "overtime_hours": (4, _decimal),
    "holiday_hours": (5, _decimal),
    "holiday_overtime_hours": (6, _decimal),
    "restday_hours": (7, _decimal),
    "pieces": (8, _decimal),
    "overtime_pieces": (9, _decimal),
    "holiday_entitled": (10, _bool),
    "due": (11, _date),
    "traditional_holidays_not_worked": (12, _decimal),
    "repeat": (14, _text),
}
_RECORD_DEFAULTS = (None,) * 4 + (_ZERO,) * 4 + (None, _ZERO, None, None, _ZERO, None, None)
# The fields read with _decimal, by name: the most of a record's fields, looked up first.
_RECORD_NUMBERS = {key: index for key, (index, convert) in _RECORD_FIELDS.items() if convert is _decimal}


def _records_fast(raw: Any, p_start, p_end, numbers: dict) -> list[WorkRecord] | None:
    """_records for a record with nothing to report, without the Reader's bookkeeping; None for anything else
    (a problem, a field left null), which _records then reads and reports in its own order.

    ``numbers`` keeps the figures already read in this claim, by their text (or whole number): months of records
    repeat the same few hours and days, and one Decimal per figure is read once and hashed once."""
    if raw.__class__ is not dict:
        return None
    values = list(_RECORD_DEFAULTS)
    try:
        for key, value in raw.items():
            index = _RECORD_NUMBERS.get(key)
            if index is not None and (value.__class__ is str or value.__class__ is int):  # not a bool
                number = numbers.get(value)
                if number is None:
                    number = numbers[value] = _decimal(value)
                values[index] = number
                continue
            field = _RECORD_FIELDS.get(key)
            if field is None or value is None:
                return None
            values[field[0]] = field[1](value)
    except (TypeError, ValueError):
        return None
    start, end, repeat, due = values[0], values[1], values.pop(), values[11]
    if start is None or end is None or end < start:
        return None
    if p_start and p_end and (start < p_start or end > p_end):
        return None
    days = values[2]
    if repeat is not None:
        if repeat != "monthly" or due is not None:
            return None
        # Part months (prorated) and more days than a short month has (refused) are _records' to handle.
        if days is not None and (days > 28 or start.day != 1 or end != month_end(end)):
            return None
        return [_record(a, b, values) for a, b in calendar_months(start, end)]
    if days is not None and days > (end - start).days + 1:
        return None
    return [_record(start, end, values)]


# WorkRecord is a frozen dataclass with slots: its slot descriptors fill a new one without the frozen __setattr__
# (its generated __init__ sets each of the twelve fields through object.__setattr__, once per month of records).
_RECORD_SETTERS = tuple(WorkRecord.__dict__[name].__set__ for name in WorkRecord.__dataclass_fields__)
assert len(_RECORD_SETTERS) == 14


(
    _SET_START,
    _SET_END,
    _SET_DAYS,
    _SET_NORMAL,
    _SET_OVERTIME,
    _SET_HOLIDAY,
    _SET_HOLIDAY_OVERTIME,
    _SET_RESTDAY,
    _SET_PIECES,
    _SET_OVERTIME_PIECES,
    _SET_ENTITLED,
    _SET_DUE,
    _SET_TRADITIONAL,
    _SET_PRORATED_FROM,
) = _RECORD_SETTERS


def _record(start, end, values: list) -> WorkRecord:
    """``WorkRecord(start, end, *values[2:14])``."""
    record = _NEW(WorkRecord)
    _SET_START(record, start)
    _SET_END(record, end)
    _SET_DAYS(record, values[2])
    _SET_NORMAL(record, values[3])
    _SET_OVERTIME(record, values[4])
    _SET_HOLIDAY(record, values[5])
    _SET_HOLIDAY_OVERTIME(record, values[6])
    _SET_RESTDAY(record, values[7])
    _SET_PIECES(record, values[8])
    _SET_OVERTIME_PIECES(record, values[9])
    _SET_ENTITLED(record, values[10])
    _SET_DUE(record, values[11])
    _SET_TRADITIONAL(record, values[12])
    _SET_PRORATED_FROM(record, values[13])
    return record


_TERMINATION = {
    "by_employer",
    "misconduct",
    "notice_given_on",
    "fixed_term",
    "without_just_cause",
    "contract_end",
}


def _termination(r: Reader, raw: Any, path: str, end=None) -> Termination | None:
    d = r.obj(raw, path, _TERMINATION)
    if d is None:
        return None
    term = Termination(
        by_employer=r.get(d, "by_employer", path, "bool", default=True),
        misconduct=r.get(d, "misconduct", path, "bool", default=False),
        notice_given_on=r.get(d, "notice_given_on", path, "date"),
        fixed_term=r.get(d, "fixed_term", path, "bool", default=False),
        without_just_cause=r.get(d, "without_just_cause", path, "bool", default=False),
        contract_end=r.get(d, "contract_end", path, "date"),
    )
    check_dismissal(r, term, path, end)
    return term
