"""Issue 18, the calculation pages in words: every closed choice of the forms is a labelled select in the user's
language (the document keeps the format's codes), a loan's rate is typed as a percentage with its period, its
repayments as rows, and the calculation page prints words for the codes and leads its breakdown with the totals by
head and their basis, the lines folded under each head."""

from __future__ import annotations

import copy
import html
import re

import pytest

from claims.models import AuditEntry, Calculation
from claims.services import calculations as service
from tests.services.test_calculations import MINIMAL, SETTINGS
from tests.web.test_calculations import count, errors

LOAN = {
    "lender": "Agency",
    "principal": "80000",
    "taken_on": "2024-01-06",
    "rate_per": "month",
    "method": "simple",
}


def text(response) -> str:
    assert response.status_code == 200
    return html.unescape(response.get_data(as_text=True))


def options(page: str, name: str) -> dict[str, str]:
    """The select's options: value -> label."""
    select = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', page, re.S)
    assert select, f"no select {name}"
    return {
        v: html.unescape(t).strip()
        for v, t in re.findall(r'<option[^>]*value="([^"]*)"[^>]*>([^<]*)<', select[1])
    }


@pytest.fixture
def calc(db, make):
    author = make.user(role="lawyer")
    case = make.case()
    claimant = make.claimant()
    make.party(case, claimant)
    db.session.commit()
    calculation = service.start_calculation(author, case, claimant, SETTINGS)
    service.save_document(author, calculation, copy.deepcopy(MINIMAL), calculation.version)
    return calculation


def post(client, calculation, path, data):
    return client.post(f"/calculations/{calculation.id}/{path}", {**data, "version": calculation.version})


def unchanged(db, calculation):
    """A snapshot to compare after a refused post: nothing written."""
    db.session.refresh(calculation)
    return (count(db, AuditEntry), copy.deepcopy(calculation.data), calculation.version)


# ---------------------------------------------------------------- closed choices are selects in words


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        (
            "en",
            {
                "workplace": ("th", "Thailand"),
                "province": ("samut_sakhon", "Samut Sakhon"),
                "currency": ("THB", "THB · Thai Baht"),
                "pay_basis": ("monthly", "By the month"),
            },
        ),
        (
            "th",
            {
                "workplace": ("th", "ไทย"),
                "province": ("samut_sakhon", "สมุทรสาคร"),
                "currency": ("THB", "THB · บาท"),
                "pay_basis": ("monthly", "รายเดือน"),
            },
        ),
    ],
)
def test_the_period_form_offers_countries_provinces_and_currencies_by_name(calc, login_as, locale, words):
    page = text(login_as("lawyer", locale=locale).get(f"/calculations/{calc.id}/employment/0"))
    for name, (code, label) in words.items():
        choices = options(page, name)
        assert label in choices[code], (name, choices.get(code))
    provinces = options(page, "province")
    assert len([v for v in provinces if v]) == 80  # the 77 provinces and the three districts with a rate
    assert "ko_samui" in provinces
    assert re.search(
        r'<option[^>]*selected[^>]*value="bangkok"|<option[^>]*value="bangkok"[^>]*selected', page
    )


def test_the_forum_is_chosen_among_the_forums_the_engine_has_rules_for(calc, login_as):
    client = login_as("lawyer", locale="th")
    page = text(client.get(f"/calculations/{calc.id}/settings"))
    assert options(page, "jurisdiction") == {"th": "ไทย", "ph": "ฟิลิปปินส์"}
    assert "THB · บาท" in options(page, "currency").values()


def test_the_fund_item_is_a_select_of_the_fund_regulation_items(calc, login_as):
    page = text(login_as("lawyer").get(f"/calculations/{calc.id}/fund_items/new"))
    assert options(page, "item_")["living_expenses"] == "Living expenses"


@pytest.mark.parametrize(
    ("path", "data", "field", "english", "thai"),
    [
        (
            "employment/0",
            {**{k: v for k, v in MINIMAL["employment"][0].items() if k != "records"}, "province": "atlantis"},
            "province",
            "Choose a province from the list.",
            "โปรดเลือกจังหวัดจากรายการ",
        ),
        (
            "employment/0",
            {**{k: v for k, v in MINIMAL["employment"][0].items() if k != "records"}, "workplace": "zz"},
            "workplace",
            "Choose a country from the list.",
            "โปรดเลือกประเทศจากรายการ",
        ),
        (
            "settings",
            {**SETTINGS, "jurisdiction": "ro"},
            "jurisdiction",
            "Choose a country from the list.",
            "โปรดเลือกประเทศจากรายการ",
        ),
        (
            "fund_items/new",
            {"item_": "holiday_in_phuket", "amount": "5"},
            "item_",
            "Choose an item from the list.",
            "โปรดเลือกรายการจากรายการที่กำหนด",
        ),
    ],
)
def test_a_value_not_in_a_select_is_refused_in_the_users_language(
    db, calc, login_as, path, data, field, english, thai
):
    for locale, message in (("en", english), ("th", thai)):
        client = login_as("lawyer", locale=locale)
        before = unchanged(db, calc)
        response = post(client, calc, path, data)
        assert response.status_code == 200
        assert errors(response).get(field) == message, errors(response)
        assert unchanged(db, calc) == before


def test_the_form_stores_the_formats_codes_and_keeps_one_entered_through_the_api(db, calc, login_as):
    client = login_as("lawyer")
    period = {k: v for k, v in MINIMAL["employment"][0].items() if k != "records"}
    response = post(
        client, calc, "employment/0", {**period, "province": "ko_samui", "wilful_withholding": "y"}
    )
    assert response.status_code == 302, errors(response)
    db.session.refresh(calc)
    assert calc.data["employment"][0]["province"] == "ko_samui"
    assert calc.data["employment"][0]["workplace"] == "th"
    # A workplace no list offers, stored through the API, stays a choice when the period is edited.
    document = copy.deepcopy(calc.data)
    document["employment"][0]["workplace"] = "qa"
    service.save_document(client.user, calc, document, calc.version)
    page = text(client.get(f"/calculations/{calc.id}/employment/0"))
    assert "qa" in options(page, "workplace")
    response = post(client, calc, "employment/0", {**period, "workplace": "qa", "wilful_withholding": "y"})
    assert response.status_code == 302, errors(response)


# ---------------------------------------------------------------- the loan's rate as a percentage


def test_a_loan_rate_typed_as_a_percentage_is_stored_as_the_formats_exact_fraction(db, calc, login_as):
    client = login_as("lawyer")
    response = post(client, calc, "loans/new", {**LOAN, "rate_percent": "1.25", "rate_per": "year"})
    assert response.status_code == 302, errors(response)
    db.session.refresh(calc)
    assert calc.data["loans"][0]["rate"] == "0.0125"
    assert calc.data["loans"][0]["rate_per"] == "year"
    page = text(client.get(f"/calculations/{calc.id}/loans/0"))
    assert re.search(r'name="rate_percent"[^>]*value="1.25"|value="1.25"[^>]*name="rate_percent"', page)
    assert options(page, "rate_per") == {"month": "% a month", "year": "% a year"}
    assert "1.25% a year" in text(client.get(f"/calculations/{calc.id}"))


@pytest.mark.parametrize(
    ("typed", "english", "thai"),
    [
        ("-1", "Enter the rate as a percentage from 0 to 100.", "โปรดกรอกอัตราเป็นร้อยละ ตั้งแต่ 0 ถึง 100"),
        ("300", "Enter the rate as a percentage from 0 to 100.", "โปรดกรอกอัตราเป็นร้อยละ ตั้งแต่ 0 ถึง 100"),
        ("three", None, None),
    ],
)
def test_a_bad_loan_rate_is_refused_in_thai_and_english(db, calc, login_as, typed, english, thai):
    messages = {}
    for locale in ("en", "th"):
        client = login_as("lawyer", locale=locale)
        before = unchanged(db, calc)
        response = post(client, calc, "loans/new", {**LOAN, "rate_percent": typed})
        assert response.status_code == 200
        messages[locale] = errors(response).get("rate_percent")
        assert messages[locale], errors(response)
        assert unchanged(db, calc) == before
    if english:
        assert messages == {"en": english, "th": thai}
    else:
        assert messages["en"] != messages["th"]  # each in its language


def test_the_calculation_page_shows_a_stored_loan_rate_as_a_percentage(db, calc, login_as):
    client = login_as("lawyer", locale="th")
    document = copy.deepcopy(calc.data)
    document["loans"] = [{**{k: v for k, v in LOAN.items() if k != "method"}, "rate": "0.03"}]
    service.save_document(client.user, calc, document, calc.version)
    page = text(client.get(f"/calculations/{calc.id}"))
    assert "ร้อยละ 3 ต่อเดือน" in page
    assert "0.03/month" not in page
    assert re.search(
        r'name="rate_percent"[^>]*value="3"', text(client.get(f"/calculations/{calc.id}/loans/0"))
    )


# ---------------------------------------------------------------- repayments as rows


def test_repayments_are_rows_with_more_rows_on_demand_and_nothing_saved_by_that_button(db, calc, login_as):
    client = login_as("lawyer")
    page = text(client.get(f"/calculations/{calc.id}/loans/new"))
    assert 'name="repayments-2-on"' in page and 'name="repayments-3-on"' not in page
    before = unchanged(db, calc)
    response = post(
        client,
        calc,
        "loans/new",
        {
            **LOAN,
            "rate_percent": "3",
            "repayments-0-on": "05/07/2567",
            "repayments-0-amount": "10,000",
            "repayments-more": "1",
        },
    )
    page = text(response)
    assert 'name="repayments-8-on"' in page and 'name="repayments-9-on"' not in page
    assert 'value="2024-07-05"' in page and 'value="10,000"' in page  # what was typed is kept
    assert unchanged(db, calc) == before
    response = post(
        client,
        calc,
        "loans/new",
        {
            **LOAN,
            "rate_percent": "3",
            "repayments-0-on": "05/07/2567",  # a Buddhist-Era year
            "repayments-0-amount": "10,000",
            "repayments-1-on": "",
            "repayments-1-amount": "",
            "repayments-2-on": "2024-08-05",
            "repayments-2-amount": "5000.50",
        },
    )
    assert response.status_code == 302, errors(response)
    db.session.refresh(calc)
    assert calc.data["loans"][0]["repayments"] == [
        {"on": "2024-07-05", "amount": "10000"},
        {"on": "2024-08-05", "amount": "5000.50"},
    ]
    page = text(client.get(f"/calculations/{calc.id}/loans/0"))
    assert 'name="repayments-1-amount" value="5000.50"' in page
    assert (
        'name="repayments-4-on"' in page and 'name="repayments-5-on"' not in page
    )  # two filled, three blank


def test_each_bad_repayment_row_gets_its_numbered_message_in_the_users_language(db, calc, login_as):
    rows = {
        "repayments-0-on": "2024-07-05",
        "repayments-0-amount": "100",
        "repayments-1-on": "2024-02-30",
        "repayments-1-amount": "100",
        "repayments-2-on": "2024-08-05",
        "repayments-2-amount": "",
        "repayments-3-on": "2024-09-05",
        "repayments-3-amount": "-5",
    }
    expected = {
        "en": [
            "Row 2: There is no day 30/2/2024: check the day and the month (day first).",
            "Row 3: give both the date and the amount.",
            "Row 4: an amount cannot be negative.",
        ],
        "th": ["แถวที่ 3: โปรดกรอกทั้งวันที่และจำนวนเงิน", "แถวที่ 4: จำนวนเงินติดลบไม่ได้"],
    }
    for locale, messages in expected.items():
        client = login_as("lawyer", locale=locale)
        before = unchanged(db, calc)
        page = text(post(client, calc, "loans/new", {**LOAN, "rate_percent": "3", **rows}))
        for message in messages:
            assert message in page
        assert unchanged(db, calc) == before
    assert count(db, Calculation) == 1


# ---------------------------------------------------------------- the page in words


def test_the_calculation_page_prints_words_for_the_documents_codes(db, calc, login_as):
    client = login_as("lawyer", locale="th")
    document = copy.deepcopy(calc.data)
    document["employment"][0]["province"] = "samut_sakhon"
    document["recruitment"] = {
        "placement": "th",
        "currency": "THB",
        "fees": [
            {
                "kind": "service_fee",
                "payee": "Agency",
                "amount": "1500",
                "paid_on": "2023-12-01",
                "ilo_category": "fee",
            }
        ],
    }
    document["damages"] = [
        {"kind": "recruitment_costs_lost", "amount": "191374.00", "basis": "the complaint"}
    ]
    document["compensation"] = {"heads": [{"kind": "medical_costs", "amount": "2000"}]}
    service.save_document(client.user, calc, document, calc.version)
    page = text(client.get(f"/calculations/{calc.id}"))
    for words in (
        "จ่ายเป็นรายเดือน · 12,000.00 บาท",
        "สถานที่ทำงาน: ไทย",
        "จังหวัด: สมุทรสาคร",
        "ค่าบริการ · Agency · 1,500.00 บาท",
        "191,374.00 บาท",
        "ค่ารักษาพยาบาล · 2,000.00 บาท",
    ):
        assert words in page, words
    for code in ("monthly ·", "workplace th", "samut_sakhon", "service_fee", "medical_costs", "191374.00"):
        assert code not in page, code
    assert "จ่ายแล้ว ·" not in page
    english = text(login_as("lawyer").get(f"/calculations/{calc.id}"))
    assert "Paid by the month · THB 12,000.00 · workplace: Thailand · province: Samut Sakhon" in english


def test_the_breakdown_leads_with_totals_by_head_and_their_basis_and_folds_the_lines(db, calc, login_as):
    client = login_as("lawyer")
    document = copy.deepcopy(calc.data)
    period = document["employment"][0]
    period["end"] = "2024-12-31"
    period["records"] = [{"start": "2024-01-01", "end": "2024-12-31", "repeat": "monthly", "days_worked": 26}]
    document["computed_on"] = "2025-03-01"
    service.save_document(client.user, calc, document, calc.version)
    page = text(client.get(f"/calculations/{calc.id}"))
    summary = page.index("Summary by head")
    first_detail = page.index('<details class="head-detail"')
    assert summary < first_detail
    head_summary = page[summary:first_detail]
    assert "Unpaid wages" in head_summary and "THB 144,000.00" in head_summary
    assert "Labour Protection Act B.E. 2541 (1998)" in head_summary  # each head with its legal basis
    details = re.findall(r"<details class=\"head-detail\"[^>]*>\s*<summary>(.*?)</summary>", page, re.S)
    assert details and all("open" not in d for d in re.findall(r'<details class="head-detail"[^>]*>', page))
    wages = next(d for d in details if "Unpaid wages" in d)
    assert "THB 144,000.00" in wages  # the head's subtotal on the folded line
    # Every monthly line is inside a fold, none before the first.
    assert "Basic pay under the contract" not in page[:first_detail]


def test_the_repayment_rows_speak_thai(calc, login_as):
    page = text(login_as("lawyer", locale="th").get(f"/calculations/{calc.id}/loans/new"))
    assert "เพิ่มแถว" in page and 'aria-label="แถวที่ 1: วันที่"' in page
    assert "Add more rows" not in page
