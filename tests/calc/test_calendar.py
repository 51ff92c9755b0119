"""One courts' calendar and one period arithmetic (claims/calc/calendar.py, periods.py) for the deadline engine and a
calculation's limitation check (issue 17): they give the same last day for every due date of 2015-2030; the shipped
swaps and closures; open days; a last day in a year whose yearly-announced holidays are unknown says it may move.

Weekdays worked by hand: 7 Dec 2020 and 25 Oct 2021 are Mondays, 11 Dec 2020 and 22 Oct 2021 Fridays,
30 Dec 2019 a Monday, 28 Jun 2025 a Saturday, 30 Jun 2025 a Monday.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from claims.calc import Facts, compute_deadlines
from claims.calc.breakdown import Breakdown
from claims.calc.calendar import WorkingDays, shipped_calendar
from claims.calc.limitation import LimitationCheck
from claims.calc.lookup import rules_for

ONE = timedelta(days=1)


@pytest.fixture(scope="module")
def courts(rulebook) -> WorkingDays:
    return shipped_calendar(rulebook)


def check(rulebook, filed_on: date, calendar: WorkingDays) -> tuple[LimitationCheck, Breakdown]:
    out = Breakdown(claimant="T", jurisdiction="th", computed_on=filed_on)
    return LimitationCheck(rules_for(rulebook), "th", filed_on, 90, out, calendar), out


def test_the_calculation_and_the_deadline_engine_give_the_same_last_day_for_every_due_date_of_2015_to_2030(
    rulebook, courts
):
    # The wage deadline (2 years, CCC s.193/34(9)) and the termination one (10 years, s.193/30) of the engine,
    # against the limitation check of a calculation filed on that day (in time) and the day after (barred).
    rules = rules_for(rulebook)
    day, disagree = date(2015, 1, 1), []
    while day <= date(2030, 12, 31):
        found = {
            d.key: d.due_on
            for d in compute_deadlines(
                Facts(today=day, wage_due_dates=(day,), last_day_of_work=day), rules, courts
            )
        }
        for kind, key in (
            ("wages", "wages_last"),
            ("severance", "termination"),
            ("pay_in_lieu", "termination"),
        ):
            last = found[key]
            in_time, _ = check(rulebook, last, courts)
            late, _ = check(rulebook, last + ONE, courts)
            if in_time.barred(kind, day) is not None or late.barred(kind, day) is None:
                disagree.append((kind, day, last))
        day += ONE
    assert disagree == []


def test_an_amount_in_time_only_because_its_last_day_moved_cites_s_193_8(rulebook, courts):
    # Due 28 Jun 2023: two years from 29 Jun 2023 end on Sat 28 Jun 2025, which moves to Mon 30 Jun 2025.
    in_time, out = check(rulebook, date(2025, 6, 30), courts)
    assert in_time.barred("wages", date(2023, 6, 28)) is None
    moved = [w for w in out.warnings if w.code == "limitation"]
    assert len(moved) == 1
    assert moved[0].message.startswith(
        "the amounts due on 2023-06-28 are still in time: the last day, 2025-06-28"
    )
    assert "2025-06-30" in moved[0].message and "s.193/8" in moved[0].message
    thai = moved[0].message_text.render("th")
    assert "มาตรา 193/8" in thai
    late, _ = check(rulebook, date(2025, 7, 1), courts)
    assert late.barred("wages", date(2023, 6, 28)) is not None


def test_the_warning_of_a_period_about_to_end_names_the_move(rulebook, courts):
    soon, out = check(rulebook, date(2025, 6, 1), courts)
    assert soon.barred("wages", date(2023, 6, 28)) is None
    soon.finish()
    (warning,) = [w for w in out.warnings if w.code == "limitation_soon"]
    assert warning.message.startswith(
        "part of the claim becomes time-barred after 2025-06-30: file by that date ("
    )
    assert "s.193/8" in warning.message


def test_the_cabinets_swaps_are_in_the_shipped_calendar(courts):
    # The package lists 7 Dec 2020 and 25 Oct 2021; the cabinet moved them to 11 Dec 2020 and 22 Oct 2021.
    assert not WorkingDays().is_working_day(date(2020, 12, 7))
    assert courts.is_working_day(date(2020, 12, 7))
    assert not courts.is_working_day(date(2020, 12, 11))
    assert courts.is_working_day(date(2021, 10, 25))
    assert not courts.is_working_day(date(2021, 10, 22))
    assert "moved from 25 October 2021" in courts.closed_because(date(2021, 10, 22)).render("en")
    assert not courts.is_working_day(date(2019, 12, 30))
    # Regional closures are shipped but not applied: ASEAN 2019 (verified: the courts' own holiday in Bangkok and
    # Nonthaburi) and APEC 2022 (unverified: whether the courts closed is not known).
    assert courts.is_working_day(date(2019, 11, 4))
    assert courts.is_working_day(date(2022, 11, 16))


def test_a_deadline_ending_on_7_december_2020_stays_there(rulebook, courts):
    # Due 7 Dec 2018: two years from 8 Dec 2018 end on Mon 7 Dec 2020, a day the courts sat.
    found = {
        d.key: d
        for d in compute_deadlines(
            Facts(today=date(2020, 1, 1), wage_due_dates=(date(2018, 12, 7),)), rulebook, courts
        )
    }
    assert found["wages_last"].due_on == date(2020, 12, 7)
    assert found["wages_last"].moved_from is None


def test_an_administrators_open_day_undoes_a_holiday_and_a_closure_beats_it():
    holiday = date(2025, 4, 14)  # Songkran, a Monday
    assert not WorkingDays().is_working_day(holiday)
    assert WorkingDays(open_days={holiday: "the court sat"}).is_working_day(holiday)
    both = WorkingDays(closures={holiday: "flood"}, open_days={holiday: "the court sat"})
    assert not both.is_working_day(holiday)
    assert WorkingDays(open_days={holiday: "x"}).closed_because(holiday) is None
    # An open day never opens a weekend.
    assert not WorkingDays(open_days={date(2025, 4, 12): "x"}).is_working_day(date(2025, 4, 12))


def test_a_year_without_the_royal_ploughing_ceremony_is_unannounced(courts):
    assert courts.unannounced(2026) == ()
    assert courts.unannounced(2027) == ("royal_ploughing",)


def test_a_deadline_in_a_year_the_calendar_cannot_know_says_it_may_move(rulebook, courts):
    # Due 31 Jan 2026: two years end on 31 Jan 2028; no Royal Ploughing day is known for 2028.
    found = {
        d.key: d
        for d in compute_deadlines(
            Facts(today=date(2026, 2, 1), wage_due_dates=(date(2026, 1, 31),)), rulebook, courts
        )
    }
    wages = found["wages_last"]
    assert wages.due_on == date(2028, 1, 31)
    assert wages.may_move.render("en").startswith("the last day, 2028-01-31, may still move")
    assert "Royal Ploughing Ceremony" in wages.may_move.render("en")
    assert "พืชมงคล" in wages.may_move.render("th")
    # Due 30 Apr 2024: two years end on 30 Apr 2026, a year the calendar knows.
    known = {
        d.key: d
        for d in compute_deadlines(
            Facts(today=date(2024, 5, 1), wage_due_dates=(date(2024, 4, 30),)), rulebook, courts
        )
    }
    assert known["wages_last"].may_move is None


def test_a_calculation_with_a_last_day_in_an_unknown_year_warns(rulebook, courts):
    later, out = check(rulebook, date(2026, 2, 1), courts)
    assert later.barred("wages", date(2026, 1, 31)) is None
    later.finish()
    (warning,) = [w for w in out.warnings if w.code == "limitation_may_move"]
    assert warning.message.startswith("the last day, 2028-01-31, may still move")
