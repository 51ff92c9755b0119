"""The group run on a real queue: huey's SQLite storage and a worker thread, as the embedded default runs it
(the other tests run tasks at once, in the test)."""

from __future__ import annotations

import io
import time
import zipfile
from datetime import date

import pytest
import sqlalchemy as sa
from docx import Document
from huey import SqliteHuey

from claims import jobs
from claims.models import DocumentJob
from claims.models.enums import JobStatus
from claims.services import records
from claims.services.documents.jobs import run_job
from tests.documents.runs import case_with_annex


def test_a_worker_thread_runs_the_queued_job_and_keeps_the_zip(app, db, make, tmp_path, monkeypatch):
    lawyer, case = case_with_annex(db, make, prefix="Q", claimants=2)
    job = records.create(
        lawyer,
        DocumentJob,
        {
            "case_id": case.id,
            "templates": [["calculation_annex.en", "claimant"]],
            "claimant_ids": [],
            "document_date": date(2024, 3, 1),
            "status": JobStatus.QUEUED,
            "total": 2,
            "created_by_id": lawyer.id,
        },
    )
    queue = SqliteHuey("claims-test", filename=str(tmp_path / "queue.sqlite"))
    task = queue.task(name="documents.run_job")(jobs.in_app(run_job))
    monkeypatch.setattr(jobs, "_app", app)
    consumer = jobs._ThreadConsumer(queue, workers=1, worker_type="thread", periodic=False)
    consumer.start()
    try:
        task(job.id)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            db.session.expire_all()
            status = db.session.scalar(sa.select(DocumentJob.status).where(DocumentJob.id == job.id))
            if status in (JobStatus.DONE, JobStatus.FAILED):
                break
            time.sleep(0.1)
    finally:
        consumer.stop(graceful=True)
    done = db.session.get(DocumentJob, job.id)
    assert done.status == JobStatus.DONE, done.error
    with zipfile.ZipFile(io.BytesIO(done.archive)) as archive:
        texts = sorted(Document(io.BytesIO(archive.read(n))).paragraphs[0].text for n in archive.namelist())
    assert texts == ["Q-1: THB 19,347.95", "Q-2: THB 19,347.95"]


def test_a_task_run_by_a_worker_without_an_app_says_how_to_start_the_worker(monkeypatch):
    monkeypatch.setattr(jobs, "_app", None)
    with pytest.raises(RuntimeError, match="huey_consumer claims.worker.huey"):
        jobs.in_app(lambda: None)()


def test_the_group_run_keeps_the_task_name_queued_messages_carry():
    # A message queued before a deploy names "claims.jobs.documents.run_job": the task must still be found.
    assert "claims.jobs.documents.run_job" in jobs.huey._registry._registry
