"""Meetings: the list (by kind, a page at a time), record or edit one with its attendees and action items, view."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims.models import Case, Claimant, Meeting
from claims.models.enums import MeetingKind
from claims.services import meetings as service
from claims.services import timeline as timeline_service
from claims.services.errors import ValidationFailed
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.forms import db_int, page_number, run_service
from claims.web.labels import choice_pairs, options
from claims.web.meetings.forms import BLANK_ROWS, MeetingForm

bp = Blueprint("meetings", __name__, url_prefix="/meetings")


@bp.get("/")
@case_worker_required
def index():
    listing = service.list_meetings(
        current_user, kind=request.args.get("kind", ""), page=request.args.get("page", 1, type=page_number)
    )
    return render_template(
        "meetings/index.html",
        listing=listing,
        kind_choices=choice_pairs(MeetingKind, blank=_("Every kind of meeting")),
    )


def _prepare(form: MeetingForm) -> None:
    people = options(timeline_service.assignee_choices(current_user), blank="—")
    for row in form.action_items:
        row.form.assignee_id.choices = people
    if request.method == "POST" and request.form.get("more"):
        for _n in range(BLANK_ROWS):
            form.attendees.append_entry()
            form.action_items.append_entry()
            form.action_items[-1].form.assignee_id.choices = people


def _place_row_errors(form: MeetingForm, failure: ValidationFailed) -> dict:
    """Messages about a row (action_items-0-due_on) go next to that row's field; the rest are returned."""
    rest = {}
    for key, message in failure.errors.items():
        parts = key.split("-")
        if len(parts) == 3 and parts[0] == "action_items" and parts[1].isdigit():
            row = form.action_items[int(parts[1])].form
            row[parts[2]].errors = [*row[parts[2]].errors, message]
        else:
            rest[key] = message
    return rest


def _run(form: MeetingForm, meeting: Meeting | None) -> Meeting | None:
    saved = {}

    def action():
        cases, claimants = service.resolve_links(current_user, form.cases.data, form.claimants.data)
        if meeting is None:
            saved["meeting"] = service.create_meeting(
                current_user, form.values(), cases, claimants, form.items()
            )
        else:
            service.update_meeting(
                current_user, meeting, form.values(), form.expected_version(), cases, claimants, form.items()
            )
            saved["meeting"] = meeting

    def placed():
        try:
            action()
        except ValidationFailed as failure:
            rest = _place_row_errors(form, failure)
            if len(rest) < len(failure.errors):
                rest["action_items"] = _("Correct the action items marked below.")
            raise ValidationFailed(rest) from None

    return saved.get("meeting") if run_service(form, placed, meeting) else None


def _links_text(meeting: Meeting) -> tuple[str, str]:
    links = service.links(current_user, meeting)
    return (
        ", ".join(link.case.reference for link in links if link.case_id),
        ", ".join(link.claimant.pseudonym for link in links if link.claimant_id),
    )


def _render(form: MeetingForm, meeting: Meeting | None):
    return render_template("meetings/form.html", form=form, meeting=meeting)


@bp.route("/new", methods=["GET", "POST"])
@case_worker_required
def create():
    form = MeetingForm()
    if request.method == "GET":
        # Opened from a case's or a claimant's page: that one is already named.
        if case_id := request.args.get("case_id"):
            form.cases.data = get_visible(Case, case_id, current_user).reference
        if claimant_id := request.args.get("claimant_id"):
            form.claimants.data = get_visible(Claimant, claimant_id, current_user).pseudonym
    _prepare(form)
    if request.form.get("more"):
        return _render(form, None)
    if form.validate_on_submit() and (meeting := _run(form, None)):
        flash(_("Meeting recorded."), "success")
        return redirect(url_for(".show", meeting_id=meeting.id))
    return _render(form, None)


@bp.route("/<int:meeting_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit(meeting_id: int):
    meeting = get_visible(Meeting, meeting_id, current_user)
    if request.method == "GET":
        items = service.action_items(current_user, meeting)
        form = MeetingForm(
            obj=meeting,
            attendees=[*meeting.attendees, *([{}] * MeetingForm.BLANK)],
            action_items=[
                *(
                    {
                        "id": str(t.id),
                        "body": t.body,
                        "assignee_id": t.assignee_id,
                        "assignee_agency": t.assignee_agency,
                        "due_on": t.due_on,
                        "done": t.done_at is not None,
                    }
                    for t in items
                ),
                *([{}] * MeetingForm.BLANK),
            ],
        )
        form.cases.data, form.claimants.data = _links_text(meeting)
    else:
        form = MeetingForm()
    _prepare(form)
    if request.form.get("more"):
        return _render(form, meeting)
    if form.validate_on_submit() and _run(form, meeting):
        flash(_("Meeting saved."), "success")
        return redirect(url_for(".show", meeting_id=meeting.id))
    return _render(form, meeting)


@bp.get("/<int:meeting_id>")
@case_worker_required
def show(meeting_id: int):
    meeting = get_visible(Meeting, meeting_id, current_user)
    return render_template(
        "meetings/show.html",
        meeting=meeting,
        links=service.links(current_user, meeting),
        items=service.action_items(current_user, meeting),
    )


@bp.post("/<int:meeting_id>/archive")
@case_worker_required
def archive(meeting_id: int):
    meeting = get_visible(Meeting, meeting_id, current_user)
    if run_service(
        None, lambda: service.archive_meeting(current_user, meeting, request.form.get("version", type=db_int))
    ):
        flash(_("Archived. An administrator can restore it."), "success")
        return redirect(url_for(".index"))
    return redirect(url_for(".show", meeting_id=meeting.id))
