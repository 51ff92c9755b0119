"""System programs some tests need (PostgreSQL, Chromium, LibreOffice, poppler, fontconfig).

On a developer's machine a missing one skips those tests and says why (pytest -rs). Under CI (``CI=true``, which
.ci/run sets, or ``CLAIMS_REQUIRE_SYSTEM=1``) it fails them instead: a run that skipped the PDFs or the browser
journeys must not pass as if it had checked them.
"""

from __future__ import annotations

import os

import pytest

REQUIRED = os.environ.get("CI", "").lower() == "true" or os.environ.get("CLAIMS_REQUIRE_SYSTEM") == "1"


def missing(reason: str) -> None:
    """Skip the test for ``reason``, or fail it where every system program is required."""
    if REQUIRED:
        pytest.fail(f"required under CI but missing: {reason}", pytrace=False)
    pytest.skip(reason)
