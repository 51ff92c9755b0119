"""A lawyer follows the deadlines in a real browser: the s.44/1 petitions still to file in the criminal case, marked
done for both claimants at once; then a calendar address for their phone, read back and revoked."""

import pytest

from tests.browser.conftest import login

pytestmark = pytest.mark.browser


def test_a_lawyer_marks_the_group_petition_deadline_done_from_the_case_page(page):
    login(page, "lawyer@demo.example")
    assert "File the injured person's claim for compensation" in page.inner_text("#deadlines")
    page.click("nav >> text=Cases")
    page.click("text=CR-01")
    deadline = page.locator("#deadlines li.deadline", has_text="File the injured person's claim")
    assert "2 claimants: BP-03, BP-07" in deadline.inner_text()
    deadline.locator("input[name=note]").fill("Both petitions filed at the registry")
    deadline.locator("button", has_text="Mark done for 2 claimants").click()
    page.wait_for_selector("text=Marked done: 2.")
    deadline = page.locator("#deadlines li.deadline", has_text="File the injured person's claim")
    assert "Done by Demo Lawyer" in deadline.inner_text()
    assert "Both petitions filed at the registry" in deadline.inner_text()


def test_a_lawyer_subscribes_a_phone_to_their_calendar_then_revokes_it(page):
    login(page, "lawyer@demo.example")
    page.click("nav >> text=Reminders")
    page.click("text=Calendar feed")
    page.click("button:has-text('Make a calendar address')")
    url = page.input_value("#feed-url")
    feed = page.request.get(url)
    assert feed.status == 200 and feed.headers["content-type"].startswith("text/calendar")
    body = feed.text()
    assert body.startswith("BEGIN:VCALENDAR") and "CR-01" in body
    assert "Demo Person" not in body  # pseudonyms only, never a name
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("button:has-text('Revoke the address')")
    page.wait_for_selector("button:has-text('Make a calendar address')")
    assert page.request.get(url).status == 404
