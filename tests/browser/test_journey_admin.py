"""Journey 5 of issue 18: an administrator creates an advisor, names them a claimant's advisor, and switches the
interface to Thai and back; no page shows untranslated text or a code (journey.py checks every page). The new
advisor then logs in and finds that claimant. At 1366 px and at 390 px, the forms with the keyboard alone."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE, set_language
from tests.browser.journey import Journey, fill_by_keyboard, login_by_keyboard

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_an_admin_creates_an_advisor_assigns_a_claimant_and_switches_to_thai_and_back(
    open_page, shots, width
):
    page = open_page(width)
    journey = Journey(page, "j5-admin", width, shots)
    login_by_keyboard(page, "admin@demo.example")
    try:
        set_language(page, "en")
        journey.seen("dashboard")
        page.goto(page.base + "/admin/users")
        journey.seen("users")
        page.goto(page.base + "/admin/users/new")
        journey.seen("new-user")
        name, email, password = (
            f"Journey Advisor {width}",
            f"advisor.j5.{width}@demo.example",
            "plum kettle harbour 58",
        )
        fill_by_keyboard(
            page,
            {
                "name": name,
                "email": email,
                "role": "advisor",
                "locale": "th",
                "password": password,
                "confirm": password,
            },
        )
        assert page.url.split("#")[0].endswith("/admin/users"), page.url
        assert page.locator("main td", has_text=email).count() == 1
        journey.seen("users-after")

        page.goto(page.base + "/cases/")
        page.locator("main a", has_text="LC-01").first.click()
        case_url = page.url
        party = page.locator("#parties a[href^='/claimants/']").nth(2 if width == DESKTOP else 3)
        pseudonym = party.inner_text().strip()
        party.click()
        claimant_url = page.url.split("#")[0]
        page.goto(claimant_url + "#advisor")
        advisor_id = page.evaluate(
            "(name) => [...document.querySelectorAll('#advisor_id option')].find(o => o.text === name).value",
            name,
        )
        fill_by_keyboard(page, {"advisor_id": advisor_id}, submit="#advisor form button")
        assert name in page.locator("#advisor").inner_text()
        journey.seen("claimant-advisor")

        set_language(page, "th")
        for url, label in (
            ("/", "dashboard-th"),
            ("/admin/users", "users-th"),
            (claimant_url, "claimant-th"),
            (case_url, "case-th"),
            ("/calendar/", "calendar-th"),
            ("/reminders/", "reminders-th"),
        ):
            page.goto(page.base + url if url.startswith("/") else url)
            assert page.locator("html").get_attribute("lang") == "th"
            journey.seen(label)
        set_language(page, "en")
        journey.seen("dashboard-en-again")
        journey.done()
    finally:
        set_language(page, "en")

    advisor = open_page(width)
    login_by_keyboard(advisor, email, password)
    assert advisor.locator("html").get_attribute("lang") == "th"  # the language the admin chose for them
    assert pseudonym in advisor.locator("main").inner_text()
