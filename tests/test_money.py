"""Money (claims.money): an amount is a Decimal with a well-formed ISO 4217 code, refused otherwise, every time:
the checks skip an amount already a Decimal and a code already found well formed, never one found wrong."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.money import Money


@pytest.mark.parametrize("code", ["thb", "TH", "THBB", "T1B", "", "บาท"])
def test_a_malformed_currency_is_refused_every_time(code):
    Money(Decimal(1), "THB")  # a good code checked first changes nothing for a bad one
    for _ in range(2):
        with pytest.raises(ValueError, match="ISO 4217"):
            Money(Decimal(1), code)


@pytest.mark.parametrize("amount", [1.5, True])
def test_a_float_or_a_bool_is_refused(amount):
    with pytest.raises(TypeError, match="must not be a"):
        Money(amount, "THB")


def test_text_and_integers_become_decimals_and_a_decimal_is_kept_as_it_is():
    assert Money("1,234.50", "THB").amount == Decimal("1234.50")
    assert isinstance(Money(7, "USD").amount, Decimal)
    exact = Decimal("0.333333333333333333333333333")
    assert Money(exact, "THB").amount is exact
    with pytest.raises(ValueError, match="not a number"):
        Money("12 baht", "THB")


@given(st.text(min_size=0, max_size=4))
def test_a_code_is_accepted_exactly_when_it_is_three_capital_letters(code):
    well_formed = len(code) == 3 and code.isalpha() and code.isupper()
    for _ in range(2):
        if well_formed:
            assert Money(Decimal(0), code).currency == code
        else:
            with pytest.raises(ValueError):
                Money(Decimal(0), code)
