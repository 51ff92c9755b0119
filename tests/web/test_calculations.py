"""Calculation pages through the test client: the forms that build a claim document, the breakdown, the group
totals of a case, the shared terms of a group case and what a change of the rule tables did."""

from __future__ import annotations

import copy
import html
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from claims.calc import parse_claim
from claims.models import AuditEntry, Calculation, ClaimTemplate
from claims.rules.loader import load_rulebook
from claims.services import calculations as service
from tests.services.test_calculations import MINIMAL, _interest_at
from tests.web.calc_forms import loan_form

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
SETTINGS = {"jurisdiction": "th", "computed_on": "2024-03-01", "currency": "THB"}


def example(name: str) -> dict:
    doc = json.loads((EXAMPLES / f"{name}.json").read_text())
    doc.pop("claimant", None)
    return doc


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count(model.id)))


def errors(response) -> dict[str, str]:
    """Field id -> its message, as the field macro writes them."""
    page = response.get_data(as_text=True)
    return {
        m[0]: html.unescape(m[1])
        for m in re.findall(r'class="error" id="([^"]+?)-err(?:-\d+)?">([^<]+)<', page)
    }


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


@pytest.fixture
def setup(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    claimant = make.claimant()
    make.party(case, claimant)
    db.session.commit()
    return client, case, claimant


def start(client, case, claimant, settings=SETTINGS) -> Calculation:
    response = client.post(f"/calculations/case/{case.id}/claimant/{claimant.id}", settings)
    assert response.status_code == 302, errors(response)
    return Calculation.query.filter_by(case_id=case.id, claimant_id=claimant.id).one()


def post_item(client, calculation, path, data):
    return client.post(f"/calculations/{calculation.id}/{path}", {**data, "version": calculation.version})


def test_the_romania_example_entered_through_the_forms_computes_to_928_64_usd(db, setup):
    # Each month: 400.00 basic + 181.82 overtime (40 h x 2 x 400 / (22 days x 8 h)); less 235.00 received.
    # 2 x 581.82 - 235.00 = 928.64 USD.
    client, case, claimant = setup
    calc = start(
        client, case, claimant, {"jurisdiction": "ph", "computed_on": "2009-06-30", "currency": "USD"}
    )
    doc = example("romania-garment")
    period = doc["employment"][0]
    form = {
        k: period[k]
        for k in (
            "employer",
            "start",
            "end",
            "pay_basis",
            "rate",
            "currency",
            "workplace",
            "contract_basis",
            "overtime_multiplier",
            "trial_end",
        )
    }
    response = post_item(client, calc, "employment/new", form)
    assert response.status_code == 302, (
        errors(response),
        re.findall(r"flash-error[^>]*>([^<]+)<", text(response)),
    )
    for record in period["records"]:
        db.session.refresh(calc)
        response = post_item(client, calc, "employment/0/records/new", record)
        assert response.status_code == 302, errors(response)
    for deduction in period["deductions"]:
        db.session.refresh(calc)
        response = post_item(client, calc, "employment/0/deductions/new", {**deduction, "lawful": "no"})
        assert response.status_code == 302, errors(response)
    db.session.refresh(calc)
    assert post_item(client, calc, "employment/0/payments/new", period["payments"][0]).status_code == 302
    db.session.refresh(calc)
    loan = doc["loans"][0]
    assert post_item(client, calc, "loans/new", loan_form(loan)).status_code == 302
    db.session.refresh(calc)
    assert parse_claim(calc.data) == parse_claim(doc)
    assert calc.result["totals"] == {"USD": "928.64"}
    page = text(client.get(f"/calculations/{calc.id}"))
    assert "USD 928.64" in page or "928.64" in page
    assert "Overtime on working days under the contract" in page
    assert "assumption" in page  # the hourly rate rests on assumed hours, and says so


def test_an_overseas_filipino_dismissed_without_just_cause_entered_through_the_forms(db, setup):
    # tests/calc/cases/ph/unexpired-portion-dismissed-without-just-cause.toml, without the demand date: 600 June
    # wage less 550 received and the 50 deduction set against it; 50 reimbursed + 6.00 (12%, 365 days); the
    # unexpired portion 3,900.00 (6 months + 15 days / 30); fee 600 + 72.00. 600-550-50+50+6+3,900+600+72 = 4,628.00.
    client, case, claimant = setup
    calc = start(
        client, case, claimant, {"jurisdiction": "ph", "computed_on": "2021-06-30", "currency": "USD"}
    )
    period = {
        "employer": "Electronics factory, Taiwan",
        "start": "2020-06-01",
        "end": "2020-06-30",
        "pay_basis": "monthly",
        "rate": "600",
        "currency": "USD",
        "workplace": "tw",
        "terminated": "y",
        "by_employer": "yes",
        "without_just_cause": "yes",
        "contract_end": "2021-01-15",
    }
    response = post_item(client, calc, "employment/new", period)
    assert response.status_code == 302, errors(response)
    for path, item in (
        ("employment/0/records/new", {"start": "2020-06-01", "end": "2020-06-30", "days_worked": "26"}),
        ("employment/0/deductions/new", {"kind": "food", "amount": "50", "on": "2020-06-30", "lawful": "no"}),
        ("employment/0/payments/new", {"on": "2020-06-30", "amount": "550"}),
        (
            "recruitment",
            {
                "placement": "ph",
                "destination": "tw",
                "outcome": "dismissed_early",
                "monthly_wage": "600",
                "dismissed_on": "2020-06-30",
            },
        ),
        (
            "fees/new",
            {
                "kind": "service_fee",
                "payee": "Manila agency",
                "amount": "600",
                "paid_on": "2020-01-10",
                "ilo_category": "fee",
            },
        ),
    ):
        db.session.refresh(calc)
        response = post_item(client, calc, path, item)
        assert response.status_code == 302, (path, errors(response))
    db.session.refresh(calc)
    assert calc.data["employment"][0]["termination"] == {
        "by_employer": True,
        "without_just_cause": True,
        "contract_end": "2021-01-15",
    }
    assert calc.data["recruitment"]["destination"] == "tw"
    assert calc.result["totals"] == {"USD": "4628.00"}
    page = text(client.get(f"/calculations/{calc.id}"))
    assert "Salaries for the unexpired portion of the contract" in page
    assert "CONV-DAYCOUNT-PH: actual days / 365" in page and "CONV-DAYCOUNT-TH" not in page
    assert "hourly_divisor_days" not in page
    assert "Country of the job: Taiwan" in page


def test_the_berry_pickers_case_totals_43_times_191374(db, make, login_as):
    # 43 plaintiffs x 191,374.00 THB of expenses = 8,229,082.00 THB.
    client = login_as("lawyer")
    case = make.case()
    claimants = [make.claimant() for _ in range(43)]
    for position, claimant in enumerate(claimants, start=1):
        make.party(case, claimant, position=position)
    db.session.commit()
    first = start(
        client, case, claimants[0], {"jurisdiction": "th", "computed_on": "2012-01-31", "currency": "THB"}
    )
    doc = example("berry-pickers")
    response = client.post(
        f"/calculations/{first.id}/settings",
        {
            "jurisdiction": "th",
            "computed_on": "2012-01-31",
            "currency": "THB",
            "projection_date": "2013-12-31",
            "version": first.version,
        },
    )
    assert response.status_code == 302
    db.session.refresh(first)
    loan = {k: v for k, v in doc["loans"][0].items() if k != "repayments"}
    response = post_item(
        client,
        first,
        "loans/new",
        loan_form({**loan, "repayments": [{"on": "2010-10-31", "amount": "10000"}]}),
    )
    assert response.status_code == 302, errors(response)
    db.session.refresh(first)
    # The recruitment costs lost are labour damages, entered on the damages form (never criminal compensation).
    damage = doc["damages"][0]
    response = post_item(client, first, "damages/new", damage)
    assert response.status_code == 302, errors(response)
    db.session.refresh(first)
    assert first.result["subtotals"]["damages"] == {"THB": "191374.00"}
    assert "compensation" not in first.result["subtotals"]
    assert parse_claim(first.data) == parse_claim(doc)
    assert first.result["totals"] == {"THB": "191374.00"}
    for claimant in claimants[1:]:
        calc = service.start_calculation(client.user, case, claimant, SETTINGS)
        service.save_document(client.user, calc, copy.deepcopy(first.data), calc.version)
    totals = service.case_totals(client.user, case)
    assert totals.group == {"THB": Decimal("8229082.00")}
    page = text(client.get(f"/calculations/case/{case.id}"))
    assert re.search(r'id="group-total"><strong>[^<]*8,229,082\.00', page)
    assert "8,229,082.00" in text(client.get(f"/cases/{case.id}"))


@pytest.mark.parametrize(
    ("path", "data", "field", "message"),
    [
        (
            "employment/0/payments/new",
            {"on": "2024-01-31", "amount": "-5"},
            "amount",
            "An amount cannot be negative.",
        ),
        (
            "employment/0/payments/new",
            {"on": "2024-02-30", "amount": "5"},
            "on",
            "There is no day 30/2/2024: check the day and the month (day first).",
        ),
        (
            "employment/0/payments/new",
            {"on": "2024-01-31", "amount": "5", "currency": "ZZZ"},
            "currency",
            "Choose a currency from the list.",
        ),
        (
            "employment/new",
            {
                **{
                    k: v
                    for k, v in MINIMAL["employment"][0].items()
                    if k != "records" and k != "wilful_withholding"
                },
                "end": "2023-12-01",
            },
            "end",
            "This cannot come before the start.",
        ),
        (
            "employment/0/records/new",
            {"start": "2023-12-01", "end": "2023-12-31"},
            "start",
            "These dates must lie within the employment period.",
        ),
        (
            "employment/0/deductions/new",
            {"kind": "food", "amount": "-1", "on": "2024-01-31", "lawful": "no"},
            "amount",
            "An amount cannot be negative.",
        ),
        (
            "loans/new",
            {
                "lender": "X",
                "principal": "100",
                "taken_on": "2024-01-01",
                "rate_percent": "150",
                "rate_per": "month",
                "method": "simple",
            },
            "rate_percent",
            "Enter the rate as a percentage from 0 to 100.",
        ),
        (
            "loans/new",
            {
                "lender": "X",
                "principal": "100",
                "taken_on": "2024-01-01",
                "rate_percent": "3",
                "rate_per": "month",
                "method": "simple",
                "repayments-0-on": "2024-13-01",
                "repayments-0-amount": "100",
            },
            "repayments",
            "Row 1: There is no day 1/13/2024: check the day and the month (day first).",
        ),
        (
            "fund_items/new",
            {"item_": "medical", "rate": "10", "amount": "5"},
            "amount",
            "Give a rate (with a quantity) or an amount, not both.",
        ),
        (
            "exchange_rates/new",
            {
                "from_currency": "RON",
                "to_currency": "QQQ",
                "rate": "0.2",
                "on": "2024-01-01",
                "source": "BNR",
            },
            "to_currency",
            "Choose a currency from the list.",
        ),
        ("heads/new", {"kind": "general_damages", "amount": "-3"}, "amount", "An amount cannot be negative."),
    ],
)
def test_each_form_refuses_bad_input_next_to_the_field_and_writes_nothing(
    db, setup, path, data, field, message
):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calc, copy.deepcopy(MINIMAL), calc.version)
    before = (count(db, Calculation), count(db, AuditEntry), copy.deepcopy(calc.data), calc.version)
    response = post_item(client, calc, path, data)
    assert response.status_code == 200
    assert errors(response).get(field) == message, errors(response)
    db.session.refresh(calc)
    assert (count(db, Calculation), count(db, AuditEntry), calc.data, calc.version) == before


def test_a_float_looking_amount_is_kept_exactly(db, setup):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calc, copy.deepcopy(MINIMAL), calc.version)
    response = post_item(
        client, calc, "employment/0/payments/new", {"on": "2024-02-15", "amount": "1,400.50"}
    )
    assert response.status_code == 302
    db.session.refresh(calc)
    assert calc.data["employment"][0]["payments"] == [{"on": "2024-02-15", "amount": "1400.50"}]
    # 19,347.95 before; 1,400.50 received on 2024-02-15 against the 12,000.00 due 2024-01-31
    assert Decimal(calc.result["totals"]["THB"]) < Decimal("19347.95")


def test_a_bad_start_is_refused_and_nothing_is_created(db, setup):
    client, case, claimant = setup
    response = client.post(
        f"/calculations/case/{case.id}/claimant/{claimant.id}",
        {"jurisdiction": "th", "computed_on": "2024-02-31", "currency": "ZZZ"},
    )
    assert response.status_code == 200
    assert errors(response) == {
        "computed_on": "There is no day 31/2/2024: check the day and the month (day first).",
        "currency": "Choose a currency from the list.",
    }
    assert count(db, Calculation) == 0


def test_a_stale_edit_is_refused_and_keeps_the_record(db, setup):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    old = calc.version
    service.save_document(client.user, calc, copy.deepcopy(MINIMAL), calc.version)
    response = client.post(
        f"/calculations/{calc.id}/employment/0/payments/new",
        {"on": "2024-02-01", "amount": "5", "version": old},
    )
    assert response.status_code == 200
    assert "Someone else saved this record" in text(response)
    db.session.refresh(calc)
    assert "payments" not in calc.data["employment"][0]


def test_edit_and_remove_an_item(db, setup):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calc, copy.deepcopy(MINIMAL), calc.version)
    form = client.get(f"/calculations/{calc.id}/employment/0/records/0")
    assert 'value="2024-01-31"' in text(form)
    response = post_item(
        client,
        calc,
        "employment/0/records/0",
        {"start": "2024-01-01", "end": "2024-01-31", "days_worked": "20"},
    )
    assert response.status_code == 302
    db.session.refresh(calc)
    assert calc.data["employment"][0]["records"] == [
        {"start": "2024-01-01", "end": "2024-01-31", "days_worked": "20"}
    ]
    response = client.post(
        f"/calculations/{calc.id}/employment/0/records/0/remove", {"version": calc.version}
    )
    assert response.status_code == 302
    db.session.refresh(calc)
    assert "records" not in calc.data["employment"][0] or calc.data["employment"][0]["records"] == []


def test_the_template_is_applied_to_every_claimant(db, make, login_as):
    client = login_as("paralegal")
    case = make.case()
    claimants = [make.claimant() for _ in range(3)]
    for position, claimant in enumerate(claimants, start=1):
        make.party(case, claimant, position=position)
    db.session.commit()
    bad = client.post(
        f"/calculations/case/{case.id}/template",
        {
            **SETTINGS,
            "employer": "Farm",
            "start": "2024-01-31",
            "end": "2024-01-01",
            "pay_basis": "daily",
            "period_currency": "THB",
            "workplace": "th",
        },
    )
    assert errors(bad) == {"end": "This cannot come before the start."}
    assert count(db, ClaimTemplate) == 0
    response = client.post(
        f"/calculations/case/{case.id}/template",
        {
            **SETTINGS,
            "employer": "Farm",
            "start": "2024-01-01",
            "end": "2024-01-31",
            "pay_basis": "daily",
            "rate": "300",
            "period_currency": "THB",
            "workplace": "th",
            "province": "bangkok",
        },
    )
    assert response.status_code == 302, errors(response)
    assert "Apply to all claimants" in text(client.get(f"/calculations/case/{case.id}"))
    response = client.post(f"/calculations/case/{case.id}/template/apply")
    assert response.status_code == 302
    assert count(db, Calculation) == 3
    for calc in Calculation.query.all():
        assert calc.data["employment"][0]["rate"] == "300"
        assert calc.result is not None


def _group(make, db, n):
    case = make.case()
    user = make.user(role="lawyer")
    for position in range(1, n + 1):
        claimant = make.claimant()
        make.party(case, claimant, position=position)
        calc = service.start_calculation(user, case, claimant, SETTINGS)
        service.save_document(user, calc, copy.deepcopy(MINIMAL), calc.version)
    db.session.commit()
    return case


def test_the_case_totals_page_runs_the_same_queries_for_1_and_20_claimants(db, make, login_as, query_counter):
    client = login_as("lawyer")
    small, large = _group(make, db, 1), _group(make, db, 20)
    counts = []
    for case in (small, large):
        with query_counter() as queries:
            response = client.get(f"/calculations/case/{case.id}")
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
    # 20 x 19,347.95 = 386,959.00
    assert "386,959.00" in text(client.get(f"/calculations/case/{large.id}"))


def test_a_rule_change_shows_a_notice_and_the_changed_line(db, setup, monkeypatch):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calc, copy.deepcopy(MINIMAL), calc.version)
    assert "see what changed" not in text(client.get(f"/calculations/{calc.id}"))
    changed = service.CurrentRules(_interest_at(load_rulebook(), "0.20"), "another fingerprint")
    monkeypatch.setattr(service, "current_rules", lambda: changed)
    page = text(client.get(f"/calculations/{calc.id}"))
    assert "Rules changed: see what changed" in page
    changes = text(client.get(f"/calculations/{calc.id}/changes"))
    assert "amount changed" in changes
    assert "147.95" in changes and "197.26" in changes
    assert client.post(f"/calculations/{calc.id}/compute").status_code == 302
    db.session.refresh(calc)
    assert calc.result["totals"] == {"THB": "19397.26"}


def test_the_breakdown_page_shows_lines_basis_and_unverified_badges(db, setup):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calc, copy.deepcopy(example("berry-pickers")), calc.version)
    page = text(client.get(f"/calculations/{calc.id}"))
    assert "Debts (shown, not counted)" in page
    assert "unverified" in page
    assert "not counted" in page
    assert "191,374.00" in page
    claimant_page = text(client.get(f"/claimants/{claimant.id}"))
    assert f"/calculations/{calc.id}" in claimant_page


def test_the_fund_items_and_criminal_compensation_are_two_totals_on_the_page_never_one(db, setup):
    # TH-TIP-COMP-HEADS (issue 17): 55,298 from the Fund and 570,000 from the offender are never added up
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calc, copy.deepcopy(example("fishing-boat-fund")), calc.version)
    response = client.get(f"/calculations/{calc.id}")
    page = text(response)
    assert 'id="forum-total-criminal"' in response.get_data(as_text=True)
    assert "Compensation claimed from the offender (criminal case)" in page and "570,000.00" in page
    assert "Requested from the Anti-Trafficking in Persons Fund" in page and "55,298.00" in page
    assert "625,298" not in page and "Total claimed" not in page


def test_another_organisations_calculation_is_404_and_advisors_get_403(db, make, setup, login_as):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    other = login_as("lawyer", org=make.org())
    for url in (
        f"/calculations/{calc.id}",
        f"/calculations/{calc.id}/changes",
        f"/calculations/case/{case.id}",
        f"/calculations/{calc.id}/employment/new",
        f"/calculations/case/{case.id}/claimant/{claimant.id}",
    ):
        assert other.get(url).status_code == 404, url
    assert other.post(f"/calculations/{calc.id}/compute").status_code == 404
    assert client.get("/calculations/99999").status_code == 404
    assert client.get(f"/calculations/{calc.id}/employment/0/records/new").status_code == 404
    advisor = login_as("advisor")
    for url in (
        f"/calculations/{calc.id}",
        f"/calculations/case/{case.id}",
        f"/calculations/case/{case.id}/template",
    ):
        assert advisor.get(url).status_code == 403, url
    assert advisor.post(f"/calculations/case/{case.id}/template/apply").status_code == 403


@pytest.mark.parametrize("role", ["admin", "lawyer", "paralegal"])
def test_every_page_renders_for_case_workers(db, make, login_as, role):
    client = login_as(role)
    case = make.case()
    claimant = make.claimant()
    make.party(case, claimant)
    db.session.commit()
    assert client.get(f"/calculations/case/{case.id}/claimant/{claimant.id}").status_code == 200
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calc, copy.deepcopy(example("loan-3pct-month")), calc.version)
    for url in (
        "",
        "/changes",
        "/settings",
        "/recruitment",
        "/compensation",
        "/conventions",
        "/employment/new",
        "/employment/0",
        "/employment/0/records/new",
        "/employment/0/records/0",
        "/employment/0/deductions/0",
        "/employment/0/payments/0",
        "/loans/0",
        "/exchange_rates/new",
        "/fund_items/new",
        "/heads/new",
    ):
        assert client.get(f"/calculations/{calc.id}{url}").status_code == 200, url
    for url in (
        f"/calculations/case/{case.id}",
        f"/calculations/case/{case.id}/template",
        f"/cases/{case.id}",
        f"/claimants/{claimant.id}",
    ):
        assert client.get(url).status_code == 200, url


# ---------------------------------------------------------------- conventions


def _engine_totals(doc: dict) -> dict:
    from claims.calc import compute_claim, to_dict

    return to_dict(compute_claim(parse_claim(doc), load_rulebook()))["totals"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("surcharge_count", "(days-7)/7"),  # MINIMAL withholds wilfully: fewer surcharge periods
        ("daycount", "actual/actual"),  # MINIMAL's interest runs in 2024, a leap year: ÷ 366
    ],
)
def test_a_convention_changes_the_result_as_the_engine_says(db, setup, key, value):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calc, copy.deepcopy(MINIMAL), calc.version)
    before = calc.result["totals"]
    response = post_item(client, calc, "conventions", {key: value})
    assert response.status_code == 302, errors(response)
    db.session.refresh(calc)
    assert calc.data["conventions"] == {key: value}
    expected = _engine_totals({**copy.deepcopy(MINIMAL), "conventions": {key: value}})
    assert calc.result["totals"] == expected
    assert expected != before
    page = text(client.get(f"/calculations/{calc.id}"))
    assert re.search(r'id="conventions".*?</section>', page, re.S)


def test_conventions_left_blank_are_removed_and_the_page_says_default(db, setup):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    doc = {
        **copy.deepcopy(MINIMAL),
        "conventions": {"daycount": "actual/actual", "limitation_warning_days": 30},
    }
    service.save_document(client.user, calc, doc, calc.version)
    form = text(client.get(f"/calculations/{calc.id}/conventions"))
    assert 'selected value="actual/actual"' in form and 'value="30"' in form
    card = re.search(r'id="conventions".*?</section>', text(client.get(f"/calculations/{calc.id}")), re.S)[0]
    assert card.count(">default<") == 7  # all but the two chosen
    # Keep one, blank the other: the blank one's key goes.
    response = post_item(
        client, calc, "conventions", {"daycount": "actual/actual", "limitation_warning_days": ""}
    )
    assert response.status_code == 302, errors(response)
    db.session.refresh(calc)
    assert calc.data["conventions"] == {"daycount": "actual/actual"}
    # Blank everything: the section goes, the defaults apply and the page says so.
    response = post_item(client, calc, "conventions", {"daycount": ""})
    assert response.status_code == 302, errors(response)
    db.session.refresh(calc)
    assert "conventions" not in calc.data
    assert calc.result["totals"] == _engine_totals(copy.deepcopy(MINIMAL)) == {"THB": "19347.95"}
    card = re.search(r'id="conventions".*?</section>', text(client.get(f"/calculations/{calc.id}")), re.S)[0]
    assert card.count(">default<") == 9
    assert "Actual days ÷ 365" in card


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"daycount": "30/360"}, "daycount", "Not a valid choice."),
        ({"surcharge_count": "days/14"}, "surcharge_count", "Not a valid choice."),
        ({"assumed_hours_per_day": "0"}, "assumed_hours_per_day", "Enter a number from 0.01 to 24."),
        ({"limitation_warning_days": "soon"}, "limitation_warning_days", "Enter a number from 0 to 3650."),
    ],
)
def test_a_bad_convention_is_refused_next_to_the_field_and_writes_nothing(db, setup, data, field, message):
    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    service.save_document(client.user, calc, copy.deepcopy(MINIMAL), calc.version)
    before = (count(db, AuditEntry), copy.deepcopy(calc.data), calc.version)
    response = post_item(client, calc, "conventions", data)
    assert response.status_code == 200
    assert errors(response).get(field) == message, errors(response)
    db.session.refresh(calc)
    assert (count(db, AuditEntry), calc.data, calc.version) == before


def test_labour_damages_are_entered_on_their_own_form_and_other_damages_need_their_basis(db, setup):
    client, case, claimant = setup
    calc = start(client, case, claimant)
    refused = post_item(
        client, calc, "damages/new", {"kind": "other_damages", "amount": "5000", "currency": "THB"}
    )
    assert refused.status_code == 200
    assert errors(refused)["basis"] == "Other damages need their legal basis in words."
    db.session.refresh(calc)
    assert "damages" not in calc.data  # nothing written
    form = {
        "kind": "unfair_dismissal",
        "amount": "30000",
        "currency": "THB",
        "description": "dismissed for asking for the minimum wage",
        "arose_on": "2024-02-29",
    }
    assert post_item(client, calc, "damages/new", form).status_code == 302
    db.session.refresh(calc)
    assert calc.data["damages"] == [
        {
            "kind": "unfair_dismissal",
            "amount": "30000",
            "currency": "THB",
            "description": "dismissed for asking for the minimum wage",
            "on": "2024-02-29",
        }
    ]
    assert calc.result["subtotals"]["damages"] == {"THB": "30000.00"}
    page = text(client.get(f"/calculations/{calc.id}"))
    assert "Labour damages" in page and "Unfair dismissal · THB 30,000.00" in page
    edit = text(client.get(f"/calculations/{calc.id}/damages/0"))
    assert "Damages for unfair dismissal (Labour Court Act s.49)" in edit and "2024-02-29" in edit


def test_saving_a_period_keeps_its_pay_records_deductions_and_payments(db, setup):
    """The period form edits the period's own fields; what is entered under the period stays."""
    from tests.web.test_fuzz_forms import form_values

    client, case, claimant = setup
    calc = service.start_calculation(client.user, case, claimant, SETTINGS)
    doc = copy.deepcopy(MINIMAL)
    doc["employment"][0]["payments"] = [{"on": "2024-02-15", "amount": "100"}]
    doc["employment"][0]["deductions"] = [
        {"on": "2024-01-31", "amount": "50", "kind": "fine", "lawful": False}
    ]
    service.save_document(client.user, calc, doc, calc.version)
    db.session.refresh(calc)
    before = copy.deepcopy(calc.data["employment"][0])
    assert before["records"]
    values = form_values(text(client.get(f"/calculations/{calc.id}/employment/0")))
    response = client.post(f"/calculations/{calc.id}/employment/0", values)
    assert response.status_code == 302, errors(response)
    db.session.refresh(calc)
    after = calc.data["employment"][0]
    for nested in ("records", "deductions", "payments"):
        assert after.get(nested) == before[nested], nested


@pytest.mark.parametrize(
    ("locale", "words"), [("en", "Civil and Commercial Code"), ("th", "ประมวลกฎหมายแพ่งและพาณิชย์")]
)
def test_a_warning_cites_its_rule_in_words_not_by_its_key(db, make, login_as, locale, words):
    # 3% a month is 36% a year, above the 15% a year a lender may charge: the warning names the law it rests on.
    client = login_as("lawyer", locale=locale)
    case = make.case()
    claimant = make.claimant()
    make.party(case, claimant)
    db.session.commit()
    calc = start(client, case, claimant)
    loan = {
        "lender": "Broker",
        "principal": "30000",
        "currency": "THB",
        "taken_on": "2023-01-01",
        "rate": "0.03",
    }
    response = post_item(
        client, calc, "loans/new", {**loan_form(loan), "rate_per": "month", "method": "simple"}
    )
    assert response.status_code == 302, errors(response)
    page = text(client.get(f"/calculations/{calc.id}"))
    warnings = page.split("<h3>", 2)[1] if "<h3>" in page else page
    assert "usury.loan_cap" not in page
    assert words in warnings
