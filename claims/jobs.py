"""The task queue (huey) for work that must not block a web request: documents for a whole group case.

One setting, ``CLAIMS_QUEUE_URL``, picks the storage, with the same task code for each:
- unset: a SQLite file beside the database in ``instance/`` (the embedded default), consumed by worker threads
  that the app starts itself (``CLAIMS_EMBEDDED_WORKER``, on by default), so the README's one command is enough;
- ``redis://host:6379/0``: Redis, for an app on several machines; run ``huey_consumer claims.worker.huey``
  beside the web servers and set ``CLAIMS_EMBEDDED_WORKER=0`` (``rediss://`` for TLS;
  ``CLAIMS_QUEUE_NAME``, default ``claims``, keeps two deployments on one Redis apart);
- ``immediate``: tasks run at once in the caller (the tests).

This module is infrastructure and imports nothing of the app: a service declares its own tasks with
:func:`task` (claims/services/documents/jobs.py), so the dependency runs service -> queue only.
"""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path

from flask import has_app_context
from huey import MemoryHuey, RedisHuey, SqliteHuey
from huey.consumer import Consumer

log = logging.getLogger(__name__)

_INSTANCE = Path(__file__).resolve().parent.parent / "instance"


def make_huey(url: str, name: str = "claims"):
    """The queue a ``CLAIMS_QUEUE_URL`` names. ``name`` prefixes every key it keeps (in Redis ``huey.redis.<name>``
    and its siblings), so two deployments, or two test runs, can share one Redis without taking each other's
    tasks."""
    if url == "immediate":
        return MemoryHuey(name, immediate=True)
    if url.startswith(("redis://", "rediss://")):
        return RedisHuey(name, url=url)
    if url.startswith("sqlite:///"):
        return SqliteHuey(name, filename=url[len("sqlite:///") :])
    if url:
        raise RuntimeError(f"CLAIMS_QUEUE_URL must be 'immediate', redis://... or sqlite:///..., not {url!r}")
    _INSTANCE.mkdir(exist_ok=True)
    return SqliteHuey(name, filename=str(_INSTANCE / "queue.sqlite"))


huey = make_huey(os.environ.get("CLAIMS_QUEUE_URL", ""), os.environ.get("CLAIMS_QUEUE_NAME") or "claims")
_app = None


def init_app(app) -> None:
    """Remember the app for the tasks an embedded worker runs."""
    global _app
    _app = app


def ensure_worker(app) -> None:
    """Start the embedded worker if this process should run one: called where a job is queued or awaited, so
    that CLI commands and tests never start threads they do not need."""
    if app.config.get("CLAIMS_EMBEDDED_WORKER") and not huey.immediate:
        start_embedded_worker()


class _ThreadConsumer(Consumer):
    # The web server owns the process's signals (Ctrl-C stops it); the worker threads stop with the process.
    def _set_signal_handlers(self):
        pass


_consumer: Consumer | None = None


def start_embedded_worker(workers: int = 1) -> Consumer:
    global _consumer
    if _consumer is None:
        _consumer = _ThreadConsumer(huey, workers=workers, worker_type="thread", periodic=False)
        _consumer.start()
        log.info("embedded task worker started (%s thread)", workers)
    return _consumer


def in_app(fn):
    """``fn`` wrapped to run inside the app's context: the request's own in the tests (immediate mode), else the
    app this worker was started for (:func:`init_app`)."""

    @functools.wraps(fn)
    def run(*args):
        if has_app_context():
            return fn(*args)
        if _app is None:
            raise RuntimeError(
                "the task queue has no app: run the worker as `huey_consumer claims.worker.huey`, "
                "which creates the app and registers its tasks"
            )
        with _app.app_context():
            return fn(*args)

    # huey keys a task by "<module>.<name>" and a queued message by that key: every task is kept under this
    # module, so a message queued before a task's function moved still finds it (claims.jobs.documents.run_job).
    run.__module__ = __name__
    return run


def task(name: str):
    """Declare a queued task: ``run_x = jobs.task("area.x")(x)``. The name is what the queue stores, so a job
    queued before a deploy still finds its task after it: keep it when the function moves."""

    def declare(fn):
        return huey.task(name=name)(in_app(fn))

    return declare
