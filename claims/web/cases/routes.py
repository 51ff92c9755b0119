from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims.area_names import province_name
from claims.models import Case, CaseClaimant, CaseLink, CaseRespondent
from claims.models.enums import CaseKind, CaseStage, CaseStatus, Role
from claims.services import (
    access,
    case_page,
    choosers,
    deadlines,
    evidence,
    paging,
    parties,
    records,
    shared,
    sharing,
)
from claims.services import cases as service
from claims.services import meetings as meetings_service
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.cases.forms import (
    AddClaimantsForm,
    AddRespondentForm,
    CaseForm,
    CriminalPartyForm,
    LinkCaseForm,
    PartyForm,
)
from claims.web.forms import db_int, page_number, run_service
from claims.web.i18n import locale_code
from claims.web.labels import choice_pairs, options

DEADLINE_GROUPS = 25

bp = Blueprint("cases", __name__, url_prefix="/cases")


def _arg_in(name: str, enum_cls) -> str:
    value = request.args.get(name, "")
    return value if value in set(enum_cls) else ""


@bp.get("/")
@case_worker_required
def index():
    filters = service.CaseFilters(
        q=request.args.get("q", "")[:100],
        find=request.args.get("find", "")[:100],
        kind=_arg_in("kind", CaseKind),
        stage=_arg_in("stage", CaseStage),
        status=_arg_in("status", CaseStatus),
        court_id=request.args.get("court_id", type=db_int),
        mine=request.args.get("mine") == "1",
        page=request.args.get("page", 1, type=page_number),
        sort=service.CASE_SORTS.choose(request.args.get("sort"), request.args.get("dir")),
    )
    return render_template(
        "cases/index.html",
        listing=service.list_cases(current_user, filters),
        filters=filters,
        sorts=service.CASE_SORTS,
        kind_choices=choice_pairs(CaseKind, blank=_("Any kind")),
        stage_choices=choice_pairs(CaseStage, blank=_("Any stage")),
        status_choices=choice_pairs(CaseStatus, blank=_("Any status")),
        courts=service.court_choices(current_user),
        shared_panel=shared.shared_panel(current_user, q=filters.q),
    )


def _prepare(form: CaseForm) -> CaseForm:
    locale = locale_code()
    form.court_id.choices = options(
        (
            (court.id, f"{court.name(locale)} ({province_name(court.province, locale)})")
            for court in service.court_choices(current_user)
        ),
        blank=_("— none yet —"),
    )
    form.lawyer_id.choices = options(
        service.staff_choices(current_user, Role.LAWYER), blank=_("— not assigned —")
    )
    form.paralegal_id.choices = options(
        service.staff_choices(current_user, Role.PARALEGAL), blank=_("— not assigned —")
    )
    return form


@bp.route("/new", methods=["GET", "POST"])
@case_worker_required
def create():
    form = _prepare(CaseForm())
    created = {}
    if form.validate_on_submit() and run_service(
        form, lambda: created.setdefault("case", service.create_case(current_user, form.values()))
    ):
        flash(_("Case %(ref)s created.", ref=created["case"].reference), "success")
        return redirect(url_for(".show", case_id=created["case"].id))
    return render_template("cases/form.html", form=form, case=None)


@bp.get("/<int:case_id>")
@case_worker_required
def show(case_id: int):
    # Deadlines first: bringing them up to date commits, which would expire what the page has loaded.
    # A group case's deadlines run to two hundred groups (each worker's own dates): a page of them at a time.
    deadline_page = request.args.get("deadlines", 1, type=page_number)
    deadline_groups = deadlines.case_deadlines(
        current_user,
        get_visible(Case, case_id, current_user),
        limit=DEADLINE_GROUPS,
        offset=(deadline_page - 1) * DEADLINE_GROUPS,
    )
    page = case_page.load_case_page(
        current_user,
        case_id,
        parties_page=request.args.get("parties", 1, type=page_number),
        standing=request.args.get("standing", ""),
        outcomes_page=request.args.get("outcomes", 1, type=page_number),
    )
    meetings, meetings_total = meetings_service.meetings_about(current_user, case=page.case)
    return render_template(
        "cases/show.html",
        page=page,
        case=page.case,
        deadline_groups=deadline_groups,
        deadline_pages=paging.Listing.of(deadline_page, deadline_groups.total, DEADLINE_GROUPS),
        removed=parties.removed_parties(current_user, page.case),
        evidence_files=evidence.case_panel(current_user, page.case),
        meetings=meetings,
        meetings_total=meetings_total,
        new_url=url_for("meetings.create", case_id=page.case.id),
        shares=sharing.case_shares(current_user, page.case),
        may_share=access.may_share_case(current_user, page.case),
    )


@bp.route("/<int:case_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit(case_id: int):
    case = get_visible(Case, case_id, current_user)
    form = _prepare(CaseForm(obj=case))
    if form.validate_on_submit() and run_service(
        form, lambda: service.update_case(current_user, case, form.values(), form.expected_version()), case
    ):
        flash(_("Changes to %(ref)s saved.", ref=case.reference), "success")
        return redirect(url_for(".show", case_id=case.id))
    # The team shows as text to a case worker: not posted, so it keeps its values; one posted anyway that
    # differs is refused by the service (403).
    return render_template(
        "cases/form.html", form=form, case=case, team_editable=access.may_change_case_team(current_user)
    )


@bp.post("/<int:case_id>/archive")
@case_worker_required
def archive(case_id: int):
    case = get_visible(Case, case_id, current_user)
    if run_service(None, lambda: service.archive_case(current_user, case, request.form.get("version"))):
        flash(_("%(ref)s archived. An administrator can restore it.", ref=case.reference), "success")
        return redirect(url_for(".index"))
    return redirect(url_for(".show", case_id=case.id))


@bp.route("/<int:case_id>/claimants/add", methods=["GET", "POST"])
@case_worker_required
def add_claimants(case_id: int):
    case = get_visible(Case, case_id, current_user)
    q = request.args.get("q", "")[:100]
    found = choosers.find_claimants(current_user, q, not_in_case=case)
    form = AddClaimantsForm()
    if form.validate_on_submit() and run_service(
        form,
        lambda: service.add_claimants(
            current_user,
            case,
            form.claimant_ids.data,
            form.role.data,
            form.claimed_amount.data,
            form.claimed_currency.data,
        ),
    ):
        flash(
            _("%(n)d claimant(s) added to %(ref)s.", n=len(form.claimant_ids.data), ref=case.reference),
            "success",
        )
        return redirect(url_for(".show", case_id=case.id) + "#parties")
    return render_template("cases/add_claimants.html", form=form, case=case, found=found, q=q)


@bp.route("/<int:case_id>/claimants/<int:link_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit_party(case_id: int, link_id: int):
    case = get_visible(Case, case_id, current_user)
    link = get_visible(CaseClaimant, link_id, current_user)
    if link.case_id != case.id:
        abort(404)
    form_class = CriminalPartyForm if case.kind == CaseKind.CRIMINAL else PartyForm
    form = form_class(obj=link)
    if form.validate_on_submit() and run_service(
        form, lambda: service.update_party(current_user, link, form.values(), form.expected_version()), link
    ):
        flash(_("Saved."), "success")
        return redirect(url_for(".show", case_id=case.id) + "#parties")
    return render_template(
        "cases/party_form.html",
        form=form,
        case=case,
        heading=_("%(code)s in this case", code=link.claimant.pseudonym),
    )


@bp.route("/<int:case_id>/respondents/add", methods=["GET", "POST"])
@case_worker_required
def add_respondent(case_id: int):
    case = get_visible(Case, case_id, current_user)
    # Nothing chosen by default (a walk saved the wrong defendant into a complaint by accepting the first of the
    # list), unless the user has just created the respondent for this case.
    form = AddRespondentForm(
        data={"respondent_id": request.args.get("respondent_id", type=db_int)}
        if request.method == "GET"
        else None
    )
    form.respondent_id.choices = options(
        ((r.id, r.name) for r in service.respondent_choices(current_user)), blank=_("— choose a respondent —")
    )
    if form.validate_on_submit() and run_service(
        form, lambda: service.add_respondent(current_user, case, form.respondent_id.data, form.role.data)
    ):
        flash(_("Respondent added to %(ref)s.", ref=case.reference), "success")
        return redirect(url_for(".show", case_id=case.id) + "#parties")
    return render_template(
        "cases/party_form.html",
        form=form,
        case=case,
        heading=_("Add a respondent"),
        new_respondent_url=url_for("respondents.create", for_case=case.id),
    )


@bp.route("/<int:case_id>/links/add", methods=["GET", "POST"])
@case_worker_required
def link(case_id: int):
    case = get_visible(Case, case_id, current_user)
    form = LinkCaseForm()
    form.other_case_id.choices = options(
        (c.id, f"{c.reference} · {c.title}") for c in service.other_cases(current_user, case)
    )
    if form.validate_on_submit() and run_service(
        form, lambda: service.link_cases(current_user, case, form.other_case_id.data, form.note.data)
    ):
        flash(_("Cases linked."), "success")
        return redirect(url_for(".show", case_id=case.id))
    return render_template("cases/party_form.html", form=form, case=case, heading=_("Link a related case"))


_CHILDREN = {"claimants": CaseClaimant, "respondents": CaseRespondent, "links": CaseLink}


def _party_of(case: Case, link_id: int) -> CaseClaimant:
    link = get_visible(CaseClaimant, link_id, current_user, include_archived=True)
    if link.case_id != case.id:
        abort(404)
    return link


@bp.get("/<int:case_id>/claimants/<int:link_id>/remove")
@case_worker_required
def confirm_remove(case_id: int, link_id: int):
    """A plaintiff is removed in two steps: the case page's "Remove" opens this page, which says who and what
    happens; one tap beside "Edit" on a phone used to remove them outright."""
    case = get_visible(Case, case_id, current_user)
    link = _party_of(case, link_id)
    if link.archived_at is not None:
        return redirect(url_for(".show", case_id=case.id) + "#removed")
    return render_template("cases/confirm_remove.html", case=case, link=link)


@bp.post("/<int:case_id>/claimants/<int:link_id>/restore")
@case_worker_required
def restore_party(case_id: int, link_id: int):
    case = get_visible(Case, case_id, current_user)
    link = _party_of(case, link_id)
    if run_service(None, lambda: parties.restore_party(current_user, case, link)):
        flash(_("%(code)s is back in %(ref)s.", code=link.claimant.pseudonym, ref=case.reference), "success")
    return redirect(url_for(".show", case_id=case.id) + "#parties")


@bp.post("/<int:case_id>/<any(claimants,respondents,links):kind>/<int:record_id>/archive")
@case_worker_required
def archive_child(case_id: int, kind: str, record_id: int):
    case = get_visible(Case, case_id, current_user)
    record = get_visible(_CHILDREN[kind], record_id, current_user)
    if case.id not in (record.case_id, getattr(record, "other_case_id", None)):
        abort(404)
    if kind == "claimants" and request.form.get("confirmed") != "1":
        return redirect(url_for(".confirm_remove", case_id=case.id, link_id=record.id))
    if kind == "claimants":
        remove = lambda: service.remove_party(current_user, record, request.form.get("version"))  # noqa: E731
    else:
        remove = lambda: records.archive(current_user, record, request.form.get("version"))  # noqa: E731
    if run_service(None, remove):
        if kind == "claimants":
            flash(
                _(
                    '%(code)s removed from %(ref)s. To undo, put them back under "Removed from this case".',
                    code=record.claimant.pseudonym,
                    ref=case.reference,
                ),
                "success",
            )
            return redirect(url_for(".show", case_id=case.id, removed=1) + "#removed")
        flash(_("Removed from the case. An administrator can restore it."), "success")
    return redirect(url_for(".show", case_id=case.id))
