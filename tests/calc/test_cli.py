"""``flask claims compute``, invoked on the group directly: the engine needs no app and no database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.calc import compute_claim, parse_claim, to_dict
from claims.cli.claims import claims
from claims.rules.loader import load_rulebook

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"

# The minimal example of docs/claim-format.md: 12,000.00 basic pay, 147.95 interest (15% a year for 30 days:
# 12,000 x 0.15 x 30 / 365 = 147.945 -> 147.95) and 7,200.00 surcharge (4 marks of 15% of 12,000) = 19,347.95 THB.
MINIMAL = {
    "jurisdiction": "th",
    "computed_on": "2024-03-01",
    "currency": "THB",
    "employment": [
        {
            "employer": "Factory",
            "start": "2024-01-01",
            "end": "2024-01-31",
            "pay_basis": "monthly",
            "rate": "12000",
            "currency": "THB",
            "workplace": "th",
            "province": "bangkok",
            "wilful_withholding": True,
            "records": [{"start": "2024-01-01", "end": "2024-01-31", "days_worked": 26}],
        }
    ],
}


def _run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(claims, ["compute", *args], input=stdin)


def test_a_documented_example_prints_a_table_with_subtotals_totals_and_marks():
    result = _run(str(EXAMPLES / "fishing-boat-fund.json"))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "TIP FUND" in out and "COMPENSATION" in out
    # The TIP Fund request of seed 004: 3,000 + 25,298 + 27,000 = 55,298 THB.
    assert "Subtotal tip fund" in out and "55,298.00 THB" in out
    # Fund items and criminal compensation are paid by different payers: two totals, never one of 625,298.00
    assert (
        "Total, criminal compensation (the offender, criminal court) (counted lines, not time-barred): "
        in out
    )
    assert "570,000.00 THB" in out and "625,298" not in out
    assert (
        "Total, Anti-Trafficking Fund items (the Fund) (counted lines, not time-barred): 55,298.00 THB" in out
    )
    # A line resting on the unverified TIP Fund rates is marked, and the mark is explained.
    assert "[UNVERIFIED]" in out and "UNVERIFIED: rests on a rule the rule book could not verify" in out
    # Shown-but-not-counted amounts are in parentheses.
    assert "(1,000,000.00 THB)" in out


def test_the_minimal_example_from_stdin_adds_up_as_the_format_documents():
    result = _run("-", stdin=json.dumps(MINIMAL))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "12,000.00 THB" in out and "147.95 THB" in out and "7,200.00 THB" in out
    assert "Total (counted lines, not time-barred): 19,347.95 THB" in out
    # Interest runs from the day after the due date (31 January) to the computation date inclusive.
    assert "= 12,000.00 THB x 15% a year x 30 days / 365 (2024-02-01 to 2024-03-01)" in out


def test_json_is_the_engines_breakdown():
    result = _run("--json", str(EXAMPLES / "loan-3pct-month.json"))
    assert result.exit_code == 0, result.output
    data = json.loads((EXAMPLES / "loan-3pct-month.json").read_text(encoding="utf-8"))
    assert json.loads(result.stdout) == to_dict(compute_claim(parse_claim(data), load_rulebook()))


def test_on_overrides_the_computation_date():
    # Computed to 1 April instead of 1 March: interest from 1 February to 1 April 2024 = 29 + 31 + 1 = 61 days,
    # 12,000 x 0.15 x 61 / 365 = 300.8219 -> 300.82.
    result = _run("--json", "--on", "2024-04-01", "-", stdin=json.dumps(MINIMAL))
    assert result.exit_code == 0, result.output
    breakdown = json.loads(result.stdout)
    assert breakdown["computed_on"] == "2024-04-01"
    interest = [line for line in breakdown["lines"] if line["head"] == "interest"]
    assert [line["amount"] for line in interest] == ["300.82"]


def test_on_fills_in_a_missing_computation_date():
    data = {key: value for key, value in MINIMAL.items() if key != "computed_on"}
    assert _run("-", stdin=json.dumps(data)).exit_code == 2
    assert _run("--on", "2024-03-01", "-", stdin=json.dumps(data)).exit_code == 0


def test_bad_input_names_every_field_and_its_problem_and_exits_2_without_a_traceback():
    data = json.loads(json.dumps(MINIMAL))
    data["employment"][0]["rate"] = 400.5
    data["employment"][0]["records"][0]["days_worked"] = "-2"
    del data["currency"]
    result = _run("-", stdin=json.dumps(data))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "Error: the claim in standard input cannot be computed as given:"
    assert "  currency: is required" in lines
    assert any(line.startswith("  employment[0].rate: must be written as a string") for line in lines)
    assert "  employment[0].records[0].days_worked: must not be negative" in lines


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "(the claim): is not valid JSON: Expecting property name enclosed in double quotes"),
        ("[1, 2]", "(the claim): the claim must be a JSON object"),
        (
            '{"jurisdiction": "th", "currency": "THB", "computed_on": "2024-02-30"}',
            "computed_on: must be a date",
        ),
    ],
)
def test_what_is_not_a_claim_is_refused_with_exit_status_2(text, message):
    result = _run("-", stdin=text)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_there_is_a_usage_error_with_exit_status_2(tmp_path):
    result = _run(str(tmp_path / "missing.json"))
    assert result.exit_code == 2
    assert "No such file or directory" in result.stderr


def test_a_file_path_names_the_file_in_the_message(tmp_path):
    path = tmp_path / "claim.json"
    path.write_text('{"jurisdiction": "th"}', encoding="utf-8")
    result = _run(str(path))
    assert result.exit_code == 2
    assert f"Error: the claim in {path} cannot be computed as given:" in result.stderr
    assert "  computed_on: is required" in result.stderr.splitlines()
