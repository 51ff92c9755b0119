"""A whole deadline refresh spread over processes (``flask deadlines refresh --processes N``) stores exactly what one
process stores, on PostgreSQL; on SQLite it runs in one process and stores the same."""

from __future__ import annotations

import os

import sqlalchemy as sa

from claims.models import Deadline, DeadlineNotice, DeadlineRuleState
from claims.services import deadlines
from claims.services.deadlines import facts as facts_module
from claims.services.deadlines import processes, refreshing
from tests.services.test_deadlines_refresh import TODAY, lawyer, organisation, snapshot  # noqa: F401


def _forget(db) -> None:
    for model in (DeadlineNotice, Deadline, DeadlineRuleState):
        db.session.execute(sa.delete(model))
    db.session.commit()


def test_a_refresh_in_two_processes_stores_what_one_stores(db, make, lawyer, monkeypatch):  # noqa: F811
    organisation(db, make, lawyer)
    alone = deadlines.refresh(lawyer.org_id, today=TODAY)
    stored = snapshot(db)
    _forget(db)
    # Small chunks, so that each process has several.
    monkeypatch.setattr(facts_module, "CHUNK", 3)
    monkeypatch.setattr(refreshing, "CHUNK", 3)
    parent, real = os.getpid(), refreshing._run_chunk
    forked = db.engine.dialect.name == "postgresql"

    def where_it_belongs(*args, **kwargs):
        # Forked, the processes see this replacement: on PostgreSQL a chunk run by the parent fails the test from
        # here; on SQLite (one writer at a time) every chunk stays in the parent.
        assert (os.getpid() != parent) == forked
        return real(*args, **kwargs)

    monkeypatch.setattr(refreshing, "_run_chunk", where_it_belongs)
    shared = deadlines.refresh(lawyer.org_id, today=TODAY, processes=2)
    db.session.expire_all()
    assert snapshot(db) == stored
    assert (shared.claimants, shared.changed) == (alone.claimants, alone.changed) == (12, alone.changed)
    assert deadlines.freshness(lawyer.org_id, today=TODAY).computed_on == TODAY


def test_processes_apply_to_a_whole_refresh_on_postgresql_only(db):
    expected = 4 if db.engine.dialect.name == "postgresql" else 1
    assert processes.usable(4) == expected
    assert processes.usable(1) == 1
