"""Group runs: queue one, follow its progress, and run it (in the task queue's worker).

A run records its progress on the job as it goes, so the page can show "12 of 43". The zip is kept only once
every document in it is made; a run that fails keeps the reason and no archive, so nothing half-made is ever
offered for download.

A run cannot hang. Its heartbeat (``heartbeat_at``) is renewed as each document is made; a worker that dies
(the web process or ``huey_consumer`` killed mid-run) stops renewing it. When a run's page, its case's list or
``flask documents sweep`` reads a run whose heartbeat is older than ``CLAIMS_JOB_STALE_AFTER``:
- a running run is marked failed (STALLED): nothing of it was kept, and making it again from the start would
  only repeat a crash that a document itself may have caused (a template that exhausts the worker);
- a queued run is sent to the queue again, in case its message was lost, while no other run is alive (a queue
  busy with a long run is not a lost one); after QUEUED_RESENDS it is marked failed (NO_WORKER).
Every write of the worker is conditional on the run still being its own, so a worker that was only slow and
comes back after its run was given up writes nothing.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext as _ln
from sqlalchemy.orm import defer

from claims import jobs
from claims.extensions import db
from claims.models import Case, DocumentJob, User
from claims.models.base import utcnow
from claims.models.enums import JobStatus
from claims.services import protection, records
from claims.services.documents import MissingData, count_planned, generate_many
from claims.services.errors import NotFound, ValidationFailed

log = logging.getLogger(__name__)

# The reasons of a run that its worker left, stored as keys and shown in the reader's language (error_text).
STALLED = "stalled"
NO_WORKER = "no-worker"
QUEUED_RESENDS = 3

ACTIVE = (JobStatus.QUEUED, JobStatus.RUNNING)


class RunGivenUp(RuntimeError):
    """The run was marked failed while this worker was still making it: it stops and writes nothing."""


def queue_job(
    user, case: Case, requests: list[tuple[str, str]], claimant_ids: list[int] | None, on: date, *, pdf: bool
) -> DocumentJob:
    """Check that nothing is missing (MissingData otherwise, and nothing queued), then queue the run."""
    total = count_planned(user, case, requests, claimant_ids, on)
    job = records.create(
        user,
        DocumentJob,
        {
            "case_id": case.id,
            "templates": [list(r) for r in requests],
            "claimant_ids": claimant_ids or [],
            "document_date": on,
            "want_pdf": pdf,
            "status": JobStatus.QUEUED,
            "total": total,
            "done": 0,
            "heartbeat_at": utcnow(),
            "created_by_id": user.id,
        },
    )
    jobs.ensure_worker(current_app._get_current_object())
    run_document_job(job.id)
    return job


def get_job(user, job_id) -> DocumentJob:
    job = db.session.get(DocumentJob, int(job_id)) if str(job_id).isdigit() else None
    if job is None or job.org_id != user.org_id:
        raise NotFound("job")
    if job.status in ACTIVE:
        jobs.ensure_worker(current_app._get_current_object())
        if check_stale([job]):
            db.session.refresh(job)
    return job


def servable_archive(user, job: DocumentJob) -> bytes | None:
    """The run's zip, unless it was made before documents left whereabouts out and its case now has a protected
    claimant: the files inside cannot be redacted, so it is refused and the user makes the documents again."""
    if job.archive is None:
        return None
    if not job.whereabouts_redacted and protection.protected_in_case(job.case_id):
        raise ValidationFailed(
            {
                "archive": str(
                    _l(
                        "This zip was made before protected people's whereabouts were left out of documents, "
                        "and a claimant of the case is now protected: make the documents again."
                    )
                )
            }
        )
    return job.archive


def case_jobs(user, case: Case, limit: int = 10) -> list[DocumentJob]:
    def query():
        return list(
            db.session.scalars(
                sa.select(DocumentJob)
                .where(DocumentJob.case_id == case.id, DocumentJob.org_id == user.org_id)
                .order_by(DocumentJob.id.desc())
                .limit(limit)
                .options(defer(DocumentJob.archive))
            )
        )

    found = query()
    return query() if check_stale(found) else found


# ------------------------------------------------------------------ runs that lost their worker


def stale_after() -> timedelta:
    return timedelta(seconds=current_app.config["CLAIMS_JOB_STALE_AFTER"])


def _last_sign_of_life(job: DocumentJob) -> datetime:
    return job.heartbeat_at or job.started_at or job.created_at


def check_stale(candidates: list[DocumentJob], now: datetime | None = None) -> dict[str, int]:
    """Settle the runs among ``candidates`` whose worker is gone: {"failed": n, "resent": n}, empty when none
    was. Bookkeeping of the runs, written directly (no audit entry), like their progress."""
    now = now or utcnow()
    cutoff = now - stale_after()
    stale = [j for j in candidates if j.status in ACTIVE and _last_sign_of_life(j) < cutoff]
    if not stale:
        return {}
    outcome = {"failed": 0, "resent": 0}
    queue_alive = None
    for job in stale:
        seen = _last_sign_of_life(job)
        if job.status == JobStatus.RUNNING:
            if _give_up(job.id, JobStatus.RUNNING, seen, STALLED, now):
                outcome["failed"] += 1
                log.warning("document run %s: no heartbeat since %s, marked failed", job.id, seen)
            continue
        if queue_alive is None:
            queue_alive = _a_run_is_alive(cutoff)
        if queue_alive:
            continue  # waiting behind a run that is making progress
        if job.resends >= QUEUED_RESENDS:
            if _give_up(job.id, JobStatus.QUEUED, seen, NO_WORKER, now):
                outcome["failed"] += 1
                log.warning("document run %s: no worker took it up, marked failed", job.id)
            continue
        resent = db.session.execute(
            sa.update(DocumentJob)
            .where(*_unchanged(job.id, JobStatus.QUEUED, seen))
            .values(heartbeat_at=now, resends=DocumentJob.resends + 1)
        )
        db.session.commit()
        if resent.rowcount:
            outcome["resent"] += 1
            log.warning("document run %s: still queued since %s, sent to the queue again", job.id, seen)
            jobs.ensure_worker(current_app._get_current_object())
            run_document_job(job.id)  # a duplicate message is harmless: only one worker can claim the run
    return {k: v for k, v in outcome.items() if v}


def sweep(now: datetime | None = None) -> dict[str, int]:
    """Every organisation's runs that lost their worker (``flask documents sweep``)."""
    active = list(
        db.session.scalars(
            sa.select(DocumentJob).where(DocumentJob.status.in_(ACTIVE)).options(defer(DocumentJob.archive))
        )
    )
    return check_stale(active, now)


def _unchanged(job_id: int, status: JobStatus, seen: datetime):
    # Only the run as it was read: a worker that renewed its heartbeat meanwhile keeps its run.
    beat = sa.func.coalesce(DocumentJob.heartbeat_at, DocumentJob.started_at, DocumentJob.created_at)
    return DocumentJob.id == job_id, DocumentJob.status == status, beat == seen


def _give_up(job_id: int, status: JobStatus, seen: datetime, reason: str, now: datetime) -> bool:
    done = db.session.execute(
        sa.update(DocumentJob)
        .where(*_unchanged(job_id, status, seen))
        .values(status=JobStatus.FAILED, error=reason, finished_at=now, archive=None)
    )
    db.session.commit()
    return bool(done.rowcount)


def _a_run_is_alive(cutoff: datetime) -> bool:
    return bool(
        db.session.scalar(
            sa.select(sa.func.count(DocumentJob.id)).where(
                DocumentJob.status == JobStatus.RUNNING, DocumentJob.heartbeat_at >= cutoff
            )
        )
    )


def error_text(job: DocumentJob) -> str | None:
    """Why a run failed, in the reader's language where the app gave the reason."""
    if job.error == STALLED:
        minutes = max(1, round(stale_after().total_seconds() / 60))
        return str(
            _ln(
                "The run stopped: its worker gave no sign of life for %(num)d minute. "
                "Nothing was kept; start the run again.",
                "The run stopped: its worker gave no sign of life for %(num)d minutes. "
                "Nothing was kept; start the run again.",
                minutes,
            )
        )
    if job.error == NO_WORKER:
        return str(
            _l(
                "No worker took up the run, so nothing was made. Start it again; if this repeats, the task "
                "queue's worker is not running: tell the administrator."
            )
        )
    return job.error


# ------------------------------------------------------------------ the run, in the worker


def run_job(job_id: int) -> None:
    now = utcnow()
    claimed = db.session.execute(
        sa.update(DocumentJob)
        .where(DocumentJob.id == job_id, DocumentJob.status == JobStatus.QUEUED)
        .values(status=JobStatus.RUNNING, started_at=now, heartbeat_at=now)
    )
    db.session.commit()
    if not claimed.rowcount:
        return  # run twice by the queue (a restart, a message sent again): the first worker claimed it
    job = db.session.get(DocumentJob, job_id)
    user = db.session.get(User, job.created_by_id)
    case = db.session.get(Case, job.case_id)

    def progress(done: int, total: int) -> None:
        # Bookkeeping of the run, not a change of the case: written directly, without an audit entry.
        renewed = db.session.execute(
            sa.update(DocumentJob)
            .where(DocumentJob.id == job_id, DocumentJob.status == JobStatus.RUNNING)
            .values(done=done, total=total, heartbeat_at=utcnow())
        )
        db.session.commit()
        if not renewed.rowcount:
            raise RunGivenUp(job_id)

    try:
        made = generate_many(
            user,
            case,
            [tuple(r) for r in job.templates],
            job.claimant_ids or None,
            job.document_date,
            pdf=job.want_pdf,
            job_id=job.id,
            progress=progress,
            commit=False,
        )
    except RunGivenUp:
        db.session.rollback()
        log.warning("document run %s was given up while its worker was still making it: stopped", job_id)
        return
    except Exception as exc:  # any failure ends the run with its reason and no archive
        db.session.rollback()
        db.session.execute(
            sa.update(DocumentJob)
            .where(DocumentJob.id == job_id, DocumentJob.status == JobStatus.RUNNING)
            .values(status=JobStatus.FAILED, error=_reason(exc), finished_at=utcnow(), archive=None)
        )
        db.session.commit()
        return
    # The documents' records and the run's end in one transaction, and only if the run is still this worker's.
    finished = db.session.execute(
        sa.update(DocumentJob)
        .where(DocumentJob.id == job_id, DocumentJob.status == JobStatus.RUNNING)
        .values(
            status=JobStatus.DONE,
            archive=made.content,
            archive_name=made.filename,
            finished_at=utcnow(),
            heartbeat_at=utcnow(),
        )
    )
    if not finished.rowcount:
        db.session.rollback()
        log.warning("document run %s was given up before its worker finished it: nothing kept", job_id)
        return
    db.session.commit()


def _reason(exc: Exception) -> str:
    if isinstance(exc, MissingData):
        return "; ".join(
            f"{who}: {', '.join(what)}" if who else ", ".join(what) for who, what in exc.missing.items()
        )
    return str(exc) or type(exc).__name__


# In the queue's worker (the web process's thread, or `huey_consumer claims.worker.huey`).
run_document_job = jobs.task("documents.run_job")(run_job)
