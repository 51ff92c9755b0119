"""Formula words, written only when a line is read.

A group case makes hundreds of thousands of lines; most are summed and never printed, so a line's formula is kept
as a function and its arguments (:class:`Words`) and turned into a :class:`~claims.calc.text.Text` on first reading
(see ``Line.formula``). The catalogues (claims/calc/texts/) hold the words of each key in each language.
"""

from __future__ import annotations

from decimal import Decimal

from claims.calc.dates import days_in_month, inclusive_days
from claims.calc.text import Amount, Currency, Join, Text

_FOUR = Decimal("0.0001")


def plain(value: Decimal) -> Decimal:
    """A quantity as a person writes it, kept as a number for the text arguments: 80, 7.5, 0.5 (no trailing
    zeros; an argument is written without an exponent)."""
    return value.normalize()


def resolved(words):
    """A formula part that may still be :class:`Words`, as the Text it stands for."""
    return words() if words.__class__ is Words else words


class Words:
    """Words of a formula, written only when read (see Line): a function and its arguments. The Text is made once
    and kept: words shared by many lines (a month's minimum wage) are then one Text, written out once."""

    __slots__ = ("fn", "args", "_text")

    def __init__(self, fn, *args):
        self.fn = fn
        self.args = args
        self._text = None

    def __call__(self) -> Text:
        text = self._text
        if text is None:
            text = self._text = self.fn(*(a() if a.__class__ is Words else a for a in self.args))
        return text

    def __str__(self) -> str:
        return str(self())


def one_rate(daily: Decimal, cur: str) -> Text:
    return Text("rate.per_day", {"rate": Amount(daily, cur)})


def rates(parts, cur: str, total_days: int) -> Text:
    items = tuple(
        Text("rate.weighted_part", {"rate": Amount(d, cur), "days": n, "total": total_days}) for d, n in parts
    )
    return Text("rate.weighted", {"parts": Join(items, " + ")})


_PAY_KEYS = {
    "monthly": "formula.pay.monthly",
    "daily": "formula.pay.daily",
    "hourly": "formula.pay.hourly",
    "piece": "formula.pay.piece",
}


def times(text, rate: Decimal, cur: str, pay_basis: str) -> Text:
    return Text(_PAY_KEYS[pay_basis], {"quantity": text, "rate": Amount(rate, cur)})


def monthly_floor(divisor: Decimal, record, months: Decimal, text) -> Text:
    return Text(
        "formula.floor.monthly",
        {"divisor": plain(divisor), "months": months_text(record, months), "rate": text},
    )


def days_floor(days: Decimal, text) -> Text:
    return Text("formula.floor.days", {"days": plain(days), "rate": text})


def days_count(quantity: Decimal) -> Text:
    return Text("quantity.days", {"n": plain(quantity)})


def extra_words(quantity, unit, multiplier, rate, cur, text) -> Text:
    return Text(
        "formula.extra.pieces" if unit == "pieces" else "formula.extra.hours",
        {
            "quantity": plain(quantity),
            "multiplier": plain(multiplier),
            "rate": rate.quantize(_FOUR),
            "currency": Currency(cur),
            "basis": resolved(text),
        },
    )


def floor_hourly(text, hours) -> Text:
    if hours.assumed:
        return Text(
            "hourly.floor_assumed", {"rate": text, "hours": plain(hours.rate), "assumption": hours.text}
        )
    return Text("hourly.floor", {"rate": text, "hours": plain(hours.rate)})


_ONE_MONTH = Text("quantity.one_month")


def months_text(record, months: Decimal) -> Text:
    if months == 1:
        return _ONE_MONTH
    if record.start.month == record.end.month and record.start.year == record.end.year:
        days = inclusive_days(record.start, record.end)
        return Text(
            "quantity.part_month",
            {"days": days, "month_days": days_in_month(record.start.year, record.start.month)},
        )
    return Text("quantity.months", {"n": months.quantize(_FOUR)})
