"""The main paths a paralegal and a lawyer take, in a real browser."""

import pytest

from tests.browser.conftest import login

pytestmark = pytest.mark.browser


def test_a_paralegal_records_a_claimant_adds_them_to_a_case_and_schedules_a_hearing(page):
    login(page, "paralegal@demo.example")
    assert "Hearings in the next 14 days" in page.content()

    page.click("nav >> text=Claimants")
    page.click("text=New claimant")
    page.fill("input[name=pseudonym]", "BR-900")
    page.fill("input[name=legal_name]", "Browser Test Person")
    page.select_option("select[name=nationality]", "KH")
    page.click("main form button.primary")
    page.wait_for_selector("h1:has-text('BR-900')")

    page.click("nav >> text=Cases")
    page.click("text=LC-01")
    page.click("text=Add claimants")
    page.fill("main input[name=q]", "BR-900")
    page.click("main form[role=search] button")
    page.check("label:has-text('BR-900') >> input[name=claimant_ids]")
    page.click("main form button.primary")
    page.wait_for_selector("#parties >> text=BR-900")

    page.click("text=Schedule a hearing")
    page.fill("input[name=starts_at]", "2031-03-03T09:30")
    page.select_option("select[name=kind]", "witness_examination")
    page.click("main form button.primary")
    page.wait_for_selector("text=Hearing recorded for LC-01.")
    assert "Witness examination" in page.locator("main h1").inner_text()


def test_bad_input_shows_a_message_next_to_the_field(page):
    login(page, "lawyer@demo.example")
    page.goto(page.base + "/claimants/new")
    page.fill("input[name=pseudonym]", "")
    page.fill("input[name=legal_name]", "Someone")
    page.click("main form button.primary")
    error = page.locator(".field.has-error .error").first
    assert error.inner_text() == "This field is required."


def test_the_interface_switches_to_thai_with_buddhist_era_dates(page):
    login(page, "lawyer@demo.example")
    page.click("header >> button[name=lang]")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "th"
    heading = page.locator("main h1").first.inner_text()
    assert heading != "Dashboard"
    assert "25" in page.locator(".pagehead .muted").first.inner_text()  # a Buddhist-Era year, 25xx


def test_the_menu_works_at_phone_width(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.base = live_server
    login(page, "paralegal@demo.example")
    assert not page.locator("nav.mainnav").is_visible()
    page.click("label.menu-button")
    page.click("nav.mainnav >> text=Cases")
    page.wait_for_url(live_server + "/cases/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width}px wide at a 390px screen"
    context.close()


def test_an_advisor_sees_only_their_own_page(page):
    login(page, "advisor@demo.example")
    assert "BP-02" in page.content()
    response = page.goto(page.base + "/claimants/")
    assert response.status == 403


def test_every_figure_of_an_offer_shows_at_phone_width(browser, live_server):
    """Stacked on a phone, the offer's table once kept "none: the rest of the offer is worth more" on one line: the
    table grew past the screen inside its scrolling box and every value of every row slid out of sight."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.base = live_server
    login(page, "lawyer@demo.example")
    # By address, not by words: another test may have switched this user's pages to Thai
    page.goto(live_server + "/cases/")
    page.click("main a:text-is('LC-01')")
    page.click("main a[href*='/settlements/case/']")
    page.click("main table a[href*='/settlements/offers/']")
    page.wait_for_selector("main table.responsive")
    box = page.locator("main .tablewrap:has(table.responsive)").first
    assert box.evaluate("el => el.scrollWidth <= el.clientWidth"), "the table is wider than the screen"
    for cell in page.locator("main table.responsive td.num").all():
        right = cell.evaluate("el => el.getBoundingClientRect().right")
        assert right <= 390, f"a value ends at {right} px on a 390 px screen"
    context.close()
