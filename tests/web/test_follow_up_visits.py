"""Issue 15: the follow-up visits after a return are the one record of the 3/6/12-month rhythm. The deadline engine
no longer makes "follow-up" deadlines beside them (a person had both); a stored one is archived, never deleted; and
a visit due soon reaches every list a follow-up deadline did: the visitor's dashboard, reminders, digest and
calendar feed (through its task), and the organisation's calendar page."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
import sqlalchemy as sa

from claims.models import Deadline, FollowUpVisit
from claims.services import deadlines, feeds, reminders, returns

TODAY = date(2026, 3, 20)
RETURNED = date(2025, 12, 22)  # + 3 months: Sunday 22 March 2026, two days ahead


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    monkeypatch.setattr("claims.clock.today", lambda: TODAY)
    monkeypatch.setattr("claims.clock.now", lambda: datetime.combine(TODAY, time(10, 0)))


def text(response) -> str:
    return response.get_data(as_text=True).replace("&#39;", "'")


def live_follow_up_deadlines(db) -> list[str]:
    return list(
        db.session.scalars(
            sa.select(Deadline.key).where(Deadline.key.like("follow_up%"), Deadline.archived_at.is_(None))
        )
    )


@pytest.fixture
def returned(db, make, login_as):
    """A paralegal's claimant back home since RETURNED, the return recorded with consent through the service."""
    client = login_as("paralegal")
    claimant = make.claimant(pseudonym="FV-01")
    make.party(make.case(paralegal_id=client.user.id), claimant)
    db.session.commit()
    returns.save_return(
        client.user,
        claimant,
        {
            "consent_given": True,
            "consent_on": date(2025, 12, 1),
            "consent_method": "written",
            "returned_on": RETURNED,
            "destination_country": "MM",
        },
    )
    return client, claimant


def test_a_return_plans_visits_and_no_follow_up_deadline(db, returned):
    client, claimant = returned
    deadlines.refresh(client.user.org_id, today=TODAY, everything=True)
    assert live_follow_up_deadlines(db) == []
    due = db.session.scalars(sa.select(FollowUpVisit.due_on).order_by(FollowUpVisit.due_on)).all()
    # 22 Dec 2025 + 3, 6, 12 months.
    assert due == [date(2026, 3, 22), date(2026, 6, 22), date(2026, 12, 22)]
    names = [v.key for v in deadlines.claimant_deadlines(client.user, claimant, today=TODAY)]
    assert not [k for k in names if k.startswith("follow_up")]


def test_a_stored_follow_up_deadline_is_archived_by_the_refresh_not_deleted(db, make):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant(returned_home_on=RETURNED)
    make.party(make.case(lawyer_id=lawyer.id), claimant)
    db.session.add(
        Deadline(
            org_id=claimant.org_id,
            claimant_id=claimant.id,
            key="follow_up_3",
            label={"key": "deadline.follow_up", "args": {"months": 3}},
            due_on=date(2026, 3, 22),
        )
    )
    db.session.commit()
    deadlines.refresh(lawyer.org_id, today=TODAY, everything=True)
    row = db.session.scalar(sa.select(Deadline).where(Deadline.key == "follow_up_3"))
    assert row is not None and row.archived_at is not None
    assert live_follow_up_deadlines(db) == []


def test_a_visit_due_soon_reaches_the_visitors_dashboard_reminders_digest_and_feed(db, returned):
    client, claimant = returned
    task_words = "Follow-up visit to FV-01, 3 months after the return"
    assert task_words in text(client.get("/"))
    assert task_words in text(client.get("/reminders/"))
    digest = reminders.digest_for(client.user, TODAY)
    assert [t.body for t in digest.tasks.items] == [task_words]
    settings = reminders.MailSettings(None, 25, None, None, False, "claims@example.org", None)
    mail = reminders.render_digest(digest, settings)
    assert task_words in mail.get_body(("plain",)).get_content()
    # The feed holds the visit itself (its day, visitor and purpose), not its task beside it.
    feed = feeds.user_calendar(client.user).decode()
    assert "Follow-up visit · FV-01" in feed and "DTSTART;VALUE=DATE:20260322" in feed
    assert "Follow-up visit to FV-01" not in feed


def test_the_calendar_shows_the_visits_due_to_the_whole_team(db, returned, login_as):
    _, claimant = returned
    colleague = login_as("lawyer")  # not the visitor: the calendar is the organisation's
    page = text(colleague.get("/calendar/?view=week&day=2026-03-22"))
    assert "Follow-up visit" in page
    assert f'/claimants/{claimant.id}/return#visits">FV-01</a>' in page
    for view in ("month", "list"):
        assert "FV-01" in text(colleague.get(f"/calendar/?view={view}&day=2026-03-22"))
    # Another week holds only the later visits; a visit made leaves the calendar.
    assert "FV-01" not in text(colleague.get("/calendar/?view=week&day=2026-04-22"))
    visit = db.session.scalar(sa.select(FollowUpVisit).where(FollowUpVisit.due_on == date(2026, 3, 22)))
    visit.visited_on = TODAY
    db.session.commit()
    assert "FV-01" not in text(colleague.get("/calendar/?view=week&day=2026-03-22"))


def test_a_closed_claimants_visits_leave_the_calendar(db, returned, login_as):
    _, claimant = returned
    claimant.closed_reason = "lost_contact"
    claimant.closed_on = TODAY
    db.session.commit()
    assert "FV-01" not in text(login_as("lawyer").get("/calendar/?view=week&day=2026-03-22"))
