"""Report queries on a read-only replica (CLAIMS_REPLICA_URL, claims/replica.py), the primary when none is set.

Two SQLite files stand for the primary and its replica: each holds a different organisation, so what a query
returns says which database it read."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from claims import create_app, jobs, replica
from claims.config import build_config
from claims.extensions import db
from claims.models import Organisation


@pytest.fixture
def make_app(tmp_path, monkeypatch):
    monkeypatch.setattr(
        jobs, "_app", jobs._app
    )  # create_app registers its app with the queue: put it back after

    def make(replica_url: str | None):
        if replica_url:
            monkeypatch.setenv("CLAIMS_REPLICA_URL", replica_url)
        else:
            monkeypatch.delenv("CLAIMS_REPLICA_URL", raising=False)
        app = create_app(
            {"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/primary.sqlite"}
        )
        with app.app_context():
            db.create_all()
            db.session.add(Organisation(name="On the primary", code="PRIMARY"))
            db.session.commit()
        return app

    yield make


def _names(session) -> list[str]:
    return list(session.scalars(sa.select(Organisation.name).order_by(Organisation.id)))


def test_report_queries_read_the_replica_and_pages_the_primary(make_app, tmp_path):
    app = make_app(f"sqlite:///{tmp_path}/replica.sqlite")
    with app.app_context():
        copy = replica.engine()
        assert copy is not db.engine
        db.metadata.create_all(copy)  # what replication would have brought over, and one row it has not yet
        with copy.begin() as conn:
            conn.execute(sa.insert(Organisation).values(name="On the replica", code="REPLICA"))
        with replica.read_session() as session:
            assert _names(session) == ["On the replica"]
        assert _names(db.session) == ["On the primary"]
        db.session.remove()
        db.engine.dispose()
        copy.dispose()


def test_without_a_replica_report_queries_read_the_primary(make_app):
    app = make_app(None)
    with app.app_context():
        assert replica.engine() is db.engine
        with replica.read_session() as session:
            assert _names(session) == ["On the primary"]
        db.session.remove()
        db.engine.dispose()


def test_a_report_session_cannot_write(make_app):
    app = make_app(None)  # on the primary it falls back to, a write is refused all the same
    with app.app_context():
        with pytest.raises(replica.ReadOnly), replica.read_session() as session:
            session.add(Organisation(name="Written by a report", code="REPORT"))
            session.flush()
        assert _names(db.session) == ["On the primary"]
        db.session.remove()
        db.engine.dispose()


def test_the_replica_engine_is_made_like_the_primarys(make_app, monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMS_REPLICA_URL", "postgres://reader@db-replica:5432/claims")
    config = build_config(str(tmp_path), {"SECRET_KEY": "x"})
    assert config["CLAIMS_REPLICA_URL"] == "postgresql+psycopg://reader@db-replica:5432/claims"
    app = make_app(None)
    app.config["CLAIMS_REPLICA_URL"] = config["CLAIMS_REPLICA_URL"]
    with app.app_context():
        made = replica.engine()  # no connection is made until a query runs
        assert made is replica.engine()  # one per app
        assert made.hide_parameters and made.pool._pre_ping
        assert made.url.render_as_string() == "postgresql+psycopg://reader@db-replica:5432/claims"
        db.engine.dispose()
