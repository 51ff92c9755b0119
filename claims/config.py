"""Settings from the environment. The embedded default (SQLite in instance/) needs no setting at all.

Every key, with its meaning:

- ``CLAIMS_ENV``: ``development`` (default) or ``production``. In production a missing ``SECRET_KEY`` stops the
  app at start; in development a key is generated once and kept in ``instance/secret_key``.
- ``SECRET_KEY``: signs sessions and CSRF tokens. In development, generated once into ``instance/secret_key``.
- ``DATABASE_URL``: SQLAlchemy URL, e.g. ``postgresql+psycopg://user@host/db``. Unset: ``instance/claims.sqlite``.
- ``CLAIMS_REPLICA_URL``: a read-only copy of the database (a PostgreSQL streaming replica) for report queries,
  which read it through ``claims.replica.read_session()``; unset, they read the primary. It may lag the primary by
  the replication delay, so nothing a user has just saved is read from it.
- ``CLAIMS_DEFAULT_LOCALE``: ``th`` or ``en`` (default ``th``): the language before a user chooses one.
- ``CLAIMS_TIMEZONE``: display time zone for hearings, default ``Asia/Bangkok``.
- ``CLAIMS_QUEUE_URL``: the task queue's storage (claims/jobs.py): unset = a SQLite file in ``instance/``;
  ``redis://host:6379/0`` for several machines; ``immediate`` runs tasks at once (tests).
- ``CLAIMS_QUEUE_NAME``: the prefix of the queue's keys (default ``claims``), so that two deployments (staging
  beside production) can share one Redis.
- ``CLAIMS_IDLE_TIMEOUT_MINUTES``: a session with no request for this many minutes is logged out (default 60).
- ``CLAIMS_SESSION_HOURS``: a session ends this many hours after the login however active it is (default 12);
  it becomes Flask's ``PERMANENT_SESSION_LIFETIME``, which also bounds how old a signed cookie may be.
- ``CLAIMS_EMBEDDED_WORKER``: ``1`` (default unless the queue is Redis) runs the queue's worker as a thread of the
  web process, started when the first job is queued; ``0`` where ``huey_consumer claims.worker.huey`` runs apart.
- ``CLAIMS_JOB_STALE_AFTER``: seconds (default 300) after which a group document run whose worker gave no sign
  of life has lost it (the process was killed): a running run is marked failed, a queued one is sent to the
  queue again. The run renews its heartbeat after each document, so keep it above the longest one document can
  take (a PDF conversion may take up to 120 s, claims/documents/pdf.py). Checked when a run's page or its case's
  documents page is read, and by ``flask documents sweep`` (cron).
- ``CLAIMS_EXPORT_QUEUE_OVER``: an export of more rows than this (default 5000) is made on the task queue, with a
  page of its progress and a download link, instead of within the request (claims/services/exports/queued.py).
- ``CLAIMS_EXPORT_KEEP_DAYS``: days (default 7) a queued export's file is kept for its download; then
  ``flask documents sweep`` drops it and the run stays, marked expired.
- ``CLAIMS_PROXY_HOPS``: how many reverse proxies stand in front of the app (default ``0``: none, headers such as
  ``X-Forwarded-For`` are ignored). ``1`` behind one nginx or Caddy: the client's address and the scheme (https)
  are then read from the last ``X-Forwarded-For`` and ``X-Forwarded-Proto`` values (claims/web/security.py).
- ``CLAIMS_HSTS``: ``1`` sends ``Strict-Transport-Security`` (browsers then refuse plain http for a year);
  default ``1`` in production, ``0`` otherwise.

Evidence files (claims/services/evidence):

- ``CLAIMS_EVIDENCE_DIR``: the folder the uploaded evidence is kept in (default ``instance/evidence``). Outside
  the static folder and never served by the web server: every file is streamed by a route that checks who asks.
  Back it up with the database; a file's sha256 is on its record.
- ``CLAIMS_EVIDENCE_MAX_MB``: the largest evidence file accepted, in megabytes (default 20). A request body may be
  one megabyte more (``MAX_CONTENT_LENGTH``, never below 16 MB), for the form's other fields.
- ``CLAIMS_EVIDENCE_STORE``: ``local`` (default, the folder above) or ``s3``: an S3-compatible object store (AWS
  S3, MinIO, Ceph), for several web machines. With ``s3``: ``CLAIMS_EVIDENCE_S3_BUCKET`` (required; a private
  bucket), ``CLAIMS_EVIDENCE_S3_PREFIX`` (default ``evidence/``), ``CLAIMS_EVIDENCE_S3_ENDPOINT`` (MinIO, Ceph: the
  service's address; empty for AWS), ``CLAIMS_EVIDENCE_S3_REGION``, ``CLAIMS_EVIDENCE_S3_ENCRYPTION`` (server-side
  encryption, default ``AES256``; empty for a store without it). Credentials from boto3's own chain
  (``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``, an instance role), never from these settings.

The database engine never writes SQL parameters into errors or logs (``hide_parameters``: a failed write would
otherwise log a legal name), and on PostgreSQL tests each pooled connection before use, so the app recovers from
a database restart, with PostgreSQL's JIT compilation off for the app's connections (it cost more than the short
queries of a page saved). ``SQLALCHEMY_ENGINE_OPTIONS`` given to ``create_app`` are merged over these.

The daily reminder digest (``flask reminders send``, meant for cron):

- ``CLAIMS_SMTP_HOST``: the SMTP server. Unset: the command sends nothing and exits 1 (``--dry-run`` still works).
- ``CLAIMS_SMTP_PORT``: default 587. ``CLAIMS_SMTP_STARTTLS``: ``1``/``true`` (default) or ``0``/``false``.
- ``CLAIMS_SMTP_USER``, ``CLAIMS_SMTP_PASSWORD``: the login; none when the user is unset.
- ``CLAIMS_MAIL_FROM``: the sender address, default ``reminders@localhost``.
- ``CLAIMS_BASE_URL``: the app's public address (``https://claims.example.org``, a path prefix allowed), for the
  links in the mail; unset, the mail has no links.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa


class ConfigurationError(RuntimeError):
    pass


MAIL_KEYS = (
    "CLAIMS_SMTP_HOST",
    "CLAIMS_SMTP_PORT",
    "CLAIMS_SMTP_USER",
    "CLAIMS_SMTP_PASSWORD",
    "CLAIMS_SMTP_STARTTLS",
    "CLAIMS_MAIL_FROM",
    "CLAIMS_BASE_URL",
)


def _normalise_database_url(url: str) -> str:
    # Hosting platforms hand out postgres:// URLs; SQLAlchemy wants a dialect+driver name.
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _env_int(key: str, default: int, minimum: int) -> int:
    """A whole-number setting; a typo stops the app at start rather than running with a surprise."""
    raw = os.environ.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = minimum - 1
    if value < minimum:
        raise ConfigurationError(f"{key} must be a whole number of at least {minimum}, not {raw!r}.")
    return value


def build_config(instance_path: str, overrides: dict | None = None) -> dict:
    overrides = dict(overrides or {})
    env = overrides.get("CLAIMS_ENV") or os.environ.get("CLAIMS_ENV", "development")
    secret = overrides.get("SECRET_KEY") or os.environ.get("SECRET_KEY")
    if not secret:
        if env == "production":
            raise ConfigurationError(
                "SECRET_KEY is not set. In production the key must come from the environment; "
                "generate one with: python -c 'import secrets; print(secrets.token_hex(32))'"
            )
        # Development: keep one generated key in instance/ so that logins survive a restart of the dev server.
        key_file = Path(instance_path) / "secret_key"
        if key_file.exists():
            secret = key_file.read_text().strip()
        else:
            secret = secrets.token_hex(32)
            key_file.parent.mkdir(parents=True, exist_ok=True)
            key_file.write_text(secret)
            key_file.chmod(0o600)
    database_url = overrides.get("SQLALCHEMY_DATABASE_URI") or os.environ.get("DATABASE_URL")
    if not database_url:
        database_url = "sqlite:///" + str(Path(instance_path) / "claims.sqlite")
    database_url = _normalise_database_url(database_url)
    engine_options = {"hide_parameters": True}
    if not database_url.startswith("sqlite"):
        engine_options["pool_pre_ping"] = True
    if database_url.startswith("postgresql"):
        # PostgreSQL's JIT compiles a query it guesses is costly: 100-800 ms spent before the first row of a page's
        # count over the national data set, where the query itself takes milliseconds. Pages run short queries.
        # The driver's keyword replaces the URL's own ``options`` (a schema's search_path, say): keep those too.
        given = sa.engine.make_url(database_url).query.get("options", "")
        given = " ".join(given) if isinstance(given, tuple) else given
        engine_options["connect_args"] = {"options": f"{given} -c jit=off".strip()}
    engine_options.update(overrides.pop("SQLALCHEMY_ENGINE_OPTIONS", None) or {})
    config = {
        "CLAIMS_ENV": env,
        "SECRET_KEY": secret,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SQLALCHEMY_ENGINE_OPTIONS": engine_options,
        "CLAIMS_REPLICA_URL": _normalise_database_url(os.environ.get("CLAIMS_REPLICA_URL", "")) or None,
        "BABEL_DEFAULT_LOCALE": os.environ.get("CLAIMS_DEFAULT_LOCALE", "th"),
        "BABEL_DEFAULT_TIMEZONE": os.environ.get("CLAIMS_TIMEZONE", "Asia/Bangkok"),
        "LANGUAGES": ("th", "en"),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": env == "production",
        "REMEMBER_COOKIE_SECURE": env == "production",
        "WTF_CSRF_TIME_LIMIT": None,
        "CLAIMS_IDLE_TIMEOUT_MINUTES": _env_int("CLAIMS_IDLE_TIMEOUT_MINUTES", 60, minimum=1),
        "PERMANENT_SESSION_LIFETIME": timedelta(hours=_env_int("CLAIMS_SESSION_HOURS", 12, minimum=1)),
        "CLAIMS_EVIDENCE_DIR": os.environ.get("CLAIMS_EVIDENCE_DIR") or str(Path(instance_path) / "evidence"),
        "CLAIMS_EVIDENCE_MAX_MB": _env_int("CLAIMS_EVIDENCE_MAX_MB", 20, minimum=1),
        "CLAIMS_EVIDENCE_STORE": os.environ.get("CLAIMS_EVIDENCE_STORE", "local"),
        **{
            key: os.environ[key]
            for key in (
                "CLAIMS_EVIDENCE_S3_BUCKET",
                "CLAIMS_EVIDENCE_S3_PREFIX",
                "CLAIMS_EVIDENCE_S3_ENDPOINT",
                "CLAIMS_EVIDENCE_S3_REGION",
                "CLAIMS_EVIDENCE_S3_ENCRYPTION",
            )
            if key in os.environ
        },
        "CLAIMS_EMBEDDED_WORKER": os.environ.get(
            "CLAIMS_EMBEDDED_WORKER",
            "0" if os.environ.get("CLAIMS_QUEUE_URL", "").startswith("redis") else "1",
        )
        == "1",
        "CLAIMS_PROXY_HOPS": _env_int("CLAIMS_PROXY_HOPS", 0, minimum=0),
        "CLAIMS_HSTS": os.environ.get("CLAIMS_HSTS", "1" if env == "production" else "0").lower()
        in ("1", "true"),
        "CLAIMS_JOB_STALE_AFTER": _env_int("CLAIMS_JOB_STALE_AFTER", 300, minimum=1),
        "CLAIMS_EXPORT_QUEUE_OVER": _env_int("CLAIMS_EXPORT_QUEUE_OVER", 5000, minimum=1),
        "CLAIMS_EXPORT_KEEP_DAYS": _env_int("CLAIMS_EXPORT_KEEP_DAYS", 7, minimum=1),
        **{key: os.environ[key] for key in MAIL_KEYS if os.environ.get(key)},
    }
    config.update(overrides)
    store = str(config["CLAIMS_EVIDENCE_STORE"]).lower()
    if store not in ("local", "s3"):
        raise ConfigurationError(
            f"CLAIMS_EVIDENCE_STORE={store!r}: 'local' (a folder) or 's3' (an object store)."
        )
    if store == "s3" and not config.get("CLAIMS_EVIDENCE_S3_BUCKET"):
        raise ConfigurationError(
            "CLAIMS_EVIDENCE_STORE=s3 needs CLAIMS_EVIDENCE_S3_BUCKET (the private bucket's name)."
        )
    # An evidence file and the form's other fields in one request; never less than the 16 MB other uploads had.
    config.setdefault("MAX_CONTENT_LENGTH", max(16, int(config["CLAIMS_EVIDENCE_MAX_MB"]) + 1) * 1024 * 1024)
    return config
