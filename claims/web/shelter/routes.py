"""A claimant's shelter stays, risk level and safety incidents, and the Fund item made from the stays."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims import clock
from claims.models import Calculation, Claimant
from claims.services import directory, protection, safety, shelter
from claims.services import timeline as timeline_service
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.calculations.forms.compensation import FUND_ITEM_LABELS
from claims.web.forms import missing_version_message, run_service
from claims.web.i18n import locale_code
from claims.web.labels import options
from claims.web.shelter.forms import FundFromStaysForm, IncidentForm, RiskForm, ShelterStayForm

bp = Blueprint("shelter", __name__, url_prefix="/shelter")


def _claimant(claimant_id: int) -> Claimant:
    return get_visible(Claimant, claimant_id, current_user)


def _writable(claimant_id: int) -> Claimant:
    """The claimant whose safety records the user may write: while protected, their case team and admins."""
    claimant = _claimant(claimant_id)
    if not shelter.may_write(current_user, claimant):
        abort(403)
    return claimant


def _back(claimant: Claimant, anchor: str = ""):
    return redirect(url_for(".claimant", claimant_id=claimant.id) + anchor)


@bp.get("/claimant/<int:claimant_id>")
@case_worker_required
def claimant(claimant_id: int):
    person = _claimant(claimant_id)
    return render_template(
        "shelter/claimant.html",
        claimant=person,
        stays=shelter.claimant_stays(current_user, person, limit=shelter.HISTORY_LIMIT),
        risks=safety.risk_history(current_user, person),
        incidents=safety.incidents_of(current_user, person),
        show_private=safety.show_private(current_user, person),
        orders=protection.orders_for(current_user, person),
    )


def _stay_form(stay) -> ShelterStayForm:
    form = ShelterStayForm(obj=stay)
    keep = (stay.agency_id,) if stay is not None else ()
    form.agency_id.choices = options(
        shelter.shelter_choices(current_user, locale_code(), keep=keep), blank="—"
    )
    if stay is None and request.method == "GET":
        form.stay_from.data = clock.today()
    return form


@bp.route("/claimant/<int:claimant_id>/stays/new", methods=["GET", "POST"])
@bp.route("/claimant/<int:claimant_id>/stays/<int:stay_id>/edit", methods=["GET", "POST"])
@case_worker_required
def stay(claimant_id: int, stay_id: int | None = None):
    person = _writable(claimant_id)
    record = shelter.get_stay(current_user, person, stay_id) if stay_id is not None else None
    form = _stay_form(record)
    if record is None:
        action = lambda: shelter.create_stay(current_user, person, form.values())  # noqa: E731
    else:
        action = lambda: shelter.update_stay(current_user, record, form.values(), form.expected_version())  # noqa: E731
    if form.validate_on_submit() and run_service(form, action, record):
        flash(_("Shelter stay saved."), "success")
        return _back(person, "#stays")
    return render_template(
        "shelter/form.html", form=form, claimant=person, heading=_("Shelter stay"), record=record
    )


@bp.post("/claimant/<int:claimant_id>/stays/<int:stay_id>/archive")
@case_worker_required
def archive_stay(claimant_id: int, stay_id: int):
    person = _writable(claimant_id)
    record = shelter.get_stay(current_user, person, stay_id)
    if run_service(None, lambda: shelter.archive_stay(current_user, record, request.form.get("version"))):
        flash(_("Archived. An administrator can restore it."), "success")
    return _back(person, "#stays")


@bp.route("/claimant/<int:claimant_id>/risk/new", methods=["GET", "POST"])
@case_worker_required
def risk(claimant_id: int):
    person = _writable(claimant_id)
    form = RiskForm()
    if request.method == "GET":
        form.assessed_on.data = clock.today()
    if form.validate_on_submit() and run_service(
        form, lambda: safety.assess_risk(current_user, person, form.values())
    ):
        flash(_("Risk level saved."), "success")
        return _back(person, "#risk")
    return render_template(
        "shelter/form.html", form=form, claimant=person, heading=_("Risk level"), record=None
    )


@bp.post("/claimant/<int:claimant_id>/risk/<int:assessment_id>/archive")
@case_worker_required
def archive_risk(claimant_id: int, assessment_id: int):
    person = _writable(claimant_id)
    record = safety.get_assessment(current_user, person, assessment_id)
    if run_service(
        None, lambda: safety.archive_assessment(current_user, record, request.form.get("version"))
    ):
        flash(_("Archived. An administrator can restore it."), "success")
    return _back(person, "#risk")


def _incident_form(record) -> IncidentForm:
    form = IncidentForm(obj=record)
    keep = (record.reported_to_id,) if record is not None else ()
    form.reported_to_id.choices = options(
        directory.agency_choices(current_user, locale_code(), keep=keep), blank="—"
    )
    form.task_assignee_id.choices = options(timeline_service.assignee_choices(current_user), blank="—")
    if record is None and request.method == "GET":
        form.occurred_on.data = clock.today()
    if record is not None and record.task_id is not None:
        for name in IncidentForm.TASK_FIELDS:
            del form[name]  # the incident's task is changed on the task list
    return form


def _follow_up(form: IncidentForm) -> safety.FollowUp | None:
    if "make_task" not in form or not form.make_task.data:
        return None
    return safety.FollowUp(
        form.task_body.data and form.task_body.data.strip() or None,
        form.task_assignee_id.data,
        form.task_assignee_agency.data and form.task_assignee_agency.data.strip() or None,
        form.task_due_on.data,
    )


@bp.route("/claimant/<int:claimant_id>/incidents/new", methods=["GET", "POST"])
@bp.route("/claimant/<int:claimant_id>/incidents/<int:incident_id>/edit", methods=["GET", "POST"])
@case_worker_required
def incident(claimant_id: int, incident_id: int | None = None):
    person = _writable(claimant_id)
    record = safety.get_incident(current_user, person, incident_id) if incident_id is not None else None
    form = _incident_form(record)

    def action():
        if record is None:
            return safety.record_incident(current_user, person, form.incident_values(), _follow_up(form))
        return safety.update_incident(
            current_user, record, form.incident_values(), form.expected_version(), _follow_up(form)
        )

    if form.validate_on_submit() and run_service(form, action, record):
        flash(_("Safety incident saved."), "success")
        return _back(person, "#incidents")
    return render_template(
        "shelter/form.html", form=form, claimant=person, heading=_("Safety incident"), record=record
    )


@bp.post("/claimant/<int:claimant_id>/incidents/<int:incident_id>/archive")
@case_worker_required
def archive_incident(claimant_id: int, incident_id: int):
    person = _writable(claimant_id)
    record = safety.get_incident(current_user, person, incident_id)
    if run_service(None, lambda: safety.archive_incident(current_user, record, request.form.get("version"))):
        flash(_("Archived. An administrator can restore it."), "success")
    return _back(person, "#incidents")


@bp.route("/calculations/<int:calculation_id>/fund", methods=["GET", "POST"])
@case_worker_required
def fund(calculation_id: int):
    """A Fund item whose days are the claimant's shelter days: the living allowance or the loss of income."""
    calculation = get_visible(Calculation, calculation_id, current_user)
    person = _claimant(calculation.claimant_id)
    form = FundFromStaysForm(data={"version": calculation.version})
    form.set_items({key: FUND_ITEM_LABELS[key] for key in shelter.FUND_ITEMS})
    if request.method == "GET":
        form.until.data = clock.today()
    action = lambda: shelter.add_fund_item_from_stays(  # noqa: E731
        current_user, calculation, form.values(), form.expected_version(), locale_code()
    )
    if request.method == "POST" and not (form.expected_version() or "").strip():
        # Said before anything else: the item changes the calculation, and a form that lost its version
        # would otherwise be told only of its empty fields.
        form.validate()
        form.form_errors.append(missing_version_message())
    elif form.validate_on_submit() and run_service(form, action, calculation):
        flash(_("Fund item added from the shelter stays, and recomputed."), "success")
        return redirect(url_for("calculations.show", calculation_id=calculation.id) + "#fund_items")
    return render_template(
        "shelter/fund.html",
        form=form,
        calculation=calculation,
        claimant=person,
        stays=shelter.claimant_stays(current_user, person, limit=shelter.HISTORY_LIMIT),
    )
