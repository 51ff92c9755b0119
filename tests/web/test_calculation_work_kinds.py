"""The calculation forms' fields of issue 17: the kind of work on an employment period, traditional holidays not
worked on a pay record, and more days worked than a record's period has refused next to the field."""

from __future__ import annotations

import copy

from claims.models import AuditEntry, Calculation
from claims.services import calculations as service
from tests.services.test_calculations import MINIMAL
from tests.web.test_calculations import SETTINGS, count, errors, post_item, setup  # noqa: F401 - a fixture

PERIOD = {k: v for k, v in MINIMAL["employment"][0].items() if k not in ("records", "wilful_withholding")}


def _calculation(client, case, claimant, doc=MINIMAL):
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calc, copy.deepcopy(doc), calc.version)
    return calc


def test_more_days_worked_than_the_month_has_is_refused_next_to_the_field(db, setup):  # noqa: F811
    client, case, claimant = setup
    calc = _calculation(client, case, claimant)
    before = (count(db, AuditEntry), copy.deepcopy(calc.data), calc.version)
    response = post_item(
        client,
        calc,
        "employment/0/records/0",
        {"start": "2024-01-01", "end": "2024-01-31", "days_worked": "32"},
    )
    assert response.status_code == 200
    assert errors(response).get("days_worked") == (
        "More days worked (32) than this period has: 31 days from 2024-01-01 to 2024-01-31."
    )
    db.session.refresh(calc)
    assert (count(db, AuditEntry), calc.data, calc.version) == before


def test_the_kind_of_work_is_kept_and_general_work_leaves_the_document_as_it_was(db, setup):  # noqa: F811
    client, case, claimant = setup
    calc = _calculation(client, case, claimant)
    page = client.get(f"/calculations/{calc.id}/employment/0").get_data(as_text=True)
    assert 'name="kind_of_work"' in page and "Domestic work" in page
    response = post_item(client, calc, "employment/0", {**PERIOD, "kind_of_work": "general"})
    assert response.status_code == 302
    db.session.refresh(calc)
    assert "kind_of_work" not in calc.data["employment"][0]
    response = post_item(client, calc, "employment/0", {**PERIOD, "kind_of_work": "domestic"})
    assert response.status_code == 302
    db.session.refresh(calc)
    assert calc.data["employment"][0]["kind_of_work"] == "domestic"
    assert count(db, Calculation) == 1
    # Seasonal farm work (the agricultural regulation's) and year-round farm work (the Act in full) are told apart.
    assert "Agriculture, seasonal (not employed all year round)" in page
    assert "Agriculture, employed all year round" in page
    response = post_item(client, calc, "employment/0", {**PERIOD, "kind_of_work": "agriculture_all_year"})
    assert response.status_code == 302
    db.session.refresh(calc)
    assert calc.data["employment"][0]["kind_of_work"] == "agriculture_all_year"
    shown = client.get(f"/calculations/{calc.id}").get_data(as_text=True)
    assert "Agriculture, employed all year round" in shown


def test_traditional_holidays_not_worked_are_entered_on_the_pay_record(db, setup):  # noqa: F811
    client, case, claimant = setup
    daily = copy.deepcopy(MINIMAL)
    daily["employment"][0].update(pay_basis="daily", rate="300")
    calc = _calculation(client, case, claimant, daily)
    response = post_item(
        client,
        calc,
        "employment/0/records/0",
        {
            "start": "2024-01-01",
            "end": "2024-01-31",
            "days_worked": "20",
            "traditional_holidays_not_worked": "1",
        },
    )
    assert response.status_code == 302, errors(response)
    db.session.refresh(calc)
    assert calc.data["employment"][0]["records"][0]["traditional_holidays_not_worked"] == "1"
    labels = [line["label"] for line in calc.result["lines"]]
    assert "Wages for traditional holidays not worked at the statutory minimum wage" in labels


def test_a_group_cases_template_gives_every_claimant_its_kind_of_work(db, make, login_as):
    client = login_as("paralegal")
    case = make.case()
    for position in (1, 2):
        make.party(case, make.claimant(), position=position)
    db.session.commit()
    terms = {
        **SETTINGS,
        "employer": "Boat",
        "start": "2024-01-01",
        "end": "2024-01-31",
        "pay_basis": "monthly",
        "rate": "9000",
        "period_currency": "THB",
        "workplace": "th",
        "province": "bangkok",
    }
    form = client.get(f"/calculations/case/{case.id}/template").get_data(as_text=True)
    assert 'name="kind_of_work"' in form
    response = client.post(f"/calculations/case/{case.id}/template", {**terms, "kind_of_work": "sea_fishing"})
    assert response.status_code == 302, errors(response)
    assert client.post(f"/calculations/case/{case.id}/template/apply").status_code == 302
    calculations = Calculation.query.all()
    assert len(calculations) == 2
    assert {calc.data["employment"][0]["kind_of_work"] for calc in calculations} == {"sea_fishing"}
