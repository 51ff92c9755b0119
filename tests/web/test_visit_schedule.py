"""Issue 15: the follow-up visits still to make in the claimant's schedule page, the case's calendar file and the
user's calendar feed: their day, visitor and purpose. A protected person's visiting partner (it leads to them) stays
on the pages of the people the whereabouts rule names, and never leaves the app in a calendar."""

from __future__ import annotations

from datetime import date, datetime, time

import icalendar
import pytest
import sqlalchemy as sa

from claims.models import Agency, FollowUpVisit, TimelineEntry
from claims.models.enums import AgencyKind, TimelineKind
from claims.services import follow_up_visits, returns

TODAY = date(2026, 3, 20)
RETURNED = date(2025, 12, 22)  # + 3, 6, 12 months: 22 Mar, 22 Jun, 22 Dec 2026
PARTNER = "VS-PARTNER-QZX"


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    monkeypatch.setattr("claims.clock.today", lambda: TODAY)
    monkeypatch.setattr("claims.clock.now", lambda: datetime.combine(TODAY, time(10, 0)))


def text(response) -> str:
    return response.get_data(as_text=True).replace("&#39;", "'")


@pytest.fixture
def world(db, make, login_as):
    """The paralegal's case LC-VS: VS-01 home since RETURNED (the rhythm's three visits planned, the first made
    on 18 Mar, so two to make), and VS-02, protected, with a visit of a partner agency due 1 Apr 2026."""
    client = login_as("paralegal", name="Pat Paralegal")
    case = make.case(reference="LC-VS", paralegal_id=client.user.id)
    home = make.claimant(pseudonym="VS-01")
    hidden = make.claimant(pseudonym="VS-02", protection_order=True)
    make.party(case, home)
    make.party(case, hidden, position=2)
    partner = Agency(org_id=make.default_org.id, name_en=PARTNER, kind=AgencyKind.NGO, country="MM")
    db.session.add(partner)
    db.session.commit()
    returns.save_return(
        client.user,
        home,
        {
            "consent_given": True,
            "consent_on": date(2025, 12, 1),
            "consent_method": "written",
            "returned_on": RETURNED,
            "destination_country": "MM",
        },
    )
    first = db.session.scalar(sa.select(FollowUpVisit).where(FollowUpVisit.rhythm_months == 3))
    made = {"due_on": first.due_on, "visitor_id": first.visitor_id, "visited_on": date(2026, 3, 18)}
    follow_up_visits.update_visit(client.user, first, made, first.version)
    follow_up_visits.add_visit(
        client.user, hidden, {"due_on": date(2026, 4, 1), "visitor_agency_id": partner.id}
    )
    return client, case, home, hidden


def events(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["uid"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def visits_of(db, claimant) -> list[FollowUpVisit]:
    return list(
        db.session.scalars(
            sa.select(FollowUpVisit)
            .where(FollowUpVisit.claimant_id == claimant.id, FollowUpVisit.visited_on.is_(None))
            .order_by(FollowUpVisit.due_on)
        )
    )


def test_the_schedule_lists_the_visits_to_make_with_visitor_and_purpose(db, world):
    client, _case, home, _hidden = world
    page = text(client.get(f"/calendar/claimant/{home.id}"))
    part = page.split('id="visits"')[1].split("<h2>")[0]
    assert "22 Jun 2026" in part and "22 Dec 2026" in part
    assert "22 Mar 2026" not in part  # made on 18 March
    assert "Pat Paralegal" in part
    assert "Follow-up visit, 6 months after the return" in part
    assert "Follow-up visit, 12 months after the return" in part
    assert f'href="/claimants/{home.id}/return#visits"' in part


def test_an_overdue_visit_is_marked(db, world, monkeypatch):
    client, _case, home, _hidden = world
    monkeypatch.setattr("claims.clock.today", lambda: date(2026, 7, 1))
    monkeypatch.setattr("claims.clock.now", lambda: datetime(2026, 7, 1, 10))
    part = text(client.get(f"/calendar/claimant/{home.id}")).split('id="visits"')[1].split("<h2>")[0]
    assert part.count("overdue") == 1  # 22 June, not 22 December


def test_the_visiting_partner_of_a_protected_person_reaches_only_the_people_the_rule_names(
    db, world, login_as
):
    client, _case, _home, hidden = world
    assert PARTNER in text(client.get(f"/calendar/claimant/{hidden.id}"))  # her case's paralegal
    outsider = login_as("lawyer")
    page = text(outsider.get(f"/calendar/claimant/{hidden.id}"))
    assert "1 Apr 2026" in page and "Follow-up visit" in page and PARTNER not in page


def test_the_cases_calendar_file_holds_the_visits_without_a_protected_persons_partner(db, world):
    client, case, home, hidden = world
    response = client.get(f"/reminders/case/{case.id}.ics")
    assert response.status_code == 200
    found = events(response.data)
    code = client.user.organisation.code
    planned = visits_of(db, home) + visits_of(db, hidden)
    assert {uid for uid in found if uid.startswith("visit-")} == {f"visit-{v.id}@{code}" for v in planned}
    by_day = {e.decoded("dtstart"): e for uid, e in found.items() if uid.startswith("visit-")}
    assert set(by_day) == {date(2026, 6, 22), date(2026, 12, 22), date(2026, 4, 1)}
    june = by_day[date(2026, 6, 22)]
    assert str(june["summary"]) == "Follow-up visit · VS-01"
    assert "6 months after the return" in str(june["description"]) and "Pat Paralegal" in str(
        june["description"]
    )
    assert "location" not in june
    # The paralegal may see her partner on the page; a file that leaves the app never names it.
    assert PARTNER.encode() not in response.data
    assert "VS-02" in str(by_day[date(2026, 4, 1)]["summary"])


def test_the_users_feed_holds_the_visits_once_not_beside_their_tasks(db, world, login_as):
    client, _case, home, hidden = world
    from claims.services import feeds

    data = feeds.user_calendar(client.user)
    found = events(data)
    visit_days = sorted(e.decoded("dtstart") for uid, e in found.items() if uid.startswith("visit-"))
    assert visit_days == [date(2026, 4, 1), date(2026, 6, 22), date(2026, 12, 22)]
    visit_tasks = set(
        db.session.scalars(
            sa.select(FollowUpVisit.task_id).where(
                FollowUpVisit.task_id.is_not(None), FollowUpVisit.visited_on.is_(None)
            )
        )
    )
    assert visit_tasks and not [
        uid for uid in found if uid.split("@")[0] in {f"task-{t}" for t in visit_tasks}
    ]
    assert PARTNER.encode() not in data
    # A task that is not a visit's still reaches the feed.
    task = TimelineEntry(
        org_id=home.org_id,
        claimant_id=home.id,
        kind=TimelineKind.TASK,
        occurred_on=TODAY,
        body="Call the embassy",
        author_id=client.user.id,
        assignee_id=client.user.id,
        due_on=date(2026, 4, 2),
    )
    db.session.add(task)
    db.session.commit()
    assert f"task-{task.id}@{client.user.organisation.code}" in events(feeds.user_calendar(client.user))
    # A colleague with no part in the case and no visit to make has none of them.
    colleague = login_as("lawyer")
    assert not [uid for uid in events(feeds.user_calendar(colleague.user)) if uid.startswith("visit-")]


def test_a_visitor_outside_the_case_team_gets_their_visit_in_their_feed(db, world, make):
    client, _case, home, _hidden = world
    from claims.services import feeds

    visitor = make.user(role="lawyer", name="Val Visitor")
    db.session.commit()
    visit = visits_of(db, home)[0]
    moved = {"due_on": visit.due_on, "visitor_id": visitor.id}
    follow_up_visits.update_visit(client.user, visit, moved, visit.version)
    found = events(feeds.user_calendar(visitor))
    assert [e.decoded("dtstart") for uid, e in found.items() if uid.startswith("visit-")] == [
        date(2026, 6, 22)
    ]


def test_the_schedule_speaks_thai(db, world):
    client, _case, home, _hidden = world
    client.user.locale = "th"
    db.session.commit()
    part = text(client.get(f"/calendar/claimant/{home.id}")).split('id="visits"')[1].split("<h2>")[0]
    assert "การเยี่ยมติดตามที่ต้องทำ" in part and "เมื่อครบ 6 เดือนหลังเดินทางกลับ" in part
    assert "Follow-up visit" not in part
