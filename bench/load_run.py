"""A bounded load run: gunicorn (4 workers) and PostgreSQL on 127.0.0.1, the demo data, 50 users mixing reads with
edits of the same few records for 3 minutes, and faults in the middle of it.

    .venv/bin/python bench/load_run.py                      # 50 users, 180 s, a gunicorn worker killed mid-run
    .venv/bin/python bench/load_run.py --restart-postgres   # and PostgreSQL restarted (root; CI does this)
    .venv/bin/python bench/load_run.py --users 10 --seconds 30

Every edit reads the claimant's form, appends a token of its own to the notes and posts it back with the version it
read; a conflict ("changed by someone else") reads again and retries. At the end every acknowledged token must be
in the database (no lost update), each hot claimant's version must have moved once per update audited (no write
without its audit entry, or the other way round), no response outside a fault may be a 5xx, and a group document
run started before the faults must have ended (made, or failed with its reason) rather than hang. It prints
throughput and latency beside a floor measured in the same run: the same users fetching a static file, which
gunicorn serves without the app's database work.

Traffic goes to 127.0.0.1 only; the run stops by itself; it makes and drops its own database and stops only the
gunicorn it started, by its process group. Exit status 0 when every check holds.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = os.environ.get(
    "CLAIMS_TEST_POSTGRES_ADMIN", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
PASSWORD = "demo-password"
ACCOUNTS = ("lawyer@demo.example", "paralegal@demo.example", "admin@demo.example")
HOT = ("BP-02", "BP-03", "BP-05", "BP-42", "PC-01")  # the records every user edits at once
READS = ("/", "/cases/", "/claimants/?q=BP", "/calendar/?view=week", "/reminders/", "/hearings/")


# ----------------------------------------------------------------------------------------------- HTML forms


class _FormParser(HTMLParser):
    """The fields a browser would post for each form of a page (checked boxes, selected options, text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._select: tuple[str, bool] | None = None
        self._textarea: str | None = None
        self._first_option: str | None = None
        self._chosen = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "method": a.get("method", "get"), "fields": []})
        if not self.forms:
            return
        fields = self.forms[-1]["fields"]
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button", "file"):
                fields.append((a["name"], a.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and a.get("name"):
            self._select = (a["name"], "multiple" in a)
            self._first_option, self._chosen = None, False
        elif tag == "option" and self._select:
            value = a.get("value", "")
            if self._first_option is None:
                self._first_option = value
            if "selected" in a:
                fields.append((self._select[0], value))
                self._chosen = True
        elif tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            fields.append((a["name"], ""))

    def handle_endtag(self, tag):
        if tag == "select" and self._select:
            if not self._chosen and not self._select[1] and self._first_option is not None:
                self.forms[-1]["fields"].append((self._select[0], self._first_option))
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea and self.forms:
            name, text = self.forms[-1]["fields"][-1]
            self.forms[-1]["fields"][-1] = (name, text + data)


def forms_of(html: str) -> list[dict]:
    parser = _FormParser()
    parser.feed(html)
    return parser.forms


def post_form(fields: list[tuple[str, str]], **changes) -> list[tuple[str, str]]:
    kept = [(k, v) for k, v in fields if k not in changes]
    return kept + list(changes.items())


# ----------------------------------------------------------------------------------------------- the run


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    server_errors: list[tuple[float, str, int]] = field(default_factory=list)
    dropped: list[tuple[float, str, str]] = field(default_factory=list)
    acked: dict[str, list[str]] = field(default_factory=dict)
    conflicts: int = 0
    unconfirmed: int = 0
    started: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def restart(self) -> None:
        """Count from now: the logins while gunicorn starts its workers are not the run."""
        with self.lock:
            self.latencies.clear()
            self.floor.clear()
            self.server_errors.clear()
            self.dropped.clear()
            self.started = time.monotonic()


class User:
    def __init__(self, base: str, email: str, tally: Tally):
        self.base, self.email, self.tally = base, email, tally
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoRedirect()
        )

    def request(self, path: str, data: list[tuple[str, str]] | None = None, *, floor: bool = False):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        began = time.perf_counter()
        try:
            with self.opener.open(self.base + path, data=body, timeout=60) as response:
                status, text, location = response.status, response.read().decode(), None
        except urllib.error.HTTPError as exc:
            status, text, location = (
                exc.code,
                exc.read().decode(errors="replace"),
                exc.headers.get("Location"),
            )
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
            with self.tally.lock:
                self.tally.dropped.append((time.monotonic() - self.tally.started, path, type(exc).__name__))
            return None, "", None
        elapsed = time.perf_counter() - began
        with self.tally.lock:
            (self.tally.floor if floor else self.tally.latencies).append(elapsed)
            if status >= 500:
                self.tally.server_errors.append((time.monotonic() - self.tally.started, path, status))
        return status, text, location

    def login(self) -> bool:
        for _ in range(30):  # the server may still be starting its workers
            status, page, _ = self.request("/login")
            if status == 200:
                form = next(f for f in forms_of(page) if "password" in dict(f["fields"]))
                data = post_form(form["fields"], email=self.email, password=PASSWORD)
                status, _, _ = self.request("/login", data)
                if status == 302:
                    return True
            time.sleep(1)
        return False

    def edit(self, claimant_id: int, pseudonym: str, token: str) -> None:
        for _ in range(20):
            status, page, _ = self.request(f"/claimants/{claimant_id}/edit")
            if status != 200:
                return
            form = next(
                f for f in forms_of(page) if f["method"].lower() == "post" and "version" in dict(f["fields"])
            )
            notes = dict(form["fields"]).get("notes", "")
            status, _, _ = self.request(
                f"/claimants/{claimant_id}/edit",
                post_form(form["fields"], notes=(notes + " " + token).strip()),
            )
            if status == 302:
                with self.tally.lock:
                    self.tally.acked.setdefault(pseudonym, []).append(token)
                return
            if status == 200:  # refused as stale: someone saved first; read again
                with self.tally.lock:
                    self.tally.conflicts += 1
                continue
            with (
                self.tally.lock
            ):  # no answer (a fault): the edit may or may not be in; not counted either way
                self.tally.unconfirmed += 1
            return


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _hot_rows(conn) -> list:
    """(id, pseudonym, notes, version) of the claimants every user edits."""
    query = sa.text("SELECT id, pseudonym, notes, version FROM claimants WHERE pseudonym IN :p")
    return conn.execute(query.bindparams(sa.bindparam("p", expanding=True)), {"p": list(HOT)}).all()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _postgres_cluster() -> tuple[str, str] | None:
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    return (versions[-1], "main") if versions and shutil.which("pg_ctlcluster") else None


def _wait_for_postgres(limit: float = 60) -> float:
    began = time.monotonic()
    while time.monotonic() - began < limit:
        if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q"]).returncode == 0:
            return time.monotonic() - began
        time.sleep(0.2)
    raise SystemExit("PostgreSQL did not come back within a minute")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=180)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument(
        "--restart-postgres", action="store_true", help="restart the PostgreSQL server mid-run"
    )
    parser.add_argument("--no-kill", action="store_true", help="do not kill a gunicorn worker mid-run")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="claims-load-"))
    name = f"claims_load_{os.getpid()}"
    # pre_ping: the restart of PostgreSQL mid-run ends this engine's pooled connection too.
    admin = sa.create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": "load-run",
        "CLAIMS_QUEUE_URL": f"sqlite:///{work / 'queue.sqlite'}",
        "CLAIMS_EMBEDDED_WORKER": "1",
        "CLAIMS_JOB_STALE_AFTER": "20",
        "CLAIMS_DEFAULT_LOCALE": "en",
    }
    env.pop("CLAIMS_TEST_TODAY", None)
    server = None
    try:
        setup = subprocess.run(
            [sys.executable, "-m", "flask", "--app", "wsgi", "setup"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if setup.returncode:
            raise SystemExit("flask setup failed:\n" + setup.stdout + setup.stderr)
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            start = _hot_rows(conn)
            hot = {pseudonym: claimant_id for claimant_id, pseudonym, _notes, _version in start}
            before = {pseudonym: version for _id, pseudonym, _notes, version in start}
            lc01 = conn.scalar(sa.text("SELECT id FROM cases WHERE reference = 'LC-01'"))
        engine.dispose()

        port = _free_port()
        command = [
            sys.executable, "-m", "gunicorn", "-c", "python:claims.gunicorn_conf",
            "-w", str(args.workers), "--threads", "2", "-b", f"127.0.0.1:{port}", "--timeout", "60", "wsgi:app",
        ]  # fmt: skip
        if (
            "--no-control-socket"
            in subprocess.run(
                [sys.executable, "-m", "gunicorn", "--help"], capture_output=True, text=True
            ).stdout
        ):
            command.append("--no-control-socket")
        log = (work / "gunicorn.log").open("w")
        server = subprocess.Popen(command, cwd=work, env={**env, "PYTHONPATH": str(ROOT)}, stdout=log, stderr=log,
                                  start_new_session=True)  # fmt: skip
        base = f"http://127.0.0.1:{port}"

        tally = Tally()
        users = [User(base, ACCOUNTS[n % len(ACCOUNTS)], tally) for n in range(args.users)]
        if not all(user.login() for user in users):
            raise SystemExit("a user could not log in: see " + str(work / "gunicorn.log"))
        tally.restart()
        started = tally.started

        # A group run in flight when the faults come: 43 calculation annexes of LC-01.
        status, page, _ = users[0].request(f"/documents/case/{lc01}")
        form = next(f for f in forms_of(page) if "template" in dict(f["fields"]))
        status, _, job_location = users[0].request(
            f"/documents/case/{lc01}",
            post_form(
                form["fields"],
                template="calculation_annex.en",
                scope="claimant",
                claimant="all",
                file_format="docx",
            ),
        )
        if status != 302 or not job_location:
            raise SystemExit(f"the group run was not queued (status {status})")
        job_path = urllib.parse.urlsplit(job_location).path

        faults: list[tuple[float, float, str]] = []
        stop = threading.Event()
        counter = iter(range(10**9))
        counter_lock = threading.Lock()

        def work_as(user: User, seed: int) -> None:
            rng = random.Random(seed)
            while not stop.is_set():
                roll = rng.random()
                if roll < 0.3:
                    pseudonym = rng.choice(HOT)
                    with counter_lock:
                        token = f"T{next(counter)}"
                    user.edit(hot[pseudonym], pseudonym, token)
                elif roll < 0.4:
                    user.request("/static/app.css", floor=True)
                else:
                    path = rng.choice(
                        (*READS, f"/cases/{lc01}", f"/claimants/{rng.choice(list(hot.values()))}")
                    )
                    user.request(path)

        threads = [threading.Thread(target=work_as, args=(u, n), daemon=True) for n, u in enumerate(users)]
        for thread in threads:
            thread.start()
        cluster = _postgres_cluster()
        if not args.no_kill:
            time.sleep(args.seconds / 3)
            workers = subprocess.run(
                ["pgrep", "-P", str(server.pid)], capture_output=True, text=True
            ).stdout.split()
            victim = int(random.Random(1).choice(workers))
            at = time.monotonic() - started
            os.kill(victim, signal.SIGKILL)
            faults.append((at, at + 5, f"gunicorn worker {victim} killed (SIGKILL)"))
        if args.restart_postgres:
            if cluster is None:
                raise SystemExit("--restart-postgres: no pg_ctlcluster here")
            time.sleep(max(0, args.seconds * 2 / 3 - (time.monotonic() - started)))
            at = time.monotonic() - started
            subprocess.run(["pg_ctlcluster", *cluster, "restart"], check=True, capture_output=True)
            back = _wait_for_postgres()
            faults.append((at, time.monotonic() - started + 2, f"PostgreSQL restarted (down {back:.1f} s)"))
        time.sleep(max(0, args.seconds - (time.monotonic() - started)))
        stop.set()
        for thread in threads:
            thread.join(timeout=90)
        elapsed = time.monotonic() - started

        # The group run: made, or failed with its reason, within the stale limit; never left running.
        run_status = "running"
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            status, page, _ = users[0].request(job_path)
            if status == 200 and 'http-equiv="refresh"' not in page:
                run_status = "ready" if "documents are ready" in page else "failed (reason shown)"
                break
            time.sleep(2)

        engine = sa.create_engine(url)
        with engine.connect() as conn:
            rows = _hot_rows(conn)
            audited = dict(
                conn.execute(
                    sa.text(
                        "SELECT entity_id, count(*) FROM audit_entries WHERE entity_type = 'claimants' "
                        "AND action = 'update' AND entity_id IN :ids GROUP BY entity_id"
                    ).bindparams(sa.bindparam("ids", expanding=True)),
                    {"ids": list(hot.values())},
                ).all()
            )
        engine.dispose()
        lost = {
            pseudonym: sorted(set(tally.acked.get(pseudonym, [])) - set((notes or "").split()))
            for _id, pseudonym, notes, _v in rows
        }
        half_written = {
            pseudonym: (version - before[pseudonym], audited.get(claimant_id, 0))
            for claimant_id, pseudonym, _notes, version in rows
            if version - before[pseudonym] != audited.get(claimant_id, 0)
        }

        def in_fault(moment: float) -> bool:
            return any(start <= moment <= end for start, end, _ in faults)

        errors_outside = [e for e in tally.server_errors if not in_fault(e[0])]
        # During a fault the database may be away: the app must say 503 ("try again"), never fail with a 500.
        internal = [e for e in tally.server_errors if e[2] == 500]
        dropped_outside = [d for d in tally.dropped if not in_fault(d[0])]
        lat = sorted(tally.latencies)
        flo = sorted(tally.floor)

        def pct(values, p):
            return values[min(len(values) - 1, int(len(values) * p))] * 1000 if values else float("nan")

        acked = sum(len(v) for v in tally.acked.values())
        print(f"load run: {args.users} users, {elapsed:.0f} s, gunicorn {args.workers} workers x 2 threads, "
              f"PostgreSQL on 127.0.0.1, the demo data")  # fmt: skip
        print(f"{'':28} {'requests':>9} {'per s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
        print(f"{'app pages and edits':28} {len(lat):>9} {len(lat) / elapsed:>7.1f} {pct(lat, .5):>8.1f} "
              f"{pct(lat, .95):>8.1f} {pct(lat, .99):>8.1f}")  # fmt: skip
        print(f"{'floor: a static file':28} {len(flo):>9} {len(flo) / elapsed:>7.1f} {pct(flo, .5):>8.1f} "
              f"{pct(flo, .95):>8.1f} {pct(flo, .99):>8.1f}")  # fmt: skip
        if lat and flo:
            print(f"ratio to the floor: p50 {statistics.median(lat) / statistics.median(flo):.1f}x")
        for start, _end, what in faults:
            print(f"fault at {start:.0f} s: {what}")
        print(f"edits acknowledged {acked}, refused as stale and retried {tally.conflicts}, "
              f"unanswered during a fault {tally.unconfirmed}")  # fmt: skip
        print(f"5xx outside faults {len(errors_outside)}, during faults "
              f"{len(tally.server_errors) - len(errors_outside)} (of which 500: {len(internal)}); connections "
              f"dropped outside faults {len(dropped_outside)}, during faults "
              f"{len(tally.dropped) - len(dropped_outside)}")  # fmt: skip
        print(f"lost updates {sum(len(v) for v in lost.values())}; versions without their audit entry "
              f"{len(half_written)}; group run: {run_status}")  # fmt: skip
        failures = []
        if errors_outside:
            failures.append(f"5xx outside faults: {errors_outside[:5]}")
        if internal:
            failures.append(f"500 responses (the database being away must be a 503): {internal[:5]}")
        if dropped_outside:
            failures.append(f"connections dropped outside faults: {dropped_outside[:5]}")
        if any(lost.values()):
            failures.append(f"lost updates: { {k: v[:5] for k, v in lost.items() if v} }")
        if half_written:
            failures.append(f"version moves without audit entries (moves, audits): {half_written}")
        if run_status == "running":
            failures.append("the group run is still running after the faults")
        if acked == 0:
            failures.append("no edit was acknowledged: the run tested nothing")
        for failure in failures:
            print("FAILED:", failure)
        print("load run passed" if not failures else f"load run FAILED (logs in {work})")
        return 1 if failures else 0
    finally:
        if server is not None:
            try:
                os.killpg(server.pid, signal.SIGTERM)
                server.wait(timeout=30)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(server.pid, signal.SIGKILL)
        _wait_for_postgres()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
