"""Time each SQL statement of a page on a built data set, and print the slowest with their plans.

    .venv/bin/python bench/profile_page.py --database-url postgresql+psycopg://... / /reminders/ [--repeat 5]

The page is requested as the bench lawyer (as bench/bench_pages.py does) once to warm up and then ``--repeat``
times; every statement is timed between SQLAlchemy's before/after_cursor_execute events. Printed per statement
(in the order the page runs them): its median ms and its first 160 characters; then the plan (EXPLAIN ANALYZE,
BUFFERS on PostgreSQL, EXPLAIN QUERY PLAN on SQLite) of the ``--plans`` slowest. Not a test: it prints.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_targets import find_targets  # noqa: E402
from claims import create_app  # noqa: E402
from claims.extensions import db, login_manager  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--plans", type=int, default=3)
    parser.add_argument("--email", help="the reader (default: the national data set's first lawyer)")
    args = parser.parse_args()
    app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": args.database_url})
    app.config["SESSION_PROTECTION"] = None
    login_manager.session_protection = None
    timings: dict[str, list[float]] = defaultdict(list)
    params_of: dict[str, object] = {}
    order: list[str] = []
    with app.app_context():
        t = find_targets(args.email)
        engine = db.engine

        @sa.event.listens_for(engine, "before_cursor_execute")
        def before(conn, cursor, statement, parameters, context, executemany):
            conn.info["started"] = time.perf_counter()

        @sa.event.listens_for(engine, "after_cursor_execute")
        def after(conn, cursor, statement, parameters, context, executemany):
            if not recording:
                return
            timings[statement].append((time.perf_counter() - conn.info["started"]) * 1000)
            params_of[statement] = parameters
            if statement not in order:
                order.append(statement)

    client = app.test_client()
    with client.session_transaction() as session:
        session.update({"_user_id": str(t.user_id), "_fresh": True, "_sv": t.session_version})
    for path in args.paths:
        timings.clear()
        order.clear()
        recording = False
        client.get(path)
        recording = True
        pages = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            response = client.get(path)
            pages.append((time.perf_counter() - started) * 1000)
        recording = False
        assert response.status_code == 200, response.status_code
        total = sum(statistics.median(timings[s]) * len(timings[s]) / args.repeat for s in order)
        print(
            f"\n{path}: page {statistics.median(pages):.1f} ms median, SQL {total:.1f} ms, {len(order)} statements"
        )
        for statement in order:
            times = timings[statement]
            print(
                f"  {statistics.median(times):8.1f} ms x{len(times) // args.repeat}  {' '.join(statement.split())[:160]}"
            )
        slowest = sorted(order, key=lambda s: -statistics.median(timings[s]))[: args.plans]
        with app.app_context():
            for statement in slowest:
                print(
                    f"\n{statistics.median(timings[statement]):.1f} ms: {' '.join(statement.split())[:3000]}"
                )
                with db.engine.connect() as conn:
                    prefix = (
                        "EXPLAIN (ANALYZE, BUFFERS) "
                        if conn.dialect.name == "postgresql"
                        else "EXPLAIN QUERY PLAN "
                    )
                    rows = conn.exec_driver_sql(prefix + statement, params_of[statement]).all()
                    for row in rows:
                        print("   ", " | ".join(str(v) for v in row))


if __name__ == "__main__":
    main()
