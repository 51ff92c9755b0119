"""Exports on the task queue: a list too long for one request, made by the queue's worker with its progress,
kept in the database in chunks for CLAIMS_EXPORT_KEEP_DAYS, and downloaded by the user who asked (or an admin).

The order of a queued export:
1. the web request parses and bounds the export as for any other, writes its audit entry (``queued``) and a
   run (:func:`queue_export`), then shows the run's page, which refreshes itself until the file is ready;
2. the worker (:func:`execute`) claims the run, checks again that its user may still export (an archived user or
   one who is no longer a case worker: the run fails, saying so, and nothing is written), reads the rows with the
   same builders, scope, filters and whereabouts rule as the synchronous export, in the user's language, and
   writes the file to a temporary file on disk; its progress and heartbeat go to the queue's own store, because
   the rows are read by a cursor that stays open (on SQLite a second connection could not write meanwhile);
3. only once the whole file is written is it copied into ``export_chunks``, a chunk per short transaction, and
   the run marked done with its expiry. A failure at any point leaves the run failed, with its reason, and no
   chunk: nothing half-made is ever offered;
4. the download streams the chunks one at a time (any app instance can serve it) and writes an audit entry.

``flask documents sweep`` (cron) drops the chunks of expired runs and fails runs whose worker died.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from flask import current_app, has_request_context
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext as _ln

from claims import jobs
from claims.extensions import db
from claims.models import ExportChunk, ExportRun, ExportStatus, User
from claims.models.base import utcnow
from claims.models.enums import AuditAction
from claims.services import access, records
from claims.services.errors import Forbidden, NotFound
from claims.services.exports import Prepared, build_checked, writers
from claims.services.exports.request import BadExport, ExportRequest, parse
from claims.services.exports.tables import Table

log = logging.getLogger(__name__)

CHUNK_BYTES = 1024 * 1024  # one row of export_chunks: small enough to hold, large enough to be few
PROGRESS_EVERY = 1000  # rows between two progress notes in the queue's store
ACTIVE = (ExportStatus.QUEUED, ExportStatus.RUNNING)
# A queued export nobody took up in this long has no worker (one waiting behind long runs is sent again meanwhile).
QUEUED_GIVE_UP = timedelta(hours=6)

# The reasons the app gives, stored as keys and shown in the reader's language (error_text).
STALLED = "stalled"
NO_WORKER = "no-worker"
NO_ACCESS = "no-access"
FAILED = "failed"


class RunGivenUp(RuntimeError):
    """The run was marked failed (a sweep found no heartbeat) while this worker was still making it."""


def progress_key(run_id: int) -> str:
    return f"export-progress-{run_id}"


# ------------------------------------------------------------------ asking for one, on the web


def queue_export(user, request: ExportRequest, locale: str, rows: int) -> ExportRun:
    """A run for the worker (the caller has bounded and audited the export); sent to the queue once committed."""
    run = records.create(
        user,
        ExportRun,
        {
            "created_by_id": user.id,
            "kind": request.kind,
            "format": request.format,
            "redacted": request.redacted,
            "filters": {k: ("1" if v is True else str(v)) for k, v in request.args().items()},
            "locale": locale,
            "status": ExportStatus.QUEUED,
            "total": rows,
            "done": 0,
            "heartbeat_at": utcnow(),
        },
    )
    jobs.ensure_worker(current_app._get_current_object())
    run_export_job(run.id)
    return run


def _may_open(user, run: ExportRun) -> bool:
    return run.org_id == user.org_id and (run.created_by_id == user.id or access.may_administer(user))


def get_run(user, run_id) -> ExportRun:
    """The run, for the user who asked for it or an admin of the organisation; another user of the organisation
    is refused, and to another organisation there is no such run."""
    run = db.session.get(ExportRun, int(run_id)) if str(run_id).isdigit() and int(run_id) < 2**31 else None
    if run is None or run.org_id != user.org_id:
        raise NotFound("export run")
    if not _may_open(user, run):
        raise Forbidden("export run: the user who asked for it and admins")
    if run.status in ACTIVE:
        jobs.ensure_worker(current_app._get_current_object())
        if check_stale(run):
            db.session.refresh(run)
    return run


def recent_runs(user, limit: int = 10) -> list[ExportRun]:
    """The user's latest queued exports, for the Exports page (bounded)."""
    return list(
        db.session.scalars(
            sa.select(ExportRun)
            .where(ExportRun.org_id == user.org_id, ExportRun.created_by_id == user.id)
            .order_by(ExportRun.id.desc())
            .limit(limit)
        )
    )


def progress(run: ExportRun) -> tuple[int, int]:
    """(rows written, rows to write): while it runs, from the queue's store (see the module's docstring)."""
    note = jobs.huey.get(progress_key(run.id), peek=True) if run.status == ExportStatus.RUNNING else None
    return (int(note[0]) if note else run.done), run.total


def download(user, run: ExportRun) -> Iterator[bytes]:
    """The file's chunks, one query each (never the whole file in memory), after the download's audit entry.
    The user must still be one who may export (an admin, or the case worker who asked)."""
    if not access.works_on_cases(user) or not _may_open(user, run):
        raise Forbidden("export run")
    if run.status != ExportStatus.DONE:
        raise NotFound("export file")
    records.write_audit(
        user,
        AuditAction.EXPORT,
        run,
        {"downloaded": [None, run.filename], "rows": [None, run.total]},
        label=f"export run {run.id} downloaded ({run.kind})",
    )
    db.session.execute(
        sa.update(ExportRun).where(ExportRun.id == run.id).values(downloads=ExportRun.downloads + 1)
    )
    db.session.commit()
    count = db.session.scalar(sa.select(sa.func.count()).where(ExportChunk.run_id == run.id))
    run_id = run.id

    def chunks() -> Iterator[bytes]:
        for seq in range(count):
            data = db.session.scalar(
                sa.select(ExportChunk.data).where(ExportChunk.run_id == run_id, ExportChunk.seq == seq)
            )
            db.session.rollback()  # end each read: a long download holds no transaction open
            yield bytes(data)

    return chunks()


def error_text(run: ExportRun) -> str | None:
    """Why a run failed, in the reader's language."""
    if run.error == STALLED:
        minutes = max(1, round(current_app.config["CLAIMS_JOB_STALE_AFTER"] / 60))
        return str(
            _ln(
                "The export stopped: its worker gave no sign of life for %(num)d minute. Nothing was kept; "
                "ask for it again.",
                "The export stopped: its worker gave no sign of life for %(num)d minutes. Nothing was kept; "
                "ask for it again.",
                minutes,
            )
        )
    if run.error == NO_WORKER:
        # The group document runs' words (claims/services/documents/jobs.py): one sentence to translate.
        return str(
            _l(
                "No worker took up the run, so nothing was made. Start it again; if this repeats, the task "
                "queue's worker is not running: tell the administrator."
            )
        )
    if run.error == NO_ACCESS:
        return str(_l("The export was not made: the user who asked for it may no longer export."))
    if run.error == FAILED:
        return str(
            _l(
                "The export stopped on an unexpected error: nothing was kept. Try again, or tell an administrator."
            )
        )
    return run.error


# ------------------------------------------------------------------ runs that lost their worker, expiry


def _from_epoch(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)


def check_stale(run: ExportRun, now: datetime | None = None) -> bool:
    """Settle a run whose worker is gone. True when the run was given up.

    - A running export with no sign of life for CLAIMS_JOB_STALE_AFTER is marked failed (nothing of it was kept:
      its file was on the dead worker's disk). A worker that was only slow finds its run changed, writes nothing.
    - A queued one may only be waiting behind a long run (a document run, another export): it is sent to the
      queue again (a duplicate message is harmless: only one worker can claim it), and given up (no worker) only
      when nobody took it up within QUEUED_GIVE_UP."""
    if run.status not in ACTIVE:
        return False
    now = now or utcnow()
    note = jobs.huey.get(progress_key(run.id), peek=True)
    seen = max(filter(None, [run.heartbeat_at or run.created_at, _from_epoch(note[1]) if note else None]))
    if (now - seen).total_seconds() <= current_app.config["CLAIMS_JOB_STALE_AFTER"]:
        return False
    if run.status == ExportStatus.RUNNING:
        given_up = _settle(run.id, run.status, status=ExportStatus.FAILED, error=STALLED, finished_at=now)
        if given_up:
            log.warning("export run %s: no sign of life since %s, marked failed", run.id, seen)
        return given_up
    if now - run.created_at > QUEUED_GIVE_UP:
        given_up = _settle(run.id, run.status, status=ExportStatus.FAILED, error=NO_WORKER, finished_at=now)
        if given_up:
            log.warning("export run %s: no worker took it up since %s, marked failed", run.id, run.created_at)
        return given_up
    if _settle(run.id, ExportStatus.QUEUED, heartbeat_at=now):
        log.warning("export run %s: still queued since %s, sent to the queue again", run.id, seen)
        jobs.ensure_worker(current_app._get_current_object())
        run_export_job(run.id)
    return False


def _settle(run_id: int, was: ExportStatus, **values) -> bool:
    """The run's new values, only if it is still ``was`` (a run given up meanwhile is not this writer's).
    Bookkeeping of the run, written directly like its progress (the request and the download are audited)."""
    done = db.session.execute(
        sa.update(ExportRun).where(ExportRun.id == run_id, ExportRun.status == was).values(**values)
    )
    db.session.commit()
    return bool(done.rowcount)


def _drop_chunks(run_id: int) -> None:
    db.session.execute(sa.delete(ExportChunk).where(ExportChunk.run_id == run_id))
    db.session.commit()


def sweep(now: datetime | None = None) -> dict[str, int]:
    """Every organisation's runs: those whose worker is gone marked failed, and the files of those past their
    expiry dropped (the run stays, marked expired). {"failed": n, "expired": n}."""
    now = now or utcnow()
    outcome = {"failed": 0, "expired": 0}
    for run in db.session.scalars(sa.select(ExportRun).where(ExportRun.status.in_(ACTIVE))).all():
        outcome["failed"] += check_stale(run, now)
    expired = db.session.scalars(
        sa.select(ExportRun.id).where(ExportRun.status == ExportStatus.DONE, ExportRun.expires_at <= now)
    ).all()
    for run_id in expired:
        if _settle(run_id, ExportStatus.DONE, status=ExportStatus.EXPIRED):
            _drop_chunks(run_id)
            outcome["expired"] += 1
    return outcome


# ------------------------------------------------------------------ the run, in the worker


class _Counter:
    """Counts the rows as the writer reads them; every PROGRESS_EVERY rows notes (rows, time) in the queue's
    store, which is the run's progress and heartbeat."""

    def __init__(self, run_id: int):
        self.key = progress_key(run_id)
        self.done = 0

    def counted(self, table: Table) -> Table:
        source = table.rows

        def rows() -> Iterator[dict]:
            for row in source():
                yield row
                self.done += 1
                if self.done % PROGRESS_EVERY == 0:
                    jobs.huey.put(self.key, (self.done, time.time()))

        return Table(table.name, table.title, table.columns, table.count, rows, table.records, table.notes)


def _request(run: ExportRun) -> ExportRequest:
    args = {**run.filters, "format": run.format, "redacted": "1" if run.redacted else ""}
    return parse(run.kind, args)


def execute(run_id: int) -> None:
    """Make the run's file (the queue's task)."""
    claimed = db.session.execute(
        sa.update(ExportRun)
        .where(ExportRun.id == run_id, ExportRun.status == ExportStatus.QUEUED)
        .values(status=ExportStatus.RUNNING, started_at=utcnow(), heartbeat_at=utcnow())
    )
    db.session.commit()
    if not claimed.rowcount:
        return  # run twice by the queue (a restart, a message sent again): the first worker claimed it
    run = db.session.get(ExportRun, run_id)
    user = db.session.get(User, run.created_by_id) if run.created_by_id else None
    if user is None or not user.is_active or not access.works_on_cases(user):
        _settle(
            run_id, ExportStatus.RUNNING, status=ExportStatus.FAILED, error=NO_ACCESS, finished_at=utcnow()
        )
        log.warning("export run %s: its user may no longer export, not made", run_id)
        return
    counter = _Counter(run_id)
    try:
        with _in_language(run.locale), tempfile.TemporaryFile() as spool:
            request = _request(run)
            tables = [counter.counted(t) for t in build_checked(user, request, run.locale)]
            writers.write_into(tables, request.format, spool)
            db.session.rollback()  # the rows are read: end the reading transaction before the writes
            size = spool.tell()
            spool.seek(0)
            _store(run_id, spool)
        now = utcnow()
        finished = _settle(
            run_id,
            ExportStatus.RUNNING,
            status=ExportStatus.DONE,
            done=counter.done,
            size=size,
            filename=Prepared(request, tables).filename,
            finished_at=now,
            heartbeat_at=now,
            expires_at=now + timedelta(days=current_app.config["CLAIMS_EXPORT_KEEP_DAYS"]),
        )
        if not finished:
            raise RunGivenUp(run_id)
    except RunGivenUp:
        db.session.rollback()
        _drop_chunks(run_id)
        log.warning("export run %s was given up before its worker finished it: nothing kept", run_id)
    except Exception as error:  # noqa: BLE001 - whatever went wrong, no half-made file may stay
        db.session.rollback()
        _drop_chunks(run_id)
        message = str(error) if isinstance(error, BadExport) else FAILED
        log.warning("export run %s failed, nothing kept: %s", run_id, type(error).__name__, exc_info=True)
        _settle(run_id, ExportStatus.RUNNING, status=ExportStatus.FAILED, error=message, finished_at=utcnow())
    finally:
        jobs.huey.get(progress_key(run_id))  # drop the progress note


def _in_language(locale: str):
    """The run's language for headers and labels: flask_babel reads it from a request, which a worker lacks."""
    from contextlib import ExitStack

    stack = ExitStack()
    if not has_request_context():
        stack.enter_context(current_app.test_request_context("/"))
    stack.enter_context(force_locale(locale))
    return stack


def _store(run_id: int, spool) -> None:
    """The file into export_chunks, a chunk per transaction; each renews the heartbeat. Stops when the run is no
    longer this worker's."""
    seq = 0
    while True:
        data = spool.read(CHUNK_BYTES)
        if not data:
            return
        db.session.execute(sa.insert(ExportChunk).values(run_id=run_id, seq=seq, data=data))
        alive = db.session.execute(
            sa.update(ExportRun)
            .where(ExportRun.id == run_id, ExportRun.status == ExportStatus.RUNNING)
            .values(heartbeat_at=utcnow())
        )
        db.session.commit()
        if not alive.rowcount:
            raise RunGivenUp(run_id)
        seq += 1


# In the queue's worker (the web process's thread, or `huey_consumer claims.worker.huey`).
run_export_job = jobs.task("exports.run")(execute)
