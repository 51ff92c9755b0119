"""A group run cannot hang: a run whose worker died (the process killed mid-run) is settled when its page, its
case's documents page or `flask documents sweep` reads it, and its page stops refreshing itself."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from claims.models import DocumentJob, GeneratedDocument
from claims.models.base import utcnow
from claims.models.enums import JobStatus
from claims.services import records
from claims.services.documents import jobs as job_service
from tests.documents.runs import case_with_annex

REFRESH = 'http-equiv="refresh"'
STALE = timedelta(seconds=300)  # CLAIMS_JOB_STALE_AFTER's default


@pytest.fixture
def case(db, make):
    return case_with_annex(db, make, prefix="R", claimants=3, reference="LC-RUN")[1]


def _run(case, *, status, beat_ago, done=0, total=3, resends=0) -> DocumentJob:
    """A run as a dead worker leaves it: its status and a heartbeat ``beat_ago`` old."""
    beat = utcnow() - beat_ago
    job = records.create(
        case.lawyer,
        DocumentJob,
        {
            "case_id": case.id,
            "templates": [["calculation_annex.en", "claimant"]],
            "claimant_ids": [],
            "document_date": date(2024, 3, 1),
            "status": status,
            "total": total,
            "done": done,
            "heartbeat_at": beat,
            "started_at": beat if status == JobStatus.RUNNING else None,
            "resends": resends,
            "created_by_id": case.lawyer_id,
        },
    )
    return job


def _status(db, job_id):
    db.session.expire_all()
    return db.session.get(DocumentJob, job_id)


def test_a_run_whose_worker_died_mid_run_is_marked_failed_and_its_page_stops_refreshing(
    app, db, case, login_as
):
    job = _run(case, status=JobStatus.RUNNING, done=3, total=43, beat_ago=STALE + timedelta(seconds=1))
    client = login_as("lawyer")
    page = client.get(f"/documents/jobs/{job.id}").get_data(as_text=True)
    run = _status(db, job.id)
    assert (run.status, run.error, run.archive) == (JobStatus.FAILED, job_service.STALLED, None)
    assert REFRESH not in page
    assert "gave no sign of life for 5 minutes" in page and "no zip was kept" in page
    assert client.get(f"/documents/jobs/{job.id}/download").status_code == 404


def test_a_run_whose_worker_is_alive_keeps_running_and_its_page_refreshing(app, db, case, login_as):
    job = _run(case, status=JobStatus.RUNNING, done=3, total=43, beat_ago=STALE - timedelta(seconds=30))
    client = login_as("lawyer")
    page = client.get(f"/documents/jobs/{job.id}").get_data(as_text=True)
    assert _status(db, job.id).status == JobStatus.RUNNING
    assert f'<meta {REFRESH} content="2">' in page
    assert "Making document 3 of 43" in page


def test_the_case_documents_page_settles_a_dead_run_in_its_list(app, db, case, login_as):
    job = _run(case, status=JobStatus.RUNNING, done=1, beat_ago=timedelta(hours=2))
    client = login_as("lawyer")
    page = client.get(f"/documents/case/{case.id}").get_data(as_text=True)
    assert _status(db, job.id).status == JobStatus.FAILED
    assert "gave no sign of life" in page and "Running" not in page


def test_the_limit_is_a_setting(app, db, case, login_as, monkeypatch):
    monkeypatch.setitem(app.config, "CLAIMS_JOB_STALE_AFTER", 60)
    job = _run(case, status=JobStatus.RUNNING, beat_ago=timedelta(seconds=90))
    page = login_as("lawyer").get(f"/documents/jobs/{job.id}").get_data(as_text=True)
    assert _status(db, job.id).status == JobStatus.FAILED
    assert "gave no sign of life for 1 minute." in page


def test_a_queued_run_whose_message_was_lost_is_sent_again_and_made(app, db, case, login_as):
    # The tests' queue runs a task at once: the run sent again is made while its page is read.
    job = _run(case, status=JobStatus.QUEUED, beat_ago=STALE + timedelta(seconds=1))
    page = login_as("lawyer").get(f"/documents/jobs/{job.id}").get_data(as_text=True)
    run = _status(db, job.id)
    assert (run.status, run.done, run.resends) == (JobStatus.DONE, 3, 1)
    assert "3 documents are ready" in page and REFRESH not in page
    assert db.session.scalar(sa.select(sa.func.count(GeneratedDocument.id))) == 3


def test_a_queued_run_waits_while_another_run_is_making_progress(app, db, case, login_as):
    _run(case, status=JobStatus.RUNNING, beat_ago=timedelta(seconds=5))
    waiting = _run(case, status=JobStatus.QUEUED, beat_ago=timedelta(hours=1))
    page = login_as("lawyer").get(f"/documents/jobs/{waiting.id}").get_data(as_text=True)
    run = _status(db, waiting.id)
    assert (run.status, run.resends) == (JobStatus.QUEUED, 0)
    assert REFRESH in page


def test_a_queued_run_no_worker_takes_up_fails_after_it_was_sent_again_three_times(app, db, case, login_as):
    job = _run(case, status=JobStatus.QUEUED, beat_ago=STALE * 2, resends=job_service.QUEUED_RESENDS)
    page = login_as("lawyer").get(f"/documents/jobs/{job.id}").get_data(as_text=True)
    run = _status(db, job.id)
    assert (run.status, run.error) == (JobStatus.FAILED, job_service.NO_WORKER)
    assert "No worker took up the run" in page and REFRESH not in page


def test_flask_documents_sweep_settles_the_dead_runs_of_every_organisation(app, db, case, make):
    dead = _run(case, status=JobStatus.RUNNING, beat_ago=timedelta(hours=1))
    other_org = make.org()
    other_lawyer = make.user(role="lawyer", org=other_org)
    other_case = make.case(org=other_org, lawyer_id=other_lawyer.id)
    db.session.commit()
    dead_elsewhere = _run(other_case, status=JobStatus.RUNNING, beat_ago=timedelta(hours=1))
    alive = _run(case, status=JobStatus.RUNNING, beat_ago=timedelta(seconds=10))
    result = app.test_cli_runner().invoke(args=["documents", "sweep"])
    assert result.exit_code == 0, result.output
    assert "2 run(s) marked failed" in result.output
    assert [_status(db, j.id).status for j in (dead, dead_elsewhere, alive)] == [
        JobStatus.FAILED,
        JobStatus.FAILED,
        JobStatus.RUNNING,
    ]


def test_each_document_made_renews_the_runs_heartbeat(app, db, case, monkeypatch):
    from claims.services import documents as service

    seen = []
    real = service.render_docx

    def watched(*args, **kwargs):
        row = db.session.execute(
            sa.select(DocumentJob.done, DocumentJob.heartbeat_at).where(DocumentJob.id == job.id)
        ).one()
        seen.append(tuple(row))
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "render_docx", watched)
    job = _run(case, status=JobStatus.QUEUED, beat_ago=timedelta(0))
    job_service.run_job(job.id)
    assert [done for done, _beat in seen] == [0, 1, 2]
    beats = [beat for _done, beat in seen]
    assert beats == sorted(beats) and len(set(beats)) == 3
    assert _status(db, job.id).status == JobStatus.DONE


def test_a_worker_that_comes_back_after_its_run_was_given_up_writes_nothing(app, db, case, monkeypatch):
    from claims.services import documents as service

    real = service.render_docx
    calls = {"n": 0}

    def slow(*args, **kwargs):
        calls["n"] += 1
        if (
            calls["n"] == 2
        ):  # the sweep, from another process, while this worker is making the second document
            job_service.sweep(now=utcnow() + STALE * 2)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "render_docx", slow)
    job = _run(case, status=JobStatus.QUEUED, beat_ago=timedelta(0))
    job_service.run_job(job.id)
    run = _status(db, job.id)
    assert (run.status, run.error, run.archive, run.done) == (JobStatus.FAILED, job_service.STALLED, None, 1)
    assert calls["n"] == 2  # it stopped at the next heartbeat
    assert db.session.scalar(sa.select(sa.func.count(GeneratedDocument.id))) == 0


def test_a_run_is_claimed_by_one_worker_only(app, db, case):
    job = _run(case, status=JobStatus.QUEUED, beat_ago=timedelta(0))
    job_service.run_job(job.id)
    job_service.run_job(job.id)  # the same message delivered twice
    assert db.session.scalar(sa.select(sa.func.count(GeneratedDocument.id))) == 3
