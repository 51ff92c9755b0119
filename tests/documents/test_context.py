"""The claim table from a stored breakdown: rows by head that add up to the engine's total, missing amounts
never read as zero, and the context kept as JSON that gives back the same values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claims.calc import compute_claim, parse_claim, to_dict
from claims.documents.context import (
    ContextError,
    claim_from_result,
    from_json,
    fund_items_from,
    fund_total,
    to_json,
)
from claims.documents.render import Verbatim
from claims.money import Money
from claims.rules.loader import load_rulebook
from tests.factories import wage_claim


@pytest.fixture(scope="module")
def wage_result():
    return to_dict(compute_claim(parse_claim(wage_claim()), load_rulebook()))


def test_rows_by_head_add_up_to_the_breakdown_total(wage_result):
    claim = claim_from_result(wage_result, "en")
    heads = [row["head"] for row in claim["rows"]]
    assert heads == ["wages", "interest", "surcharge"]
    assert [row["amount"] for row in claim["rows"]] == [
        Money(Decimal("12000.00"), "THB"),
        Money(Decimal("147.95"), "THB"),
        Money(Decimal("7200.00"), "THB"),
    ]
    assert claim["total"] == Money(Decimal("19347.95"), "THB")
    assert claim["interest"] == Money(Decimal("7347.95"), "THB")
    assert claim["principal"] == Money(Decimal("12000.00"), "THB")
    assert claim["rows"][0]["period_from"] == date(2024, 1, 1)
    assert claim["total_words"] == "nineteen thousand three hundred forty-seven baht and ninety-five satang"
    # the statutory-floor line is shown in the annex but not counted in the table
    assert any(not line["counted"] for line in claim["lines"])
    assert len(claim["lines"]) == len(wage_result["lines"])


def test_thai_total_in_words(wage_result):
    claim = claim_from_result(wage_result, "th")
    assert claim["total_words"] == "หนึ่งหมื่นเก้าพันสามร้อยสี่สิบเจ็ดบาทเก้าสิบห้าสตางค์"


def test_a_table_that_would_not_add_up_is_refused(wage_result):
    broken = dict(wage_result, totals={"THB": "19347.96"})
    with pytest.raises(ContextError, match="adds up to 19347.95"):
        claim_from_result(broken, "en")


def test_no_calculation_gives_no_claim():
    assert claim_from_result(None, "th") is None


def test_fund_item_without_amount_is_unknown_not_zero():
    result = {
        "totals": {"THB": "3000.00"},
        "lines": [
            {
                "head": "tip_fund",
                "label": "TIP Fund: living expenses",
                "amount": "3000.00",
                "currency": "THB",
                "formula": "1 x 3,000.00 THB",
                "basis": [],
                "flags": [],
                "counted": True,
                "notes": [],
            },
            {
                "head": "tip_fund",
                "label": "TIP Fund: transport home",
                "amount": None,
                "currency": "THB",
                "formula": "amount not known",
                "basis": [],
                "flags": ["missing"],
                "counted": True,
                "notes": [],
            },
        ],
    }
    items = fund_items_from(result, [{"evidence": "shelter record"}, {"evidence": "tickets"}], "en")
    assert [item["known"] for item in items] == [True, False]
    assert items[1]["amount"] is None
    assert items[0]["evidence"] == "shelter record"
    assert fund_total(items) == Money(Decimal("3000.00"), "THB")


def test_context_json_round_trip(wage_result):
    context = {
        "claim": claim_from_result(wage_result, "th"),
        "id": Verbatim("AB123"),
        "nested": [{"day": date(2017, 4, 11), "n": Decimal("1.5"), "none": None}],
    }
    back = from_json(to_json(context))
    assert back == context
    assert isinstance(back["id"], Verbatim)


def _mixed_result() -> dict:
    claim = wage_claim()
    claim["fund_items"] = [{"item": "living_expenses", "amount": "3000", "currency": "THB"}]
    claim["compensation"] = {
        "case": "criminal case",
        "heads": [{"kind": "general_damages", "amount": "50000", "currency": "THB"}],
    }
    return to_dict(compute_claim(parse_claim(claim), load_rulebook()))


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_annex_claim_totals_each_payer_apart_never_one_grand_total(language):
    # TH-TIP-COMP-HEADS: the Fund's items and criminal compensation are paid by other payers in other procedures
    claim = claim_from_result(_mixed_result(), language)
    assert claim["total"] == Money(Decimal("19347.95"), "THB")  # the labour claim: the main forum
    assert [(t["forum"], t["total"].amount, t["main"]) for t in claim["forum_totals"]] == [
        ("labour", Decimal("19347.95"), True),
        ("criminal", Decimal("50000"), False),
        ("fund", Decimal("3000"), False),
    ]
    assert [t["forum"] for t in claim["other_totals"]] == ["criminal", "fund"]
    assert claim["principal"] == Money(Decimal("12000.00"), "THB")
    words = claim["other_totals"][0]["total_words"]
    assert words == ("ห้าหมื่นบาทถ้วน" if language == "th" else "fifty thousand baht")


def test_a_forum_total_that_the_rows_do_not_make_is_refused():
    result = _mixed_result()
    result["forum_totals"]["fund"] = {"THB": "3000.01"}
    with pytest.raises(ContextError, match="fund rows add up to 3000"):
        claim_from_result(result, "en")


def test_a_labour_filing_shows_only_the_labour_total():
    claim = claim_from_result(_mixed_result(), "th", forum="labour")
    assert claim["total"] == Money(Decimal("19347.95"), "THB") and claim["other_totals"] == []
