"""Assistance a claimant received outside the courts: the form (with the Fund's rule table beside it) and the
archive button. The lines show on the claimant's page and the settlement sheet."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims.models import Assistance, Claimant
from claims.services import assistance as service
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.assistance.forms import AssistanceForm
from claims.web.forms import run_service

bp = Blueprint("assistance", __name__, url_prefix="/claimants/<int:claimant_id>/assistance")


def _record(claimant: Claimant, record_id: int | None) -> Assistance | None:
    if record_id is None:
        return None
    record = get_visible(Assistance, record_id, current_user)
    if record.claimant_id != claimant.id:
        abort(404)
    return record


@bp.route("/new", methods=["GET", "POST"])
@bp.route("/<int:record_id>/edit", methods=["GET", "POST"])
@case_worker_required
def form(claimant_id: int, record_id: int | None = None):
    claimant = get_visible(Claimant, claimant_id, current_user)
    record = _record(claimant, record_id)
    form = AssistanceForm(obj=record)
    if record is None:
        action = lambda: service.add(current_user, claimant, form.values())  # noqa: E731
    else:
        action = lambda: service.update(current_user, record, form.values(), form.expected_version())  # noqa: E731
    if form.validate_on_submit() and run_service(form, action, record):
        flash(_("Assistance received saved."), "success")
        return redirect(url_for("claimants.show", claimant_id=claimant.id) + "#assistance")
    return render_template(
        "assistance/form.html", form=form, claimant=claimant, record=record, fund=service.fund_table()
    )


@bp.post("/<int:record_id>/archive")
@case_worker_required
def archive(claimant_id: int, record_id: int):
    claimant = get_visible(Claimant, claimant_id, current_user)
    record = _record(claimant, record_id)
    if run_service(None, lambda: service.archive(current_user, record, request.form.get("version"))):
        flash(_("Archived. An administrator can restore it."), "success")
    return redirect(url_for("claimants.show", claimant_id=claimant.id) + "#assistance")
