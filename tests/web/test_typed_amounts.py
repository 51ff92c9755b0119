"""Amounts typed as people write them (issue 18): "6,000" in a text box with the decimal keypad, read on the
server. Chromium's ``<input type=number>`` dropped a typed "6,000" and posted nothing."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from claims.models import AuditEntry, ReceivedPayment
from claims.money import AmbiguousNumber, parse_typed_number
from tests.web.test_outcomes import PAYMENT, count, field_errors


@pytest.fixture
def award(make):
    """A judgment for BP-01 (the outcome factory's default amount)."""
    case = make.case(reference="LC-TYPED")
    claimant = make.claimant(pseudonym="BP-01")
    make.party(case, claimant, position=1)
    return make.outcome(case, claimant)


AMBIGUOUS_EN = "Write a point before the decimals and commas only between thousands, such as 6,000.50."


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("6000", "6000"),
        ("6,000", "6000"),
        ("6,000.50", "6000.50"),
        (" 1,234,567.5 ", "1234567.5"),
        ("๖,๐๐๐", "6000"),
        ("๖๐๐๐.๕๐", "6000.50"),
        (".5", "0.5"),
    ],
)
def test_a_typed_number_is_read_as_people_write_it(typed, value):
    assert parse_typed_number(typed) == Decimal(value)


@pytest.mark.parametrize("typed", ["6.000,5", "6,5", "1,50", "6,0000", "6,000,", "1.000.000,00"])
def test_commas_that_could_be_read_two_ways_are_refused(typed):
    with pytest.raises(AmbiguousNumber):
        parse_typed_number(typed)


@pytest.mark.parametrize("typed", ["", "abc", "6 000", "NaN", "inf", "1e5", "--5"])
def test_text_that_is_no_number_is_refused(typed):
    with pytest.raises(ValueError):
        parse_typed_number(typed)


@given(st.decimals(min_value=0, max_value=10**11, places=2, allow_nan=False))
def test_an_amount_written_with_thousands_separators_reads_back_exactly(amount):
    assert parse_typed_number(f"{amount:,}") == amount


def stored_amounts(db):
    return db.session.scalars(sa.select(ReceivedPayment.amount)).all()


@pytest.mark.parametrize(("typed", "stored"), [("6,000", "6000"), ("6,000.50", "6000.50"), ("๖,๐๐๐", "6000")])
def test_a_payment_typed_with_thousands_separators_is_stored(db, login_as, award, typed, stored):
    client = login_as("paralegal")
    response = client.post(f"/outcomes/{award.id}/payments/new", data={**PAYMENT, "amount": typed})
    assert response.status_code == 302, field_errors(response)
    assert stored_amounts(db) == [Decimal(stored)]


@pytest.mark.parametrize(
    ("locale", "message"),
    [("en", AMBIGUOUS_EN), ("th", "ใส่จุดหน้าทศนิยม และใส่จุลภาคคั่นหลักพันเท่านั้น เช่น 6,000.50")],
)
def test_an_ambiguous_amount_is_refused_in_the_users_language_and_nothing_is_written(
    db, login_as, award, locale, message
):
    client = login_as("paralegal", locale=locale)
    response = client.post(f"/outcomes/{award.id}/payments/new", data={**PAYMENT, "amount": "6.000,5"})
    assert response.status_code == 200
    assert message in field_errors(response).get("amount", []), field_errors(response)
    assert count(db, ReceivedPayment) == 0 and count(db, AuditEntry) == 0
    # what was typed is kept for the user to correct
    assert 'value="6.000,5"' in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "url",
    [
        "/outcomes/{award}/payments/new",
        "/outcomes/{award}/edit",
    ],
)
def test_amount_boxes_are_text_with_the_decimal_keypad(db, login_as, award, url):
    page = login_as("paralegal").get(url.format(award=award.id)).get_data(as_text=True)
    box = re.search(r'<input[^>]*name="amount"[^>]*>', page).group(0)
    assert 'type="text"' in box and 'inputmode="decimal"' in box, box
    assert 'type="number"' not in page


def test_no_amount_field_of_any_form_renders_as_a_number_box(app):
    """Every form field class the app declares for numbers and amounts is the typed one."""
    from claims.web.calculations.forms.fields import NumberField
    from claims.web.forms import TypedNumberField
    from claims.web.outcomes.forms import amount_field

    assert issubclass(NumberField, TypedNumberField)
    assert amount_field("x").field_class is TypedNumberField
