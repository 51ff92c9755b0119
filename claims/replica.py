"""Read-only queries on a replica of the database, for reports (``CLAIMS_REPLICA_URL``); the primary when unset.

A report that reads a year of hearings across every organisation keeps a PostgreSQL primary busy for seconds; a
streaming replica serves it instead, while the pages people edit from stay on the primary. A replica lags the
primary by the replication delay: read from it only what may be a few seconds old (totals, statistics), never a
record a user has just saved.

    with read_session() as session:
        count = session.scalar(sa.select(sa.func.count(Hearing.id)).where(Hearing.org_id == org_id))

The session cannot write: a flush raises :class:`ReadOnly`, on the replica and on the primary it falls back to
alike, so a report that writes fails in development (one database) as it would in production.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import Session

from claims.extensions import db


class ReadOnly(RuntimeError):
    pass


def engine() -> sa.Engine:
    """The replica's engine, or the primary's where no replica is set (inside an app context). Made here, once per
    app, rather than as a Flask-SQLAlchemy bind: a bind adds a metadata to the one ``db`` every app shares, and no
    table lives on the replica alone."""
    url = current_app.config.get("CLAIMS_REPLICA_URL")
    if not url:
        return db.engine
    made = current_app.extensions.get("claims_replica")
    if made is None:
        # Like the primary's engine: no parameters in errors, a server's connections tested before use.
        options = {"hide_parameters": True, "pool_pre_ping": not url.startswith("sqlite")}
        made = current_app.extensions["claims_replica"] = sa.create_engine(url, **options)
    return made


def _refuse_writes(session, flush_context, instances) -> None:
    raise ReadOnly("a report's session reads only: write through db.session, on the primary")


@contextmanager
def read_session() -> Iterator[Session]:
    """A session for read-only report queries on the replica (or the primary), ended with a rollback."""
    session = Session(engine(), autoflush=False, expire_on_commit=False)
    sa.event.listen(session, "before_flush", _refuse_writes)
    try:
        yield session
    finally:
        session.rollback()
        session.close()
