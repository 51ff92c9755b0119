"""Time the exports made on the task queue on a national data set, with their peak memory, each beside its floor.

    .venv/bin/python bench/bench_exports.py --database-url sqlite:////tmp/national.sqlite   # built by bench/dataset.py
    .venv/bin/python bench/bench_exports.py --database-url ... --tracemalloc                # Python's own peak too

Each case is one export as the bench lawyer (the national organisation's, bench/dataset.py) made by the queue's
task itself (claims/services/exports/queued.py ``execute``: read, write to a temporary file, copy into the
database in 1 MB chunks), in a child process of its own, so that its peak resident memory (ru_maxrss) is its
own; the figure printed is that peak minus the child's resident memory before the export started. Beside it, in
a child of its own too, the floor: ONE plain SELECT of the same table's rows of the organisation (every column,
fetched in batches) written to a .csv on disk by the csv module, which is the least a .csv export does. With
``--tracemalloc`` the peak of Python's allocations is printed as well (tracemalloc slows a run about twofold; its
time is not the one printed). Not a test: it prints, it asserts nothing. The runs, their audit entries and the
chunks it makes are removed at the end.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from multiprocessing import get_context
from pathlib import Path

os.environ.setdefault("CLAIMS_QUEUE_URL", "immediate")  # progress notes in memory, not instance/queue.sqlite
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa  # noqa: E402

from bench.dataset_rows import BENCH_EMAIL  # noqa: E402
from claims import create_app  # noqa: E402
from claims.extensions import db  # noqa: E402

# (label, kind, the address's arguments, the table the floor reads)
CASES = (
    ("claimants .csv", "claimants", {"format": "csv"}, "claimants"),
    ("claimants .xlsx", "claimants", {"format": "xlsx"}, "claimants"),
    ("hearings, past, .csv", "hearings", {"format": "csv", "window": "past"}, "hearings"),
)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def _app(url: str):
    return create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url})


def _export(url: str, kind: str, args: dict, trace: bool, out) -> None:
    from claims.models import ExportChunk, ExportRun, User
    from claims.services import exports
    from claims.services.exports import queued

    app = _app(url)
    with app.test_request_context("/"), app.app_context():
        user = db.session.scalars(sa.select(User).where(User.email == BENCH_EMAIL)).one()
        request = exports.parse(kind, args)
        prepared = exports.prepare(user, request, "en", queue_over=0)
        run = _queued_run(user, request, prepared.rows)
        db.session.commit()
        before = _current_rss_mb()
        if trace:
            tracemalloc.start()
        start = time.perf_counter()
        queued.execute(run.id)
        ms = (time.perf_counter() - start) * 1000
        traced = tracemalloc.get_traced_memory()[1] / 1024 / 1024 if trace else None
        run = db.session.get(ExportRun, run.id)
        chunks = db.session.scalar(sa.select(sa.func.count()).where(ExportChunk.run_id == run.id))
        out.send(
            {
                "ms": ms,
                "mb": _rss_mb() - before,
                "traced": traced,
                "rows": run.done,
                "bytes": run.size or 0,
                "chunks": chunks,
                "status": run.status.value,
                "error": run.error,
                "run_id": run.id,
            }
        )


def _queued_run(user, request, rows):
    """The run ``queue_export`` makes, without sending it to the queue: the bench runs the task itself."""
    from claims.models import ExportRun
    from claims.models.base import utcnow
    from claims.services import records

    return records.create(
        user,
        ExportRun,
        {
            "created_by_id": user.id,
            "kind": request.kind,
            "format": request.format,
            "redacted": request.redacted,
            "filters": {k: ("1" if v is True else str(v)) for k, v in request.args().items()},
            "locale": "en",
            "total": rows,
            "heartbeat_at": utcnow(),
        },
    )


def _floor(url: str, table: str, out) -> None:
    from claims.models import User

    app = _app(url)
    with app.app_context():
        user = db.session.scalars(sa.select(User).where(User.email == BENCH_EMAIL)).one()
        before = _current_rss_mb()
        start = time.perf_counter()
        rows = 0
        with db.engine.connect() as conn, tempfile.TemporaryFile("w+", newline="", encoding="utf-8") as spool:
            result = conn.execution_options(yield_per=1000).execute(
                sa.text(f"SELECT * FROM {table} WHERE org_id = :org"), {"org": user.org_id}
            )
            writer = csv.writer(spool)
            writer.writerow(result.keys())
            for row in result:
                writer.writerow(row)
                rows += 1
            size = spool.tell()
        out.send(
            {
                "ms": (time.perf_counter() - start) * 1000,
                "mb": _rss_mb() - before,
                "rows": rows,
                "bytes": size,
            }
        )


def _in_child(target, *args) -> dict:
    context = get_context("spawn")  # a fresh interpreter: its peak is its own
    mine, theirs = context.Pipe()
    child = context.Process(target=target, args=(*args, theirs))
    child.start()
    found = mine.recv()
    child.join()
    return found


def _last_audit(url: str) -> int:
    from claims.models import AuditEntry

    with _app(url).app_context():
        return db.session.scalar(sa.select(sa.func.max(AuditEntry.id))) or 0


def _clean(url: str, run_ids: list[int], after_audit: int) -> None:
    """The bench's own runs, chunks and audit entries (the data set stays as it was built)."""
    from claims.models import AuditEntry, ExportChunk, ExportRun

    app = _app(url)
    with app.app_context():
        db.session.execute(sa.delete(ExportChunk).where(ExportChunk.run_id.in_(run_ids)))
        db.session.execute(
            sa.delete(AuditEntry).where(
                AuditEntry.id > after_audit, AuditEntry.entity_type.in_(["export", "export_runs"])
            )
        )
        db.session.execute(sa.delete(ExportRun).where(ExportRun.id.in_(run_ids)))
        db.session.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True, help="a data set built by bench/dataset.py")
    parser.add_argument("--tracemalloc", action="store_true", help="also Python's own peak (slower)")
    parser.add_argument("--only", default=None, help="only the cases whose label contains this")
    args = parser.parse_args()
    print(
        f"{'export':<22} {'rows':>9} {'MB file':>8} {'ms':>9} {'floor ms':>9} {'peak MB':>8} {'floor MB':>9}",
        end="",
    )
    print(f" {'traced MB':>10}" if args.tracemalloc else "")
    run_ids = []
    after_audit = _last_audit(args.database_url)
    try:
        for label, kind, query, table in CASES:
            if args.only and args.only not in label:
                continue
            made = _in_child(_export, args.database_url, kind, query, False)
            run_ids.append(made["run_id"])
            if made["status"] != "done":
                print(f"{label:<22} {made['status']}: {made['error']}")
                continue
            floor = _in_child(_floor, args.database_url, table)
            line = (
                f"{label:<22} {made['rows']:>9,} {made['bytes'] / 1e6:>8.1f} {made['ms']:>9,.0f} "
                f"{floor['ms']:>9,.0f} {made['mb']:>8.1f} {floor['mb']:>9.1f}"
            )
            if args.tracemalloc:
                traced = _in_child(_export, args.database_url, kind, query, True)
                run_ids.append(traced["run_id"])
                line += f" {traced['traced']:>10.1f}"
            print(line, f"({made['chunks']} chunks; floor: {floor['rows']:,} rows of {table})", flush=True)
    finally:
        if run_ids:
            _clean(args.database_url, run_ids, after_audit)


if __name__ == "__main__":
    main()
