"""Every rule file loads, every entry has a source, and values change on exactly the dates the law says.

Dates are literal and checked on both sides of each change (the day before and the day of), as in the
``holidays`` package: an off-by-one in a table is the kind of error that reaches a filing unnoticed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from claims.rules.loader import (
    RULES_ROOT,
    RuleFileError,
    check_all,
    load_rulebook,
    parse_document,
    rule_files,
)
from claims.rules.model import NoRuleInForce, Rule, UnknownRule

BOOK = load_rulebook()
ALL_RULES = [BOOK.rule(name) for name in BOOK.names()]
DOCS = Path(__file__).resolve().parents[2] / "docs"

# The names the calculators code against (the brief's list); renaming one breaks them.
REQUIRED = [
    "th.working_time.normal_hours_per_day",
    "th.working_time.normal_hours_per_week",
    "th.working_time.hourly_divisor_days",
    "th.working_time.daily_divisor_days",
    "th.overtime.workday",
    "th.overtime.holiday_work_entitled",
    "th.overtime.holiday_work_not_entitled",
    "th.overtime.holiday_overtime",
    "th.minimum_wage.daily",
    "th.severance.tiers",
    "th.notice.max_months",
    "th.leave.annual_days",
    "th.leave.annual_qualifying_years",
    "th.interest.wages",
    "th.interest.pay_in_lieu",
    "th.interest.wilful_surcharge",
    "th.interest.wilful_surcharge_period_days",
    "th.interest.civil_default",
    "th.interest.legal",
    "th.usury.loan_cap",
    "th.usury.excess_voids_all_interest",
    "th.deductions.single_item_limit",
    "th.deductions.total_limit",
    "th.limitation.wages",
    "th.limitation.severance",
    "th.limitation.general",
    "th.limitation.tort_knowledge",
    "th.limitation.tort_act",
    "th.limitation.periodic_arrears",
    "th.recruitment_fees.service_charge_cap_months",
    "th.recruitment_fees.refund_days",
    "th.tip_fund.living_allowance",
    "th.tip_fund.loss_of_income",
    "th.tip_fund.consumption_goods",
    "th.tip_fund.vocational_support",
    "th.tip_fund.living_expenses",
    "th.criminal.civil_claim_before_evidence",
    "th.deadlines.last_day_moves_to_next_working_day",
    "th.deadlines.labour_appeal_days",
    "th.deadlines.criminal_appeal_months",
    "th.recruitment_fees.refund_request_days",
    "th.limitation.pay_in_lieu",
    "th.limitation.tort_longer_criminal_period_applies",
    "ph.working_time.normal_hours_per_day",
    "ph.overtime.workday",
    "ph.overtime.restday",
    "ph.overtime.holiday_or_restday_excess",
    "ph.interest.legal",
    "ph.interest.placement_fee_refund",
    "ph.recruitment_fees.placement_fee_cap_months",
    "ph.recruitment_fees.domestic_worker_fee_cap_months",
    "ph.limitation.money_claims",
    "ph.migrant_workers.unexpired_portion_cap_applies",
    "intl.recruitment_fees.worker_pays",
]


def _value(name: str, on: date, key: str | None = None):
    found = BOOK.at(name, on)
    return found.lookup(key, on) if key is not None else found.value


def test_every_rule_file_loads_without_a_problem():
    assert check_all() == []
    assert len(rule_files(RULES_ROOT)) >= 20
    assert BOOK.jurisdictions() == ["intl", "ph", "th"]


@pytest.mark.parametrize("name", REQUIRED)
def test_the_names_the_calculators_use_exist(name):
    assert BOOK.has(name)


def test_the_default_rulebook_is_read_once_and_cached():
    assert load_rulebook() is load_rulebook()


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_every_entry_has_a_source_and_every_unverified_one_says_why(rule: Rule):
    assert rule.rule_id and rule.description and rule.selected_by and rule.file
    for entry in rule.entries:
        sources = [entry.source, *(entry.key_sources or {}).values()]
        for source in sources:
            assert source.instrument.strip() and source.section.strip()
            assert isinstance(source.verified, bool)
            assert source.verified or (source.unverified_reason or "").strip()


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_values_are_decimal_or_flags_never_floats(rule: Rule):
    for entry in rule.entries:
        value = entry.value
        if isinstance(value, Mapping):
            items = list(value.values())
        elif isinstance(value, tuple):
            items = [v for tier in value for v in tier.values()]
            assert all(isinstance(v, int | Decimal) and not isinstance(v, bool) for v in items)
            continue
        else:
            items = [value]
        for item in items:
            assert isinstance(item, Decimal | bool) and not isinstance(item, float), (rule.name, item)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_every_rule_resolves_from_each_entry_and_not_the_day_before_the_first(rule: Rule):
    for index, entry in enumerate(rule.entries):
        start = entry.effective_from
        assert rule.at(start).value == entry.value
        assert rule.at(start).citation.effective_from == start
        if index > 0:
            assert rule.at(start - timedelta(days=1)).value == rule.entries[index - 1].value
    first = rule.entries[0].effective_from
    with pytest.raises(NoRuleInForce) as caught:
        rule.at(first - timedelta(days=1))
    assert caught.value.name == rule.name
    assert caught.value.on == first - timedelta(days=1)
    assert rule.name in str(caught.value) and (first - timedelta(days=1)).isoformat() in str(caught.value)


# (rule, date, table key or None, expected value). Each change appears on its last old day and first new day.
LITERAL = [
    ("th.interest.civil_default", date(2021, 4, 10), None, Decimal("0.075")),
    ("th.interest.civil_default", date(2021, 4, 11), None, Decimal("0.05")),
    ("th.interest.legal", date(2021, 4, 10), None, Decimal("0.075")),
    ("th.interest.legal", date(2021, 4, 11), None, Decimal("0.03")),
    ("th.interest.pay_in_lieu", date(2019, 5, 5), None, Decimal("0.15")),
    ("th.interest.wages", date(1998, 8, 19), None, Decimal("0.15")),
    ("th.interest.wilful_surcharge", date(2010, 1, 1), None, Decimal("0.15")),
    ("th.interest.wilful_surcharge_period_days", date(2010, 1, 1), None, Decimal(7)),
    ("th.notice.pay_in_lieu_due_on_termination", date(2019, 5, 4), None, False),
    ("th.notice.pay_in_lieu_due_on_termination", date(2019, 5, 5), None, True),
    ("th.overtime.workday", date(1998, 8, 19), None, Decimal("1.5")),
    ("th.overtime.holiday_work_entitled", date(2015, 1, 1), None, Decimal(1)),
    ("th.overtime.holiday_work_not_entitled", date(2015, 1, 1), None, Decimal(2)),
    ("th.overtime.holiday_overtime", date(2015, 1, 1), None, Decimal(3)),
    ("th.working_time.hourly_divisor_days", date(2015, 1, 1), None, Decimal(30)),
    ("th.deductions.single_item_limit", date(2015, 1, 1), None, Decimal("0.10")),
    ("th.deductions.total_limit", date(2015, 1, 1), None, Decimal("0.20")),
    ("th.usury.loan_cap", date(2015, 1, 1), None, Decimal("0.15")),
    ("th.usury.excess_voids_all_interest", date(2015, 1, 1), None, True),
    ("th.usury.overpayment_recoverable", date(2015, 1, 1), None, True),
    ("th.limitation.wages", date(2015, 1, 1), None, Decimal(2)),
    ("th.limitation.severance", date(2015, 1, 1), None, Decimal(10)),
    ("th.deadlines.last_day_moves_to_next_working_day", date(1992, 4, 8), None, True),
    ("th.deadlines.labour_appeal_days", date(1980, 1, 1), None, Decimal(15)),
    ("th.deadlines.labour_appeal_days", date(2025, 3, 28), None, Decimal(15)),
    ("th.deadlines.criminal_appeal_months", date(1935, 10, 1), None, Decimal(1)),
    ("th.deadlines.criminal_appeal_months", date(2024, 11, 30), None, Decimal(1)),
    ("ph.interest.legal", date(2013, 6, 30), None, Decimal("0.12")),
    ("ph.interest.legal", date(2013, 7, 1), None, Decimal("0.06")),
    ("ph.interest.placement_fee_refund", date(2013, 7, 1), None, Decimal("0.12")),
    ("ph.overtime.workday", date(2005, 1, 1), None, Decimal("1.25")),
    ("ph.migrant_workers.unexpired_portion_cap_applies", date(2009, 3, 23), None, False),
    ("ph.migrant_workers.unexpired_portion_cap_applies", date(2012, 1, 1), None, False),
    ("intl.recruitment_fees.worker_pays", date(2019, 3, 28), None, Decimal(0)),
    # Minimum wage, Bangkok: every round, on the last old day and the first new day.
    ("th.minimum_wage.daily", date(2007, 1, 1), "bangkok", Decimal(191)),
    ("th.minimum_wage.daily", date(2007, 12, 31), "bangkok", Decimal(191)),
    ("th.minimum_wage.daily", date(2008, 1, 1), "bangkok", Decimal(194)),
    ("th.minimum_wage.daily", date(2008, 5, 31), "bangkok", Decimal(194)),
    ("th.minimum_wage.daily", date(2008, 1, 1), "phuket", Decimal(193)),
    ("th.minimum_wage.daily", date(2008, 5, 31), "lamphun", Decimal(152)),
    ("th.minimum_wage.daily", date(2008, 6, 1), "bangkok", Decimal(203)),
    ("th.minimum_wage.daily", date(2009, 12, 31), "bangkok", Decimal(203)),
    ("th.minimum_wage.daily", date(2010, 1, 1), "bangkok", Decimal(206)),
    ("th.minimum_wage.daily", date(2010, 12, 31), "bangkok", Decimal(206)),
    ("th.minimum_wage.daily", date(2010, 1, 1), "khon_kaen", Decimal(157)),
    ("th.minimum_wage.daily", date(2010, 4, 9), "mae_hong_son", Decimal(151)),
    ("th.minimum_wage.daily", date(2010, 4, 10), "mae_hong_son", Decimal(153)),
    ("th.minimum_wage.daily", date(2010, 12, 31), "surin", Decimal(153)),
    ("th.minimum_wage.daily", date(2011, 1, 1), "bangkok", Decimal(215)),
    ("th.minimum_wage.daily", date(2012, 3, 31), "bangkok", Decimal(215)),
    ("th.minimum_wage.daily", date(2012, 4, 1), "bangkok", Decimal(300)),
    ("th.minimum_wage.daily", date(2016, 12, 31), "bangkok", Decimal(300)),
    ("th.minimum_wage.daily", date(2017, 1, 1), "bangkok", Decimal(310)),
    ("th.minimum_wage.daily", date(2018, 3, 31), "bangkok", Decimal(310)),
    ("th.minimum_wage.daily", date(2018, 4, 1), "bangkok", Decimal(325)),
    ("th.minimum_wage.daily", date(2019, 12, 31), "bangkok", Decimal(325)),
    ("th.minimum_wage.daily", date(2020, 1, 1), "bangkok", Decimal(331)),
    ("th.minimum_wage.daily", date(2022, 9, 30), "bangkok", Decimal(331)),
    ("th.minimum_wage.daily", date(2022, 10, 1), "bangkok", Decimal(353)),
    ("th.minimum_wage.daily", date(2023, 12, 31), "bangkok", Decimal(353)),
    ("th.minimum_wage.daily", date(2024, 1, 1), "bangkok", Decimal(363)),
    ("th.minimum_wage.daily", date(2024, 12, 31), "bangkok", Decimal(363)),
    ("th.minimum_wage.daily", date(2025, 1, 1), "bangkok", Decimal(372)),
    ("th.minimum_wage.daily", date(2025, 6, 30), "bangkok", Decimal(372)),
    ("th.minimum_wage.daily", date(2025, 7, 1), "bangkok", Decimal(400)),
    # Phetchaburi (the seed 004 couple's province) wherever the rule book has a figure.
    ("th.minimum_wage.daily", date(2010, 1, 1), "phetchaburi", Decimal(168)),
    ("th.minimum_wage.daily", date(2012, 4, 1), "phetchaburi", Decimal(250)),
    ("th.minimum_wage.daily", date(2012, 11, 30), "phetchaburi", Decimal(250)),
    ("th.minimum_wage.daily", date(2013, 1, 1), "phetchaburi", Decimal(300)),
    ("th.minimum_wage.daily", date(2017, 1, 1), "phetchaburi", Decimal(305)),
    ("th.minimum_wage.daily", date(2018, 4, 1), "phetchaburi", Decimal(315)),
    ("th.minimum_wage.daily", date(2022, 10, 1), "phetchaburi", Decimal(335)),
    ("th.minimum_wage.daily", date(2024, 1, 1), "phetchaburi", Decimal(344)),
    ("th.minimum_wage.daily", date(2025, 1, 1), "phetchaburi", Decimal(351)),
    # 2013-2016: one figure for all 77 provinces, through the "*" key; names are normalised.
    ("th.minimum_wage.daily", date(2014, 6, 1), "Rayong", Decimal(300)),
    ("th.minimum_wage.daily", date(2016, 12, 31), "Mae Hong Son", Decimal(300)),
    ("th.minimum_wage.daily", date(2018, 4, 1), "Chon Buri", Decimal(330)),
    ("th.minimum_wage.daily", date(2025, 1, 1), "Ko Samui", Decimal(400)),
    # 2025: the districts and the rest of their provinces (Nation Thailand 40044700).
    ("th.minimum_wage.daily", date(2025, 1, 1), "mueang_chiang_mai", Decimal(380)),
    ("th.minimum_wage.daily", date(2025, 1, 1), "chiang_mai", Decimal(357)),
    ("th.minimum_wage.daily", date(2025, 1, 1), "hat_yai", Decimal(380)),
    ("th.minimum_wage.daily", date(2025, 1, 1), "songkhla", Decimal(352)),
    ("th.minimum_wage.daily", date(2025, 1, 1), "surat_thani", Decimal(352)),
    ("th.minimum_wage.daily", date(2025, 7, 1), "chiang_mai", Decimal(357)),
    # Before 2025 a district has its province's rate.
    ("th.minimum_wage.daily", date(2024, 12, 31), "mueang_chiang_mai", Decimal(350)),
    ("th.minimum_wage.daily", date(2024, 12, 31), "ko_samui", Decimal(345)),
    ("th.minimum_wage.daily", date(2018, 4, 1), "hat_yai", Decimal(320)),
    # Rounds filled in from the NSO yearbook's Table 2.17 and the full tier lists (issue 17).
    ("th.minimum_wage.daily", date(2019, 12, 31), "rayong", Decimal(330)),
    ("th.minimum_wage.daily", date(2020, 1, 1), "rayong", Decimal(335)),
    ("th.minimum_wage.daily", date(2020, 1, 1), "phetchabun", Decimal(320)),
    ("th.minimum_wage.daily", date(2020, 1, 1), "phetchaburi", Decimal(320)),
    ("th.minimum_wage.daily", date(2020, 1, 1), "chachoengsao", Decimal(330)),
    ("th.minimum_wage.daily", date(2020, 1, 1), "phra_nakhon_si_ayutthaya", Decimal(325)),
    ("th.minimum_wage.daily", date(2020, 1, 1), "prachin_buri", Decimal(324)),
    ("th.minimum_wage.daily", date(2022, 9, 30), "mae_hong_son", Decimal(315)),
    ("th.minimum_wage.daily", date(2017, 1, 1), "chachoengsao", Decimal(308)),
    ("th.minimum_wage.daily", date(2018, 3, 31), "sing_buri", Decimal(300)),
    ("th.minimum_wage.daily", date(2020, 1, 1), "khon_kaen", Decimal(325)),
    ("th.minimum_wage.daily", date(2017, 1, 1), "nakhon_ratchasima", Decimal(308)),
    ("th.minimum_wage.daily", date(2018, 4, 1), "mae_hong_son", Decimal(310)),
    ("th.minimum_wage.daily", date(2022, 10, 1), "nan", Decimal(328)),
    ("th.minimum_wage.daily", date(2022, 10, 1), "samut_songkhram", Decimal(338)),
    ("th.minimum_wage.daily", date(2024, 1, 1), "lop_buri", Decimal(349)),
    ("th.minimum_wage.daily", date(2012, 4, 1), "rayong", Decimal(264)),
    ("th.minimum_wage.daily", date(2011, 1, 1), "chiang_mai", Decimal(180)),
    # 2011 and 2012 read in the No. 6 table on i.thammada.com (before / after), hawryluklegal.com and the
    # Phitsanulok labour office (issue 17).
    ("th.minimum_wage.daily", date(2011, 1, 1), "chon_buri", Decimal(196)),
    ("th.minimum_wage.daily", date(2011, 6, 30), "krabi", Decimal(184)),
    ("th.minimum_wage.daily", date(2012, 3, 31), "surat_thani", Decimal(172)),
    ("th.minimum_wage.daily", date(2011, 1, 1), "phitsanulok", Decimal(163)),
    ("th.minimum_wage.daily", date(2012, 3, 31), "phetchaburi", Decimal(179)),
    ("th.minimum_wage.daily", date(2012, 4, 1), "saraburi", Decimal(269)),
    ("th.minimum_wage.daily", date(2012, 4, 1), "chiang_mai", Decimal(251)),
    ("th.minimum_wage.daily", date(2012, 4, 1), "ko_samui", Decimal(240)),
    ("th.minimum_wage.daily", date(2012, 4, 1), "hat_yai", Decimal(246)),
    ("th.minimum_wage.daily", date(2012, 12, 31), "ubon_ratchathani", Decimal(239)),
    ("th.minimum_wage.daily", date(2012, 4, 1), "pattani", Decimal(237)),
    ("th.minimum_wage.daily", date(2012, 4, 1), "bueng_kan", Decimal(236)),
    # The rows of 2011 and 2012 no page read, from the transcription of the Ministry of Labour's table
    # (UNVERIFIED, issue 17): the first and last day of each round.
    ("th.minimum_wage.daily", date(2011, 1, 1), "mae_hong_son", Decimal(163)),
    ("th.minimum_wage.daily", date(2011, 1, 1), "kalasin", Decimal(167)),
    ("th.minimum_wage.daily", date(2012, 3, 31), "udon_thani", Decimal(171)),
    ("th.minimum_wage.daily", date(2012, 3, 31), "kamphaeng_phet", Decimal(168)),
    ("th.minimum_wage.daily", date(2012, 4, 1), "phayao", Decimal(222)),
    ("th.minimum_wage.daily", date(2012, 4, 1), "nan", Decimal(225)),
    ("th.minimum_wage.daily", date(2012, 12, 31), "tak", Decimal(226)),
    ("th.minimum_wage.daily", date(2012, 12, 31), "phitsanulok", Decimal(227)),
    ("th.minimum_wage.daily", date(2013, 1, 1), "phayao", Decimal(300)),
    ("th.minimum_wage.hotel_daily", date(2024, 4, 13), "phuket", Decimal(400)),
]


@pytest.mark.parametrize(("name", "on", "key", "expected"), LITERAL, ids=lambda v: str(v))
def test_values_on_literal_dates_around_every_change(name, on, key, expected):
    assert _value(name, on, key) == expected


@pytest.mark.parametrize(
    ("on", "province"),
    [
        (date(2006, 12, 31), "bangkok"),  # before the first round in the rule book
        (date(2009, 6, 30), "phetchaburi"),  # 2008-2009: not found
        (date(2010, 6, 30), "mukdahan"),  # 2010: the sources disagree (153 or 155), so it is left out
        (date(2010, 6, 30), "bueng_kan"),  # 2010: part of Nong Khai, whose 2010 rate no page read gives
        (date(2008, 6, 1), "hat_yai"),  # a district falls back to its province, which has no rate either
    ],
)
def test_the_minimum_wage_raises_for_a_province_without_a_known_rate(on, province):
    with pytest.raises(NoRuleInForce) as caught:
        _value("th.minimum_wage.daily", on, province)
    assert caught.value.name == "th.minimum_wage.daily"
    assert caught.value.on == on
    assert on.isoformat() in str(caught.value)


def test_a_province_flagged_unverified_inside_a_verified_round_is_cited_as_unverified():
    """Phetchabun's 155 (1 Jan 2010) and 158 (No. 4, from 10 Apr 2010) are both right, each for its part of the
    year (issue 17); neither was read in a notification, so both stay unverified inside verified rounds."""
    for on, expected in [(date(2010, 4, 9), 155), (date(2010, 4, 10), 158), (date(2010, 12, 31), 158)]:
        table = BOOK.at("th.minimum_wage.daily", on)
        assert table.citation.verified, on
        assert table.item("bangkok", on).citation.verified, on
        phetchabun = table.item("Phetchabun", on)
        assert phetchabun.decimal == Decimal(expected), on
        assert not phetchabun.citation.verified, on
        assert "[UNVERIFIED]" in phetchabun.citation.text(), on
    april = BOOK.at("th.minimum_wage.daily", date(2010, 4, 10))
    assert "(No. 4)" in april.citation.source.instrument and "10 Apr" in april.citation.source.instrument
    assert april.item("uthai_thani", date(2010, 4, 10)).decimal == Decimal(160)
    assert (
        BOOK.at("th.minimum_wage.daily", date(2010, 4, 9)).item("uthai_thani", date(2010, 4, 9)).decimal
        == 158
    )


def test_notification_no_14_of_1_july_2025_is_verified_for_every_area():
    on = date(2025, 7, 1)
    table = BOOK.at("th.minimum_wage.daily", on)
    assert table.citation.verified and "(No. 14)" in table.citation.source.instrument
    assert not table.key_sources
    before = BOOK.at("th.minimum_wage.daily", date(2025, 6, 30)).value
    assert {k: v for k, v in table.value.items() if v != before[k]} == {"bangkok": Decimal(400)}


def test_no_2025_area_raises_and_every_key_is_a_known_area():
    from claims.rules.areas import TH_AREAS, TH_PROVINCES

    rule = BOOK.rule("th.minimum_wage.daily")
    for entry in rule.entries:
        assert set(entry.value) - {"*"} <= TH_AREAS, entry.effective_from
    full = (
        date(2017, 1, 1),
        date(2018, 4, 1),
        date(2020, 1, 1),
        date(2022, 10, 1),
        date(2024, 1, 1),
        date(2025, 7, 1),
    )
    for on in full:
        assert set(BOOK.at("th.minimum_wage.daily", on).value) >= TH_PROVINCES, on


def test_values_no_read_source_gives_are_unverified_with_the_reason():
    for on, key, value, reason in [
        (date(2017, 1, 1), "nakhon_sawan", 305, "deduced"),
        (date(2017, 1, 1), "nong_khai", 305, "deduced"),
        (date(2020, 1, 1), "uthai_thani", 315, "deduced"),
    ]:
        item = BOOK.at("th.minimum_wage.daily", on).item(key, on)
        assert item.decimal == Decimal(value)
        assert not item.citation.verified and reason in item.citation.source.unverified_reason
    on = date(2020, 1, 1)
    for key in ("rayong", "chachoengsao", "phra_nakhon_si_ayutthaya", "phetchaburi"):
        assert BOOK.at("th.minimum_wage.daily", on).item(key, on).citation.verified, key


def test_the_round_of_1_january_2008_is_unverified_and_names_the_conflict():
    """Two sources give 194 for Bangkok from 1 Jan 2008 (issue 17); the rule book's source kept 191 until June."""
    table = BOOK.at("th.minimum_wage.daily", date(2008, 1, 1))
    assert table.citation.effective_from == date(2008, 1, 1) and len(table.value) == 22
    source = table.citation.source
    assert not source.verified and "from 191" in source.unverified_reason
    assert "newsclip.be" in source.url and "mimocha/thailand-minimum-wage" in source.note
    assert "[UNVERIFIED]" in table.item("bangkok", date(2008, 3, 1)).citation.text()
    with pytest.raises(NoRuleInForce):
        _value("th.minimum_wage.daily", date(2008, 1, 1), "kalasin")  # given by the transcription only
    assert _value("th.minimum_wage.daily", date(2008, 6, 1), "bangkok") == Decimal(203)


def test_the_2011_and_2012_rounds_cite_what_was_read_and_name_what_was_not():
    """Phetchaburi and Chanthaburi's 179 in 2011 is read in the No. 6 table's "before" column; the rows no page
    read come from a private transcription of the Ministry of Labour's table and carry the unverified mark
    (issue 17). Bueng Kan, made a province out of part of Nong Khai after No. 5, has Nong Khai's rate, unverified."""
    from claims.rules.areas import TH_PROVINCES

    on = date(2011, 1, 1)
    table = BOOK.at("th.minimum_wage.daily", on)
    for key in ("phetchaburi", "chanthaburi", "phitsanulok", "phayao"):
        item = table.item(key, on)
        assert item.citation.verified, key
    assert table.item("phetchaburi", on).decimal == Decimal(179)
    source = table.citation.source
    assert "(No. 5)" in source.instrument and "13 Dec" in source.instrument
    assert "i.thammada.com/2012/03" in source.note and "phitsanulok.mol.go.th/node/454" in source.note
    later = BOOK.at("th.minimum_wage.daily", date(2012, 4, 1)).citation.source
    assert "(No. 6), dated 2 Nov" in later.instrument and later.published == date(2011, 11, 29)
    for on, left_out, transcribed in [(date(2011, 1, 1), set(), 16), (date(2012, 4, 1), set(), 17)]:
        table = BOOK.at("th.minimum_wage.daily", on)
        assert TH_PROVINCES - set(table.value) == left_out, on
        assert f"left out ({len(left_out)})" in table.citation.source.note, on
        assert "github.com/mimocha/thailand-minimum-wage" in table.citation.source.note, on
        assert len(table.key_sources) == transcribed, on
        for key in table.key_sources:
            item = table.item(key, on)
            assert not item.citation.verified, (on, key)
            assert "private transcription" in item.citation.source.unverified_reason, (on, key)
            assert "[UNVERIFIED]" in item.citation.text(), (on, key)
            assert key.replace("_", " ").title().split()[0] in table.citation.source.note, (on, key)


@pytest.mark.parametrize("on", [date(2011, 1, 1), date(2011, 3, 22), date(2011, 3, 23), date(2012, 3, 31)])
def test_bueng_kan_has_nong_khais_2011_rate_marked_unverified_with_why(on):
    """Bueng Kan's districts were Nong Khai's until the province was made on 23 Mar 2011; No. 5 (1 Jan 2011) set
    Nong Khai's rate, and No. 6 (1 Apr 2012) is the first to name Bueng Kan. Between them it takes Nong Khai's
    rate, never verified: that it went on applying after 23 March is inferred, and Nong Khai's own figure is read
    only in a private transcription."""
    table = BOOK.at("th.minimum_wage.daily", on)
    item = table.item("bueng_kan", on)
    assert item.decimal == table.item("nong_khai", on).decimal == Decimal(169)
    assert not item.citation.verified and "[UNVERIFIED]" in item.citation.text()
    reason = item.citation.source.unverified_reason
    assert "23 Mar 2011" in reason and "is inferred" in reason and "private transcription" in reason
    assert "Nong Khai" in item.citation.source.instrument and "บึงกาฬ" in item.citation.source.section_th
    assert _value("th.minimum_wage.daily", date(2012, 4, 1), "bueng_kan") == Decimal(236)


@pytest.mark.parametrize(
    ("on", "number"),
    [(date(2017, 1, 1), "No. 8"), (date(2018, 4, 1), "No. 9"), (date(2022, 10, 1), "No. 11")],
)
def test_the_notification_numbers_are_cited(on, number):
    source = BOOK.at("th.minimum_wage.daily", on).citation.source
    assert f"({number})" in source.instrument and "number not in the rule book" not in source.instrument
    assert "ไม่ทราบฉบับที่" not in source.instrument_th


def test_severance_gains_the_400_day_tier_on_5_may_2019():
    before = BOOK.at("th.severance.tiers", date(2019, 5, 4)).value
    after = BOOK.at("th.severance.tiers", date(2019, 5, 5)).value
    assert [dict(t) for t in before] == [
        {"min_days": 120, "pay_days": 30},
        {"min_years": 1, "pay_days": 90},
        {"min_years": 3, "pay_days": 180},
        {"min_years": 6, "pay_days": 240},
        {"min_years": 10, "pay_days": 300},
    ]
    assert [dict(t) for t in after] == [*(dict(t) for t in before), {"min_years": 20, "pay_days": 400}]
    assert all(type(v) is int for tier in after for v in tier.values())  # counts stay int for date arithmetic


def test_the_interest_period_splits_where_the_civil_rate_changes():
    rule = BOOK.rule("th.interest.civil_default")
    assert rule.changes_between(date(2020, 1, 31), date(2021, 12, 31)) == [date(2021, 4, 11)]
    assert rule.changes_between(date(2021, 4, 11), date(2021, 12, 31)) == []


def test_the_civil_rates_after_the_2024_review_carry_an_unverified_mark():
    assert BOOK.at("th.interest.civil_default", date(2024, 4, 10)).citation.verified
    later = BOOK.at("th.interest.civil_default", date(2024, 4, 11))
    assert later.decimal == Decimal("0.05") and not later.citation.verified


@pytest.mark.parametrize(
    "name", [n for n in BOOK.names() if n.startswith("th.tip_fund.")], ids=lambda n: n.rsplit(".", 1)[-1]
)
def test_tip_fund_items_are_observed_amounts_not_ceilings(name):
    citation = BOOK.at(name, date(2016, 1, 1)).citation
    assert not citation.verified
    assert citation.source.unverified_reason == "observed amounts in seed requests, not legal ceilings"


def test_tip_fund_amounts_as_observed_in_seed_004():
    on = date(2016, 1, 1)
    amounts = {n.rsplit(".", 1)[-1]: BOOK.at(n, on).decimal for n in BOOK.names("th") if ".tip_fund." in n}
    assert amounts == {
        "living_allowance": Decimal(3000),
        "loss_of_income": Decimal(20000),
        "consumption_goods": Decimal(3000),
        "vocational_support": Decimal(27000),
        "living_expenses": Decimal(3000),
    }


def test_an_unknown_name_raises_unknown_rule():
    with pytest.raises(UnknownRule, match="th.overtime.weekend"):
        BOOK.at("th.overtime.weekend", date(2020, 1, 1))


def test_no_rule_in_force_after_a_repeal_names_the_rule_and_the_date(tmp_path):
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "levy.toml").write_text(
        """
[rules.rate]
id = "XX-LEVY"
description = "a levy that was abolished"
unit = "fraction"
selected_by = "the day"

[[rules.rate.entries]]
from = 2000-01-01
value = 0.02
source = { instrument = "Levy Act 2000", section = "s.1", verified = true }

[[rules.rate.entries]]
from = 2010-01-01
repealed = true
source = { instrument = "Levy (Repeal) Act 2009", section = "s.2", verified = true }
""",
        encoding="utf-8",
    )
    book = load_rulebook(tmp_path)
    assert book.at("xx.levy.rate", date(2009, 12, 31)).decimal == Decimal("0.02")
    with pytest.raises(NoRuleInForce) as caught:
        book.at("xx.levy.rate", date(2010, 1, 1))
    assert caught.value.name == "xx.levy.rate" and caught.value.on == date(2010, 1, 1)
    assert "repealed from 2010-01-01" in str(caught.value)
    with pytest.raises(NoRuleInForce, match="first entry takes effect on 2000-01-01"):
        book.at("xx.levy.rate", date(1999, 12, 31))


def test_a_python_float_is_refused_even_though_no_toml_file_can_produce_one():
    document = {
        "rules": {
            "x": {
                "id": "TH-TEST",
                "description": "d",
                "unit": "multiple",
                "selected_by": "the day",
                "entries": [
                    {
                        "from": date(2000, 1, 1),
                        "value": 1.5,
                        "source": {"instrument": "Act", "section": "s.1", "verified": True},
                    }
                ],
            }
        }
    }
    with pytest.raises(RuleFileError, match=r"code/x\.toml: rules\.x\.entries\[0\]\.value: a float"):
        parse_document(document, "th", "x", "code/x.toml")


def test_check_all_reports_each_broken_file_by_name_and_key(tmp_path):
    folder = tmp_path / "th"
    folder.mkdir()
    (folder / "good.toml").write_text(
        '[rules.a]\nid = "T"\ndescription = "d"\nunit = "days"\nselected_by = "s"\n'
        "[[rules.a.entries]]\nfrom = 2000-01-01\nvalue = 30\n"
        'source = { instrument = "Act", section = "s.1", verified = true }\n',
        encoding="utf-8",
    )
    (folder / "README.md").write_text("Sources: none.", encoding="utf-8")
    (folder / "bad.toml").write_text(
        '[rules.b]\nid = "T"\ndescription = "d"\nunit = "days"\nselected_by = "s"\n'
        '[[rules.b.entries]]\nfrom = 2000-01-01\nvalue = "30"\n',
        encoding="utf-8",
    )
    assert check_all(tmp_path) == [
        "th/bad.toml: rules.b.entries[0].source: every entry needs a source (instrument, section, verified)",
        "th/bad.toml: rules.b.entries[0].value: a number is needed for unit 'days', got the string '30': "
        "remove the quotes",
    ]
    with pytest.raises(RuleFileError, match=r"th/bad\.toml"):
        load_rulebook(tmp_path)
    (folder / "bad.toml").unlink()
    (folder / "README.md").unlink()
    assert check_all(tmp_path) == ["th/README.md: missing (sources used, what is verified, limitations)"]
    assert load_rulebook(tmp_path).names() == [
        "th.good.a"
    ]  # a missing README does not stop the rules loading
    assert check_all(tmp_path / "th") != []  # no <jurisdiction>/ folders below: nothing to load is a problem


def test_docs_rule_names_lists_every_rule():
    text = (DOCS / "rule-names.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`((?:th|ph|intl)\.[a-z0-9_]+\.[a-z0-9_]+)`", text))
    assert set(BOOK.names()) - listed == set(), (
        "run `flask rules list --markdown` and update docs/rule-names.md"
    )


def test_ministerial_regulation_no_14_is_verified_with_its_quotes_and_the_rest_of_kind_of_work_is_not():
    """Issue 17: No. 14's list of the LPA sections kept from domestic work was read (ILO translation, law firms) and
    its coming into force on 9 Nov 2012; No. 15, the 1998 clause, the sea-fishing and agricultural regulations were
    not read and stay unverified, each saying what was read."""
    heads = (
        "minimum_wage",
        "overtime",
        "holiday_work",
        "holiday_overtime",
        "severance",
        "traditional_holidays",
    )
    for head in heads:
        rule = f"th.kind_of_work.domestic_{head}"
        no14 = BOOK.at(rule, date(2012, 11, 9)).citation
        assert no14.verified, rule
        assert "WCMS_208569" in no14.source.note and "came into force on November 9, 2012" in no14.source.note
        assert not BOOK.at(rule, date(2012, 11, 8)).citation.verified, rule  # the 1998 clause, not read
        for kind in ("sea_fishing", "agriculture"):
            assert not BOOK.at(f"th.kind_of_work.{kind}_{head}", date(2019, 1, 1)).citation.verified
    no15 = BOOK.at("th.kind_of_work.domestic_minimum_wage", date(2024, 4, 30)).citation
    assert not no15.verified and "no source read quotes its clause" in no15.source.unverified_reason
    fishing = BOOK.at("th.kind_of_work.sea_fishing_minimum_wage", date(2018, 4, 3)).citation
    # the floor of its own that the engine does not compute
    assert "multiplied by 30 days" in fishing.source.unverified_reason
