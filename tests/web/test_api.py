"""``POST /api/v1/compute``: the breakdown as JSON for a logged-in case worker; every refusal is JSON too."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from claims import create_app
from claims.calc import compute_claim, parse_claim, to_dict
from claims.extensions import db as _db
from claims.rules.loader import load_rulebook
from claims.web.api.routes import bp as api
from tests.conftest import _test_config

URL = "/api/v1/compute"
EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """The app of tests/conftest.py (SQLite: the API reads nothing but the user), with the API blueprint
    registered if claims/web/__init__.py does not list it yet."""
    app = create_app(_test_config("sqlite", tmp_path_factory))
    app.config["BACKEND"] = "sqlite"
    if "api" not in app.blueprints:
        app.register_blueprint(api)
    with app.app_context():
        _db.drop_all()
        _db.create_all()
    yield app
    with app.app_context():
        _db.session.remove()
        _db.drop_all()
        _db.engine.dispose()


def _example(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def _post(client, body, *, csrf: bool = True, **kwargs):
    """A JSON post the way a script does it: the session cookie, and the CSRF token in the X-CSRFToken header."""
    headers = {"X-CSRFToken": client.csrf_token()} if csrf else {}
    if "data" not in kwargs:
        kwargs["json"] = body
    return client._open("post", URL, headers=headers, **kwargs)


@pytest.mark.parametrize("role", ["lawyer", "paralegal", "admin"])
def test_a_documented_example_computes_for_every_case_worker(login_as, role):
    client = login_as(role)
    data = _example("berry-pickers.json")
    response = _post(client, data)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    assert response.get_json() == to_dict(compute_claim(parse_claim(data), load_rulebook()))


def test_the_answer_carries_lines_totals_and_warnings(login_as):
    # The TIP Fund request of seed 004: 3,000 + 25,298 + 27,000 = 55,298 THB, and 570,000 THB of general damages
    # claimed in the criminal case: two payers, two totals (TH-TIP-COMP-HEADS), never one of 625,298 THB.
    response = _post(login_as("lawyer"), _example("fishing-boat-fund.json"))
    breakdown = response.get_json()
    assert breakdown["subtotals"]["tip_fund"] == {"THB": "55298.00"}
    assert breakdown["totals"] == {"THB": "570000.00"}
    assert breakdown["forum_totals"] == {"criminal": {"THB": "570000.00"}, "fund": {"THB": "55298.00"}}
    unverified = [line for line in breakdown["lines"] if "unverified" in line["flags"]]
    assert unverified and all(any(not b.get("verified", True) for b in ln["basis"]) for ln in unverified)
    assert Decimal(breakdown["lines"][0]["amount"]) == Decimal("3000.00")


def test_bad_input_gets_422_naming_each_field_and_its_problem(login_as):
    data = _example("loan-3pct-month.json")
    data["employment"][0]["rate"] = 400.5
    data["computed_on"] = "2024-02-30"
    data["overtime_hour"] = "3"
    response = _post(login_as("lawyer"), data)
    assert response.status_code == 422
    errors = {error["field"]: error["problem"] for error in response.get_json()["errors"]}
    assert errors["overtime_hour"] == "is not a field of this format (a typo?)"
    assert errors["computed_on"] == "must be a date YYYY-MM-DD (this day does not exist)"
    assert errors["employment[0].rate"].startswith('must be written as a string such as "400.5"')


def test_a_claim_that_is_not_an_object_gets_422(login_as):
    response = _post(login_as("lawyer"), [1, 2, 3])
    assert response.status_code == 422
    assert response.get_json() == {"errors": [{"field": "", "problem": "the claim must be a JSON object"}]}


def test_a_body_that_is_not_json_gets_400(login_as):
    response = _post(login_as("lawyer"), None, data="{not json", content_type="application/json")
    assert response.status_code == 400
    [error] = response.get_json()["errors"]
    assert error["field"] == "" and error["problem"].startswith("the body is not valid JSON")


def test_a_body_that_is_not_sent_as_json_gets_415(login_as):
    response = _post(login_as("lawyer"), None, data={"claim": "{}"})
    assert response.status_code == 415
    assert "application/json" in response.get_json()["errors"][0]["problem"]


def test_an_advisor_gets_403(login_as):
    response = _post(login_as("advisor"), _example("berry-pickers.json"))
    assert response.status_code == 403
    assert response.mimetype == "application/json"
    assert "role" in response.get_json()["errors"][0]["problem"]


def test_an_anonymous_client_gets_401_not_a_redirect_to_the_login_page(client):
    response = _post(client, _example("berry-pickers.json"))
    assert response.status_code == 401
    assert "Location" not in response.headers
    assert "log in" in response.get_json()["errors"][0]["problem"]


def test_a_post_without_the_csrf_header_gets_400_in_json(login_as):
    response = _post(login_as("lawyer"), _example("berry-pickers.json"), csrf=False)
    assert response.status_code == 400
    [error] = response.get_json()["errors"]
    assert error["field"] == "X-CSRFToken" and "CSRF token" in error["problem"]


def test_a_wrong_csrf_token_gets_400(login_as):
    client = login_as("lawyer")
    response = client._open(
        "post", URL, json=_example("berry-pickers.json"), headers={"X-CSRFToken": "not-a-token"}
    )
    assert response.status_code == 400
    assert response.get_json()["errors"][0]["field"] == "X-CSRFToken"


def test_a_logged_in_client_can_fetch_its_csrf_token_and_use_it(login_as):
    client = login_as("paralegal")
    token = client.get("/api/v1/csrf-token").get_json()["csrf_token"]
    response = client._open("post", URL, json=_example("berry-pickers.json"), headers={"X-CSRFToken": token})
    assert response.status_code == 200


def test_the_csrf_token_is_for_case_workers_only(client, login_as):
    assert client.get("/api/v1/csrf-token").status_code == 401
    assert login_as("advisor").get("/api/v1/csrf-token").status_code == 403
