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
