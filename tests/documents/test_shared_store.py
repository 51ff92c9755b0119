"""Generated files are shared by every machine of the app through its database: a group run's zip is kept with the
run (document_jobs.archive), and each document made is recorded with its template version and data and made again
from them, the same bytes. So a worker on one machine makes a run that a web server on another serves, and a
document made on one is made again on another, with nothing on a shared disk.

Each "machine" here is an app instance of its own (create_app with the same settings), as each gunicorn worker and
huey_consumer process makes one: its own engine and connections, nothing shared in memory with the others."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from docx import Document

from claims import create_app, jobs
from claims.models import DocumentJob, GeneratedDocument
from claims.models.enums import JobStatus
from tests.conftest import Client
from tests.documents.runs import case_with_annex
from tests.queues import KINDS, fresh_queue, job_status, thread_worker, use_queue, wait_for


@pytest.fixture
def another_machine(app, monkeypatch):
    """Another app instance on the same database and settings; its engine closed afterwards."""
    monkeypatch.setattr(
        jobs, "_app", jobs._app
    )  # create_app registers its app with the queue: put it back after
    made = []

    def start():
        keys = ("TESTING", "CLAIMS_ENV", "SECRET_KEY", "SQLALCHEMY_DATABASE_URI", "BABEL_DEFAULT_LOCALE")
        other = create_app({key: app.config[key] for key in keys} | {"SERVER_NAME": "localhost"})
        other.config["BACKEND"] = app.config["BACKEND"]
        made.append(other)
        return other

    yield start
    for other in made:
        with other.app_context():
            other.extensions["sqlalchemy"].engine.dispose()


def _form():
    return {
        "template": "calculation_annex.en",
        "scope": "claimant",
        "claimant": "all",
        "document_date": date(2024, 3, 1).isoformat(),
        "file_format": "docx",
    }


@pytest.mark.parametrize("kind", KINDS)
def test_a_run_made_by_the_worker_machine_is_served_by_another_web_machine(
    kind, app, db, make, tmp_path, monkeypatch, another_machine
):
    lawyer, case = case_with_annex(db, make, prefix="S", claimants=3)
    worker_machine, second_web = another_machine(), another_machine()
    first = Client(app).login(lawyer)
    with fresh_queue(kind, tmp_path) as (queue, _url, _name):
        use_queue(monkeypatch, worker_machine, queue)
        response = first.post(f"/documents/case/{case.id}", data=_form())
        assert response.status_code == 302
        job_id = int(response.headers["Location"].rsplit("/", 1)[1])
        with thread_worker(queue):
            assert wait_for(db, job_status(job_id), lambda s: s == JobStatus.DONE) == JobStatus.DONE

    # The second web machine accepts the session the first one signed (the same SECRET_KEY on every machine) and
    # serves the zip the worker machine made.
    second = Client(second_web)
    second.raw.set_cookie("session", first.raw.get_cookie("session").value, domain="localhost")
    page = second.get(f"/documents/jobs/{job_id}").get_data(as_text=True)
    assert "3 documents are ready" in page
    download = second.get(f"/documents/jobs/{job_id}/download")
    assert download.status_code == 200
    assert download.data == db.session.get(DocumentJob, job_id).archive
    with zipfile.ZipFile(io.BytesIO(download.data)) as archive:
        texts = sorted(Document(io.BytesIO(archive.read(n))).paragraphs[0].text for n in archive.namelist())
    assert texts == [f"S-{n}: THB 19,347.95" for n in (1, 2, 3)]


def test_a_document_made_on_one_web_machine_is_made_again_identical_on_another(
    app, db, make, another_machine
):
    lawyer, case = case_with_annex(db, make, prefix="D", claimants=1)
    first = Client(app).login(lawyer)
    claimant_id = case.claimant_links[0].claimant_id
    made = first.post(f"/documents/case/{case.id}", data=_form() | {"claimant": str(claimant_id)})
    assert made.status_code == 200, made.get_data(as_text=True)[:1000]
    record = db.session.scalars(sa.select(GeneratedDocument)).one()
    assert record.sha256 == hashlib.sha256(made.data).hexdigest()
    second = Client(another_machine()).login(lawyer)
    again = second.get(f"/documents/made/{record.id}/download")
    assert again.status_code == 200
    assert again.data == made.data


def test_documents_written_to_a_folder_appear_whole_under_their_names(app, db, make, tmp_path, monkeypatch):
    # `flask documents generate --out` may write to a share other machines read: each file is written aside and
    # renamed into place, so a reader finds it whole or not at all.
    import os

    from claims.cli import documents as cli

    case_with_annex(db, make, prefix="F", claimants=2, reference="LC-FILES")
    renamed = []
    real_replace = os.replace

    def watched(source, target):
        renamed.append((Path(target).name, Path(target).exists(), zipfile.is_zipfile(source)))
        real_replace(source, target)

    monkeypatch.setattr(cli.os, "replace", watched)
    out = tmp_path / "share"
    result = app.test_cli_runner().invoke(
        args=["documents", "generate", "--case", "LC-FILES", "--template", "calculation_annex.en"]
        + ["--out", str(out), "--date", "2024-03-01"]
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"LC-FILES_calculation_annex_F-{n}_en_2024-03-01.docx" for n in (1, 2)]
    assert sorted(renamed) == [(name, False, True) for name in names]
