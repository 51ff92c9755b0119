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
