"""Issue 18: a hearing's room prints once whether it was typed "ห้อง 5" or "5", and a court's province is named
in the reader's language (the court list stores it as typed, "Samut Sakhon")."""

from __future__ import annotations

import html

import pytest

from claims.area_names import province_name, room_label


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("5", "ห้อง 5"), ("ห้อง 5", "ห้อง 5"), ("ห้องพิจารณา 3", "ห้องพิจารณา 3"), ("Courtroom 9", "Courtroom 9")],
)
def test_a_room_prints_its_word_once(typed, shown):
    assert room_label(typed, "ห้อง %(room)s") == shown


def test_a_province_typed_in_english_is_named_in_the_locale():
    assert province_name("Samut Sakhon", "th") == "สมุทรสาคร"
    assert province_name("samut sakhon", "en") == "Samut Sakhon"
    assert province_name("Somewhere", "th") == "Somewhere"


def test_the_hearing_pages_print_the_room_once_and_the_courts_province_in_thai(db, make, login_as):
    court = make.court(name_th="ศาลแรงงานกลาง", name_en="Central Labour Court", province="Samut Sakhon")
    case = make.case()
    typed = make.hearing(case, court=court, room="ห้อง 5")
    bare = make.hearing(case, court=court, room="7")
    db.session.commit()
    client = login_as("lawyer", locale="th")
    listing = html.unescape(client.get("/hearings/").get_data(as_text=True))
    assert "ห้อง 5" in listing and "ห้อง ห้อง 5" not in listing
    assert "ห้อง 7" in listing
    page = html.unescape(client.get(f"/hearings/{typed.id}").get_data(as_text=True))
    assert "ศาลแรงงานกลาง · สมุทรสาคร" in page
    assert bare.id


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/reminders/?scope=org",
        "/calendar/?view=week&day={day}",
        "/calendar/?view=list&day={day}",
        "/cases/{case}",
    ],
)
def test_every_page_that_lists_hearings_prints_the_room_once(db, make, login_as, path):
    from claims import clock

    court = make.court(name_th="ศาลแรงงานกลาง", name_en="Central Labour Court")
    case = make.case(court=court)
    when = clock.now().replace(hour=9, minute=30, second=0, microsecond=0)
    from datetime import timedelta

    make.hearing(case, court=court, room="ห้อง 5", starts_at=when + timedelta(days=2))
    make.hearing(case, court=court, room="7", starts_at=when + timedelta(days=3))
    db.session.commit()
    client = login_as("lawyer", locale="th")
    page = html.unescape(
        client.get(path.format(day=when.date().isoformat(), case=case.id)).get_data(as_text=True)
    )
    assert "ห้อง 5" in page and "ห้อง ห้อง 5" not in page
    assert "ห้อง 7" in page
