"""parse_claim: plain JSON-like data -> ClaimInput, with every problem found named by its field path.

Numbers are written as strings ("400.50") or whole numbers. A JSON decimal number arrives in Python as a float,
which cannot hold money exactly, so it is refused with a message saying how to write it (a caller that reads JSON
with ``parse_float=Decimal`` may pass Decimals). Unknown keys are refused too: a typo ("overtime_hour") must not
silently drop a figure from a claim. The format is described field by field in docs/claim-format.md.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from claims.calc.collector import collector_held
from claims.calc.dates import calendar_months, month_end
from claims.calc.dismissal import check_dismissal
from claims.calc.inputs import (
    COMPENSATION_KINDS,
    DEDUCTION_KINDS,
    FEE_KINDS,
    FEE_OUTCOMES,
    ILO_CATEGORIES,
    KINDS_OF_WORK,
    LABOUR_DAMAGE_KINDS,
    PAY_BASES,
    ClaimInput,
    CompensationHead,
    Conventions,
    CriminalCompensation,
    Deduction,
    EmploymentPeriod,
    ExchangeRate,
    FeePayment,
    FundItem,
    LabourDamage,
    Loan,
    Payment,
    Recruitment,
    Termination,
    WorkRecord,
)
from claims.calc.reader import InputError, Reader, _bool, _currency, _date, _decimal, _text
from claims.calc.records import monthly_records, too_many_days
from claims.money import NO_CURRENCY, Money

__all__ = ["InputError", "parse_claim"]

_NEW = object.__new__

_TOP = {
    "claimant",
    "jurisdiction",
    "computed_on",
    "currency",
    "filed_on",
    "demand_date",
    "projection_date",
    "conventions",
    "employment",
    "exchange_rates",
    "loans",
    "recruitment",
    "fund_items",
    "compensation",
    "damages",
}


@collector_held
def parse_claim(data: Any) -> ClaimInput:
    """Build a ClaimInput, or raise InputError listing every problem (not only the first)."""
    r = Reader()
    top = r.obj(data, "", _TOP)
    if top is None:
        raise InputError("", "the claim must be a JSON object")
    currency = r.get(top, "currency", "", "currency", required=True, default=NO_CURRENCY)
    claim = dict(
        claimant=r.get(top, "claimant", "", "str", default=""),
        jurisdiction=r.get(top, "jurisdiction", "", "code", required=True, default="th"),
        computed_on=r.get(top, "computed_on", "", "date", required=True, default=date(2000, 1, 1)),
        currency=currency,
        filed_on=r.get(top, "filed_on", "", "date"),
        demand_date=r.get(top, "demand_date", "", "date"),
        projection_date=r.get(top, "projection_date", "", "date"),
        conventions=_conventions(r, top.get("conventions")),
        employment=tuple(p for path, raw in r.items(top, "employment", "") if (p := _period(r, raw, path))),
        exchange_rates=tuple(
            x for path, raw in r.items(top, "exchange_rates", "") if (x := _rate(r, raw, path))
        ),
        loans=tuple(x for path, raw in r.items(top, "loans", "") if (x := _loan(r, raw, path, currency))),
        recruitment=_recruitment(r, top["recruitment"], currency) if top.get("recruitment") else None,
        fund_items=tuple(
            x for path, raw in r.items(top, "fund_items", "") if (x := _fund(r, raw, path, currency))
        ),
        compensation=_compensation(r, top["compensation"], currency) if top.get("compensation") else None,
        damages=tuple(
            x for path, raw in r.items(top, "damages", "") if (x := _damage(r, raw, path, currency))
        ),
    )
    if r.problems:
        (field, problem), *more = r.problems
        raise InputError(field, problem, more)
    return ClaimInput(**claim)


def _conventions(r: Reader, raw: Any) -> Conventions:
    if raw is None:
        return Conventions()
    fields = {
        "daycount": "str",
        "surcharge_count": "str",
        "payment_allocation": "str",
        "usury_paid_interest": "str",
        "assumed_hours_per_day": "decimal",
        "assumed_working_days_per_month": "decimal",
        "loan_days_per_month": "decimal",
        "ph_fee_interest_from": "str",
        "limitation_warning_days": "int",
    }
    choices = {
        "daycount": ("actual/365", "actual/actual"),
        "surcharge_count": ("days/7", "(days-7)/7"),
        "payment_allocation": ("oldest_first",),
        "usury_paid_interest": ("credit_to_principal", "unrecoverable"),
        "ph_fee_interest_from": ("dismissal", "payment"),
    }
    data = r.obj(raw, "conventions", set(fields))
    if data is None:
        return Conventions()
    given = {}
    for key, kind in fields.items():
        value = r.get(data, key, "conventions", kind, choices=choices.get(key))
        if value is not None:
            given[key] = value
    return Conventions(**given)


def _money(r: Reader, data: dict, key: str, path: str, currency: str, required=False) -> Money | None:
    amount = r.get(data, key, path, "decimal", required=required)
    return None if amount is None else Money(amount, currency)


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


def _payments(
    r: Reader, d: dict, key: str, path: str, cur: str, designate: bool = False
) -> tuple[Payment, ...]:
    """The payments of ``d[key]``; with ``designate``, each may name what it pays ("for", CCC s.328 para 1)."""
    payments = []
    for base, i, raw in r.entries(d, key, path):
        payment = _payment_fast(raw, cur, designate)
        if payment is None:
            payment = _payment(r, raw, f"{base}[{i}]", cur, designate)
        if payment:
            payments.append(payment)
    return tuple(payments)


_MONTH = re.compile(r"\d{4}-\d{2}")
DESIGNATION_PROBLEM = "must be a month (YYYY-MM) or the due date of an amount (YYYY-MM-DD)"


def designation(value: Any) -> tuple[str, date]:
    """A payment's "for": "2024-01" names the wages of the work of January 2024, "2024-01-31" the amounts due on
    that date. Raises ValueError for anything else."""
    if isinstance(value, str) and _MONTH.fullmatch(value.strip()):
        year, month = value.strip().split("-")
        return ("month", date(int(year), int(month), 1))
    found = _date(value)
    if found is None:
        raise ValueError(DESIGNATION_PROBLEM)
    return ("due", found)


def _payment_fast(raw: Any, default_currency: str, designate: bool = False) -> Payment | None:
    """_payment for a payment with nothing to report; None for anything else (see _records_fast)."""
    if raw.__class__ is not dict:
        return None
    on = amount = designated = None
    currency, note = default_currency, ""
    try:
        for key, value in raw.items():
            if value is None:
                return None
            if key == "on":
                on = _date(value)
            elif key == "amount":
                amount = _decimal(value)
            elif key == "currency":
                currency = _currency(value)
            elif key == "note":
                note = _text(value)
            elif key == "for" and designate:
                designated = designation(value)
            else:
                return None
    except (TypeError, ValueError):
        return None
    if on is None or amount is None:
        return None
    payment = _NEW(Payment)  # Payment(on, money, note, designation), as _record fills a WorkRecord
    _PAYMENT_ON(payment, on)
    _PAYMENT_AMOUNT(payment, _money_of(amount, currency))
    _PAYMENT_NOTE(payment, note)
    _PAYMENT_DESIGNATION(payment, designated)
    return payment


_PAYMENT_ON = Payment.__dict__["on"].__set__
_PAYMENT_AMOUNT = Payment.__dict__["amount"].__set__
_PAYMENT_NOTE = Payment.__dict__["note"].__set__
_PAYMENT_DESIGNATION = Payment.__dict__["designation"].__set__
assert tuple(Payment.__dataclass_fields__) == ("on", "amount", "note", "designation")


_CURRENCIES: set[str] = set()  # codes Money has accepted once
_SET_AMOUNT = Money.__dict__["amount"].__set__
_SET_CURRENCY = Money.__dict__["currency"].__set__


def _money_of(amount: Decimal, currency: str) -> Money:
    """``Money(amount, currency)`` for a Decimal amount, checking each currency code once rather than per payment."""
    if currency not in _CURRENCIES:
        money = Money(amount, currency)
        _CURRENCIES.add(currency)
        return money
    money = _NEW(Money)
    _SET_AMOUNT(money, amount)
    _SET_CURRENCY(money, currency)
    return money


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


def _payment(
    r: Reader, raw: Any, path: str, default_currency: str, designate: bool = False
) -> Payment | None:
    d = r.obj(
        raw,
        path,
        {"on", "amount", "currency", "note", "for"} if designate else {"on", "amount", "currency", "note"},
    )
    if d is None:
        return None
    cur = r.get(d, "currency", path, "currency", default=default_currency)
    on = r.get(d, "on", path, "date", required=True)
    amount = _money(r, d, "amount", path, cur, required=True)
    note = r.get(d, "note", path, "str", default="")
    designated = None
    if designate and d.get("for") is not None:
        try:
            designated = designation(d["for"])
        except (TypeError, ValueError):
            r.bad(f"{path}.for", DESIGNATION_PROBLEM)
    return Payment(on, amount, note, designated) if on and amount else None


def _deductions(r: Reader, d: dict, path: str, cur: str) -> tuple[Deduction, ...]:
    deductions = []
    for base, i, raw in r.entries(d, "deductions", path):
        deduction = _deduction_fast(raw, cur)
        if deduction is None:
            deduction = _deduction(r, raw, f"{base}[{i}]", cur)
        if deduction is not None:
            deductions.append(deduction)
    return tuple(deductions)


_DEDUCTION_FIELDS = {
    "kind": _text,
    "amount": _decimal,
    "currency": _currency,
    "on": _date,
    "lawful": _bool,
    "reason": _text,
    "consented_in_advance": _bool,
}


def _deduction_fast(raw: Any, default_currency: str) -> Deduction | None:
    """_deduction for a deduction with nothing to report; None for anything else (see _records_fast)."""
    if raw.__class__ is not dict:
        return None
    given = {}
    try:
        for key, value in raw.items():
            convert = _DEDUCTION_FIELDS.get(key)
            if convert is None or value is None:
                return None
            given[key] = convert(value)
    except (TypeError, ValueError):
        return None
    kind, amount, on, lawful = given.get("kind"), given.get("amount"), given.get("on"), given.get("lawful")
    if kind not in DEDUCTION_KINDS or amount is None or on is None or lawful is None:
        return None
    return Deduction(
        kind,
        _money_of(amount, given.get("currency", default_currency)),
        on,
        lawful,
        given.get("reason", ""),
        given.get("consented_in_advance", False),
    )


def _deduction(r: Reader, raw: Any, path: str, cur: str) -> Deduction | None:
    d = r.obj(raw, path, {"kind", "amount", "currency", "on", "lawful", "reason", "consented_in_advance"})
    if d is None:
        return None
    cur = r.get(d, "currency", path, "currency", default=cur)
    values = dict(
        kind=r.get(d, "kind", path, "str", required=True, choices=DEDUCTION_KINDS),
        amount=_money(r, d, "amount", path, cur, required=True),
        on=r.get(d, "on", path, "date", required=True),
        lawful=r.get(d, "lawful", path, "bool", required=True),
        reason=r.get(d, "reason", path, "str", default=""),
        consented_in_advance=r.get(d, "consented_in_advance", path, "bool", default=False),
    )
    return None if None in values.values() else Deduction(**values)


def _rate(r: Reader, raw: Any, path: str) -> ExchangeRate | None:
    d = r.obj(raw, path, {"from", "to", "rate", "on", "source"})
    if d is None:
        return None
    values = (
        r.get(d, "from", path, "currency", required=True),
        r.get(d, "to", path, "currency", required=True),
        r.get(d, "rate", path, "decimal", required=True),
        r.get(d, "on", path, "date", required=True),
        r.get(d, "source", path, "str", required=True),
    )
    return None if None in values else ExchangeRate(*values)


def _loan(r: Reader, raw: Any, path: str, currency: str) -> Loan | None:
    d = r.obj(
        raw,
        path,
        {
            "lender",
            "principal",
            "currency",
            "taken_on",
            "rate",
            "rate_per",
            "method",
            "repayments",
            "collateral",
            "demand_date",
            "jurisdiction",
        },
    )
    if d is None:
        return None
    cur = r.get(d, "currency", path, "currency", default=currency)
    values = dict(
        lender=r.get(d, "lender", path, "str", required=True),
        principal=_money(r, d, "principal", path, cur, required=True),
        taken_on=r.get(d, "taken_on", path, "date", required=True),
        rate=r.get(d, "rate", path, "decimal", required=True),
        rate_per=r.get(d, "rate_per", path, "str", required=True, choices=("month", "year")),
    )
    optional = dict(
        method=r.get(d, "method", path, "str", default="simple", choices=("simple", "compound")),
        repayments=_payments(r, d, "repayments", path, cur),
        collateral=r.get(d, "collateral", path, "str"),
        demand_date=r.get(d, "demand_date", path, "date"),
        jurisdiction=r.get(d, "jurisdiction", path, "code"),
    )
    if values["rate"] is not None and values["rate"] > 1:
        r.bad(f"{path}.rate", 'is a fraction: write 3% a month as "0.03"')
    return None if None in values.values() else Loan(**values, **optional)


def _recruitment(r: Reader, raw: Any, currency: str) -> Recruitment | None:
    path = "recruitment"
    d = r.obj(
        raw,
        path,
        {
            "fees",
            "placement",
            "outcome",
            "legal_max",
            "monthly_wage",
            "currency",
            "contract_days",
            "days_worked",
            "wage_received_fraction",
            "dismissed_on",
            "destination",
        },
    )
    if d is None:
        return None
    cur = r.get(d, "currency", path, "currency", default=currency)
    fees = []
    for fpath, fraw in r.items(d, "fees", path):
        f = r.obj(fraw, fpath, {"kind", "payee", "amount", "currency", "paid_on", "ilo_category", "evidence"})
        if f is None:
            continue
        fcur = r.get(f, "currency", fpath, "currency", default=cur)
        values = (
            r.get(f, "kind", fpath, "str", required=True, choices=FEE_KINDS),
            r.get(f, "payee", fpath, "str", required=True),
            _money(r, f, "amount", fpath, fcur, required=True),
            r.get(f, "paid_on", fpath, "date", required=True),
            r.get(f, "ilo_category", fpath, "str", required=True, choices=ILO_CATEGORIES),
            r.get(f, "evidence", fpath, "str", default=""),
        )
        if None not in values:
            fees.append(FeePayment(*values))
    return Recruitment(
        fees=tuple(fees),
        placement=r.get(d, "placement", path, "code", required=True, default="th"),
        destination=r.get(d, "destination", path, "code"),
        outcome=r.get(d, "outcome", path, "str", default="as_promised", choices=FEE_OUTCOMES),
        legal_max=_money(r, d, "legal_max", path, cur),
        monthly_wage=_money(r, d, "monthly_wage", path, cur),
        contract_days=r.get(d, "contract_days", path, "int"),
        days_worked=r.get(d, "days_worked", path, "int"),
        wage_received_fraction=r.get(d, "wage_received_fraction", path, "decimal"),
        dismissed_on=r.get(d, "dismissed_on", path, "date"),
    )


def _fund(r: Reader, raw: Any, path: str, currency: str) -> FundItem | None:
    d = r.obj(
        raw,
        path,
        {
            "item",
            "label",
            "quantity",
            "rate",
            "amount",
            "currency",
            "evidence",
            "requested_on",
            "requested",
            "approved",
            "paid",
        },
    )
    if d is None:
        return None
    item = r.get(d, "item", path, "str", required=True)
    values = {k: r.get(d, k, path, "decimal") for k in ("rate", "amount", "requested", "approved", "paid")}
    if values["rate"] is not None and values["amount"] is not None:
        r.bad(path, "give a rate (with a quantity) or an amount, not both")
    result = FundItem(
        item=item or "",
        currency=r.get(d, "currency", path, "currency", default=currency),
        label=r.get(d, "label", path, "str", default=""),
        quantity=r.get(d, "quantity", path, "decimal", default=Decimal(1)),
        evidence=r.get(d, "evidence", path, "str", default=""),
        requested_on=r.get(d, "requested_on", path, "date"),
        **values,
    )
    return result if item else None


def _damage(r: Reader, raw: Any, path: str, currency: str) -> LabourDamage | None:
    d = r.obj(raw, path, {"kind", "amount", "currency", "description", "basis", "on"})
    if d is None:
        return None
    kind = r.get(d, "kind", path, "str", required=True, choices=LABOUR_DAMAGE_KINDS)
    basis = r.get(d, "basis", path, "str", default="")
    if kind == "other_damages" and not (basis or "").strip():
        r.bad(f"{path}.basis", "other damages need their legal basis in words (the contract term, the Act)")
    amount = r.get(d, "amount", path, "decimal")
    return LabourDamage(
        kind=kind or "other_damages",
        currency=r.get(d, "currency", path, "currency", default=currency),
        amount=amount,
        description=r.get(d, "description", path, "str", default=""),
        basis=basis,
        on=r.get(d, "on", path, "date"),
    )


def _compensation(r: Reader, raw: Any, currency: str) -> CriminalCompensation | None:
    path = "compensation"
    d = r.obj(
        raw,
        path,
        {"case", "currency", "heads", "proposed", "victim_wish", "awarded", "awarded_on", "received"},
    )
    if d is None:
        return None
    cur = r.get(d, "currency", path, "currency", default=currency)
    heads = []
    for hpath, hraw in r.items(d, "heads", path):
        h = r.obj(hraw, hpath, {"kind", "amount", "currency", "basis", "description", "from_head"})
        if h is None:
            continue
        kind = r.get(h, "kind", hpath, "str", required=True, choices=COMPENSATION_KINDS)
        heads.append(
            CompensationHead(
                kind=kind or "other",
                currency=r.get(h, "currency", hpath, "currency", default=cur),
                amount=r.get(h, "amount", hpath, "decimal"),
                basis=r.get(h, "basis", hpath, "str", default=""),
                description=r.get(h, "description", hpath, "str", default=""),
                from_head=r.get(h, "from_head", hpath, "str", choices=("wages", "fees", "debt")),
            )
        )
    return CriminalCompensation(
        heads=tuple(heads),
        case=r.get(d, "case", path, "str", default=""),
        currency=cur,
        proposed=r.get(d, "proposed", path, "decimal"),
        victim_wish=r.get(d, "victim_wish", path, "decimal"),
        awarded=r.get(d, "awarded", path, "decimal"),
        awarded_on=r.get(d, "awarded_on", path, "date"),
        received=tuple(y for p, x in r.items(d, "received", path) if (y := _payment(r, x, p, cur))),
    )
