"""The reminders pages: the list (mine or the organisation's), marking done and seen, and the calendar feeds
parsed back event by event."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from claims import clock
from claims.models import AuditEntry, CalendarFeed, CourtClosure, Deadline, DeadlineNotice, Hearing
from claims.services import deadlines
from tests.services.test_reminders import NOW, TODAY, world


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    from claims import clock

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: NOW)


def deadline_of(db, claimant, key) -> Deadline:
    return db.session.scalar(
        db.select(Deadline).where(Deadline.claimant_id == claimant.id, Deadline.key == key)
    )


# ---------------------------------------------------------------- the list


def test_the_page_lists_overdue_soon_hearings_and_cannot_compute_with_pseudonyms(db, make, login_as):
    client = login_as("lawyer")
    w = world(make, db, client.user)
    page = client.get("/reminders/").get_data(as_text=True)
    overdue, rest = page.split('id="soon"')
    assert "BP-01" in overdue and "17 Mar 2025" in overdue and "3 days late" in overdue
    soon, rest = rest.split('id="hearings"')
    assert "BP-02" in soon and "17 Apr 2025" in soon and "in 28 days" in soon
    assert "OT-01" not in page  # the colleague's case
    hearing_part, missing = rest.split('id="missing"')
    assert "24 Mar 2025" in hearing_part and "2 Apr 2025" in hearing_part and "LC-02" in hearing_part
    assert "cannot compute: enter the date of the first witness-examination hearing" in missing
    assert f'href="/claimants/{w["a"].id}"' in page
    assert "Legal Name" not in page


def test_the_organisation_view_adds_the_colleagues_cases(db, make, login_as):
    client = login_as("lawyer")
    world(make, db, client.user)
    page = client.get("/reminders/?scope=org").get_data(as_text=True)
    assert "OT-01" in page and 'aria-current="page">Whole organisation' in page


def test_an_advisor_may_not_open_reminders(db, login_as):
    client = login_as("advisor")
    assert client.get("/reminders/").status_code == 403
    assert client.get("/reminders/feeds").status_code == 403
    assert client.post("/reminders/feeds").status_code == 403


def test_mark_done_removes_the_deadline_from_the_list(db, make, login_as):
    client = login_as("lawyer")
    w = world(make, db, client.user)
    client.get("/reminders/")  # the deadlines are stored on the first read
    row = deadline_of(db, w["a"], "appeal_labour:LC-01")
    response = client.post("/deadlines/done", data={"deadline_id": row.id, "next": "/reminders/"})
    assert response.status_code == 302
    db.session.refresh(row)
    assert row.done_by_id == client.user.id and row.done_at is not None
    page = client.get("/reminders/").get_data(as_text=True)
    assert "No deadline is overdue." in page


def test_each_list_is_one_form_whose_row_buttons_name_their_deadline(db, make, login_as):
    # The token and the way back are written once a list, not once a row: the organisation's page stays small.
    client = login_as("lawyer")
    w = world(make, db, client.user)
    client.get("/reminders/")
    row = deadline_of(db, w["a"], "appeal_labour:LC-01")
    page = client.get("/reminders/").get_data(as_text=True)
    overdue = page.split('id="overdue"')[1].split('id="soon"')[0]
    assert overdue.count('name="csrf_token"') == 1 and overdue.count('name="next"') == 1
    assert f'<button class="button small" name="deadline_id" value="{row.id}">Mark done</button>' in overdue
    # What the browser sends for that button: the form's fields and that one button's name and value.
    response = client.post("/deadlines/done", data={"deadline_id": str(row.id), "next": "/reminders/"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/reminders/")
    db.session.refresh(row)
    assert row.done_at is not None
    counted = deadlines.window_counts(
        client.user, until=TODAY + timedelta(days=30), mine=False, today=TODAY, start=None
    )
    assert counted.overdue == 0


def test_another_organisations_deadline_cannot_be_marked_done(db, make, login_as):
    other = make.org()
    stranger = make.user(role="lawyer", org=other)
    claimant = make.claimant(org=other, pseudonym="XO-01")
    case = make.case(org=other, reference="XO-C", lawyer_id=stranger.id)
    make.party(case, claimant)
    make.outcome(case, claimant, decided_on=date(2025, 3, 28))
    db.session.commit()
    deadlines.refresh(other.id, today=TODAY)
    row = deadline_of(db, claimant, "appeal_labour:XO-C")
    client = login_as("lawyer")
    assert (
        client.post("/deadlines/done", data={"deadline_id": row.id, "next": "/reminders/"}).status_code == 403
    )
    db.session.refresh(row)
    assert row.done_at is None


def test_mark_done_without_a_deadline_says_so_and_changes_nothing(db, make, login_as):
    client = login_as("lawyer")
    response = client.post("/deadlines/done", data={"next": "/reminders/"})
    assert response.status_code == 302
    page = client.get("/reminders/").get_data(as_text=True)
    assert "Choose at least one deadline." in page


def test_moved_deadlines_are_shown_until_marked_seen(db, make, login_as):
    client = login_as("lawyer")
    world(make, db, client.user)
    deadlines.refresh(client.user.org_id, today=TODAY)
    db.session.add(CourtClosure(org_id=client.user.org_id, day=date(2025, 4, 17), reason="Flood"))
    db.session.commit()
    page = client.get("/reminders/").get_data(as_text=True)
    assert "Deadlines that moved" in page and "17 Apr 2025" in page and "18 Apr 2025" in page
    notice = db.session.scalar(db.select(DeadlineNotice).where(DeadlineNotice.user_id == client.user.id))
    assert client.post("/reminders/notices/seen", data={"notice_id": notice.id}).status_code == 302
    db.session.refresh(notice)
    assert notice.seen_at is not None
    assert "Deadlines that moved" not in client.get("/reminders/").get_data(as_text=True)


def test_marking_seen_needs_the_csrf_token(db, make, login_as):
    client = login_as("lawyer")
    assert client.post("/reminders/notices/seen", data={"all": "1"}, csrf=False).status_code == 400


# ---------------------------------------------------------------- feeds


def make_feed(client) -> str:
    page = client.post("/reminders/feeds").get_data(as_text=True)
    marker = 'id="feed-url" type="text" readonly value="'
    assert marker in page
    url = page.split(marker)[1].split('"')[0]
    assert url.startswith("http://localhost/reminders/feed/") and url.endswith(".ics")
    return url.removeprefix("http://localhost")


def events(ics: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(ics)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_feed_has_the_hearings_timed_and_the_deadlines_all_day(app, db, make, login_as):
    client = login_as("lawyer", locale="en")
    w = world(make, db, client.user)
    url = make_feed(client)
    response = app.test_client().get(url)  # no login: a phone's calendar
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    text = response.get_data(as_text=True)
    assert "Legal Name" not in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:Asia/Bangkok" in text
    found = events(response.data)
    code = client.user.organisation.code
    hearings = db.session.scalars(db.select(Hearing).order_by(Hearing.starts_at)).all()
    bangkok = ZoneInfo("Asia/Bangkok")
    for hearing in hearings:
        event = found[f"hearing-{hearing.id}@{code}"]
        assert event.decoded("DTSTART") == hearing.starts_at.replace(tzinfo=bangkok)
        assert event["DTSTART"].params["TZID"] == "Asia/Bangkok"
    first = found[f"hearing-{hearings[0].id}@{code}"]
    assert str(first["SUMMARY"]) == "Conciliation · LC-02"
    assert first.decoded("DTSTART") == datetime(2025, 3, 24, 9, 30, tzinfo=bangkok)
    postponed = next(h for h in hearings if h.status.value == "postponed")
    assert str(found[f"hearing-{postponed.id}@{code}"]["STATUS"]) == "CANCELLED"
    appeal = deadline_of(db, w["b"], "appeal_labour:LC-02")
    event = found[f"deadline-{appeal.id}@{code}"]
    assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert event.decoded("DTSTART") == date(2025, 4, 17)
    assert event.decoded("DTEND") == date(2025, 4, 18)
    assert str(event["SUMMARY"]) == "Due: Last day to appeal the labour court's judgment in LC-02 · BP-02"
    assert "Unverified" in str(event["DESCRIPTION"])
    overdue = deadline_of(db, w["a"], "appeal_labour:LC-01")
    assert found[f"deadline-{overdue.id}@{code}"].decoded("DTSTART") == date(2025, 3, 17)
    # Only dated deadlines of the lawyer's own cases: 3 hearings + BP-01's and BP-02's appeals.
    assert len(found) == 5
    assert db.session.scalar(db.select(CalendarFeed)).last_used_at is not None


def test_the_feed_speaks_the_users_language(app, db, make, login_as):
    client = login_as("lawyer", locale="th")
    world(make, db, client.user)
    found = events(app.test_client().get(make_feed(client)).data)
    summaries = sorted(str(e["SUMMARY"]) for e in found.values())
    assert "ไกล่เกลี่ย · LC-02" in summaries
    assert any("วันสุดท้ายที่จะอุทธรณ์คำพิพากษาศาลแรงงานในคดี LC-02" in s and "BP-02" in s for s in summaries)


def test_a_revoked_or_replaced_feed_address_answers_404(app, db, make, login_as):
    client = login_as("lawyer")
    world(make, db, client.user)
    anyone = app.test_client()
    first = make_feed(client)
    assert anyone.get(first).status_code == 200
    second = make_feed(client)  # making a new address revokes the old
    assert anyone.get(first).status_code == 404
    assert anyone.get(second).status_code == 200
    assert client.post("/reminders/feeds/revoke").status_code == 302
    assert anyone.get(second).status_code == 404
    assert db.session.scalars(db.select(CalendarFeed).where(CalendarFeed.revoked_at.is_(None))).all() == []
    assert (
        db.session.scalar(
            db.select(db.func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity_type == "calendar_feeds")
        )
        == 3
    )  # two made, one revoked


def test_an_unknown_token_answers_404_and_the_token_is_not_stored(app, db, make, login_as):
    client = login_as("lawyer")
    url = make_feed(client)
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    assert app.test_client().get("/reminders/feed/not-a-token.ics").status_code == 404
    assert db.session.scalar(db.select(CalendarFeed)).token_hash != token


def test_the_feed_of_an_archived_user_answers_404(app, db, make, login_as):
    client = login_as("lawyer")
    url = make_feed(client)
    client.user.archived_at = datetime(2025, 3, 1)
    db.session.commit()
    assert app.test_client().get(url).status_code == 404


def test_the_feeds_page_never_shows_the_address_again(db, make, login_as):
    client = login_as("lawyer")
    url = make_feed(client)
    page = client.get("/reminders/feeds").get_data(as_text=True)
    assert url not in page and "Revoke the address" in page


# ---------------------------------------------------------------- a case's calendar file


def test_a_case_file_has_its_hearings_and_its_claimants_deadlines(db, make, login_as):
    client = login_as("paralegal")
    w = world(make, db, client.user)
    response = client.get(f"/reminders/case/{w['case_b'].id}.ics")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == 'attachment; filename="case-LC-02.ics"'
    found = events(response.data)
    appeal = deadline_of(db, w["b"], "appeal_labour:LC-02")
    code = client.user.organisation.code
    assert sorted(found) == sorted(
        [f"deadline-{appeal.id}@{code}"] + [k for k in found if k.startswith("hearing-")]
    )
    assert len([k for k in found if k.startswith("hearing-")]) == 3
    assert "Legal Name" not in response.get_data(as_text=True)


def test_another_organisations_case_file_is_404(db, make, login_as):
    case = make.case(org=make.org())
    client = login_as("lawyer")
    assert client.get(f"/reminders/case/{case.id}.ics").status_code == 404


def test_only_the_feed_is_open_without_a_login(app, db, client):
    from tests.web.pages_reminders import FEED_TOKEN  # noqa: F401  (the matrix gives the feed a valid token)

    open_pages = []
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("reminders."):
            continue
        url = rule.rule.replace("<int:case_id>", "1").replace("<token>", "unknown")
        method = "get" if "GET" in rule.methods else "post"
        response = getattr(client, method)(url)
        if response.status_code != 302 or "/login" not in response.headers.get("Location", ""):
            open_pages.append(rule.endpoint)
    assert open_pages == ["reminders.feed"]


def test_a_hearing_with_its_end_time_ends_there_in_the_feed(app, db, make, login_as):
    client = login_as("lawyer", locale="en")
    case = make.case(reference="LC-77", lawyer_id=client.user.id)
    start = datetime.combine(clock.today() + timedelta(days=3), datetime.min.time()).replace(hour=9)
    hearing = make.hearing(case, starts_at=start, ends_at=start.replace(hour=12))
    db.session.commit()
    found = events(app.test_client().get(make_feed(client)).data)
    event = found[f"hearing-{hearing.id}@{client.user.organisation.code}"]
    bangkok = ZoneInfo("Asia/Bangkok")
    assert event.decoded("DTEND") == start.replace(hour=12, tzinfo=bangkok)
