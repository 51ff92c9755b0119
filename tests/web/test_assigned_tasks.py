"""Tasks that reach people: a task has an assignee (set in the task form, or a meeting's action item), and an open
task assigned to a user reaches them before it is due: in My tasks, on the dashboard, on the reminders page, in the
daily digest, and in their calendar feed as an all-day item."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import icalendar
import pytest
import sqlalchemy as sa

from claims import clock
from claims.models import AuditEntry, TimelineEntry
from claims.models.enums import TimelineKind
from claims.services import reminders


def errors(response) -> list[str]:
    found = re.findall(r'class="error"[^>]*>([^<]+)<', response.get_data(as_text=True))
    return [html.unescape(text) for text in found]


def count(db, model):
    return db.session.scalar(sa.select(sa.func.count(model.id)))


def _task(make, author, assignee, body, due_in_days, **kw):
    claimant = kw.pop("claimant", None) or make.claimant()
    today = clock.today()
    return make.timeline(
        author,
        claimant=claimant,
        kind="task",
        occurred_on=today - timedelta(days=30),
        body=body,
        due_on=today + timedelta(days=due_in_days),
        assignee_id=getattr(assignee, "id", None),
        **kw,
    )


@pytest.fixture
def world(db, make):
    """Tasks written by a colleague on no case of the user's: only their assignee makes them the user's."""
    me = make.user(role="paralegal", name="Paralegal Mai", email="mai@example.org")
    colleague = make.user(role="lawyer", name="Lawyer Chai")
    soon = _task(make, colleague, me, "Book the interpreter", 3)
    late = _task(make, colleague, me, "Call the shelter", -2)
    later = _task(make, colleague, me, "Renew the pink card", 40)
    theirs = _task(make, colleague, colleague, "Draft the appeal", 2)
    meeting = make.meeting()
    item = make.timeline(
        colleague,
        kind="task",
        occurred_on=clock.today() - timedelta(days=1),
        body="Send the MDT minutes to the embassy",
        due_on=clock.today() + timedelta(days=5),
        assignee_id=me.id,
        meeting_id=meeting.id,
    )
    db.session.commit()
    return {"me": me, "soon": soon, "late": late, "later": later, "theirs": theirs, "item": item}


def _client(app, user, locale="en"):
    from tests.conftest import Client

    return Client(app).login(user)


def test_my_tasks_lists_the_tasks_assigned_to_me_and_meeting_items(app, db, world):
    client = _client(app, world["me"])
    page = client.get("/timeline/tasks?view=open&scope=mine").get_data(as_text=True)
    for body in ("Book the interpreter", "Call the shelter", "Renew the pink card", "Send the MDT minutes"):
        assert body in page, body
    assert "Draft the appeal" not in page
    assert (
        f"/meetings/{world['item'].meeting_id}#action-items" in page
    )  # the meeting item links to its meeting


def test_the_dashboard_and_reminders_show_my_tasks_due_soon_before_they_are_due(app, db, world):
    client = _client(app, world["me"])
    for url in ("/", "/reminders/"):
        page = client.get(url).get_data(as_text=True)
        section = page[page.index('id="my-tasks"') :]
        section = section[: section.index("</section>")]
        assert "Book the interpreter" in section and "Call the shelter" in section, url
        assert "Send the MDT minutes to the embassy" in section, url
        assert "Renew the pink card" not in section, url  # due in 40 days: not yet
        assert "Draft the appeal" not in section, url  # someone else's


def test_the_digest_carries_my_tasks(app, db, world):
    digest = reminders.digest_for(world["me"], clock.today())
    assert [t.body for t in digest.tasks] == [
        "Call the shelter",
        "Book the interpreter",
        "Send the MDT minutes to the embassy",
    ]
    assert digest.items >= 3
    settings = reminders.MailSettings(
        host=None,
        port=25,
        user=None,
        password=None,
        starttls=False,
        sender="x@example.org",
        base_url="https://c.example",
    )
    message = reminders.render_digest(digest, settings)
    text = message.get_body(("plain",)).get_content()
    assert "Book the interpreter" in text and "Renew the pink card" not in text
    assert f"https://c.example/timeline/{world['soon'].id}/edit" in text


def test_the_feed_has_my_tasks_as_all_day_items(app, db, world):
    client = _client(app, world["me"])
    page = client.post("/reminders/feeds").get_data(as_text=True)
    url = (
        page.split('id="feed-url" type="text" readonly value="')[1]
        .split('"')[0]
        .removeprefix("http://localhost")
    )
    ics = app.test_client().get(url).data
    found = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}
    code = world["me"].organisation.code
    event = found[f"task-{world['soon'].id}@{code}"]
    assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert event.decoded("DTSTART") == world["soon"].due_on
    assert event.decoded("DTEND") == world["soon"].due_on + timedelta(days=1)
    assert "Book the interpreter" in str(event["SUMMARY"])
    assert f"task-{world['later'].id}@{code}" in found  # within the feed's year ahead
    assert f"task-{world['theirs'].id}@{code}" not in found


def test_the_task_form_sets_the_assignee_and_defaults_to_the_author(db, make, login_as):
    client = login_as("lawyer")
    colleague = make.user(role="paralegal", name="Paralegal Mai")
    claimant = make.claimant()
    db.session.commit()
    form = client.get(f"/timeline/new?claimant_id={claimant.id}&kind=task").get_data(as_text=True)
    assert 'name="assignee_id"' in form and "Paralegal Mai" in form
    due = (clock.today() + timedelta(days=3)).isoformat()
    base = {"kind": "task", "occurred_on": clock.today().isoformat(), "body": "Visit", "due_on": due}
    client.post(f"/timeline/new?claimant_id={claimant.id}", data={**base, "assignee_id": str(colleague.id)})
    client.post(f"/timeline/new?claimant_id={claimant.id}", data={**base, "body": "Mine", "assignee_id": ""})
    client.post(
        f"/timeline/new?claimant_id={claimant.id}",
        data={**base, "body": "Theirs", "assignee_id": "", "assignee_agency": "MSDHS"},
    )
    tasks = {t.body: t for t in db.session.scalars(sa.select(TimelineEntry))}
    assert tasks["Visit"].assignee_id == colleague.id
    assert tasks["Mine"].assignee_id == client.user.id  # nobody named: the author's
    assert (tasks["Theirs"].assignee_id, tasks["Theirs"].assignee_agency) == (None, "MSDHS")
    audit = db.session.scalar(
        sa.select(AuditEntry).where(
            AuditEntry.entity_type == "timeline_entries", AuditEntry.entity_id == tasks["Visit"].id
        )
    )
    assert audit.changes["assignee_id"] == [None, colleague.id]
    # A note is given to nobody, whatever the form's default.
    client.post(
        f"/timeline/new?claimant_id={claimant.id}",
        data={**base, "kind": "note", "body": "A note", "due_on": "", "assignee_id": str(client.user.id)},
    )
    note = db.session.scalar(sa.select(TimelineEntry).where(TimelineEntry.kind == TimelineKind.NOTE))
    assert note.assignee_id is None


@pytest.mark.parametrize(("locale", "message"), [("en", "Not a valid choice."), ("th", "ตัวเลือกไม่ถูกต้อง")])
def test_another_organisations_user_cannot_be_assigned_and_nothing_is_written(
    db, make, login_as, locale, message
):
    client = login_as("lawyer", locale=locale)
    stranger = make.user(role="lawyer", org=make.org())
    claimant = make.claimant()
    db.session.commit()
    response = client.post(
        f"/timeline/new?claimant_id={claimant.id}",
        data={
            "kind": "task",
            "occurred_on": clock.today().isoformat(),
            "body": "Visit",
            "due_on": (clock.today() + timedelta(days=3)).isoformat(),
            "assignee_id": str(stranger.id),
        },
    )
    assert response.status_code == 200
    assert any(message in e for e in errors(response)), errors(response)
    assert count(db, TimelineEntry) == 0
