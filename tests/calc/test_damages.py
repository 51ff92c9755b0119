"""Labour damages (the claim's "damages"): recruitment costs and travel lost through the employer's or the agency's
breach, unfair-dismissal damages, other damages. Each is a line of the labour forum with its rule and the lawyer's
basis; a missing amount is missing, never zero; criminal compensation stays criminal."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.calc import compute_claim, parse_claim
from claims.calc.breakdown import Forum, Head, head_forum
from claims.calc.lines import Flag
from claims.calc.parse import InputError
from claims.money import Money
from claims.rules.loader import load_rulebook
from tests.factories import wage_claim

BOOK = load_rulebook()


def _claim(*damages: dict, **extra) -> dict:
    doc = wage_claim()
    doc["damages"] = list(damages)
    doc.update(extra)
    return doc


def _lines(doc: dict, head: str = Head.DAMAGES):
    return compute_claim(parse_claim(doc), BOOK).head(head)


def test_each_head_of_damages_is_a_counted_labour_line_with_its_rule_and_the_lawyers_basis():
    doc = _claim(
        {
            "kind": "recruitment_costs_lost",
            "amount": "191374",
            "description": "service charge paid for the job in Sweden",
            "basis": "the agency sent the workers to a job not as promised",
            "on": "2024-03-01",
        },
        {"kind": "travel_costs_lost", "amount": "18000"},
        {"kind": "unfair_dismissal", "amount": "30000"},
        {"kind": "other_damages", "amount": "5000", "basis": "passport withheld: CCC s.420"},
    )
    breakdown = compute_claim(parse_claim(doc), BOOK)
    lines = breakdown.head(Head.DAMAGES)
    assert [line.amount for line in lines] == [
        Money(Decimal(v), "THB") for v in ("191374.00", "18000.00", "30000.00", "5000.00")
    ]
    assert all(line.counted for line in lines)
    assert head_forum(Head.DAMAGES) is Forum.LABOUR
    assert lines[0].label == "recruitment costs lost: service charge paid for the job in Sweden"
    recruitment = lines[0].basis_text()
    assert "ESPA s.46" in recruitment or "s.46" in recruitment
    assert "the agency sent the workers to a job not as promised" in recruitment
    assert Flag.UNVERIFIED not in lines[0].flags  # ESPA s.46 is verified in the rule book
    assert "TH-LCA-UNFAIR-DISMISSAL" in lines[2].basis_text() and "s.49" in lines[2].basis_text()
    assert Flag.UNVERIFIED in lines[2].flags  # the rule book does not quote s.49
    assert "passport withheld: CCC s.420" in lines[3].basis_text() and Flag.UNVERIFIED in lines[3].flags
    assert breakdown.subtotal(Head.DAMAGES, "THB") == Money(Decimal("244374.00"), "THB")
    assert "มาตรา 49" in lines[2].basis_text("th")


def test_a_head_of_damages_without_an_amount_is_missing_never_zero():
    (line,) = _lines(_claim({"kind": "unfair_dismissal"}))
    assert line.amount is None and Flag.MISSING in line.flags
    assert line.formula == "amount not known yet"


def test_other_damages_need_their_basis_and_a_kind_must_be_known():
    with pytest.raises(InputError) as error:
        parse_claim(_claim({"kind": "other_damages", "amount": "100"}))
    assert "damages[0].basis" in str(error.value)
    with pytest.raises(InputError, match="must be one of"):
        parse_claim(_claim({"kind": "recruitment_costs", "amount": "100"}))
    with pytest.raises(InputError, match="must not be negative"):
        parse_claim(_claim({"kind": "travel_costs_lost", "amount": "-1"}))


def test_criminal_compensation_stays_criminal_and_the_fund_goes_to_the_fund():
    assert head_forum(Head.COMPENSATION) is Forum.CRIMINAL
    assert head_forum(Head.TIP_FUND) is Forum.FUND
    for head in (
        Head.WAGES,
        Head.SEVERANCE,
        Head.NOTICE,
        Head.LEAVE,
        Head.INTEREST,
        Head.SURCHARGE,
        Head.FEES,
    ):
        assert head_forum(head) is Forum.LABOUR
    assert head_forum("something_new") is Forum.NONE  # claimed nowhere rather than in the wrong court
