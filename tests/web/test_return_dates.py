"""Issue 15: "enter the date of return" back on the reminders page. The follow-up visits are planned from the date
a person went home; a return planned (or recorded) without that date plans nothing, so the reminders page asks for
it: the first people, how many in all, and a link to the whole list, which reads the same select."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from claims.models import ReturnHome
from claims.services import return_dates

TODAY = date(2026, 3, 20)
MARKER = "RD-DESTINATION-QZX"


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    monkeypatch.setattr("claims.clock.today", lambda: TODAY)
    monkeypatch.setattr("claims.clock.now", lambda: datetime.combine(TODAY, time(10, 0)))


def text(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def world(db, make, login_as):
    """The lawyer's case: RD-01 planned to go home on 1 Feb 2026 (passed, not recorded), RD-02 with a return
    recorded without either date, RD-03 back home on 1 Mar 2026, RD-04 archived with a planned return. A
    colleague's case: RD-09, protected, planned for 1 May 2026, whose return names where they went."""
    client = login_as("lawyer")
    colleague = make.user(role="lawyer")
    mine = make.case(reference="RD-C1", lawyer_id=client.user.id)
    theirs = make.case(reference="RD-C9", lawyer_id=colleague.id)
    people = {
        "passed": make.claimant(pseudonym="RD-01", planned_return_on=date(2026, 2, 1)),
        "undated": make.claimant(pseudonym="RD-02"),
        "back": make.claimant(
            pseudonym="RD-03", planned_return_on=date(2026, 2, 20), returned_home_on=date(2026, 3, 1)
        ),
        "archived": make.claimant(
            pseudonym="RD-04", planned_return_on=date(2026, 2, 1), archived_at=datetime(2026, 3, 1)
        ),
        "protected": make.claimant(
            pseudonym="RD-09", planned_return_on=date(2026, 5, 1), protection_order=True
        ),
    }
    for key in ("passed", "undated", "back", "archived"):
        make.party(mine, people[key])
    make.party(theirs, people["protected"])
    db.session.flush()
    for key in ("undated", "protected"):
        db.session.add(
            ReturnHome(
                org_id=people[key].org_id,
                claimant_id=people[key].id,
                consent_given=True,
                destination_country="MM",
                destination_province=MARKER,
            )
        )
    db.session.commit()
    return client, people


def section(page: str) -> str:
    return page.split('id="return-dates"')[1].split("</section>")[0]


def test_reminders_ask_for_the_date_of_return_of_my_claimants(world):
    client, people = world
    part = section(text(client.get("/reminders/")))
    assert "RD-01" in part and "1 Feb 2026" in part and "passed" in part
    assert "RD-02" in part
    # Back home (visits planned), archived, or a colleague's: not asked of me.
    assert "RD-03" not in part and "RD-04" not in part and "RD-09" not in part
    assert 'data-return-dates="2"' in part
    assert f'href="/claimants/{people["passed"].id}/return/edit"' in part
    # The longest awaited first; a return without a planned day last.
    assert part.index("RD-01") < part.index("RD-02")
    assert "see them all" not in part


def test_the_organisation_view_names_a_protected_person_without_their_whereabouts(world):
    client, _people = world
    part = section(text(client.get("/reminders/?scope=org")))
    assert "RD-09" in part and "Protected" in part and 'data-return-dates="3"' in part
    assert MARKER not in text(client.get("/reminders/?scope=org"))
    assert MARKER not in text(client.get("/reminders/return-dates?scope=org"))


def test_the_page_shows_the_first_and_links_the_whole_list_with_the_same_count(world, monkeypatch):
    client, _people = world
    monkeypatch.setattr(return_dates, "REMINDER_ROWS", 1)
    # for_reminders took its default when it was defined: the page's call passes none, so patch the default.
    monkeypatch.setattr(return_dates.for_reminders, "__kwdefaults__", {"mine": True, "limit": 1})
    part = section(text(client.get("/reminders/?scope=org")))
    assert "RD-01" in part and "RD-02" not in part
    assert "and 2 more: see them all" in part and 'href="/reminders/return-dates?scope=org"' in part
    whole = text(client.get("/reminders/return-dates?scope=org"))
    assert "3 claimants" in whole
    assert all(name in whole for name in ("RD-01", "RD-02", "RD-09"))
    assert "RD-03" not in whole and "RD-04" not in whole


def test_the_list_pages_and_a_bad_page_number_is_the_first_page(world, monkeypatch):
    client, _people = world
    monkeypatch.setattr(return_dates, "PAGE_SIZE", 2)
    second = text(client.get("/reminders/return-dates?scope=org&page=2"))
    # RD-01 (1 Feb), RD-09 (1 May), then RD-02, whose return has no planned day.
    assert "RD-02" in second and "RD-01" not in second and "RD-09" not in second
    for bad in ("abc", "-1", "99999999999"):
        response = client.get(f"/reminders/return-dates?page={bad}")
        assert response.status_code == 200 and "RD-01" in text(response)


def test_recording_the_date_of_return_takes_the_person_off_the_list(world, db):
    client, people = world
    claimant = people["passed"]
    claimant.returned_home_on = date(2026, 2, 3)
    db.session.commit()
    assert "RD-01" not in section(text(client.get("/reminders/")))


def test_an_advisor_may_not_open_the_list(db, login_as):
    assert login_as("advisor").get("/reminders/return-dates").status_code == 403


def test_the_prompt_is_in_thai_on_thai_pages(world, db):
    client, _people = world
    client.user.locale = "th"
    db.session.commit()
    part = section(text(client.get("/reminders/")))
    assert "RD-01" in part and "วันที่เดินทางกลับ" in part
    assert "Enter the date of return" not in part
