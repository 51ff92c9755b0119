"""Test fixtures: the app on each database, a clean database per test, factories, and logged-in clients.

Integration tests run once on SQLite and once on PostgreSQL (127.0.0.1:5432, trust auth) when a server can be
reached. Where none can, the PostgreSQL leg is skipped with the reason printed (pytest -rs); with
CLAIMS_REQUIRE_POSTGRES=1 (set by .ci/run, and implied by CI=true) an unreachable server is an error instead, so
CI never skips silently. The databases themselves are made and dropped by tests/postgres.py.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

# Tasks run at once in the test that queues them; tests of the real queue make their own (tests/documents).
os.environ.setdefault("CLAIMS_QUEUE_URL", "immediate")

from claims import create_app  # noqa: E402
from claims.extensions import db as _db  # noqa: E402
from tests import postgres, system  # noqa: E402
from tests.factories import Factory  # noqa: E402

_PG_OK, _PG_REASON = postgres.reachable()
if not _PG_OK and (os.environ.get("CLAIMS_REQUIRE_POSTGRES") == "1" or system.REQUIRED):
    raise pytest.UsageError(f"PostgreSQL is required (CI=true or CLAIMS_REQUIRE_POSTGRES=1) but {_PG_REASON}")

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.skipif(not _PG_OK, reason=_PG_REASON)),
]


@pytest.fixture
def libreoffice_available():
    """LibreOffice to make PDFs, poppler to read them and fontconfig to name their fonts."""
    import shutil

    from claims.documents import pdf

    if not pdf.pdf_available() or not all(shutil.which(tool) for tool in ("pdffonts", "pdftoppm", "fc-list")):
        system.missing(
            "LibreOffice, poppler-utils or fontconfig not installed: PDF output cannot be checked here"
        )


_travel = None


def pytest_configure(config):
    """CLAIMS_TEST_TODAY=YYYY-MM-DD runs the whole suite as if it were that day (10:00 in Bangkok, the clock moving
    on from there), to prove it passes on any day of the week: `for d in 2026-12-{07..13}; do CLAIMS_TEST_TODAY=$d
    .venv/bin/pytest; done`. It starts before collection, so dates that test modules compute on import follow it."""
    global _travel
    day = os.environ.get("CLAIMS_TEST_TODAY")
    if day and _travel is None:
        import time_machine

        moment = datetime.combine(date.fromisoformat(day), time(10, 0), tzinfo=ZoneInfo("Asia/Bangkok"))
        _travel = time_machine.travel(moment, tick=True)
        _travel.start()


def pytest_unconfigure(config):
    global _travel
    if _travel is not None:
        _travel.stop()
        _travel = None


def pytest_report_header(config):
    day = os.environ.get("CLAIMS_TEST_TODAY")
    return f"as if today were {day} (CLAIMS_TEST_TODAY)" if day else None


def pytest_sessionstart(session):
    # Only the main process sweeps: xdist workers start together and would race each other for the same names.
    if _PG_OK and not hasattr(session.config, "workerinput"):
        swept = postgres.sweep_stale()
        if swept:
            print(f"dropped {len(swept)} test database(s) left by killed runs: {', '.join(swept)}")


def _test_config(backend: str, tmp_path_factory) -> dict:
    if backend == "sqlite":
        url = "sqlite:///" + str(tmp_path_factory.mktemp("db") / "test.sqlite")
    else:
        url = postgres.create(postgres.database_name())
    return {
        "TESTING": True,
        "CLAIMS_ENV": "testing",
        "SECRET_KEY": "test-secret-key",
        "SQLALCHEMY_DATABASE_URI": url,
        "BABEL_DEFAULT_LOCALE": "en",
        "SERVER_NAME": "localhost",
        "CLAIMS_EVIDENCE_DIR": str(tmp_path_factory.mktemp("evidence")),
    }


@pytest.fixture(scope="session", params=BACKENDS)
def app(request, tmp_path_factory):
    app = create_app(_test_config(request.param, tmp_path_factory))
    app.config["BACKEND"] = request.param
    with app.app_context():
        _db.create_all()  # a new database each time (a new SQLite file, a new PostgreSQL database)
    yield app
    with app.app_context():
        _db.session.remove()
        _db.engine.dispose()
    # Dropping the database drops its tables: a drop_all first cost about 30 s per PostgreSQL worker.
    if request.param == "postgresql":
        postgres.drop(postgres.database_name())


def _wipe(app) -> None:
    """Empty every table, children first, and restart the ids at 1.

    PostgreSQL's TRUNCATE ... RESTART IDENTITY took about 440 ms per test here (it replaces each table's files);
    DELETE and setval on these few rows take about 7 ms, which over the PostgreSQL leg's tests is minutes."""
    tables = [t.name for t in reversed(_db.metadata.sorted_tables)]
    with _db.engine.begin() as conn:
        if app.config["BACKEND"] == "postgresql":
            conn.execute(sa.text("; ".join(f'DELETE FROM "{t}"' for t in tables)))
            sequences = app.config.get("_TEST_SEQUENCES")
            if sequences is None:
                sequences = app.config["_TEST_SEQUENCES"] = [
                    name
                    for name in conn.scalars(
                        sa.text(
                            "SELECT pg_get_serial_sequence(quote_ident(table_name), column_name) "
                            "FROM information_schema.columns WHERE table_schema = current_schema()"
                        )
                    )
                    if name
                ]
            if sequences:
                conn.execute(
                    sa.text("SELECT " + ", ".join(f"setval('{name}', 1, false)" for name in sequences))
                )
        else:
            for table in tables:
                conn.execute(sa.text(f'DELETE FROM "{table}"'))


@pytest.fixture
def db(app):
    """A clean database for one test, inside an application context."""
    with app.app_context():
        yield _db
        _db.session.remove()
        _wipe(app)


@pytest.fixture
def make(db):
    return Factory(db.session)


class Client:
    """The Flask test client plus the CSRF token every form post needs (CSRF stays on in tests)."""

    USER_AGENT = "claims-tests"

    def __init__(self, app):
        self.app = app
        self.raw = app.test_client()
        self.raw.environ_base.update(HTTP_USER_AGENT=self.USER_AGENT, REMOTE_ADDR="127.0.0.1")
        self._token = None

    def _open(self, method: str, url: str, **kwargs):
        """Each request gets its own application context, as in production: its own ``g`` (so Flask-Login
        loads the user afresh) and its own database session. Afterwards the test's session is expired so that
        it reads what the request wrote."""
        with self.app.app_context():
            response = getattr(self.raw, method)(url, **kwargs)
        _db.session.expire_all()
        return response

    def get(self, url, **kwargs):
        return self._open("get", url, **kwargs)

    def csrf_token(self) -> str:
        """A valid token for this client's session, made the way Flask-WTF makes it (raw in the session,
        signed in the form), so tests need not scrape a page first."""
        if self._token is None:
            import hashlib
            import os

            from itsdangerous import URLSafeTimedSerializer

            with self.raw.session_transaction() as session:
                raw = session.setdefault("csrf_token", hashlib.sha1(os.urandom(64)).hexdigest())
            serializer = URLSafeTimedSerializer(self.app.config["SECRET_KEY"], salt="wtf-csrf-token")
            self._token = serializer.dumps(raw)
        return self._token

    def post(self, url, data=None, *, csrf: bool = True, **kwargs):
        data = dict(data or {})
        if csrf:
            data.setdefault("csrf_token", self.csrf_token())
        return self._open("post", url, data=data, **kwargs)

    def login(self, user):
        """Log in without the password round trip (scrypt is slow on purpose); the session carries the same
        identifier Flask-Login's strong session protection computes for this client."""
        from flask_login.utils import _create_identifier

        environ = {"REMOTE_ADDR": "127.0.0.1", "HTTP_USER_AGENT": self.USER_AGENT}
        with self.app.test_request_context("/", environ_base=environ):
            identifier = _create_identifier()
        with self.raw.session_transaction() as session:
            session["_user_id"] = str(user.id)
            session["_fresh"] = True
            session["_id"] = identifier
            session["_sv"] = user.session_version or 0  # as login_user() stores it: a bumped version ends it
        self._token = None
        return self


@pytest.fixture
def client(app, db):
    return Client(app)


@pytest.fixture
def login_as(app, db, make):
    """login_as("paralegal") -> a Client logged in as a new user of that role in the default organisation."""

    def login(role: str = "lawyer", org=None, **user_kwargs):
        user = make.user(role=role, org=org, **user_kwargs)
        db.session.commit()
        client = Client(app).login(user)
        client.user = user
        return client

    return login


@contextmanager
def count_queries(engine):
    statements: list[str] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", before)


@pytest.fixture
def query_counter(db):
    return lambda: count_queries(db.engine)
