"""Journey 1 of issue 18: a paralegal's first hour, at a desk (1366 px, English) and on a phone (390 px, Thai).

They log in, record a claimant, add them to a labour case with the case picker, schedule a hearing, and find it on
the dashboard, in the calendar and through the header's quick search, with the keyboard alone on every form. On a
phone the header shows only the search button, which opens the search page with its field first.
"""

from datetime import timedelta

import holidays
import pytest

from claims import clock
from tests.browser.conftest import DESKTOP, PHONE, set_language
from tests.browser.journey import Journey, fill_by_keyboard, login_by_keyboard

pytestmark = pytest.mark.browser


NAMES = {DESKTOP: "Malee Srisuk", PHONE: "Dara Vongsa"}


def next_working_day(after: int):
    """A day the courts sit: not a weekend, not a Thai public holiday (10 December is Constitution Day)."""
    day = clock.today() + timedelta(days=after)
    closed = holidays.country_holidays("TH", years=range(day.year, day.year + 2))
    while day.weekday() >= 5 or day in closed:
        day += timedelta(days=1)
    return day


@pytest.mark.parametrize(("width", "lang"), [(DESKTOP, "en"), (PHONE, "th")])
def test_a_paralegal_records_a_claimant_puts_them_in_a_case_and_schedules_their_hearing(
    open_page, shots, width, lang
):
    page = open_page(width)
    journey = Journey(page, "j1-paralegal", width, shots)
    login_by_keyboard(page, "paralegal@demo.example")
    try:
        set_language(page, lang)
        journey.seen("dashboard")

        code = f"J1-{width}"
        page.goto(page.base + "/claimants/new")
        journey.seen("new-claimant")
        fill_by_keyboard(
            page,
            # Names unlike each other's: the intake check would rightly stop the second width's "Journey One" as
            # the first's double.
            {"pseudonym": code, "legal_name": NAMES[width], "sex": "female", "nationality": "KH"},
        )
        # Saved, and offered the next step at once: the case picker.
        assert "/cases/add" in page.url, page.url
        journey.seen("case-picker")
        fill_by_keyboard(page, {"q": "LC-01"}, submit="main form[role=search] button")
        journey.seen("case-picker-found")
        case_id = page.locator("main input[name=case_id]").first.get_attribute("value")
        fill_by_keyboard(page, {"case_id": case_id, "role": "plaintiff"})
        assert page.url.endswith(f"/cases/{case_id}#parties")
        assert page.locator("#parties").get_by_text(code, exact=True).count() == 1
        journey.seen("case")

        page.goto(f"{page.base}/hearings/new?case_id={case_id}")
        journey.seen("new-hearing")
        day = next_working_day(3)
        # The two widths at two times: one lawyer booked twice at once would be flagged as a clash.
        at = "09:30" if width == DESKTOP else "13:30"
        fill_by_keyboard(page, {"starts_at": f"{day.isoformat()}T{at}", "kind": "witness_examination"})
        assert "/hearings/" in page.url and page.locator("main h1").count() == 1
        hearing = page.url.split("#")[0].removeprefix(page.base)
        journey.seen("hearing")

        page.goto(page.base + "/")
        assert page.locator(f"main a[href='{hearing}']").count() >= 1, "the hearing is not on the dashboard"
        journey.seen("dashboard-after")
        page.goto(f"{page.base}/calendar/?view=week&day={day.isoformat()}")
        assert page.locator(f"main a[href='{hearing}']").count() == 1, "the hearing is not in the calendar"
        journey.seen("calendar-week")

        # The quick search: from the header's field at a desk; on a phone its button opens the search page.
        if width == DESKTOP:
            page.focus("#quicksearch-q")
            page.keyboard.type(code)
            with page.expect_navigation():
                page.keyboard.press("Enter")
        else:
            page.focus(".quicksearch-button")
            with page.expect_navigation():
                page.keyboard.press("Enter")
            fill_by_keyboard(page, {"q": code}, submit="main form[role=search] button")
        found = page.locator("main a", has_text=code)
        assert found.count() >= 1, "the quick search does not find the new claimant"
        journey.seen("quick-search")
        with page.expect_navigation():
            found.first.click()
        assert code in page.locator("main h1").inner_text()
        journey.done()
    finally:
        set_language(page, "en")  # the choice is kept on the account, and other tests read English
