"""Every kind of date entry goes through the one parser (issue 17): a date field, a date-and-time field, lines of
dated amounts, the JSON API and the command line. A Buddhist-Era year is converted and said, or refused."""

from __future__ import annotations

import copy
import html
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from claims.cli.claims import claims as claims_cli
from claims.cli.rules import rules as rules_cli
from claims.models import AuditEntry, Calculation, Hearing, Offer
from claims.services import calculations as service
from claims.web.forms import RecordForm, ThaiDateField, ThaiDateTimeField
from tests.services.test_calculations import MINIMAL
from tests.web.test_hearings import VALID as HEARING
from tests.web.test_settlements import _claim_with_loans, _form

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
SETTINGS = {"jurisdiction": "th", "computed_on": "2024-03-01", "currency": "THB"}


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count(model.id)))


def errors(response) -> dict[str, str]:
    page = response.get_data(as_text=True)
    return {m[0]: html.unescape(m[1]) for m in re.findall(r'class="error" id="([^"]+)-err">([^<]+)<', page)}


def flashes(response) -> list[str]:
    page = response.get_data(as_text=True)
    return [html.unescape(m) for m in re.findall(r'class="flash flash-\w+"[^>]*>([^<]+)<', page)]


@pytest.fixture
def setup(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    claimant = make.claimant()
    make.party(case, claimant)
    db.session.commit()
    return client, case, claimant


# ---------------------------------------------------------------- the fields on their own


class _DateForm(RecordForm):
    day = ThaiDateField("Day")
    at = ThaiDateTimeField("At")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-12-16", date(2026, 12, 16)),  # what <input type=date> sends
        ("16/12/2026", date(2026, 12, 16)),
        ("16/12/2569", date(2026, 12, 16)),
        ("2569-12-16", date(2026, 12, 16)),  # a date picker given a B.E. year
        ("๑๖/๑๒/๒๕๖๙", date(2026, 12, 16)),
    ],
)
def test_a_date_field_reads_iso_day_first_thai_digits_and_the_buddhist_era(app, typed, expected):
    with app.test_request_context(method="POST", data={"day": typed, "at": ""}):
        form = _DateForm(meta={"csrf": False})
        form.validate()
        assert form.day.data == expected
        assert form.day.errors == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-12-16T09:30", datetime(2026, 12, 16, 9, 30)),  # what <input type=datetime-local> sends
        ("16/12/2569 09:30", datetime(2026, 12, 16, 9, 30)),
        ("๑๖/๑๒/๒๕๖๙ ๐๙.๓๐ น.", datetime(2026, 12, 16, 9, 30)),
    ],
)
def test_a_date_and_time_field_reads_the_same_dates(app, typed, expected):
    with app.test_request_context(method="POST", data={"day": "", "at": typed}):
        form = _DateForm(meta={"csrf": False})
        form.validate()
        assert form.at.data == expected
        assert form.at.errors == []


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("16/12/69", "Write the year in full (four digits)"),
        ("2024-02-30", "There is no day 30/2/2024"),
        ("9999-01-01", "B.E. 9999 is 9456 CE"),
        ("1/1/2200", "The year 2200 is outside 1900–2100"),
        ("๑๒", "This is not a date"),
    ],
)
def test_a_date_field_refuses_what_it_cannot_read_with_the_parsers_message(app, typed, message):
    with app.test_request_context(method="POST", data={"day": typed, "at": f"{typed} 09:00"}):
        form = _DateForm(meta={"csrf": False})
        assert not form.validate()
        assert form.day.errors[0].startswith(message)
        assert form.at.errors[0].startswith(message)
        assert form.day._value() == typed  # shown back as typed


def test_a_date_and_time_field_refuses_a_bad_time(app):
    with app.test_request_context(method="POST", data={"day": "", "at": "16/12/2026 25:00"}):
        form = _DateForm(meta={"csrf": False})
        assert not form.validate()
        assert form.at.errors == ["Enter a date and a time such as 2026-12-16 09:30 or 16/12/2569 09:30."]


def test_the_refusal_is_in_thai_for_a_thai_user(app):
    with app.test_request_context(
        method="POST", data={"day": "2024-02-30"}, headers={"Accept-Language": "th"}
    ):
        from flask import session

        session["lang"] = "th"
        form = _DateForm(meta={"csrf": False})
        form.validate()
        assert form.day.errors == ["ไม่มีวันที่ 30/2/2024 กรุณาตรวจสอบวันและเดือน (ใส่วันก่อนเดือน)"]


# ---------------------------------------------------------------- through the pages


def test_a_hearing_typed_16_12_2569_is_stored_on_16_december_2026_and_the_page_says_so(db, make, login_as):
    case = make.case(reference="LC-BE")
    db.session.commit()
    client = login_as("lawyer")
    response = client.post(
        f"/hearings/new?case_id={case.id}", data={**HEARING, "starts_at": "16/12/2569 09:30"}
    )
    assert response.status_code == 302, errors(response)
    assert db.session.scalar(sa.select(Hearing.starts_at)) == datetime(2026, 12, 16, 9, 30)
    shown = flashes(client.get(response.headers["Location"]))
    assert any(
        "16/12/2569 09:30 was read as a Buddhist-Era date: 16 December 2026 (2026-12-16)" in f for f in shown
    )


def test_a_hearing_with_a_two_digit_year_is_refused_and_nothing_is_written(db, make, login_as):
    case = make.case()
    db.session.commit()
    client = login_as("lawyer")
    before = count(db, AuditEntry)
    response = client.post(
        f"/hearings/new?case_id={case.id}", data={**HEARING, "starts_at": "16/12/69 09:30"}
    )
    assert response.status_code == 200
    assert errors(response)["starts_at"].startswith("Write the year in full (four digits): 69")
    assert (count(db, Hearing), count(db, AuditEntry)) == (0, before)


def test_a_calculation_computed_to_a_buddhist_era_date(db, setup):
    client, case, claimant = setup
    response = client.post(
        f"/calculations/case/{case.id}/claimant/{claimant.id}", {**SETTINGS, "computed_on": "1/3/2567"}
    )
    assert response.status_code == 302, errors(response)
    calc = db.session.scalar(sa.select(Calculation))
    assert calc.data["computed_on"] == "2024-03-01"


def test_a_calculation_computed_to_year_9999_is_refused(db, setup):
    client, case, claimant = setup
    response = client.post(
        f"/calculations/case/{case.id}/claimant/{claimant.id}", {**SETTINGS, "computed_on": "9999-12-31"}
    )
    assert response.status_code == 200
    assert "outside 1900–2100" in errors(response)["computed_on"]
    assert count(db, Calculation) == 0


def test_loan_repayment_rows_read_buddhist_era_dates_and_store_iso(db, setup):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calc, copy.deepcopy(MINIMAL), calc.version)
    loan = {
        "lender": "X",
        "principal": "100",
        "taken_on": "2024-01-01",
        "rate_percent": "3",
        "rate_per": "month",
    }
    repayments = {
        "repayments-0-on": "31/01/2567",
        "repayments-0-amount": "10",
        "repayments-1-on": "2024-02-29",
        "repayments-1-amount": "5",
    }
    response = client.post(
        f"/calculations/{calc.id}/loans/new",
        {**loan, "method": "simple", **repayments, "version": calc.version},
    )
    assert response.status_code == 302, errors(response)
    db.session.refresh(calc)
    assert calc.data["loans"][0]["repayments"] == [
        {"on": "2024-01-31", "amount": "10"},
        {"on": "2024-02-29", "amount": "5"},
    ]


def test_a_loan_whose_lender_looks_like_an_impossible_date_still_opens_for_editing(db, setup):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    document = copy.deepcopy(MINIMAL)
    document["loans"] = [
        {
            "lender": "2024-02-30",
            "principal": "100",
            "taken_on": "2024-01-01",
            "rate": "0.03",
            "rate_per": "month",
        }
    ]
    service.save_document(client.user, calc, document, calc.version)
    response = client.get(f"/calculations/{calc.id}/loans/0")
    assert response.status_code == 200
    assert 'value="2024-02-30"' in response.get_data(as_text=True)


def test_a_loan_stored_with_an_impossible_date_opens_and_is_refused_until_corrected(db, setup):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    document = copy.deepcopy(MINIMAL)
    document["loans"] = [
        {
            "lender": "Lender",
            "principal": "100",
            "taken_on": "2024-02-30",
            "rate": "0.03",
            "rate_per": "month",
        }
    ]
    calc.data = document  # as an older version of the app could have stored it
    db.session.commit()
    assert client.get(f"/calculations/{calc.id}/loans/0").status_code == 200
    loan = {**document["loans"][0], "method": "simple", "version": calc.version}
    response = client.post(f"/calculations/{calc.id}/loans/0", loan)
    assert response.status_code == 200
    assert errors(response)["taken_on"].startswith("There is no day 30/2/2024")


def test_settlement_instalments_read_buddhist_era_dates(app, db, make, login_as):
    case = make.case(reference="LC-SET-BE")
    person = make.claimant(pseudonym="S-1")
    make.party(case, person)
    make.calculation(case, person, _claim_with_loans("12000"))
    db.session.commit()
    client = login_as("lawyer")
    response = client.post(
        f"/settlements/case/{case.id}/new",
        data=_form(cancels_loans_text="", instalments_text="1/4/2567 10000\n2024-05-01 10000"),
    )
    assert response.status_code == 302, errors(response)
    assert db.session.scalar(sa.select(Offer)).instalments[0] == {
        "due_on": "2024-04-01",
        "amount": "10000.00",
    }
    page = client.post(
        f"/settlements/case/{case.id}/new", data=_form(instalments_text="2024-04-01 10000\n1/5/24 500")
    ).get_data(as_text=True)
    assert "Line 2: Write the year in full (four digits)" in html.unescape(page)


# ---------------------------------------------------------------- the API and the command line


def _api(client, body):
    return client._open("post", "/api/v1/compute", json=body, headers={"X-CSRFToken": client.csrf_token()})


@pytest.mark.parametrize(
    ("computed_on", "problem"),
    [
        (
            "2569-12-16",
            "looks like a Buddhist-Era year (B.E. 2569 is 2026 CE): write the Gregorian year, 2026",
        ),
        ("9999-12-31", "looks like a Buddhist-Era year"),
        ("2200-01-01", "outside 1900–2100 (Gregorian)"),
        ("16/12/2026", "must be a date YYYY-MM-DD"),
    ],
)
def test_the_api_refuses_a_buddhist_era_or_implausible_year_naming_the_era(
    db, login_as, computed_on, problem
):
    body = json.loads((EXAMPLES / "loan-3pct-month.json").read_text())
    body["computed_on"] = computed_on
    response = _api(login_as("lawyer"), body)
    assert response.status_code == 422
    found = {e["field"]: e["problem"] for e in response.get_json()["errors"]}
    assert problem in found["computed_on"]


def test_the_cli_computes_to_a_buddhist_era_date_and_says_what_it_read():
    source = str(EXAMPLES / "loan-3pct-month.json")
    result = CliRunner().invoke(claims_cli, ["compute", source, "--json", "--on", "16/12/2569"])
    assert result.exit_code == 0, result.output
    assert "16/12/2569 read as 16 Dec 2026 (B.E. 2569)." in result.stderr
    assert '"computed_on": "2026-12-16"' in result.stdout


def test_the_cli_refuses_a_two_digit_year():
    result = CliRunner().invoke(rules_cli, ["show", "th.minimum_wage", "--on", "1/1/69"])
    assert result.exit_code == 2
    assert "Write the year in full" in result.output


def test_the_calendar_opens_on_a_buddhist_era_day_and_ignores_an_impossible_one(db, login_as):
    client = login_as("lawyer")
    page = client.get("/calendar/?view=month&day=2569-12-16").get_data(as_text=True)
    assert "day=2026-12-16" in page
    assert client.get("/calendar/?view=month&day=9999-99-99").status_code == 200
