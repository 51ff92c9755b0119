"""parse_claim's money set against a claim: payments (with what they pay), deductions, exchange rates, and the
amounts of money the other parts of a claim read (claims/calc/parse.py)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from claims.calc.inputs import DEDUCTION_KINDS, Deduction, ExchangeRate, Payment
from claims.calc.reader import Reader, _bool, _currency, _date, _decimal, _text
from claims.money import Money

_NEW = object.__new__


def _money(r: Reader, data: dict, key: str, path: str, currency: str, required=False) -> Money | None:
    amount = r.get(data, key, path, "decimal", required=required)
    return None if amount is None else Money(amount, currency)


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
