"""Migrations build the schema the models describe, from empty, on both databases, and come back down."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from claims import create_app
from claims.extensions import db
from tests import postgres
from tests.conftest import _PG_OK, _PG_REASON


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.skipif(not _PG_OK, reason=_PG_REASON)),
    ]
)
def empty_app(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'migrations.sqlite'}"
    else:
        url = postgres.create(postgres.database_name("migrations"))
    app = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": url, "TESTING": True})
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()
    if request.param == "postgresql":
        postgres.drop(postgres.database_name("migrations"))


def _tables() -> set[str]:
    return set(sa.inspect(db.engine).get_table_names()) - {"alembic_version"}


def test_upgrade_from_empty_builds_every_table_of_the_models(empty_app):
    upgrade()
    assert _tables() == set(db.metadata.tables)


# SQLite's reflection skips an index on an expression (the claimants' lower(pseudonym)) with this warning: the test
# below checks such indexes by name instead.
@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning"
)
@pytest.mark.filterwarnings(
    "ignore:autogenerate skipping metadata-specified expression-based index:UserWarning"
)
def test_migrated_schema_matches_the_models_exactly(empty_app):
    upgrade()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, db.metadata)
    assert differences == [], f"models and migrations differ: run `flask db migrate`: {differences}"


@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning"
)
def test_every_index_of_the_models_is_migrated_by_name(empty_app):
    upgrade()
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as conn:
            found = set(conn.scalars(sa.text("SELECT name FROM sqlite_master WHERE type = 'index'")))
    else:
        inspector = sa.inspect(db.engine)
        found = {i["name"] for table in inspector.get_table_names() for i in inspector.get_indexes(table)}
    wanted = {index.name for table in db.metadata.tables.values() for index in table.indexes}
    assert wanted - found == set()


def test_downgrade_to_base_removes_everything(empty_app):
    upgrade()
    downgrade(revision="base")
    assert _tables() == set()


def test_calculation_summaries_are_filled_from_the_stored_results(empty_app):
    """Results stored before the summary column get their summary (the result without its lines) on upgrade."""
    from claims.models import Calculation
    from tests.factories import Factory

    upgrade()
    make = Factory(db.session)
    case, claimant = make.case(), make.claimant()
    result = {"lines": [{"amount": "1.00"}], "totals": {"THB": "1.00"}, "incomplete": [], "warnings": []}
    calculation = Calculation(
        case_id=case.id, claimant_id=claimant.id, org_id=case.org_id, data={}, result=result
    )
    empty = Calculation(case_id=case.id, claimant_id=make.claimant().id, org_id=case.org_id, data={})
    db.session.add_all([calculation, empty])
    db.session.commit()
    summary = calculation.summary
    assert summary == {"totals": {"THB": "1.00"}, "incomplete": [], "warnings": []}
    ids = calculation.id, empty.id
    db.session.close()  # no transaction of this session may hold the table the migration alters
    downgrade(revision="d5e1a7c3b9f2")
    upgrade()
    assert db.session.get(Calculation, ids[0]).summary == summary
    assert db.session.get(Calculation, ids[1]).summary is None
    db.session.close()


def test_the_audit_trail_takes_report_exports_after_upgrade(empty_app):
    """The action's CHECK constraint is widened on both databases (not only in the models)."""
    from claims.models import AuditEntry
    from claims.models.enums import AuditAction
    from tests.factories import Factory

    upgrade()
    org = Factory(db.session).default_org
    db.session.add(
        AuditEntry(org_id=org.id, action=AuditAction.EXPORT, entity_type="report", label="report x")
    )
    db.session.commit()
    assert db.session.scalar(sa.select(sa.func.count(AuditEntry.id))) == 1


def test_identification_histories_start_from_each_claimants_status(empty_app):
    """Claimants screened, identified or who declined before the history existed get it as their first event;
    one never screened gets none."""
    from datetime import date

    import sqlalchemy as sa

    from claims.models import IdentificationEvent
    from tests.factories import Factory

    upgrade()
    make = Factory(db.session)
    identified = make.claimant(
        trafficking_status="identified",
        identified_on=date(2016, 12, 20),
        identifying_agency="Pathumthani shelter",
        identifying_official="Ms. A",
    )
    screened = make.claimant(trafficking_status="screened_not_identified")
    declined = make.claimant(trafficking_status="declined_assistance")
    make.claimant()
    db.session.commit()
    ids = identified.id, screened.id, declined.id
    db.session.close()
    downgrade(revision="e4b7c2a9d1f5")
    upgrade()
    events = {
        e.claimant_id: e
        for e in db.session.scalars(sa.select(IdentificationEvent).order_by(IdentificationEvent.id))
    }
    assert set(events) == set(ids)
    first = events[ids[0]]
    assert (first.status.value, first.occurred_on, first.agency, first.official) == (
        "identified",
        date(2016, 12, 20),
        "Pathumthani shelter",
        "Ms. A",
    )
    assert events[ids[1]].status.value == "not_identified"
    assert events[ids[2]].status.value == "declined"
    db.session.close()


def test_the_downgrade_refuses_to_drop_a_meetings_action_items(empty_app):
    from datetime import date

    import sqlalchemy as sa

    from tests.factories import Factory

    upgrade()
    make = Factory(db.session)
    author = make.user()
    meeting = make.meeting()
    make.timeline(author, kind="task", body="Call", due_on=date(2024, 2, 2), meeting_id=meeting.id)
    db.session.commit()
    db.session.close()
    # Flask-Migrate reports the migration's refusal and exits; nothing was dropped.
    with pytest.raises(SystemExit):
        downgrade(revision="e3a91c7b5d20")
    assert "meeting_id" in {c["name"] for c in sa.inspect(db.engine).get_columns("timeline_entries")}
    assert "meetings" in _tables()
    db.session.close()


def test_a_hearings_things_to_bring_move_to_their_own_field_and_who_attends_stays(empty_app):
    """Text that clearly lists things to bring moves to "what to bring"; a text naming people (or both) stays in
    "who must attend" as typed; the downgrade puts both back into the one field."""
    import sqlalchemy as sa

    from claims.models import Hearing
    from tests.factories import Factory

    upgrade()
    make = Factory(db.session)
    case = make.case()
    texts = {
        "things": "Passport and payslips",
        "thai things": "หนังสือเดินทางและสลิปเงินเดือน",
        "people": "All 43 plaintiffs",
        "both": "BP-01 (witness); bring the employment contract",
        "thai people": "โจทก์ทุกคนต้องไปศาลด้วยตนเอง",
    }
    ids = {key: make.hearing(case, must_attend=text).id for key, text in texts.items()}
    db.session.commit()
    db.session.close()
    downgrade(revision="7b2e9d4c1a06")  # the revision before the split
    upgrade()
    stored = {
        h.id: (h.must_attend, h.what_to_bring)
        for h in db.session.scalars(sa.select(Hearing).order_by(Hearing.id))
    }
    assert {key: stored[i] for key, i in ids.items()} == {
        "things": (None, "Passport and payslips"),
        "thai things": (None, "หนังสือเดินทางและสลิปเงินเดือน"),
        "people": ("All 43 plaintiffs", None),
        "both": ("BP-01 (witness); bring the employment contract", None),
        "thai people": ("โจทก์ทุกคนต้องไปศาลด้วยตนเอง", None),
    }
    db.session.close()


def test_follow_up_deadlines_are_archived_and_the_open_ones_become_planned_visits(empty_app):
    """Issue 15: the visits are the one record of the rhythm. Every stored follow-up deadline is archived (kept);
    an open one not long overdue whose claimant has no visit of that month becomes a visit with its task for the
    case's paralegal; a done one, one long overdue and one already planned as a visit make none."""
    from datetime import date, datetime, timedelta

    import sqlalchemy as sa

    from claims.models import Deadline, FollowUpVisit, TimelineEntry
    from tests.factories import Factory

    upgrade()
    make = Factory(db.session)
    today = date.today()
    paralegal = make.user(role="paralegal")
    claimant = make.claimant(pseudonym="MV-01")
    make.party(make.case(paralegal_id=paralegal.id), claimant)
    other = make.claimant(pseudonym="MV-02")
    make.party(make.case(lawyer_id=paralegal.id), other)
    db.session.flush()
    db.session.add(FollowUpVisit(org_id=other.org_id, claimant_id=other.id, due_on=today, rhythm_months=3))
    rows = {
        (claimant, "follow_up_3"): (today + timedelta(days=10), None),
        (claimant, "follow_up_6"): (today - timedelta(days=20), None),
        (claimant, "follow_up_12"): (today - timedelta(days=400), None),  # long overdue: not planned
        (other, "follow_up_3"): (today, None),  # its visit exists
        (other, "follow_up_6"): (today + timedelta(days=5), datetime(2026, 1, 2)),  # done
        (other, "follow_up"): (None, None),  # "enter the date of return"
    }
    for (person, key), (due_on, done_at) in rows.items():
        db.session.add(
            Deadline(
                org_id=person.org_id, claimant_id=person.id, key=key, label={}, due_on=due_on, done_at=done_at
            )
        )
    db.session.add(Deadline(org_id=claimant.org_id, claimant_id=claimant.id, key="offence", label={}))
    db.session.commit()
    ids = claimant.id, other.id, paralegal.id
    db.session.close()
    downgrade(revision="f1e6cc15fa88")  # the revision before the follow-up visits'
    upgrade()
    live = db.session.scalars(sa.select(Deadline.key).where(Deadline.archived_at.is_(None))).all()
    assert live == ["offence"] and db.session.scalar(sa.select(sa.func.count(Deadline.id))) == 7
    made = db.session.scalars(
        sa.select(FollowUpVisit).where(FollowUpVisit.claimant_id == ids[0]).order_by(FollowUpVisit.due_on)
    ).all()
    assert [(v.rhythm_months, v.due_on, v.visitor_id) for v in made] == [
        (6, today - timedelta(days=20), ids[2]),
        (3, today + timedelta(days=10), ids[2]),
    ]
    tasks = {t.id: t for t in db.session.scalars(sa.select(TimelineEntry))}
    assert [(tasks[v.task_id].assignee_id, tasks[v.task_id].due_on, tasks[v.task_id].body) for v in made] == [
        (ids[2], today - timedelta(days=20), "Follow-up visit to MV-01, 6 months after the return"),
        (ids[2], today + timedelta(days=10), "Follow-up visit to MV-01, 3 months after the return"),
    ]
    assert (
        db.session.scalar(
            sa.select(sa.func.count(FollowUpVisit.id)).where(FollowUpVisit.claimant_id == ids[1])
        )
        == 1
    )
    db.session.close()


def test_names_in_burmese_khmer_and_lao_script_get_their_keys(empty_app):
    """Keys stored before names in these scripts were read (none for their letters) are computed again; a Latin
    name's keys and the document keys stay as they were."""
    import sqlalchemy as sa

    from claims.models import MatchKey
    from tests.factories import Factory

    upgrade()
    make = Factory(db.session)
    burmese = make.claimant(legal_name="အောင်ကျော်")
    latin = make.claimant(legal_name="Sophea Chan")
    broker = make.respondent(name="សុភា")
    db.session.commit()
    make.identity_document(burmese, number="MM-123")
    db.session.commit()
    ids = burmese.id, latin.id, broker.id

    def keys():
        rows = db.session.execute(sa.select(MatchKey.claimant_id, MatchKey.respondent_id, MatchKey.key)).all()
        return {
            "burmese": sorted(k for c, _, k in rows if c == ids[0]),
            "latin": sorted(k for c, _, k in rows if c == ids[1]),
            "broker": sorted(k for _, r, k in rows if r == ids[2]),
        }

    now = keys()
    assert now == {"burmese": ["#MM123", "C", "G", "GC"], "latin": ["CN", "SP"], "broker": ["SP"]}
    db.session.close()
    downgrade(revision="5e0c3a7d91b4")
    assert keys() == {"burmese": ["#MM123"], "latin": now["latin"], "broker": []}
    db.session.close()
    upgrade()
    assert keys() == now
    db.session.close()


def test_follow_up_visit_tasks_stored_as_text_get_their_key_in_either_language(empty_app):
    """Issue 18: a follow-up visit's task worded in English or Thai is given its key, and is then shown in each
    reader's language; what a person wrote (another task, or a visit's task they rewrote) keeps its words alone."""
    from datetime import date

    from claims.models import FollowUpVisit, TimelineEntry
    from tests.factories import Factory

    upgrade()
    make = Factory(db.session)
    author = make.user(role="paralegal")
    claimant = make.claimant(pseudonym="MK-01")
    db.session.flush()
    bodies = [
        "Follow-up visit to MK-01, 6 months after the return",
        "เยี่ยมติดตาม MK-01 เมื่อครบ 12 เดือนหลังเดินทางกลับ",
        "Follow-up visit to MK-01",
        "Follow-up visit to MK-01 with the interpreter",  # rewritten by a person
        "Follow-up visit to MK-02, 3 months after the return",  # not this visit's claimant
    ]
    tasks = []
    for body in bodies:
        task = TimelineEntry(
            org_id=claimant.org_id,
            claimant_id=claimant.id,
            kind="task",
            occurred_on=date(2026, 1, 1),
            body=body,
            author_id=author.id,
            due_on=date(2026, 6, 1),
        )
        db.session.add(task)
        db.session.flush()
        db.session.add(
            FollowUpVisit(
                org_id=claimant.org_id, claimant_id=claimant.id, due_on=date(2026, 6, 1), task_id=task.id
            )
        )
        tasks.append(task)
    unrelated = TimelineEntry(
        org_id=claimant.org_id,
        claimant_id=claimant.id,
        kind="task",
        occurred_on=date(2026, 1, 1),
        body="Follow-up visit to MK-01",  # no visit's task: a person's own note of it
        author_id=author.id,
        due_on=date(2026, 6, 1),
    )
    db.session.add(unrelated)
    db.session.commit()
    ids = [t.id for t in tasks] + [unrelated.id]
    db.session.close()
    downgrade(revision="d22dbff52c6e")
    upgrade()
    rows = db.session.execute(
        sa.text("SELECT id, body_key, body_params, body FROM timeline_entries ORDER BY id")
    ).all()
    found = {
        r.id: (r.body_key, json.loads(r.body_params) if isinstance(r.body_params, str) else r.body_params)
        for r in rows
    }
    assert [found[i] for i in ids] == [
        ("visit.follow_up.months", {"code": "MK-01", "n": 6}),
        ("visit.follow_up.months", {"code": "MK-01", "n": 12}),
        ("visit.follow_up", {"code": "MK-01"}),
        (None, None),
        (None, None),
        (None, None),
    ]
    assert [r.body for r in rows if r.id in ids] == [*bodies, "Follow-up visit to MK-01"]
    db.session.close()


def test_the_appeals_downgrade_refuses_while_an_appeal_is_recorded_and_goes_down_without_one(empty_app):
    from datetime import date

    from claims.models import Outcome
    from tests.factories import Factory

    upgrade()
    make = Factory(db.session)
    case, person = make.case(), make.claimant()
    make.outcome(case, person, decided_on=date(2026, 3, 1))
    appeal = make.outcome(
        case,
        person,
        kind="appeal",
        amount=None,
        decided_on=date(2026, 3, 10),
        appealed_by="respondent",
        appeal_court="specialised_appeal",
    )
    appeal.archived_at = appeal.created_at  # archived, it is still a row the old CHECK cannot hold
    db.session.commit()
    db.session.close()
    with pytest.raises(SystemExit):
        downgrade(revision="b7e3a9c41d05")
    assert "appealed_by" in {c["name"] for c in sa.inspect(db.engine).get_columns("outcomes")}
    db.session.execute(sa.delete(Outcome).where(Outcome.kind == "appeal"))
    db.session.commit()
    db.session.close()
    downgrade(revision="b7e3a9c41d05")
    assert "appealed_by" not in {c["name"] for c in sa.inspect(db.engine).get_columns("outcomes")}
    # the old CHECK is back: an appeal cannot be written
    with pytest.raises(sa.exc.IntegrityError):
        db.session.execute(
            sa.text(
                "INSERT INTO outcomes (org_id, case_id, claimant_id, kind, decided_on, currency, received, "
                "written_off, uncollected, version, created_at, updated_at) SELECT org_id, case_id, claimant_id, "
                "'appeal', decided_on, currency, 0, written_off, uncollected, 1, created_at, updated_at FROM outcomes"
            )
        )
    db.session.rollback()
    db.session.close()
    upgrade()


def test_the_deadline_counts_are_filled_from_the_stored_deadlines(empty_app):
    """The counts by day start as the deadlines already stored give them: open dated ones on their day, undated
    ones for want of a fact as "cannot compute", and none for a done, archived or no-time-limit deadline."""
    from datetime import date, datetime

    from claims.calc import deadlines as engine
    from claims.models import Deadline
    from claims.services.deadlines import counts
    from tests.factories import Factory

    upgrade()
    make = Factory(db.session)
    claimant = make.claimant(pseudonym="DC-01")
    db.session.flush()
    rows = [
        ("a", date(2026, 1, 5), None, None, None),
        ("b", date(2026, 1, 5), None, None, None),
        ("c", date(2027, 3, 1), None, None, None),
        ("d", date(2026, 1, 5), None, datetime(2026, 1, 6), None),  # done
        ("e", date(2026, 1, 5), None, None, datetime(2026, 1, 6)),  # archived
        ("f", None, {"key": "deadline.missing.last_day", "args": {}}, None, None),
        ("g", None, {"key": engine.NO_TIME_LIMIT_KEY, "args": {}}, None, None),
    ]
    for key, due_on, missing, done_at, archived_at in rows:
        db.session.add(
            Deadline(
                org_id=claimant.org_id,
                claimant_id=claimant.id,
                key=key,
                label={},
                due_on=due_on,
                missing=missing,
                done_at=done_at,
                archived_at=archived_at,
            )
        )
    db.session.commit()
    org_id = claimant.org_id
    db.session.close()
    downgrade(revision="3c8e5a1f7b24")  # the revision before the counts'
    upgrade()
    expected = {
        (org_id, counts.DAY, date(2026, 1, 5)): 2,
        (org_id, counts.DAY, date(2027, 3, 1)): 1,
        (org_id, counts.CANNOT_COMPUTE, counts.UNDATED): 1,
    }
    assert counts.stored(org_id) == counts.direct(org_id) == expected
    db.session.close()


def test_the_adverse_party_check_reads_only_respondents_keys_from_their_own_index(empty_app):
    """The claimant page asks whether the person is named like a respondent: that lookup must read the partial
    index of respondents' keys (the claimants' keys, far more numerous, left out), and the index comes and goes
    with its migration."""
    from claims import names
    from claims.models import MatchKey
    from claims.services import matching

    def index_names() -> set[str]:
        return {ix["name"] for ix in sa.inspect(db.engine).get_indexes("match_keys")}

    upgrade()
    assert "ix_match_keys_respondent_keys" in index_names()
    query = matching._ids_by_keys(1, names.index_keys("Somchai Jaidee"), MatchKey.respondent_id)
    compiled = query.compile(db.engine, compile_kwargs={"literal_binds": True})
    if db.engine.dialect.name == "sqlite":
        plan = " ".join(str(row[-1]) for row in db.session.execute(sa.text(f"EXPLAIN QUERY PLAN {compiled}")))
        assert "ix_match_keys_respondent_keys" in plan
    else:
        definition = db.session.scalar(
            sa.text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_match_keys_respondent_keys'")
        )
        assert "WHERE (respondent_id IS NOT NULL)" in definition
    db.session.close()
    downgrade(revision="5d1e9a7c3b80")
    assert "ix_match_keys_respondent_keys" not in index_names()
    upgrade()
    assert "ix_match_keys_respondent_keys" in index_names()
    db.session.close()
