"""Exports made on the task queue (issue 14): past CLAIMS_EXPORT_QUEUE_OVER rows the request queues a run and
answers with its page; the file is kept in the database in chunks, downloaded by the user who asked or an admin
(audited), expires, and a run that fails or whose user may no longer export leaves a failed run and no file.

The tests' queue runs a task at once, inside the request that queues it; tests/services/test_exports_queue.py
runs the same on huey's SQLite storage and on Redis with a worker thread.
"""

from __future__ import annotations

import csv
import io
import time
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from claims import clock, jobs
from claims.models import AuditEntry, ExportChunk, ExportRun, ExportStatus
from claims.models.base import utcnow
from claims.services import records
from claims.services.exports import queued


@pytest.fixture
def five(make, db):
    """Five claimants in a case; the first is protected (their phone is whereabouts)."""
    case = make.case(reference="LC-Q")
    for n in range(1, 6):
        claimant = make.claimant(pseudonym=f"Q-{n:02d}", phone=f"MARK-PHONE-{n}")
        make.party(case, claimant, position=n)
    db.session.commit()
    return case


@pytest.fixture
def queue_over(app, monkeypatch):
    monkeypatch.setitem(app.config, "CLAIMS_EXPORT_QUEUE_OVER", 2)


def _csv(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def _run(db) -> ExportRun:
    db.session.expire_all()
    return db.session.scalars(sa.select(ExportRun)).one()


def _queue(client, url: str) -> int:
    response = client.get(url)
    assert response.status_code == 302, response.get_data(as_text=True)[:1000]
    return int(response.headers["Location"].rstrip("/").rsplit("/", 1)[1])


def test_a_long_export_is_made_on_the_queue_and_its_file_is_the_one_the_request_would_make(
    login_as, five, db, queue_over, monkeypatch
):
    monkeypatch.setattr(queued, "CHUNK_BYTES", 100)  # several chunks, served in order
    client = login_as("lawyer")
    run_id = _queue(client, "/exports/file/claimants?format=csv")
    run = _run(db)
    assert (run.id, run.status, run.total, run.done, run.filename) == (
        run_id,
        ExportStatus.DONE,
        5,
        5,
        "claimants.csv",
    )
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ExportChunk)) > 2
    page = client.get(f"/exports/runs/{run_id}").get_data(as_text=True)
    assert "The file is ready: 5 rows." in page and 'http-equiv="refresh"' not in page
    download = client.get(f"/exports/runs/{run_id}/file")
    assert download.status_code == 200 and download.mimetype == "text/csv"
    assert download.headers["Content-Disposition"] == 'attachment; filename="claimants.csv"'
    queued_rows = _csv(download.get_data())
    monkeypatch.setitem(client.app.config, "CLAIMS_EXPORT_QUEUE_OVER", 5000)
    assert queued_rows == _csv(client.get("/exports/file/claimants?format=csv").get_data())
    assert [r[0] for r in queued_rows[1:]] == ["Q-01", "Q-02", "Q-03", "Q-04", "Q-05"]
    assert int(download.headers["Content-Length"]) == len(download.get_data())


def test_the_request_and_each_download_are_in_the_audit_trail(login_as, five, db, queue_over):
    client = login_as("lawyer")
    run_id = _queue(client, "/exports/file/claimants?format=csv&redacted=1")
    client.get(f"/exports/runs/{run_id}/file")
    client.get(f"/exports/runs/{run_id}/file")
    asked = db.session.scalars(sa.select(AuditEntry).where(AuditEntry.entity_type == "export")).one()
    assert asked.changes["queued"] == [None, True] and asked.changes["rows"] == [None, 5]
    assert asked.changes["redacted"] == [None, True]
    downloads = db.session.scalars(
        sa.select(AuditEntry).where(
            AuditEntry.entity_type == "export_runs",
            AuditEntry.action == "export",
            AuditEntry.entity_id == run_id,
        )
    ).all()
    assert [(d.user_id, d.changes["downloaded"][1]) for d in downloads] == [
        (client.user.id, "claimants-redacted.csv")
    ] * 2
    assert _run(db).downloads == 2


def test_a_queued_workbook_holds_the_rows_in_the_user_s_language(login_as, five, db, queue_over):
    client = login_as("lawyer", locale="th")
    run_id = _queue(client, "/exports/file/claimants?format=xlsx")
    page = client.get(f"/exports/runs/{run_id}").get_data(as_text=True)
    assert "ดาวน์โหลด" in page
    book = load_workbook(io.BytesIO(client.get(f"/exports/runs/{run_id}/file").get_data()))
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 6 and rows[1][0] == "Q-01"
    assert rows[0][0] == "นามแฝง"  # the header in Thai, as the Thai user's synchronous export has it


def test_the_whereabouts_rule_is_the_synchronous_export_s(login_as, make, five, db, queue_over):
    """An unassigned lawyer's queued export has the protected claimant's phone blank, as their own export."""
    from claims.models import Claimant

    first = db.session.scalars(sa.select(Claimant).where(Claimant.pseudonym == "Q-01")).one()
    first.protection_order = True
    db.session.commit()
    client = login_as("lawyer")
    run_id = _queue(client, "/exports/file/claimants?format=csv")
    data = client.get(f"/exports/runs/{run_id}/file").get_data().decode()
    assert "MARK-PHONE-1" not in data and "MARK-PHONE-2" in data


def test_below_the_setting_an_export_is_made_within_the_request(login_as, five, db):
    client = login_as("lawyer")
    response = client.get("/exports/file/claimants?format=csv")
    assert response.status_code == 200 and db.session.scalar(sa.select(sa.func.count(ExportRun.id))) == 0


def test_another_user_of_the_organisation_is_refused_an_admin_may_download_and_another_org_finds_nothing(
    login_as, make, five, db, queue_over
):
    owner = login_as("lawyer")
    run_id = _queue(owner, "/exports/file/claimants?format=csv")
    colleague = login_as("lawyer")
    assert colleague.get(f"/exports/runs/{run_id}").status_code == 403
    assert colleague.get(f"/exports/runs/{run_id}/file").status_code == 403
    admin = login_as("admin")
    assert admin.get(f"/exports/runs/{run_id}/file").status_code == 200
    stranger = login_as("admin", org=make.org(name="Elsewhere"))
    assert stranger.get(f"/exports/runs/{run_id}").status_code == 404
    assert stranger.get(f"/exports/runs/{run_id}/file").status_code == 404
    assert colleague.get("/exports/runs/99999").status_code == 404
    # the colleague's refusals wrote nothing; the admin's download is audited
    who = db.session.scalars(
        sa.select(AuditEntry.user_id).where(AuditEntry.entity_type == "export_runs")
    ).all()
    assert client_ids(owner, admin) >= set(who) and admin.user.id in who


def client_ids(*clients) -> set[int]:
    return {c.user.id for c in clients}


def test_the_exports_page_lists_the_user_s_own_runs(login_as, five, db, queue_over):
    owner = login_as("lawyer")
    run_id = _queue(owner, "/exports/file/claimants?format=csv")
    assert f"/exports/runs/{run_id}" in owner.get("/exports/").get_data(as_text=True)
    assert f"/exports/runs/{run_id}" not in login_as("lawyer").get("/exports/").get_data(as_text=True)


def test_a_running_export_shows_its_progress_and_refreshes_itself(login_as, five, db):
    client = login_as("lawyer")
    run = _made_run(client.user, status=ExportStatus.RUNNING, total=5000)
    jobs.huey.put(queued.progress_key(run.id), (1200, time.time()))
    page = client.get(f"/exports/runs/{run.id}").get_data(as_text=True)
    assert "Writing row 1200 of 5000." in page
    assert 'http-equiv="refresh"' in page and f'href="/exports/runs/{run.id}"' in page
    assert client.get(f"/exports/runs/{run.id}/file").status_code == 404  # no file before it is done
    jobs.huey.get(queued.progress_key(run.id))


def _made_run(user, **values) -> ExportRun:
    base = {
        "created_by_id": user.id,
        "kind": "claimants",
        "format": "csv",
        "redacted": False,
        "filters": {},
        "locale": "en",
        "status": ExportStatus.QUEUED,
        "total": 5,
        "done": 0,
        "heartbeat_at": utcnow(),
    }
    return records.create(user, ExportRun, base | values)


def test_a_run_whose_worker_died_is_failed_with_its_reason(login_as, five, db):
    client = login_as("lawyer")
    run = _made_run(client.user, status=ExportStatus.RUNNING, heartbeat_at=utcnow() - timedelta(seconds=301))
    page = client.get(f"/exports/runs/{run.id}").get_data(as_text=True)
    assert "its worker gave no sign of life for 5 minutes" in page and 'http-equiv="refresh"' not in page
    assert _run(db).status == ExportStatus.FAILED


def test_a_failure_halfway_leaves_a_failed_run_with_a_message_and_no_file(
    login_as, five, db, queue_over, monkeypatch
):
    monkeypatch.setattr(queued, "PROGRESS_EVERY", 1)
    notes = []

    def put(key, value):  # the worker notes row 1, then breaks at row 2
        notes.append(value[0])
        if len(notes) == 2:
            raise OSError("disk full")

    monkeypatch.setattr(jobs.huey, "put", put)
    client = login_as("lawyer")
    run_id = _queue(client, "/exports/file/claimants?format=csv")
    run = _run(db)
    assert (run.status, run.error, run.filename) == (ExportStatus.FAILED, queued.FAILED, None)
    assert notes == [1, 2]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ExportChunk)) == 0
    page = client.get(f"/exports/runs/{run_id}").get_data(as_text=True)
    assert "The export stopped on an unexpected error: nothing was kept." in page
    assert client.get(f"/exports/runs/{run_id}/file").status_code == 404


def test_a_run_given_up_while_its_file_was_stored_keeps_no_chunk(login_as, five, db, monkeypatch):
    """The sweep failed the run (no heartbeat) while the worker copied its file: the worker drops what it
    stored and leaves the run failed."""
    client = login_as("lawyer")
    run = _made_run(client.user)
    monkeypatch.setattr(queued, "CHUNK_BYTES", 50)
    store = queued._store

    def store_then_given_up(run_id, spool):
        db.session.execute(
            sa.update(ExportRun)
            .where(ExportRun.id == run_id)
            .values(status=ExportStatus.FAILED, error="stalled")
        )
        db.session.commit()
        store(run_id, spool)

    monkeypatch.setattr(queued, "_store", store_then_given_up)
    queued.execute(run.id)
    assert (_run(db).status, _run(db).error) == (ExportStatus.FAILED, "stalled")
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ExportChunk)) == 0


@pytest.mark.parametrize("change", ["archived", "advisor"])
def test_a_user_who_may_no_longer_export_gets_a_failed_run_and_no_file(login_as, make, five, db, change):
    asker = login_as("lawyer")
    run = _made_run(asker.user)
    if change == "archived":
        asker.user.archived_at = utcnow()
    else:
        asker.user.role = "advisor"
    db.session.commit()
    queued.execute(run.id)
    run = _run(db)
    assert (run.status, run.error) == (ExportStatus.FAILED, queued.NO_ACCESS)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ExportChunk)) == 0
    page = login_as("admin").get(f"/exports/runs/{run.id}").get_data(as_text=True)
    assert "the user who asked for it may no longer export" in page


def test_a_file_expires_after_the_days_it_is_kept_and_the_run_stays(login_as, five, db, queue_over):
    client = login_as("lawyer")
    run_id = _queue(client, "/exports/file/claimants?format=csv")
    run = _run(db)
    assert run.expires_at - run.finished_at == timedelta(days=7)
    assert queued.sweep(now=run.expires_at - timedelta(seconds=1)) == {"failed": 0, "expired": 0}
    assert client.get(f"/exports/runs/{run_id}/file").status_code == 200
    assert queued.sweep(now=run.expires_at) == {"failed": 0, "expired": 1}
    run = _run(db)
    assert run.status == ExportStatus.EXPIRED and run.archived_at is None
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ExportChunk)) == 0
    assert client.get(f"/exports/runs/{run_id}/file").status_code == 404
    assert "has been deleted. Ask for the export again." in client.get(f"/exports/runs/{run_id}").get_data(
        as_text=True
    )


def test_the_sweep_command_settles_exports_too(app, login_as, five, db):
    client = login_as("lawyer")
    _made_run(client.user, status=ExportStatus.RUNNING, heartbeat_at=utcnow() - timedelta(hours=1))
    result = app.test_cli_runner().invoke(args=["documents", "sweep"])
    assert "1 export(s) marked failed, 0 export file(s) expired" in result.output, result.output


def test_past_the_synchronous_bound_an_export_is_queued_and_past_the_queue_s_bound_refused(
    login_as, five, db, monkeypatch
):
    from claims.services import exports

    client = login_as("lawyer")
    monkeypatch.setitem(exports.SYNC_ROWS, "xlsx", 4)
    assert client.get("/exports/file/claimants?format=xlsx").status_code == 302
    monkeypatch.setitem(exports.MAX_ROWS, "xlsx", 4)
    page = client.get("/exports/file/claimants?format=xlsx")
    assert page.status_code == 400
    assert "This export holds 5 rows; a workbook holds at most 4" in page.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(ExportRun.id))) == 1


def test_a_queued_run_waiting_past_the_limit_is_sent_again_not_failed(login_as, five, db):
    """It may be waiting behind a long run: the message goes to the queue again (the tests' queue runs it)."""
    client = login_as("lawyer")
    run = _made_run(client.user, heartbeat_at=utcnow() - timedelta(seconds=301))
    page = client.get(f"/exports/runs/{run.id}").get_data(as_text=True)
    assert (_run(db).status, _run(db).done) == (ExportStatus.DONE, 5)
    assert "The file is ready: 5 rows." in page


def test_a_queued_run_nobody_took_up_for_hours_fails_saying_so(login_as, five, db):
    client = login_as("lawyer")
    long_ago = utcnow() - queued.QUEUED_GIVE_UP - timedelta(minutes=1)
    run = _made_run(client.user, heartbeat_at=utcnow() - timedelta(seconds=301))
    db.session.execute(sa.update(ExportRun).where(ExportRun.id == run.id).values(created_at=long_ago))
    db.session.commit()
    page = client.get(f"/exports/runs/{run.id}").get_data(as_text=True)
    assert "No worker took up the run, so nothing was made." in page
    assert (_run(db).status, _run(db).error) == (ExportStatus.FAILED, queued.NO_WORKER)


def test_the_hearings_export_of_every_window_holds_every_hearing_and_a_long_one_is_queued(
    login_as, make, five, db, monkeypatch
):
    # "all" used to fall back to the fortnight: a file asked for as every hearing held the next 14 days only.
    today = datetime.combine(clock.today(), datetime.min.time())
    for days in (-400, 7, 200):
        make.hearing(five, starts_at=today + timedelta(days=days, hours=9))
    db.session.commit()
    client = login_as("lawyer")
    fortnight = _csv(client.get("/exports/file/hearings?format=csv&window=14").get_data())
    assert len(fortnight) == 2
    every = _csv(client.get("/exports/file/hearings?format=csv&window=all").get_data())
    assert [r[0][:10] for r in every[1:]] == [
        (today + timedelta(days=d)).date().isoformat() for d in (-400, 7, 200)
    ]
    monkeypatch.setitem(client.app.config, "CLAIMS_EXPORT_QUEUE_OVER", 2)
    run_id = _queue(client, "/exports/file/hearings?format=csv&window=all")
    run = _run(db)
    assert (run.id, run.status, run.total) == (run_id, ExportStatus.DONE, 3)
    assert _csv(client.get(f"/exports/runs/{run_id}/file").get_data()) == every
