"""A group list of 5,000 claimants (with one employment period and a pay record each, for a case) imported end
to end: reading the .xlsx, checking every row with the forms, matching, the preview record, and the commit in one
transaction with every record audited and every calculation computed. Prints each phase's time.

    .venv/bin/python bench/bench_imports.py [--rows 5000] [--claim-rows 500] [--database-url ...]

The commit runs here in this process (the queue's ``immediate`` mode), as the worker would. Not a test: it prints.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CLAIMS_QUEUE_URL", "immediate")

from claims import create_app  # noqa: E402
from claims.extensions import db  # noqa: E402
from claims.models import Claimant, ImportRun  # noqa: E402
from tests.factories import Factory  # noqa: E402


def workbook(rows: int, claim_rows: int) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    people = book.active
    people.title = "Claimants"
    people.append(
        ["External id", "Pseudonym", "Legal name", "Date of birth", "Nationality", "Document number"]
    )
    for n in range(rows):
        people.append([f"E-{n}", f"G-{n:05d}", f"Person {n}", "01/01/2530", "MM", f"P{n:07d}"])
    work = book.create_sheet("Employment")
    work.append(
        [
            "External id",
            "Employer",
            "First day worked",
            "Last day worked",
            "Paid",
            "Contract rate",
            "Currency",
            "Workplace country",
            "Province (minimum wage)",
        ]
    )
    pay = book.create_sheet("Pay records")
    pay.append(["External id", "From", "To", "Every month", "Days worked"])
    for n in range(claim_rows):
        work.append([f"E-{n}", "Farm", "01/01/2568", "30/06/2568", "monthly", "9000", "THB", "th", "bangkok"])
        pay.append([f"E-{n}", "01/01/2568", "30/06/2568", "yes", "26"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--claim-rows", type=int, default=500)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    url = args.database_url or "sqlite:///" + str(Path(tempfile.mkdtemp()) / "bench.sqlite")
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url,
            "SECRET_KEY": "bench",
            "TESTING": True,
            "WTF_CSRF_ENABLED": False,
            "BABEL_DEFAULT_LOCALE": "en",
            "SERVER_NAME": "localhost",
        }
    )
    data = workbook(args.rows, args.claim_rows)
    with app.app_context():
        db.create_all()
        make = Factory(db.session)
        user = make.user(role="paralegal")
        case = make.case()
        db.session.commit()
        user_id, case_id = user.id, case.id
    from flask_login.utils import _create_identifier

    client = app.test_client()
    environ = {"REMOTE_ADDR": "127.0.0.1", "HTTP_USER_AGENT": "bench"}
    client.environ_base.update(environ)
    with app.test_request_context("/", environ_base=environ):
        identifier = _create_identifier()
    with client.session_transaction() as session:
        session.update({"_user_id": str(user_id), "_fresh": True, "_id": identifier, "_sv": 0})
    print(
        f"{args.rows} claimants, {args.claim_rows} with claim data ({len(data) // 1024} KiB), {url.split(':')[0]}"
    )
    started = time.perf_counter()
    response = client.post(
        "/imports/",
        data={"file": (io.BytesIO(data), "group.xlsx"), "case_id": str(case_id)},
        content_type="multipart/form-data",
    )
    previewed = time.perf_counter()
    assert response.status_code == 302, response.status_code
    run_id = int(response.headers["Location"].rstrip("/").rsplit("/", 1)[1])
    client.post(f"/imports/{run_id}/commit")
    committed = time.perf_counter()
    with app.app_context():
        run = db.session.get(ImportRun, run_id)
        assert run.status.value == "committed", (run.status, run.error)
        assert db.session.query(Claimant).count() == args.rows
        calculations = run.summary["calculations"]
    print(f"upload + read + check + preview: {previewed - started:6.1f} s")
    print(f"commit (one transaction):        {committed - previewed:6.1f} s")
    print(f"calculations written:            {calculations}")


if __name__ == "__main__":
    main()
