"""Migrations build the schema the models describe, from empty, on both databases, and come back down."""

from __future__ import annotations

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
    downgrade(revision="b6e1d4a9c3f7")
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
