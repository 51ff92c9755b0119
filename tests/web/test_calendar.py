"""The calendar through the test client: each view in English and Thai, navigation, bad input, the claimant's
schedule, and who may see them."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from claims import clock
from claims.models.enums import CaseKind, HearingStatus


@pytest.fixture
def court(make):
    return make.court(
        code="cclc", name_en="Central Labour Court", name_th="ศาลแรงงานกลาง", province="Bangkok"
    )


@pytest.fixture
def busy(db, make, court):
    """February 2024: two hearings of Khun Anong's on Wednesday 14 (a clash: other court, an hour apart), a
    postponed one on Friday 16, and a group case whose three claimants share one deadline."""
    lawyer = make.user(role="lawyer", name="Khun Anong")
    other = make.court(
        code="cm", name_en="Chiang Mai Court", name_th="ศาลจังหวัดเชียงใหม่", province="Chiang Mai"
    )
    labour = make.case(reference="LC-01", lawyer_id=lawyer.id, court_id=court.id)
    criminal = make.case(reference="CR-01", lawyer_id=lawyer.id, kind=CaseKind.CRIMINAL, court_id=other.id)
    make.hearing(labour, starts_at=datetime(2024, 2, 14, 9, 0), court_id=court.id, room="7")
    make.hearing(criminal, starts_at=datetime(2024, 2, 14, 10, 0), court_id=other.id)
    make.hearing(
        labour, starts_at=datetime(2024, 2, 16, 13, 30), court_id=court.id, status=HearingStatus.POSTPONED
    )
    # Judgment read Thu 8 Feb 2024: 15 days end Fri 23 Feb 2024, a working day, so each appeal is due then.
    claimants = []
    for i in range(3):
        claimant = make.claimant(pseudonym=f"GW-{i + 1}", legal_name=f"Legal Name G{i}")
        make.party(labour, claimant, position=i + 1)
        make.outcome(labour, claimant, decided_on=date(2024, 2, 8))
        claimants.append(claimant)
    db.session.commit()
    return {"lawyer": lawyer, "claimants": claimants, "labour": labour}


def text(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def test_the_week_shows_hearings_by_time_clashes_and_the_collapsed_deadline(db, login_as, busy):
    page = text(login_as("paralegal").get("/calendar/?view=week&day=2024-02-21"))
    assert "19 Feb 2024 – 25 Feb 2024" in page
    assert "3 claimants" in page and "GW-1" in page and "Legal Name" not in page
    claimant = busy["claimants"][0]
    assert f'href="/claimants/{claimant.id}"' in page
    page = text(login_as("paralegal").get("/calendar/?view=week&day=2024-02-14"))
    assert "12 Feb 2024 – 18 Feb 2024" in page
    assert page.index("09:00") < page.index("10:00") < page.index("13:30")
    assert "Booked elsewhere at the same time: CR-01 10:00" in page
    assert "Booked elsewhere at the same time: LC-01 09:00" in page
    assert re.search(
        r"<s>\s*<span class=\"cal-time\">13:30</span>", page
    )  # the postponed one, struck through
    assert "Central Labour Court" in page and "room 7" in page


def test_the_month_grid_runs_monday_to_sunday_with_holidays_named(db, login_as, busy):
    page = text(login_as("lawyer").get("/calendar/?view=month&day=2024-02-10"))
    assert "February 2024" in page
    cells = re.findall(r'class="cal-date" href="[^"]*day=(\d{4}-\d{2}-\d{2})', page)
    assert cells[0] == "2024-01-29" and cells[-1] == "2024-03-03" and len(cells) == 35
    assert "Makha Bucha" in page  # Saturday 24 Feb 2024
    assert "3 claimants" in page and "CR-01" in page
    # Previous and next are the first of the neighbouring months, the filters kept.
    page = text(login_as("lawyer").get("/calendar/?view=month&day=2024-02-10&case_kind=labour"))
    assert "day=2024-01-01" in page and "day=2024-03-01" in page and "case_kind=labour" in page
    # The criminal hearing is filtered out, but the labour one still says its lawyer is booked there.
    assert "CR-01</a>" not in page and "Booked elsewhere at the same time: CR-01 10:00" in page


def test_the_list_groups_the_month_by_day(db, login_as, busy):
    page = text(login_as("lawyer").get("/calendar/?view=list&day=2024-02-01"))
    headings = re.findall(r"<h2>\s*(\w+) (\d+ \w+ 2024)", page)
    assert [h[1] for h in headings] == ["14 February 2024", "16 February 2024", "23 February 2024"]
    assert headings[0][0] == "Wed"


@pytest.mark.parametrize("view", ["week", "month", "list"])
def test_each_view_in_thai_shows_the_buddhist_era(db, login_as, busy, view):
    page = text(login_as("lawyer", locale="th").get(f"/calendar/?view={view}&day=2024-02-14"))
    assert "2567" in page and "2024" not in re.sub(r"day=2024-\d\d-\d\d|20\d\d-\d\d-\d\d", "", page)
    assert "ศาลแรงงานกลาง" in page or view == "month"
    assert "09.00 น." in page


def test_the_thai_month_title_and_weekdays(db, login_as, busy):
    page = text(login_as("lawyer", locale="th").get("/calendar/?view=month&day=2024-02-14"))
    assert "กุมภาพันธ์ 2567" in page and "วันมาฆบูชา" in page
    assert re.search(r'role="columnheader">จ\.</div>', page)


@pytest.mark.parametrize("day", ["garbage", "2024-02-30", "99999-01-01", "0001-01-01", ""])
def test_a_day_that_is_not_a_date_shows_todays_period(db, login_as, day):
    page = text(login_as("lawyer").get(f"/calendar/?view=week&day={day}"))
    today = clock.today()
    monday = date.fromordinal(today.toordinal() - today.weekday())
    assert f"day={monday.isoformat()}" in page or f'value="{today.isoformat()}"' in page
    assert f'name="day" value="{today.isoformat()}"' in page


def test_an_unknown_view_is_the_week(db, login_as):
    page = text(
        login_as("lawyer").get("/calendar/?view=year&day=2024-02-14&court_id=x&lawyer_id=y&case_kind=z")
    )
    assert "12 Feb 2024 – 18 Feb 2024" in page
    assert 'name="view" value="week"' in page


def test_advisors_are_refused(db, login_as):
    client = login_as("advisor")
    assert client.get("/calendar/").status_code == 403


def test_the_claimants_schedule(db, make, login_as, busy, court):
    claimant = busy["claimants"][1]
    criminal = make.case(reference="CR-09", kind=CaseKind.CRIMINAL)
    make.party(criminal, claimant)
    make.hearing(criminal, starts_at=datetime(2099, 5, 4, 9, 30), court_id=court.id)
    db.session.commit()
    page = text(login_as("paralegal").get(f"/calendar/claimant/{claimant.id}"))
    assert "Schedule of GW-2" in page and "Legal Name" not in page
    upcoming, past = page.split("Upcoming hearings")[1].split("Past hearings")
    assert "CR-09" in upcoming and "4 May 2099" in upcoming and "Criminal" in upcoming
    # Past hearings, most recent first.
    assert past.index("16 Feb 2024") < past.index("14 Feb 2024")
    assert "23 February 2024" in page  # the appeal deadline
    thai = text(login_as("lawyer", locale="th").get(f"/calendar/claimant/{claimant.id}"))
    assert "2642" in thai and "2567" in thai


def test_the_claimants_schedule_is_for_case_workers_of_their_organisation(db, make, login_as):
    stranger = make.claimant(org=make.org())
    mine = make.claimant()
    db.session.commit()
    assert login_as("lawyer").get(f"/calendar/claimant/{stranger.id}").status_code == 404
    assert login_as("advisor").get(f"/calendar/claimant/{mine.id}").status_code == 403
    assert login_as("lawyer").get("/calendar/claimant/987654").status_code == 404


def test_a_closure_day_is_named_on_the_calendar_in_thai(db, make, login_as):
    from datetime import date as _date

    from claims.models import CourtClosure

    client = login_as("lawyer", locale="th")
    db.session.add(CourtClosure(org_id=client.user.org_id, day=_date(2025, 3, 18), reason="น้ำท่วม"))
    db.session.commit()
    page = client.get("/calendar/?view=week&day=2025-03-18").get_data(as_text=True)
    assert "น้ำท่วม" in page


def test_a_hearing_with_many_clashes_names_three_and_links_to_the_lawyers_day(db, login_as, make, court):
    lawyer = make.user(role="lawyer", name="Khun Busy")
    for n in range(5):
        case = make.case(reference=f"LC-1{n}", lawyer_id=lawyer.id, court_id=court.id)
        make.hearing(case, starts_at=datetime(2024, 2, 14, 9, 0), court_id=court.id)
    db.session.commit()
    for lang, more in (("en", "and 1 more at the same time"), ("th", "และอีก 1 นัดในเวลาเดียวกัน")):
        page = text(login_as("lawyer", locale=lang).get("/calendar/?view=week&day=2024-02-14"))
        # Each of the five names three of its four clashes, and links to the lawyer's hearings that day.
        assert page.count("cal-clash") == 5 * 3
        assert page.count(more) == 5
        assert f"/hearings/?on=2024-02-14&amp;lawyer_id={lawyer.id}" in page


def test_a_deadline_shared_by_many_names_ten_and_counts_the_others(db, login_as, make):
    lawyer = make.user(role="lawyer")
    case = make.case(reference="LC-77", lawyer_id=lawyer.id)
    for i in range(12):
        claimant = make.claimant(pseudonym=f"MW-{i + 1:02d}")
        make.party(case, claimant, position=i + 1)
        make.outcome(case, claimant, decided_on=date(2024, 2, 8))
    db.session.commit()
    page = text(login_as("lawyer").get("/calendar/?view=week&day=2024-02-21"))
    assert "12 claimants" in page and "MW-10" in page and "MW-11" not in page
    assert "and 2 more claimants" in page
    thai = text(login_as("lawyer", locale="th").get("/calendar/?view=week&day=2024-02-21"))
    assert "และผู้เรียกร้องอีก 2 คน" in thai
