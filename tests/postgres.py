"""The PostgreSQL side of a test run: made only when a test needs it, dropped on every way out.

Each process of a run (the main one, or each pytest-xdist worker) works in schemas of its own, ``claims_test_<pid>``
and ``claims_test_<pid>_<purpose>``, inside one database, ``claims_tests``, which is created the first time and
kept. Concurrent runs on one server (two terminals, CI beside a developer) never touch each other's tables.

Schemas, not a database per run: DROP DATABASE forces a checkpoint of the whole server, which took 16 to 60 s per
worker here when other suites were writing; DROP SCHEMA takes a tenth of a second.

A schema is created the first time a test asks for it (so ``--collect-only``, or a run of pure tests, creates none)
and dropped when the fixture ends, at interpreter exit (an interrupted run), and on SIGTERM. A run killed outright
(SIGKILL, a power cut) cannot clean up after itself: the next run on the machine sweeps every schema, and every
``claims_test_<pid>`` database older runs made, whose process is gone.
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
CONTAINER = os.environ.get("CLAIMS_TEST_POSTGRES_CONTAINER", "claims_tests")
PREFIX = "claims_test_"
# A fixed name (for a developer who wants to look inside) is never swept: only names this module makes are.
FIXED_NAME = os.environ.get("CLAIMS_TEST_POSTGRES_DB")
_OURS = re.compile(rf"^{PREFIX}(\d+)(?:_[a-z0-9_]+)?$")

_created: set[str] = set()


def _server_url(database: str) -> str:
    return ADMIN_URL.rsplit("/", 1)[0] + "/" + database


def _engine(database: str | None = None) -> sa.Engine:
    return sa.create_engine(
        _server_url(database) if database else ADMIN_URL,
        isolation_level="AUTOCOMMIT",
        connect_args={"connect_timeout": 3},
    )


def reachable() -> tuple[bool, str]:
    """Whether the server answers, and if not why; creates nothing."""
    try:
        engine = _engine()
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
    """The schema of this process for ``purpose`` (the name says database for the callers' sake)."""
    if FIXED_NAME and not purpose:
        return FIXED_NAME
    base = FIXED_NAME or f"{PREFIX}{os.getpid()}"
    return f"{base}_{purpose}" if purpose else base


def url_of(name: str) -> str:
    # Every connection of the app's engine works in the schema, and says whose it is (application_name), so a
    # drop can end connections a killed test left open.
    return _server_url(CONTAINER) + f"?options=-csearch_path%3D{name}&application_name={name}"


def _ensure_container() -> None:
    engine = _engine()
    with engine.connect() as conn:
        if not conn.scalar(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": CONTAINER}):
            with contextlib.suppress(sa.exc.ProgrammingError):  # another worker created it meanwhile
                conn.execute(sa.text(f'CREATE DATABASE "{CONTAINER}"'))
    engine.dispose()


def create(name: str) -> str:
    """A new, empty schema (an old one of the same name is dropped first); returns the URL that works in it."""
    _install_exit_handlers()
    _ensure_container()
    drop(name)
    # Noted before it exists: an interrupt that lands between the CREATE and the note (the test of interrupted
    # runs sends one the moment the schema appears) would otherwise leave it behind. Dropping a schema that was
    # never made is harmless (IF EXISTS).
    _created.add(name)
    engine = _engine(CONTAINER)
    with engine.connect() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{name}"'))
    engine.dispose()
    return url_of(name)


def drop(name: str) -> None:
    engine = _engine(CONTAINER)
    with engine.connect() as conn:
        conn.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = :n AND pid <> pg_backend_pid()"
            ),
            {"n": name},
        )
        conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
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
    """The test schemas (or databases) among ``names`` whose process no longer runs."""
    stale = []
    for name in names:
        match = _OURS.match(name)
        if match and int(match.group(1)) != os.getpid() and not _alive(int(match.group(1))):
            stale.append(name)
    return stale


def leftovers(pid: int) -> list[str]:
    """The schemas and databases of process ``pid`` that still exist."""
    pattern = {"n": f"{PREFIX}{pid}", "p": f"{PREFIX}{pid}\\_%"}
    found = []
    engine = _engine()
    with engine.connect() as conn:
        found += conn.scalars(
            sa.text("SELECT datname FROM pg_database WHERE datname = :n OR datname LIKE :p"), pattern
        ).all()
        has_container = conn.scalar(sa.text("SELECT 1 FROM pg_database WHERE datname = :c"), {"c": CONTAINER})
    engine.dispose()
    if has_container:
        engine = _engine(CONTAINER)
        with engine.connect() as conn:
            found += conn.scalars(
                sa.text("SELECT nspname FROM pg_namespace WHERE nspname = :n OR nspname LIKE :p"), pattern
            ).all()
        engine.dispose()
    return found


def sweep_stale() -> list[str]:
    """Drop the schemas (and the databases of older runs) left by runs that were killed; returns their names."""
    like = {"p": "claims\\_test\\_%"}
    engine = _engine()
    with engine.connect() as conn:
        databases = stale_databases(
            list(conn.scalars(sa.text("SELECT datname FROM pg_database WHERE datname LIKE :p"), like))
        )
        has_container = conn.scalar(sa.text("SELECT 1 FROM pg_database WHERE datname = :c"), {"c": CONTAINER})
        for name in databases:
            with contextlib.suppress(Exception):  # another run may be sweeping the same one
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()
    schemas: list[str] = []
    if has_container:
        engine = _engine(CONTAINER)
        with engine.connect() as conn:
            schemas = stale_databases(
                list(conn.scalars(sa.text("SELECT nspname FROM pg_namespace WHERE nspname LIKE :p"), like))
            )
        engine.dispose()
    for name in schemas:
        with contextlib.suppress(Exception):
            drop(name)
    return databases + schemas


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
