"""Courts, closure days and the organisation's deadline settings, through claims.services.courts: the rules of
each write, its audit entry, and the deadlines a closure or a setting moves."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from claims.models import AuditEntry, Court, CourtClosure, Deadline, DeadlineNotice, FollowUpVisit
from claims.models.enums import CaseKind, HearingKind, Petition441Status
from claims.services import courts, deadlines, returns
from claims.services.deadlines import refreshing
from claims.services.errors import Forbidden, NotFound, ValidationFailed

TODAY = date(2025, 3, 20)
APPEAL = "appeal_labour:LC-01"


@pytest.fixture
def admin(db, make):
    user = make.user(role="admin")
    db.session.commit()  # a refused write rolls back: the admin must outlive it
    return user


@pytest.fixture
def lawyer(make):
    return make.user(role="lawyer")


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def due(db, key: str):
    row = db.session.scalar(sa.select(Deadline).where(Deadline.key == key))
    return row.due_on if row is not None else None


def labour_judgment(make, lawyer):
    """A labour judgment read on Fri 28 Mar 2025: 15 days end on Sat 12 Apr, Songkran (13-15 Apr) and its
    substitution day (16 Apr) follow, so the appeal is due on Thu 17 Apr 2025."""
    claimant = make.claimant(pseudonym="BP-02")
    case = make.case(reference="LC-01", lawyer_id=lawyer.id)
    make.party(case, claimant)
    make.outcome(case, claimant, decided_on=date(2025, 3, 28))
    return claimant, case


def closure_values(**kw):
    return {"court_id": None, "day": date(2025, 4, 17), "reason": "Flood", **kw}


# ---------------------------------------------------------------- courts


def test_adding_a_court_stores_it_and_audits_it_in_the_admins_organisation(db, admin):
    court = courts.create_court(
        admin,
        {
            "code": " cclc ",
            "name_th": "ศาลแรงงานกลาง",
            "name_en": "Central Labour Court",
            "province": "Bangkok",
        },
    )
    assert (court.code, court.name("th"), court.name("en"), court.province) == (
        "cclc",
        "ศาลแรงงานกลาง",
        "Central Labour Court",
        "Bangkok",
    )
    entry = db.session.scalar(sa.select(AuditEntry))
    assert (
        entry.org_id,
        entry.user_id,
        entry.entity_type,
        entry.entity_id,
        entry.action.value,
        entry.label,
    ) == (
        admin.org_id,
        admin.id,
        "courts",
        court.id,
        "create",
        "court cclc",
    )
    assert entry.changes["name_en"] == [None, "Central Labour Court"]


def test_a_duplicate_court_code_is_refused_whatever_its_case(db, make, admin):
    make.court(code="cclc")
    db.session.commit()
    with pytest.raises(ValidationFailed) as failure:
        courts.create_court(
            admin, {"code": "CCLC", "name_th": "ศาล", "name_en": "Court", "province": "Bangkok"}
        )
    assert "already has the code CCLC" in failure.value.errors["code"]
    db.session.rollback()
    assert count(db, Court) == 1 and count(db, AuditEntry) == 0


def test_editing_a_court_audits_only_what_changed(db, make, admin):
    court = make.court(code="cclc", name_en="Central Labour Court", province="Bangkok")
    db.session.commit()
    changes = courts.update_court(
        admin,
        court,
        {
            "code": "cclc",
            "name_th": court.name_th,
            "name_en": "Central Labour Court",
            "province": "Nonthaburi",
        },
    )
    assert changes == {"province": ["Bangkok", "Nonthaburi"]}
    entry = db.session.scalar(sa.select(AuditEntry))
    assert (entry.action.value, entry.entity_id, entry.changes) == ("update", court.id, changes)
    assert (
        courts.update_court(
            admin,
            court,
            {"code": "cclc", "name_th": court.name_th, "name_en": court.name_en, "province": "Nonthaburi"},
        )
        == {}
    )
    assert count(db, AuditEntry) == 1


def test_editing_a_court_to_another_courts_code_is_refused(db, make, admin):
    make.court(code="cclc")
    court = make.court(code="skn")
    db.session.commit()
    with pytest.raises(ValidationFailed) as failure:
        courts.update_court(
            admin, court, {"code": "cclc", "name_th": "ศาล", "name_en": "Court", "province": "X"}
        )
    assert "code" in failure.value.errors


def test_only_an_administrator_may_change_courts_closures_and_settings(db, make, lawyer):
    court = make.court()
    db.session.commit()
    for write in (
        lambda: courts.create_court(lawyer, {"code": "x", "name_th": "x", "name_en": "x", "province": "x"}),
        lambda: courts.update_court(
            lawyer, court, {"code": "x", "name_th": "x", "name_en": "x", "province": "x"}
        ),
        lambda: courts.add_closure(lawyer, closure_values(), today=TODAY),
        lambda: courts.save_settings(lawyer, "3,6", 14, today=TODAY),
        lambda: courts.load_page(lawyer),
    ):
        with pytest.raises(Forbidden):
            write()
    assert count(db, AuditEntry) == 0 and count(db, CourtClosure) == 0


def test_an_unknown_court_is_not_found(db, admin):
    with pytest.raises(NotFound):
        courts.get_court(admin, 987654)


# ---------------------------------------------------------------- the shared list and each organisation's own


@pytest.fixture
def other_org(db, make):
    """Another organisation, with its admin, using the shared Central Labour Court for a case."""
    org = make.org(name="Northern legal aid")
    other_admin = make.user(role="admin", org=org)
    shared = make.court(code="cclc", name_en="Central Labour Court")
    make.case(org=org, reference="N-01", court_id=shared.id)
    db.session.commit()
    return {"org": org, "admin": other_admin, "shared": shared}


def test_a_court_an_admin_adds_is_their_organisations_own_and_no_other_sees_it(db, admin, other_org):
    own = courts.create_court(
        admin, {"code": "pbr", "name_th": "ศาลจังหวัดเพชรบุรี", "name_en": "Phetchaburi Court", "province": "X"}
    )
    assert own.org_id == admin.org_id and not own.shared
    assert [c.code for c in courts.list_courts(admin)] == ["cclc", "pbr"]  # Bangkok, then X
    assert [c.code for c in courts.list_courts(other_org["admin"])] == ["cclc"]
    with pytest.raises(NotFound):
        courts.get_court(other_org["admin"], own.id)
    # nor may they record a closure of it
    with pytest.raises(ValidationFailed) as failure:
        courts.add_closure(other_org["admin"], closure_values(court_id=own.id), today=TODAY)
    assert "court_id" in failure.value.errors


def test_a_shared_court_another_organisation_uses_cannot_be_renamed(db, admin, other_org):
    shared = other_org["shared"]
    assert not courts.may_change_court(admin, shared)
    with pytest.raises(Forbidden):
        courts.update_court(
            admin, shared, {"code": "cclc", "name_th": "ศาล", "name_en": "Renamed", "province": "Bangkok"}
        )
    db.session.rollback()
    assert shared.name_en == "Central Labour Court" and count(db, AuditEntry) == 0


@pytest.mark.parametrize("use", ["hearing", "closure"])
def test_a_hearing_or_a_closure_day_of_another_organisation_counts_as_a_use(db, make, admin, use):
    org = make.org()
    shared = make.court(code="cclc")
    if use == "hearing":
        make.hearing(make.case(org=org), court_id=shared.id)
    else:
        db.session.add(CourtClosure(org_id=org.id, court_id=shared.id, day=date(2025, 4, 17), reason="Flood"))
    db.session.commit()
    assert not courts.may_change_court(admin, shared)


def test_a_shared_court_only_this_organisation_uses_may_be_corrected_and_every_organisation_sees_who(
    db, make, admin, other_org
):
    spare = make.court(code="skn", name_en="Region 2 Labour Curt")
    make.case(reference="LC-09", court_id=spare.id)  # used by the admin's own organisation only
    db.session.commit()
    assert courts.may_change_court(admin, spare)
    courts.update_court(
        admin,
        spare,
        {"code": "skn", "name_th": spare.name_th, "name_en": "Region 2 Labour Court", "province": "X"},
    )
    entry = db.session.scalar(sa.select(AuditEntry))
    assert (entry.org_id, entry.shared, entry.changes["name_en"]) == (
        admin.org_id,
        True,
        ["Region 2 Labour Curt", "Region 2 Labour Court"],
    )
    from claims.services import audit_trail

    seen = audit_trail.list_audit(other_org["admin"], audit_trail.AuditFilters())
    assert [(row.entry.id, row.entry.user_id) for row in seen.rows] == [(entry.id, admin.id)]


def test_an_organisations_own_court_stays_its_own_to_change_and_is_not_audited_as_shared(db, admin):
    own = courts.create_court(admin, {"code": "pbr", "name_th": "ศาล", "name_en": "Court", "province": "X"})
    courts.update_court(admin, own, {"code": "pbr", "name_th": "ศาล", "name_en": "Court", "province": "Y"})
    assert db.session.scalars(sa.select(AuditEntry.shared)).all() == [False, False]


# ---------------------------------------------------------------- closure days


def test_a_closure_on_the_last_day_of_an_appeal_moves_it_and_archiving_it_moves_it_back(
    db, make, admin, lawyer
):
    labour_judgment(make, lawyer)
    db.session.commit()
    deadlines.refresh(admin.org_id, today=TODAY)
    assert due(db, APPEAL) == date(2025, 4, 17)

    closure, result = courts.add_closure(admin, closure_values(), today=TODAY)
    # 17 Apr closed: the next working day is Friday 18 April 2025.
    assert (result.changed, result.notices) == (1, 1)
    assert due(db, APPEAL) == date(2025, 4, 18)
    assert closure.org_id == admin.org_id and closure.court_id is None
    notice = db.session.scalar(sa.select(DeadlineNotice))
    assert (notice.user_id, notice.old_due_on, notice.new_due_on) == (
        lawyer.id,
        date(2025, 4, 17),
        date(2025, 4, 18),
    )
    assert (
        db.session.scalar(
            sa.select(AuditEntry.action).where(AuditEntry.entity_type == "court_closures")
        ).value
        == "create"
    )

    result = courts.archive_closure(admin, closure, closure.version, today=TODAY)
    assert result.changed == 1
    assert due(db, APPEAL) == date(2025, 4, 17)
    assert closure.archived_at is not None and closure.archived_by_id == admin.id
    assert count(db, CourtClosure) == 1  # archived, not deleted


def test_a_closure_of_the_cases_own_court_moves_its_deadline(db, make, admin, lawyer):
    court = make.court()
    _, case = labour_judgment(make, lawyer)
    case.court_id = court.id
    db.session.commit()
    deadlines.refresh(admin.org_id, today=TODAY)
    _, result = courts.add_closure(admin, closure_values(court_id=court.id), today=TODAY)
    assert result.changed == 1 and due(db, APPEAL) == date(2025, 4, 18)


def test_a_stale_archive_is_refused(db, admin):
    closure, _ = courts.add_closure(admin, closure_values(), today=TODAY)
    from claims.services.errors import StaleEdit

    with pytest.raises(StaleEdit):
        courts.archive_closure(admin, closure, closure.version + 1, today=TODAY)


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        (closure_values(court_id=987654), "court_id", "There is no such court."),
        (closure_values(reason="   "), "reason", "Say why the court is closed"),
        (closure_values(day=date(2030, 3, 22)), "day", "more than 5 years away"),
        (closure_values(day=date(2568, 4, 17)), "day", "more than 5 years away"),
        (closure_values(day=date(2020, 3, 18)), "day", "more than 5 years away"),
        (closure_values(day=None), "day", "Enter the day"),
    ],
)
def test_a_bad_closure_is_refused_and_nothing_is_written(db, admin, values, field, message):
    with pytest.raises(ValidationFailed) as failure:
        courts.add_closure(admin, values, today=TODAY)
    assert message in failure.value.errors[field]
    db.session.rollback()
    assert count(db, CourtClosure) == 0 and count(db, AuditEntry) == 0


def test_five_years_ahead_is_still_accepted(db, admin):
    closure, _ = courts.add_closure(admin, closure_values(day=date(2030, 3, 20)), today=TODAY)
    assert closure.day == date(2030, 3, 20)


def test_a_closure_already_recorded_for_the_same_court_and_day_is_refused(db, make, admin):
    court = make.court()
    db.session.commit()
    courts.add_closure(admin, closure_values(), today=TODAY)
    courts.add_closure(admin, closure_values(court_id=court.id), today=TODAY)
    for values, message in (
        (closure_values(reason="Again"), "closure of all courts"),
        (closure_values(court_id=court.id, reason="Again"), "closure of this court"),
    ):
        with pytest.raises(ValidationFailed) as failure:
            courts.add_closure(admin, values, today=TODAY)
        assert message in failure.value.errors["day"]
        db.session.rollback()
    assert count(db, CourtClosure) == 2


def test_an_archived_closure_can_be_recorded_again(db, admin):
    closure, _ = courts.add_closure(admin, closure_values(), today=TODAY)
    courts.archive_closure(admin, closure, closure.version, today=TODAY)
    again, _ = courts.add_closure(admin, closure_values(), today=TODAY)
    assert again.id != closure.id


def test_another_organisations_closure_is_not_found_and_does_not_block(db, make, admin):
    other_admin = make.user(role="admin", org=make.org())
    db.session.commit()
    theirs, _ = courts.add_closure(other_admin, closure_values(), today=TODAY)
    with pytest.raises(NotFound):
        courts.get_closure(admin, theirs.id)
    mine, _ = courts.add_closure(admin, closure_values(), today=TODAY)  # their closure is not ours
    assert courts.load_page(admin, today=TODAY).upcoming == [mine]


def test_the_page_lists_upcoming_closures_soonest_first_then_past_latest_first(db, admin):
    for day in (date(2025, 3, 1), date(2025, 5, 5), date(2025, 3, 10), date(2025, 4, 1), date(2025, 3, 20)):
        courts.add_closure(admin, closure_values(day=day), today=TODAY)
    page = courts.load_page(admin, today=TODAY)
    assert [c.day for c in page.upcoming] == [date(2025, 3, 20), date(2025, 4, 1), date(2025, 5, 5)]
    assert [c.day for c in page.past] == [date(2025, 3, 10), date(2025, 3, 1)]


# ---------------------------------------------------------------- settings


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3, 6, 12", (3, 6, 12)), ("12,3,6,3", (3, 6, 12)), (" 7 ", (7,)), ("1 60", (1, 60)), ("6;7", (6, 7))],
)
def test_the_follow_up_rhythm_is_read_deduplicated_and_sorted(text, expected):
    assert courts.parse_rhythm(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "at least one"),
        ("  , ", "at least one"),
        ("3, six", "not a whole number"),
        ("3.5", "not a whole number"),
        ("-3", "not a whole number"),
        ("0", "between 1 and 60"),
        ("61", "between 1 and 60"),
        ("1,2,3,4,5,6,7,8,9", "No more than 8"),
    ],
)
def test_a_bad_follow_up_rhythm_is_refused(text, message):
    with pytest.raises(ValidationFailed) as failure:
        courts.parse_rhythm(text)
    assert message in failure.value.errors["follow_up_months"]


def test_eight_visits_counted_after_removing_duplicates_are_accepted():
    assert courts.parse_rhythm("1,2,3,4,5,6,7,8,8,1") == (1, 2, 3, 4, 5, 6, 7, 8)


def returned_with_a_petition_to_file(db, make, lawyer):
    """A claimant back home since 31 January 2025 (the return recorded, so the rhythm's visits are planned) and an
    injured person in a criminal case whose first witness examination is on 8 April 2025, 19 days after TODAY,
    with the s.44/1 petition still to file: warned under a 21-day setting, not under the default 14."""
    claimant = make.claimant()
    case = make.case(kind=CaseKind.CRIMINAL, lawyer_id=lawyer.id)
    link = make.party(case, claimant, role="injured_person")
    link.petition_44_1 = Petition441Status.TO_FILE
    make.hearing(case, kind=HearingKind.WITNESS_EXAMINATION, starts_at=datetime(2025, 4, 8, 9, 0))
    db.session.commit()
    returns.save_return(
        lawyer,
        claimant,
        {
            "consent_given": True,
            "consent_on": date(2025, 1, 10),
            "consent_method": "written",
            "returned_on": date(2025, 1, 31),
            "destination_country": "MM",
        },
        today=TODAY,
    )
    return claimant


def planned(db) -> dict[int, date]:
    return {
        v.rhythm_months: v.due_on
        for v in db.session.scalars(sa.select(FollowUpVisit).where(FollowUpVisit.archived_at.is_(None)))
    }


def warned(db) -> bool:
    return db.session.scalar(sa.select(Deadline.warning).where(Deadline.key == "petition_44_1"))


def test_saving_the_settings_stores_them_audits_them_and_moves_the_follow_up_visits(db, make, admin, lawyer):
    returned_with_a_petition_to_file(db, make, lawyer)
    deadlines.refresh(admin.org_id, today=TODAY)
    assert planned(db) == {
        3: date(2025, 4, 30),  # 31 Jan + 3 months: April has no 31st
        6: date(2025, 7, 31),
        12: date(2026, 1, 31),
    }
    assert warned(db) is False

    result = courts.save_settings(admin, "7, 6", 21, today=TODAY)

    org = admin.organisation
    assert (org.follow_up_months, org.follow_up_rhythm, org.petition_warn_days) == ("6,7", (6, 7), 21)
    # The visits follow the rhythm (the 3- and 12-month ones archived, not deleted); no deadline is made of them.
    assert planned(db) == {6: date(2025, 7, 31), 7: date(2025, 8, 31)}
    assert db.session.scalar(sa.select(sa.func.count(FollowUpVisit.id))) == 4
    assert not db.session.scalars(sa.select(Deadline.key).where(Deadline.key.like("follow_up%"))).all()
    assert warned(db) is True and result.claimants == 1
    entry = db.session.scalar(sa.select(AuditEntry).where(AuditEntry.entity_type == "organisations"))
    assert (entry.entity_id, entry.action.value, entry.changes) == (
        org.id,
        "update",
        {"follow_up_months": ["3,6,12", "6,7"], "petition_warn_days": [14, 21]},
    )


@pytest.mark.parametrize("days", [0, 91, None, -1])
def test_a_petition_warning_outside_1_to_90_days_is_refused_and_nothing_changes(db, admin, days):
    with pytest.raises(ValidationFailed) as failure:
        courts.save_settings(admin, "3, 6, 12", days, today=TODAY)
    assert "from 1 to 90" in failure.value.errors["petition_warn_days"]
    db.session.rollback()
    assert admin.organisation.petition_warn_days == 14 and count(db, AuditEntry) == 0


def test_saving_unchanged_settings_writes_nothing(db, admin):
    courts.save_settings(admin, "12, 6, 3", 14, today=TODAY)
    assert count(db, AuditEntry) == 0


def _large(monkeypatch):
    """As if the organisation had more claimants than one chunk: its recomputation goes to the queue."""
    monkeypatch.setattr(refreshing, "_at_most", lambda org_id, count: False)


def test_a_large_organisations_settings_are_recomputed_on_the_queue(db, make, admin, lawyer, monkeypatch):
    returned_with_a_petition_to_file(db, make, lawyer)
    deadlines.refresh(admin.org_id, today=TODAY)
    _large(monkeypatch)
    sent = []
    monkeypatch.setattr(refreshing, "run_refresh", lambda *args: sent.append(args))

    result = courts.save_settings(admin, "7, 6", 21, today=TODAY)

    assert result.queued and result.claimants == 0
    assert sent == [(admin.org_id, True, TODAY.isoformat())]
    # Nothing recomputed in the request; were the message lost, the next refresh recomputes everyone.
    assert warned(db) is False
    again = deadlines.refresh(admin.org_id, today=TODAY)
    assert again.claimants == 1 and warned(db) is True


def test_the_queued_recomputation_runs_the_refresh(db, make, admin, lawyer, monkeypatch):
    """The tests' queue runs a task at once: the queued refresh is the ordinary one."""
    returned_with_a_petition_to_file(db, make, lawyer)
    deadlines.refresh(admin.org_id, today=TODAY)
    _large(monkeypatch)
    result = courts.save_settings(admin, "7, 6", 21, today=TODAY)
    assert result.queued
    assert warned(db) is True
    assert deadlines.freshness(admin.org_id, today=TODAY).stale is False


def test_a_large_organisations_closure_day_is_taken_in_on_the_queue(db, make, admin, lawyer, monkeypatch):
    _large(monkeypatch)
    sent = []
    monkeypatch.setattr(refreshing, "run_refresh", lambda *args: sent.append(args))
    _closure, result = courts.add_closure(admin, closure_values(), today=TODAY)
    assert result.queued and sent == [(admin.org_id, False, TODAY.isoformat())]
