"""The group run on real queues, as deployments run it: huey's SQLite storage with the web process's worker
thread (the embedded default), and Redis with a worker apart (several machines; tests/queues.py gives each test
its own queue on the machine's Redis, and skips, or fails under CI, where Redis does not answer). The other tests
run tasks at once, in the test."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from docx import Document

from claims import jobs
from claims.models import DocumentJob, GeneratedDocument
from claims.models.base import utcnow
from claims.models.enums import JobStatus
from claims.services import records
from claims.services.documents import jobs as job_service
from tests.documents.runs import case_with_annex
from tests.queues import KINDS, fresh_queue, job_status, thread_worker, use_queue, wait_for

ROOT = Path(__file__).resolve().parents[2]
FINISHED = (JobStatus.DONE, JobStatus.FAILED)


def _texts(archive_bytes: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(archive_bytes)) as archive:
        return sorted(Document(io.BytesIO(archive.read(n))).paragraphs[0].text for n in archive.namelist())


def _form(on=date(2024, 3, 1)):
    return {
        "template": "calculation_annex.en",
        "scope": "claimant",
        "claimant": "all",
        "document_date": on.isoformat(),
        "file_format": "docx",
    }


def _start_run(db, client, case) -> int:
    response = client.post(f"/documents/case/{case.id}", data=_form())
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    return int(response.headers["Location"].rstrip("/").rsplit("/", 1)[1])


@pytest.mark.parametrize("kind", KINDS)
def test_a_worker_thread_runs_the_queued_job_and_keeps_the_zip(kind, app, db, make, tmp_path, monkeypatch):
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
    with fresh_queue(kind, tmp_path) as (queue, _url, _name):
        task = use_queue(monkeypatch, app, queue)
        with thread_worker(queue):
            task(job.id)
            wait_for(db, job_status(job.id), lambda s: s in FINISHED)
    done = db.session.get(DocumentJob, job.id)
    assert done.status == JobStatus.DONE, done.error
    assert _texts(done.archive) == ["Q-1: THB 19,347.95", "Q-2: THB 19,347.95"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_group_run_started_on_the_web_waits_in_the_queue_for_a_worker_and_is_made(
    kind, app, db, make, login_as, tmp_path, monkeypatch
):
    _lawyer, case = case_with_annex(db, make, prefix="W", claimants=3)
    client = login_as("lawyer")
    with fresh_queue(kind, tmp_path) as (queue, _url, _name):
        use_queue(monkeypatch, app, queue)
        job_id = _start_run(db, client, case)
        # No worker yet: the run waits in the queue, its message kept there.
        assert (db.session.get(DocumentJob, job_id).status, len(queue)) == (JobStatus.QUEUED, 1)
        assert 'http-equiv="refresh"' in client.get(f"/documents/jobs/{job_id}").get_data(as_text=True)
        with thread_worker(queue, workers=2):
            wait_for(db, job_status(job_id), lambda s: s in FINISHED)
        assert len(queue) == 0
    job = db.session.get(DocumentJob, job_id)
    assert (job.status, job.done, job.total) == (JobStatus.DONE, 3, 3), job.error
    assert "3 documents are ready" in client.get(f"/documents/jobs/{job_id}").get_data(as_text=True)
    download = client.get(f"/documents/jobs/{job_id}/download")
    assert _texts(download.data) == [f"W-{n}: THB 19,347.95" for n in (1, 2, 3)]
    stored = db.session.scalars(sa.select(GeneratedDocument.job_id)).all()
    assert stored == [job_id] * 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_queued_run_whose_message_was_lost_is_sent_to_the_queue_again_and_made(
    kind, app, db, make, login_as, tmp_path, monkeypatch
):
    lawyer, case = case_with_annex(db, make, prefix="L", claimants=2)
    client = login_as("lawyer")
    stale = utcnow() - timedelta(seconds=301)
    lost = records.create(
        lawyer,
        DocumentJob,
        {
            "case_id": case.id,
            "templates": [["calculation_annex.en", "claimant"]],
            "claimant_ids": [],
            "document_date": date(2024, 3, 1),
            "status": JobStatus.QUEUED,
            "total": 2,
            "heartbeat_at": stale,
            "created_by_id": lawyer.id,
        },
    )
    with fresh_queue(kind, tmp_path) as (queue, _url, _name):
        use_queue(monkeypatch, app, queue)
        assert len(queue) == 0  # the message is gone (a queue flushed, a Redis that lost its data)
        client.get(f"/documents/jobs/{lost.id}")
        assert (len(queue), db.session.get(DocumentJob, lost.id).resends) == (1, 1)
        with thread_worker(queue):
            status = wait_for(db, job_status(lost.id), lambda s: s in FINISHED)
    assert status == JobStatus.DONE
    assert _texts(db.session.get(DocumentJob, lost.id).archive) == [
        "L-1: THB 19,347.95",
        "L-2: THB 19,347.95",
    ]


def _worker_process(app, url: str, name: str, delay: float) -> subprocess.Popen:
    """``huey_consumer`` in a process of its own, on the test's database and queue, as a deployment runs it."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "SECRET_KEY": "test-secret-key",
        "CLAIMS_QUEUE_URL": url,
        "CLAIMS_QUEUE_NAME": name,
        "CLAIMS_EMBEDDED_WORKER": "0",
        "CLAIMS_TEST_DOCUMENT_DELAY": str(delay),
    }
    command = [sys.executable, "-m", "huey.bin.huey_consumer", "tests.documents.slow_worker.huey"]
    return subprocess.Popen(
        [*command, "-w", "1", "-k", "thread"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _stop(process: subprocess.Popen, sig=signal.SIGTERM) -> str:
    if process.poll() is None:
        process.send_signal(sig)
    try:
        _out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    return err.decode(errors="replace")[-2000:]


# Redis only: a worker apart from the web servers is the several-machines set-up (the embedded worker dies with
# its web process, which the heartbeat tests in test_stale_runs.py cover); each case starts two processes.
@pytest.mark.parametrize("kind", [k for k in KINDS if k.values == ("redis",)])
def test_a_worker_killed_mid_run_is_settled_by_the_heartbeat_and_a_restarted_worker_makes_the_next_run(
    kind, app, db, make, login_as, tmp_path, monkeypatch
):
    _lawyer, case = case_with_annex(db, make, prefix="K", claimants=4)
    client = login_as("lawyer")
    with fresh_queue(kind, tmp_path) as (queue, url, name):
        use_queue(monkeypatch, app, queue)
        worker = _worker_process(app, url, name, delay=1.0)
        try:
            killed = _start_run(db, client, case)
            done = wait_for(
                db, sa.select(DocumentJob.done).where(DocumentJob.id == killed), lambda d: d >= 1, every=0.02
            )
            assert done >= 1, _stop(worker)
        finally:
            _stop(worker, signal.SIGKILL)  # the worker's machine lost mid-run: no chance to clean up
        run = db.session.get(DocumentJob, killed)
        assert (run.status, run.archive) == (JobStatus.RUNNING, None)
        assert 1 <= run.done < 4
        # Before the limit the run is presumed alive; after it, the sweep (cron) settles it.
        assert job_service.sweep() == {}
        assert job_service.sweep(now=utcnow() + timedelta(seconds=301)) == {"failed": 1}
        db.session.expire_all()
        run = db.session.get(DocumentJob, killed)
        assert (run.status, run.error) == (JobStatus.FAILED, job_service.STALLED)
        assert "gave no sign of life" in client.get(f"/documents/jobs/{killed}").get_data(as_text=True)

        # Started again while no worker runs, the run waits in the queue and the restarted worker makes it.
        again = _start_run(db, client, case)
        assert db.session.get(DocumentJob, again).status == JobStatus.QUEUED
        worker = _worker_process(app, url, name, delay=0)
        try:
            status = wait_for(db, job_status(again), lambda s: s in FINISHED)
        finally:
            errors = _stop(worker)
        assert status == JobStatus.DONE, errors
    db.session.expire_all()
    assert _texts(db.session.get(DocumentJob, again).archive) == [
        f"K-{n}: THB 19,347.95" for n in range(1, 5)
    ]
    assert db.session.scalars(sa.select(GeneratedDocument.job_id)).all() == [again] * 4


def test_a_task_run_by_a_worker_without_an_app_says_how_to_start_the_worker(monkeypatch):
    monkeypatch.setattr(jobs, "_app", None)
    with pytest.raises(RuntimeError, match="huey_consumer claims.worker.huey"):
        jobs.in_app(lambda: None)()


def test_the_group_run_keeps_the_task_name_queued_messages_carry():
    # A message queued before a deploy names "claims.jobs.documents.run_job": the task must still be found.
    assert "claims.jobs.documents.run_job" in jobs.huey._registry._registry


def test_the_queue_url_picks_the_storage_and_the_name_its_keys(tmp_path):
    from huey import MemoryHuey, RedisHuey, SqliteHuey

    assert isinstance(jobs.make_huey("immediate"), MemoryHuey)
    assert isinstance(jobs.make_huey("sqlite:///" + str(tmp_path / "q.sqlite")), SqliteHuey)
    queue = jobs.make_huey("redis://127.0.0.1:1/0", "staging")  # no connection is made until it is used
    assert isinstance(queue, RedisHuey) and queue.storage.queue_key == "huey.redis.staging"
    with pytest.raises(RuntimeError, match="CLAIMS_QUEUE_URL must be"):
        jobs.make_huey("amqp://somewhere")
