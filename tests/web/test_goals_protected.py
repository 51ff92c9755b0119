"""Issue 15: a protected person's reintegration goals may say where they live or work ("a room at her aunt's in
Mawlamyine", "a job at the Hpa-An rice mill"), and the agency responsible works where they are. Like the visit's
findings, both reach only the people the whereabouts rule names (the case's lawyer and paralegal, administrators),
on the page, the form and the audit trail; others see that a goal exists, its domain, status and due date."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
import sqlalchemy as sa

from claims.models import Agency, AuditEntry, FollowUpVisit, ProtectionOrder, ReintegrationGoal
from claims.models.enums import AgencyKind

TODAY = date(2026, 3, 20)
WHERE = "Room at her aunt's house, Mawlamyine"
FOUND = "Working at the Hpa-An rice mill"
HIDDEN = "Hidden: protected person"


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    monkeypatch.setattr("claims.clock.today", lambda: TODAY)
    monkeypatch.setattr("claims.clock.now", lambda: datetime.combine(TODAY, time(10, 0)))


def text(response) -> str:
    return response.get_data(as_text=True).replace("&#39;", "'")


@pytest.fixture
def world(db, make, login_as):
    """A protected claimant, their case's paralegal (the team), a goal and a visit the team recorded."""
    team = login_as("paralegal")
    claimant = make.claimant(pseudonym="PG-01")
    make.party(make.case(paralegal_id=team.user.id), claimant)
    partner = Agency(org_id=claimant.org_id, name_en="Mon State shelter", kind=AgencyKind.NGO, country="MM")
    db.session.add_all(
        [
            partner,
            ProtectionOrder(
                org_id=claimant.org_id,
                claimant_id=claimant.id,
                ordering_office="Witness Protection Office",
                legal_basis="Witness Protection Act",
                kind="guard_24h",
                valid_from=date(2020, 1, 1),
            ),
        ]
    )
    db.session.commit()
    goal = {"domain": "housing", "goal": WHERE, "status": "planned", "owner_agency_id": str(partner.id)}
    assert team.post(f"/claimants/{claimant.id}/plan/new", goal).status_code == 302
    visit = {
        "due_on": "2026-03-10",
        "visited_on": "2026-03-12",
        "visitor_id": str(team.user.id),
        "findings": FOUND,
    }
    assert team.post(f"/claimants/{claimant.id}/visits/new", visit).status_code == 302
    return team, claimant, partner


def test_the_team_sees_the_goal_and_the_findings(world):
    team, claimant, _ = world
    page = text(team.get(f"/claimants/{claimant.id}/return"))
    assert WHERE in page and FOUND in page and "Mon State shelter" in page and HIDDEN not in page


@pytest.mark.parametrize("role", ["lawyer", "paralegal"])
def test_others_see_that_a_goal_exists_but_not_what_it_says_nor_who_is_responsible(db, world, login_as, role):
    _, claimant, _ = world
    other = login_as(role)
    page = text(other.get(f"/claimants/{claimant.id}/return"))
    assert WHERE not in page and FOUND not in page and "Mon State shelter" not in page
    assert page.count(HIDDEN) == 2 and "Housing" in page
    goal = db.session.scalar(sa.select(ReintegrationGoal))
    form = text(other.get(f"/claimants/{claimant.id}/plan/{goal.id}/edit"))
    assert WHERE not in form and 'name="goal"' not in form and 'name="owner_agency_id"' not in form


def test_an_outsider_may_change_the_status_and_the_text_and_agency_stay(db, world, login_as):
    _, claimant, partner = world
    other = login_as("lawyer")
    goal = db.session.scalar(sa.select(ReintegrationGoal))
    form = {"domain": "housing", "status": "achieved", "goal": "Overwritten", "version": str(goal.version)}
    assert other.post(f"/claimants/{claimant.id}/plan/{goal.id}/edit", form).status_code == 302
    db.session.refresh(goal)
    assert (goal.status.value, goal.goal, goal.owner_agency_id) == ("achieved", WHERE, partner.id)


def test_the_trail_keeps_a_protected_persons_goal_and_findings_as_protected(db, world):
    entries = {
        e.entity_type: e.changes
        for e in db.session.scalars(sa.select(AuditEntry).where(AuditEntry.action == "create"))
    }
    assert entries["reintegration_goals"]["goal"] == [None, "[protected]"]
    assert entries["reintegration_goals"]["owner_agency_id"] == [None, "[protected]"]
    assert entries["follow_up_visits"]["findings"] == [None, "[protected]"]
    assert db.session.scalar(sa.select(FollowUpVisit.findings)) == FOUND


def test_an_unprotected_persons_goal_is_shown_to_every_case_worker(db, make, login_as):
    claimant = make.claimant()
    db.session.commit()
    team = login_as("paralegal")
    goal = {"domain": "income", "goal": "A job near home", "status": "planned", "owner_id": str(team.user.id)}
    assert team.post(f"/claimants/{claimant.id}/plan/new", goal).status_code == 302
    assert "A job near home" in text(login_as("lawyer").get(f"/claimants/{claimant.id}/return"))
