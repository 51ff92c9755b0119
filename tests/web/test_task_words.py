"""Tasks the app sets (a follow-up visit's) are worded in each reader's language (issue 18): stored as text, a visit
planned by an English user reached a Thai paralegal in English. The words are a key and its parameters
(claims.wording); ``body`` keeps them in the recorder's language for exports and search. A person who rewrites the
task owns its words from then on."""

from __future__ import annotations

import html
from datetime import date, datetime, time

import pytest
import sqlalchemy as sa
from flask_babel import force_locale

from claims.models import FollowUpVisit, TimelineEntry
from claims.services import feeds, reminders, returns

TODAY = date(2026, 3, 20)
RETURNED = date(2025, 12, 22)  # + 3 months: 22 March 2026, two days ahead
ENGLISH = "Follow-up visit to FV-01, 3 months after the return"
THAI = "เยี่ยมติดตาม FV-01 เมื่อครบ 3 เดือนหลังเดินทางกลับ"


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    monkeypatch.setattr("claims.clock.today", lambda: TODAY)
    monkeypatch.setattr("claims.clock.now", lambda: datetime.combine(TODAY, time(10, 0)))


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def _record_return(app, user, claimant, locale: str) -> None:
    with app.test_request_context("/"), force_locale(locale):
        returns.save_return(
            user,
            claimant,
            {
                "consent_given": True,
                "consent_on": date(2025, 12, 1),
                "consent_method": "written",
                "returned_on": RETURNED,
                "destination_country": "MM",
            },
        )


@pytest.fixture
def planned(app, db, make, login_as, request):
    """The paralegal's claimant back home, the return recorded by a user working in ``request.param``."""
    client = login_as("paralegal")
    claimant = make.claimant(pseudonym="FV-01")
    make.party(make.case(paralegal_id=client.user.id), claimant)
    db.session.commit()
    _record_return(app, client.user, claimant, request.param)
    return client


def _task(db) -> TimelineEntry:
    db.session.expire_all()
    visit = db.session.scalars(sa.select(FollowUpVisit).order_by(FollowUpVisit.due_on)).first()
    return db.session.get(TimelineEntry, visit.task_id)


@pytest.mark.parametrize(("planned", "stored"), [("en", ENGLISH), ("th", THAI)], indirect=["planned"])
@pytest.mark.parametrize(("reader", "shown", "not_shown"), [("en", ENGLISH, THAI), ("th", THAI, ENGLISH)])
def test_each_reader_sees_the_task_in_their_language_whoever_planned_it(
    db, planned, stored, reader, shown, not_shown
):
    task = _task(db)
    assert (task.body, task.body_key, task.body_params) == (
        stored,
        "visit.follow_up.months",
        {"code": "FV-01", "n": 3},
    )
    planned.user.locale = reader
    db.session.commit()
    for url in ("/", "/reminders/", "/timeline/tasks?view=open", f"/timeline/{task.id}/edit"):
        page = text(planned.get(url))
        assert shown in page and not_shown not in page, (url, reader)
    digest = reminders.digest_for(planned.user, TODAY)
    settings = reminders.MailSettings(None, 25, None, None, False, "claims@example.org", None)
    mail = reminders.render_digest(digest, settings).get_body(("plain",)).get_content()
    assert shown in mail and not_shown not in mail
    feed = feeds.user_calendar(planned.user).decode()
    assert shown.split(",")[0][:12] in feed


@pytest.mark.parametrize("planned", ["en"], indirect=True)
def test_saving_a_task_unchanged_keeps_its_words_each_readers_and_rewriting_makes_them_the_writers(
    db, planned
):
    task = _task(db)
    planned.user.locale = "th"
    db.session.commit()
    form = {
        "kind": "task",
        "occurred_on": task.occurred_on.isoformat(),
        "body": THAI,  # what the form showed this Thai reader
        "channel": "",
        "language": "",
        "told_by": "",
        "due_on": "2026-03-23",
        "assignee_id": str(planned.user.id),
        "assignee_agency": "",
        "version": str(task.version),
    }
    assert planned.post(f"/timeline/{task.id}/edit", data=form).status_code == 302
    task = _task(db)
    assert (task.due_on, task.body, task.body_key) == (date(2026, 3, 23), ENGLISH, "visit.follow_up.months")
    form = {**form, "body": "เยี่ยม FV-01 พร้อมล่าม", "version": str(task.version)}
    assert planned.post(f"/timeline/{task.id}/edit", data=form).status_code == 302
    task = _task(db)
    assert (task.body, task.body_key, task.body_params) == ("เยี่ยม FV-01 พร้อมล่าม", None, None)
    planned.user.locale = "en"
    db.session.commit()
    assert "เยี่ยม FV-01 พร้อมล่าม" in text(planned.get("/timeline/tasks?view=open"))


def test_an_unknown_key_or_bad_parameters_show_the_stored_words(db, app, make):
    entry = TimelineEntry(body="As written", body_key="no.such.key", body_params={})
    with app.test_request_context("/"):
        assert entry.text == "As written"
        entry.body_key, entry.body_params = "visit.follow_up.months", {"code": "X"}  # no n
        assert entry.text == "As written"
        entry.body_key = None
        assert entry.text == "As written"
