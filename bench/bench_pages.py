"""Time every main page and the API on a national data set, each beside its one-query floor, and print the table.

    .venv/bin/python bench/bench_pages.py --database-url sqlite:////tmp/national.sqlite   # built by bench/dataset.py
    .venv/bin/python bench/bench_pages.py --scale 0.1 [--database-url ...]   # build first (a new SQLite file if no URL)
    .venv/bin/python bench/bench_pages.py --demo                             # the demo data, in a new SQLite file

Each page is requested through the Flask test client as the bench lawyer (logged in by session), once to warm up
and then ``--repeat`` times (15); the figure is the median. Beside it, in the same run, the page's floor: ONE
hand-written SQL statement that fetches what the page shows (bench/page_floors.py says how each is bounded), timed
the same way. Columns: the page's median, the floor's, their ratio, the SQL statements one request runs, the HTML
bytes, the repeats (fewer than asked where a request takes longer than ``--budget`` allows; 0 where the warm-up
alone took longer, its time then being the figure; a request past ``--timeout`` is stopped and the page failed), and
PASS or FAIL
against the targets (median < 100 ms, ratio <= 5, HTML < 200 KB). Then the five slowest SQL statements seen, each
with its plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL), and the peak resident memory.

Deadlines: a page that shows deadlines refreshes them first when the daily refresh has not run today. The bench
marks the organisation's rule state refreshed now before it starts (as if the daily job had run: the data set's
deadlines were inserted directly) and says so; ``--refresh`` instead runs the real organisation-wide refresh first
and prints how long it took. Not a test: it prints, it asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import page_floors as floors  # noqa: E402
from bench.bench_targets import Targets, find_targets  # noqa: E402
from claims import clock, create_app  # noqa: E402
from claims.extensions import db, login_manager  # noqa: E402

TARGET_MS = 100
TARGET_RATIO = 5
TARGET_HTML = 200_000


@dataclass
class Page:
    name: str
    path: str
    floor: str | None


def pages(t: Targets) -> list[Page]:
    search = t.name_search
    found = [
        Page("dashboard", "/", floors.DASHBOARD),
        Page("claimant list", "/claimants/", floors.claimant_list(False)),
        Page("claimant list, name search", f"/claimants/?q={search}", floors.claimant_list(True)),
        Page("claimant page", f"/claimants/{t.claimant_id}", floors.CLAIMANT_PAGE),
        Page("case list", "/cases/", floors.CASE_LIST),
        Page(f"case page, {t.group_size}-claimant group", f"/cases/{t.group_case_id}", floors.CASE_PAGE),
        Page("case calculations (group)", f"/calculations/case/{t.group_case_id}", floors.CASE_CALCULATIONS),
        Page("hearings list (14 days)", "/hearings/?window=14", floors.HEARING_LIST),
        Page("calendar week", "/calendar/?view=week", floors.calendar_week(False)),
        Page(
            "calendar week, one lawyer",
            f"/calendar/?view=week&lawyer_id={t.other_lawyer_id}",
            floors.calendar_week(True),
        ),
        Page("reminders (mine)", "/reminders/", floors.reminders(True)),
        Page("reminders (organisation)", "/reminders/?scope=org", floors.reminders(False)),
        Page("respondent list", "/respondents/", floors.RESPONDENT_LIST),
        Page("settlement offer (group)", f"/settlements/offers/{t.offer_id}", floors.OFFER),
        Page(
            "settlement sheet (one claimant)",
            f"/settlements/offers/{t.offer_id}/claimant/{t.claimant_id}",
            floors.SHEET,
        ),
        Page("API csrf-token", "/api/v1/csrf-token", floors.USER),
    ]
    return [page for page in found if t.offer_id or "/offers/" not in page.path]


def parameters(t: Targets) -> dict:
    now = clock.now()
    today = now.date()
    day_start = datetime.combine(today, datetime.min.time())
    week_first = today - timedelta(days=today.weekday())
    return {
        "org": t.org_id,
        "user": t.user_id,
        "lawyer": t.other_lawyer_id,
        "case": t.group_case_id,
        "claimant": t.claimant_id,
        "offer": t.offer_id,
        "term": f"%{t.name_search.lower()}%",
        "today": today,
        "now": now,
        "day_start": day_start,
        "end14": day_start + timedelta(days=15),
        "soon": today + timedelta(days=30),
        "overdue_from": today - timedelta(days=90),
        "week_first": week_first,
        "week_last": week_first + timedelta(days=6),
        "week_start": datetime.combine(week_first, datetime.min.time()),
        "week_end": datetime.combine(week_first + timedelta(days=7), datetime.min.time()),
    }


class PageTimeout(BaseException):
    """Raised inside a request that takes longer than ``--timeout``: not an Exception, so that the app's error
    handlers let it through to the bench instead of answering 500."""


def _stop_the_request(signum, frame):
    raise PageTimeout


class Statements:
    """Every SQL statement the pages run, timed: the last request's count and the slowest executions seen."""

    def __init__(self, engine):
        self.current: list[str] = []
        self.slowest: dict[str, tuple[float, str, object]] = {}
        self.page = ""
        self._started: list[float] = []
        sa.event.listen(engine, "before_cursor_execute", self.before)
        sa.event.listen(engine, "after_cursor_execute", self.after)

    def before(self, conn, cursor, statement, params, context, executemany):
        self._started.append(time.perf_counter())

    def after(self, conn, cursor, statement, params, context, executemany):
        elapsed = (time.perf_counter() - self._started.pop()) * 1000
        self.current.append(statement)
        if self.page and elapsed > self.slowest.get(statement, (0.0,))[0]:
            self.slowest[statement] = (elapsed, self.page, params)


def timed(run, repeat: int, budget: float) -> tuple[float, int, object]:
    """Median ms of ``repeat`` runs after one warm-up (fewer where a run takes more than ``budget`` / repeat)."""
    started = time.perf_counter()
    result = run()
    warm = time.perf_counter() - started
    if warm >= budget:
        return warm * 1000, 0, result  # the warm-up alone: a page this slow needs no median to fail
    times = []
    for _ in range(max(1, min(repeat, int(budget / max(warm, 1e-6))))):
        started = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), len(times), result


def explain(engine, statement: str, params) -> str:
    prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(prefix + statement, params).all()
    if engine.dialect.name == "sqlite":
        return "\n".join(f"    {row[-1]}" for row in rows)
    return "\n".join(f"    {row[0]}" for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None, help="a data set built by bench/dataset.py")
    parser.add_argument("--scale", type=float, default=None, help="build a data set of this scale first")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument(
        "--demo", action="store_true", help="the demo data instead (floors as for the data set)"
    )
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds of repeats per page at most")
    parser.add_argument("--refresh", action="store_true", help="run the real organisation-wide refresh first")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds one request may take at most")
    parser.add_argument(
        "--only", action="append", default=None, help="only the pages whose name holds this text (repeatable)"
    )
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite"
    email = None
    if args.demo:
        email = _load_demo(url)
    elif args.scale is not None:
        from bench.dataset import build

        summary = build(url, args.scale, args.seed, echo=print)
        print(summary.table())
    elif args.database_url is None:
        parser.error("give --database-url (a built data set), --scale (build one) or --demo")

    app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url})
    app.config["SESSION_PROTECTION"] = None
    login_manager.session_protection = None
    with app.app_context():
        t = find_targets(email)
        print(t.describe())
        _deadline_state(t, args.refresh)
        statements = Statements(db.engine)
        values = parameters(t)
    client = app.test_client()
    with client.session_transaction() as session:
        session.update({"_user_id": str(t.user_id), "_fresh": True, "_sv": t.session_version})

    signal.signal(signal.SIGALRM, _stop_the_request)
    static_ms, _, _ = timed(lambda: client.get("/static/app.css"), args.repeat, args.budget)
    print(f"a static file through the same client: {static_ms:.1f} ms (what any request costs here)")
    print(f"\n{'page':<36} {'ms':>8} {'floor':>7} {'ratio':>6} {'SQL':>4} {'HTML':>9} {'n':>3}  result")
    failures = 0
    for page in pages(t):
        if args.only and not any(text in page.name for text in args.only):
            continue
        statements.page = page.name

        def request(path=page.path):
            statements.current.clear()
            signal.setitimer(signal.ITIMER_REAL, args.timeout)
            try:
                response = client.get(path)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if response.status_code != 200:
                raise SystemExit(f"{path} answered {response.status_code}")
            return response

        try:
            ms, n, response = timed(request, args.repeat, args.budget)
        except PageTimeout:
            statements.page = ""
            failures += 1
            print(
                f"{page.name:<36} {'>' + str(int(args.timeout * 1000)):>8} (stopped after {args.timeout:g} s)  FAIL"
            )
            continue
        count = len(statements.current)
        statements.page = ""
        floor_ms = None
        if page.floor is not None:
            query = floors.statement(page.floor)
            wanted = {k: v for k, v in values.items() if f":{k}" in page.floor}
            with app.app_context():

                def run_floor(query=query, wanted=wanted):
                    with db.engine.connect() as conn:
                        return conn.execute(query, wanted).all()

                floor_ms, _, _ = timed(run_floor, args.repeat, args.budget)
        size = len(response.data)
        ratio = ms / floor_ms if floor_ms else None
        problems = [
            label
            for label, bad in (
                (f">{TARGET_MS} ms", ms >= TARGET_MS),
                (f">{TARGET_RATIO}x", ratio is not None and ratio > TARGET_RATIO),
                (">200 KB", size >= TARGET_HTML),
            )
            if bad
        ]
        failures += bool(problems)
        verdict = "PASS" if not problems else "FAIL " + ", ".join(problems)
        floor_text = f"{floor_ms:7.1f}" if floor_ms is not None else f"{'-':>7}"
        ratio_text = f"{ratio:5.0f}x" if ratio is not None else f"{'-':>6}"
        print(f"{page.name:<36} {ms:8.1f} {floor_text} {ratio_text} {count:>4} {size:>9,} {n:>3}  {verdict}")
    print(f"{failures} of {len(pages(t))} pages miss a target")

    print("\nThe five slowest SQL statements seen (the slowest execution of each), with their plans:")
    with app.app_context():
        ranked = sorted(statements.slowest.items(), key=lambda item: -item[1][0])[:5]
        for statement, (ms, page_name, params) in ranked:
            print(f"\n{ms:.1f} ms on '{page_name}':\n  {' '.join(statement.split())[:1200]}")
            print(explain(db.engine, statement, params))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory: {peak:.0f} MiB")


def _load_demo(url: str) -> str:
    from claims.demo import load_demo

    app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        db.create_all()
        load_demo()
    return "lawyer@demo.example"


def _deadline_state(t: Targets, refresh: bool) -> None:
    from claims.models import DeadlineRuleState
    from claims.models.base import utcnow
    from claims.services import deadlines
    from claims.services.calculations import current_rules

    if refresh:
        started = time.perf_counter()
        result = deadlines.refresh(t.org_id, everything=True)
        print(
            f"organisation-wide deadline refresh: {time.perf_counter() - started:.1f} s "
            f"({result.claimants} claimants, {result.changed} moved)"
        )
        return
    state = db.session.get(DeadlineRuleState, t.org_id)
    if state is not None:
        state.refreshed_at = utcnow()
        # With the rule files of this code: a rule file changed since the data set was built would otherwise
        # leave every page checking, on each deadline read, whether it may refresh (the daily job's to do).
        state.rules_fingerprint = current_rules().fingerprint
        db.session.commit()
        print(
            "deadline rule state marked refreshed now (as if the daily refresh had run; no page recomputes)"
        )


if __name__ == "__main__":
    main()
