"""A long export on real queues, as deployments run it: huey's SQLite storage with a worker thread (the embedded
default) and Redis (several machines; skipped, or failed under CI, where Redis does not answer). The web tests
(tests/web/test_exports_queue.py) run the task at once, inside the request."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from claims import jobs
from claims.models import ExportRun, ExportStatus
from claims.services.exports import queued
from tests.queues import KINDS, fresh_queue, thread_worker, wait_for

FINISHED = (ExportStatus.DONE, ExportStatus.FAILED)


def _status(run_id: int):
    return sa.select(ExportRun.status).where(ExportRun.id == run_id)


@pytest.mark.parametrize("kind", KINDS)
def test_a_long_export_waits_in_the_queue_for_a_worker_and_is_made(
    kind, app, db, make, login_as, tmp_path, monkeypatch
):
    case = make.case(reference="LC-W")
    for n in range(1, 8):
        make.party(case, make.claimant(pseudonym=f"W-{n:02d}"), position=n)
    db.session.commit()
    monkeypatch.setitem(app.config, "CLAIMS_EXPORT_QUEUE_OVER", 3)
    monkeypatch.setattr(queued, "CHUNK_BYTES", 64)
    client = login_as("lawyer")
    with fresh_queue(kind, tmp_path) as (queue, _url, _name):
        task = queue.task(name="exports.run")(jobs.in_app(queued.execute))
        monkeypatch.setattr(queued, "run_export_job", task)
        monkeypatch.setattr(jobs, "_app", app)
        response = client.get("/exports/file/claimants?format=csv")
        assert response.status_code == 302
        run_id = int(response.headers["Location"].rsplit("/", 1)[1])
        # No worker yet: the run waits, its message in the queue, and its page refreshes itself.
        assert (db.session.get(ExportRun, run_id).status, len(queue)) == (ExportStatus.QUEUED, 1)
        page = client.get(f"/exports/runs/{run_id}").get_data(as_text=True)
        assert 'http-equiv="refresh"' in page and "Waiting for the worker to start" in page
        with thread_worker(queue):
            status = wait_for(db, _status(run_id), lambda s: s in FINISHED)
        assert len(queue) == 0
    run = db.session.get(ExportRun, run_id)
    assert (status, run.done, run.total) == (ExportStatus.DONE, 7, 7), run.error
    text = client.get(f"/exports/runs/{run_id}/file").get_data().decode("utf-8")
    assert [line.split(",")[0] for line in text.splitlines()[1:]] == [f"W-{n:02d}" for n in range(1, 8)]
