"""The case list's default order (newest filing first, not yet filed last) is read from ix_cases_live_filed, not
sorted: at national scale the sort read all 60,000 live cases of an organisation for a page of 50 (issue 16)."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from claims.extensions import db as _db
from claims.services import cases


def _list_statement(user) -> tuple[str, object]:
    seen = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if "ORDER BY cases.filed_on" in statement:
            seen.append((statement, parameters))

    sa.event.listen(_db.engine, "before_cursor_execute", record)
    try:
        listed = cases.list_cases(user, cases.CaseFilters())
    finally:
        sa.event.remove(_db.engine, "before_cursor_execute", record)
    assert len(seen) == 1
    return seen[0], listed


def test_the_case_lists_first_page_reads_its_order_from_the_index(db, make):
    lawyer = make.user(role="lawyer")
    for n, filed in enumerate([date(2024, 1, 5), None, date(2025, 3, 1), date(2024, 1, 5), None]):
        make.case(reference=f"LC-{n}", lawyer_id=lawyer.id, filed_on=filed)
    db.session.commit()
    (statement, parameters), listed = _list_statement(lawyer)
    # The order users see: newest filing first, same day by reference descending, not yet filed last.
    assert [row.case.reference for row in listed.rows] == ["LC-2", "LC-3", "LC-0", "LC-4", "LC-1"]
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            plan = " ".join(
                str(r) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            )
            assert (
                "ix_cases_live_filed" in plan
                and "B-TREE FOR ORDER BY" not in plan
                and "RIGHT PART" not in plan
            )
        else:
            # A handful of rows would be sorted in memory whatever the index: forbid the sort to see if the index
            # gives the order by itself.
            conn.exec_driver_sql("SET enable_sort = off")
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = " ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters))
            assert "Index Scan Backward using ix_cases_live_filed" in plan and "Sort" not in plan
