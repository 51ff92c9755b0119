"""Which statements a call runs, and the database's plan for one, for the tests that check an index serves a page.

On PostgreSQL the plan is read with ``without`` (the wide indexes that serve the statement too) dropped inside a
transaction rolled back: on a test's few hundred rows its choice between them and the index under test turns on
noise (it changed with the tests run before), while at national scale it takes the narrow one (bench/bench_pages.py
prints the plans). What the PostgreSQL leg tests is that the index can serve the statement as written (a partial
index's predicate implied by its terms); SQLite's leg tests the planner's own choice on its gathered statistics."""

from __future__ import annotations

import sqlalchemy as sa

from claims.extensions import db


def statements(run, *needles) -> tuple[object, list[tuple[str, object]]]:
    """``run()``'s result and the (statement, parameters) it ran that hold every one of ``needles``."""
    seen = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if all(n in statement for n in needles):
            seen.append((statement, parameters))

    sa.event.listen(db.engine, "before_cursor_execute", record)
    try:
        result = run()
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", record)
    return result, seen


def plan(statement: str, parameters, *, without: tuple[str, ...] = ()) -> str:
    """The plan of ``statement`` as one line of text (EXPLAIN QUERY PLAN on SQLite; EXPLAIN on PostgreSQL, sequential
    scans off and the indexes ``without`` dropped for it)."""
    db.session.rollback()  # the test's reads hold no lock the DROP INDEX below would wait for
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            return " ".join(
                r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            )
        with conn.begin() as transaction:
            for name in without:
                conn.exec_driver_sql(f"DROP INDEX {name}")
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            found = " ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters))
            transaction.rollback()
        return found
