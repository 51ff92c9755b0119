"""Hand-worked cases kept as data (tests/calc/cases/<jurisdiction>/*.toml), run against the real rule files.

A lawyer adds a case by copying a file: ``[claim]`` is the claim in the format of docs/claim-format.md, each
``[[expect]]`` names a line by the start of its label (and, where several lines share it, by ``period_start``,
``head`` or ``scenario``) with the amount worked by hand in a comment; ``[totals]`` and ``[time_barred]`` give the
expected sums per currency. See tests/calc/cases/README.md.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from claims.calc import compute_claim, parse_claim

CASES = sorted((Path(__file__).parent / "cases").glob("*/*.toml"))
_FILTERS = ("head", "scenario", "period_start", "period_end")


def _load(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle, parse_float=Decimal)


def _matches(line, expect: dict) -> bool:
    if not line.label.startswith(expect["label"]):
        return False
    for key in _FILTERS:
        if key not in expect:
            continue
        if key.startswith("period"):
            index = 0 if key == "period_start" else 1
            if line.period is None or line.period[index] != expect[key]:
                return False
        elif getattr(line, key) != expect[key]:
            return False
    return True


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_hand_worked_case(path: Path, rulebook):
    case = _load(path)
    breakdown = compute_claim(parse_claim(case["claim"]), rulebook)
    for expect in case.get("expect", []):
        found = [line for line in breakdown.lines if _matches(line, expect)]
        if len(found) > 1:  # a label that is also the start of another one names itself exactly
            found = [line for line in found if line.label == expect["label"]] or found
        assert len(found) == 1, f"{expect['label']!r}: {len(found)} lines match: {[ln.label for ln in found]}"
        line = found[0]
        if expect.get("missing"):
            assert line.amount is None, f"{line.label}: expected missing, got {line.amount}"
        else:
            assert line.amount is not None and line.amount.amount == Decimal(expect["amount"]), (
                f"{line.label}: {line.amount} ({line.formula}) != {expect['amount']}"
            )
        if "counted" in expect:
            assert line.counted == expect["counted"], line.label
        for flag in expect.get("flags", []):
            assert flag in line.flags, f"{line.label}: flag {flag} not in {sorted(line.flags)}"
        for flag in expect.get("not_flags", []):
            assert flag not in line.flags, f"{line.label}: unexpected flag {flag}"
        if "formula" in expect:
            assert expect["formula"] in line.formula, line.formula
    scenario = case.get("scenario")
    for key, method in (("totals", breakdown.totals), ("time_barred", breakdown.time_barred_totals)):
        if key in case:
            got = {cur: money.amount for cur, money in method(scenario).items()}
            assert got == {cur: Decimal(v) for cur, v in case[key].items()}, f"{key}: {got}"
    for code in case.get("warnings", []):
        assert any(w.code == code for w in breakdown.warnings), f"no warning {code}: {breakdown.warnings}"


def test_there_are_cases_for_both_jurisdictions():
    assert {p.parent.name for p in CASES} >= {"th", "ph"}
