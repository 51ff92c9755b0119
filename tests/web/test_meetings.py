"""Meetings through the web app: recorded with attendees, the cases and claimants discussed, the decision and the
claimant's own view, and action items that are tasks with an owner; bad input writes nothing; another
organisation's meetings are not found; the list is paged and filtered by kind; case and claimant pages link them."""

from __future__ import annotations

import html
import re
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, Meeting, MeetingLink, TimelineEntry
from claims.models.enums import TimelineKind


def count(db, model):
    return db.session.scalar(sa.select(sa.func.count(model.id)))


def errors(response) -> list[str]:
    found = re.findall(r'class="error"[^>]*>([^<]+)<', response.get_data(as_text=True))
    return [html.unescape(text) for text in found]


def _post(people, **change):
    """The seed's shelter consultation meeting (28 August 2017): 570,000 THB decided, 1,000,000 wanted."""
    data = {
        "kind": "shelter_consultation",
        "held_on": "2017-08-28",
        "starts_at": "10:00",
        "host_agency": "Pathumthani Welfare Protection Center for VOT",
        "attendees-0-name": "Khun Nok",
        "attendees-0-agency": "MSDHS",
        "attendees-1-name": "",
        "attendees-1-agency": "Labour Rights Foundation",
        "attendees-2-name": "",
        "attendees-2-agency": "",
        "cases": "CR-01",
        "claimants": "FB-01",
        "decisions": "Claim 570,000 THB compensation.",
        "claimant_view": "The victim wants 1,000,000 THB.",
        "amount_decided": "570000",
        "amount_wanted": "1000000",
        "currency": "THB",
        "action_items-0-id": "",
        "action_items-0-body": "Send the claim to the prosecutor",
        "action_items-0-assignee_id": str(people["lawyer"].id),
        "action_items-0-assignee_agency": "",
        "action_items-0-due_on": "2017-09-15",
        "action_items-1-id": "",
        "action_items-1-body": "Interpreter for the testimony",
        "action_items-1-assignee_id": "",
        "action_items-1-assignee_agency": "Shelter",
        "action_items-1-due_on": "2017-09-30",
        "action_items-2-body": "",
    }
    data.update(change)
    return data


@pytest.fixture
def people(db, make):
    lawyer = make.user(role="lawyer", name="Lawyer Ploy")
    case = make.case(reference="CR-01", kind="criminal")
    claimant = make.claimant(pseudonym="FB-01")
    db.session.commit()
    return {"lawyer": lawyer, "case": case, "claimant": claimant}


def test_a_meeting_is_recorded_with_its_people_decisions_and_action_items(db, login_as, people):
    client = login_as("paralegal")
    response = client.post("/meetings/new", data=_post(people))
    assert response.status_code == 302, errors(response)
    meeting = db.session.scalar(sa.select(Meeting))
    assert meeting.attendees == [
        {"name": "Khun Nok", "agency": "MSDHS"},
        {"name": "", "agency": "Labour Rights Foundation"},
    ]
    assert (meeting.amount_decided, meeting.amount_wanted) == (Decimal("570000.00"), Decimal("1000000.00"))
    links = db.session.scalars(sa.select(MeetingLink)).all()
    assert {(link.case_id, link.claimant_id) for link in links} == {
        (people["case"].id, None),
        (None, people["claimant"].id),
    }
    tasks = db.session.scalars(sa.select(TimelineEntry).order_by(TimelineEntry.due_on)).all()
    assert [(t.kind, t.meeting_id, t.assignee_id, t.assignee_agency, t.due_on) for t in tasks] == [
        (TimelineKind.TASK, meeting.id, people["lawyer"].id, None, date(2017, 9, 15)),
        (TimelineKind.TASK, meeting.id, None, "Shelter", date(2017, 9, 30)),
    ]
    audited = {a.entity_type for a in db.session.scalars(sa.select(AuditEntry))}
    assert {"meetings", "meeting_links", "timeline_entries"} <= audited
    page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert "Send the claim to the prosecutor" in page and "Lawyer Ploy" in page
    assert "differs from the meeting" in page
    # Linked from the case's and the claimant's pages.
    for url in (f"/cases/{people['case'].id}", f"/claimants/{people['claimant'].id}"):
        assert f"/meetings/{meeting.id}" in client.get(url).get_data(as_text=True), url


def test_editing_updates_unlinks_and_archives_cleared_items(db, login_as, people):
    client = login_as("lawyer")
    client.post("/meetings/new", data=_post(people))
    meeting = db.session.scalar(sa.select(Meeting))
    first, second = db.session.scalars(sa.select(TimelineEntry).order_by(TimelineEntry.due_on)).all()
    form = client.get(f"/meetings/{meeting.id}/edit").get_data(as_text=True)
    assert "Send the claim to the prosecutor" in form and "CR-01" in form and "FB-01" in form
    response = client.post(
        f"/meetings/{meeting.id}/edit",
        data=_post(
            people,
            version=str(meeting.version),
            cases="",
            **{
                "action_items-0-id": str(first.id),
                "action_items-0-done": "y",
                "action_items-1-id": str(second.id),
                "action_items-1-body": "",
            },
        ),
    )
    assert response.status_code == 302, errors(response)
    db.session.expire_all()
    assert db.session.get(TimelineEntry, first.id).done_at is not None
    assert db.session.get(TimelineEntry, second.id).archived_at is not None  # archived, not deleted
    live = db.session.scalars(sa.select(MeetingLink).where(MeetingLink.archived_at.is_(None))).all()
    assert [(link.case_id, link.claimant_id) for link in live] == [(None, people["claimant"].id)]


def test_more_rows_adds_blank_rows_and_saves_nothing(db, login_as, people):
    client = login_as("lawyer")
    response = client.post("/meetings/new", data={**_post(people), "more": "1"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'name="attendees-5-name"' in page and 'name="action_items-5-body"' in page
    assert "Khun Nok" in page  # what was typed is kept
    assert count(db, Meeting) == 0


@pytest.mark.parametrize(
    ("locale", "change", "message"),
    [
        ("en", {"held_on": ""}, "Enter the date."),
        ("en", {"host_agency": ""}, "Name the agency that hosted the meeting."),
        ("en", {"kind": "party"}, "Not a valid choice."),
        ("en", {"cases": "CR-01, NOPE-9"}, "No case of this organisation has the reference: NOPE-9"),
        ("en", {"claimants": "GHOST"}, "No claimant of this organisation has the pseudonym: GHOST"),
        ("en", {"amount_wanted": "-5"}, "An amount cannot be negative."),
        ("en", {"action_items-0-due_on": ""}, "An action item needs a due date."),
        ("en", {"action_items-0-assignee_id": ""}, "Say who is to do it: a person, or an agency."),
        ("en", {"action_items-0-assignee_id": "999999"}, "Not a valid choice."),
        ("en", {"action_items-0-due_on": "2017-08-01"}, "An action item cannot be due before the meeting."),
        ("th", {"host_agency": ""}, "ระบุหน่วยงานเจ้าภาพการประชุม"),
        ("th", {"action_items-0-due_on": ""}, "ระบุวันครบกำหนดของงานที่ต้องทำ"),
    ],
)
def test_bad_input_says_what_is_wrong_and_writes_nothing(db, login_as, people, locale, change, message):
    client = login_as("lawyer", locale=locale)
    before = count(db, AuditEntry)
    response = client.post("/meetings/new", data=_post(people, **change))
    assert response.status_code == 200
    assert any(message in e for e in errors(response)), errors(response)
    assert count(db, Meeting) == count(db, MeetingLink) == count(db, TimelineEntry) == 0
    assert count(db, AuditEntry) == before


def test_another_organisations_meetings_and_records_are_not_found(db, make, login_as, people):
    other = make.org()
    foreign_case = make.case(org=other, reference="XX-01")
    foreign = make.meeting(org=other, cases=[foreign_case])
    db.session.commit()
    client = login_as("lawyer")
    assert client.get(f"/meetings/{foreign.id}").status_code == 404
    assert client.get(f"/meetings/{foreign.id}/edit").status_code == 404
    assert client.post(f"/meetings/{foreign.id}/archive", data={"version": "1"}).status_code == 404
    assert "XX-01" not in client.get("/meetings/").get_data(as_text=True)
    # Another organisation's case cannot be named in one's own meeting.
    response = client.post("/meetings/new", data=_post(people, cases="XX-01"))
    assert "No case of this organisation has the reference: XX-01" in errors(response)
    assert db.session.get(Meeting, foreign.id).archived_at is None


def test_the_list_is_paged_and_filtered_by_kind(db, make, login_as):
    for n in range(27):
        make.meeting(held_on=date(2024, 1, 1 + n % 28), host_agency=f"Host {n:02d}")
    make.meeting(kind="mdt_case_conference", held_on=date(2020, 1, 1), host_agency="Petchabun MDT")
    db.session.commit()
    client = login_as("lawyer")
    first = client.get("/meetings/").get_data(as_text=True)
    assert len(re.findall(r'href="/meetings/\d+"', first)) == 25
    assert "page=2" in first
    mdt = client.get("/meetings/?kind=mdt_case_conference").get_data(as_text=True)
    assert "Petchabun MDT" in mdt and "Host 01" not in mdt
    assert client.get("/meetings/?kind=junk&page=999").status_code == 200


def test_archiving_a_meeting(db, make, login_as):
    meeting = make.meeting()
    db.session.commit()
    client = login_as("lawyer")
    response = client.post(f"/meetings/{meeting.id}/archive", data={"version": str(meeting.version)})
    assert response.status_code == 302
    assert db.session.get(Meeting, meeting.id).archived_at is not None
    assert client.get(f"/meetings/{meeting.id}").status_code == 404
