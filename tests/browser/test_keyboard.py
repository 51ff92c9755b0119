"""The keyboard alone, at a phone's width: past the header, into the folded menu, and back to a refused field."""

import pytest

from tests.browser.conftest import login

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.base = live_server
    yield page
    context.close()


def focused(page) -> str:
    return page.evaluate("document.activeElement.id || document.activeElement.className")


def test_the_keyboard_skips_the_header_and_opens_the_folded_menu(phone):
    login(phone, "paralegal@demo.example")
    phone.keyboard.press("Tab")
    assert focused(phone) == "skip-link" and phone.locator(".skip-link").is_visible()
    phone.keyboard.press("Enter")
    assert focused(phone) == "main"

    phone.goto(phone.base + "/")
    assert not phone.locator("nav.mainnav").is_visible()
    for _ in range(4):  # the skip link, the name of the app, the quick search, then the menu
        phone.keyboard.press("Tab")
        if focused(phone) == "menu-toggle":
            break
    assert focused(phone) == "menu-toggle"
    phone.keyboard.press("Space")
    assert phone.locator("nav.mainnav").is_visible()
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.textContent.trim()") == "Dashboard"


def test_after_a_refused_form_the_cursor_is_on_the_first_field_to_correct(phone):
    login(phone, "paralegal@demo.example")
    phone.goto(phone.base + "/claimants/new")
    phone.fill("#pseudonym", "")
    phone.locator("main form button.primary").first.click()
    phone.wait_for_selector("#pseudonym-err")
    assert focused(phone) == "pseudonym"
