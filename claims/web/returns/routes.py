"""The claimant's return home and what follows it: the return, proof that money reached them, the reintegration
plan, follow-up visits; closing and reopening a claimant's file or a case."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims import clock
from claims.models import Case, Claimant, FollowUpVisit, MoneyDelivery, ReintegrationGoal
from claims.services import (
    closing,
    deliveries,
    directory,
    follow_up_visits,
    records,
    reintegration,
    returns,
    timeline,
)
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.forms import run_service
from claims.web.i18n import locale_code
from claims.web.labels import options
from claims.web.returns.forms import CloseForm, DeliveryForm, GoalForm, ReturnForm, VisitForm

bp = Blueprint("returns", __name__)


def _claimant(claimant_id: int) -> Claimant:
    return get_visible(Claimant, claimant_id, current_user)


def _own(claimant: Claimant, model, record_id: int | None):
    """The claimant's own record named in the URL; another claimant's is not found under this one."""
    if record_id is None:
        return None
    record = get_visible(model, record_id, current_user)
    if record.claimant_id != claimant.id:
        abort(404)
    return record


def _back(claimant: Claimant, anchor: str = ""):
    return redirect(url_for(".show", claimant_id=claimant.id) + anchor)


def _agencies(*keep):
    return options(directory.agency_choices(current_user, locale_code(), keep=keep), blank="—")


def _people():
    return options(timeline.assignee_choices(current_user), blank="—")


def _drop_hidden(form, claimant: Claimant, fields) -> None:
    # Whom the whereabouts rule does not name gets the form without those fields (not shown, not posted back;
    # the service ignores them too).
    for name in returns.hidden_fields(current_user, claimant, fields):
        del form[name]


@bp.get("/claimants/<int:claimant_id>/return")
@case_worker_required
def show(claimant_id: int):
    page = returns.load_page(current_user, _claimant(claimant_id))
    return render_template("returns/show.html", page=page, claimant=page.claimant, ret=page.ret)


@bp.route("/claimants/<int:claimant_id>/return/edit", methods=["GET", "POST"])
@case_worker_required
def edit(claimant_id: int):
    claimant = _claimant(claimant_id)
    ret = returns.live_return(claimant)
    form = ReturnForm(obj=ret)
    keep = (
        (ret.escort_agency_id, ret.receiving_agency_id, ret.contact_agency_id, ret.payment_agency_id)
        if ret
        else ()
    )
    for name in ("escort_agency_id", "receiving_agency_id", "contact_agency_id", "payment_agency_id"):
        form[name].choices = _agencies(*keep)  # before _drop_hidden removes the private ones
    form.handover_evidence_id.choices = options(returns.evidence_choices(current_user, claimant), blank="—")
    if ret is None and request.method == "GET":
        form.destination_country.data = claimant.home_country
    _drop_hidden(form, claimant, returns.PRIVATE_FIELDS)
    if form.validate_on_submit() and run_service(
        form, lambda: returns.save_return(current_user, claimant, form.values(), form.expected_version()), ret
    ):
        flash(_("Return of %(code)s saved.", code=claimant.pseudonym), "success")
        return _back(claimant)
    return render_template("returns/form.html", form=form, claimant=claimant, ret=ret)


@bp.post("/claimants/<int:claimant_id>/return/archive")
@case_worker_required
def archive(claimant_id: int):
    claimant = _claimant(claimant_id)
    ret = returns.live_return(claimant)
    if ret is None:
        abort(404)
    if run_service(None, lambda: returns.archive_return(current_user, ret, request.form.get("version"))):
        flash(_("Archived. An administrator can restore it."), "success")
    return _back(claimant)


@bp.route("/claimants/<int:claimant_id>/return/money/new", methods=["GET", "POST"])
@case_worker_required
def delivery(claimant_id: int):
    claimant = _claimant(claimant_id)
    form = DeliveryForm()
    if request.method == "GET":
        form.reached_on.data = clock.today()
    form.through_agency_id.choices = _agencies()
    form.received_payment_id.choices = options(deliveries.payment_choices(current_user, claimant), blank="—")
    form.evidence_id.choices = options(returns.evidence_choices(current_user, claimant), blank="—")
    _drop_hidden(form, claimant, MoneyDelivery.PRIVATE_FIELDS)
    if form.validate_on_submit() and run_service(
        form, lambda: deliveries.add_delivery(current_user, claimant, form.values())
    ):
        flash(_("Proof of payment saved."), "success")
        return _back(claimant, "#money")
    return render_template(
        "returns/subform.html", form=form, claimant=claimant, heading=_("Money reached the person")
    )


@bp.post("/claimants/<int:claimant_id>/return/money/<int:delivery_id>/archive")
@case_worker_required
def archive_delivery(claimant_id: int, delivery_id: int):
    claimant = _claimant(claimant_id)
    record = _own(claimant, MoneyDelivery, delivery_id)
    if run_service(
        None, lambda: deliveries.archive_delivery(current_user, record, request.form.get("version"))
    ):
        flash(_("Archived. An administrator can restore it."), "success")
    return _back(claimant, "#money")


@bp.route("/claimants/<int:claimant_id>/plan/new", methods=["GET", "POST"])
@bp.route("/claimants/<int:claimant_id>/plan/<int:goal_id>/edit", methods=["GET", "POST"])
@case_worker_required
def goal(claimant_id: int, goal_id: int | None = None):
    claimant = _claimant(claimant_id)
    record = _own(claimant, ReintegrationGoal, goal_id)
    form = GoalForm(obj=record)
    form.owner_id.choices = _people()
    form.owner_agency_id.choices = _agencies(record.owner_agency_id if record else None)
    # A new goal's text is written by whoever adds it; a stored one is not shown to whom the rule leaves out.
    hidden = ReintegrationGoal.PRIVATE_FIELDS if record is not None else ("owner_agency_id",)
    _drop_hidden(form, claimant, hidden)
    if record is None:
        action = lambda: reintegration.add_goal(current_user, claimant, form.values())  # noqa: E731
    else:
        action = lambda: reintegration.update_goal(  # noqa: E731
            current_user, record, form.values(), form.expected_version()
        )
    if form.validate_on_submit() and run_service(form, action, record):
        flash(_("Goal saved."), "success")
        return _back(claimant, "#plan")
    return render_template(
        "returns/subform.html", form=form, claimant=claimant, heading=_("Reintegration goal")
    )


@bp.post("/claimants/<int:claimant_id>/plan/<int:goal_id>/archive")
@case_worker_required
def archive_goal(claimant_id: int, goal_id: int):
    claimant = _claimant(claimant_id)
    record = _own(claimant, ReintegrationGoal, goal_id)
    if run_service(
        None, lambda: reintegration.archive_goal(current_user, record, request.form.get("version"))
    ):
        flash(_("Archived. An administrator can restore it."), "success")
    return _back(claimant, "#plan")


@bp.route("/claimants/<int:claimant_id>/visits/new", methods=["GET", "POST"])
@bp.route("/claimants/<int:claimant_id>/visits/<int:visit_id>/edit", methods=["GET", "POST"])
@case_worker_required
def visit(claimant_id: int, visit_id: int | None = None):
    claimant = _claimant(claimant_id)
    record = _own(claimant, FollowUpVisit, visit_id)
    form = VisitForm(obj=record)
    form.visitor_id.choices = _people()
    form.visitor_agency_id.choices = _agencies(record.visitor_agency_id if record else None)
    _drop_hidden(form, claimant, FollowUpVisit.PRIVATE_FIELDS)
    if record is None:
        action = lambda: follow_up_visits.add_visit(current_user, claimant, form.values())  # noqa: E731
    else:
        action = lambda: follow_up_visits.update_visit(  # noqa: E731
            current_user, record, form.values(), form.expected_version()
        )
    if form.validate_on_submit() and run_service(form, action, record):
        flash(_("Visit saved."), "success")
        return _back(claimant, "#visits")
    return render_template("returns/subform.html", form=form, claimant=claimant, heading=_("Follow-up visit"))


@bp.post("/claimants/<int:claimant_id>/visits/<int:visit_id>/archive")
@case_worker_required
def archive_visit(claimant_id: int, visit_id: int):
    claimant = _claimant(claimant_id)
    record = _own(claimant, FollowUpVisit, visit_id)
    if run_service(
        None, lambda: follow_up_visits.archive_visit(current_user, record, request.form.get("version"))
    ):
        flash(_("Archived. An administrator can restore it."), "success")
    return _back(claimant, "#visits")


# ---------------------------------------------------------------- closing


def _version_first(form: CloseForm, record) -> bool:
    """A close posted without the version it was opened at is refused as such before its fields are judged: the
    reason it lacks is not what the person needs to hear (a stale page is)."""
    if request.method != "POST":
        return True
    return run_service(form, lambda: records.check_version(record, form.expected_version()), record)


def _close_form(record) -> CloseForm:
    form = CloseForm(data={"version": record.version})
    if request.method == "GET":
        form.closed_on.data = clock.today()
    return form


@bp.route("/claimants/<int:claimant_id>/close", methods=["GET", "POST"])
@case_worker_required
def close(claimant_id: int):
    claimant = _claimant(claimant_id)
    form = _close_form(claimant)
    if (
        _version_first(form, claimant)
        and form.validate_on_submit()
        and run_service(
            form,
            lambda: closing.close_claimant(current_user, claimant, form.values(), form.expected_version()),
            claimant,
        )
    ):
        flash(_("The file of %(code)s is closed. It can be reopened.", code=claimant.pseudonym), "success")
        return redirect(url_for("claimants.show", claimant_id=claimant.id))
    back = url_for("claimants.show", claimant_id=claimant.id)
    return render_template("returns/close.html", form=form, subject=claimant.pseudonym, back=back)


@bp.post("/claimants/<int:claimant_id>/reopen")
@case_worker_required
def reopen(claimant_id: int):
    claimant = _claimant(claimant_id)
    if run_service(
        None, lambda: closing.reopen_claimant(current_user, claimant, request.form.get("version"))
    ):
        flash(_("The file of %(code)s is open again.", code=claimant.pseudonym), "success")
    return redirect(url_for("claimants.show", claimant_id=claimant.id))


@bp.route("/cases/<int:case_id>/close", methods=["GET", "POST"])
@case_worker_required
def close_case(case_id: int):
    case = get_visible(Case, case_id, current_user)
    form = _close_form(case)
    if (
        _version_first(form, case)
        and form.validate_on_submit()
        and run_service(
            form, lambda: closing.close_case(current_user, case, form.values(), form.expected_version()), case
        )
    ):
        flash(_("Case %(ref)s is closed. It can be reopened.", ref=case.reference), "success")
        return redirect(url_for("cases.show", case_id=case.id))
    back = url_for("cases.show", case_id=case.id)
    return render_template("returns/close.html", form=form, subject=case.reference, back=back)


@bp.post("/cases/<int:case_id>/reopen")
@case_worker_required
def reopen_case(case_id: int):
    case = get_visible(Case, case_id, current_user)
    if run_service(None, lambda: closing.reopen_case(current_user, case, request.form.get("version"))):
        flash(_("Case %(ref)s is open again.", ref=case.reference), "success")
    return redirect(url_for("cases.show", case_id=case.id))
