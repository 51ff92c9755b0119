"""The records the calendar pages need in the access matrix (tests/web/test_access_matrix.py), kept apart so that
each area adds its own."""

from __future__ import annotations


def world(make, db, found: dict) -> dict:
    """Extra records the calendar pages need, as URL parameters (``found`` is the shared world so far): none, the
    claimant page takes the shared world's ``claimant_id``."""
    return {}
