"""``huey_consumer tests.documents.slow_worker.huey``: the app's worker (claims.worker), each document taking
``CLAIMS_TEST_DOCUMENT_DELAY`` seconds longer, so a test can kill the process in the middle of a run."""

from __future__ import annotations

import os
import time

from claims.services import documents as service
from claims.worker import app, huey

_render = service.render_docx
_DELAY = float(os.environ.get("CLAIMS_TEST_DOCUMENT_DELAY", "0"))


def _slow_render(*args, **kwargs):
    time.sleep(_DELAY)
    return _render(*args, **kwargs)


service.render_docx = _slow_render

__all__ = ["app", "huey"]
