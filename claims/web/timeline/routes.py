"""Timeline entries of a case or a claimant: add, edit, mark a task done, archive."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims import clock
from claims.models import Case, Claimant, Meeting, TimelineEntry
from claims.models.enums import TimelineKind
from claims.services import timeline as service
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.forms import db_int, page_number, run_service
from claims.web.labels import options
from claims.web.redirects import local_path
from claims.web.timeline.forms import TimelineEntryForm

bp = Blueprint("timeline", __name__, url_prefix="/timeline")


def _safe_next() -> str | None:
    """Only a path on this site: an address from a query string must not send the user elsewhere."""
    return local_path(request.values.get("next"))


def _back(case_id: int | None, claimant_id: int | None, meeting_id: int | None = None) -> str:
    if next_url := _safe_next():
        return next_url
    if meeting_id and not case_id and not claimant_id:
        return url_for("meetings.show", meeting_id=meeting_id) + "#action-items"
    if case_id:
        return url_for("cases.show", case_id=case_id) + "#timeline"
    return url_for("claimants.show", claimant_id=claimant_id) + "#timeline"


def _load_entry(entry_id: int) -> TimelineEntry:
    entry = get_visible(TimelineEntry, entry_id, current_user)
    # An entry goes with its case or claimant: archived or not visible, the entry is not found either.
    if entry.case_id:
        get_visible(Case, entry.case_id, current_user)
    if entry.claimant_id:
        get_visible(Claimant, entry.claimant_id, current_user)
    if entry.meeting_id:
        get_visible(Meeting, entry.meeting_id, current_user)
    return entry


def _with_assignees(form: TimelineEntryForm) -> TimelineEntryForm:
    form.assignee_id.choices = options(service.assignee_choices(current_user), blank="—")
    return form


@bp.get("/tasks")
@case_worker_required
def tasks():
    """The organisation's open tasks (or the user's own), overdue ones first, a page at a time."""
    listing = service.list_tasks(
        current_user,
        view=request.args.get("view", "overdue"),
        mine=request.args.get("scope") == "mine",
        page=request.args.get("page", 1, type=page_number),
    )
    return render_template("timeline/tasks.html", listing=listing, views=service.TASK_VIEWS)


@bp.route("/new", methods=["GET", "POST"])
@case_worker_required
def create():
    subject = service.load_subject(current_user, request.args.get("case_id"), request.args.get("claimant_id"))
    kind = request.args.get("kind")
    defaults = {
        "kind": TimelineKind(kind) if kind in set(TimelineKind) else TimelineKind.NOTE,
        "occurred_on": clock.today(),
        "told_by": current_user.name,
        "assignee_id": current_user.id,
    }
    form = _with_assignees(TimelineEntryForm(data=defaults if request.method == "GET" else None))
    if form.validate_on_submit() and run_service(
        form, lambda: service.add_entry(current_user, subject, form.values())
    ):
        flash(_("Added to the timeline."), "success")
        return redirect(
            _back(
                subject.case.id if subject.case else None, subject.claimant.id if subject.claimant else None
            )
        )
    return render_template("timeline/form.html", form=form, subject=subject, entry=None, next=_safe_next())


@bp.route("/<int:entry_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit(entry_id: int):
    entry = _load_entry(entry_id)
    form = _with_assignees(TimelineEntryForm(obj=entry))
    if request.method == "GET":
        form.body.data = entry.text  # the app's words in the reader's language, as every list shows them
    if form.validate_on_submit() and run_service(
        form, lambda: service.update_entry(current_user, entry, form.values(), form.expected_version()), entry
    ):
        flash(_("Timeline entry saved."), "success")
        return redirect(_back(entry.case_id, entry.claimant_id, entry.meeting_id))
    subject = service.Subject(entry.case, entry.claimant)
    return render_template("timeline/form.html", form=form, subject=subject, entry=entry, next=_safe_next())


@bp.post("/<int:entry_id>/done")
@case_worker_required
def done(entry_id: int):
    entry = _load_entry(entry_id)
    if run_service(
        None, lambda: service.mark_done(current_user, entry, request.form.get("version", type=db_int))
    ):
        flash(_("Task marked done."), "success")
    return redirect(_back(entry.case_id, entry.claimant_id, entry.meeting_id))


@bp.post("/<int:entry_id>/archive")
@case_worker_required
def archive(entry_id: int):
    entry = _load_entry(entry_id)
    if run_service(
        None, lambda: service.archive_entry(current_user, entry, request.form.get("version", type=db_int))
    ):
        flash(_("Archived. An administrator can restore it."), "success")
    return redirect(_back(entry.case_id, entry.claimant_id, entry.meeting_id))
