"""Time the busiest pages on the demo data (a 43-plaintiff group case, ~100 claimants) and print the figures.

    .venv/bin/python bench/bench_pages.py [--repeat 50] [--database-url postgresql://...]

Each page is requested through the Flask test client as a logged-in lawyer, after one warm-up request; the figure
is the median time per request and the number of SQL queries the page runs. Not a test: it prints, it asserts
nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims import create_app  # noqa: E402
from claims.demo import load_demo  # noqa: E402
from claims.extensions import db  # noqa: E402
from claims.models import Case, Claimant, User  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite"
    app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        db.drop_all()
        db.create_all()
        started = time.perf_counter()
        load_demo()
        print(f"demo data loaded in {time.perf_counter() - started:.2f} s on {url.split(':')[0]}")
        lawyer = db.session.scalar(sa.select(User).where(User.email == "lawyer@demo.example"))
        group = db.session.scalar(sa.select(Case).where(Case.reference == "LC-01"))
        person = db.session.scalar(sa.select(Claimant).where(Claimant.pseudonym == "BP-02"))
        pages = {
            "dashboard": "/",
            "claimant list": "/claimants/",
            "claimant page": f"/claimants/{person.id}",
            "case list": "/cases/",
            "group case page (43 plaintiffs)": f"/cases/{group.id}",
            "hearings": "/hearings/?window=90",
        }
        user_id = lawyer.id

    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = str(user_id)
        session["_fresh"] = True
    app.config["SESSION_PROTECTION"] = None
    from claims.extensions import login_manager

    login_manager.session_protection = None

    queries: list[str] = []
    with app.app_context():
        sa.event.listen(db.engine, "before_cursor_execute", lambda *a: queries.append(a[2]))

    print(f"{'page':<34} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for name, path in pages.items():
        assert client.get(path).status_code == 200, path
        timings = []
        for _ in range(args.repeat):
            queries.clear()
            started = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"{name:<34} {statistics.median(timings):>10.1f} {p95:>8.1f} {len(queries):>8}")
    # Memory apart from the timings: tracing allocations slows every request down.
    tracemalloc.start()
    for path in pages.values():
        client.get(path)
    _, peak = tracemalloc.get_traced_memory()
    print(f"peak memory of one request to each page (tracemalloc): {peak / 1_048_576:.1f} MiB")


if __name__ == "__main__":
    main()
