"""The test run's own PostgreSQL schemas: none made for nothing, none left behind, whatever way a run ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import postgres, system

ROOT = Path(__file__).resolve().parent.parent


def test_only_the_databases_of_dead_runs_are_stale(monkeypatch):
    monkeypatch.setattr(postgres, "_alive", lambda pid: pid == 4242)
    names = [
        "claims_test_4242",  # a run still going
        "claims_test_5151",  # killed
        "claims_test_5151_migrations",  # killed, with its second database
        f"claims_test_{os.getpid()}",  # this run
        "claims_production",
        "claims_test_manual",  # a name a developer chose: never ours to drop
        "test",
    ]
    assert postgres.stale_databases(names) == ["claims_test_5151", "claims_test_5151_migrations"]


@pytest.fixture
def server():
    ok, reason = postgres.reachable()
    if not ok:
        system.missing(reason)


def _databases_of(pid: int) -> list[str]:
    return postgres.leftovers(pid)


def _pytest(*args: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "CLAIMS_TEST_POSTGRES_DB"))}
    env.pop("CI", None)  # the child may skip what it likes; only its databases matter here
    return subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-n0", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_collecting_makes_no_database(server):
    child = _pytest("--collect-only", "tests/web/test_auth.py")
    child.communicate(timeout=120)
    assert child.returncode == 0
    assert _databases_of(child.pid) == []


def test_a_finished_run_drops_its_database(server):
    child = _pytest("tests/web/test_auth.py", "-k", "postgresql and wrong_password")
    output, _ = child.communicate(timeout=300)
    assert child.returncode == 0, output
    assert "1 passed" in output
    assert _databases_of(child.pid) == []


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_an_interrupted_run_drops_its_database(server, stop):
    child = _pytest("tests/web/test_auth.py", "-k", "postgresql")
    deadline = time.monotonic() + 120
    while not _databases_of(child.pid):
        assert child.poll() is None and time.monotonic() < deadline, (
            "the run ended before making its database"
        )
        time.sleep(0.05)
    child.send_signal(stop)
    child.communicate(timeout=120)
    assert _databases_of(child.pid) == []
