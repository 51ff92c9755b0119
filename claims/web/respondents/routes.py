from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims.models import Case, Respondent
from claims.models.enums import RespondentKind, RespondentStatus
from claims.services import matching
from claims.services import respondents as service
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.forms import db_int, page_number, run_service
from claims.web.labels import COUNTRIES, choice_pairs, country_pairs, options
from claims.web.respondents.forms import RespondentForm

bp = Blueprint("respondents", __name__, url_prefix="/respondents")


def _one_of(name: str, allowed) -> str:
    value = request.args.get(name, "")
    return value if value in allowed else ""


@bp.get("/")
@case_worker_required
def index():
    filters = service.RespondentFilters(
        q=request.args.get("q", "")[:100],
        find=request.args.get("find", "")[:100],
        kind=_one_of("kind", set(RespondentKind)),
        status=_one_of("status", set(RespondentStatus)),
        country=_one_of("country", set(COUNTRIES)),
        page=request.args.get("page", 1, type=page_number),
        sort=service.RESPONDENT_SORTS.choose(request.args.get("sort"), request.args.get("dir")),
    )
    listing = service.list_respondents(current_user, filters)
    return render_template(
        "respondents/index.html",
        listing=listing,
        filters=filters,
        sorts=service.RESPONDENT_SORTS,
        kind_choices=choice_pairs(RespondentKind, blank=_("Any kind")),
        status_choices=choice_pairs(RespondentStatus, blank=_("Any status")),
        country_choices=country_pairs(blank=_("Any country")),
    )


def _with_successors(form: RespondentForm, respondent: Respondent | None) -> RespondentForm:
    successors = service.successor_choices(current_user, respondent)
    if respondent is not None and respondent.successor is not None and respondent.successor.is_archived:
        successors.append((respondent.successor.id, _("%(name)s (archived)", name=respondent.successor.name)))
    form.successor_id.choices = options(successors, blank=_("None"))
    return form


@bp.route("/new", methods=["GET", "POST"])
@case_worker_required
def create():
    # Opened from a case's "Add a respondent": back to that case with the new respondent chosen, one step
    # from being a party, so nobody picks an existing one because it was the one already in the list.
    for_case = request.args.get("for_case", type=db_int)
    case = get_visible(Case, for_case, current_user) if for_case is not None else None
    form = _with_successors(RespondentForm(), None)
    created = {}
    check = None
    valid = form.validate_on_submit()
    # A broker or lender may be, or have been, the organisation's client: the lawyer sees it before the respondent
    # is recorded (and respondents already recorded under another spelling). What the save would refuse anyway
    # (a licence number already held) is said first.
    distinct = request.form.get("distinct") == "1"
    if valid and not distinct:
        valid = run_service(form, lambda: service.check_new(current_user, form.values()))
        if valid:
            check = matching.check_respondent(current_user, form.name.data)
    if (
        valid
        and not check
        and run_service(
            form,
            lambda: created.setdefault(
                "respondent", service.create_respondent(current_user, form.values(), distinct=distinct)
            ),
        )
    ):
        flash(_("Respondent %(name)s recorded.", name=created["respondent"].name), "success")
        if case is not None:
            return redirect(
                url_for("cases.add_respondent", case_id=case.id, respondent_id=created["respondent"].id)
            )
        return redirect(url_for(".show", respondent_id=created["respondent"].id))
    return render_template("respondents/form.html", form=form, respondent=None, case=case, check=check)


@bp.get("/<int:respondent_id>")
@case_worker_required
def show(respondent_id: int):
    page = service.load_respondent_page(current_user, respondent_id)
    clients = matching.clients_named_like(current_user, page.respondent)
    return render_template("respondents/show.html", page=page, respondent=page.respondent, clients=clients)


@bp.route("/<int:respondent_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit(respondent_id: int):
    respondent = get_visible(Respondent, respondent_id, current_user)
    form = _with_successors(RespondentForm(obj=respondent), respondent)
    if form.validate_on_submit() and run_service(
        form,
        lambda: service.update_respondent(current_user, respondent, form.values(), form.expected_version()),
        respondent,
    ):
        flash(_("Changes to %(name)s saved.", name=respondent.name), "success")
        return redirect(url_for(".show", respondent_id=respondent.id))
    return render_template("respondents/form.html", form=form, respondent=respondent)


@bp.post("/<int:respondent_id>/archive")
@case_worker_required
def archive(respondent_id: int):
    respondent = get_visible(Respondent, respondent_id, current_user)
    if run_service(
        None,
        lambda: service.archive_respondent(
            current_user, respondent, request.form.get("version", type=db_int)
        ),
    ):
        flash(
            _("%(name)s archived. An administrator can restore the record.", name=respondent.name), "success"
        )
        return redirect(url_for(".index"))
    return redirect(url_for(".show", respondent_id=respondent.id))
