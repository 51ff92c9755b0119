"""compute_claim and parse_claim hold the cyclic garbage collector back while they run (claims/calc/collector.py),
and leave it as they found it: on where it was on, off where the caller had switched it off, on again after an
error."""

from __future__ import annotations

import gc
import json

import pytest

from claims.calc import InputError, compute_claim, parse_claim
from claims.calc import claim as claim_module

_CLAIM = {
    "claimant": "worker",
    "jurisdiction": "th",
    "computed_on": "2025-06-30",
    "currency": "THB",
    "employment": [
        {
            "employer": "Factory",
            "start": "2024-01-01",
            "end": "2024-03-31",
            "pay_basis": "monthly",
            "rate": "12000",
            "currency": "THB",
            "workplace": "th",
            "province": "bangkok",
            "records": [{"start": "2024-01-01", "end": "2024-03-31", "repeat": "monthly", "days_worked": 26}],
            "payments": [{"on": "2024-02-28", "amount": "9000"}],
        }
    ],
}


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_during_a_claim_and_on_again_after_it(collector_on, rulebook, monkeypatch):
    seen = []
    make_context = claim_module.make_context

    def watched(*args):
        seen.append(gc.isenabled())
        return make_context(*args)

    monkeypatch.setattr(claim_module, "make_context", watched)
    breakdown = compute_claim(parse_claim(json.loads(json.dumps(_CLAIM))), rulebook)
    assert seen == [False]
    assert gc.isenabled()
    assert breakdown.totals()["THB"].amount > 0


def test_a_caller_that_switched_the_collector_off_finds_it_off(collector_on, rulebook):
    gc.disable()
    try:
        compute_claim(parse_claim(json.loads(json.dumps(_CLAIM))), rulebook)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_input_error_leaves_the_collector_on(collector_on):
    with pytest.raises(InputError):
        parse_claim({**_CLAIM, "computed_on": "not a date"})
    assert gc.isenabled()


def _monthly_claim(years: int) -> dict:
    """_CLAIM over ``years`` years of records written month by month: enough objects for a pass to be due."""
    claim = json.loads(json.dumps(_CLAIM))
    period = claim["employment"][0]
    period["start"], period["end"] = "2014-01-01", f"{2013 + years}-12-31"
    period["records"] = [
        {"start": f"{year}-{month:02d}-01", "end": f"{year}-{month:02d}-28", "days_worked": 20}
        for year in range(2014, 2014 + years)
        for month in range(1, 13)
    ]
    period["payments"] = [
        {"on": f"{year}-{month:02d}-28", "amount": "9000"}
        for year in range(2014, 2014 + years)
        for month in range(1, 13)
    ]
    return claim


def test_the_pass_held_back_is_a_young_generation_one_made_as_the_claim_returns(collector_on, rulebook):
    # Left to the collector, every tenth pass after a claim was a middle-generation one that moved the claim, still
    # in use, into the oldest generation, and every few dozen claims a full pass walked the whole process.
    data = _monthly_claim(10)
    generations = []

    def seen(phase, info):
        if phase == "start":
            generations.append(info["generation"])

    gc.collect()
    gc.callbacks.append(seen)
    try:
        breakdowns = []
        for _ in range(25):  # more than ten passes: a middle-generation one would have been due
            breakdowns.append(compute_claim(parse_claim(json.loads(json.dumps(data))), rulebook))
            assert (
                gc.get_count()[0] <= gc.get_threshold()[0]
            )  # the pass is made, not left to the next allocation
    finally:
        gc.callbacks.remove(seen)
    assert generations and set(generations) == {0}
    assert len(breakdowns[-1].lines) > 200
