"""The set-up past one machine, run for real on this one: PostgreSQL, Redis, gunicorn with several workers and
``huey_consumer`` apart, as deploy/compose.yaml and the systemd units in deploy/systemd run them.

    .venv/bin/python deploy/smoke_run.py                       # 3 web workers, 2 worker threads
    .venv/bin/python deploy/smoke_run.py --workers 4 --redis redis://127.0.0.1:6379/0

It makes a database of its own on the PostgreSQL at 127.0.0.1:5432 (``CLAIMS_TEST_POSTGRES_ADMIN``), loads the
demo with ``flask setup``, starts huey_consumer (the only worker: ``CLAIMS_EMBEDDED_WORKER=0``) and gunicorn on a
free port, each in its own process group, logs in as the demo lawyer through the web, starts group runs on the
demo's group case LC-01 (43 claimants), and waits for them. It checks that each run was made by huey_consumer (not a web worker), that
the zip downloaded through the web holds every document, that each document is recorded against its run, that
requests were answered by more than one gunicorn worker, and that the Redis queue is left empty. At the end it
stops only the processes it started (by their process groups), deletes its queue's keys and drops its database.
Exit status 0 when every check holds.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import zipfile
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load_run import ADMIN_URL, Tally, User, _free_port, forms_of, post_form  # noqa: E402

RUNS = (("calculation_annex.en", "claimant"), ("labour_complaint.th", "claimant"))


def _start(command: list[str], env: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped as a whole, and nothing else with it
    )


def _stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _forget_queue(url: str, name: str) -> int:
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=f"huey.*.{name}*"))
    left = client.llen(f"huey.redis.{name}")
    if keys:
        client.delete(*keys)
    client.close()
    return left


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=2, help="huey_consumer worker threads")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--case", default="LC-01", help="the demo's group case to make documents for")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="claims-smoke-"))
    name = f"claims_smoke_{os.getpid()}"
    queue_name = f"claims-smoke-{os.getpid()}"
    admin = sa.create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": url,
        "SECRET_KEY": secrets.token_hex(32),
        "CLAIMS_QUEUE_URL": args.redis,
        "CLAIMS_QUEUE_NAME": queue_name,
        "CLAIMS_EMBEDDED_WORKER": "0",
        "CLAIMS_DEFAULT_LOCALE": "en",
    }
    env.pop("CLAIMS_TEST_TODAY", None)
    print(f"logs: {work}\ndatabase: {name}; queue: {args.redis} as {queue_name!r}")
    web = worker = None
    failures: list[str] = []
    try:
        began = time.monotonic()
        setup = subprocess.run(
            [sys.executable, "-m", "flask", "--app", "wsgi", "setup"], cwd=ROOT, env=env, capture_output=True
        )
        if setup.returncode:
            raise SystemExit("flask setup failed:\n" + setup.stdout.decode() + setup.stderr.decode())
        print(f"flask setup (migrations, demo data): {time.monotonic() - began:.1f} s")

        consumer = [sys.executable, "-m", "huey.bin.huey_consumer", "claims.worker.huey"]
        worker = _start([*consumer, "-w", str(args.threads), "-k", "thread"], env, work / "worker.log")
        port = _free_port()
        gunicorn = [sys.executable, "-m", "gunicorn", "-c", "python:claims.gunicorn_conf"]
        gunicorn += ["-w", str(args.workers), "-b", f"127.0.0.1:{port}", "--timeout", "60"]
        gunicorn += ["--access-logformat", 'pid=%(p)s "%(r)s" %(s)s', "wsgi:app"]  # which worker answered
        web = _start(gunicorn, env, work / "web.log")
        print(f"gunicorn: {args.workers} workers on 127.0.0.1:{port} (pgid {web.pid}); huey_consumer: "
              f"{args.threads} threads (pgid {worker.pid})")  # fmt: skip

        lawyer = User(f"http://127.0.0.1:{port}", "lawyer@demo.example", Tally())
        if not lawyer.login():
            raise SystemExit(f"the demo lawyer could not log in: see {work / 'web.log'}")
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            case_id, reference, claimants = conn.execute(
                sa.text(
                    "SELECT c.id, c.reference, count(*) FROM cases c JOIN case_claimants cc ON cc.case_id = c.id "
                    "WHERE c.reference = :r GROUP BY c.id, c.reference"
                ),
                {"r": args.case},
            ).one()
        print(f"group case {reference}: {claimants} claimants")

        jobs = []
        for template, scope in RUNS:
            status, page, _ = lawyer.request(f"/documents/case/{case_id}")
            form = next(f for f in forms_of(page) if "template" in dict(f["fields"]))
            fields = post_form(
                form["fields"], template=template, scope=scope, claimant="all", file_format="docx"
            )
            status, page, location = lawyer.request(f"/documents/case/{case_id}", fields)
            if status != 302 or not location:
                (work / f"refused-{template}.html").write_text(page)
                failures.append(
                    f"{template}: the run was not queued (status {status}): see refused-{template}.html"
                )
                continue
            jobs.append((template, urllib.parse.urlsplit(location).path, time.monotonic()))
            print(f"queued {template} for every claimant: {location}")

        for template, path, queued in jobs:
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline:
                status, page, _ = lawyer.request(path)
                if status == 200 and 'http-equiv="refresh"' not in page:
                    break
                time.sleep(0.5)
            took = time.monotonic() - queued
            with lawyer.opener.open(lawyer.base + path + "/download", timeout=60) as response:
                data = response.read()
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
                whole = all(archive.read(n)[:2] == b"PK" for n in names)
            job_id = int(path.rstrip("/").rsplit("/", 1)[1])
            with engine.connect() as conn:
                recorded = conn.scalar(
                    sa.text("SELECT count(*) FROM generated_documents WHERE job_id = :j"), {"j": job_id}
                )
                state = conn.execute(
                    sa.text("SELECT status, done, total FROM document_jobs WHERE id = :j"), {"j": job_id}
                ).one()
            print(f"{template}: {state[0]} {state[1]}/{state[2]} in {took:.1f} s after queuing; zip "
                  f"{len(data) / 1e6:.2f} MB with {len(names)} documents; {recorded} recorded")  # fmt: skip
            if not (len(names) == recorded == state[2] == claimants and whole and state[0] == "done"):
                failures.append(f"{template}: run {job_id} {state}, {len(names)} files, {recorded} records")
        engine.dispose()

        worker_log = (work / "worker.log").read_text()
        ran = len(re.findall(r"Executing claims\.jobs\.documents\.run_job", worker_log))
        print(f"huey_consumer executed {ran} run(s)")
        if ran != len(jobs):
            failures.append(f"huey_consumer executed {ran} runs, not {len(jobs)}")
        _stop(web)
        web_log = (work / "web.log").read_text()
        booted = set(re.findall(r"Booting worker with pid: (\d+)", web_log))
        answered = set(re.findall(r"pid=<(\d+)>", web_log))
        print(f"gunicorn booted {len(booted)} workers, {len(answered)} of them answered requests; the web log has "
              f"{web_log.count('Executing')} task executions (must be 0)")  # fmt: skip
        if len(booted) != args.workers or len(answered) < 2 or "Executing" in web_log:
            failures.append("gunicorn did not run as expected: see " + str(work / "web.log"))
    finally:
        _stop(web)
        _stop(worker)
        left = _forget_queue(args.redis, queue_name)
        if left:
            failures.append(f"{left} message(s) left in the queue")
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    for failure in failures:
        print("FAILED:", failure)
    print("every check held" if not failures else f"{len(failures)} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
