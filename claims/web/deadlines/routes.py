"""Deadlines: marking one (or a group case's shared one, for every claimant at once) done, or undoing that.

They are shown on the case, the claimant and the dashboard pages; these routes only record what was done and send
the user back where they were.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, request
from flask_babel import gettext as _
from flask_login import current_user

from claims.services import deadlines as service
from claims.web.access import case_worker_required
from claims.web.forms import posted_id_list, posted_ids, run_service
from claims.web.redirects import safe_next

bp = Blueprint("deadlines", __name__, url_prefix="/deadlines")


def _back():
    # Only a path of this site: an absolute URL in "next" would make the form an open redirect.
    return redirect(safe_next(request.form.get("next")))


def _posted() -> list[int]:
    # One id a field (the reminders list) or a group's ids in one field (the case page's shared deadlines).
    return posted_ids("deadline_id") + posted_id_list("deadline_ids")


@bp.post("/done")
@case_worker_required
def done():
    ids = _posted()
    marked = {}
    if run_service(
        None, lambda: marked.setdefault("n", service.mark_done(current_user, ids, request.form.get("note")))
    ):
        flash(_("Marked done: %(n)d.", n=marked["n"]), "success")
    return _back()


@bp.post("/reopen")
@case_worker_required
def reopen():
    ids = _posted()
    if run_service(None, lambda: service.reopen(current_user, ids)):
        flash(_("The deadline is open again."), "success")
    return _back()
