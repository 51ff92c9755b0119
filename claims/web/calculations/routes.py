from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims.models import Calculation, Case, Claimant
from claims.services import calculations as service
from claims.services.calculations.reads import localized_changes
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.calculations.forms import (
    LIST_FORMS,
    OBJECT_FORMS,
    SettingsForm,
    TemplateForm,
    conventions_in_force,
)
from claims.web.calculations.forms.rows import more_rows_requested
from claims.web.calculations.names import Names
from claims.web.forms import run_service
from claims.web.i18n import locale_code

bp = Blueprint("calculations", __name__, url_prefix="/calculations")

PERIOD_SECTIONS = "any(records,deductions,payments)"
CLAIM_SECTIONS = "any(employment,exchange_rates,loans,fees,fund_items,heads,damages)"


@bp.get("/case/<int:case_id>")
@case_worker_required
def case(case_id: int):
    page = service.load_case_calculations(current_user, case_id)
    return render_template("calculations/case.html", page=page, case=page.case)


@bp.post("/case/<int:case_id>/recompute")
@case_worker_required
def recompute_case(case_id: int):
    case = get_visible(Case, case_id, current_user)
    done = {}
    if run_service(None, lambda: done.setdefault("n", service.recompute_case(current_user, case))):
        flash(_("%(n)d calculations recomputed under the current rules.", n=done["n"]), "success")
    return redirect(url_for(".case", case_id=case.id))


@bp.route("/case/<int:case_id>/template", methods=["GET", "POST"])
@case_worker_required
def template(case_id: int):
    case = get_visible(Case, case_id, current_user)
    template = service.get_template(current_user, case)
    initial = TemplateForm.initial(template.data) if template else {}
    form = TemplateForm(data={**initial, "version": template.version if template else None})
    action = lambda: service.save_template(  # noqa: E731
        current_user, case, form.values(), form.expected_version(), TemplateForm.field_map()
    )
    if form.validate_on_submit() and run_service(form, action, template):
        flash(_("Shared terms saved. Apply them to the claimants to copy them."), "success")
        return redirect(url_for(".case", case_id=case.id))
    return render_template("calculations/template_form.html", form=form, case=case)


@bp.post("/case/<int:case_id>/template/apply")
@case_worker_required
def apply_template(case_id: int):
    case = get_visible(Case, case_id, current_user)
    done = {}
    if run_service(None, lambda: done.setdefault("n", service.apply_template(current_user, case))):
        flash(_("Shared terms copied into %(n)d calculations.", n=done["n"]), "success")
    return redirect(url_for(".case", case_id=case.id))


@bp.route("/case/<int:case_id>/claimant/<int:claimant_id>", methods=["GET", "POST"])
@case_worker_required
def start(case_id: int, claimant_id: int):
    case = get_visible(Case, case_id, current_user)
    claimant = get_visible(Claimant, claimant_id, current_user)
    existing = service.find_calculation(current_user, case, claimant)
    if existing is not None:
        return redirect(url_for(".show", calculation_id=existing.id))
    form = SettingsForm()
    created = {}
    action = lambda: created.setdefault(  # noqa: E731
        "calculation", service.start_calculation(current_user, case, claimant, form.item())
    )
    if form.validate_on_submit() and run_service(form, action):
        flash(_("Calculation started for %(code)s.", code=claimant.pseudonym), "success")
        return redirect(url_for(".show", calculation_id=created["calculation"].id))
    return render_template("calculations/start.html", form=form, case=case, claimant=claimant)


@bp.get("/<int:calculation_id>")
@case_worker_required
def show(calculation_id: int):
    page = service.load_calculation_page(current_user, calculation_id, locale_code())
    return render_template(
        "calculations/show.html",
        page=page,
        calculation=page.calculation,
        conventions=conventions_in_force(page.calculation.data or {}),
        names=Names(),
    )


@bp.post("/<int:calculation_id>/compute")
@case_worker_required
def compute(calculation_id: int):
    calculation = get_visible(Calculation, calculation_id, current_user)
    if run_service(None, lambda: service.compute(current_user, calculation)):
        flash(_("Recomputed under the current rules."), "success")
    return redirect(url_for(".show", calculation_id=calculation.id))


@bp.get("/<int:calculation_id>/changes")
@case_worker_required
def changes(calculation_id: int):
    page = service.load_calculation_page(current_user, calculation_id, locale_code())
    changes = service.what_changed(page.calculation)
    lines = localized_changes(changes.lines, locale_code())
    return render_template("calculations/changes.html", page=page, changes=changes, lines=lines)


@bp.route(
    "/<int:calculation_id>/<any(settings,recruitment,compensation,conventions):object_section>",
    methods=["GET", "POST"],
)
@case_worker_required
def edit_object(calculation_id: int, object_section: str):
    section = object_section
    calculation = get_visible(Calculation, calculation_id, current_user)
    form_class, heading = OBJECT_FORMS[section]
    initial = form_class.initial(service.get_object(calculation, section))
    form = form_class(data={**initial, "version": calculation.version})
    action = lambda: service.set_object(  # noqa: E731
        current_user, calculation, section, form.item(), form.expected_version(), form_class.field_map()
    )
    if not more_rows_requested(form) and form.validate_on_submit() and run_service(form, action, calculation):
        flash(_("Saved and recomputed."), "success")
        return redirect(url_for(".show", calculation_id=calculation.id))
    return render_template("calculations/item_form.html", form=form, calculation=calculation, heading=heading)


@bp.route(f"/<int:calculation_id>/<{CLAIM_SECTIONS}:claim_section>/new", methods=["GET", "POST"])
@bp.route(f"/<int:calculation_id>/<{CLAIM_SECTIONS}:claim_section>/<int:index>", methods=["GET", "POST"])
@bp.route(
    f"/<int:calculation_id>/employment/<int:period>/<{PERIOD_SECTIONS}:period_section>/new",
    methods=["GET", "POST"],
)
@bp.route(
    f"/<int:calculation_id>/employment/<int:period>/<{PERIOD_SECTIONS}:period_section>/<int:index>",
    methods=["GET", "POST"],
)
@case_worker_required
def item(
    calculation_id: int,
    claim_section: str | None = None,
    period_section: str | None = None,
    index: int | None = None,
    period: int | None = None,
):
    section = claim_section or period_section
    calculation = get_visible(Calculation, calculation_id, current_user)
    form_class, heading = LIST_FORMS[section]
    if period is not None:
        service.get_item(calculation, "employment", None, period)  # 404 for a period that is not there
    initial = (
        form_class.initial(service.get_item(calculation, section, period, index)) if index is not None else {}
    )
    form = form_class(data={**initial, "version": calculation.version})
    action = lambda: service.set_item(  # noqa: E731
        current_user,
        calculation,
        section,
        form.item(),
        form.expected_version(),
        period=period,
        index=index,
        field_map=form_class.field_map(),
    )
    if not more_rows_requested(form) and form.validate_on_submit() and run_service(form, action, calculation):
        flash(_("Saved and recomputed."), "success")
        return redirect(url_for(".show", calculation_id=calculation.id) + f"#{section}")
    return render_template("calculations/item_form.html", form=form, calculation=calculation, heading=heading)


@bp.post(f"/<int:calculation_id>/<{CLAIM_SECTIONS}:claim_section>/<int:index>/remove")
@bp.post(
    f"/<int:calculation_id>/employment/<int:period>/<{PERIOD_SECTIONS}:period_section>/<int:index>/remove"
)
@case_worker_required
def remove(
    calculation_id: int,
    index: int,
    claim_section: str | None = None,
    period_section: str | None = None,
    period: int | None = None,
):
    section = claim_section or period_section
    calculation = get_visible(Calculation, calculation_id, current_user)
    if section not in LIST_FORMS:
        abort(404)
    version = request.form.get("version")
    action = lambda: service.remove_item(current_user, calculation, section, index, version, period=period)  # noqa: E731
    if run_service(None, action):
        flash(_("Removed and recomputed."), "success")
    return redirect(url_for(".show", calculation_id=calculation.id) + f"#{section}")
