"""The settlement comparison (claims/calc/settlement.py): hand-worked examples, properties, warnings and refusals.

The hand-worked examples run on the real rule book (th.usury.loan_cap = 15% a year since the Code); the properties
on the small code-built book of conftest.py, which has the same cap.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.calc import (
    Comparison,
    CourtPath,
    Instalment,
    Loan,
    OfferTerms,
    Payment,
    Text,
    compare,
    split_lump_sum,
)
from claims.calc.texts import en
from claims.money import CurrencyMismatch, Money
from claims.rules.model import RuleCitation, Unit
from claims.rules.thai import has_thai_script
from tests.calc.conftest import book, make_mini_book, rule

BOOK = make_mini_book()
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DECIDED = date(2025, 7, 1)


def thb(amount) -> Money:
    return Money(Decimal(str(amount)), "THB")


def keys(texts) -> list[str]:
    return [text.key for text in texts if isinstance(text, Text)]


# --- the claimant of the hand-worked examples ----------------------------------------------------------------------

INFORMAL = Loan("informal lender", thb(80000), date(2010, 5, 1), Decimal("0.03"), "month")
AGENCY = Loan("agency", thb(50000), date(2024, 7, 1), Decimal("0.02"), "month", collateral="land title deed")
LOANS = (INFORMAL, AGENCY)
COURT = CourtPath(
    claim=thb("191374.00"),
    chance_of_winning=Decimal("0.8"),
    share_collected=Decimal("0.9"),
    months_to_judgment=18,
    months_to_payment=6,
    hearings=6,
    cost_per_hearing=thb(2500),
)
CASH_OFFER = OfferTerms(
    decided_on=DECIDED, cash=thb(60000), cancels=("agency",), returns_collateral=("land title deed",)
)


def test_a_cash_offer_worked_by_hand(rulebook):
    """60,000 THB cash against a 191,374.00 THB claim; the offer cancels the agency's loan and returns the deed.

    Caps (CCC s.654, 15% a year, looked up on each loan's date): informal 3% a month = 36% a year > 15%, and the
    agency's 2% a month = 24% a year > 15%: both grow at 15% / 12 = 1.25% a month, simple.
    Dates: decided 2025-07-01 (month 0); judgment 18 months later, 2027-01-01; payment 6 months after, 2027-07-01
    (month 24, compared_on).
    Informal loan, from 2010-05-01: to 2025-07-01 is 182 months, 80,000 x 1.25% x 182 = 182,000 interest, balance
      262,000.00; to 2027-07-01 is 206 months, 80,000 x 1.25% x 206 = 206,000, balance 286,000.00.
    Agency loan, from 2024-07-01: 12 months, 50,000 x 1.25% x 12 = 7,500, balance 57,500.00; 36 months at payment,
      22,500, balance 72,500.00.
    Accept, on 2027-07-01: in hand 60,000.00; debt 286,000.00 (the agency's is cancelled); net -226,000.00.
    Court, expected: award 191,374 x 0.8 x 0.9 = 191,374 x 0.72 = 137,789.28; hearings 6 x 2,500 = 15,000 paid by
      judgment; in hand 137,789.28 - 15,000 = 122,789.28; debts 286,000 + 72,500 = 358,500.00;
      net 122,789.28 - 358,500 = -235,710.72.
    Best: 191,374 - 15,000 - 358,500 = -182,126.00. Worst: 0 - 15,000 - 358,500 = -373,500.00.
    Break-even cash c: c - 286,000 = -235,710.72, so c = 50,289.28 (= award - costs - the agency's debt at payment:
      137,789.28 - 15,000 - 72,500). The offer of 60,000 is 9,710.72 above it.
    Month 9 (2026-04-01): informal 191 months, 80,000 + 191,000 = 271,000; agency 21 months, 50,000 + 13,125 =
      63,125; accept -> 60,000 - 271,000 = -211,000; court -> costs 15,000 x 9/18 = 7,500 paid, -7,500 - 334,125 =
      -341,625.
    Warning: the offer (60,000) and the debt it cancels (57,500) come to 117,500, less than all the debts today
      (262,000 + 57,500 = 319,500): 202,000 would still be owed.
    """
    result = compare(CASH_OFFER, COURT, LOANS, rulebook)
    assert isinstance(result, Comparison)
    assert result.currency == "THB" and result.compared_on == date(2027, 7, 1)
    assert result.accept_net == thb("-226000.00")
    assert result.court_expected_net == thb("-235710.72")
    assert result.court_best_net == thb("-182126.00")
    assert result.court_worst_net == thb("-373500.00")
    assert result.break_even_cash == thb("50289.28")
    assert result.offer_scheduled_total == result.offer_expected_total == thb(60000)
    assert result.instalments_at_risk == thb(0)

    informal, agency = result.debts
    assert (informal.lender, informal.collateral, informal.cancelled_by_offer) == (
        "informal lender",
        None,
        False,
    )
    assert (informal.today, informal.at_payment) == (thb(262000), thb(286000))
    assert (agency.lender, agency.collateral, agency.cancelled_by_offer) == (
        "agency",
        "land title deed",
        True,
    )
    assert (agency.today, agency.at_payment) == (thb(57500), thb(72500))
    assert informal.rate_text.english() == "3% a month, capped at 15% a year"
    assert informal.rate_text.render("th") == "ร้อยละ 3 ต่อเดือน ลดลงเหลืออัตราสูงสุดตามกฎหมายร้อยละ 15 ต่อปี"
    assert agency.rate_text.english() == "2% a month, capped at 15% a year"
    assert result.collateral_returned == ("land title deed",) and result.collateral_kept == ()

    assert len(result.months) == 25 and [p.month for p in result.months] == list(range(25))
    start, month9, judgment, paid = result.months[0], result.months[9], result.months[18], result.months[24]
    assert (start.on, start.accept_in_hand, start.accept_debt) == (DECIDED, thb(60000), thb(262000))
    assert (start.court_in_hand, start.court_debt, start.court_net) == (thb(0), thb(319500), thb(-319500))
    assert start.accept_net == thb(-202000)
    assert month9.on == date(2026, 4, 1)
    assert (month9.accept_debt, month9.accept_net) == (thb(271000), thb(-211000))
    assert (month9.court_in_hand, month9.court_debt, month9.court_net) == (
        thb(-7500),
        thb(334125),
        thb(-341625),
    )
    assert judgment.on == date(2027, 1, 1) and judgment.court_in_hand == thb(
        -15000
    )  # all costs paid, no award
    assert paid.court_in_hand == thb("122789.28") and paid.court_debt == thb(358500)

    assert keys(result.warnings) == ["settlement.warn.offer_below_debts"]
    assert result.warnings[0].english() == (
        "This offer and the debts it cancels come to 117,500.00 THB, less than all the debts today, "
        "319,500.00 THB. After accepting, 202,000.00 THB of debt would still be owed."
    )
    assert "202,000.00 บาท" in result.warnings[0].render("th")
    cited = [item for item in result.basis if isinstance(item, RuleCitation)]
    assert [c.rule for c in cited] == ["th.usury.loan_cap"]  # once, though both loans are capped
    assert (
        keys(result.basis)
        == [
            "settlement.basis.usury_effect",  # above the cap, Thai law may void all the interest: said, with its rule
            "settlement.basis.net_position",
            "settlement.basis.loan_month",
            "settlement.basis.court_path",
        ]
    )
    court_words = next(
        item for item in result.basis if getattr(item, "key", "") == "settlement.basis.court_path"
    )
    assert court_words.english() == (
        "Court path: the claim 191,374.00 THB x 80% chance of winning x 90% collected = 137,789.28 THB, paid on "
        "2027-07-01; 6 hearings x 2,500.00 THB = 15,000.00 THB, paid evenly until judgment on 2027-01-01"
    )


def test_an_instalment_offer_worked_by_hand(rulebook):
    """30,000 THB now and 3 x 20,000 THB monthly (2025-08-01, 09-01, 10-01), 20% risk; the same claimant and court.

    Instalments: the first counts in full, 20,000; the second 20,000 x 0.8 = 16,000; the third 20,000 x 0.8^2 =
      20,000 x 0.64 = 12,800. Expected 30,000 + 20,000 + 16,000 + 12,800 = 78,800.00; scheduled 30,000 + 60,000 =
      90,000.00; at risk 90,000 - 78,800 = 11,200.00.
    In hand: month 0 30,000; month 1 50,000; month 2 66,000; month 3 onwards 78,800.
    Month 1 (2025-08-01): informal 183 months, 80,000 + 183,000 = 263,000; net 50,000 - 263,000 = -213,000.
    On 2027-07-01: accept 78,800 - 286,000 = -207,200.00; court as before, -235,710.72.
    Break-even cash with the same instalments: c + 48,800 - 286,000 = -235,710.72, so c = 1,489.28.
    """
    terms = OfferTerms(
        decided_on=DECIDED,
        cash=thb(30000),
        instalments=tuple(Instalment(date(2025, month, 1), thb(20000)) for month in (8, 9, 10)),
        cancels=("agency",),
        returns_collateral=("land title deed",),
        instalment_risk=Decimal("0.2"),
    )
    result = compare(terms, COURT, LOANS, rulebook)
    assert result.offer_scheduled_total == thb(90000)
    assert result.offer_expected_total == thb(78800)
    assert result.instalments_at_risk == thb(11200)
    assert [p.accept_in_hand for p in result.months[:5]] == [
        thb(v) for v in (30000, 50000, 66000, 78800, 78800)
    ]
    assert result.months[1].accept_net == thb(-213000)
    assert result.accept_net == thb("-207200.00")
    assert result.court_expected_net == thb("-235710.72")
    assert result.break_even_cash == thb("1489.28")
    assert keys(result.warnings) == [
        "settlement.warn.offer_below_debts",
        "settlement.warn.instalments_at_risk",
    ]
    assert result.warnings[1].english() == (
        "11,200.00 THB of the 60,000.00 THB promised in instalments may never be paid: "
        "the chance that each later instalment is missed is put at 20%."
    )
    assert "settlement.basis.instalments" in keys(result.basis)


def test_a_group_lump_sum_split_worked_by_hand():
    """1,000,000 THB across claims of 191,374 / 179,305 / 55,298 (together 425,977), pro rata.

    Exact shares: 1,000,000 x 191,374 / 425,977 = 449,258.99755...; x 179,305 / 425,977 = 420,926.48194...;
      x 55,298 / 425,977 = 129,814.52050...
    Rounded down to the satang: 449,258.99 + 420,926.48 + 129,814.52 = 999,999.99: one satang left, which goes to
      the largest remainder (0.755 of a satang, the first claimant): 449,259.00 / 420,926.48 / 129,814.52.
    """
    parts = split_lump_sum(thb(1000000), {"BP-01": thb(191374), "BP-02": thb(179305), "BP-03": thb(55298)})
    assert parts == {"BP-01": thb("449259.00"), "BP-02": thb("420926.48"), "BP-03": thb("129814.52")}
    assert sum((p.amount for p in parts.values()), Decimal(0)) == Decimal(1000000)


# --- properties ----------------------------------------------------------------------------------------------------


@st.composite
def loans(draw, rate_zero: bool = False, positive_rate: bool = False) -> Loan:
    per = draw(st.sampled_from(["month", "year"]))
    top = 500 if per == "month" else 4000  # in hundredths of a percent: up to 5% a month, 40% a year
    rate = Decimal(0) if rate_zero else Decimal(draw(st.integers(1 if positive_rate else 0, top))) / 10000
    taken = draw(st.dates(date(2012, 1, 1), DECIDED))
    principal = draw(st.integers(100, 20_000_000))  # satang
    # Two repayments of less than half the principal each never overpay the loan: an overpaid loan has a negative
    # balance, on which the contract rate runs for the claimant (the debt calculator's balance, as recorded).
    repayments = tuple(
        Payment(
            draw(st.dates(taken, DECIDED)), thb(Decimal(draw(st.integers(1, (principal - 1) // 2))) / 100)
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    return Loan(
        lender=draw(st.sampled_from(["agency", "money lender", "relative", "shop"])),
        principal=thb(Decimal(principal) / 100),
        taken_on=taken,
        rate=rate,
        rate_per=per,
        method=draw(st.sampled_from(["simple", "compound"])),
        repayments=tuple(sorted(repayments, key=lambda p: p.on)),
        collateral=draw(st.sampled_from([None, "land title deed", "passport"])),
    )


fractions_01 = st.integers(0, 100).map(lambda n: Decimal(n) / 100)
satang = st.integers(0, 100_000_000).map(lambda n: thb(Decimal(n) / 100))


@st.composite
def courts(draw) -> CourtPath:
    return CourtPath(
        claim=draw(satang),
        chance_of_winning=draw(fractions_01),
        share_collected=draw(fractions_01),
        months_to_judgment=draw(st.integers(0, 30)),
        months_to_payment=draw(st.integers(0, 18)),
        hearings=draw(st.integers(0, 10)),
        cost_per_hearing=thb(draw(st.integers(0, 500_000)) / Decimal(100)),
    )


@st.composite
def offers(draw, lenders: list[str]) -> OfferTerms:
    count = draw(st.integers(0, 4))
    instalments = tuple(
        Instalment(date(2025, 7 + n, 1) if n < 6 else date(2026, n - 5, 1), draw(satang))
        for n in range(count)
    )
    return OfferTerms(
        decided_on=DECIDED,
        cash=draw(satang),
        instalments=instalments,
        cancels=tuple(draw(st.sets(st.sampled_from(lenders)))) if lenders else (),
        instalment_risk=draw(fractions_01),
    )


@st.composite
def cases(draw, positive_rate: bool = False):
    drawn = draw(st.lists(loans(positive_rate=positive_rate), max_size=3))
    return draw(offers(sorted({loan.lender for loan in drawn}))), draw(courts()), drawn


@SETTINGS
@given(cases())
def test_without_the_months_between_every_figure_is_the_same(case):
    """A group's table asks for today and the day of payment only: every figure but the chart's months must be
    what the month-by-month comparison gives, and its two months that comparison's first and last."""
    terms, court, drawn = case
    full = compare(terms, court, drawn, BOOK)
    ends = compare(terms, court, drawn, BOOK, month_by_month=False)
    # Texts compare by identity: the words they make are compared instead
    assert [str(text) for text in ends.warnings] == [str(text) for text in full.warnings]
    assert [str(item) for item in ends.basis] == [str(item) for item in full.basis]
    assert [replace(row, rate_text=str(row.rate_text)) for row in ends.debts] == [
        replace(row, rate_text=str(row.rate_text)) for row in full.debts
    ]
    assert replace(ends, months=(), warnings=(), basis=(), debts=()) == replace(
        full, months=(), warnings=(), basis=(), debts=()
    )
    assert ends.months == tuple(dict.fromkeys((full.months[0], full.months[-1])))


@SETTINGS
@given(cases(), satang)
def test_a_higher_cash_offer_never_makes_accepting_look_worse(case, more):
    terms, court, drawn = case
    lower = compare(terms, court, drawn, BOOK)
    higher = compare(replace(terms, cash=terms.cash + more), court, drawn, BOOK)
    assert higher.accept_net >= lower.accept_net
    assert all(h.accept_net >= lo.accept_net for h, lo in zip(higher.months, lower.months, strict=True))
    assert higher.court_expected_net == lower.court_expected_net
    assert (
        higher.break_even_cash == lower.break_even_cash
    )  # the break-even does not depend on the cash offered


@SETTINGS
@given(st.lists(loans(rate_zero=True), max_size=3), satang, satang)
def test_without_interest_delay_costs_or_risk_the_break_even_is_the_full_claim(drawn, claim, cash):
    court = CourtPath(claim, Decimal(1), Decimal(1), 0, 0, 0, thb(0))
    result = compare(OfferTerms(DECIDED, cash), court, drawn, BOOK)
    assert result.break_even_cash == claim
    assert result.compared_on == DECIDED and len(result.months) == 1


@SETTINGS
@given(cases(positive_rate=True), st.integers(1, 24), st.booleans())
def test_more_months_of_delay_never_raise_the_expected_court_net(case, extra, at_judgment):
    terms, court, drawn = case
    later = (
        replace(court, months_to_judgment=court.months_to_judgment + extra)
        if at_judgment
        else replace(court, months_to_payment=court.months_to_payment + extra)
    )
    assert (
        compare(terms, later, drawn, BOOK).court_expected_net
        <= compare(terms, court, drawn, BOOK).court_expected_net
    )


@SETTINGS
@given(cases())
def test_accepting_the_break_even_cash_equals_the_expected_court_path(case):
    terms, court, drawn = case
    result = compare(terms, court, drawn, BOOK)
    # every satang offered above the break-even is a satang better than the expected court path, and below it worse
    assert result.accept_net - result.court_expected_net == terms.cash - result.break_even_cash
    if result.break_even_cash.amount >= 0:
        again = compare(replace(terms, cash=result.break_even_cash), court, drawn, BOOK)
        assert again.accept_net == result.court_expected_net


@SETTINGS
@given(cases())
def test_every_figure_is_in_satang_and_the_sheet_adds_up(case):
    terms, court, drawn = case
    result = compare(terms, court, drawn, BOOK)
    for point in result.months:
        for figure in (point.accept_in_hand, point.accept_debt, point.court_in_hand, point.court_debt):
            assert figure.amount == figure.amount.quantize(Decimal("0.01"))
        assert point.accept_net == point.accept_in_hand - point.accept_debt
        assert point.court_net == point.court_in_hand - point.court_debt
    last = result.months[-1]
    assert last.court_debt == sum((row.at_payment for row in result.debts), thb(0))
    assert last.accept_debt == sum(
        (row.at_payment for row in result.debts if not row.cancelled_by_offer), thb(0)
    )
    assert result.months[0].court_debt == sum((row.today for row in result.debts), thb(0))
    assert result.instalments_at_risk == result.offer_scheduled_total - result.offer_expected_total
    assert result.instalments_at_risk.amount >= 0
    assert result.court_worst_net <= result.court_expected_net <= result.court_best_net
    assert (result.accept_net, result.court_expected_net) == (last.accept_net, last.court_net)


@SETTINGS
@given(
    st.integers(0, 10**12).map(lambda n: thb(Decimal(n) / 100)),
    st.lists(st.integers(0, 10**9), min_size=1, max_size=40).filter(any),
)
def test_split_parts_add_up_to_the_total_and_each_is_within_a_satang_of_its_share(total, claims):
    shares = {f"BP-{i:02}": thb(Decimal(claim) / 100) for i, claim in enumerate(claims)}
    parts = split_lump_sum(total, shares)
    assert list(parts) == list(shares)
    assert sum((part.amount for part in parts.values()), Decimal(0)) == total.amount
    whole = sum(Fraction(share.amount) for share in shares.values())
    for key, part in parts.items():
        exact = Fraction(total.amount) * Fraction(shares[key].amount) / whole
        assert abs(Fraction(part.amount) - exact) < Fraction(1, 100)
        assert part.currency == "THB" and part.amount == part.amount.quantize(Decimal("0.01"))


# --- debts and caps ------------------------------------------------------------------------------------------------


def _court(**kwargs) -> CourtPath:
    values = dict(
        claim=thb(100000),
        chance_of_winning=Decimal(1),
        share_collected=Decimal(1),
        months_to_judgment=12,
        months_to_payment=0,
        hearings=0,
        cost_per_hearing=thb(0),
    )
    return CourtPath(**{**values, **kwargs})


def test_a_loan_within_the_cap_grows_at_its_contract_rate():
    loan = Loan("relative", thb(12000), date(2025, 1, 1), Decimal("0.01"), "month")  # 12% a year
    result = compare(OfferTerms(DECIDED, thb(0)), _court(), [loan], BOOK)
    # 6 months to decided_on: 12,000 x 1% x 6 = 720; 18 months to payment: 2,160
    assert (result.debts[0].today, result.debts[0].at_payment) == (thb(12720), thb(14160))
    assert result.debts[0].rate_text.english() == "1% a month, within the legal cap of 15% a year"
    assert "settlement.basis.usury_effect" not in keys(result.basis)


def test_a_yearly_loan_above_the_cap_is_counted_at_the_cap():
    loan = Loan("shop", thb(10000), date(2024, 7, 1), Decimal("0.30"), "year", method="compound")
    result = compare(OfferTerms(DECIDED, thb(0)), _court(), [loan], BOOK)
    # 365 days to 2025-07-01: 10,000 x 15% = 1,500, capitalised at the anniversary: 11,500; a year later 13,225
    assert (result.debts[0].today, result.debts[0].at_payment) == (thb(11500), thb(13225))
    assert result.debts[0].rate_text.english() == "30% a year, compounded, capped at 15% a year"


def test_without_a_cap_rule_the_contract_rate_counts_and_a_warning_says_so():
    loans_ = [
        Loan("recruiter", thb(10000), date(2025, 1, 1), Decimal("0.05"), "month"),
        Loan("lender", thb(1000), date(2025, 1, 1), Decimal("0.05"), "month"),
    ]
    result = compare(OfferTerms(DECIDED, thb(0)), _court(), loans_, BOOK, jurisdiction="ph")
    # 6 months at 5%: 10,000 x 30% = 3,000 (the Thai cap would have allowed 750)
    assert result.debts[0].today == thb(13000)
    assert result.debts[0].rate_text.english() == "5% a month, no legal cap found"
    assert keys(result.warnings).count("settlement.warn.no_cap") == 1  # once per jurisdiction, not per loan
    assert "for PH" in result.warnings[0].english()
    assert not any(isinstance(item, RuleCitation) for item in result.basis)


def test_a_loan_s_own_jurisdiction_picks_its_cap():
    loan = Loan("lender", thb(10000), date(2025, 1, 1), Decimal("0.05"), "month", jurisdiction="th")
    result = compare(OfferTerms(DECIDED, thb(0)), _court(), [loan], BOOK, jurisdiction="ph")
    assert result.debts[0].today == thb(10750)  # 6 months at 1.25%
    assert "settlement.warn.no_cap" not in keys(result.warnings)


def test_a_cap_not_in_force_on_the_loan_date_is_a_warning_not_a_zero():
    late_cap = book(rule("th.usury.loan_cap", Unit.RATE_PER_YEAR, (date(2025, 3, 1), Decimal("0.15"))))
    loan = Loan("lender", thb(10000), date(2025, 1, 1), Decimal("0.05"), "month")
    result = compare(OfferTerms(DECIDED, thb(0)), _court(), [loan], late_cap)
    assert result.debts[0].today == thb(13000)
    assert keys(result.warnings) == ["settlement.warn.cap_not_in_force", "settlement.warn.offer_below_debts"]
    assert "2025-01-01" in result.warnings[0].english()


def test_a_loan_counts_nothing_before_it_is_taken():
    loan = Loan("shop", thb(5000), date(2025, 9, 15), Decimal(0), "month")
    result = compare(OfferTerms(DECIDED, thb(0)), _court(), [loan], BOOK)
    assert [p.court_debt for p in result.months[:4]] == [thb(0), thb(0), thb(0), thb(5000)]


def test_repayments_as_recorded_reduce_the_balance():
    loan = Loan(
        "agency",
        thb(10000),
        date(2025, 1, 1),
        Decimal("0.01"),
        "month",
        repayments=(Payment(date(2025, 4, 1), thb(2300)),),
    )
    result = compare(OfferTerms(DECIDED, thb(0)), _court(), [loan], BOOK)
    # 3 months: interest 300, the 2,300 pays it and 2,000 of principal: 8,000; 3 more months at 1%: 240
    assert result.debts[0].today == thb(8240)


def test_debts_to_other_lenders_are_the_same_on_both_paths():
    result = compare(CASH_OFFER, COURT, LOANS, BOOK)
    informal = result.debts[0]
    assert result.months[-1].accept_debt == informal.at_payment
    assert result.months[-1].court_debt - result.months[-1].accept_debt == result.debts[1].at_payment


# --- the court path ------------------------------------------------------------------------------------------------


def test_hearing_costs_are_spread_evenly_until_judgment_and_the_award_comes_at_payment():
    court = _court(months_to_judgment=4, months_to_payment=2, hearings=3, cost_per_hearing=thb(1000))
    result = compare(OfferTerms(DECIDED, thb(0)), court, [], BOOK)
    assert [p.court_in_hand for p in result.months] == [
        thb(0),
        thb(-750),
        thb(-1500),
        thb(-2250),
        thb(-3000),
        thb(-3000),
        thb(97000),
    ]
    assert (result.court_best_net, result.court_worst_net) == (thb(97000), thb(-3000))


def test_hearing_costs_with_judgment_at_once_are_paid_at_month_zero():
    court = _court(months_to_judgment=0, months_to_payment=2, hearings=2, cost_per_hearing=thb(100))
    result = compare(OfferTerms(DECIDED, thb(0)), court, [], BOOK)
    assert [p.court_in_hand for p in result.months] == [thb(-200), thb(-200), thb(99800)]


def test_expected_award_is_claim_times_chance_times_share():
    court = _court(chance_of_winning=Decimal("0.5"), share_collected=Decimal("0.33"), claim=thb("1000.01"))
    result = compare(OfferTerms(DECIDED, thb(0)), court, [], BOOK)
    assert result.court_expected_net == thb("165.00")  # 1,000.01 x 0.165 = 165.00165


def test_a_court_path_longer_than_two_years_is_warned():
    at_limit = compare(OfferTerms(DECIDED, thb(0)), _court(months_to_judgment=24), [], BOOK)
    assert "settlement.warn.long_court_path" not in keys(at_limit.warnings)
    longer = compare(
        OfferTerms(DECIDED, thb(0)), _court(months_to_judgment=20, months_to_payment=5), [], BOOK
    )
    assert keys(longer.warnings) == ["settlement.warn.long_court_path"]
    assert longer.warnings[0].english().startswith("The court path takes 25 months, more than 24.")


def test_a_break_even_above_the_claim_is_warned():
    # the claimant overpaid the agency: cancelling the loan gives up 500 THB the agency owes back
    overpaid = Loan(
        "agency",
        thb(1000),
        date(2025, 1, 1),
        Decimal(0),
        "month",
        repayments=(Payment(date(2025, 2, 1), thb(1500)),),
    )
    terms = OfferTerms(DECIDED, thb(0), cancels=("agency",))
    result = compare(terms, _court(months_to_judgment=0), [overpaid], BOOK)
    assert result.break_even_cash == thb(100500)
    assert keys(result.warnings) == ["settlement.warn.break_even_above_claim"]


# --- instalments and collateral ------------------------------------------------------------------------------------


def test_instalments_due_after_the_court_would_pay_are_not_in_the_net_positions():
    terms = OfferTerms(
        DECIDED,
        thb(1000),
        instalments=(Instalment(date(2025, 8, 1), thb(500)), Instalment(date(2026, 12, 1), thb(700))),
    )
    result = compare(terms, _court(months_to_judgment=3), [], BOOK)
    assert result.offer_scheduled_total == result.offer_expected_total == thb(2200)
    assert result.accept_net == thb(1500)
    assert keys(result.warnings) == [
        "settlement.warn.instalments_counted_as_paid",
        "settlement.warn.instalments_after_payment",
    ]
    assert result.warnings[1].english().startswith("Instalments of 700.00 THB fall due after 2025-10-01,")


def test_instalments_are_weighted_in_order_of_due_date_whatever_order_they_are_given_in():
    instalments = (Instalment(date(2025, 9, 1), thb(100)), Instalment(date(2025, 8, 1), thb(1000)))
    terms = OfferTerms(DECIDED, thb(0), instalments=instalments, instalment_risk=Decimal("0.5"))
    result = compare(terms, _court(), [], BOOK)
    assert result.offer_expected_total == thb(1050)  # the 1,000 due first counts in full, the 100 half


def test_a_single_instalment_is_counted_in_full():
    terms = OfferTerms(
        DECIDED, thb(0), instalments=(Instalment(DECIDED, thb(100)),), instalment_risk=Decimal("0.9")
    )
    result = compare(terms, _court(), [], BOOK)
    assert result.months[0].accept_in_hand == thb(100) and result.instalments_at_risk == thb(0)
    assert result.warnings == ()


def test_collateral_of_a_cancelled_loan_not_returned_and_collateral_kept_by_others():
    loans_ = [
        Loan("agency", thb(100), date(2025, 1, 1), Decimal(0), "month", collateral="passport"),
        Loan("money lender", thb(100), date(2025, 1, 1), Decimal(0), "month", collateral="land title deed"),
        Loan("shop", thb(100), date(2025, 1, 1), Decimal(0), "month"),
    ]
    terms = OfferTerms(DECIDED, thb(1000), cancels=("agency",))
    result = compare(terms, _court(), loans_, BOOK)
    assert result.collateral_returned == () and result.collateral_kept == ("land title deed",)
    assert keys(result.warnings) == ["settlement.warn.collateral_not_returned"]
    assert result.warnings[0].english() == (
        "The offer cancels the loan from agency but does not say that the passport will be given back."
    )


def test_cancelling_a_lender_the_claimant_owes_nothing_is_said_and_changes_nothing():
    # a group offer names the agency for every claimant; this one never borrowed from it
    terms = replace(CASH_OFFER, cancels=("agency", "Agency Co", "Agency Co"))
    result = compare(terms, COURT, [INFORMAL], BOOK)
    plain = compare(replace(CASH_OFFER, cancels=()), COURT, [INFORMAL], BOOK)
    assert (result.accept_net, result.break_even_cash) == (plain.accept_net, plain.break_even_cash)
    assert keys(result.warnings) == ["settlement.warn.offer_below_debts", "settlement.warn.cancels_no_loan"]
    assert result.warnings[1].english().startswith("The offer cancels loans from agency, Agency Co, but")


def test_every_warning_reads_in_thai():
    loans_ = [Loan("agency", thb(90000), date(2025, 1, 1), Decimal("0.05"), "month", collateral="passport")]
    terms = OfferTerms(
        DECIDED,
        thb(1000),
        instalments=tuple(Instalment(date(2025, 8 + n, 1), thb(1000)) for n in range(3)),
        cancels=("agency",),
        instalment_risk=Decimal("0.1"),
    )
    result = compare(
        terms, _court(months_to_judgment=1, months_to_payment=30), loans_, BOOK, jurisdiction="ph"
    )
    assert len(result.warnings) >= 4
    for text in (*result.warnings, *(item for item in result.basis if isinstance(item, Text))):
        assert text.key in en.TEMPLATES
        assert has_thai_script(text.render("th")), text.render("th")


# --- refusals ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda t, c, ls: (replace(t, cash=Money(Decimal(1), "USD")), c, ls), "the cash offered is in USD"),
        (
            lambda t, c, ls: (
                replace(t, instalments=(Instalment(date(2025, 8, 1), Money(Decimal(1), "MMK")),)),
                c,
                ls,
            ),
            "the instalment due on 2025-08-01 is in MMK",
        ),
        (lambda t, c, ls: (t, replace(c, cost_per_hearing=Money(Decimal(1), "USD")), ls), "cost per hearing"),
        (
            lambda t, c, ls: (t, c, [replace(ls[0], principal=Money(Decimal(1), "USD")), ls[1]]),
            "the loan from informal lender is in USD",
        ),
        (
            lambda t, c, ls: (
                t,
                c,
                [ls[0], replace(ls[1], repayments=(Payment(date(2025, 1, 1), Money(Decimal(1), "USD")),))],
            ),
            "the repayment to agency on 2025-01-01 is in USD",
        ),
    ],
)
def test_an_amount_in_another_currency_is_refused(change, message):
    terms, court, loans_ = change(CASH_OFFER, COURT, list(LOANS))
    with pytest.raises(CurrencyMismatch, match=message):
        compare(terms, court, loans_, BOOK)


@pytest.mark.parametrize(
    "terms, court, message",
    [
        (replace(CASH_OFFER, instalment_risk=Decimal("1.2")), COURT, "risk that an instalment is not paid"),
        (CASH_OFFER, replace(COURT, chance_of_winning=Decimal("-0.1")), "chance of winning"),
        (CASH_OFFER, replace(COURT, share_collected=Decimal(2)), "share of an award"),
        (CASH_OFFER, replace(COURT, months_to_payment=-1), "months from judgment"),
        (CASH_OFFER, replace(COURT, hearings=-2), "number of hearings"),
        (replace(CASH_OFFER, cash=thb(-1)), COURT, "cash offered must not be negative"),
        (
            replace(CASH_OFFER, instalments=(Instalment(date(2025, 6, 30), thb(1)),)),
            COURT,
            "falls before the day of the decision",
        ),
    ],
)
def test_inputs_that_cannot_be_compared_are_refused(terms, court, message):
    with pytest.raises(ValueError, match=message):
        compare(terms, court, LOANS, BOOK)


def test_a_loan_rate_per_something_else_is_refused():
    weekly = replace(INFORMAL, rate_per="week")
    with pytest.raises(ValueError, match="per month or per year, not 'week'"):
        compare(CASH_OFFER, COURT, [weekly, AGENCY], BOOK)


# --- splitting a lump sum ------------------------------------------------------------------------------------------


def test_equal_shares_ignore_the_claims_and_give_leftover_satang_to_the_first():
    parts = split_lump_sum(thb(100), {"a": thb(1), "b": thb(50), "c": thb(0)}, rule="equal")
    assert parts == {"a": thb("33.34"), "b": thb("33.33"), "c": thb("33.33")}


def test_given_amounts_are_kept_as_given():
    given_ = {"a": thb("600.50"), "b": Decimal("399.50"), "c": thb(0)}
    assert split_lump_sum(thb(1000), given_, rule="given") == {
        "a": thb("600.50"),
        "b": thb("399.50"),
        "c": thb(0),
    }
    assert split_lump_sum(thb(0), {"a": thb(0)}, rule="given") == {"a": thb(0)}


def test_pro_rata_takes_bare_numbers_as_weights():
    assert split_lump_sum(thb(10), {1: Decimal(1), 2: 2}) == {1: thb("3.33"), 2: thb("6.67")}


def test_a_zero_total_gives_zero_parts():
    assert split_lump_sum(thb(0), {"a": thb(5), "b": thb(7)}) == {"a": thb(0), "b": thb(0)}


@pytest.mark.parametrize(
    "total, shares, rule_, error, message",
    [
        (thb(100), {"a": thb(1)}, "largest", ValueError, "unknown split rule 'largest'"),
        (thb(100), {}, "pro_rata", ValueError, "no claimants"),
        (thb(100), {"a": thb(1), "b": thb(-1)}, "pro_rata", ValueError, "share of 'b' is negative"),
        (thb(100), {"a": thb(0), "b": Decimal(0)}, "pro_rata", ValueError, "every share is zero"),
        (
            thb(100),
            {"a": thb(1), "b": Money(Decimal(1), "USD")},
            "pro_rata",
            CurrencyMismatch,
            "'b' is in USD",
        ),
        (Money(Decimal(100), "USD"), {"a": thb(1)}, "equal", CurrencyMismatch, "'a' is in THB"),
        (thb(100), {"a": thb(60), "b": thb(30)}, "given", ValueError, "add up to 90 THB, not to 100 THB"),
        (thb("100.005"), {"a": thb(1)}, "pro_rata", ValueError, "parts of the minor unit"),
        (thb(-5), {"a": thb(1)}, "pro_rata", ValueError, "negative"),
        (thb(5), {"a": 0.5}, "pro_rata", TypeError, "must be Money or a Decimal, not float"),
    ],
)
def test_a_bad_split_is_refused_with_a_clear_message(total, shares, rule_, error, message):
    with pytest.raises(error, match=message):
        split_lump_sum(total, shares, rule=rule_)
