"""The ESPA s.46 refund-request deadline follows the same scope as the refund: a Thai agency sending a worker abroad."""

from __future__ import annotations

from datetime import date

import pytest

from claims.services.deadlines.facts import WorkFacts


def _doc(destination: str | None) -> dict:
    rec = {
        "placement": "th",
        "outcome": "not_as_promised",
        "fees": [
            {
                "kind": "service_fee",
                "payee": "Agency",
                "amount": "3000",
                "paid_on": "2024-05-02",
                "ilo_category": "fee",
            }
        ],
    }
    if destination:
        rec["destination"] = destination
    return {"jurisdiction": "th", "computed_on": "2024-12-31", "currency": "THB", "recruitment": rec}


@pytest.mark.parametrize(
    ("destination", "paid_on"), [(None, date(2024, 5, 2)), ("se", date(2024, 5, 2)), ("th", None)]
)
def test_only_a_fee_for_work_abroad_starts_the_s46_refund_request(destination, paid_on):
    facts = WorkFacts()
    facts.read(_doc(destination))
    assert facts.agency_fee_paid_on == paid_on
