"""The calendar pages in the role matrix of test_pages_by_role (kept apart so that each area adds its own)."""

from __future__ import annotations

# endpoint -> (query string, who may open it: "admin", "case work" or "everyone")
PAGES: dict[str, tuple[str, str]] = {
    "calendar.index": ("", "case work"),
    # the shared world's claimant (BP-01): their hearings and deadlines across their cases
    "calendar.claimant": ("", "case work"),
}


def world(make, db, found: dict) -> dict:
    """Extra records the calendar pages need, as URL parameters (``found`` is the shared world so far): none, the
    claimant page takes the shared world's ``claimant_id``."""
    return {}
