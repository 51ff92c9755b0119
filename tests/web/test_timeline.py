"""The timeline through the test client: entries on a case and on a claimant, tellings of rights and news, tasks
and their due dates, and every kind of bad input."""

import re
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from claims import clock
from claims.models import AuditEntry, TimelineEntry
from claims.models.enums import Channel, TimelineKind

NOTE = {
    "kind": "note",
    "occurred_on": "2024-02-01",
    "body": "Called the employer.",
    "channel": "",
    "language": "",
    "told_by": "",
    "due_on": "",
}
TOLD = {
    **NOTE,
    "kind": "rights_informed",
    "body": "Explained the right to claim unpaid wages.",
    "channel": "in_person",
    "language": "km",
    "told_by": "Nok, with a Khmer interpreter",
}
TASK = {**NOTE, "kind": "task", "body": "Collect the pay slips.", "due_on": "2024-02-15"}


def count(db, model):
    return db.session.scalar(sa.select(sa.func.count(model.id)))


def field_errors(response) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for field, message in re.findall(
        r'<p class="error" id="([\w-]+)-err">([^<]+)</p>', response.get_data(as_text=True)
    ):
        found.setdefault(field, []).append(message)
    return found


def flashes(response) -> list[str]:
    return re.findall(r'class="flash flash-\w+"[^>]*>([^<]+)<', response.get_data(as_text=True))


@pytest.fixture
def case(make):
    return make.case(reference="LC-BERRY")


@pytest.fixture
def claimant(make, case):
    person = make.claimant(pseudonym="BP-07", legal_name="Secret Name")
    make.party(case, person)
    return person


# ---------------------------------------------------------------- who sees what


@pytest.mark.parametrize(
    ("role", "status"), [("admin", 200), ("lawyer", 200), ("paralegal", 200), ("advisor", 403)]
)
def test_every_timeline_page_renders_for_case_workers_and_is_refused_to_advisors(
    db, make, login_as, case, claimant, role, status
):
    author = make.user()
    entry = make.timeline(author, case=case)
    db.session.commit()
    client = login_as(role)
    for url in [
        f"/timeline/new?case_id={case.id}",
        f"/timeline/new?claimant_id={claimant.id}",
        f"/timeline/new?case_id={case.id}&claimant_id={claimant.id}&kind=task",
        f"/timeline/{entry.id}/edit",
    ]:
        assert client.get(url).status_code == status, url
    assert client.post(f"/timeline/{entry.id}/done", data={"version": "1"}).status_code in (status, 302)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "case_id=999999",
        "claimant_id=999999",
        "case_id=abc",
        "case_id=OTHER",
        "claimant_id=OTHER_CLAIMANT",
        "case_id=CASE&claimant_id=NOT_IN_CASE",
    ],
)
def test_an_unknown_foreign_or_mismatched_subject_gives_404(db, make, login_as, case, claimant, query):
    other = make.org()
    ids = {
        "OTHER_CLAIMANT": make.claimant(org=other).id,
        "OTHER": make.case(org=other).id,
        "NOT_IN_CASE": make.claimant().id,
        "CASE": case.id,
    }
    db.session.commit()
    for name, value in sorted(ids.items(), key=lambda item: -len(item[0])):
        query = query.replace(name, str(value))
    client = login_as("lawyer")
    assert client.get(f"/timeline/new?{query}").status_code == 404
    assert client.post(f"/timeline/new?{query}", data=NOTE).status_code == 404
    assert count(db, TimelineEntry) == 0


def test_another_organisations_entries_give_404(db, make, login_as):
    other = make.org()
    theirs = make.timeline(
        make.user(org=other), case=make.case(org=other), kind="task", due_on=date(2024, 3, 1)
    )
    db.session.commit()
    client = login_as("lawyer")
    assert client.get(f"/timeline/{theirs.id}/edit").status_code == 404
    assert client.post(f"/timeline/{theirs.id}/edit", data=NOTE).status_code == 404
    assert client.post(f"/timeline/{theirs.id}/done", data={"version": "1"}).status_code == 404
    assert client.post(f"/timeline/{theirs.id}/archive", data={"version": "1"}).status_code == 404
    assert client.get("/timeline/999999/edit").status_code == 404
    db.session.refresh(theirs)
    assert theirs.done_at is None and theirs.archived_at is None


def test_a_post_without_the_csrf_token_is_refused(db, login_as, case):
    response = login_as("lawyer").post(f"/timeline/new?case_id={case.id}", data=NOTE, csrf=False)
    assert response.status_code == 400 and count(db, TimelineEntry) == 0


# ---------------------------------------------------------------- adding


def test_a_note_on_a_case(db, login_as, case):
    client = login_as("paralegal")
    response = client.post(f"/timeline/new?case_id={case.id}", data=NOTE)
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/cases/{case.id}#timeline")
    entry = db.session.scalar(sa.select(TimelineEntry))
    assert (entry.case_id, entry.claimant_id, entry.kind) == (case.id, None, TimelineKind.NOTE)
    assert entry.occurred_on == date(2024, 2, 1) and entry.body == "Called the employer."
    assert entry.author_id == client.user.id and entry.org_id == client.user.org_id
    assert db.session.scalar(sa.select(AuditEntry.label)) == "note on LC-BERRY"


def test_telling_a_claimant_of_their_rights_in_their_case(db, login_as, case, claimant):
    client = login_as("lawyer")
    form = client.get(f"/timeline/new?claimant_id={claimant.id}").get_data(as_text=True)
    assert f'value="{client.user.name}"' in form  # who told them: the user, unless changed
    response = client.post(f"/timeline/new?case_id={case.id}&claimant_id={claimant.id}", data=TOLD)
    assert response.headers["Location"].endswith(f"/cases/{case.id}#timeline")
    entry = db.session.scalar(sa.select(TimelineEntry))
    assert (entry.case_id, entry.claimant_id) == (case.id, claimant.id)
    assert (entry.channel, entry.language, entry.told_by) == (
        Channel.IN_PERSON,
        "km",
        "Nok, with a Khmer interpreter",
    )


def test_after_saving_the_user_returns_where_they_came_from_but_never_off_site(db, login_as, claimant):
    client = login_as("lawyer")
    back = client.post(f"/timeline/new?claimant_id={claimant.id}&next=/claimants/{claimant.id}", data=NOTE)
    assert back.headers["Location"].endswith(f"/claimants/{claimant.id}")
    for evil in ["//evil.example/", "https://evil.example/", "/\\evil.example"]:
        response = client.post(f"/timeline/new?claimant_id={claimant.id}", data={**NOTE, "next": evil})
        assert response.headers["Location"].endswith(f"/claimants/{claimant.id}#timeline"), evil


BAD_INPUT = [
    ({**TOLD, "channel": ""}, "channel", "Say how they were told."),
    ({**TOLD, "language": ""}, "language", "Say in which language they were told."),
    ({**TOLD, "told_by": ""}, "told_by", "Say who told them."),
    ({**TOLD, "kind": "news_informed", "channel": ""}, "channel", "Say how they were told."),
    ({**TASK, "due_on": ""}, "due_on", "A task needs a due date."),
    ({**TASK, "due_on": "2024-01-31"}, "due_on", "A task cannot be due before the day it was set."),
    (
        {**NOTE, "due_on": "2024-03-01"},
        "due_on",
        "Only a task has a due date: choose Task, or leave the date empty.",
    ),
    ({**NOTE, "occurred_on": "2099-01-01"}, "occurred_on", "This date cannot be in the future."),
    ({**NOTE, "occurred_on": ""}, "occurred_on", "Enter the date."),
    (
        {**NOTE, "occurred_on": "01/02/24"},
        "occurred_on",
        "Write the year in full (four digits): 24 could be several years. For example 16/12/2026, or 16/12/2569 in the Buddhist Era.",
    ),
    ({**NOTE, "body": "   "}, "body", "Write what happened, or what is to be done."),
    ({**NOTE, "body": "x" * 5001}, "body", "Field cannot be longer than 5000 characters."),
    ({**NOTE, "kind": "gossip"}, "kind", "Not a valid choice."),
    # An unknown value of an optional list is refused as such, never taken for "none chosen" (enum_coerce).
    ({**TOLD, "channel": "pigeon"}, "channel", "Not a valid choice."),
    ({**TOLD, "language": "xx"}, "language", "Not a valid choice."),
    ({**TOLD, "told_by": "x" * 201}, "told_by", "Field cannot be longer than 200 characters."),
]


@pytest.mark.parametrize(("data", "field", "message"), BAD_INPUT)
def test_bad_input_is_refused_next_to_the_field_and_nothing_is_written(
    db, login_as, claimant, data, field, message
):
    response = login_as("lawyer").post(f"/timeline/new?claimant_id={claimant.id}", data=data)
    assert response.status_code == 200
    assert message in field_errors(response).get(field, []), field_errors(response)
    assert count(db, TimelineEntry) == 0 and count(db, AuditEntry) == 0


# ---------------------------------------------------------------- editing, tasks, archiving


def test_editing_an_entry_and_a_stale_edit(db, make, login_as, case):
    entry = make.timeline(make.user(name="First Author"), case=case)
    db.session.commit()
    client = login_as("lawyer")
    assert (
        client.post(
            f"/timeline/{entry.id}/edit", data={**NOTE, "body": "Corrected.", "version": "1"}
        ).status_code
        == 302
    )
    db.session.refresh(entry)
    assert entry.body == "Corrected." and entry.version == 2 and entry.author.name == "First Author"
    stale = client.post(f"/timeline/{entry.id}/edit", data={**NOTE, "body": "Overwritten?", "version": "1"})
    assert stale.status_code == 200
    assert any("Someone else saved this record" in text for text in flashes(stale))
    db.session.refresh(entry)
    assert entry.body == "Corrected."


def test_marking_a_task_done_records_who_and_when(db, make, login_as, case):
    task = make.timeline(make.user(), case=case, kind="task", due_on=date(2024, 3, 1))
    db.session.commit()
    client = login_as("paralegal")
    response = client.post(f"/timeline/{task.id}/done", data={"version": "1"})
    assert response.headers["Location"].endswith(f"/cases/{case.id}#timeline")
    db.session.refresh(task)
    assert task.done_by_id == client.user.id and task.version == 2
    assert abs(task.done_at - datetime.utcnow()) < timedelta(minutes=1)
    again = client.post(f"/timeline/{task.id}/done", data={"version": "2"}, follow_redirects=True)
    assert "This task is already done." in flashes(again)


def test_only_a_task_can_be_marked_done_and_a_stale_one_is_refused(db, make, login_as, case):
    author = make.user()
    note = make.timeline(author, case=case)
    task = make.timeline(author, case=case, kind="task", due_on=date(2024, 3, 1), version=4)
    db.session.commit()
    client = login_as("lawyer")
    refused = client.post(f"/timeline/{note.id}/done", data={"version": "1"}, follow_redirects=True)
    assert "Only a task can be marked done." in flashes(refused)
    client.post(f"/timeline/{task.id}/done", data={"version": "3"})
    db.session.refresh(note)
    db.session.refresh(task)
    assert note.done_at is None and task.done_at is None


def test_archiving_an_entry_hides_it_from_the_claimant_page(db, make, login_as, claimant):
    entry = make.timeline(make.user(), claimant=claimant, body="Hide me.")
    db.session.commit()
    client = login_as("lawyer")
    assert "Hide me." in client.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    response = client.post(
        f"/timeline/{entry.id}/archive?next=/claimants/{claimant.id}", data={"version": "1"}
    )
    assert response.headers["Location"].endswith(f"/claimants/{claimant.id}")
    assert "Hide me." not in client.get(f"/claimants/{claimant.id}").get_data(as_text=True)
    assert client.get(f"/timeline/{entry.id}/edit").status_code == 404


# ---------------------------------------------------------------- the list partial


def test_the_claimant_page_lists_tellings_tasks_and_who_did_them(db, make, login_as, case, claimant):
    author = make.user(name="Khun Nok")
    closer = make.user(name="Khun Dao")
    make.timeline(
        author,
        claimant=claimant,
        kind="rights_informed",
        occurred_on=date(2024, 2, 1),
        body="Told of the right to compensation.",
        channel=Channel.PHONE,
        language="my",
        told_by="Khun Nok",
    )
    make.timeline(
        author,
        case=case,
        claimant=claimant,
        kind="task",
        occurred_on=date(2024, 2, 2),
        body="Book the interpreter.",
        due_on=clock.today() - timedelta(days=1),
    )
    make.timeline(
        author,
        claimant=claimant,
        kind="task",
        occurred_on=date(2024, 2, 3),
        body="Renew the visa.",
        due_on=date(2024, 2, 20),
        done_at=datetime(2024, 2, 19, 3, 0),
        done_by_id=closer.id,
    )
    make.timeline(
        author,
        claimant=claimant,
        kind="task",
        occurred_on=date(2024, 2, 4),
        body="Call the shelter.",
        due_on=clock.today() + timedelta(days=3),
    )
    db.session.commit()
    page = login_as("lawyer").get(f"/claimants/{claimant.id}").get_data(as_text=True)
    items = {item.split("<div>")[1].split("</div>")[0]: item for item in page.split('<li id="entry-')[1:]}
    told = items["Told of the right to compensation."]
    assert "Told of their rights" in told and "Phone · in Burmese · told by Khun Nok" in told
    assert "Recorded by Khun Nok" in told
    overdue = items["Book the interpreter."]
    assert '<span class="badge danger">Overdue</span>' in overdue and "LC-BERRY" in overdue
    assert "Mark done" in overdue
    done = items["Renew the visa."]
    assert "Done by Khun Dao on 19 Feb 2024" in done and "Overdue" not in done and "Mark done" not in done
    assert "Overdue" not in items["Call the shelter."]


def test_the_form_and_the_list_render_in_thai(db, make, login_as, claimant):
    make.timeline(make.user(), claimant=claimant, kind="task", due_on=date(2024, 3, 1))
    db.session.commit()
    client = login_as("lawyer", locale="th")
    assert client.get(f"/timeline/new?claimant_id={claimant.id}").status_code == 200
    assert "2567" in client.get(f"/claimants/{claimant.id}").get_data(as_text=True)
