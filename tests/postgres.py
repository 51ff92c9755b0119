"""The PostgreSQL databases of a test run: made only when a test needs one, dropped on every way out.

Each process of a run (the main one, or each pytest-xdist worker) has its own databases, named
``claims_test_<pid>`` and ``claims_test_<pid>_<purpose>``, so concurrent runs on one server (two terminals, CI beside
a developer) never truncate each other's tables. A database is created the first time a test asks for it (so
``--collect-only``, or a run of pure tests, creates none) and dropped when the fixture ends, at interpreter exit
(an interrupted run), and on SIGTERM. A run killed outright (SIGKILL, a power cut) cannot clean up after itself:
the next run on the machine sweeps every database whose process is gone.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import signal

import sqlalchemy as sa

ADMIN_URL = os.environ.get(
    "CLAIMS_TEST_POSTGRES_ADMIN", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
PREFIX = "claims_test_"
# A fixed name (for a developer who wants to inspect it) is never swept: only names this module makes are.
FIXED_NAME = os.environ.get("CLAIMS_TEST_POSTGRES_DB")
_OURS = re.compile(rf"^{PREFIX}(\d+)(?:_[a-z0-9_]+)?$")

_created: set[str] = set()


def _admin_engine() -> sa.Engine:
    return sa.create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})


def reachable() -> tuple[bool, str]:
    """Whether the server answers, and if not why; creates nothing."""
    try:
        engine = _admin_engine()
        with engine.connect() as conn:
            conn.scalar(sa.text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure to reach the server means the leg cannot run
        return (
            False,
            f"PostgreSQL not reachable at {ADMIN_URL}: {type(exc).__name__}: {str(exc).splitlines()[0]}",
        )
    return True, ""


def database_name(purpose: str = "") -> str:
    if FIXED_NAME and not purpose:
        return FIXED_NAME
    base = FIXED_NAME or f"{PREFIX}{os.getpid()}"
    return f"{base}_{purpose}" if purpose else base


def url_of(name: str) -> str:
    return ADMIN_URL.rsplit("/", 1)[0] + "/" + name


def create(name: str) -> str:
    """A new, empty database (an old one of the same name is dropped first); returns its URL."""
    _install_exit_handlers()
    drop(name)
    engine = _admin_engine()
    with engine.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    _created.add(name)
    return url_of(name)


def drop(name: str) -> None:
    engine = _admin_engine()
    with engine.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()
    _created.discard(name)


def drop_all_created() -> None:
    for name in list(_created):
        with contextlib.suppress(Exception):  # the server may be gone: the next run's sweep drops it
            drop(name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def stale_databases(names: list[str]) -> list[str]:
    """The test databases among ``names`` whose process no longer runs."""
    stale = []
    for name in names:
        match = _OURS.match(name)
        if match and int(match.group(1)) != os.getpid() and not _alive(int(match.group(1))):
            stale.append(name)
    return stale


def sweep_stale() -> list[str]:
    """Drop the test databases left by runs that were killed; returns their names."""
    engine = _admin_engine()
    with engine.connect() as conn:
        names = list(
            conn.scalars(sa.text("SELECT datname FROM pg_database WHERE datname LIKE 'claims\\_test\\_%'"))
        )
    engine.dispose()
    stale = stale_databases(names)
    for name in stale:
        with contextlib.suppress(Exception):  # another run may be sweeping the same one
            drop(name)
    return stale


_handlers_installed = False


def _install_exit_handlers() -> None:
    global _handlers_installed
    if _handlers_installed:
        return
    _handlers_installed = True
    atexit.register(drop_all_created)
    previous = signal.getsignal(signal.SIGTERM)

    def on_sigterm(signum, frame):
        drop_all_created()
        if callable(previous):
            previous(signum, frame)
        raise SystemExit(128 + signum)

    with contextlib.suppress(ValueError):  # not the main thread: atexit and the next sweep remain
        signal.signal(signal.SIGTERM, on_sigterm)
