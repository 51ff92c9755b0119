"""Money: a Decimal amount with its ISO currency, and the project's one rounding rule.

Pure: no Flask, no database. Amounts are never floats. Arithmetic keeps full precision; a reported line is
rounded once, with :func:`round_line` (CONV-ROUND in the rule book: to the minor unit, half up), and totals
are the sums of rounded lines so that a printed document always adds up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# Minor units per ISO 4217 for the currencies the seeds and the region use. JPY and KRW have none.
_MINOR_UNITS = {"JPY": 0, "KRW": 0, "VND": 0}
ROUNDING_RULE = "to the minor unit (satang, cent), half up, once per reported line"
# ISO 4217's code for "no currency": stands in while an input without a valid currency is still being checked.
NO_CURRENCY = "XXX"


# Currency codes already found well formed (three capital letters): at most 17,576, and a handful in practice.
_CHECKED_CODES: set[str] = set()


class CurrencyMismatch(ValueError):
    """Two amounts in different currencies were combined; converting is an explicit, dated step."""


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-_MINOR_UNITS.get(currency, 2))


def to_decimal(value: object) -> Decimal:
    """Accept Decimal, int or a numeric string; refuse floats, which cannot hold money exactly."""
    if isinstance(value, bool | float):
        raise TypeError(f"money must not be a {type(value).__name__}: pass a string or Decimal")
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value).replace(",", "").strip())
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        # The engine makes hundreds of thousands of these (a group's settlement comparison, month by month): an
        # amount already a Decimal and a code already checked are taken as they are.
        if type(self.amount) is not Decimal:
            object.__setattr__(self, "amount", to_decimal(self.amount))
        if self.currency not in _CHECKED_CODES:
            if len(self.currency) != 3 or not self.currency.isalpha() or not self.currency.isupper():
                raise ValueError(f"currency must be an ISO 4217 code such as THB, got {self.currency!r}")
            _CHECKED_CODES.add(self.currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    def _check(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        if isinstance(factor, float):
            raise TypeError("multiply money by a Decimal or int, never a float")
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._check(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._check(other)
        return self.amount <= other.amount

    def rounded(self) -> Money:
        """The one rounding rule: see ROUNDING_RULE."""
        return Money(self.amount.quantize(quantum(self.currency), rounding=ROUND_HALF_UP), self.currency)

    def is_zero(self) -> bool:
        return self.amount == 0

    def __str__(self) -> str:
        return f"{self.amount:,} {self.currency}"


def round_line(money: Money) -> Money:
    return money.rounded()


def total(amounts: list[Money] | tuple[Money, ...], currency: str) -> Money:
    result = Money.zero(currency)
    for amount in amounts:
        result = result + amount
    return result


class AmbiguousNumber(ValueError):
    """A typed number whose commas and points could be read two ways ("6.000,5", "6,5", "1,50"): the app reads
    a point as the decimal mark and a comma as the thousands separator (as Thai and English write), and guessing
    the other reading would store an amount a thousand times off."""


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_GROUPED_NUMBER = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


def parse_typed_number(text: str) -> Decimal:
    """A number as a person types it into a form: "6000", "6,000", "6,000.50", "๖,๐๐๐" (Thai digits).
    Commas are accepted only between groups of three digits before the point; anything else with a comma is
    :class:`AmbiguousNumber`, and text that is no number at all is ValueError."""
    cleaned = text.strip().translate(_THAI_DIGITS)
    if _PLAIN_NUMBER.fullmatch(cleaned):
        return Decimal(cleaned)
    if _GROUPED_NUMBER.fullmatch(cleaned):
        return Decimal(cleaned.replace(",", ""))
    if "," in cleaned and re.fullmatch(r"[+-]?[\d.,]*\d[\d.,]*", cleaned):
        raise AmbiguousNumber(text)
    raise ValueError(f"not a number: {text!r}")
