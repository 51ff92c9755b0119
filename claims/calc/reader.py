"""The primitives of parse_claim: a reader that collects every problem with its field path, and the converters.

Numbers are written as strings ("400.50") or whole numbers. A JSON decimal number arrives in Python as a float,
which cannot hold money exactly, so it is refused with a message saying how to write it (a caller that reads JSON
with ``parse_float=Decimal`` may pass Decimals).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import count, repeat
from typing import Any

from claims.dates import EARLIEST, FIRST_BE_YEAR, LATEST, DateInputError, in_window, parse_date

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_CODE = re.compile(r"^[a-z]{2,3}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class InputError(ValueError):
    """A claim that cannot be computed as given. ``problems`` lists every (field path, problem) found."""

    def __init__(self, field: str, problem: str, more: list[tuple[str, str]] | None = None):
        self.field = field
        self.problem = problem
        self.problems = [(field, problem), *(more or [])]
        super().__init__("; ".join(f"{f}: {p}" for f, p in self.problems))


_MISSING = object()


class Reader:
    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def bad(self, path: str, problem: str) -> None:
        self.problems.append((path, problem))

    def obj(self, data: Any, path: str, allowed: set[str]) -> dict | None:
        if not isinstance(data, dict):
            self.bad(path, "must be an object")
            return None
        for key in data:
            if key not in allowed:
                self.bad(f"{path}.{key}" if path else key, "is not a field of this format (a typo?)")
        return data

    def items(self, data: dict, key: str, path: str) -> list[tuple[str, Any]]:
        return [(f"{base}[{i}]", item) for base, i, item in self.entries(data, key, path)]

    def entries(self, data: dict, key: str, path: str) -> Iterable[tuple[str, int, Any]]:
        """Like :meth:`items`, with the item's path as (list path, index): most items are read without ever
        needing their path, which is written only when there is a problem to name. To be read once."""
        value = data.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.bad(_join(path, key), "must be a list")
            return []
        base = _join(path, key)
        # Read once, as it is made: zip hands the same tuple back while the caller unpacks it (a claim has a
        # record and a payment a month).
        return zip(repeat(base), count(), value)

    def get(self, data: dict, key: str, path: str, kind: str, *, required=False, default=None, choices=None):
        value = data.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.bad(_join(path, key), "is required")
            return default
        try:
            result = _CONVERT[kind](value)
        except (TypeError, ValueError) as error:
            self.bad(_join(path, key), str(error))
            return default
        if choices is not None and result not in choices:
            self.bad(_join(path, key), f"must be one of: {', '.join(choices)}")
            return default
        return result


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _date(value: Any) -> date:
    if value.__class__ is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
        # A date written as date.isoformat() writes it is what the pattern below lets through: taken at once.
        # fromisoformat() also reads other ISO forms ("2024-W01-1", "2024010199"); of the ten-character texts it
        # reads, those with "-" at [4] and [7] are exactly YYYY-MM-DD in ASCII digits, i.e. what isoformat()
        # would write back (cheaper than writing it). Anything else is read, and refused, below.
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if EARLIEST <= day <= LATEST:
                return day
    if isinstance(value, str):
        if not _DATE.match(value):
            raise ValueError("must be a date YYYY-MM-DD")
        if int(value[:4]) < FIRST_BE_YEAR:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ValueError("must be a date YYYY-MM-DD (this day does not exist)") from None
        # The one date parser (claims.dates) refuses a Buddhist-Era year (2569 read as Gregorian gave five
        # centuries of interest) and a year outside the window, saying so (issue 17).
        try:
            return parse_date(value, buddhist_era=False, iso_only=True).value
        except DateInputError as error:
            raise ValueError(f"must be a date YYYY-MM-DD: {error}") from None
    if isinstance(value, date):
        try:
            return in_window(value)
        except DateInputError as error:
            raise ValueError(f"must be a date YYYY-MM-DD: {error}") from None
    raise ValueError("must be a date YYYY-MM-DD")


def _decimal(value: Any) -> Decimal:
    kind = value.__class__
    if kind is str:  # the usual case first; the same as the str branch below
        try:
            # Decimal() strips the same whitespace str.strip() does (Unicode's), so the text is not stripped first.
            result = Decimal(value.replace(",", "") if "," in value else value)
        except InvalidOperation:
            raise ValueError(f'must be a number such as "400.50", got {value!r}') from None
    elif kind is int:
        result = Decimal(value)
    else:
        result = _other_decimal(value)
    if not result.is_finite():
        raise ValueError("must be a finite number")
    if result < _ZERO:  # a Decimal compares faster with a Decimal than with an int
        raise ValueError("must not be negative")
    return result


_ZERO = Decimal(0)


def _other_decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError("must be a number, not true/false")
    if isinstance(value, float):
        raise ValueError(
            f'must be written as a string such as "{value}" or a whole number: a decimal number in JSON is read '
            "as a float, which cannot hold money exactly"
        )
    if isinstance(value, Decimal | int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.replace(",", "").strip())
        except InvalidOperation:
            raise ValueError(f'must be a number such as "400.50", got {value!r}') from None
    else:
        raise ValueError('must be a number written as a string such as "400.50"')
    return result


def _int(value: Any) -> int:
    number = _decimal(value)
    if number != number.to_integral_value():
        raise ValueError("must be a whole number")
    return int(number)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be text")
    return value.strip()


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _code(value: Any) -> str:
    if not isinstance(value, str) or not _CODE.match(value.strip().lower()):
        raise ValueError('must be a jurisdiction code such as "th" or "ph"')
    return value.strip().lower()


def _currency(value: Any) -> str:
    if not isinstance(value, str) or not _CURRENCY.match(value.strip()):
        raise ValueError('must be an ISO 4217 currency code in capitals, such as "THB"')
    return value.strip()


_CONVERT = {
    "date": _date,
    "decimal": _decimal,
    "int": _int,
    "str": _text,
    "bool": _bool,
    "code": _code,
    "currency": _currency,
}
