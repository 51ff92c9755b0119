"""A hearing set on a day the court is closed (issue 18): a public holiday of the courts' calendar or an
organisation's closure day. The form warns and asks to confirm (courts sometimes sit), never refuses; a stored
hearing on such a day says it on its page."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, CourtClosure, CourtOpenDay, Hearing
from tests.web.test_hearings import VALID, count

# Tuesday 13 April 2027: Songkran, a public holiday in the courts' calendar (the holidays package's Thai list).
SONGKRAN = "2027-04-13T09:30"
ORDINARY = "2027-04-20T09:30"  # a Tuesday the courts sit


@pytest.fixture
def case(make):
    court = make.court(code="cclc", name_en="Central Labour Court", name_th="ศาลแรงงานกลาง")
    return make.case(reference="LC-2027-01", court_id=court.id)


def post_new(client, case, **changes):
    return client.post(f"/hearings/new?case_id={case.id}", data={**VALID, "starts_at": SONGKRAN, **changes})


@pytest.mark.parametrize(
    ("locale", "warning"),
    [
        (
            "en",
            "13 April 2027 is a public holiday (Songkran Festival) in the court's calendar: check the date.",
        ),
        ("th", "วันสงกรานต์"),
    ],
)
def test_a_hearing_on_a_public_holiday_is_warned_about_and_not_saved_until_confirmed(
    db, login_as, case, locale, warning
):
    client = login_as("lawyer", locale=locale)
    response = post_new(client, case)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'id="closed-day"' in page and warning in page
    assert 'name="confirm_closed_day"' in page
    assert count(db, Hearing) == 0 and count(db, AuditEntry) == 0
    # the second submit, confirmed, saves it as typed
    response = post_new(client, case, confirm_closed_day="y")
    assert response.status_code == 302
    assert db.session.scalars(sa.select(Hearing.starts_at)).all() == [datetime(2027, 4, 13, 9, 30)]


def test_the_thai_warning_is_in_thai(db, login_as, case):
    page = post_new(login_as("lawyer", locale="th"), case).get_data(as_text=True)
    assert "เป็นวันหยุดราชการ (วันสงกรานต์) ตามปฏิทินศาล: โปรดตรวจสอบวันที่" in page


def test_a_hearing_on_an_ordinary_day_is_saved_without_a_question(db, login_as, case):
    response = post_new(login_as("lawyer"), case, starts_at=ORDINARY)
    assert response.status_code == 302 and count(db, Hearing) == 1


def test_an_open_day_undoes_the_holiday(db, login_as, case, make):
    db.session.add(
        CourtOpenDay(org_id=make.default_org.id, day=date(2027, 4, 13), reason="Court sat", source="Notice")
    )
    db.session.commit()
    assert post_new(login_as("lawyer"), case).status_code == 302


def test_a_closure_day_of_the_hearings_court_is_warned_about(db, login_as, case, make):
    db.session.add(
        CourtClosure(
            org_id=make.default_org.id, court_id=case.court_id, day=date(2027, 4, 20), reason="Flood"
        )
    )
    db.session.commit()
    client = login_as("lawyer")
    page = post_new(client, case, starts_at=ORDINARY).get_data(as_text=True)
    assert "20 April 2027 is a closure day of the court (Flood): check the date." in page
    assert count(db, Hearing) == 0
    assert post_new(client, case, starts_at=ORDINARY, confirm_closed_day="y").status_code == 302


def test_editing_other_fields_of_a_confirmed_hearing_asks_no_more_but_moving_it_to_a_holiday_does(
    db, login_as, case, make
):
    hearing = make.hearing(case, starts_at=datetime(2027, 4, 13, 9, 30), court_id=case.court_id)
    db.session.commit()
    client = login_as("lawyer")
    data = {**VALID, "starts_at": SONGKRAN, "court_id": str(case.court_id), "room": "5", "version": "1"}
    assert client.post(f"/hearings/{hearing.id}/edit", data=data).status_code == 302
    data = {**data, "starts_at": "2027-04-14T09:30", "version": "2"}
    response = client.post(f"/hearings/{hearing.id}/edit", data=data)
    assert response.status_code == 200 and 'id="closed-day"' in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Hearing, hearing.id).starts_at == datetime(2027, 4, 13, 9, 30)


def test_a_stored_hearing_on_a_holiday_says_so_on_its_page(db, login_as, case, make):
    hearing = make.hearing(case, starts_at=datetime(2027, 4, 13, 9, 30))
    db.session.commit()
    page = login_as("paralegal").get(f"/hearings/{hearing.id}").get_data(as_text=True)
    assert "The court is closed on 13 April 2027: Songkran Festival." in page


def test_a_stored_hearing_on_an_ordinary_day_says_nothing(db, login_as, case, make):
    hearing = make.hearing(case, starts_at=datetime(2027, 4, 20, 9, 30))
    db.session.commit()
    page = login_as("paralegal").get(f"/hearings/{hearing.id}").get_data(as_text=True)
    assert "The court is closed" not in page


# ---------------------------------------------------------------- weekends (courts sit Monday to Friday)

SATURDAY = "2027-04-24T09:30"
SUNDAY = "2027-04-25T09:30"


@pytest.mark.parametrize(
    ("locale", "starts_at", "warning"),
    [
        (
            "en",
            SATURDAY,
            "24 April 2027 is a Saturday: the courts do not sit at weekends unless an open day says so. "
            "Check the date.",
        ),
        ("en", SUNDAY, "25 April 2027 is a Sunday: the courts do not sit at weekends"),
        ("th", SATURDAY, "เป็นวันเสาร์ ศาลไม่เปิดทำการในวันหยุดสุดสัปดาห์"),
        ("th", SUNDAY, "เป็นวันอาทิตย์ ศาลไม่เปิดทำการในวันหยุดสุดสัปดาห์"),
    ],
)
def test_a_weekend_hearing_is_warned_about_and_saved_only_once_confirmed(
    db, login_as, case, locale, starts_at, warning
):
    client = login_as("lawyer", locale=locale)
    response = post_new(client, case, starts_at=starts_at)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'id="closed-day"' in page and warning in page and 'name="confirm_closed_day"' in page
    assert count(db, Hearing) == 0 and count(db, AuditEntry) == 0
    assert post_new(client, case, starts_at=starts_at, confirm_closed_day="y").status_code == 302
    assert count(db, Hearing) == 1


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en", "24 April 2027 is a Saturday: the courts do not sit at weekends."),
        ("th", "เป็นวันเสาร์ ศาลไม่เปิดทำการในวันหยุดสุดสัปดาห์"),
    ],
)
def test_a_stored_weekend_hearing_says_so_on_its_page(db, login_as, case, make, locale, said):
    hearing = make.hearing(case, starts_at=datetime(2027, 4, 24, 9, 30))
    weekday = make.hearing(case, starts_at=datetime(2027, 4, 23, 9, 30))
    db.session.commit()
    client = login_as("paralegal", locale=locale)
    assert said in client.get(f"/hearings/{hearing.id}").get_data(as_text=True)
    assert said not in client.get(f"/hearings/{weekday.id}").get_data(as_text=True)


def test_an_open_day_on_a_weekend_lets_the_hearing_through_without_a_question(db, login_as, case, make):
    db.session.add(
        CourtOpenDay(org_id=make.default_org.id, day=date(2027, 4, 24), reason="Make-up day", source="Notice")
    )
    db.session.commit()
    assert post_new(login_as("lawyer"), case, starts_at=SATURDAY).status_code == 302


# ---------------------------------------------------------------- the dashboard's and the reminders' lists


@pytest.fixture
def before_songkran(monkeypatch):
    from claims import clock

    monkeypatch.setattr(clock, "today", lambda: date(2027, 4, 8))
    monkeypatch.setattr(clock, "now", lambda: datetime(2027, 4, 8, 8, 0))


def _closed_section(page: str) -> str:
    if 'id="closed-hearings"' not in page:
        return ""
    section = page[page.index('id="closed-hearings"') :]
    return section[: section.index("</section>")]


@pytest.mark.parametrize(("locale", "name"), [("en", "Songkran Festival"), ("th", "วันสงกรานต์")])
def test_a_hearing_on_a_public_holiday_is_listed_on_the_dashboard_and_the_reminders(
    db, login_as, case, make, before_songkran, locale, name
):
    # They used to list an administrator's closures only: Songkran went unsaid until the hearing's own page.
    client = login_as("lawyer", locale=locale)
    case.lawyer_id = client.user.id
    holiday = make.hearing(case, starts_at=datetime(2027, 4, 13, 9, 30))
    ordinary = make.hearing(case, starts_at=datetime(2027, 4, 12, 9, 30))
    opened = make.hearing(case, starts_at=datetime(2027, 4, 14, 9, 30))
    db.session.add(
        CourtOpenDay(org_id=make.default_org.id, day=date(2027, 4, 14), reason="Court sat", source="Notice")
    )
    db.session.commit()
    for url in ("/", "/reminders/"):
        section = _closed_section(client.get(url).get_data(as_text=True))
        assert f"/hearings/{holiday.id}" in section and name in section, url
        assert f"/hearings/{ordinary.id}" not in section and f"/hearings/{opened.id}" not in section


def test_the_holiday_list_is_bounded_and_says_an_administrators_closure_first(
    db, login_as, case, make, before_songkran
):
    from claims.services import hearing_closures

    client = login_as("lawyer")
    for minute in range(hearing_closures.SHOWN + 5):
        make.hearing(case, starts_at=datetime(2027, 4, 15, 9, minute))
    flooded = make.hearing(case, starts_at=datetime(2027, 4, 13, 9, 0))
    db.session.add(
        CourtClosure(
            org_id=make.default_org.id, court_id=case.court_id, day=date(2027, 4, 13), reason="Flood"
        )
    )
    db.session.commit()
    section = _closed_section(client.get("/").get_data(as_text=True))
    assert section.count('href="/hearings/') == hearing_closures.SHOWN
    first = section[section.index(f"/hearings/{flooded.id}") :]
    assert "Flood" in first[: first.index("</li>")]


def test_a_weekend_hearing_is_not_listed_as_closed_on_the_dashboard(db, login_as, case, make, monkeypatch):
    from claims import clock

    monkeypatch.setattr(clock, "today", lambda: date(2027, 4, 19))
    monkeypatch.setattr(clock, "now", lambda: datetime(2027, 4, 19, 8, 0))
    make.hearing(case, starts_at=datetime(2027, 4, 24, 9, 30))
    db.session.commit()
    assert _closed_section(login_as("lawyer").get("/").get_data(as_text=True)) == ""


# ---------------------------------------------------------------- the hearings list


def _row_of(page: str, hearing_id: int) -> str:
    row = page[page.index(f'href="/hearings/{hearing_id}"') :]
    return row[: row.index("</tr>")]


@pytest.mark.parametrize(
    ("locale", "holiday", "closure", "weekend"),
    [
        ("en", "court closed: Songkran Festival", "court closed: Flood", "Saturday: courts do not sit"),
        ("th", "วันสงกรานต์", "Flood", "วันเสาร์: ศาลไม่นั่งพิจารณาคดี"),
    ],
)
def test_the_hearings_list_marks_each_hearing_whose_court_is_closed_that_day(
    db, login_as, case, make, before_songkran, locale, holiday, closure, weekend
):
    # The list is where a paralegal plans the week: a hearing on Songkran, on a flooded court's day or on a
    # Saturday was marked only on its own page.
    other_court = make.court(code="bkk", name_en="Bangkok South Civil Court", name_th="ศาลแพ่งกรุงเทพใต้")
    elsewhere = make.case(reference="LC-2027-02", court_id=other_court.id)
    on_songkran = make.hearing(case, starts_at=datetime(2027, 4, 13, 9, 30))
    flooded = make.hearing(case, starts_at=datetime(2027, 4, 16, 9, 30))
    other_court_that_day = make.hearing(elsewhere, starts_at=datetime(2027, 4, 16, 13, 30))
    saturday = make.hearing(case, starts_at=datetime(2027, 4, 17, 9, 30))
    opened_saturday = make.hearing(case, starts_at=datetime(2027, 4, 10, 9, 30))
    ordinary = make.hearing(case, starts_at=datetime(2027, 4, 12, 9, 30))
    postponed = make.hearing(case, starts_at=datetime(2027, 4, 13, 13, 30), status="postponed")
    db.session.add_all(
        [
            CourtClosure(
                org_id=make.default_org.id, court_id=case.court_id, day=date(2027, 4, 16), reason="Flood"
            ),
            CourtOpenDay(
                org_id=make.default_org.id, day=date(2027, 4, 10), reason="Make-up day", source="Notice"
            ),
        ]
    )
    db.session.commit()
    page = login_as("paralegal", locale=locale).get("/hearings/?window=14").get_data(as_text=True)
    assert holiday in _row_of(page, on_songkran.id)
    assert closure in _row_of(page, flooded.id)
    assert weekend in _row_of(page, saturday.id)
    for quiet in (other_court_that_day, opened_saturday, ordinary, postponed):
        assert "badge warn" not in _row_of(page, quiet.id).split("Interpreter")[0], quiet.starts_at


def test_the_hearings_list_reads_the_closed_days_in_two_statements_whatever_its_rows(
    app, db, login_as, case, make, before_songkran
):
    from claims.extensions import db as _db
    from tests.conftest import count_queries

    client = login_as("paralegal")
    make.hearing(case, starts_at=datetime(2027, 4, 13, 9, 30))
    db.session.commit()
    with count_queries(_db.engine) as few:
        client.get("/hearings/?window=14")
    for day in range(9, 22):
        for hour in (9, 13):
            make.hearing(case, starts_at=datetime(2027, 4, day, hour, 0))
    db.session.add(
        CourtClosure(org_id=make.default_org.id, court_id=None, day=date(2027, 4, 16), reason="Flood")
    )
    db.session.commit()
    with count_queries(_db.engine) as many:
        client.get("/hearings/?window=14")
    assert len(many) == len(few)
