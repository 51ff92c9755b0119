"""A payment received may name what it pays (CCC s.328 para 1): the wages of a month, or an amount by the day it fell
due. The payment form stores it as the claim format's "for", reads it back into the form, shows it in words, and
refuses what it cannot read, in the user's language, writing nothing."""

from __future__ import annotations

import copy

import pytest

from claims.services import calculations as service
from tests.services.test_calculations import MINIMAL
from tests.web.test_calculations import SETTINGS, errors, post_item, text


@pytest.fixture
def calc(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    claimant = make.claimant()
    make.party(case, claimant)
    db.session.commit()
    calculation = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calculation, copy.deepcopy(MINIMAL), calculation.version)
    db.session.commit()
    return client, calculation


def _payments(db, calculation) -> list[dict]:
    db.session.refresh(calculation)
    return calculation.data["employment"][0].get("payments", [])


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2024-01", "2024-01"),  # what a month picker sends
        ("01/2024", "2024-01"),
        ("01/2567", "2024-01"),  # the Buddhist Era
        ("๐๑/๒๕๖๗", "2024-01"),  # Thai digits
    ],
)
def test_a_payment_for_a_month_is_stored_as_that_month(db, calc, typed, stored):
    client, calculation = calc
    response = post_item(
        client,
        calculation,
        "employment/0/payments/new",
        {"on": "2024-02-10", "amount": "500", "pays_month": typed},
    )
    assert response.status_code == 302, errors(response)
    assert _payments(db, calculation) == [{"on": "2024-02-10", "amount": "500", "for": stored}]


def test_a_payment_for_a_due_date_is_stored_and_read_back_into_the_form(db, calc):
    client, calculation = calc
    response = post_item(
        client,
        calculation,
        "employment/0/payments/new",
        {"on": "2024-02-10", "amount": "500", "pays_due": "31/01/2567"},
    )
    assert response.status_code == 302, errors(response)
    assert _payments(db, calculation)[0]["for"] == "2024-01-31"
    form = text(client.get(f"/calculations/{calculation.id}/employment/0/payments/0"))
    assert 'name="pays_due"' in form and 'value="2024-01-31"' in form


def test_a_month_is_read_back_into_the_form_and_shown_in_words(db, calc, login_as):
    client, calculation = calc
    post_item(
        client,
        calculation,
        "employment/0/payments/new",
        {"on": "2024-02-10", "amount": "500", "pays_month": "2024-01"},
    )
    form = text(client.get(f"/calculations/{calculation.id}/employment/0/payments/0"))
    assert 'type="month"' in form and 'value="2024-01"' in form
    assert "for the wages of January 2024" in text(client.get(f"/calculations/{calculation.id}"))
    thai = login_as("lawyer", locale="th")
    assert "สำหรับค่าจ้างเดือนมกราคม 2567" in text(thai.get(f"/calculations/{calculation.id}"))


def test_a_payment_without_a_designation_has_no_for(db, calc):
    client, calculation = calc
    post_item(client, calculation, "employment/0/payments/new", {"on": "2024-02-10", "amount": "500"})
    assert "for" not in _payments(db, calculation)[0]


@pytest.mark.parametrize(
    ("data", "field", "english", "thai"),
    [
        (
            {"pays_month": "2024-01", "pays_due": "2024-01-31"},
            "pays_due",
            "Name a month or a due date, not both.",
            "ระบุเดือนหรือวันครบกำหนดอย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง",
        ),
        (
            {"pays_month": "January"},
            "pays_month",
            "Type a month as 01/2024, or 01/2567 in the Buddhist Era.",
            "พิมพ์เดือนเป็น 01/2567 (พุทธศักราช) หรือ 01/2024",
        ),
        ({"pays_month": "13/2024"}, "pays_month", "There is no month 13", "ไม่มีเดือนที่ 13"),
    ],
)
def test_a_designation_that_cannot_be_read_is_refused_and_nothing_is_written(
    db, calc, login_as, data, field, english, thai
):
    _, calculation = calc
    before = copy.deepcopy(calculation.data)
    for language, message in (("en", english), ("th", thai)):
        client = login_as("lawyer", locale=language)
        response = post_item(
            client, calculation, "employment/0/payments/new", {"on": "2024-02-10", "amount": "500", **data}
        )
        assert response.status_code == 200
        assert message in errors(response).get(field, ""), errors(response)
    db.session.refresh(calculation)
    assert calculation.data == before
