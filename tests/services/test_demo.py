"""The demo loader: the seeds' story with its exact figures, idempotent on both databases, fast and silent."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal

import sqlalchemy as sa

from claims.demo import DEMO_PASSWORD, load_demo
from claims.demo import data as demo
from claims.models import (
    Agency,
    AgencyPerson,
    AuditEntry,
    Calculation,
    Case,
    CaseClaimant,
    CaseLink,
    CaseRespondent,
    Claimant,
    Consent,
    Court,
    EnforcementStep,
    Hearing,
    IdentificationEvent,
    IdentityDocument,
    Meeting,
    MeetingLink,
    Offer,
    Organisation,
    Outcome,
    ProtectionOrder,
    ReceivedPayment,
    Referral,
    Respondent,
    ReturnHome,
    TimelineEntry,
    User,
)
from claims.models.enums import (
    AuditAction,
    CaseKind,
    ClaimantRole,
    ConsentPurpose,
    DocumentHolder,
    HearingKind,
    HearingStatus,
    OutcomeKind,
    RespondentRole,
    RespondentStatus,
    TimelineKind,
    TraffickingStatus,
)
from claims.services.scope import visible

TODAY = date(2025, 3, 12)  # a Wednesday
ALL_MODELS = (
    Organisation,
    User,
    Court,
    Respondent,
    Claimant,
    Consent,
    IdentityDocument,
    ProtectionOrder,
    IdentificationEvent,
    Meeting,
    MeetingLink,
    Case,
    CaseClaimant,
    CaseRespondent,
    CaseLink,
    Hearing,
    Outcome,
    EnforcementStep,
    ReceivedPayment,
    TimelineEntry,
    Calculation,
    Offer,
    Agency,
    AgencyPerson,
    Referral,
    ReturnHome,
    AuditEntry,
)
# Organisation, 4 users, 5 courts, 8 respondents, 102 claimants (85 berry pickers, 14 Petchabun, 1 + 2), 6 cases,
# 5 directory entries (found by their English names).
NATURAL_KEYED = 1 + 4 + 5 + 8 + 102 + 6 + 5


def counts(db) -> dict[str, int]:
    return {m.__tablename__: db.session.scalar(sa.select(sa.func.count()).select_from(m)) for m in ALL_MODELS}


def case(db, reference: str) -> Case:
    return db.session.scalar(sa.select(Case).where(Case.reference == reference))


def claimant(db, pseudonym: str) -> Claimant:
    return db.session.scalar(sa.select(Claimant).where(Claimant.pseudonym == pseudonym))


def parties(db, reference: str, role: ClaimantRole | None = None) -> list[str]:
    query = (
        sa.select(Claimant.pseudonym)
        .join(CaseClaimant, CaseClaimant.claimant_id == Claimant.id)
        .join(Case, Case.id == CaseClaimant.case_id)
        .where(Case.reference == reference)
        .order_by(CaseClaimant.position)
    )
    if role is not None:
        query = query.where(CaseClaimant.role == role)
    return list(db.session.scalars(query))


def outcomes(db, reference: str, kind: OutcomeKind) -> list[Outcome]:
    query = (
        sa.select(Outcome)
        .join(Case, Case.id == Outcome.case_id)
        .where(Case.reference == reference, Outcome.kind == kind)
        .order_by(Outcome.id)
    )
    return list(db.session.scalars(query))


def received(db, outcome_ids: list[int]) -> Decimal:
    total = db.session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(ReceivedPayment.amount), 0)).where(
            ReceivedPayment.outcome_id.in_(outcome_ids)
        )
    )
    return Decimal(total or 0)


# ---------------------------------------------------------------- idempotence


def test_a_second_load_changes_nothing(db):
    first = load_demo(TODAY)
    after_first = counts(db)
    assert first.created == after_first["organisations"] + sum(
        n for table, n in after_first.items() if table not in ("organisations", "audit_entries")
    )
    assert first.already_present == 0
    assert first.summary() == (
        "demo organisation ready: 4 users, 102 claimants, 6 cases, 8 hearings "
        f"(created {first.created}, already present 0)"
    )

    second = load_demo(TODAY)
    assert counts(db) == after_first
    assert second.created == 0
    assert second.already_present == NATURAL_KEYED
    assert second.summary() == (
        f"demo organisation ready: 4 users, 102 claimants, 6 cases, 8 hearings (created 0, already present {NATURAL_KEYED})"
    )


def test_a_load_on_a_later_day_adds_nothing_and_keeps_what_users_changed(db):
    load_demo(TODAY)
    before = counts(db)
    hearing = db.session.scalar(sa.select(Hearing).where(Hearing.kind == HearingKind.ADVANCE_TESTIMONY))
    moved = hearing.starts_at + timedelta(days=2)
    hearing.starts_at = moved
    bp05 = claimant(db, "BP-05")
    bp05.archived_at = datetime(2025, 3, 12, 10, 0)
    db.session.commit()

    report = load_demo(TODAY + timedelta(days=60))

    assert report.created == 0
    assert counts(db) == before
    assert db.session.get(Hearing, hearing.id).starts_at == moved
    assert claimant(db, "BP-05").archived_at is not None  # found, archived or not: never created again


def test_missing_records_are_created_by_natural_key(db):
    load_demo(TODAY)
    # A fresh organisation elsewhere does not disturb the demo; a removed case and its contents come back.
    cr04 = case(db, demo.PETCHABUN_REFERENCE)
    for model in (TimelineEntry, Hearing, CaseClaimant, CaseRespondent):
        db.session.execute(sa.delete(model).where(model.case_id == cr04.id))
    db.session.execute(sa.delete(Case).where(Case.id == cr04.id))
    db.session.commit()

    report = load_demo(TODAY)

    assert report.already_present == NATURAL_KEYED - 1
    assert report.created_by_table["cases"] == 1
    assert report.created_by_table["case_claimants"] == demo.PETCHABUN_INJURED
    assert "claimants" not in report.created_by_table
    assert len(parties(db, demo.PETCHABUN_REFERENCE, ClaimantRole.INJURED_PERSON)) == 14


# ---------------------------------------------------------------- organisation and logins


def test_organisation_users_and_logins(db):
    report = load_demo(TODAY)

    assert report.logins == [
        ("admin@demo.example", "admin"),
        ("lawyer@demo.example", "lawyer"),
        ("paralegal@demo.example", "paralegal"),
        ("advisor@demo.example", "advisor"),
    ]
    org = db.session.scalar(sa.select(Organisation).where(Organisation.code == "DEMO"))
    assert org.name == "Demo Legal Aid Network"
    users = db.session.scalars(sa.select(User).order_by(User.id)).all()
    assert [(u.email, u.role.value, u.org_id) for u in users] == [(e, r, org.id) for e, r in report.logins]
    assert len({u.password_hash for u in users}) == 1  # hashed once
    assert users[0].check_password(DEMO_PASSWORD)
    assert not users[0].check_password("wrong")
    # Every org-owned record belongs to the demo organisation and is visible to its admin.
    assert db.session.scalar(sa.select(sa.func.count(Claimant.id)).where(Claimant.org_id != org.id)) == 0
    assert len(db.session.scalars(visible(Claimant, users[0])).all()) == 102
    assert len(db.session.scalars(visible(Case, users[0])).all()) == 6


def test_courts_are_shared_reference_data_found_by_code(db):
    db.session.add(
        Court(
            code="TH-LABOUR-CENTRAL",
            name_th="ศาลแรงงานกลาง",
            name_en="Central Labour Court",
            province="Bangkok",
        )
    )
    db.session.commit()

    report = load_demo(TODAY)

    assert report.created_by_table["courts"] == 4
    names = dict(db.session.execute(sa.select(Court.code, Court.name_th)).all())
    assert names == {
        "TH-LABOUR-CENTRAL": "ศาลแรงงานกลาง",
        "TH-CRIMINAL-TIP": "ศาลอาญา (แผนกคดีค้ามนุษย์)",
        "TH-PROV-PHETCHABURI": "ศาลจังหวัดเพชรบุรี",
        "TH-PROV-PHETCHABUN": "ศาลจังหวัดเพชรบูรณ์",
        "TH-PROV-CHAIYAPHUM": "ศาลจังหวัดชัยภูมิ",
    }
    assert case(db, "LC-01").court.code == "TH-LABOUR-CENTRAL"
    assert case(db, "CR-03").court.name_en == "Phetchaburi Provincial Court"


def test_respondents_agency_reopened_under_a_new_name(db):
    load_demo(TODAY)
    agency = db.session.scalar(sa.select(Respondent).where(Respondent.licence_number == "DEMO-LIC-001"))
    assert agency.name == "Northern Star Manpower Co., Ltd."
    assert agency.status == RespondentStatus.SUSPENDED
    assert agency.successor.name == "Polar Berry Recruitment Co., Ltd."
    assert agency.successor.status == RespondentStatus.OPERATING
    against_agency = db.session.scalars(
        sa.select(Case.reference)
        .join(CaseRespondent, CaseRespondent.case_id == Case.id)
        .where(CaseRespondent.respondent_id == agency.id)
        .order_by(Case.reference)
    ).all()
    assert against_agency == ["CR-01", "LC-01", "LC-02"]
    countries = dict(db.session.execute(sa.select(Respondent.kind, Respondent.country).distinct()).all())
    assert countries[demo.RespondentKind.LENDER] == "TH"
    assert (
        db.session.scalar(sa.select(Respondent.country).where(Respondent.name == "Nordic Forest Berries AB"))
        == "SE"
    )


# ---------------------------------------------------------------- the story's figures


def test_first_berry_case_43_plaintiffs_11_settled_32_continue(db):
    load_demo(TODAY)
    lc01 = case(db, "LC-01")
    plaintiffs = parties(db, "LC-01", ClaimantRole.PLAINTIFF)
    assert lc01.kind == CaseKind.LABOUR
    assert plaintiffs == [f"BP-{n:02d}" for n in range(1, 44)]
    withdrawals = outcomes(db, "LC-01", OutcomeKind.WITHDRAWAL)
    settlements = outcomes(db, "LC-01", OutcomeKind.SETTLEMENT)
    settled = {o.claimant.pseudonym for o in withdrawals}
    assert len(settled) == 11
    assert {o.claimant.pseudonym for o in settlements} == settled
    continuing = [p for p in plaintiffs if p not in settled]
    assert len(continuing) == 32
    each = demo.BERRY_1_CLAIM
    assert each == Decimal("191374.00")
    assert each * len(continuing) == Decimal("6123968.00")
    assert each * len(plaintiffs) == Decimal("8229082.00")
    assert "191,374 THB each (8,229,082 THB in all)" in lc01.summary
    assert "32 continue, claiming 6,123,968 THB" in lc01.summary
    # Some were paid in full, some only the first instalment.
    paid = {o.claimant.pseudonym: received(db, [o.id]) for o in settlements}
    assert sorted(paid.values()) == [Decimal("30000.00")] * 3 + [Decimal("60000.00")] * 8
    assert all(o.amount == Decimal("60000.00") for o in settlements)
    assert lc01.black_number == f"1234/{lc01.filed_on.year + 543}"  # no invented labour-court prefix


def test_second_berry_case_44_plaintiffs_settled_after_failed_conciliation(db):
    load_demo(TODAY)
    lc02 = case(db, "LC-02")
    plaintiffs = parties(db, "LC-02", ClaimantRole.PLAINTIFF)
    assert len(plaintiffs) == 44
    each = demo.BERRY_2_CLAIM
    assert each * len(plaintiffs) == Decimal("7889420.00")
    assert "179,305 THB each (7,889,420 THB in all)" in lc02.summary
    conciliation = db.session.scalar(sa.select(Hearing).where(Hearing.case_id == lc02.id))
    assert conciliation.kind == HearingKind.CONCILIATION
    assert conciliation.status == HearingStatus.HELD
    assert conciliation.outcome.startswith("No agreement")
    settlements = outcomes(db, "LC-02", OutcomeKind.SETTLEMENT)
    assert len(settlements) == 44
    assert all(o.decided_on > conciliation.starts_at.date() for o in settlements)
    assert received(db, [o.id for o in settlements]) == Decimal("50000.00") * 44
    land = [o for o in settlements if "land title" in o.description]
    assert [o.claimant.pseudonym for o in land] == ["BP-60"]
    assert "loan cancelled" in land[0].description
    event = db.session.scalar(
        sa.select(TimelineEntry).where(
            TimelineEntry.case_id == lc02.id, TimelineEntry.kind == TimelineKind.EVENT
        )
    )
    assert "two land title deeds of BP-60 returned" in event.body
    assert claimant(db, "BP-60").advisor_id is not None


def test_a_worker_can_be_in_both_labour_cases(db):
    load_demo(TODAY)
    both = set(parties(db, "LC-01")) & set(parties(db, "LC-02"))
    assert both == {"BP-42", "BP-43"}
    total = db.session.scalar(sa.select(sa.func.count(Claimant.id)).where(Claimant.pseudonym.like("BP-%")))
    assert total == 43 + 44 - 2


def test_criminal_case_linked_to_the_labour_case(db):
    load_demo(TODAY)
    cr01, lc01 = case(db, "CR-01"), case(db, "LC-01")
    assert cr01.kind == CaseKind.CRIMINAL
    assert cr01.court.code == "TH-CRIMINAL-TIP"
    link = db.session.scalar(sa.select(CaseLink))
    assert {link.case_id, link.other_case_id} == {cr01.id, lc01.id}
    injured = parties(db, "CR-01", ClaimantRole.INJURED_PERSON)
    assert injured == ["BP-02", "BP-03", "BP-04", "BP-06", "BP-07", "BP-08"]
    assert set(injured) <= set(parties(db, "LC-01"))
    roles = db.session.scalars(sa.select(CaseRespondent.role).where(CaseRespondent.case_id == cr01.id)).all()
    assert roles == [RespondentRole.ACCUSED, RespondentRole.ACCUSED]
    assert claimant(db, "BP-03").trafficking_status == TraffickingStatus.IDENTIFIED


def test_hearings_in_the_coming_weeks(db):
    load_demo(TODAY)
    hearings = db.session.scalars(sa.select(Hearing).order_by(Hearing.starts_at)).all()
    start, end = (
        datetime.combine(TODAY, datetime.min.time()),
        datetime.combine(TODAY + timedelta(days=31), datetime.min.time()),
    )
    coming = [h for h in hearings if start <= h.starts_at < end]
    assert {h.kind for h in coming} == {
        HearingKind.CONCILIATION,
        HearingKind.WITNESS_EXAMINATION,
        HearingKind.ADVANCE_TESTIMONY,
        HearingKind.JUDGMENT_READING,
    }
    assert len(coming) == 5
    assert all(h.status == HearingStatus.SCHEDULED and h.starts_at.weekday() < 5 for h in coming)
    assert all(h.starts_at.tzinfo is None for h in hearings)  # naive local court time
    past = [h for h in hearings if h.starts_at < start]
    assert len(past) == 3
    assert all(h.status == HearingStatus.HELD and h.outcome for h in past)
    testimony = next(h for h in coming if h.kind == HearingKind.ADVANCE_TESTIMONY)
    assert (testimony.interpreter_language, testimony.interpreter_booked) == ("km", True)


def test_without_a_day_the_demo_follows_the_courts_today(db, monkeypatch):
    from claims import clock

    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 12))  # a Saturday
    load_demo()
    now = datetime.combine(date(2026, 12, 12), datetime.min.time())
    coming = db.session.scalar(
        sa.select(sa.func.count(Hearing.id)).where(
            Hearing.starts_at >= now, Hearing.starts_at < now + timedelta(days=31)
        )
    )
    assert coming == 5


def test_couple_award_tracked_after_they_went_home(db):
    load_demo(TODAY)
    cr03 = case(db, "CR-03")
    assert cr03.court.code == "TH-PROV-PHETCHABURI"
    assert cr03.red_number and cr03.black_number
    judgments = outcomes(db, "CR-03", OutcomeKind.JUDGMENT)
    assert [o.claimant.pseudonym for o in judgments] == ["FL-01", "FL-02"]
    assert sum(o.amount for o in judgments) == Decimal("900000.00")
    assert all(o.decided_on == date(2017, 4, 11) for o in judgments)
    assert all("1340/2560" in o.description for o in judgments)
    assert received(db, [o.id for o in judgments]) == Decimal("0")
    steps = db.session.scalars(
        sa.select(EnforcementStep.kind).where(EnforcementStep.outcome_id.in_([o.id for o in judgments]))
    ).all()
    assert len(steps) == 4
    for pseudonym in ("FL-01", "FL-02"):
        person = claimant(db, pseudonym)
        assert (person.nationality, person.languages, person.home_country) == ("MM", "my", "MM")
        assert person.returned_home_on == date(2014, 8, 4) < judgments[0].decided_on
        assert person.protection_order is True
        assert person.trafficking_status == TraffickingStatus.IDENTIFIED
        assert person.identified_on == date(2012, 11, 16)
    reading = db.session.scalar(sa.select(Hearing).where(Hearing.case_id == cr03.id))
    assert (reading.kind, reading.starts_at.date()) == (HearingKind.JUDGMENT_READING, date(2017, 7, 24))


def test_fishing_boat_victim(db):
    load_demo(TODAY)
    fb01 = claimant(db, "FB-01")
    assert (fb01.nationality, fb01.languages, fb01.interpreter_needed) == ("KH", "km", True)
    assert fb01.trafficking_status == TraffickingStatus.IDENTIFIED
    assert fb01.protection_order is True
    testimony = db.session.scalar(sa.select(Hearing).where(Hearing.kind == HearingKind.ADVANCE_TESTIMONY))
    assert testimony.case.reference == "CR-02"
    assert fb01.identified_on < testimony.starts_at.date() < fb01.planned_return_on
    assert fb01.returned_home_on is None
    consents = {
        c.purpose: c for c in db.session.scalars(sa.select(Consent).where(Consent.claimant_id == fb01.id))
    }
    assert set(consents) == {
        ConsentPurpose.STORE_DATA,
        ConsentPurpose.SHARE_WITH_PARTNER,
        ConsentPurpose.CONTACT,
    }
    assert (
        consents[ConsentPurpose.SHARE_WITH_PARTNER].partner_name == "CWCC (Cambodian Women's Crisis Center)"
    )
    rights = db.session.scalar(
        sa.select(TimelineEntry).where(
            TimelineEntry.claimant_id == fb01.id, TimelineEntry.kind == TimelineKind.RIGHTS_INFORMED
        )
    )
    assert rights.language == "km"
    assert "interpreter" in rights.told_by
    meeting = db.session.scalar(
        sa.select(TimelineEntry).where(
            TimelineEntry.case_id == testimony.case_id, TimelineEntry.kind == TimelineKind.EVENT
        )
    )
    assert "570,000 THB" in meeting.body and "1,000,000 THB" in meeting.body
    assert (testimony.starts_at.date() - meeting.occurred_on).days in (18, 19, 20)  # the seed's interval


def test_petchabun_injured_persons_and_mdt_tasks(db):
    load_demo(TODAY)
    cr04 = case(db, "CR-04")
    assert cr04.court.code == "TH-PROV-PHETCHABUN"
    assert parties(db, "CR-04", ClaimantRole.INJURED_PERSON) == [f"PC-{n:02d}" for n in range(1, 15)]
    each = demo.PETCHABUN_CLAIM
    assert each * len(parties(db, "CR-04")) == Decimal("686000.00")
    assert "49,000 THB each (686,000 THB in all)" in cr04.summary
    conference = db.session.scalar(
        sa.select(TimelineEntry).where(
            TimelineEntry.case_id == cr04.id, TimelineEntry.kind == TimelineKind.EVENT
        )
    )
    assert "MDT case conference" in conference.body
    tasks = db.session.scalars(
        sa.select(TimelineEntry).where(
            TimelineEntry.kind == TimelineKind.TASK, TimelineEntry.done_at.is_(None)
        )
    ).all()
    overdue = [t for t in tasks if t.due_on < TODAY]
    due_this_week = [t for t in tasks if TODAY <= t.due_on <= TODAY + timedelta(days=7)]
    assert [t.case.reference for t in overdue] == ["CR-04"]
    assert len(due_this_week) >= 3
    assert (
        db.session.scalar(
            sa.select(sa.func.count(TimelineEntry.id)).where(
                TimelineEntry.kind == TimelineKind.TASK, TimelineEntry.done_at.is_not(None)
            )
        )
        == 1
    )


# ---------------------------------------------------------------- people, privacy, audit


def test_names_are_pseudonymous_and_clearly_fictional(db):
    load_demo(TODAY)
    rows = db.session.execute(sa.select(Claimant.pseudonym, Claimant.legal_name)).all()
    assert len(rows) == 102
    for pseudonym, legal_name in rows:
        assert legal_name != pseudonym
        assert pseudonym not in legal_name
        assert re.fullmatch(r"Demo Person \d{3} \(ตัวอย่าง\)", legal_name)
    assert len({legal_name for _p, legal_name in rows}) == 102


def test_protection_documents_consents_and_advisors(db):
    load_demo(TODAY)
    protected = db.session.scalars(
        sa.select(Claimant.pseudonym).where(Claimant.protection_order.is_(True)).order_by(Claimant.pseudonym)
    ).all()
    assert protected == ["FB-01", "FL-01", "FL-02"]
    orders = db.session.execute(
        sa.select(Claimant.pseudonym, ProtectionOrder)
        .join(ProtectionOrder, ProtectionOrder.claimant_id == Claimant.id)
        .order_by(Claimant.pseudonym)
    ).all()
    # FB-01's order runs from his first week at the shelter to his planned return; the couple's ended at theirs.
    assert [(p, o.kind.value, o.in_force_on(TODAY)) for p, o in orders] == [
        ("FB-01", "special", True),
        ("FL-01", "guard_24h", False),
        ("FL-02", "guard_24h", False),
    ]
    assert {claimant(db, p).address_for_service for p in protected} == {demo.DEMO_ADDRESS_FOR_SERVICE}
    held = db.session.execute(
        sa.select(Claimant.pseudonym, IdentityDocument.kind)
        .join(IdentityDocument, IdentityDocument.claimant_id == Claimant.id)
        .where(IdentityDocument.held_by == DocumentHolder.AGENCY)
    ).all()
    assert [(p, k.value) for p, k in held] == [("BP-17", "passport")]
    no_consent = db.session.scalar(
        sa.select(sa.func.count(Claimant.id)).where(
            ~sa.exists().where(
                Consent.claimant_id == Claimant.id, Consent.purpose == ConsentPurpose.STORE_DATA
            )
        )
    )
    assert no_consent == 0
    advisor = db.session.scalar(sa.select(User).where(User.email == "advisor@demo.example"))
    advised = db.session.scalars(
        sa.select(Claimant.pseudonym).where(Claimant.advisor_id == advisor.id).order_by(Claimant.pseudonym)
    ).all()
    assert advised == ["BP-02", "BP-42", "BP-60"]
    lawyer = db.session.scalar(sa.select(User).where(User.email == "lawyer@demo.example"))
    paralegal = db.session.scalar(sa.select(User).where(User.email == "paralegal@demo.example"))
    assigned = db.session.scalar(sa.select(sa.func.count(Case.id)).where(Case.lawyer_id == lawyer.id))
    assert assigned == 5
    assert db.session.scalar(sa.select(sa.func.count(Case.id)).where(Case.paralegal_id == paralegal.id)) == 6
    informed = db.session.scalars(
        sa.select(TimelineEntry).where(
            TimelineEntry.kind.in_([TimelineKind.RIGHTS_INFORMED, TimelineKind.NEWS_INFORMED])
        )
    ).all()
    assert informed and all(e.channel and e.language and e.told_by for e in informed)


def test_one_audit_entry_per_created_record(db):
    report = load_demo(TODAY)
    rows = counts(db)
    audited = report.created - report.created_by_table["courts"]  # courts are shared reference data
    assert rows["audit_entries"] == audited
    admin = db.session.scalar(sa.select(User).where(User.email == "admin@demo.example"))
    entries = db.session.scalars(sa.select(AuditEntry)).all()
    assert {(e.action, e.user_id) for e in entries} == {(AuditAction.CREATE, admin.id)}
    by_type: dict[str, int] = {}
    for entry in entries:
        by_type[entry.entity_type] = by_type.get(entry.entity_type, 0) + 1
    assert by_type["claimants"] == 102
    assert by_type["hearings"] == 8
    legal_names = set(db.session.scalars(sa.select(Claimant.legal_name)))
    assert not any(e.label in legal_names for e in entries)
    labels = {e.label for e in entries if e.entity_type == "claimants"}
    assert "FB-01" in labels
    load_demo(TODAY)
    assert counts(db)["audit_entries"] == audited


def test_case_numbers_are_stored_as_on_the_court_papers(db):
    load_demo(TODAY)
    pattern = re.compile(r"^[ก-ฮ.]*\d+/(\d{4})$")
    for number, kind in db.session.execute(sa.select(Case.black_number, Case.kind)).all():
        if number is None:
            continue
        match = pattern.match(number)
        assert match and 2500 <= int(match.group(1)) < 2700
        if kind == CaseKind.LABOUR:
            assert number[0].isdigit()  # the labour-court prefix is unverified: none is invented
    assert case(db, "CR-02").black_number is None  # testimony taken before the case is filed


def test_load_is_silent_and_batched(db, query_counter, capsys):
    # How fast it is: bench/, not a timed test (about 0.3 s on SQLite).
    with query_counter() as statements:
        load_demo(TODAY)
    assert capsys.readouterr() == ("", "")
    # PostgreSQL batches each table's inserts; SQLite inserts row by row but the audit trail in one batch (the
    # directory, the referral, the identification histories and the shelter meeting took it past 600).
    limit = 60 if db.engine.dialect.name == "postgresql" else 650
    assert len(statements) < limit


def test_every_plaintiff_carries_the_amount_claimed_in_the_filing(db):
    from decimal import Decimal

    from claims.models import Case, CaseClaimant

    load_demo(today=date(2026, 11, 22))
    rows = db.session.execute(
        sa.select(Case.reference, sa.func.count(CaseClaimant.id), sa.func.sum(CaseClaimant.claimed_amount))
        .join(CaseClaimant, CaseClaimant.case_id == Case.id)
        .where(CaseClaimant.role == "plaintiff")
        .group_by(Case.reference)
        .order_by(Case.reference)
    ).all()
    # 43 x 191,374 = 8,229,082 and 44 x 179,305 = 7,889,420 (brief.md, scenarios 1 and 2). SUM over the exact
    # Amount column comes back through the same type, as a Decimal.
    totals = {ref: (n, total) for ref, n, total in rows}
    assert totals == {"LC-01": (43, Decimal("8229082")), "LC-02": (44, Decimal("7889420"))}


def test_the_demo_claims_are_computed_by_the_engine(db):
    from decimal import Decimal

    load_demo(TODAY)
    berry = case(db, "LC-01")
    stored = db.session.scalars(sa.select(Calculation).where(Calculation.case_id == berry.id)).all()
    assert len(stored) == 43
    # Each plaintiff's recruitment costs lost are the 191,374 THB of the complaint (seed 001): labour damages,
    # never criminal compensation in a labour case.
    heads = {
        line["amount"]
        for calc in stored
        for line in calc.result["lines"]
        if line["head"] == "damages" and line["amount"] is not None
    }
    assert heads == {"191374.00"}
    assert not [line for calc in stored for line in calc.result["lines"] if line["head"] == "compensation"]
    fishing = db.session.scalar(
        sa.select(Calculation).where(Calculation.claimant_id == claimant(db, "FB-01").id)
    )
    fund = sum(
        Decimal(line["amount"])
        for line in fishing.result["lines"]
        if line["head"] == "tip_fund" and line["amount"] and "not_counted" not in line["flags"]
    )
    assert fund == Decimal("55298.00")  # 3,000 + 25,298 + 27,000 (seed 004)


def test_the_directory_holds_the_storys_agencies_and_the_victims_overdue_referral(db):
    load_demo(TODAY)
    agencies = db.session.scalars(sa.select(Agency).order_by(Agency.id)).all()
    assert [a.kind.value for a in agencies] == ["shelter", "labour_office", "embassy", "ngo", "interpreter"]
    assert all("placeholders" in a.notes for a in agencies)  # no real office's line with a made-up name
    referral = db.session.scalar(sa.select(Referral))
    assert referral.claimant.pseudonym == "FB-01" and referral.to_agency.kind.value == "ngo"
    assert referral.consent_given and referral.overdue_on(TODAY)


def test_the_demo_histories_agree_with_the_claimants_and_the_shelter_meeting_is_there(db):
    from decimal import Decimal

    from claims.services.identification import CLAIMANT_STATUS

    load_demo(TODAY)
    # Every claimant with a status has a history whose latest event gives that status and date.
    for person in db.session.scalars(sa.select(Claimant)):
        events = db.session.scalars(
            sa.select(IdentificationEvent)
            .where(IdentificationEvent.claimant_id == person.id)
            .order_by(IdentificationEvent.occurred_on.desc(), IdentificationEvent.id.desc())
        ).all()
        if person.trafficking_status == TraffickingStatus.NOT_SCREENED:
            assert events == [], person.pseudonym
            continue
        assert CLAIMANT_STATUS[events[0].status] == person.trafficking_status, person.pseudonym
        if person.identified_on:
            assert events[0].occurred_on == person.identified_on, person.pseudonym
    # Seed 004: the shelter's meeting decided to claim 570,000 THB; the victim wanted 1,000,000.
    meeting = db.session.scalar(sa.select(Meeting))
    assert (meeting.amount_decided, meeting.amount_wanted) == (Decimal("570000.00"), Decimal("1000000.00"))
    link = db.session.scalar(sa.select(MeetingLink).where(MeetingLink.meeting_id == meeting.id))
    assert link.claimant_id == claimant(db, "FB-01").id
    item = db.session.scalar(sa.select(TimelineEntry).where(TimelineEntry.meeting_id == meeting.id))
    assert item.assignee_id is not None and item.due_on > TODAY


def test_the_demos_returns_are_the_claimants_return_dates(db):
    """One record of a return: each claimant with a return date or contact abroad has a return, with the same
    dates, and the farm couple's names the Thailand–Myanmar MOU."""
    load_demo(TODAY)
    returns = {r.claimant.pseudonym: r for r in db.session.scalars(sa.select(ReturnHome))}
    assert set(returns) == {"FB-01", "FL-01", "FL-02"}
    for pseudonym, ret in returns.items():
        person = claimant(db, pseudonym)
        assert (ret.planned_on, ret.returned_on) == (person.planned_return_on, person.returned_home_on)
    assert returns["FL-01"].procedure.value == "mou_th_mm" and returns["FL-01"].consent_given
