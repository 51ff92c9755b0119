"""Issue 18's accessibility findings, measured in Chromium: axe-core on the pages the journeys do not walk, in both
languages at both widths; the month grid's targets on a phone; the stylesheet fetched once, not on every page;
and the journeys' own checks shown to catch what they look for."""

import re

import pytest

from tests.browser import axe
from tests.browser.conftest import DESKTOP, PHONE, set_language
from tests.browser.journey import Journey, login_by_keyboard

pytestmark = pytest.mark.browser

# The journeys (test_journey_*.py) scan the pages they pass through; these are the rest of a working day.
PAGES = (
    "/calendar/?view=month",
    "/calendar/?view=list",
    "/hearings/",
    "/reminders/",
    "/respondents/",
    "/reports/",
    "/reports/journey?year=2026",
    "/reports/journey/records?year=2026&figure=identified",
    "/timeline/tasks",
    "/directory/",
    "/meetings/",
    "/referrals/",
    "/courts/",
    "/admin/archive",
    "/admin/audit",
    "/documents/templates",
    "/calculations/case/1",
    "/settlements/case/1",
    "/account/password",
)


@pytest.mark.parametrize(("width", "lang"), [(DESKTOP, "en"), (PHONE, "th")])
def test_no_page_has_a_serious_or_critical_accessibility_violation(open_page, width, lang):
    page = open_page(width)
    login_by_keyboard(page, "admin@demo.example")
    try:
        set_language(page, lang)
        found = []
        for url in PAGES:
            response = page.goto(page.base + url)
            assert response.status == 200, url
            violations = axe.scan(page)
            # Minor findings are not failures, but an unnamed table column is fixed and stays so.
            bad = axe.serious(violations) + [v for v in violations if v["id"] == "empty-table-header"]
            if bad:
                found.append(f"{url} ({width} px, {lang}):\n{axe.report(bad)}")
        assert not found, "\n\n".join(found)
    finally:
        set_language(page, "en")


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_every_link_of_the_month_grid_is_a_target_of_24_px(open_page, shots, width):
    page = open_page(width)
    login_by_keyboard(page, "paralegal@demo.example")
    page.goto(page.base + "/calendar/?view=month")
    page.locator(".cal-month").screenshot(path=shots / f"month-grid-{width}.png")
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('.cal-month a')]
            .filter(a => a.checkVisibility())
            .map(a => { const r = a.getBoundingClientRect(); return [a.textContent.trim(), r.width, r.height]; })"""
    )
    assert len(boxes) >= 28  # every day of the month at least
    small = [box for box in boxes if box[1] < 24 or box[2] < 24]
    assert not small, f"targets under 24 x 24 px at {width} px: {small[:10]}"


def test_the_stylesheet_is_fetched_once_not_on_every_page(open_page, live_server):
    page = open_page(DESKTOP)
    login_by_keyboard(page, "lawyer@demo.example")
    start = len(live_server.served)
    for url in ("/claimants/", "/cases/", "/hearings/", "/"):
        page.goto(page.base + url)
    fetched = [path for path in live_server.served[start:] if path.startswith("/static/")]
    assert fetched == [], f"asked the server again for {fetched}"


def test_the_journeys_checks_catch_english_on_a_thai_page_and_codes_and_a_wide_page(open_page, shots):
    page = open_page(PHONE)
    page.goto(page.base + "/login")  # the app's origin, so the page below runs as the app's pages do
    page.set_content(
        """<!doctype html><html lang="th"><head><title>ทดสอบ</title></head><body><main>
        <h1>แดชบอร์ด</h1><p>Dashboard</p><p>ค่าหัว recruitment_costs</p><p>th.overtime.workday</p>
        <p lang="en">English</p><pre>{}</pre><img src="data:,"></main></body></html>""".replace(
            "{}", "กว้าง" * 200
        )
    )
    journey = Journey(page, "self-check", PHONE, shots)
    journey.seen("planted")
    problems = "\n".join(journey.problems)
    assert "English on a Thai page: ['Dashboard']" in problems  # and not "English", marked as English
    assert "codes instead of words: ['recruitment_costs', 'th.overtime.workday']" in problems
    assert re.search(r"the page is \d{4} px wide", problems)
    assert "image-alt" in problems  # axe ran in the page: an image without a text alternative is critical
    with pytest.raises(AssertionError):
        journey.done()


def test_a_deadline_marked_done_stays_readable(open_page):
    page = open_page(PHONE)
    login_by_keyboard(page, "lawyer@demo.example")
    page.goto(page.base + "/cases/")
    page.locator("main a", has_text="CR-01").first.click()
    # Not the petitions' deadline, which test_deadlines.py marks done itself.
    open_ones = page.locator("#deadlines li.deadline").filter(has_not_text="injured person")
    open_ones.locator("form.deadline-done button").first.click()
    page.wait_for_selector("#deadlines li.state-done")
    found = axe.serious(axe.scan(page))
    assert not found, axe.report(found)
