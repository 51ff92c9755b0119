"""Group runs: queue one, follow its progress, and run it (in the task queue's worker).

A run records its progress on the job as it goes, so the page can show "12 of 43". The zip is kept only once
every document in it is made; a run that fails keeps the reason and no archive, so nothing half-made is ever
offered for download.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import defer

from claims import jobs
from claims.extensions import db
from claims.models import Case, DocumentJob, User
from claims.models.base import utcnow
from claims.models.enums import JobStatus
from claims.services import records
from claims.services.documents import MissingData, count_planned, generate_many
from claims.services.errors import NotFound


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
    if job.status == JobStatus.QUEUED:
        jobs.ensure_worker(current_app._get_current_object())
    return job


def case_jobs(user, case: Case, limit: int = 10) -> list[DocumentJob]:
    return list(
        db.session.scalars(
            sa.select(DocumentJob)
            .where(DocumentJob.case_id == case.id, DocumentJob.org_id == user.org_id)
            .order_by(DocumentJob.id.desc())
            .limit(limit)
            .options(defer(DocumentJob.archive))
        )
    )


def run_job(job_id: int) -> None:
    job = db.session.get(DocumentJob, job_id)
    if job is None or job.status not in (JobStatus.QUEUED,):
        return  # run twice by the queue after a restart: the first run decided it
    job.status = JobStatus.RUNNING
    job.started_at = utcnow()
    db.session.commit()
    user = db.session.get(User, job.created_by_id)
    case = db.session.get(Case, job.case_id)

    def progress(done: int, total: int) -> None:
        # Bookkeeping of the run, not a change of the case: written directly, without an audit entry.
        db.session.execute(
            sa.update(DocumentJob).where(DocumentJob.id == job_id).values(done=done, total=total)
        )
        db.session.commit()

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
        )
    except Exception as exc:  # any failure ends the run with its reason and no archive
        db.session.rollback()
        failed = db.session.get(DocumentJob, job_id)
        failed.status = JobStatus.FAILED
        failed.error = _reason(exc)
        failed.finished_at = utcnow()
        failed.archive = None
        db.session.commit()
        return
    done = db.session.get(DocumentJob, job_id)
    done.archive = made.content
    done.archive_name = made.filename
    done.status = JobStatus.DONE
    done.finished_at = utcnow()
    db.session.commit()


# In the queue's worker (the web process's thread, or `huey_consumer claims.worker.huey`).
run_document_job = jobs.task("documents.run_job")(run_job)


def _reason(exc: Exception) -> str:
    if isinstance(exc, MissingData):
        return "; ".join(
            f"{who}: {', '.join(what)}" if who else ", ".join(what) for who, what in exc.missing.items()
        )
    return str(exc) or type(exc).__name__
