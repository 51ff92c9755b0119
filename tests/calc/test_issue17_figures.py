"""Figures a lawyer can sign (issue 17): which rate and surcharge pay in lieu carries by its dismissal date."""

from __future__ import annotations

from datetime import date

from claims.calc import compute_claim, parse_claim
from claims.calc.breakdown import line_to_dict
from claims.calc.text import render_line


def _dismissal(end: str, on: str, *, wilful: bool = True) -> dict:
    return {
        "jurisdiction": "th",
        "computed_on": on,
        "currency": "THB",
        "employment": [
            {
                "employer": "Factory",
                "start": "2018-11-01",
                "end": end,
                "pay_basis": "monthly",
                "rate": "15000",
                "currency": "THB",
                "workplace": "th",
                "province": "bangkok",
                "wilful_withholding": wilful,
                "termination": {"by_employer": True},
            }
        ],
    }


def test_pay_in_lieu_of_a_dismissal_before_5_may_2019_has_no_surcharge_and_says_why(rulebook):
    breakdown = compute_claim(parse_claim(_dismissal("2019-03-31", "2019-07-31")), rulebook)
    notice = breakdown.head("notice")
    assert notice and not [ln for ln in breakdown.head("surcharge") if "pay in lieu" in ln.label]
    assert all("s.9 para 2 covers only that money" in " ".join(ln.notes) for ln in notice)
    thai = render_line(line_to_dict(notice[0]), "th")
    assert any("มาตรา 9 วรรคสอง" in note for note in thai["notes"])
    # its interest is the civil rate of CCC s.224, also after 5 May 2019
    interest = [ln for ln in breakdown.head("interest") if "pay in lieu" in ln.label]
    assert [ln.period for ln in interest] == [(date(2019, 4, 1), date(2019, 7, 31))]
    assert "7.5% a year" in interest[0].formula
    assert any(getattr(b, "rule_id", None) == "TH-CCC-INT-DEFAULT" for b in interest[0].basis)


def test_pay_in_lieu_of_a_dismissal_from_5_may_2019_carries_the_surcharge(rulebook):
    breakdown = compute_claim(parse_claim(_dismissal("2019-05-31", "2019-07-31")), rulebook)
    surcharges = [ln for ln in breakdown.head("surcharge") if "pay in lieu" in ln.label]
    # 1 Jun - 31 Jul 2019 is 61 days: floor(61 / 7) = 8 marks of 15% of 15,000
    assert len(surcharges) == 1 and str(surcharges[0].amount.amount) == "18000.00"
    assert not any("s.9 para 2" in " ".join(ln.notes) for ln in breakdown.head("notice"))
    interest = [ln for ln in breakdown.head("interest") if "pay in lieu" in ln.label]
    assert all("15% a year" in ln.formula for ln in interest)


def test_no_surcharge_on_pay_in_lieu_without_wilful_withholding(rulebook):
    breakdown = compute_claim(parse_claim(_dismissal("2019-05-31", "2019-07-31", wilful=False)), rulebook)
    assert not breakdown.head("surcharge")
    assert not any("s.9 para 2" in " ".join(ln.notes) for ln in breakdown.head("notice"))
