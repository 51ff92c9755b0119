"""The real cases of the seeds (shared/domain/brief.md), computed against the real rule files, worked by hand."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from claims.calc import (
    ClaimInput,
    CompensationHead,
    CriminalCompensation,
    Flag,
    FundItem,
    LabourDamage,
    compute_claim,
    group_totals,
    parse_claim,
)
from claims.money import Money

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def _lines(breakdown, head):
    return [line for line in breakdown.lines if line.head == head]


def test_romania_contract_claims_basic_pay_and_unpaid_overtime_less_what_was_received(rulebook):
    # Seed 001, good practice 2: US$400 a month, overtime at twice the hourly wage, free food and lodging; on
    # arrival a 30-day unpaid "trial", US$70 a month deducted for food and lodging, 80 overtime hours unpaid in
    # the first two months, about US$235 a month received. Read here as: January (trial) nothing received,
    # February US$235 received after US$70 deducted.
    # The workplace (Romania) has no rule tables: contractual lines only, on the original approved contract.
    # Normal hours are not given, so the hourly rate rests on an assumption the line states:
    #   400 / (22 days x 8 h) = 2.272727... USD/h
    #   overtime per month: 40 h x 2 x 2.272727... = 181.8181... -> 181.82 (rounded once, per line)
    #   basic: 2 x 400.00 = 800.00; overtime 2 x 181.82 = 363.64; received -235.00
    #   total 800.00 + 363.64 - 235.00 = 928.64 USD (the US$70 deducted is inside the shortfall, shown apart)
    claim = parse_claim(json.loads((EXAMPLES / "romania-garment.json").read_text()))
    breakdown = compute_claim(claim, rulebook)
    wages = _lines(breakdown, "wages")
    basic = [line for line in wages if line.label.startswith("Basic pay under the contract")]
    assert [line.amount for line in basic] == [Money(Decimal("400.00"), "USD")] * 2
    assert "trial" in basic[0].label
    overtime = [line for line in wages if line.label.startswith("Overtime")]
    assert [line.amount.amount for line in overtime] == [Decimal("181.82")] * 2
    assert overtime[0].formula.startswith("40 h x 2 x 2.2727 USD/h")
    assert "assumed 8 h a day" in overtime[0].formula and Flag.ASSUMPTION in overtime[0].flags
    deducted = [line for line in wages if line.label.startswith("Unlawful deduction")]
    assert sum(line.amount.amount for line in deducted) == Decimal(70) and not any(
        d.counted for d in deducted
    )
    assert breakdown.totals() == {"USD": Money(Decimal("928.64"), "USD")}
    assert any(w.code == "no_rule_tables" and "'ro'" in w.message for w in breakdown.warnings)


def test_fishing_boat_fund_request_adds_to_55298_baht(rulebook):
    # Seed 004, case 2: living expenses 3,000 + medical 25,298 (actual) + vocational support 27,000 = 55,298 THB.
    claim = parse_claim(json.loads((EXAMPLES / "fishing-boat-fund.json").read_text()))
    breakdown = compute_claim(claim, rulebook)
    fund = [line for line in _lines(breakdown, "tip_fund") if line.counted]
    assert [line.amount.amount for line in fund] == [Decimal(3000), Decimal(25298), Decimal(27000)]
    assert breakdown.subtotals()["tip_fund"] == {"THB": Money(Decimal(55298), "THB")}
    assert breakdown.incomplete() == []
    # The observed rates are not legal ceilings: lines resting on them say so.
    assert Flag.UNVERIFIED in fund[0].flags and "TH-TIP-FUND-ITEMS" in fund[0].notes[0]


def _couple_member(name: str, extra_missing: list[str]) -> ClaimInput:
    items = [
        FundItem("loss_of_income", "THB", amount=Decimal(20000)),
        FundItem("living_allowance", "THB", quantity=Decimal(3), requested_on=date(2014, 8, 1)),
        FundItem("consumption_goods", "THB", amount=Decimal(3000)),
        FundItem("transport", "THB", label="transport to domicile"),
        *(FundItem(item, "THB") for item in extra_missing),
    ]
    return ClaimInput("th", date(2014, 8, 4), "THB", claimant=name, fund_items=tuple(items))


def test_couple_fund_requests_are_32000_each_and_64000_both_with_unknown_items_missing_not_zero(rulebook):
    # Seed 004, case 1: loss of income 20,000 + living allowance (3 times) 3 x 3,000 = 9,000 + consumption goods
    # 3,000 = 32,000 THB each; 64,000 for both. Transport (both) and medical treatment (husband) have no amount.
    wife = compute_claim(_couple_member("wife", []), rulebook)
    husband = compute_claim(_couple_member("husband", ["medical"]), rulebook)
    for breakdown in (wife, husband):
        assert breakdown.totals() == {"THB": Money(Decimal(32000), "THB")}
        assert breakdown.incomplete() == ["THB"]
    allowance = next(line for line in wife.lines if "living allowance" in line.label)
    assert allowance.formula.startswith("3 x 3,000.00 THB")
    missing = [line.label for line in husband.lines if line.missing]
    assert missing == ["TIP Fund: transport to domicile", "TIP Fund: medical"]
    assert all(Flag.MISSING in line.flags for line in husband.lines if line.missing)
    assert group_totals([wife, husband]) == {"THB": Money(Decimal(64000), "THB")}


def _berry_picker(n: int) -> ClaimInput:
    # A labour case: the recruitment costs lost are labour damages, not criminal compensation.
    damage = LabourDamage(
        "recruitment_costs_lost", "THB", Decimal(191374), basis="expenses demanded from the agency"
    )
    return ClaimInput("th", date(2012, 1, 1), "THB", claimant=f"plaintiff {n}", damages=(damage,))


def test_berry_pickers_43_times_191374_is_8229082_and_32_continuing_is_6123968(rulebook):
    # Seed 001, good practice 6: 43 x 191,374 = 8,229,082 THB; 11 settle, 32 x 191,374 = 6,123,968 THB.
    breakdowns = [compute_claim(_berry_picker(n), rulebook) for n in range(43)]
    assert breakdowns[0].totals() == {"THB": Money(Decimal(191374), "THB")}
    assert [line.head for line in breakdowns[0].lines] == ["damages"]
    assert group_totals(breakdowns) == {"THB": Money(Decimal(8229082), "THB")}
    assert group_totals(breakdowns[11:]) == {"THB": Money(Decimal(6123968), "THB")}


def test_berry_pickers_example_file_claims_191374(rulebook):
    claim = parse_claim(json.loads((EXAMPLES / "berry-pickers.json").read_text()))
    assert compute_claim(claim, rulebook).totals() == {"THB": Money(Decimal(191374), "THB")}


def test_petchabun_14_workers_at_49000_is_686000_and_44_at_179305_is_7889420(rulebook):
    def claim(amount: int) -> ClaimInput:
        head = CompensationHead("recruitment_costs", "THB", Decimal(amount))
        return ClaimInput("th", date(2012, 1, 1), "THB", compensation=CriminalCompensation((head,)))

    assert group_totals([compute_claim(claim(49000), rulebook)] * 14) == {
        "THB": Money(Decimal(686000), "THB")
    }
    assert group_totals([compute_claim(claim(179305), rulebook)] * 44) == {
        "THB": Money(Decimal(7889420), "THB")
    }


def test_fishing_boat_criminal_claim_records_the_proposal_and_the_victims_wish_beside_it(rulebook):
    # 570,000 THB proposed by the shelter's meeting on 28 Aug 2017; the victim wanted 1,000,000. Neither is added to
    # the claim: they are recorded beside it.
    comp = CriminalCompensation(
        (
            CompensationHead(
                "general_damages", "THB", Decimal(570000), basis="consultation meeting 28 Aug 2017"
            ),
        ),
        proposed=Decimal(570000),
        victim_wish=Decimal(1000000),
    )
    breakdown = compute_claim(ClaimInput("th", date(2017, 9, 15), "THB", compensation=comp), rulebook)
    assert breakdown.totals() == {"THB": Money(Decimal(570000), "THB")}
    wish = next(line for line in breakdown.lines if "wish" in line.label)
    assert wish.amount == Money(Decimal(1000000), "THB") and not wish.counted
