"""The deadline engine (claims/calc/deadlines.py): hand-worked dates across Thai holidays, weekends, month ends, leap
days and the Buddhist-Era year change; missing facts; unverified marks; the s.44/1 and advance-testimony warnings;
properties of the courts' calendar.

Every expected date is worked by hand in the comment beside it, with the CCC's counting: the day of the event is not
counted (s.193/3), a period in months or years ends on the day before the corresponding day or on the last day of a
month without one (s.193/5), a last day the courts are closed moves to the next working day (s.193/8). Weekdays and
holidays: 2024-2026 Thai calendars (the `holidays` package; Songkran 13-15 Apr, its substitution day 16 Apr 2025).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.calc import Deadline, Facts, Judgment, WorkingDays, compute_deadlines
from claims.calc.dates import year_period_end
from claims.calc.periods import month_period_end, period_last_day
from claims.calc.text import Text, from_json, to_json
from claims.rules.model import RuleCitation, Unit
from claims.rules.thai import has_thai_script
from tests.calc.conftest import book, rule

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
COURTS = WorkingDays()
TODAY = date(2025, 3, 20)


@pytest.fixture(scope="module")
def rules(rulebook):
    return rulebook


def deadlines(rules, calendar: WorkingDays = COURTS, **facts) -> dict[str, Deadline]:
    found = compute_deadlines(Facts(today=facts.pop("today", TODAY), **facts), rules, calendar)
    by_key = {d.key: d for d in found}
    assert len(by_key) == len(found)  # keys are unique
    return by_key


def only(rules, key: str, calendar: WorkingDays = COURTS, **facts) -> Deadline:
    return deadlines(rules, calendar, **facts)[key]


def en(text: Text | None) -> str:
    assert text is not None
    return text.render("en")


def th(text: Text | None) -> str:
    assert text is not None
    return text.render("th")


# --- counting (CCC s.193/3, s.193/5) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "length", "unit", "last"),
    [
        # 28 Mar + 15 days: 29, 30, 31 Mar are 3, then 12 days of April.
        (date(2025, 3, 28), 15, Unit.DAYS, date(2025, 4, 12)),
        # 20 Dec + 15 days across the year end: 21-31 Dec are 11, then 4 days of January.
        (date(2024, 12, 20), 15, Unit.DAYS, date(2025, 1, 4)),
        # Read 31 Jan: the month runs from 1 Feb and ends the day before 1 Mar.
        (date(2025, 1, 31), 1, Unit.MONTHS, date(2025, 2, 28)),
        # Read 30 Jan: from 31 Jan; February has no 31st, so its last day.
        (date(2025, 1, 30), 1, Unit.MONTHS, date(2025, 2, 28)),
        # In a leap year the same month ends on 29 Feb.
        (date(2024, 1, 31), 1, Unit.MONTHS, date(2024, 2, 29)),
        # From 1 Apr, the day before 1 May.
        (date(2025, 3, 31), 1, Unit.MONTHS, date(2025, 4, 30)),
        # From 1 Jan 2025 (BE 2568), the day before 1 Feb.
        (date(2024, 12, 31), 1, Unit.MONTHS, date(2025, 1, 31)),
        # The rule book's example: a wage due 29 Feb 2016 runs from 1 Mar 2016 to 28 Feb 2018.
        (date(2016, 2, 29), 2, Unit.YEARS, date(2018, 2, 28)),
        # From 1 Mar 2023, one year ends the day before 1 Mar 2024: the leap day is the last day.
        (date(2023, 2, 28), 1, Unit.YEARS, date(2024, 2, 29)),
    ],
)
def test_a_period_ends_as_the_ccc_counts_it(event, length, unit, last):
    assert period_last_day(event, length, unit) == last


# --- the courts' calendar ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2025, 4, 11), True),  # Friday before Songkran
        (date(2025, 4, 12), False),  # Saturday
        (date(2025, 4, 13), False),  # Songkran, a Sunday
        (date(2025, 4, 14), False),  # Songkran
        (date(2025, 4, 15), False),  # Songkran
        (date(2025, 4, 16), False),  # Songkran's substitution day (13 Apr fell on a Sunday)
        (date(2025, 4, 17), True),
        (date(2025, 1, 1), False),  # New Year's Day
        (date(2024, 12, 31), False),  # New Year's Eve
        (date(2024, 12, 30), False),  # a bridge holiday the government added
        (date(2025, 1, 2), True),
        (date(2024, 5, 6), False),  # Coronation Day's substitution day (4 May 2024 was a Saturday)
        (date(2025, 5, 9), False),  # Royal Ploughing Ceremony: a government holiday, courts close
        (date(2025, 5, 1), True),  # National Labour Day: the private sector's holiday, courts sit
    ],
)
def test_working_days_follow_thai_holidays_and_weekends(day, working):
    assert COURTS.is_working_day(day) is working


def test_next_working_day_skips_songkran_and_its_substitution_day():
    assert COURTS.next_working_day(date(2025, 4, 12)) == date(2025, 4, 17)
    assert COURTS.next_working_day(date(2025, 4, 17)) == date(2025, 4, 17)  # already a working day


def test_add_working_days_counts_only_days_the_courts_sit():
    # Thu 10 Apr 2025 + 3: Fri 11 (1), [Sat 12 - Wed 16 closed], Thu 17 (2), Fri 18 (3).
    assert COURTS.add_working_days(date(2025, 4, 10), 3) == date(2025, 4, 18)
    # Fri 27 Dec 2024 + 1: weekend, 30 Dec (bridge), 31 Dec, 1 Jan are closed: Thu 2 Jan 2025.
    assert COURTS.add_working_days(date(2024, 12, 27), 1) == date(2025, 1, 2)
    assert COURTS.add_working_days(date(2025, 4, 12), 0) == date(2025, 4, 12)
    with pytest.raises(ValueError):
        COURTS.add_working_days(date(2025, 4, 12), -1)


def test_a_closure_day_is_not_a_working_day_and_says_why():
    flooded = WorkingDays({date(2025, 3, 3): "flood"})
    assert COURTS.is_working_day(date(2025, 3, 3))  # an ordinary Monday
    assert not flooded.is_working_day(date(2025, 3, 3))
    assert en(flooded.closed_because(date(2025, 3, 3))) == "2025-03-03: the court is closed (flood)"
    assert th(flooded.closed_because(date(2025, 3, 3))) == "3 มีนาคม 2568: ศาลปิดทำการ (flood)"
    assert flooded.closed_because(date(2025, 3, 4)) is None


def test_a_holiday_is_named_in_each_language():
    because = COURTS.closed_because(date(2025, 4, 16))
    assert "Songkran" in en(because) and "(in lieu)" in en(because)
    assert th(because).startswith("16 เมษายน 2568: ") and "สงกรานต์" in th(because)
    assert en(COURTS.closed_because(date(2025, 4, 12))) == "2025-04-12 is a Saturday"
    assert th(COURTS.closed_because(date(2025, 4, 12))) == "12 เมษายน 2568 เป็นวันเสาร์"


# --- deadlines that move, and one that does not --------------------------------------------------------------------


def test_a_labour_appeal_ending_on_songkran_moves_to_the_first_working_day_after_it(rules):
    # Read Fri 28 Mar 2025 + 15 days = Sat 12 Apr; 13-15 Apr Songkran, 16 Apr its substitution day: Thu 17 Apr.
    appeal = only(rules, "appeal_labour", judgments=(Judgment("labour", date(2025, 3, 28)),))
    assert appeal.due_on == date(2025, 4, 17)
    assert appeal.moved_from == date(2025, 4, 12)
    because = en(appeal.moved_because)
    assert because.startswith("the last day, 2025-04-12, is not a working day (2025-04-12 is a Saturday; ")
    assert because.count("Songkran") == 4
    assert because.endswith(
        "the period ends on the next working day, 2025-04-17 "
        "(Civil and Commercial Code, s.193/8 (TH-CCC-PRESC-2Y, in force from 1992-04-08))"
    )
    assert "วันสุดท้าย 12 เมษายน 2568 ไม่ใช่วันทำการ" in th(appeal.moved_because)
    assert "คือวันที่ 17 เมษายน 2568" in th(appeal.moved_because)
    cited = [b.rule for b in appeal.basis if isinstance(b, RuleCitation)]
    assert cited == ["th.deadlines.labour_appeal_days", "th.deadlines.last_day_moves_to_next_working_day"]
    assert en(appeal.basis[1]) == (
        "15 days from the reading of the judgment (2025-03-28), that day not counted (CCC s.193/3, s.193/5)"
    )


def test_a_last_day_on_a_saturday_before_a_substitution_day_moves_past_both(rules):
    # Read Fri 19 Apr 2024 + 15 = Sat 4 May (Coronation Day); Sun 5; Mon 6 its substitution day: Tue 7 May 2024.
    appeal = only(rules, "appeal_labour", judgments=(Judgment("labour", date(2024, 4, 19)),))
    assert (appeal.due_on, appeal.moved_from) == (date(2024, 5, 7), date(2024, 5, 4))


def test_a_criminal_appeal_over_new_year_ends_in_the_next_buddhist_era_year(rules):
    # Read Fri 29 Nov 2024: the month runs from 30 Nov and ends on Sun 29 Dec; 30 Dec (bridge), 31 Dec and 1 Jan
    # are holidays: Thu 2 Jan 2025, which is 2 มกราคม 2568 (29 ธันวาคม 2567 was the last day counted).
    appeal = only(rules, "appeal_criminal", judgments=(Judgment("criminal", date(2024, 11, 29)),))
    assert (appeal.due_on, appeal.moved_from) == (date(2025, 1, 2), date(2024, 12, 29))
    thai = th(appeal.moved_because)
    assert thai.startswith("วันสุดท้าย 29 ธันวาคม 2567 ไม่ใช่วันทำการ (29 ธันวาคม 2567 เป็นวันอาทิตย์; ")
    assert "คือวันที่ 2 มกราคม 2568" in thai


def test_a_refund_request_window_across_the_year_end(rules):
    # Returned Fri 20 Dec 2024 + 30 days: 21-31 Dec are 11, then 19 Jan 2025, a Sunday: Mon 20 Jan 2025.
    request = only(
        rules, "refund_request", agency_fee_paid_on=date(2024, 6, 1), returned_home_on=date(2024, 12, 20)
    )
    assert (request.due_on, request.moved_from) == (date(2025, 1, 20), date(2025, 1, 19))
    assert th(request.moved_because).startswith(
        "วันสุดท้าย 19 มกราคม 2568 ไม่ใช่วันทำการ (19 มกราคม 2568 เป็นวันอาทิตย์)"
    )


def test_a_closure_day_moves_a_deadline_one_more_day(rules):
    # Read Fri 14 Feb 2025 + 15 = Sat 1 Mar; without a closure, Mon 3 Mar; with 3 Mar closed, Tue 4 Mar.
    judgments = (Judgment("labour", date(2025, 2, 14)),)
    assert only(rules, "appeal_labour", judgments=judgments).due_on == date(2025, 3, 3)
    flooded = WorkingDays({date(2025, 3, 3): "flood"})
    appeal = only(rules, "appeal_labour", flooded, judgments=judgments)
    assert (appeal.due_on, appeal.moved_from) == (date(2025, 3, 4), date(2025, 3, 1))
    assert "2025-03-03: the court is closed (flood)" in en(appeal.moved_because)


def test_a_deadline_on_a_working_day_does_not_move(rules):
    # Read Fri 31 Jan 2025: the month runs from 1 Feb and ends Fri 28 Feb, a working day.
    appeal = only(rules, "appeal_criminal", judgments=(Judgment("criminal", date(2025, 1, 31)),))
    assert (appeal.due_on, appeal.moved_from, appeal.moved_because) == (date(2025, 2, 28), None, None)
    assert [b.rule for b in appeal.basis if isinstance(b, RuleCitation)] == [
        "th.deadlines.criminal_appeal_months"
    ]


def test_a_deadline_on_labour_day_does_not_move_because_the_courts_sit(rules):
    # Returned Tue 1 Apr 2025 + 30 days = Thu 1 May 2025, National Labour Day.
    request = only(
        rules, "refund_request", agency_fee_paid_on=date(2024, 6, 1), returned_home_on=date(2025, 4, 1)
    )
    assert (request.due_on, request.moved_from) == (date(2025, 5, 1), None)


def test_a_last_day_stays_where_the_rule_says_it_does_not_move():
    start = date(1990, 1, 1)
    no_move = book(
        rule("th.deadlines.labour_appeal_days", Unit.DAYS, (start, Decimal(15))),
        rule("th.deadlines.last_day_moves_to_next_working_day", Unit.FLAG, (start, False)),
    )
    appeal = only(no_move, "appeal_labour", judgments=(Judgment("labour", date(2025, 3, 28)),))
    assert (appeal.due_on, appeal.moved_from) == (date(2025, 4, 12), None)  # Saturday, kept
    assert [b.rule for b in appeal.basis if isinstance(b, RuleCitation)][-1] == (
        "th.deadlines.last_day_moves_to_next_working_day"
    )


# --- limitation: wages, termination, the offence, the agency --------------------------------------------------------


def test_wage_claims_give_the_oldest_wage_still_in_time_and_the_last(rules):
    found = deadlines(rules, wage_due_dates=(date(2023, 1, 31), date(2023, 3, 31), date(2024, 2, 29)))
    # Due 31 Jan 2023: ended Fri 31 Jan 2025, before today (20 Mar 2025), so not shown. Due 31 Mar 2023: from
    # 1 Apr 2023 to Mon 31 Mar 2025.
    assert found["wages_oldest"].due_on == date(2025, 3, 31)
    assert en(found["wages_oldest"].label) == (
        "Last day to claim the wages due on 2023-03-31, the oldest still in time"
    )
    # Due on the leap day 29 Feb 2024: from 1 Mar 2024 to 28 Feb 2026, a Saturday: Mon 2 Mar 2026.
    assert (found["wages_last"].due_on, found["wages_last"].moved_from) == (
        date(2026, 3, 2),
        date(2026, 2, 28),
    )
    assert not found["wages_last"].unverified
    assert found["wages_last"].basis[0].rule == "th.limitation.wages"


def test_the_rule_books_leap_day_wage_ends_on_28_february_2018(rules):
    # Due 29 Feb 2016: from 1 Mar 2016 to Wed 28 Feb 2018, a working day (Makha Bucha was 1 Mar 2018).
    wages = only(rules, "wages_last", today=date(2017, 1, 1), last_wage_due_on=date(2016, 2, 29))
    assert (wages.due_on, wages.moved_from) == (date(2018, 2, 28), None)


def test_severance_and_pay_in_lieu_run_ten_years_from_the_last_day_of_work(rules):
    # Work ended Sat 1 Mar 2025: from 2 Mar 2025 to 1 Mar 2035, a Thursday.
    termination = only(rules, "termination", last_day_of_work=date(2025, 3, 1))
    assert (termination.due_on, termination.moved_from) == (date(2035, 3, 1), None)
    assert termination.basis[0].rule == "th.limitation.severance"
    assert not termination.unverified


def test_the_offence_year_ends_on_a_leap_day_and_is_a_reading(rules):
    # Identified Tue 28 Feb 2023: one year from 1 Mar 2023 ends Thu 29 Feb 2024.
    offence = only(rules, "offence", today=date(2023, 3, 1), identified_as_victim_on=date(2023, 2, 28))
    assert (offence.due_on, offence.moved_from) == (date(2024, 2, 29), None)
    assert offence.unverified  # the identification day is taken as the day of knowledge
    cited = [b.rule for b in offence.basis if isinstance(b, RuleCitation)]
    assert cited == ["th.limitation.tort_knowledge", "th.limitation.tort_longer_criminal_period_applies"]
    words = [en(b) for b in offence.basis if isinstance(b, Text)]
    assert any(w.startswith("READING (UNVERIFIED): counted from 2023-02-28") for w in words)
    assert any("longer prescription" in w for w in words)


def test_the_claim_against_the_agency_shows_the_shorter_reading_and_names_the_other(rules):
    # Returned Fri 14 Mar 2025. Tort: one year from 15 Mar 2025 ends Sat 14 Mar 2026: Mon 16 Mar 2026. Contract:
    # the agency had 30 days to refund, to Sun 13 Apr (Songkran) -> Thu 17 Apr 2025; ten years from then end
    # Tue 17 Apr 2035.
    claim = only(rules, "fee_claim", agency_fee_paid_on=date(2024, 1, 5), returned_home_on=date(2025, 3, 14))
    assert (claim.due_on, claim.moved_from) == (date(2026, 3, 16), date(2026, 3, 14))
    assert claim.unverified
    words = " ".join(en(b) for b in claim.basis if isinstance(b, Text))
    assert "TH-ESPA-PRESC (UNVERIFIED)" in words
    assert "2025-04-17: until 2035-04-17" in words
    cited = {b.rule for b in claim.basis if isinstance(b, RuleCitation)}
    assert {
        "th.limitation.tort_knowledge",
        "th.limitation.general",
        "th.recruitment_fees.refund_days",
    } <= cited


def test_agency_deadlines_only_for_a_fee_paid_to_an_agency_for_work_abroad(rules):
    found = deadlines(rules, returned_home_on=date(2025, 3, 14))
    assert "refund_request" not in found and "fee_claim" not in found


# --- what cannot be computed ---------------------------------------------------------------------------------------


def test_a_missing_return_date_asks_for_it_instead_of_a_date(rules):
    found = deadlines(rules, agency_fee_paid_on=date(2024, 1, 5), planned_return_on=date(2025, 5, 1))
    for key in ("refund_request", "fee_claim"):
        assert found[key].due_on is None
        assert en(found[key].missing) == "cannot compute: enter the date of return"
        assert th(found[key].missing) == "คำนวณไม่ได้: โปรดกรอกวันที่เดินทางกลับ"


def test_missing_facts_come_last_each_with_what_to_enter(rules):
    found = compute_deadlines(
        Facts(today=TODAY, judgments=(Judgment("labour", None), Judgment("criminal", date(2025, 1, 31)))),
        rules,
        COURTS,
    )
    assert [d.key for d in found] == ["appeal_criminal", "wages_last", "termination", "appeal_labour"]
    messages = [en(d.missing) for d in found[1:]]
    assert messages == [
        "cannot compute: enter the wage due dates (or the last wage due date)",
        "cannot compute: enter the last day of work",
        "cannot compute: enter the date the judgment was read",
    ]


def test_a_date_before_the_rule_took_effect_says_so_instead_of_a_date(rules):
    appeal = only(rules, "appeal_labour", judgments=(Judgment("labour", date(1979, 6, 1)),))
    assert appeal.due_on is None
    assert en(appeal.missing).startswith(
        "cannot compute: rule 'th.deadlines.labour_appeal_days' has no value"
    )


def test_the_fund_request_has_no_time_limit_in_the_rule_book(rules):
    fund = only(rules, "tip_fund_request", identified_as_victim_on=date(2025, 1, 10))
    assert fund.due_on is None
    assert en(fund.missing).startswith("no time limit in the rule book")


def test_judgments_of_one_court_in_two_cases_are_told_apart(rules):
    found = deadlines(
        rules, judgments=(Judgment("labour", date(2025, 1, 31), "LC-01"), Judgment("labour", None, "LC-02"))
    )
    assert en(found["appeal_labour:LC-01"].label) == "Last day to appeal the labour court's judgment in LC-01"
    assert found["appeal_labour:LC-02"].missing is not None
    with pytest.raises(ValueError):
        Judgment("civil", date(2025, 1, 31))


# --- unverified marks ----------------------------------------------------------------------------------------------


def test_deadlines_resting_on_unverified_rules_say_so(rules):
    found = deadlines(
        rules,
        last_wage_due_on=date(2024, 12, 31),
        last_day_of_work=date(2024, 12, 31),
        agency_fee_paid_on=date(2024, 1, 5),
        returned_home_on=date(2025, 3, 14),
        judgments=(Judgment("labour", date(2025, 3, 28)), Judgment("criminal", date(2025, 1, 31))),
    )
    marks = {key: d.unverified for key, d in found.items()}
    assert marks == {
        "wages_last": False,
        "termination": False,
        "refund_request": True,  # administrative practice, not the Act
        "fee_claim": True,  # TH-ESPA-PRESC
        "appeal_labour": True,  # LCA s.54 is not in the rule book
        "appeal_criminal": True,  # CPC s.198 is not in the rule book
    }
    reasons = [
        b.source.unverified_reason for b in found["appeal_labour"].basis if isinstance(b, RuleCitation)
    ]
    assert reasons[0].startswith("not in the rule book")


# --- warnings ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hearing", "warned"),
    [
        (date(2025, 4, 3), True),  # 14 days after today (20 Mar 2025)
        (date(2025, 4, 4), False),  # 15 days
        (date(2025, 3, 20), True),  # today
        (date(2025, 3, 1), True),  # passed, and still no petition
    ],
)
def test_an_unfiled_s44_1_petition_is_warned_as_the_witness_hearing_nears(rules, hearing, warned):
    petition = only(rules, "petition_44_1", petition_44_1_filed=False, first_witness_hearing_on=hearing)
    assert petition.due_on == hearing and petition.warning is warned
    assert petition.basis[0].rule == "th.criminal.civil_claim_before_evidence"
    assert petition.unverified  # the year s.44/1 was added is unverified in criminal.toml


def test_a_filed_petition_or_no_s44_1_claim_gives_no_warning(rules):
    near = date(2025, 3, 25)
    assert "petition_44_1" not in deadlines(rules, petition_44_1_filed=True, first_witness_hearing_on=near)
    assert "petition_44_1" not in deadlines(rules, petition_44_1_filed=None, first_witness_hearing_on=near)
    unknown = only(rules, "petition_44_1", petition_44_1_filed=False)
    assert en(unknown.missing) == "cannot compute: enter the date of the first witness-examination hearing"
    assert not unknown.warning


def test_a_planned_return_without_advance_testimony_is_a_warning(rules):
    facts = {"in_criminal_case": True, "planned_return_on": date(2025, 5, 1)}
    warning = only(rules, "advance_testimony", **facts)
    assert warning.warning and warning.due_on == date(2025, 5, 1) and warning.unverified
    assert (
        en(warning.label) == "Have the claimant's testimony taken in advance before the planned return home"
    )
    assert "advance_testimony" not in deadlines(rules, advance_testimony_recorded=True, **facts)
    assert "advance_testimony" not in deadlines(rules, planned_return_on=date(2025, 5, 1))  # no criminal case
    assert "advance_testimony" not in deadlines(rules, returned_home_on=date(2025, 3, 1), **facts)


def test_only_the_two_warnings_warn(rules):
    found = deadlines(
        rules,
        last_wage_due_on=date(2023, 3, 31),
        judgments=(Judgment("labour", date(2025, 3, 28)),),
        in_criminal_case=True,
        planned_return_on=date(2025, 5, 1),
        petition_44_1_filed=False,
        first_witness_hearing_on=date(2025, 3, 25),
    )
    assert {key for key, d in found.items() if d.warning} == {"advance_testimony", "petition_44_1"}


# --- follow-up visits are not deadlines -----------------------------------------------------------------------------


def test_the_return_home_makes_no_follow_up_deadline_the_visits_are_planned_elsewhere(rules):
    # Issue 15: the 3/6/12-month rhythm is planned as visits (claims.services.follow_up_visits), each with a
    # task that reaches its visitor; a deadline beside it would remind the team twice of one visit.
    for facts in ({"returned_home_on": date(2024, 11, 30)}, {"planned_return_on": date(2025, 5, 1)}):
        found = deadlines(rules, today=date(2024, 12, 1), **facts)
        assert not [key for key in found if key.startswith("follow_up")]


# --- the whole list ------------------------------------------------------------------------------------------------

CLAIMANT = Facts(
    today=TODAY,
    last_day_of_work=date(2025, 3, 1),
    wage_due_dates=(date(2023, 1, 31), date(2023, 3, 31), date(2024, 2, 29)),
    agency_fee_paid_on=date(2024, 1, 5),
    returned_home_on=date(2025, 3, 14),
    judgments=(Judgment("labour", date(2025, 3, 28), "LC-01"), Judgment("criminal", date(2024, 11, 29))),
    in_criminal_case=True,
    petition_44_1_filed=False,
    first_witness_hearing_on=date(2025, 4, 1),
    identified_as_victim_on=date(2025, 2, 28),
)


def test_deadlines_come_in_date_order_then_those_that_cannot_be_computed(rules):
    found = compute_deadlines(CLAIMANT, rules, COURTS)
    dated = [d.due_on for d in found if d.due_on is not None]
    assert dated == sorted(dated)
    assert [d.key for d in found][:5] == [
        "appeal_criminal",  # 2 Jan 2025
        "wages_oldest",  # 31 Mar 2025
        "petition_44_1",  # 1 Apr 2025
        "refund_request",  # 17 Apr 2025 (the same day as the appeal: computed first)
        "appeal_labour:LC-01",  # 17 Apr 2025
    ]
    assert found[-1].key == "tip_fund_request" and found[-1].due_on is None


def test_every_word_of_every_deadline_is_in_thai_and_english_and_survives_json(rules):
    found = compute_deadlines(CLAIMANT, rules, COURTS)
    texts = [
        t
        for d in found
        for t in (d.label, d.moved_because, d.missing, *(b for b in d.basis if isinstance(b, Text)))
        if t is not None
    ]
    assert len(texts) > 25  # every kind of deadline but the tip fund request has its words here
    for text in texts:
        assert has_thai_script(th(text)), text
        stored = from_json(to_json(text))
        assert (stored.render("en"), stored.render("th")) == (en(text), th(text))


# --- properties ----------------------------------------------------------------------------------------------------

DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))


@SETTINGS
@given(DAYS, st.sets(DAYS, max_size=5))
def test_next_working_day_is_a_working_day_on_or_after_the_day_with_none_between(day, closed):
    calendar = WorkingDays(dict.fromkeys(closed, "closed"))
    found = calendar.next_working_day(day)
    assert found >= day and calendar.is_working_day(found) and found not in closed
    assert all(not calendar.is_working_day(day + timedelta(days=i)) for i in range((found - day).days))


@SETTINGS
@given(DAYS, st.integers(min_value=0, max_value=40))
def test_add_working_days_skips_exactly_that_many_working_days(day, count):
    found = COURTS.add_working_days(day, count)
    between = [day + timedelta(days=i) for i in range(1, (found - day).days + 1)]
    assert sum(COURTS.is_working_day(d) for d in between) == count
    assert count == 0 or COURTS.is_working_day(found)


@SETTINGS
@given(DAYS, st.integers(min_value=1, max_value=12))
def test_a_period_in_years_ends_as_the_same_number_of_months_does(first, years):
    assert month_period_end(first, 12 * years) == year_period_end(first, years)


@SETTINGS
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2034, 12, 31)),
    st.sampled_from(["labour", "criminal"]),
)
def test_an_appeal_ends_on_a_working_day_no_earlier_than_the_period_and_only_skips_closed_days(
    rules, read, court
):
    appeal = only(rules, f"appeal_{court}", judgments=(Judgment(court, read),))
    raw = appeal.moved_from or appeal.due_on
    assert raw == (
        period_last_day(read, 15, Unit.DAYS) if court == "labour" else period_last_day(read, 1, Unit.MONTHS)
    )
    assert COURTS.is_working_day(appeal.due_on) and appeal.due_on >= raw
    assert all(not COURTS.is_working_day(raw + timedelta(days=i)) for i in range((appeal.due_on - raw).days))
    assert (appeal.moved_from is None) == (appeal.due_on == raw) == (appeal.moved_because is None)


# --- a claim filed in court (CCC s.193/14(2), unverified) -----------------------------------------------------------


def test_a_wage_claim_filed_before_its_period_ended_is_no_longer_a_deadline(rules):
    # The wage due 31 Jan 2024 prescribes on 31 Jan 2026 (moved to Mon 2 Feb 2026); filed on 15 Jan 2025: met.
    found = deadlines(
        rules,
        COURTS,
        today=date(2025, 3, 1),
        last_wage_due_on=date(2024, 1, 31),
        last_day_of_work=date(2024, 1, 31),
        claim_filed_on=date(2025, 1, 15),
    )
    assert "wages_last" not in found and "termination" not in found


def test_a_wage_claim_filed_after_its_period_ended_keeps_the_passed_deadline_on_view(rules):
    found = deadlines(
        rules,
        COURTS,
        today=date(2026, 6, 1),
        last_wage_due_on=date(2024, 1, 31),
        claim_filed_on=date(2026, 3, 1),
    )
    assert found["wages_last"].due_on == date(2026, 2, 2)
