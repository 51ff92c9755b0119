from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims.models import Agency, AgencyPerson
from claims.models.enums import AgencyKind, AgencyService
from claims.services import access
from claims.services import directory as service
from claims.services.scope import get_visible
from claims.web.access import admin_required, case_worker_required
from claims.web.directory.forms import AgencyForm, PersonForm
from claims.web.forms import db_int, page_number, run_service
from claims.web.i18n import locale_code
from claims.web.labels import COUNTRIES, LANGUAGES, choice_pairs, country_pairs

bp = Blueprint("directory", __name__, url_prefix="/directory")


def _one_of(name: str, allowed) -> str:
    value = request.args.get(name, "")
    return value if value in allowed else ""


@bp.get("/")
@case_worker_required
def index():
    filters = service.AgencyFilters(
        q=request.args.get("q", "")[:100],
        kind=_one_of("kind", set(AgencyKind)),
        country=_one_of("country", set(COUNTRIES)),
        language=_one_of("language", set(LANGUAGES)),
        service=_one_of("service", set(AgencyService)),
        archived=request.args.get("archived") == "1" and access.may_administer(current_user),
        page=request.args.get("page", 1, type=page_number),
    )
    return render_template(
        "directory/index.html",
        found=service.list_agencies(current_user, filters),
        filters=filters,
        kind_choices=choice_pairs(AgencyKind, blank=_("Any kind")),
        service_choices=choice_pairs(AgencyService, blank=_("Any service")),
        country_choices=country_pairs(blank=_("Any country")),
        language_choices=[("", _("Any language")), *((k, str(v)) for k, v in LANGUAGES.items())],
    )


def _agency_form(agency: Agency | None) -> AgencyForm:
    form = AgencyForm(obj=agency)
    if agency is not None and request.method == "GET":
        form.services.data = agency.service_list
        form.languages.data = agency.language_list
    return form


@bp.route("/new", methods=["GET", "POST"])
@case_worker_required
def create():
    form = _agency_form(None)
    created = {}
    if form.validate_on_submit() and run_service(
        form, lambda: created.setdefault("agency", service.create_agency(current_user, form.values()))
    ):
        agency = created["agency"]
        flash(_("%(name)s added to the directory.", name=agency.name(locale_code())), "success")
        return redirect(url_for(".show", agency_id=agency.id))
    return render_template("directory/form.html", form=form, agency=None)


@bp.get("/<int:agency_id>")
@case_worker_required
def show(agency_id: int):
    # An administrator may open an archived entry, to restore it.
    page = service.load_agency_page(
        current_user, agency_id, include_archived=access.may_administer(current_user)
    )
    return render_template("directory/show.html", page=page, agency=page.agency)


@bp.route("/<int:agency_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit(agency_id: int):
    agency = get_visible(Agency, agency_id, current_user)
    form = _agency_form(agency)
    if form.validate_on_submit() and run_service(
        form,
        lambda: service.update_agency(current_user, agency, form.values(), form.expected_version()),
        agency,
    ):
        flash(_("Changes to %(name)s saved.", name=agency.name(locale_code())), "success")
        return redirect(url_for(".show", agency_id=agency.id))
    return render_template("directory/form.html", form=form, agency=agency)


@bp.post("/<int:agency_id>/archive")
@case_worker_required
def archive(agency_id: int):
    agency = get_visible(Agency, agency_id, current_user)
    version = request.form.get("version", type=db_int)
    if run_service(None, lambda: service.archive_agency(current_user, agency, version)):
        flash(
            _("%(name)s archived. An administrator can restore it.", name=agency.name(locale_code())),
            "success",
        )
        return redirect(url_for(".index"))
    return redirect(url_for(".show", agency_id=agency.id))


@bp.post("/<int:agency_id>/restore")
@admin_required
def restore(agency_id: int):
    agency = get_visible(Agency, agency_id, current_user, include_archived=True)
    service.restore_agency(current_user, agency)
    flash(_("%(name)s restored to the directory.", name=agency.name(locale_code())), "success")
    return redirect(url_for(".show", agency_id=agency.id))


def _person_form(person: AgencyPerson | None) -> PersonForm:
    form = PersonForm(obj=person)
    if person is not None and request.method == "GET":
        form.languages.data = person.language_list
    return form


@bp.route("/<int:agency_id>/people/new", methods=["GET", "POST"])
@case_worker_required
def add_person(agency_id: int):
    agency = get_visible(Agency, agency_id, current_user)
    form = _person_form(None)
    if form.validate_on_submit() and run_service(
        form, lambda: service.add_person(current_user, agency, form.values())
    ):
        flash(_("%(name)s added.", name=form.name.data), "success")
        return redirect(url_for(".show", agency_id=agency.id) + "#people")
    return render_template("directory/person_form.html", form=form, agency=agency, person=None)


@bp.route("/people/<int:person_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit_person(person_id: int):
    person = get_visible(AgencyPerson, person_id, current_user)
    agency = get_visible(Agency, person.agency_id, current_user)
    form = _person_form(person)
    if form.validate_on_submit() and run_service(
        form,
        lambda: service.update_person(current_user, person, form.values(), form.expected_version()),
        person,
    ):
        flash(_("Changes to %(name)s saved.", name=person.name), "success")
        return redirect(url_for(".show", agency_id=agency.id) + "#people")
    return render_template("directory/person_form.html", form=form, agency=agency, person=person)


@bp.post("/people/<int:person_id>/archive")
@case_worker_required
def archive_person(person_id: int):
    person = get_visible(AgencyPerson, person_id, current_user)
    version = request.form.get("version", type=db_int)
    if run_service(None, lambda: service.archive_person(current_user, person, version)):
        flash(_("%(name)s archived. An administrator can restore the record.", name=person.name), "success")
    return redirect(url_for(".show", agency_id=person.agency_id) + "#people")
