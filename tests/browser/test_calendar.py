"""A paralegal plans the week in a real browser: the calendar's week of the criminal hearings, the lawyer booked in
two places flagged, the filter by court, and a claimant's own schedule."""

import pytest

from tests.browser.conftest import login

pytestmark = pytest.mark.browser
# CR-01's witness examination (CR-02's advance testimony the same day names CR-01 in its double-booking flag).
WITNESS = ".cal-hearing[title^='Witness examination · Criminal Court']"


def test_a_paralegal_sees_the_double_booking_and_filters_by_court(page):
    login(page, "paralegal@demo.example")
    page.click("nav >> text=Calendar")
    page.click("a:has-text('Week')")
    # The demo's dates follow today: move week by week to the hearing (under a month ahead).
    for _ in range(6):
        if page.locator(WITNESS).count():
            break
        page.click("a[rel=next]")
    cr01 = page.locator(WITNESS)
    assert "13:30" in cr01.inner_text() and "16:30" in cr01.inner_text()
    assert "Booked elsewhere at the same time: CR-02" in cr01.inner_text()
    page.select_option("#court_id", label="Central Labour Court")
    page.click("button:has-text('Filter')")
    assert page.locator(WITNESS).count() == 0


def test_a_claimants_schedule_spans_their_criminal_and_labour_cases(page):
    login(page, "paralegal@demo.example")
    page.click("nav >> text=Claimants")
    page.fill("main input[name=q]", "BP-03")
    page.press("main input[name=q]", "Enter")
    page.click("main a:has-text('BP-03')")
    page.click("text=Schedule across their cases")
    text = page.inner_text("main")
    assert "CR-01" in text and "LC-01" in text
    assert "File the injured person's claim for compensation" in text
