"""The task queue's worker when it runs apart from the web servers: ``huey_consumer claims.worker.huey``.

It creates the app (its configuration, its database) and imports the services that declare tasks, so the
consumer knows every task a web server may queue. The web process's embedded worker needs none of this.
"""

from __future__ import annotations

from claims import create_app
from claims.jobs import huey, init_app
from claims.services import deadlines as _deadline_jobs  # noqa: F401  (declares deadlines.refresh)
from claims.services.documents import jobs as _document_jobs  # noqa: F401  (declares documents.run_job)
from claims.services.exports import queued as _export_jobs  # noqa: F401  (declares exports.run)

app = create_app()
init_app(app)

__all__ = ["app", "huey"]
