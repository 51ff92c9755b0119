"""The task queues the queue tests run on: huey's SQLite storage (the embedded default) and Redis (an app on
several machines), each made by claims.jobs.make_huey as the app makes its own.

Redis is the machine's server (``CLAIMS_TEST_REDIS_URL``, default redis://127.0.0.1:6379/0). Each test gets a queue
under a name of its own (``claims-test-<pid>-<random>``: every key huey keeps carries it), so pytest-xdist workers
and concurrent runs sharing one server never take each other's tasks; its keys are deleted when the test ends.
Where Redis does not answer, the Redis leg is skipped saying why, and under CI fails (tests/system.py).
"""

from __future__ import annotations

import os
import secrets
import time
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from claims import jobs
from tests import system

REDIS_URL = os.environ.get("CLAIMS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")

KINDS = [pytest.param("sqlite", id="sqlite-queue"), pytest.param("redis", id="redis-queue")]

_reachable: tuple[bool, str] | None = None


def redis_reachable() -> tuple[bool, str]:
    """Whether Redis answers a PING (asked once per process), and if not why."""
    global _reachable
    if _reachable is None:
        try:
            import redis

            client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
            client.ping()
            client.close()
            _reachable = (True, "")
        except Exception as exc:  # any failure to reach the server means the leg cannot run
            _reachable = (False, f"Redis not reachable at {REDIS_URL}: {type(exc).__name__}: {exc}")
    return _reachable


def queue_name() -> str:
    return f"claims-test-{os.getpid()}-{secrets.token_hex(4)}"


def url_for(kind: str, tmp_path) -> str:
    """The CLAIMS_QUEUE_URL of a queue of ``kind``; skips (or fails under CI) where Redis does not answer."""
    if kind == "redis":
        ok, reason = redis_reachable()
        if not ok:
            system.missing(reason)
        return REDIS_URL
    return "sqlite:///" + str(tmp_path / "queue.sqlite")


def forget(url: str, name: str) -> None:
    """Delete every key a queue named ``name`` left in Redis (its queue, schedule, results, counters)."""
    if not url.startswith("redis"):
        return
    import redis

    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(match=f"huey.*.{name}*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@contextmanager
def fresh_queue(kind: str, tmp_path):
    """(huey, url, name): an empty queue of ``kind`` for one test, its keys gone afterwards."""
    url, name = url_for(kind, tmp_path), queue_name()
    queue = jobs.make_huey(url, name)
    try:
        yield queue, url, name
    finally:
        if kind == "redis":
            queue.storage.conn.connection_pool.disconnect()
        forget(url, name)


def use_queue(monkeypatch, worker_app, queue):
    """Queue the app's group runs on ``queue`` (the tests' own queue otherwise runs them at once), for workers that
    run them in ``worker_app``."""
    from claims.services.documents import jobs as job_service

    task = queue.task(name="documents.run_job")(jobs.in_app(job_service.run_job))
    monkeypatch.setattr(job_service, "run_document_job", task)
    monkeypatch.setattr(jobs, "_app", worker_app)
    return task


@contextmanager
def thread_worker(queue, workers: int = 1):
    """huey's consumer with worker threads, as the web process's embedded worker runs it."""
    consumer = jobs._ThreadConsumer(queue, workers=workers, worker_type="thread", periodic=False)
    consumer.start()
    try:
        yield consumer
    finally:
        consumer.stop(graceful=True)


def wait_for(db, what, until, timeout: float = 60.0, every: float = 0.05):
    """Read ``what`` (a select of one value) afresh until ``until(value)`` holds; the last value read."""
    deadline = time.monotonic() + timeout
    while True:
        db.session.expire_all()
        value = db.session.execute(what).scalar()
        db.session.rollback()  # end the read: PostgreSQL would otherwise keep the test's snapshot
        if until(value) or time.monotonic() > deadline:
            return value
        time.sleep(every)


def job_status(job_id):
    from claims.models import DocumentJob

    return sa.select(DocumentJob.status).where(DocumentJob.id == job_id)
