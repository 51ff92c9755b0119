"""Shelter stays, risk levels and safety incidents through the test client on a fixed day: recording each, the bad
input refused in English and Thai with nothing written, overlapping stays refused, a protected person's shelter
kept from staff not on their cases (pages, forms, the audit trail), a high level on the claimant's page and the
case team's dashboard, an incident's task reaching its assignee, and the Fund line made from the stays' days."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from claims.models import (
    Agency,
    AuditEntry,
    Calculation,
    ProtectionOrder,
    RiskAssessment,
    SafetyIncident,
    ShelterStay,
    TimelineEntry,
)
from claims.models.enums import AgencyKind, ProtectionKind
from claims.services.records import REDACTED

TODAY = date(2026, 3, 20)
FACILITY = "Safe house on the river"


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch):
    monkeypatch.setattr("claims.clock.today", lambda: TODAY)
    monkeypatch.setattr("claims.clock.now", lambda: datetime.combine(TODAY, time(10, 0)))


def text(response) -> str:
    return response.get_data(as_text=True).replace("&#39;", "'").replace("&#34;", '"')


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


@pytest.fixture
def shelter(db, make):
    record = Agency(org_id=make.default_org.id, name_en="Riverside shelter", kind=AgencyKind.SHELTER)
    db.session.add(record)
    db.session.commit()
    return record


def stay_form(shelter=None, **kw) -> dict:
    values = {"stay_from": "2026-01-05", "stay_to": "2026-02-10", "voluntary": "y", "family_count": "0"}
    if shelter is not None:
        values["agency_id"] = str(shelter.id)
    return values | kw


def add_stay(db, claimant, start, end=None, **kw) -> ShelterStay:
    record = ShelterStay(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        facility_name=FACILITY,
        stay_from=start,
        stay_to=end,
        **kw,
    )
    db.session.add(record)
    db.session.commit()
    return record


def protected_claimant(db, make, lawyer, paralegal=None):
    """A claimant under an order in force today, in a case of ``lawyer`` (and ``paralegal``)."""
    claimant = make.claimant()
    case = make.case(lawyer_id=lawyer.id, paralegal_id=getattr(paralegal, "id", None))
    make.party(case, claimant)
    db.session.add(
        ProtectionOrder(
            org_id=claimant.org_id,
            claimant_id=claimant.id,
            ordering_office="Witness Protection Office",
            legal_basis="Witness Protection Act B.E. 2546 s.8",
            kind=ProtectionKind.SHELTER,
            valid_from=date(2026, 1, 1),
        )
    )
    db.session.commit()
    return claimant, case


# ---------------------------------------------------------------- stays


def test_a_stay_is_recorded_from_the_claimants_page_and_audited(db, make, login_as, shelter):
    client = login_as("paralegal")
    claimant = make.claimant()
    db.session.commit()
    page = text(client.get(f"/claimants/{claimant.id}"))
    assert f'href="/shelter/claimant/{claimant.id}/stays/new"' in page and "No shelter stay recorded." in page
    response = client.post(
        f"/shelter/claimant/{claimant.id}/stays/new",
        stay_form(shelter, voluntary="", legal_basis="tip_s29", family_count="2", family_relation="two sons"),
    )
    assert response.status_code == 302, text(response)
    stay = db.session.scalar(sa.select(ShelterStay))
    assert (stay.agency_id, stay.stay_from, stay.stay_to, stay.voluntary) == (
        shelter.id,
        date(2026, 1, 5),
        date(2026, 2, 10),
        False,
    )
    assert (stay.family_count, stay.family_relation) == (2, "two sons")
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "shelter_stays"))
    assert entry.changes["agency_id"] == [None, shelter.id]  # not protected: in clear
    page = text(client.get(f"/claimants/{claimant.id}"))
    assert "Riverside shelter" in page and "two sons" in page
    # The basis whose conditions the rule book has not checked says so.
    assert "Anti-Trafficking Act s.29 (not verified)" in page


def test_a_voluntary_stay_keeps_no_legal_basis(db, make, login_as, shelter):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    client.post(f"/shelter/claimant/{claimant.id}/stays/new", stay_form(shelter, legal_basis="court_order"))
    assert db.session.scalar(sa.select(ShelterStay.legal_basis)) is None


BAD_STAYS = [
    (
        {"stay_to": "2026-01-01"},
        "The stay cannot end before it began.",
        "การพักอาศัยจะสิ้นสุดก่อนวันที่เริ่มไม่ได้",
    ),
    (
        {"agency_id": "999999"},
        "Choose the shelter from the directory.",
        "กรุณาเลือกสถานคุ้มครองจากทำเนียบหน่วยงาน",
    ),
    (
        {"agency_id": ""},
        "Choose the shelter from the directory, or name it.",
        "กรุณาเลือกสถานคุ้มครองจากทำเนียบหน่วยงาน หรือระบุชื่อสถานที่",
    ),
    (
        {"stay_from": "2026-04-01", "stay_to": ""},
        "A stay is recorded once it has begun: this date is in the future.",
        "บันทึกการพักอาศัยได้เมื่อเริ่มพักแล้วเท่านั้น: วันที่นี้เป็นวันในอนาคต",
    ),
    (
        {"voluntary": ""},
        "A stay the person did not choose needs its legal basis.",
        "การพักอาศัยที่บุคคลนั้นไม่ได้เลือกเองต้องระบุฐานทางกฎหมาย",
    ),
    (
        {"voluntary": "", "legal_basis": "court_order"},
        "Name the court and the order, or the law, the stay rests on.",
        "กรุณาระบุศาลและคำสั่ง หรือกฎหมายที่เป็นฐานของการพักอาศัย",
    ),
    (
        {"family_count": "3"},
        "Say how the family members staying too are related to the person.",
        "กรุณาระบุความเกี่ยวพันของสมาชิกครอบครัวที่พักอาศัยด้วยกับบุคคลนั้น",
    ),
    (
        {"family_count": "-1"},
        "Enter a number from 0 to 50.",
        "กรุณากรอกตัวเลขตั้งแต่ 0 ถึง 50",
    ),
    (
        {"facility_name": "A temple"},
        "Choose the shelter from the directory or name it, not both.",
        "กรุณาเลือกสถานคุ้มครองจากทำเนียบหน่วยงานหรือระบุชื่อ อย่างใดอย่างหนึ่ง",
    ),
]


@pytest.mark.parametrize("locale", ["en", "th"])
@pytest.mark.parametrize("change, english, thai", BAD_STAYS)
def test_a_bad_stay_is_refused_in_the_users_language_and_nothing_is_written(
    db, make, login_as, shelter, locale, change, english, thai
):
    client = login_as("lawyer", locale=locale)
    claimant = make.claimant()
    db.session.commit()
    response = client.post(f"/shelter/claimant/{claimant.id}/stays/new", stay_form(shelter, **change))
    assert response.status_code == 200
    assert (english if locale == "en" else thai) in text(response)
    assert count(db, ShelterStay) == 0 and count(db, AuditEntry) == 0


@pytest.mark.parametrize(
    "start, end",
    [
        ("2026-02-01", "2026-02-20"),  # inside
        ("2025-12-01", "2026-01-05"),  # ends on the first day of the other
        ("2026-02-10", ""),  # open from the other's last day
    ],
)
def test_overlapping_stays_are_refused_with_the_other_stays_dates(db, make, login_as, shelter, start, end):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    add_stay(db, claimant, date(2026, 1, 5), date(2026, 2, 10))
    response = client.post(
        f"/shelter/claimant/{claimant.id}/stays/new", stay_form(shelter, stay_from=start, stay_to=end)
    )
    assert "This stay overlaps the stay from 5 Jan 2026 to 10 Feb 2026" in text(response)
    assert count(db, ShelterStay) == 1


def test_an_open_stay_refuses_a_later_one_until_it_is_closed(db, make, login_as, shelter):
    client = login_as("lawyer", locale="th")
    claimant = make.claimant()
    db.session.commit()
    first = add_stay(db, claimant, date(2026, 1, 5))
    response = client.post(
        f"/shelter/claimant/{claimant.id}/stays/new", stay_form(shelter, stay_from="2026-03-01", stay_to="")
    )
    assert "ทับซ้อนกับการพักอาศัยตั้งแต่" in text(response) and count(db, ShelterStay) == 1
    # Closing the first (its own dates do not overlap itself) lets the second in.
    response = client.post(
        f"/shelter/claimant/{claimant.id}/stays/{first.id}/edit",
        {
            "facility_name": FACILITY,
            "stay_from": "2026-01-05",
            "stay_to": "2026-02-28",
            "voluntary": "y",
            "family_count": "0",
            "version": str(first.version),
        },
    )
    assert response.status_code == 302, text(response)
    response = client.post(
        f"/shelter/claimant/{claimant.id}/stays/new", stay_form(shelter, stay_from="2026-03-01", stay_to="")
    )
    assert response.status_code == 302 and count(db, ShelterStay) == 2


def test_an_archived_stay_is_kept_and_no_longer_overlaps(db, make, login_as, shelter):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    stay = add_stay(db, claimant, date(2026, 1, 5), date(2026, 2, 10))
    response = client.post(
        f"/shelter/claimant/{claimant.id}/stays/{stay.id}/archive", {"version": str(stay.version)}
    )
    assert response.status_code == 302
    db.session.refresh(stay)
    assert stay.archived_at is not None and count(db, ShelterStay) == 1
    assert FACILITY not in text(client.get(f"/shelter/claimant/{claimant.id}"))
    response = client.post(f"/shelter/claimant/{claimant.id}/stays/new", stay_form(shelter))
    assert response.status_code == 302


def test_another_claimants_or_organisations_stay_is_not_reached(db, make, login_as, shelter):
    client = login_as("admin")
    mine, other = make.claimant(), make.claimant()
    db.session.commit()
    stay = add_stay(db, other, date(2026, 1, 5))
    assert client.get(f"/shelter/claimant/{mine.id}/stays/{stay.id}/edit").status_code == 403
    stranger = login_as("admin", org=make.org())
    assert stranger.get(f"/shelter/claimant/{other.id}").status_code == 404
    assert (
        stranger.post(f"/shelter/claimant/{other.id}/stays/{stay.id}/archive", {"version": "1"}).status_code
        == 404
    )
    db.session.refresh(stay)
    assert stay.archived_at is None


# ---------------------------------------------------------------- a protected person's shelter


def test_a_protected_persons_shelter_reaches_only_their_case_team(db, make, login_as, shelter):
    team = login_as("lawyer")
    other = login_as("lawyer")
    claimant, _case = protected_claimant(db, make, team.user)
    response = team.post(
        f"/shelter/claimant/{claimant.id}/stays/new",
        stay_form(facility_name=FACILITY, notes="Room 4, behind the kitchen"),
    )
    assert response.status_code == 302, text(response)
    for url in (f"/claimants/{claimant.id}", f"/shelter/claimant/{claimant.id}"):
        assert FACILITY in text(team.get(url)) and "Room 4" in text(team.get(url))
        page = text(other.get(url))
        assert FACILITY not in page and "Room 4" not in page
        assert "Shown only to the case team" in page
    stay = db.session.scalar(sa.select(ShelterStay))
    # Not the form, not a write: the form would show it, the write would tell where.
    assert other.get(f"/shelter/claimant/{claimant.id}/stays/{stay.id}/edit").status_code == 403
    before = count(db, AuditEntry)
    assert other.post(f"/shelter/claimant/{claimant.id}/stays/new", stay_form(shelter)).status_code == 403
    assert count(db, AuditEntry) == before and count(db, ShelterStay) == 1
    # The trail keeps the facility and the notes as "[protected]", for every admin who reads it.
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "shelter_stays"))
    assert entry.changes["facility_name"] == [None, REDACTED] and entry.changes["notes"] == [None, REDACTED]
    assert FACILITY not in str(entry.changes)


# ---------------------------------------------------------------- risk levels


def test_a_high_risk_level_shows_on_the_claimants_page_and_the_case_teams_dashboard(db, make, login_as):
    lawyer = login_as("lawyer")
    paralegal = login_as("paralegal")
    outsider = login_as("lawyer")
    claimant = make.claimant(pseudonym="RISK-1")
    case = make.case(lawyer_id=lawyer.user.id, paralegal_id=paralegal.user.id)
    make.party(case, claimant)
    db.session.commit()
    response = lawyer.post(
        f"/shelter/claimant/{claimant.id}/risk/new",
        {"level": "high", "assessed_on": "2026-03-18", "reason": "The broker called her sister"},
    )
    assert response.status_code == 302, text(response)
    assert 'data-risk="high"' in text(lawyer.get(f"/claimants/{claimant.id}"))
    for team in (lawyer, paralegal):
        dashboard = text(team.get("/"))
        assert "Claimants at high risk" in dashboard and "RISK-1" in dashboard
    assert "RISK-1" not in text(outsider.get("/"))
    # A later, lower assessment is the level in force: off the dashboard, both kept in the history with who.
    paralegal.post(
        f"/shelter/claimant/{claimant.id}/risk/new",
        {"level": "low", "assessed_on": "2026-03-20", "reason": "Moved, the broker arrested"},
    )
    assert "RISK-1" not in text(lawyer.get("/"))
    assert 'data-risk="high"' not in text(lawyer.get(f"/claimants/{claimant.id}"))
    history = text(lawyer.get(f"/shelter/claimant/{claimant.id}"))
    assert history.index("Moved, the broker arrested") < history.index("The broker called her sister")
    assert lawyer.user.name in history and paralegal.user.name in history
    assert count(db, RiskAssessment) == 2


@pytest.mark.parametrize("locale", ["en", "th"])
@pytest.mark.parametrize(
    "change, english, thai",
    [
        ({"assessed_on": "2026-03-21"}, "This date cannot be in the future.", "วันที่ต้องไม่เป็นวันในอนาคต"),
        ({"reason": "   "}, "Say why the risk is at this level.", "กรุณาระบุเหตุผลที่ความเสี่ยงอยู่ในระดับนี้"),
        ({"level": "extreme"}, "Not a valid choice.", "ตัวเลือกไม่ถูกต้อง"),
    ],
)
def test_a_bad_risk_level_is_refused_and_nothing_is_written(
    db, make, login_as, locale, change, english, thai
):
    client = login_as("lawyer", locale=locale)
    claimant = make.claimant()
    db.session.commit()
    values = {"level": "high", "assessed_on": "2026-03-18", "reason": "Threatened"} | change
    response = client.post(f"/shelter/claimant/{claimant.id}/risk/new", values)
    assert response.status_code == 200 and (english if locale == "en" else thai) in text(response)
    assert count(db, RiskAssessment) == 0 and count(db, AuditEntry) == 0


# ---------------------------------------------------------------- safety incidents


def incident_form(**kw) -> dict:
    return {
        "occurred_on": "2026-03-19",
        "kind": "bribery_attempt",
        "description": "Offered 50,000 to withdraw",
    } | kw


def test_an_incident_with_a_task_reaches_the_assignees_tasks_and_dashboard(db, make, login_as, shelter):
    lawyer = login_as("lawyer")
    paralegal = login_as("paralegal")
    claimant = make.claimant(pseudonym="INC-1")
    db.session.commit()
    response = lawyer.post(
        f"/shelter/claimant/{claimant.id}/incidents/new",
        incident_form(
            action_taken="Told the inquiry official",
            reported_to_id=str(shelter.id),
            reported_on="2026-03-19",
            make_task="y",
            task_body="Ask the court for a protection order",
            task_assignee_id=str(paralegal.user.id),
            task_due_on="2026-03-23",
        ),
    )
    assert response.status_code == 302, text(response)
    incident = db.session.scalar(sa.select(SafetyIncident))
    task = db.session.get(TimelineEntry, incident.task_id)
    assert (task.assignee_id, task.due_on, task.claimant_id, task.kind.value) == (
        paralegal.user.id,
        date(2026, 3, 23),
        claimant.id,
        "task",
    )
    assert "Ask the court for a protection order" in text(paralegal.get("/"))
    page = text(lawyer.get(f"/claimants/{claimant.id}"))
    assert "Bribery attempt" in page and "Reported to Riverside shelter" in page
    # Archived by mistake: the incident and its undone task go together, both kept.
    lawyer.post(
        f"/shelter/claimant/{claimant.id}/incidents/{incident.id}/archive", {"version": str(incident.version)}
    )
    db.session.refresh(task)
    assert task.archived_at is not None and count(db, SafetyIncident) == 1
    assert "Ask the court for a protection order" not in text(paralegal.get("/"))


@pytest.mark.parametrize("locale", ["en", "th"])
@pytest.mark.parametrize(
    "change, english, thai",
    [
        ({"occurred_on": "2026-03-21"}, "This date cannot be in the future.", "วันที่ต้องไม่เป็นวันในอนาคต"),
        (
            {"reported_to_id": "999999"},
            "Choose the agency from the directory.",
            "กรุณาเลือกหน่วยงานจากทำเนียบหน่วยงาน",
        ),
        (
            {"reported_on": "2026-03-18", "reported_to_id": "{shelter}"},
            "The report must be made on or after the incident, and not in the future.",
            "วันที่แจ้งต้องไม่ก่อนวันที่เกิดเหตุและไม่เป็นวันในอนาคต",
        ),
        (
            {"make_task": "y", "task_body": "Call the police", "task_assignee_agency": "Police"},
            "A task needs a due date.",
            "งานที่ต้องทำต้องมีวันกำหนดเสร็จ",
        ),
        (
            {"make_task": "y", "task_body": "Call", "task_due_on": "2026-03-25"},
            "Say who is to do it: a person, or an agency.",
            "ระบุผู้รับผิดชอบ: บุคคล หรือหน่วยงาน",
        ),
    ],
)
def test_a_bad_incident_is_refused_and_nothing_is_written(
    db, make, login_as, shelter, locale, change, english, thai
):
    client = login_as("lawyer", locale=locale)
    claimant = make.claimant()
    db.session.commit()
    change = {k: v.format(shelter=shelter.id) for k, v in change.items()}
    response = client.post(f"/shelter/claimant/{claimant.id}/incidents/new", incident_form(**change))
    assert response.status_code == 200 and (english if locale == "en" else thai) in text(response)
    assert count(db, SafetyIncident) == 0 and count(db, TimelineEntry) == 0 and count(db, AuditEntry) == 0


def test_a_protected_persons_incident_text_reaches_only_their_case_team(db, make, login_as):
    team = login_as("lawyer")
    other = login_as("paralegal")
    claimant, _case = protected_claimant(db, make, team.user)
    team.post(
        f"/shelter/claimant/{claimant.id}/incidents/new", incident_form(description="Seen at the gate of X")
    )
    assert "Seen at the gate of X" in text(team.get(f"/claimants/{claimant.id}"))
    page = text(other.get(f"/claimants/{claimant.id}"))
    assert "Seen at the gate of X" not in page and "Bribery attempt" in page
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "safety_incidents"))
    assert entry.changes["description"] == [None, REDACTED]


# ---------------------------------------------------------------- the Fund request's shelter days


def test_the_fund_line_uses_the_stay_days_and_cites_them(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant()
    case = make.case()
    make.party(case, claimant)
    calculation = make.calculation(case, claimant)
    db.session.commit()
    add_stay(db, claimant, date(2026, 1, 1), date(2026, 1, 31))  # 31 days
    add_stay(db, claimant, date(2026, 3, 1))  # still there: 1 to 20 March, 20 days
    page = text(client.get(f"/calculations/{calculation.id}"))
    assert f'href="/shelter/calculations/{calculation.id}/fund"' in page
    response = client.post(
        f"/shelter/calculations/{calculation.id}/fund",
        {
            "item": "living_allowance",
            "rate": "100",
            "until": "2026-03-20",
            "version": str(calculation.version),
        },
    )
    assert response.status_code == 302, text(response)
    db.session.refresh(calculation)
    item = calculation.data["fund_items"][-1]
    assert (item["item"], item["quantity"], item["rate"]) == ("living_allowance", "51", "100")
    lines = [line for line in calculation.result["lines"] if line["head"] == "tip_fund"]
    line = next(line for line in lines if line["counted"])
    # 31 + 20 = 51 days at 100 a day.
    assert line["amount"] == "5100.00" and line["formula"] == "51 x 100.00 THB"
    basis = str(line["basis"])
    assert "shelter stay records (Anti-Trafficking Act s.33 assistance), 51 days" in basis
    assert "1 Jan 2026 – 31 Jan 2026 (31)" in basis and "1 Mar 2026 – 20 Mar 2026 (20)" in basis
    assert FACILITY not in str(calculation.data)  # the dates are the evidence, never the place
    assert count(db, AuditEntry) >= 1


@pytest.mark.parametrize("locale", ["en", "th"])
@pytest.mark.parametrize(
    "change, english, thai",
    [
        (
            {"start": "2026-06-01", "until": "2026-06-30"},
            "No shelter stay of this claimant falls in this period.",
            "ไม่มีการพักอาศัยในสถานคุ้มครองของผู้เรียกร้องรายนี้ในช่วงเวลานี้",
        ),
        (
            {"start": "2026-03-01", "until": "2026-02-01"},
            "The period cannot end before it begins.",
            "ช่วงเวลาจะสิ้นสุดก่อนวันเริ่มต้นไม่ได้",
        ),
        ({"rate": "0"}, "Enter the daily rate, more than zero.", "กรุณากรอกอัตราต่อวันที่มากกว่าศูนย์"),
    ],
)
def test_a_bad_fund_item_from_stays_is_refused(db, make, login_as, locale, change, english, thai):
    client = login_as("lawyer", locale=locale)
    claimant = make.claimant()
    case = make.case()
    make.party(case, claimant)
    calculation = make.calculation(case, claimant)
    db.session.commit()
    add_stay(db, claimant, date(2026, 1, 1), date(2026, 1, 31))
    before = calculation.data
    values = {
        "item": "loss_of_income",
        "rate": "300",
        "until": "2026-03-20",
        "version": str(calculation.version),
    }
    response = client.post(f"/shelter/calculations/{calculation.id}/fund", values | change)
    assert response.status_code == 200 and (english if locale == "en" else thai) in text(response)
    db.session.refresh(calculation)
    assert calculation.data == before and count(db, AuditEntry) == 0
    assert db.session.scalar(sa.select(Calculation.version)) == 1


# ---------------------------------------------------------------- archive and restore


def test_an_administrator_restores_a_stay_unless_a_newer_one_covers_its_days(db, make, login_as):
    admin = login_as("admin")
    claimant = make.claimant()
    db.session.commit()
    old = add_stay(db, claimant, date(2026, 1, 5), date(2026, 2, 10))
    admin.post(f"/shelter/claimant/{claimant.id}/stays/{old.id}/archive", {"version": str(old.version)})
    newer = add_stay(db, claimant, date(2026, 2, 1), date(2026, 2, 20))
    response = admin.post(f"/admin/archive/shelter_stays/{old.id}/restore", {})
    assert "This stay overlaps the stay from 1 Feb 2026 to 20 Feb 2026" in text(admin.get("/admin/archive"))
    assert response.status_code == 302
    db.session.refresh(old)
    assert old.archived_at is not None
    admin.post(f"/shelter/claimant/{claimant.id}/stays/{newer.id}/archive", {"version": str(newer.version)})
    admin.post(f"/admin/archive/shelter_stays/{old.id}/restore", {})
    db.session.refresh(old)
    assert old.archived_at is None


# ---------------------------------------------------------------- days of a stay in a period


@given(
    start=st.dates(date(2025, 1, 1), date(2026, 12, 31)),
    length=st.one_of(st.none(), st.integers(0, 400)),
    first=st.dates(date(2025, 1, 1), date(2026, 12, 31)),
    span=st.integers(0, 400),
)
def test_the_days_of_a_stay_in_a_period_are_the_days_they_share(start, length, first, span):
    end = None if length is None else start + timedelta(days=length)
    stay = ShelterStay(stay_from=start, stay_to=end)
    last = first + timedelta(days=span)
    stayed = {start + timedelta(days=n) for n in range(((end or last) - start).days + 1)}
    period = {first + timedelta(days=n) for n in range(span + 1)}
    assert stay.days_between(first, last) == len(stayed & period)


def test_an_incident_gets_its_task_when_edited_and_then_leaves_it_to_the_task_list(db, make, login_as):
    client = login_as("lawyer")
    claimant = make.claimant()
    db.session.commit()
    client.post(f"/shelter/claimant/{claimant.id}/incidents/new", incident_form(kind="threat"))
    incident = db.session.scalar(sa.select(SafetyIncident))
    assert incident.task_id is None and count(db, TimelineEntry) == 0
    edit = f"/shelter/claimant/{claimant.id}/incidents/{incident.id}/edit"
    assert 'name="make_task"' in text(client.get(edit))
    response = client.post(
        edit,
        incident_form(
            kind="threat",
            version=str(incident.version),
            make_task="y",
            task_body="Move her to another shelter",
            task_assignee_agency="Provincial social development office",
            task_due_on="2026-03-21",
        ),
    )
    assert response.status_code == 302, text(response)
    db.session.refresh(incident)
    task = db.session.get(TimelineEntry, incident.task_id)
    assert (task.assignee_agency, task.due_on) == ("Provincial social development office", date(2026, 3, 21))
    # Its task is changed on the task list from now on: the form no longer offers one.
    assert 'name="make_task"' not in text(client.get(edit))
