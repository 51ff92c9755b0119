from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims import clock
from claims.models import Claimant, Referral
from claims.models.enums import ReferralStatus
from claims.services import directory
from claims.services import referrals as service
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.forms import db_int, page_number, run_service
from claims.web.i18n import locale_code
from claims.web.labels import choice_pairs, options
from claims.web.referrals.forms import ReferralForm

bp = Blueprint("referrals", __name__, url_prefix="/referrals")


@bp.get("/")
@case_worker_required
def index():
    status = request.args.get("status", "")
    filters = service.ReferralFilters(
        overdue=request.args.get("overdue") == "1",
        status=status if status in set(ReferralStatus) else "",
        agency_id=request.args.get("agency_id", type=db_int),
        page=request.args.get("page", 1, type=page_number),
    )
    return render_template(
        "referrals/index.html",
        found=service.list_referrals(current_user, filters),
        filters=filters,
        status_choices=choice_pairs(ReferralStatus, blank=_("Any status")),
    )


def _form(claimant: Claimant, referral: Referral | None) -> ReferralForm:
    form = ReferralForm(obj=referral)
    if referral is None and request.method == "GET":
        form.referred_on.data = clock.today()
    if referral is not None and request.method == "GET":
        form.services.data = referral.service_list
    keep = (referral.from_agency_id, referral.to_agency_id) if referral is not None else ()
    agencies = directory.agency_choices(current_user, locale_code(), keep=keep)
    form.from_agency_id.choices = options(agencies, blank=_("Us (our organisation)"))
    form.to_agency_id.choices = options(agencies, blank="—")
    form.case_id.choices = options(service.case_choices(current_user, claimant), blank=_("No case"))
    # Whom the whereabouts rule does not name gets the form without the free-text fields (not shown, not
    # posted back; the service ignores them too).
    for name in service.hidden_fields(current_user, claimant):
        del form[name]
    return form


@bp.route("/new", methods=["GET", "POST"])
@case_worker_required
def create():
    claimant = get_visible(Claimant, request.args.get("claimant_id"), current_user)
    form = _form(claimant, None)
    made = {}
    if form.validate_on_submit() and run_service(
        form,
        lambda: made.setdefault("referral", service.create_referral(current_user, claimant, form.values())),
    ):
        flash(_("Referral of %(code)s recorded.", code=claimant.pseudonym), "success")
        return redirect(url_for(".show", referral_id=made["referral"].id))
    return render_template("referrals/form.html", form=form, claimant=claimant, referral=None)


@bp.get("/<int:referral_id>")
@case_worker_required
def show(referral_id: int):
    page = service.load_referral_page(current_user, referral_id)
    return render_template("referrals/show.html", page=page, referral=page.referral)


@bp.route("/<int:referral_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit(referral_id: int):
    referral = get_visible(Referral, referral_id, current_user)
    claimant = get_visible(Claimant, referral.claimant_id, current_user)
    form = _form(claimant, referral)
    if form.validate_on_submit() and run_service(
        form,
        lambda: service.update_referral(current_user, referral, form.values(), form.expected_version()),
        referral,
    ):
        flash(_("Referral of %(code)s saved.", code=claimant.pseudonym), "success")
        return redirect(url_for(".show", referral_id=referral.id))
    return render_template("referrals/form.html", form=form, claimant=claimant, referral=referral)


@bp.post("/<int:referral_id>/archive")
@case_worker_required
def archive(referral_id: int):
    referral = get_visible(Referral, referral_id, current_user)
    version = request.form.get("version", type=db_int)
    if run_service(None, lambda: service.archive_referral(current_user, referral, version)):
        flash(_("Referral archived. An administrator can restore it."), "success")
        return redirect(url_for("claimants.show", claimant_id=referral.claimant_id) + "#referrals")
    return redirect(url_for(".show", referral_id=referral.id))
