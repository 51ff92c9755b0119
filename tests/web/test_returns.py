"""Return home and after: the return recorded with consent plans the follow-up visits, whose tasks reach the visitor
before they are due; the claimant's return dates follow the return (one record of them); a protected person's
destination and contact reach only the people the whereabouts rule names; bad input is a message in English and
Thai with nothing written."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
import sqlalchemy as sa

from claims.models import (
    Agency,
    AuditEntry,
    FollowUpVisit,
    MoneyDelivery,
    ProtectionOrder,
    ReturnHome,
    TimelineEntry,
)
from claims.models.enums import AgencyKind

TODAY = date(2026, 3, 20)


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    monkeypatch.setattr("claims.clock.today", lambda: TODAY)
    monkeypatch.setattr("claims.clock.now", lambda: datetime.combine(TODAY, time(10, 0)))


def text(response) -> str:
    return response.get_data(as_text=True).replace("&#39;", "'")


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


@pytest.fixture
def partner(db, make):
    record = Agency(org_id=make.default_org.id, name_en="Yangon partner", kind=AgencyKind.NGO, country="MM")
    db.session.add(record)
    db.session.commit()
    return record


def return_form(**kw) -> dict:
    return {
        "consent_given": "y",
        "consent_on": "2025-12-01",
        "consent_method": "written",
        "returned_on": "2025-12-20",
        "procedure": "mou_th_mm",
        "destination_country": "MM",
        "destination_province": "Bago",
        "nationality_status": "verified",
        "nationality_verified_on": "2025-12-10",
        "travel_document": "certificate_of_identity",
        "travel_document_number": "CI-77",
        "contact_channel": "partner_visit",
        "contact_detail": "Through the partner's social worker",
        "payment_channel": "cash_through_partner",
        "version": "",
    } | kw


def test_a_return_with_consent_plans_the_visits_and_their_tasks_reach_the_paralegal(
    db, make, login_as, partner
):
    paralegal = make.user(role="paralegal")
    claimant = make.claimant()
    make.party(make.case(paralegal_id=paralegal.id), claimant)
    db.session.commit()
    client = login_as("lawyer")
    response = client.post(
        f"/claimants/{claimant.id}/return/edit", return_form(contact_agency_id=str(partner.id))
    )
    assert response.status_code == 302, text(response)
    ret = db.session.scalar(sa.select(ReturnHome))
    assert (ret.returned_on, ret.contact_agency_id) == (date(2025, 12, 20), partner.id)
    db.session.refresh(claimant)
    # One record of the return: the claimant's own fields are its copy.
    assert claimant.returned_home_on == date(2025, 12, 20)
    assert claimant.contact_abroad == "Through the partner's social worker"
    assert claimant.partner_organisation == "Yangon partner"
    # 20 December + 3, 6, 12 months: 20 March, 20 June, 20 December 2026, each a task for the case's paralegal.
    visits = db.session.scalars(sa.select(FollowUpVisit).order_by(FollowUpVisit.due_on)).all()
    assert [(v.due_on, v.rhythm_months) for v in visits] == [
        (date(2026, 3, 20), 3),
        (date(2026, 6, 20), 6),
        (date(2026, 12, 20), 12),
    ]
    tasks = db.session.scalars(sa.select(TimelineEntry).order_by(TimelineEntry.due_on)).all()
    assert [(t.due_on, t.assignee_id) for t in tasks] == [(v.due_on, paralegal.id) for v in visits]
    assert {a.entity_type for a in db.session.scalars(sa.select(AuditEntry))} >= {
        "returns",
        "follow_up_visits",
        "timeline_entries",
        "claimants",
    }
    # Due today: on the paralegal's dashboard and reminders (due within a week, before it is overdue).
    reminders = text(login_as_user(client, paralegal).get("/reminders/"))
    assert "Follow-up visit to " + claimant.pseudonym in reminders
    page = text(client.get(f"/claimants/{claimant.id}/return"))
    assert "Yangon partner" in page and "Bago" in page and "Certificate of identity" in page


def login_as_user(client, user):
    client.login(user)
    return client


@pytest.mark.parametrize(
    "locale, message",
    [
        ("en", "A return needs the person's consent."),
        ("th", "การเดินทางกลับต้องได้รับความยินยอมจากบุคคลนั้น"),
    ],
)
def test_a_return_without_consent_is_refused_and_nothing_is_written(db, make, login_as, locale, message):
    client = login_as("lawyer", locale=locale)
    claimant = make.claimant()
    db.session.commit()
    response = client.post(
        f"/claimants/{claimant.id}/return/edit",
        return_form(consent_given="", consent_on="", consent_method=""),
    )
    assert response.status_code == 200 and message in text(response)
    assert count(db, ReturnHome) == 0 and count(db, FollowUpVisit) == 0 and count(db, AuditEntry) == 0


@pytest.mark.parametrize(
    "change, field",
    [
        ({"returned_on": "2026-04-01"}, "returned_on"),  # in the future
        ({"nationality_verified_on": ""}, "nationality_verified_on"),  # verified, no date
        ({"travel_document": "", "travel_document_number": "X1"}, "travel_document"),
        ({"consent_on": "2025-12-25"}, "consent_on"),  # after the return
        ({"escort_agency_id": "999999"}, "escort_agency_id"),  # not in the directory
        ({"returned_on": "31/02/2569"}, "returned_on"),  # no such day
        ({"procedure": "nonsense"}, "procedure"),
    ],
)
def test_bad_return_input_is_a_message_next_to_its_field(db, make, login_as, change, field):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    response = client.post(f"/claimants/{claimant.id}/return/edit", return_form(**change))
    assert response.status_code == 200
    assert f'id="{field}-err"' in text(response)
    assert count(db, ReturnHome) == 0 and count(db, AuditEntry) == 0


def test_a_deportation_needs_no_consent(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    form = return_form(consent_given="", consent_on="", consent_method="", procedure="deportation")
    assert client.post(f"/claimants/{claimant.id}/return/edit", form).status_code == 302
    assert count(db, ReturnHome) == 1


def protected(db, make, claimant):
    db.session.add(
        ProtectionOrder(
            org_id=claimant.org_id,
            claimant_id=claimant.id,
            ordering_office="Witness Protection Office",
            legal_basis="Witness Protection Act",
            kind="guard_24h",
            valid_from=date(2020, 1, 1),
        )
    )
    db.session.commit()


def test_a_protected_persons_destination_and_contact_reach_only_their_team(db, make, login_as, partner):
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    make.party(make.case(lawyer_id=lawyer.id), claimant)
    protected(db, make, claimant)
    team = login_as_user(login_as("paralegal"), lawyer)
    form = return_form(destination_province="SECRET-PROVINCE", contact_agency_id=str(partner.id))
    assert team.post(f"/claimants/{claimant.id}/return/edit", form).status_code == 302
    assert "SECRET-PROVINCE" in text(team.get(f"/claimants/{claimant.id}/return"))
    # The trail keeps the whereabouts as "[protected]", whoever reads it.
    created = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "returns"))
    assert created.changes["destination_province"] == [None, "[protected]"]
    assert created.changes["contact_agency_id"] == [None, "[protected]"]

    other = login_as("lawyer")
    page = text(other.get(f"/claimants/{claimant.id}/return"))
    assert "SECRET-PROVINCE" not in page and "Yangon partner" not in page
    assert "Through the partner" not in page
    edit = text(other.get(f"/claimants/{claimant.id}/return/edit"))
    assert 'name="destination_province"' not in edit and 'name="contact_agency_id"' not in edit
    # Posting them anyway changes nothing of them.
    ret = db.session.scalar(sa.select(ReturnHome))
    form = return_form(destination_province="ELSEWHERE", contact_detail="phone 1", version=str(ret.version))
    assert other.post(f"/claimants/{claimant.id}/return/edit", form).status_code == 302
    db.session.refresh(ret)
    assert ret.destination_province == "SECRET-PROVINCE" and ret.contact_agency_id == partner.id


def test_the_api_and_the_claimant_service_write_the_return_not_a_second_truth(db, make):
    from claims.services import claimants

    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    db.session.commit()
    values = {
        "pseudonym": claimant.pseudonym,
        "legal_name": claimant.legal_name,
        "planned_return_on": date(2026, 5, 1),
    }
    claimants.update_claimant(lawyer, claimant, values, claimant.version)
    ret = db.session.scalar(sa.select(ReturnHome))
    assert ret.planned_on == date(2026, 5, 1) and ret.returned_on is None
    values["returned_home_on"] = date(2026, 3, 1)
    claimants.update_claimant(lawyer, claimant, values, claimant.version)
    db.session.refresh(ret)
    assert count(db, ReturnHome) == 1 and ret.returned_on == date(2026, 3, 1)
    assert count(db, FollowUpVisit) == 3


def test_archiving_the_return_clears_the_claimants_dates_and_the_planned_visits(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    client.post(f"/claimants/{claimant.id}/return/edit", return_form())
    ret = db.session.scalar(sa.select(ReturnHome))
    response = client.post(f"/claimants/{claimant.id}/return/archive", {"version": str(ret.version)})
    assert response.status_code == 302
    db.session.refresh(claimant)
    assert claimant.returned_home_on is None and claimant.contact_abroad is None
    live = sa.select(sa.func.count(FollowUpVisit.id)).where(FollowUpVisit.archived_at.is_(None))
    assert db.session.scalar(live) == 0
    assert (
        db.session.scalar(
            sa.select(sa.func.count(TimelineEntry.id)).where(TimelineEntry.archived_at.is_(None))
        )
        == 0
    )
    assert count(db, FollowUpVisit) == 3  # archived, not deleted


def test_recording_a_visit_marks_its_task_done_and_plans_the_next(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    client.post(f"/claimants/{claimant.id}/return/edit", return_form())
    first = db.session.scalar(sa.select(FollowUpVisit).order_by(FollowUpVisit.due_on))
    response = client.post(
        f"/claimants/{claimant.id}/visits/{first.id}/edit",
        {
            "due_on": "2026-03-20",
            "visitor_id": str(client.user.id),
            "visited_on": "2026-03-18",
            "findings": "Working in the family's shop",
            "next_due_on": "2026-04-18",
            "version": str(first.version),
        },
    )
    assert response.status_code == 302, text(response)
    db.session.refresh(first)
    assert first.task.done_at is not None
    nxt = db.session.scalar(sa.select(FollowUpVisit).where(FollowUpVisit.due_on == date(2026, 4, 18)))
    assert nxt is not None and nxt.task.assignee_id == client.user.id and nxt.task.done_at is None


@pytest.mark.parametrize(
    "values, field",
    [
        ({"visited_on": "2026-04-01"}, "visited_on"),  # in the future
        ({"visited_on": "", "next_due_on": "2026-05-01"}, "next_due_on"),  # next before this one is made
        ({"visited_on": "2026-03-01", "next_due_on": "2026-02-01"}, "next_due_on"),
        ({"visitor_id": ""}, "visitor_id"),
        ({"due_on": ""}, "due_on"),
    ],
)
def test_bad_visit_input_is_refused(db, make, login_as, values, field):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    form = {"due_on": "2026-03-25", "visitor_id": str(client.user.id)} | values
    response = client.post(f"/claimants/{claimant.id}/visits/new", form)
    assert response.status_code == 200 and f'id="{field}-err"' in text(response)
    assert count(db, FollowUpVisit) == 0 and count(db, TimelineEntry) == 0


def test_a_planned_visit_reaches_the_visitor_before_it_is_due_and_not_once_the_file_is_closed(
    db, make, login_as
):
    from claims.services import assigned

    client = login_as("paralegal")
    claimant = make.claimant()
    db.session.commit()
    form = {"due_on": "2026-03-25", "visitor_id": str(client.user.id)}
    assert client.post(f"/claimants/{claimant.id}/visits/new", form).status_code == 302
    assert [t.due_on for t in assigned.due_soon(client.user).items] == [date(2026, 3, 25)]
    assert "Follow-up visit to " + claimant.pseudonym in text(client.get("/"))
    response = client.post(
        f"/claimants/{claimant.id}/close",
        {"closed_reason": "lost_contact", "closed_on": "2026-03-19", "version": str(claimant.version)},
    )
    assert response.status_code == 302
    assert assigned.due_soon(client.user).items == []
    listing = text(client.get("/claimants/"))
    assert "Closed" in listing
    db.session.refresh(claimant)
    assert (
        client.post(f"/claimants/{claimant.id}/reopen", {"version": str(claimant.version)}).status_code == 302
    )
    db.session.refresh(claimant)
    assert claimant.closed_reason is None
    assert len(assigned.due_soon(client.user).items) == 1
    trail = db.session.scalars(
        sa.select(AuditEntry).where(AuditEntry.entity_type == "claimants").order_by(AuditEntry.id)
    ).all()
    assert [e.changes["closed_reason"] for e in trail if "closed_reason" in e.changes] == [
        [None, "lost_contact"],
        ["lost_contact", None],
    ]


@pytest.mark.parametrize(
    "locale, message",
    [("en", "Choose why the file is closed."), ("th", "กรุณาเลือกเหตุผลที่ปิดแฟ้ม")],
)
def test_closing_without_a_reason_is_refused(db, make, login_as, locale, message):
    client = login_as("lawyer", locale=locale)
    claimant = make.claimant()
    db.session.commit()
    response = client.post(
        f"/claimants/{claimant.id}/close", {"closed_on": "2026-03-19", "version": str(claimant.version)}
    )
    assert response.status_code == 200 and message in text(response)
    db.session.refresh(claimant)
    assert claimant.closed_reason is None and count(db, AuditEntry) == 0


def test_a_case_is_closed_with_its_reason_and_reopened(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    db.session.commit()
    response = client.post(
        f"/cases/{case.id}/close",
        {"closed_reason": "reintegrated", "closed_on": "2026-03-01", "version": str(case.version)},
    )
    assert response.status_code == 302
    db.session.refresh(case)
    assert (case.status.value, case.closed_reason.value) == ("closed", "reintegrated")
    assert "Case closed on" in text(client.get(f"/cases/{case.id}"))
    assert client.post(f"/cases/{case.id}/reopen", {"version": str(case.version)}).status_code == 302
    db.session.refresh(case)
    assert (case.status.value, case.closed_reason) == ("open", None)


def test_closing_in_the_future_is_refused(db, make, login_as):
    client = login_as("lawyer")
    case = make.case()
    db.session.commit()
    response = client.post(
        f"/cases/{case.id}/close",
        {"closed_reason": "died", "closed_on": "2026-04-01", "version": str(case.version)},
    )
    assert response.status_code == 200 and 'id="closed_on-err"' in text(response)
    db.session.refresh(case)
    assert case.closed_reason is None


@pytest.mark.parametrize(
    "locale, message",
    [
        ("en", "Link the proof"),
        ("th", "กรุณาแนบหลักฐาน"),
    ],
)
def test_money_without_proof_is_refused(db, make, login_as, locale, message):
    client = login_as("lawyer", locale=locale)
    claimant = make.claimant()
    db.session.commit()
    response = client.post(
        f"/claimants/{claimant.id}/return/money/new",
        {"reached_on": "2026-03-01", "amount": "5000", "currency": "THB"},
    )
    assert response.status_code == 200 and message in text(response)
    assert count(db, MoneyDelivery) == 0 and count(db, AuditEntry) == 0


@pytest.mark.parametrize("amount", ["0", "-5", "NaN", "1e30", "abc"])
def test_money_with_a_bad_amount_is_refused(db, make, login_as, amount):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    response = client.post(
        f"/claimants/{claimant.id}/return/money/new",
        {"reached_on": "2026-03-01", "amount": amount, "currency": "THB", "note": "Signed receipt"},
    )
    assert response.status_code == 200 and 'id="amount-err"' in text(response)
    assert count(db, MoneyDelivery) == 0


def test_money_that_reached_the_person_is_recorded_with_its_proof(db, make, login_as, partner):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    response = client.post(
        f"/claimants/{claimant.id}/return/money/new",
        {
            "reached_on": "2026-03-01",
            "amount": "12500.50",
            "currency": "THB",
            "through_agency_id": str(partner.id),
            "note": "She signed the partner's receipt",
        },
    )
    assert response.status_code == 302, text(response)
    delivery = db.session.scalar(sa.select(MoneyDelivery))
    assert str(delivery.amount) == "12500.50" and delivery.through_agency_id == partner.id
    page = text(client.get(f"/claimants/{claimant.id}/return"))
    assert "12,500.50" in page and "Yangon partner" in page


def test_a_goal_needs_someone_responsible(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    url = f"/claimants/{claimant.id}/plan/new"
    response = client.post(url, {"domain": "income", "goal": "A small shop", "status": "planned"})
    assert response.status_code == 200 and 'id="owner_id-err"' in text(response)
    form = {"domain": "income", "goal": "A small shop", "status": "planned", "owner_id": str(client.user.id)}
    assert client.post(url, form).status_code == 302
    page = text(client.get(f"/claimants/{claimant.id}/return"))
    assert "A small shop" in page and "Income" in page


def test_a_return_recorded_years_late_plans_no_stale_visits(db, make, login_as):
    """Returned in August 2014 (the farm couple): visits due in 2014-2015 are history, not tasks for today; only
    visits overdue by a month or less, and those to come, are planned."""
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    form = return_form(
        consent_on="2014-07-21", returned_on="2014-08-04", nationality_verified_on="2014-07-05"
    )
    assert client.post(f"/claimants/{claimant.id}/return/edit", form).status_code == 302
    assert count(db, FollowUpVisit) == 0 and count(db, TimelineEntry) == 0
    # Returned 20 November 2025: the 3-month visit (20 February) is a month late on 20 March 2026 and is planned.
    ret = db.session.scalar(sa.select(ReturnHome))
    form = return_form(returned_on="2025-11-20", consent_on="2025-11-01", version=str(ret.version))
    assert client.post(f"/claimants/{claimant.id}/return/edit", form).status_code == 302
    due = db.session.scalars(sa.select(FollowUpVisit.due_on).order_by(FollowUpVisit.due_on)).all()
    assert due == [date(2026, 2, 20), date(2026, 5, 20), date(2026, 11, 20)]


def test_a_new_rhythm_moves_the_planned_visits_and_keeps_those_made(db, make, login_as):
    from claims.services import courts

    admin = make.user(role="admin")
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    client.post(f"/claimants/{claimant.id}/return/edit", return_form())  # returned 20 December 2025
    made = db.session.scalar(sa.select(FollowUpVisit).where(FollowUpVisit.rhythm_months == 3))
    visit = {"due_on": "2026-03-20", "visitor_id": str(client.user.id), "visited_on": "2026-03-19"}
    response = client.post(
        f"/claimants/{claimant.id}/visits/{made.id}/edit", visit | {"version": str(made.version)}
    )
    assert response.status_code == 302
    courts.save_settings(admin, "3, 4, 9", 14)
    live = db.session.scalars(
        sa.select(FollowUpVisit).where(FollowUpVisit.archived_at.is_(None)).order_by(FollowUpVisit.due_on)
    ).all()
    # The 3-month visit was made and stays; 6 and 12 months are no longer the rhythm; 4 and 9 are planned.
    assert [(v.rhythm_months, v.due_on, v.visited_on is not None) for v in live] == [
        (3, date(2026, 3, 20), True),
        (4, date(2026, 4, 20), False),
        (9, date(2026, 9, 20), False),
    ]
    open_tasks = db.session.scalars(
        sa.select(TimelineEntry.due_on).where(
            TimelineEntry.archived_at.is_(None), TimelineEntry.done_at.is_(None)
        )
    ).all()
    assert sorted(open_tasks) == [date(2026, 4, 20), date(2026, 9, 20)]


def test_a_protected_persons_visiting_partner_and_money_channel_stay_with_their_team(
    db, make, login_as, partner
):
    """The partner who visits or pays a protected person leads to them: staff not on their cases see the visit
    and the money, not through whom; the task every case worker may read does not name the partner."""
    lawyer = make.user(role="lawyer")
    claimant = make.claimant()
    make.party(make.case(lawyer_id=lawyer.id), claimant)
    protected(db, make, claimant)
    team = login_as_user(login_as("paralegal"), lawyer)
    visit = {"due_on": "2026-03-25", "visitor_agency_id": str(partner.id)}
    assert team.post(f"/claimants/{claimant.id}/visits/new", visit).status_code == 302
    money = {
        "reached_on": "2026-03-01",
        "amount": "100",
        "currency": "THB",
        "through_agency_id": str(partner.id),
    }
    money["note"] = "Receipt signed"
    assert team.post(f"/claimants/{claimant.id}/return/money/new", money).status_code == 302
    assert db.session.scalar(sa.select(TimelineEntry.assignee_agency)) is None
    assert text(team.get(f"/claimants/{claimant.id}/return")).count("Yangon partner") == 2
    other = login_as("lawyer")
    assert "Yangon partner" not in text(other.get(f"/claimants/{claimant.id}/return"))
    # Recording the visit without the partner field (not shown to them) keeps the partner as the visitor.
    stored = db.session.scalar(sa.select(FollowUpVisit))
    form = {"due_on": "2026-03-25", "visited_on": "2026-03-19", "version": str(stored.version)}
    assert other.post(f"/claimants/{claimant.id}/visits/{stored.id}/edit", form).status_code == 302
    db.session.refresh(stored)
    assert (stored.visitor_agency_id, stored.visited_on) == (partner.id, date(2026, 3, 19))
