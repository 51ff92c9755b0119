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
