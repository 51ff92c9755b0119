"""The calendar's reads: the periods each view shows, the filters, a lawyer booked twice, the claimant's schedule."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from claims.models.enums import CaseKind, HearingKind, HearingStatus
from claims.services import calendar
from claims.services.calendar import CalendarFilters, load_calendar
from claims.services.errors import Forbidden, NotFound

TODAY = date(2025, 3, 20)


@pytest.fixture
def lawyer(make):
    return make.user(role="lawyer", name="Khun Anong")


@pytest.fixture
def courts(make):
    return (
        make.court(code="cclc", name_en="Central Labour Court", name_th="ศาลแรงงานกลาง", province="Bangkok"),
        make.court(
            code="cm-crim",
            name_en="Chiang Mai Criminal Court",
            name_th="ศาลจังหวัดเชียงใหม่",
            province="Chiang Mai",
        ),
    )


# ---------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("view", "day", "first", "last"),
    [
        # 1 Feb 2024 is a Thursday: the grid starts on Monday 29 Jan; 29 Feb is a Thursday: it ends Sunday 3 Mar.
        ("month", date(2024, 2, 14), date(2024, 1, 29), date(2024, 3, 3)),
        # September 2025 starts on a Monday and ends on a Tuesday: Mon 1 Sep to Sun 5 Oct.
        ("month", date(2025, 9, 30), date(2025, 9, 1), date(2025, 10, 5)),
        # Wednesday 14 Feb 2024: Monday 12 to Sunday 18.
        ("week", date(2024, 2, 14), date(2024, 2, 12), date(2024, 2, 18)),
        # A Sunday belongs to the week that began the Monday before.
        ("week", date(2024, 2, 18), date(2024, 2, 12), date(2024, 2, 18)),
        # The list shows the month itself; 2024 is a leap year.
        ("list", date(2024, 2, 14), date(2024, 2, 1), date(2024, 2, 29)),
    ],
)
def test_each_view_shows_its_period(view, day, first, last):
    assert calendar.period(view, day) == (first, last)


@pytest.mark.parametrize(
    ("view", "day", "previous", "following"),
    [
        ("week", date(2024, 2, 14), date(2024, 2, 5), date(2024, 2, 19)),
        ("month", date(2024, 1, 31), date(2023, 12, 1), date(2024, 2, 1)),
        ("list", date(2024, 12, 5), date(2024, 11, 1), date(2025, 1, 1)),
    ],
)
def test_previous_and_next_step_a_week_or_a_month(view, day, previous, following):
    assert calendar.neighbours(view, day) == (previous, following)


def test_the_month_of_february_2024_has_five_weeks_with_holidays_named(db, make, lawyer):
    cal = load_calendar(lawyer, "month", date(2024, 2, 14), today=TODAY)
    assert (cal.start, cal.end) == (date(2024, 1, 29), date(2024, 3, 3))
    assert len(cal.weeks) == 5 and all(len(week) == 7 for week in cal.weeks)
    assert [d.day for d in cal.weeks[0]][:3] == [date(2024, 1, 29), date(2024, 1, 30), date(2024, 1, 31)]
    assert not cal.days[0].in_period and cal.days[3].in_period  # 29 Jan greyed, 1 Feb in the month
    # Makha Bucha fell on Saturday 24 Feb 2024, with its substitution day on Monday 26 Feb.
    by_day = {d.day: d for d in cal.days}
    assert by_day[date(2024, 2, 24)].closed_name("en") == "Makha Bucha"
    assert by_day[date(2024, 2, 24)].closed_name("th") == "วันมาฆบูชา"
    assert by_day[date(2024, 2, 26)].holiday
    assert by_day[date(2024, 2, 25)].weekend and not by_day[date(2024, 2, 25)].holiday
    assert not by_day[date(2024, 2, 14)].weekend and by_day[date(2024, 2, 14)].closed is None


def test_an_unknown_view_is_the_week(db, lawyer):
    cal = load_calendar(lawyer, "year", date(2024, 2, 14), today=TODAY)
    assert cal.view == "week" and (cal.start, cal.end) == (date(2024, 2, 12), date(2024, 2, 18))


def test_advisors_are_refused(db, make):
    with pytest.raises(Forbidden):
        load_calendar(make.user(role="advisor"), "week", TODAY)


# ---------------------------------------------------------------- hearings and filters


def test_the_week_lists_the_organisations_hearings_by_day_and_time(db, make, lawyer, courts):
    case = make.case(reference="LC-01", lawyer_id=lawyer.id, court_id=courts[0].id)
    late = make.hearing(case, starts_at=datetime(2025, 3, 18, 13, 30), court_id=courts[0].id)
    early = make.hearing(case, starts_at=datetime(2025, 3, 18, 9, 0), court_id=courts[0].id)
    make.hearing(case, starts_at=datetime(2025, 3, 24, 9, 0))  # next week
    make.hearing(
        make.case(reference="LC-OLD", archived_at=datetime(2025, 1, 1)), starts_at=datetime(2025, 3, 19, 9)
    )
    make.hearing(make.case(org=make.org(), reference="LC-X"), starts_at=datetime(2025, 3, 19, 9))
    db.session.commit()
    cal = load_calendar(lawyer, "week", date(2025, 3, 20), today=TODAY)
    by_day = {d.day: [e.hearing.id for e in d.hearings] for d in cal.days}
    assert by_day[date(2025, 3, 18)] == [early.id, late.id]
    assert sum(len(ids) for ids in by_day.values()) == 2
    assert [d.today for d in cal.days].index(True) == 3  # Thursday 20 March


def test_postponed_and_cancelled_hearings_are_shown_as_vacated(db, make, lawyer):
    case = make.case(lawyer_id=lawyer.id)
    make.hearing(case, starts_at=datetime(2025, 3, 18, 9), status=HearingStatus.POSTPONED)
    make.hearing(case, starts_at=datetime(2025, 3, 19, 9), status=HearingStatus.CANCELLED)
    make.hearing(case, starts_at=datetime(2025, 3, 20, 9))
    db.session.commit()
    entries = [e for d in load_calendar(lawyer, "week", TODAY, today=TODAY).days for e in d.hearings]
    assert [e.vacated for e in entries] == [True, True, False]


def test_filters_by_court_province_lawyer_and_case_kind(db, make, lawyer, courts):
    other_lawyer = make.user(role="lawyer", name="Khun Boon")
    labour = make.case(reference="LC-01", lawyer_id=lawyer.id, kind=CaseKind.LABOUR)
    criminal = make.case(reference="CR-01", lawyer_id=other_lawyer.id, kind=CaseKind.CRIMINAL)
    in_bangkok = make.hearing(labour, starts_at=datetime(2025, 3, 17, 9), court_id=courts[0].id)
    in_chiang_mai = make.hearing(criminal, starts_at=datetime(2025, 3, 18, 9), court_id=courts[1].id)
    # The case is Khun Boon's, but Khun Anong goes to this one.
    sent = make.hearing(
        criminal, starts_at=datetime(2025, 3, 19, 9), court_id=courts[1].id, lawyer_id=lawyer.id
    )
    db.session.commit()

    def ids(**kw):
        cal = load_calendar(lawyer, "week", TODAY, CalendarFilters(**kw), today=TODAY)
        return [e.hearing.id for d in cal.days for e in d.hearings]

    assert ids() == [in_bangkok.id, in_chiang_mai.id, sent.id]
    assert ids(court_id=courts[0].id) == [in_bangkok.id]
    assert ids(province="Chiang Mai") == [in_chiang_mai.id, sent.id]
    assert ids(lawyer_id=lawyer.id) == [in_bangkok.id, sent.id]
    assert ids(lawyer_id=other_lawyer.id) == [in_chiang_mai.id, sent.id]
    assert ids(case_kind="labour") == [in_bangkok.id]
    assert ids(case_kind="criminal", province="Bangkok") == []
    names = [u.name for u in load_calendar(lawyer, "week", TODAY, today=TODAY).lawyers]
    assert names == ["Khun Anong", "Khun Boon"]


def own(statements: list[str]) -> list[str]:
    """The calendar's own queries, without the deadlines' refresh (its work depends on what changed, not on the
    number of rows shown)."""
    refresh = (
        "deadline_refreshes",
        "deadline_rule_states",
        "case_claimants.case_id, case_claimants.claimant_id",
    )
    return [s for s in statements if not any(r in s for r in refresh)]


def test_the_number_of_queries_does_not_grow_with_the_hearings(db, make, lawyer, courts, query_counter):
    case = make.case(lawyer_id=lawyer.id, court_id=courts[0].id)
    make.hearing(case, starts_at=datetime(2025, 3, 17, 9), court_id=courts[0].id)
    db.session.commit()
    load_calendar(lawyer, "month", TODAY, today=TODAY)  # the deadlines' first refresh
    db.session.expire_all()
    with query_counter() as few:
        load_calendar(lawyer, "month", TODAY, today=TODAY)
    for n in range(6):
        other = make.case(lawyer_id=make.user(role="lawyer").id, court_id=courts[n % 2].id)
        make.hearing(
            other, starts_at=datetime(2025, 3, 3 + n, 9 + n), court_id=courts[n % 2].id, lawyer_id=lawyer.id
        )
    db.session.commit()
    load_calendar(lawyer, "month", TODAY, today=TODAY)
    db.session.expire_all()
    with query_counter() as many:
        cal = load_calendar(lawyer, "month", TODAY, today=TODAY)
        for d in cal.days:  # what the templates touch
            for e in d.hearings:
                _ = (e.hearing.case.reference, e.hearing.court.name("en"), e.lawyer and e.lawyer.name)
    assert cal.hearing_count == 7
    # The user (expired above), the hearings of cases other organisations share with the user's (issue 18), each
    # day's first hearings, the number each day has, the scheduled ones for the double booking, the deadlines, the
    # follow-up visits due and their number each day, the closure days, the courts and the lawyers.
    assert len(own(many)) == len(own(few)) == 11


def test_a_busy_day_shows_its_first_hearings_and_counts_the_rest(db, make, lawyer, courts):
    case = make.case(lawyer_id=lawyer.id, court_id=courts[0].id)
    busy = date(2025, 3, 12)
    for n in range(15):
        make.hearing(case, starts_at=datetime(2025, 3, 12, 8) + timedelta(minutes=20 * n), court_id=None)
    make.hearing(case, starts_at=datetime(2025, 3, 13, 9), court_id=courts[0].id)
    db.session.commit()
    week = load_calendar(lawyer, "week", busy, today=TODAY)
    day = next(d for d in week.days if d.day == busy)
    assert len(day.hearings) == calendar.DAY_LIMITS["week"] == 12
    assert (day.hearing_total, day.more_hearings) == (15, 3)
    assert [e.hearing.starts_at for e in day.hearings] == sorted(e.hearing.starts_at for e in day.hearings)
    assert week.hearing_count == 16
    month = load_calendar(lawyer, "month", busy, today=TODAY)
    day = next(d for d in month.days if d.day == busy)
    assert (len(day.hearings), day.more_hearings) == (4, 11)
    # Every hearing still counts for double booking, shown or not: the lawyer is booked all morning.
    assert all(e.clashes for e in day.hearings)


# ---------------------------------------------------------------- double booking


def test_a_lawyer_in_two_courts_within_three_hours_is_flagged_on_both(db, make, lawyer, courts):
    labour = make.case(reference="LC-01", lawyer_id=lawyer.id)
    criminal = make.case(reference="CR-01", lawyer_id=lawyer.id)
    first = make.hearing(labour, starts_at=datetime(2025, 3, 18, 9, 0), court_id=courts[0].id)
    second = make.hearing(
        criminal, starts_at=datetime(2025, 3, 18, 12, 0), court_id=courts[1].id
    )  # 3 h later
    db.session.commit()
    entries = {
        e.hearing.id: e for d in load_calendar(lawyer, "week", TODAY, today=TODAY).days for e in d.hearings
    }
    assert entries[first.id].clashes == [calendar.Clash(second.id, "CR-01", datetime(2025, 3, 18, 12, 0))]
    assert entries[second.id].clashes == [calendar.Clash(first.id, "LC-01", datetime(2025, 3, 18, 9, 0))]


def test_the_hearings_own_lawyer_is_the_one_booked(db, make, lawyer, courts):
    colleague = make.user(role="lawyer")
    mine = make.case(reference="LC-01", lawyer_id=lawyer.id)
    theirs = make.case(reference="LC-02", lawyer_id=colleague.id)
    a = make.hearing(mine, starts_at=datetime(2025, 3, 18, 9), court_id=courts[0].id)
    # The colleague's case, but Khun Anong is sent: she cannot be in Chiang Mai an hour later.
    b = make.hearing(theirs, starts_at=datetime(2025, 3, 18, 10), court_id=courts[1].id, lawyer_id=lawyer.id)
    # The colleague's own hearing at the same time: a different lawyer, no clash.
    c = make.hearing(theirs, starts_at=datetime(2025, 3, 18, 9), court_id=courts[1].id)
    db.session.commit()
    clashes = calendar.find_clashes([a, b, c])
    assert set(clashes) == {a.id, b.id}


@pytest.mark.parametrize(
    ("second_at", "same_court", "status", "flagged"),
    [
        (datetime(2025, 3, 18, 9, 0), True, HearingStatus.SCHEDULED, True),  # same start, same court
        (
            datetime(2025, 3, 18, 10, 0),
            True,
            HearingStatus.SCHEDULED,
            False,
        ),  # one after the other, one building
        (datetime(2025, 3, 18, 12, 1), False, HearingStatus.SCHEDULED, False),  # more than 3 h apart
        (datetime(2025, 3, 19, 9, 0), False, HearingStatus.SCHEDULED, False),  # another day
        (datetime(2025, 3, 18, 9, 0), False, HearingStatus.POSTPONED, False),  # not happening
        (datetime(2025, 3, 18, 9, 0), False, HearingStatus.CANCELLED, False),
    ],
)
def test_what_is_not_a_double_booking(db, make, lawyer, courts, second_at, same_court, status, flagged):
    case = make.case(lawyer_id=lawyer.id)
    first = make.hearing(case, starts_at=datetime(2025, 3, 18, 9, 0), court_id=courts[0].id)
    make.hearing(case, starts_at=second_at, court_id=courts[0 if same_court else 1].id, status=status)
    db.session.commit()
    cal = load_calendar(lawyer, "week", TODAY, today=TODAY)
    entry = next(e for d in cal.days for e in d.hearings if e.hearing.id == first.id)
    assert bool(entry.clashes) is flagged


def test_a_clash_with_a_hearing_the_filters_hide_is_still_flagged(db, make, lawyer, courts):
    labour = make.case(reference="LC-01", lawyer_id=lawyer.id, kind=CaseKind.LABOUR)
    criminal = make.case(reference="CR-01", lawyer_id=lawyer.id, kind=CaseKind.CRIMINAL)
    shown = make.hearing(labour, starts_at=datetime(2025, 3, 18, 9), court_id=courts[0].id)
    make.hearing(criminal, starts_at=datetime(2025, 3, 18, 10), court_id=courts[1].id)
    db.session.commit()
    cal = load_calendar(lawyer, "week", TODAY, CalendarFilters(case_kind="labour"), today=TODAY)
    [entry] = [e for d in cal.days for e in d.hearings]
    assert entry.hearing.id == shown.id and [c.case_reference for c in entry.clashes] == ["CR-01"]


# ---------------------------------------------------------------- deadlines


def group_judgment(make, lawyer, n=3, reference="LC-01", kind=CaseKind.LABOUR):
    """A group case judged on 28 Mar 2025: each claimant's appeal is due Thursday 17 Apr 2025 (15 days end on
    Sat 12 Apr; Songkran and its substitution day push it to the 17th: tests/services/test_deadlines.py)."""
    case = make.case(reference=reference, lawyer_id=lawyer.id, kind=kind)
    claimants = []
    for i in range(n):
        claimant = make.claimant(pseudonym=f"{reference}-W{i + 1}")
        make.party(case, claimant, position=i + 1)
        make.outcome(case, claimant, decided_on=date(2025, 3, 28))
        claimants.append(claimant)
    return case, claimants


def test_a_group_cases_identical_deadlines_collapse_into_one_entry(db, make, lawyer):
    group_judgment(make, lawyer, n=3)
    db.session.commit()
    cal = load_calendar(lawyer, "week", date(2025, 4, 17), today=TODAY)
    day = next(d for d in cal.days if d.day == date(2025, 4, 17))
    [entry] = day.deadlines
    assert entry.count == 3 and not entry.overdue
    assert [c.pseudonym for c in entry.claimants] == ["LC-01-W1", "LC-01-W2", "LC-01-W3"]
    assert "appeal" in entry.label("en").lower()
    assert sum(len(d.deadlines) for d in cal.days) == 1


def test_deadlines_follow_the_case_filters_through_the_claimants_cases(db, make, lawyer):
    group_judgment(make, lawyer, n=2, reference="LC-01")
    db.session.commit()

    def entries(**kw):
        cal = load_calendar(lawyer, "month", date(2025, 4, 1), CalendarFilters(**kw), today=TODAY)
        return [e.count for d in cal.days for e in d.deadlines]

    assert entries() == [2]
    assert entries(case_kind="labour") == [2]
    assert entries(case_kind="criminal") == []
    assert entries(lawyer_id=make.user(role="lawyer").id) == []


# ---------------------------------------------------------------- a claimant's schedule


def test_the_claimants_schedule_spans_their_criminal_and_labour_cases(db, make, lawyer, courts):
    claimant = make.claimant(pseudonym="BP-01")
    labour = make.case(reference="LC-01", kind=CaseKind.LABOUR, lawyer_id=lawyer.id, court_id=courts[0].id)
    criminal = make.case(
        reference="CR-01", kind=CaseKind.CRIMINAL, lawyer_id=lawyer.id, court_id=courts[1].id
    )
    make.party(labour, claimant)
    make.party(criminal, claimant)
    make.outcome(labour, claimant, decided_on=date(2025, 3, 28))
    unrelated = make.case(reference="LC-99")
    make.hearing(unrelated, starts_at=datetime(2025, 4, 1, 9))
    past = make.hearing(
        labour, starts_at=datetime(2025, 1, 10, 9), status=HearingStatus.HELD, outcome="Heard"
    )
    older = make.hearing(
        criminal, starts_at=datetime(2024, 11, 5, 9), status=HearingStatus.HELD, outcome="Heard"
    )
    soon = make.hearing(
        criminal, starts_at=datetime(2025, 3, 20, 13, 30), kind=HearingKind.WITNESS_EXAMINATION
    )
    later = make.hearing(labour, starts_at=datetime(2025, 5, 2, 9), court_id=courts[0].id)
    db.session.commit()
    schedule = calendar.claimant_schedule(lawyer, claimant.id, now=datetime(2025, 3, 20, 16, 0))
    assert [link.case.reference for link in schedule.links] == ["CR-01", "LC-01"]
    # This afternoon's hearing is still today's business: upcoming, soonest first; the past most recent first.
    assert [e.hearing.id for e in schedule.upcoming] == [soon.id, later.id]
    assert [e.hearing.id for e in schedule.past] == [past.id, older.id]
    dated = [v.due_on for v in schedule.deadlines if v.due_on is not None]
    assert dated == sorted(dated) and date(2025, 4, 17) in dated
    assert {v.due_on is None for v in schedule.deadlines[len(dated) :]} <= {True}


def test_the_claimants_schedule_flags_a_double_booking(db, make, lawyer, courts):
    claimant = make.claimant()
    case = make.case(reference="LC-01", lawyer_id=lawyer.id)
    make.party(case, claimant)
    hearing = make.hearing(case, starts_at=datetime(2025, 4, 1, 9), court_id=courts[0].id)
    make.hearing(make.case(reference="CR-07", lawyer_id=lawyer.id), starts_at=datetime(2025, 4, 1, 9))
    db.session.commit()
    schedule = calendar.claimant_schedule(lawyer, claimant.id, now=datetime(2025, 3, 20, 9))
    [entry] = schedule.upcoming
    assert entry.hearing.id == hearing.id and [c.case_reference for c in entry.clashes] == ["CR-07"]


def test_another_organisations_claimant_is_not_found(db, make, lawyer):
    stranger = make.claimant(org=make.org())
    db.session.commit()
    with pytest.raises(NotFound):
        calendar.claimant_schedule(lawyer, stranger.id)


def test_closure_days_shade_the_day_for_every_court_and_note_one_courts(db, make, lawyer, courts):
    from claims.models import CourtClosure

    db.session.add_all(
        [
            CourtClosure(org_id=lawyer.org_id, day=date(2025, 3, 18), reason="Flood"),
            CourtClosure(org_id=lawyer.org_id, court_id=courts[0].id, day=date(2025, 3, 19), reason="Works"),
        ]
    )
    db.session.commit()
    days = {d.day: d for d in load_calendar(lawyer, "week", TODAY, today=TODAY).days}
    assert days[date(2025, 3, 18)].closure_reason == "Flood"
    assert days[date(2025, 3, 19)].closure_reason is None
    assert [(court.id, reason) for court, reason in days[date(2025, 3, 19)].court_closures] == [
        (courts[0].id, "Works")
    ]
    # Filtered on that court, its closure closes the day.
    filtered = load_calendar(lawyer, "week", TODAY, CalendarFilters(court_id=courts[0].id), today=TODAY)
    assert {d.day: d for d in filtered.days}[date(2025, 3, 19)].closure_reason == "Works"


@pytest.mark.parametrize(
    ("first", "second", "same_court", "flagged"),
    [
        # A full day in one court and an afternoon in another: the times overlap, six hours apart at the start.
        ((time(9), time(16, 30)), (time(14), time(15)), False, True),
        # Morning and afternoon sessions in the same building: they follow each other.
        ((time(9), time(12)), (time(13, 30), time(16, 30)), True, False),
        # Two rooms of one court at overlapping times: the lawyer is in one of them only.
        ((time(9), time(12)), (time(10), time(11)), True, True),
        # Ends recorded, in different courts, one after the other within three hours: they do not overlap.
        ((time(9), time(10)), (time(11), time(12)), False, False),
    ],
)
def test_hearings_with_their_end_times_clash_when_they_overlap(
    db, make, lawyer, courts, first, second, same_court, flagged
):
    case = make.case(lawyer_id=lawyer.id)
    day = date(2025, 3, 18)
    a = make.hearing(
        case,
        starts_at=datetime.combine(day, first[0]),
        ends_at=datetime.combine(day, first[1]),
        court_id=courts[0].id,
    )
    b = make.hearing(
        case,
        starts_at=datetime.combine(day, second[0]),
        ends_at=datetime.combine(day, second[1]),
        court_id=courts[0 if same_court else 1].id,
    )
    db.session.commit()
    assert (set(calendar.find_clashes([a, b])) == {a.id, b.id}) is flagged


def test_a_busy_days_deadlines_show_their_first_entries_and_count_the_rest(db, make, lawyer):
    # Five cases judged the same day: their appeals fall on one day, one entry a case (the words name the case),
    # listed by their first claimant's pseudonym; a month's cell shows four, the week all five.
    for n in range(5):
        group_judgment(make, lawyer, n=2 if n == 0 else 1, reference=f"LC-0{5 - n}")
    db.session.commit()
    due = date(2025, 4, 17)
    month = load_calendar(lawyer, "month", due, today=TODAY)
    day = next(d for d in month.days if d.day == due)
    assert calendar.DAY_LIMITS["month"] == 4
    assert [e.claimants[0].pseudonym for e in day.deadlines] == [
        "LC-01-W1",
        "LC-02-W1",
        "LC-03-W1",
        "LC-04-W1",
    ]
    assert (day.deadline_total, day.more_deadlines) == (5, 1)
    week = load_calendar(lawyer, "week", due, today=TODAY)
    day = next(d for d in week.days if d.day == due)
    assert (len(day.deadlines), day.deadline_total, day.more_deadlines) == (5, 5, 0)
    assert [e.count for e in day.deadlines] == [1, 1, 1, 1, 2]
    # The group case's entry keeps both its claimants, in order, though its deadlines are two rows.
    assert [c.pseudonym for c in day.deadlines[-1].claimants] == ["LC-05-W1", "LC-05-W2"]
    assert all(not e.overdue and "LC-0" in e.label("en") for e in day.deadlines)
    # A filter counts only what it matches: the other days' counts are not taken from the unfiltered ones.
    labour = load_calendar(lawyer, "week", due, CalendarFilters(case_kind="labour"), today=TODAY)
    assert next(d for d in labour.days if d.day == due).deadline_total == 5
    criminal = load_calendar(lawyer, "week", due, CalendarFilters(case_kind="criminal"), today=TODAY)
    assert all(d.deadline_total == 0 and not d.deadlines for d in criminal.days)


def test_clashes_can_be_found_for_the_shown_hearings_alone(db, make, lawyer, courts):
    cases = [make.case(reference=f"LC-0{n}", lawyer_id=lawyer.id) for n in range(5)]
    hearings = [
        make.hearing(case, starts_at=datetime(2025, 3, 12, 9 + n % 2), court_id=courts[n % 2].id)
        for n, case in enumerate(cases)
    ]
    db.session.commit()
    every = calendar.find_clashes(hearings)
    shown = {hearings[0].id, hearings[3].id}
    some = calendar.find_clashes(hearings, only=shown)
    assert set(some) == shown
    assert all(some[i] == every[i] for i in shown)
    assert len(some[hearings[0].id]) == 4  # the hidden ones still count as the other side


def test_a_hearing_names_its_first_clashes_and_counts_the_rest(db, make, lawyer, courts):
    cases = [make.case(reference=f"LC-0{n}", lawyer_id=lawyer.id) for n in range(6)]
    for n, case in enumerate(cases):
        make.hearing(case, starts_at=datetime(2025, 3, 12, 9), court_id=courts[n % 2].id)
    db.session.commit()
    week = load_calendar(lawyer, "week", date(2025, 3, 12), today=TODAY)
    [entry, *_] = next(d for d in week.days if d.day == date(2025, 3, 12)).hearings
    assert len(entry.clashes) == 5
    assert entry.named_clashes == entry.clashes[: calendar.CLASH_LIMIT] and calendar.CLASH_LIMIT == 3
    assert entry.more_clashes == 2


def test_a_deadline_many_claimants_share_names_the_first_and_counts_them_all(db, make, lawyer):
    group_judgment(make, lawyer, n=calendar.NAMES_LIMIT + 2)
    db.session.commit()
    week = load_calendar(lawyer, "week", date(2025, 4, 17), today=TODAY)
    [entry] = next(d for d in week.days if d.day == date(2025, 4, 17)).deadlines
    assert (entry.count, len(entry.claimants), entry.more_claimants) == (12, 10, 2)
    # By pseudonym: W10 and W11 sort before W2.
    assert [c.pseudonym for c in entry.claimants] == sorted(c.pseudonym for c in entry.claimants)
    assert entry.claimants[0].pseudonym == "LC-01-W1"


def test_one_lawyers_week_counts_their_cases_and_the_hearings_they_attend_not_archived_ones(
    db, make, lawyer, courts
):
    other = make.user(role="lawyer")
    theirs = make.case(reference="LC-01", lawyer_id=lawyer.id)
    attended = make.case(reference="LC-02", lawyer_id=other.id)
    archived = make.case(reference="LC-03", lawyer_id=lawyer.id, archived_at=datetime(2025, 1, 1))
    elsewhere = make.case(reference="LC-04", lawyer_id=other.id)
    for case, attending in ((theirs, None), (attended, lawyer.id), (archived, None), (elsewhere, None)):
        make.hearing(case, starts_at=datetime(2025, 3, 12, 9), court_id=courts[0].id, lawyer_id=attending)
    db.session.commit()
    week = load_calendar(lawyer, "week", date(2025, 3, 12), CalendarFilters(lawyer_id=lawyer.id), today=TODAY)
    day = next(d for d in week.days if d.day == date(2025, 3, 12))
    assert day.hearing_total == 2
    assert sorted(e.hearing.case.reference for e in day.hearings) == ["LC-01", "LC-02"]
