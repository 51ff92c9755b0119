"""Outcomes: recorded per claimant (several at once), with enforcement steps and the ledger of payments."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from claims import formatting
from claims.models import Case, EnforcementStep, Outcome, ReceivedPayment
from claims.money import Money
from claims.services import outcome_payments, uncollected_awards
from claims.services import outcomes as service
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.forms import db_int, page_number, run_service
from claims.web.i18n import locale_code
from claims.web.labels import label
from claims.web.outcomes.forms import EnforcementStepForm, NewOutcomeForm, OutcomeForm, PaymentForm

bp = Blueprint("outcomes", __name__, url_prefix="/outcomes")


def _claimant_choices(case: Case) -> list[tuple[int, str]]:
    # Pseudonyms only: this form is not the claimant's own page.
    return [
        (claimant.id, f"{claimant.pseudonym} · {label(link.role)} {link.position}")
        for link, claimant in service.case_claimants(current_user, case)
    ]


@bp.route("/new", methods=["GET", "POST"])
@case_worker_required
def create():
    case = get_visible(Case, request.args.get("case_id"), current_user)
    preselected = [request.args.get("claimant_id", type=db_int)] if request.args.get("claimant_id") else []
    form = NewOutcomeForm(data={"claimant_ids": preselected} if request.method == "GET" else None)
    form.claimant_ids.choices = _claimant_choices(case)
    created = []
    if form.validate_on_submit() and run_service(
        form,
        lambda: created.extend(
            service.record_outcomes(current_user, case, form.claimant_ids.data or [], form.values())
        ),
    ):
        flash(
            ngettext(
                "%(num)d outcome recorded in %(ref)s.",
                "%(num)d outcomes recorded in %(ref)s.",
                len(created),
                ref=case.reference,
            ),
            "success",
        )
        if len(created) == 1:
            return redirect(url_for(".show", outcome_id=created[0].id))
        return redirect(url_for("cases.show", case_id=case.id) + "#outcomes")
    return render_template("outcomes/form.html", form=form, case=case, outcome=None)


def _money(amount, currency: str) -> str:
    return formatting.format_money(Money(amount, currency), locale_code())


@bp.get("/uncollected")
@case_worker_required
def uncollected():
    """Every award of the organisation not yet collected, a page at a time, with the totals of all of them."""
    page = request.args.get("page", 1, type=page_number)
    found = uncollected_awards.uncollected(current_user, limit=uncollected_awards.AWARDS_PAGE_SIZE, page=page)
    return render_template("outcomes/uncollected.html", found=found, listing=found.listing)


@bp.get("/<int:outcome_id>")
@case_worker_required
def show(outcome_id: int):
    page = service.load_outcome_page(current_user, outcome_id)
    return render_template("outcomes/show.html", page=page, outcome=page.outcome)


@bp.route("/<int:outcome_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit(outcome_id: int):
    outcome = get_visible(Outcome, outcome_id, current_user)
    case = get_visible(Case, outcome.case_id, current_user)
    form = OutcomeForm(obj=outcome)
    if form.validate_on_submit() and run_service(
        form,
        lambda: service.update_outcome(current_user, outcome, form.values(), form.expected_version()),
        outcome,
    ):
        flash(_("Outcome saved."), "success")
        return redirect(url_for(".show", outcome_id=outcome.id))
    return render_template("outcomes/form.html", form=form, case=case, outcome=outcome)


@bp.post("/<int:outcome_id>/archive")
@case_worker_required
def archive(outcome_id: int):
    outcome = get_visible(Outcome, outcome_id, current_user)
    case = get_visible(Case, outcome.case_id, current_user)
    if run_service(
        None, lambda: service.archive_outcome(current_user, outcome, request.form.get("version", type=db_int))
    ):
        flash(_("Outcome archived. An administrator can restore it."), "success")
        return redirect(url_for("cases.show", case_id=case.id) + "#outcomes")
    return redirect(url_for(".show", outcome_id=outcome.id))


def _load_child(model, record_id: int | None, outcome: Outcome):
    if record_id is None:
        return None
    record = get_visible(model, record_id, current_user)
    if record.outcome_id != outcome.id:
        abort(404)
    return record


def _load_outcome(outcome_id: int) -> Outcome:
    outcome = get_visible(Outcome, outcome_id, current_user)
    get_visible(Case, outcome.case_id, current_user)
    return outcome


@bp.route("/<int:outcome_id>/steps/new", methods=["GET", "POST"])
@bp.route("/<int:outcome_id>/steps/<int:step_id>/edit", methods=["GET", "POST"])
@case_worker_required
def step(outcome_id: int, step_id: int | None = None):
    outcome = _load_outcome(outcome_id)
    step = _load_child(EnforcementStep, step_id, outcome)
    form = EnforcementStepForm(obj=step)
    if step is None:
        action = lambda: service.add_step(current_user, outcome, form.values())  # noqa: E731
    else:
        action = lambda: service.update_step(current_user, step, form.values(), form.expected_version())  # noqa: E731
    if form.validate_on_submit() and run_service(form, action, step):
        flash(_("Enforcement step saved."), "success")
        return redirect(url_for(".show", outcome_id=outcome.id) + "#enforcement")
    return render_template(
        "outcomes/subform.html", form=form, outcome=outcome, record=step, heading=_("Enforcement step")
    )


@bp.route("/<int:outcome_id>/payments/new", methods=["GET", "POST"])
@bp.route("/<int:outcome_id>/payments/<int:payment_id>/edit", methods=["GET", "POST"])
@case_worker_required
def payment(outcome_id: int, payment_id: int | None = None):
    outcome = _load_outcome(outcome_id)
    payment = _load_child(ReceivedPayment, payment_id, outcome)
    form = PaymentForm(obj=payment, data={"currency": outcome.currency} if request.method == "GET" else None)
    result = {}
    confirmed = bool(form.confirm_large.data)
    if payment is None:
        action = lambda: result.setdefault(  # noqa: E731
            "r",
            outcome_payments.record_payment(current_user, outcome, form.values(), confirmed_large=confirmed),
        )
    else:
        action = lambda: result.setdefault(  # noqa: E731
            "r",
            outcome_payments.update_payment(
                current_user, payment, form.values(), form.expected_version(), confirmed_large=confirmed
            ),
        )
    if form.validate_on_submit() and run_service(form, action, payment):
        flash(_("Payment saved."), "success")
        over_by = result["r"].over_by
        if over_by is not None:
            flash(
                _(
                    "Received in total %(received)s, which is %(over)s more than the %(awarded)s awarded. It was "
                    "saved, since courts add interest: check that the amount is right.",
                    received=_money(result["r"].received, outcome.currency),
                    over=_money(over_by, outcome.currency),
                    awarded=_money(outcome.amount, outcome.currency),
                ),
                "warning",
            )
        return redirect(url_for(".show", outcome_id=outcome.id) + "#payments")
    return render_template(
        "outcomes/subform.html", form=form, outcome=outcome, record=payment, heading=_("Payment received")
    )


@bp.post("/<int:outcome_id>/<any(steps,payments):kind>/<int:record_id>/archive")
@case_worker_required
def archive_child(outcome_id: int, kind: str, record_id: int):
    outcome = _load_outcome(outcome_id)
    record = _load_child(EnforcementStep if kind == "steps" else ReceivedPayment, record_id, outcome)
    if run_service(
        None, lambda: service.archive_child(current_user, record, request.form.get("version", type=db_int))
    ):
        flash(_("Archived. An administrator can restore it."), "success")
    return redirect(
        url_for(".show", outcome_id=outcome.id) + ("#enforcement" if kind == "steps" else "#payments")
    )
