"""Formula words, written only when a line is read.

A group case makes hundreds of thousands of lines; most are summed and never printed, so a line's formula is kept
as a function and its arguments (:class:`Words`) and turned into text on first reading (see ``Line.formula``).
"""

from __future__ import annotations

from decimal import Decimal

from claims.calc.dates import days_in_month, inclusive_days
from claims.calc.interest import amount_text

_FOUR = Decimal("0.0001")


def num(value: Decimal) -> str:
    """A quantity as a person writes it: 80, 7.5, 0.5 (no trailing zeros, no exponent)."""
    return format(value.normalize(), "f")


class Words:
    """Words of a formula, written only when read (see Line): a function and its arguments."""

    __slots__ = ("fn", "args")

    def __init__(self, fn, *args):
        self.fn = fn
        self.args = args

    def __call__(self) -> str:
        return self.fn(*(str(a) if isinstance(a, Words) else a for a in self.args))

    def __str__(self) -> str:
        return self()


def one_rate(daily: Decimal, cur: str) -> str:
    return f"{amount_text(daily, cur)}/day"


def rates(parts, cur: str, total_days: int) -> str:
    return "(" + " + ".join(f"{amount_text(d, cur)}/day x {n}/{total_days}" for d, n in parts) + ")"


def times(text, rate: Decimal, cur: str, unit: str) -> str:
    return f"{text} x {amount_text(rate, cur)}{unit}"


def monthly_floor(divisor: Decimal, record, months: Decimal, text) -> str:
    return f"{num(divisor)} days x {months_text(record, months)} x {text}"


def days_floor(days: Decimal, text) -> str:
    return f"{num(days)} days x {text}"


def count(quantity: Decimal, unit: str) -> str:
    return f"{num(quantity)} {unit}"


def extra_words(quantity, unit, multiplier, rate, cur, text) -> str:
    return f"{num(quantity)} {unit} x {num(multiplier)} x {rate_text(rate, cur, unit)} ({text})"


def floor_hourly(text, hours) -> str:
    words = f"minimum wage {text} / {num(hours.rate)} h"
    return words + (f"; {hours.text}" if hours.assumed else "")


def months_text(record, months: Decimal) -> str:
    if months == 1:
        return "1 month"
    if record.start.month == record.end.month and record.start.year == record.end.year:
        days = inclusive_days(record.start, record.end)
        return f"{days}/{days_in_month(record.start.year, record.start.month)} of a month"
    return f"{months.quantize(_FOUR)} months"


def rate_text(rate: Decimal, currency: str, unit: str) -> str:
    per = "piece" if unit == "pieces" else "h"
    return f"{rate.quantize(_FOUR)} {currency}/{per}"
