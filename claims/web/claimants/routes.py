from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims.models import Case, Claimant, Consent, IdentificationEvent, IdentityDocument, ProtectionOrder
from claims.models.enums import CaseKind, TraffickingStatus
from claims.services import (
    access,
    advisors,
    assistance,
    choosers,
    deadlines,
    evidence,
    identification,
    matching,
    protection,
    records,
    referrals,
    safety,
    shared,
)
from claims.services import cases as cases_service
from claims.services import claimants as service
from claims.services import meetings as meetings_service
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.claimants.forms import (
    AddToCaseForm,
    AdvisorForm,
    ClaimantForm,
    ConsentForm,
    IdentificationEventForm,
    IdentityDocumentForm,
    ProtectionOrderForm,
)
from claims.web.forms import page_number, run_service
from claims.web.labels import choice_pairs, country_pairs, options

bp = Blueprint("claimants", __name__, url_prefix="/claimants")


@bp.get("/")
@case_worker_required
def index():
    filters = service.ClaimantFilters(
        q=request.args.get("q", "")[:100],
        find=request.args.get("find", "")[:100],
        status=request.args.get("status", "") if request.args.get("status") in set(TraffickingStatus) else "",
        nationality=request.args.get("nationality", "")[:2],
        province=request.args.get("province", "")[:120],
        # Junk (not a kind of case) is ignored, as the hearings list and the calendar ignore it.
        case_kind=request.args.get("case_kind", "") if request.args.get("case_kind") in set(CaseKind) else "",
        protected=request.args.get("protected") == "1",
        page=request.args.get("page", 1, type=page_number),
        sort=service.CLAIMANT_SORTS.choose(request.args.get("sort"), request.args.get("dir")),
    )
    listing = service.list_claimants(current_user, filters)
    return render_template(
        "claimants/index.html",
        listing=listing,
        filters=filters,
        sorts=service.CLAIMANT_SORTS,
        status_choices=choice_pairs(TraffickingStatus, blank=_("Any identification status")),
        country_choices=country_pairs(blank=_("Any nationality")),
        shared_panel=shared.shared_panel(current_user, q=filters.q),
    )


@bp.route("/new", methods=["GET", "POST"])
@case_worker_required
def create():
    form = ClaimantForm()
    created = {}
    check = None
    values = form.values() if form.validate_on_submit() else None
    # Before a second record of one person is made: who they may already be, and whether they are named like an
    # adverse party. The user opens the existing record or says this is someone else (distinct=1). What the save
    # would refuse anyway is said first.
    distinct = request.form.get("distinct") == "1"
    if values is not None and not distinct:
        if run_service(form, lambda: service.check_new(current_user, values)):
            check = matching.check_claimant(current_user, values["legal_name"], values.get("date_of_birth"))
        else:
            values = None
    if (
        values is not None
        and not check
        and run_service(
            form,
            lambda: created.setdefault(
                "claimant", service.create_claimant(current_user, values, distinct=distinct)
            ),
        )
    ):
        flash(_("Claimant %(code)s recorded.", code=created["claimant"].pseudonym), "success")
        # The next step of an intake is almost always a case: offered at once rather than left to be found.
        return redirect(url_for(".add_to_case", claimant_id=created["claimant"].id, new=1))
    return render_template("claimants/form.html", form=form, claimant=None, check=check)


@bp.get("/<int:claimant_id>")
@case_worker_required
def show(claimant_id: int):
    # Deadlines first: bringing them up to date commits, which would expire what the page has loaded.
    claimant = get_visible(Claimant, claimant_id, current_user)
    deadline_groups = deadlines.single(deadlines.claimant_deadlines(current_user, claimant))
    page = service.load_claimant_page(current_user, claimant_id)
    meetings, meetings_total = meetings_service.meetings_about(current_user, claimant=page.claimant)
    return render_template(
        "claimants/show.html",
        page=page,
        claimant=page.claimant,
        deadline_groups=deadline_groups,
        advisor=advisors.advisor_of(page.claimant),
        advisor_form=_advisor_form(page.claimant) if access.may_assign_advisor(current_user) else None,
        evidence_panel=evidence.claimant_panel(current_user, page.claimant),
        referrals=referrals.claimant_referrals(
            current_user, page.claimant, shows_whereabouts=page.show_whereabouts
        ),
        identification_history=identification.history(current_user, page.claimant),
        safety=safety.claimant_panel(current_user, page.claimant),
        meetings=meetings,
        meetings_total=meetings_total,
        assistance=assistance.received_by(current_user, page.claimant),
        adverse=matching.adverse_named_like(current_user, page.claimant),
        new_url=url_for("meetings.create", claimant_id=page.claimant.id),
    )


def _advisor_form(claimant: Claimant) -> AdvisorForm:
    form = AdvisorForm(data={"advisor_id": claimant.advisor_id, "version": claimant.version})
    form.advisor_id.choices = options(
        ((person.id, person.name) for person in advisors.advisor_choices(current_user)),
        blank=_("— no advisor —"),
    )
    return form


@bp.post("/<int:claimant_id>/advisor")
@case_worker_required
def advisor(claimant_id: int):
    """Name the claimant's advisor (who then opens their settlement sheets) or remove them."""
    claimant = get_visible(Claimant, claimant_id, current_user)
    form = _advisor_form(claimant)
    if form.validate() and run_service(
        None,
        lambda: advisors.assign_advisor(
            current_user, claimant, form.advisor_id.data, form.expected_version()
        ),
    ):
        chosen = advisors.advisor_of(claimant)
        if chosen is None:
            flash(_("%(code)s has no advisor now.", code=claimant.pseudonym), "success")
        else:
            flash(
                _(
                    "%(name)s now advises %(code)s and may open their settlement sheets.",
                    name=chosen.name,
                    code=claimant.pseudonym,
                ),
                "success",
            )
    elif form.errors:
        flash(_("Choose an active advisor of your organisation."), "error")
    return redirect(url_for(".show", claimant_id=claimant.id) + "#advisor")


@bp.route("/<int:claimant_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit(claimant_id: int):
    claimant = get_visible(Claimant, claimant_id, current_user)
    form = ClaimantForm(obj=claimant)
    # A user the whereabouts rule does not name gets the form without those fields: not pre-filled, not
    # rendered, not posted back (the service ignores them too).
    for name in protection.hidden_fields(current_user, claimant):
        if name in form:  # the contact abroad is the return's now (claims/web/returns)
            del form[name]
    if request.method == "GET":
        form.languages.data = claimant.language_list
        form.exploitation_forms.data = claimant.exploitation_list
    if form.validate_on_submit() and run_service(
        form,
        lambda: service.update_claimant(current_user, claimant, form.values(), form.expected_version()),
        claimant,
    ):
        flash(_("Changes to %(code)s saved.", code=claimant.pseudonym), "success")
        return redirect(url_for(".show", claimant_id=claimant.id))
    return render_template("claimants/form.html", form=form, claimant=claimant)


@bp.route("/<int:claimant_id>/cases/add", methods=["GET", "POST"])
@case_worker_required
def add_to_case(claimant_id: int):
    claimant = get_visible(Claimant, claimant_id, current_user)
    q = request.args.get("q", "")[:100]
    found = choosers.find_cases(current_user, q, not_with_claimant_id=claimant.id)
    form = AddToCaseForm()
    if form.validate_on_submit():
        case = get_visible(Case, form.case_id.data, current_user)
        if run_service(
            form,
            lambda: cases_service.add_claimants(
                current_user,
                case,
                [claimant.id],
                form.role.data,
                form.claimed_amount.data,
                form.claimed_currency.data,
            ),
        ):
            flash(_("%(code)s added to %(ref)s.", code=claimant.pseudonym, ref=case.reference), "success")
            return redirect(url_for("cases.show", case_id=case.id) + "#parties")
    return render_template(
        "claimants/add_to_case.html",
        form=form,
        claimant=claimant,
        found=found,
        q=q,
        just_created=request.args.get("new") == "1",
    )


@bp.post("/<int:claimant_id>/archive")
@case_worker_required
def archive(claimant_id: int):
    claimant = get_visible(Claimant, claimant_id, current_user)
    if run_service(
        None, lambda: service.archive_claimant(current_user, claimant, request.form.get("version"))
    ):
        flash(
            _("%(code)s archived. An administrator can restore the record.", code=claimant.pseudonym),
            "success",
        )
        return redirect(url_for(".index"))
    return redirect(url_for(".show", claimant_id=claimant.id))


def _child_form(
    claimant: Claimant, record, form, add, update, *, saved: str, anchor: str, heading: str, check=None
):
    """The form of one of the claimant's own records (an identity document, a consent, a protection order, an
    identification): ``add(values)`` makes a new one, ``update(values, version)`` changes ``record``.
    ``check(values)``, where given, is asked first: what it finds is shown, and saved only once the user says it
    is someone else (distinct=1)."""
    if record is None:
        action = lambda: add(form.values())  # noqa: E731
    else:
        action = lambda: update(form.values(), form.expected_version())  # noqa: E731
    found = None
    valid = form.validate_on_submit()
    if valid and check is not None and request.form.get("distinct") != "1":
        found = check(form.values())
    if valid and not found and run_service(form, action, record):
        flash(saved, "success")
        return redirect(url_for(".show", claimant_id=claimant.id) + anchor)
    return render_template(
        "claimants/subform.html", form=form, claimant=claimant, record=record, heading=heading, check=found
    )


def _record_of(claimant: Claimant, model, record_id: int | None):
    """The claimant's own document, consent or protection order named in the URL (None for a new one); another
    claimant's, even of the same organisation, is not found under this one."""
    if record_id is None:
        return None
    record = get_visible(model, record_id, current_user)
    if record.claimant_id != claimant.id:
        abort(404)
    return record


@bp.route("/<int:claimant_id>/documents/new", methods=["GET", "POST"])
@bp.route("/<int:claimant_id>/documents/<int:document_id>/edit", methods=["GET", "POST"])
@case_worker_required
def document(claimant_id: int, document_id: int | None = None):
    claimant = get_visible(Claimant, claimant_id, current_user)
    document = _record_of(claimant, IdentityDocument, document_id)
    return _child_form(
        claimant,
        document,
        IdentityDocumentForm(obj=document),
        lambda values: service.add_document(current_user, claimant, values),
        lambda values, version: records.update(current_user, document, values, version),
        saved=_("Identity document saved."),
        anchor="#documents",
        heading=_("Identity document"),
        # Another claimant holding the same number is most likely this person recorded twice.
        check=lambda values: matching.check_claimant(
            current_user, None, document_numbers=[values["number"]], exclude_id=claimant.id, adverse=False
        ),
    )


@bp.route("/<int:claimant_id>/consents/new", methods=["GET", "POST"])
@bp.route("/<int:claimant_id>/consents/<int:consent_id>/edit", methods=["GET", "POST"])
@case_worker_required
def consent(claimant_id: int, consent_id: int | None = None):
    claimant = get_visible(Claimant, claimant_id, current_user)
    consent = _record_of(claimant, Consent, consent_id)
    return _child_form(
        claimant,
        consent,
        ConsentForm(obj=consent),
        lambda values: service.add_consent(current_user, claimant, values),
        lambda values, version: service.update_consent(current_user, consent, values, version),
        saved=_("Consent saved."),
        anchor="#consents",
        heading=_("Consent"),
    )


@bp.post("/<int:claimant_id>/<any(documents,consents):kind>/<int:record_id>/archive")
@case_worker_required
def archive_child(claimant_id: int, kind: str, record_id: int):
    claimant = get_visible(Claimant, claimant_id, current_user)
    record = _record_of(claimant, IdentityDocument if kind == "documents" else Consent, record_id)
    if run_service(None, lambda: records.archive(current_user, record, request.form.get("version"))):
        flash(_("Archived. An administrator can restore it."), "success")
    return redirect(url_for(".show", claimant_id=claimant.id))


@bp.route("/<int:claimant_id>/protection/new", methods=["GET", "POST"])
@bp.route("/<int:claimant_id>/protection/<int:order_id>/edit", methods=["GET", "POST"])
@case_worker_required
def protection_order(claimant_id: int, order_id: int | None = None):
    claimant = get_visible(Claimant, claimant_id, current_user)
    if not protection.may_see_whereabouts(current_user, claimant):
        abort(403)
    order = _record_of(claimant, ProtectionOrder, order_id)
    return _child_form(
        claimant,
        order,
        ProtectionOrderForm(obj=order),
        lambda values: protection.add_order(current_user, claimant, values),
        lambda values, version: protection.update_order(current_user, order, values, version),
        saved=_("Protection order saved."),
        anchor="#protection",
        heading=_("Protection order"),
    )


@bp.post("/<int:claimant_id>/protection/<int:order_id>/archive")
@case_worker_required
def archive_protection_order(claimant_id: int, order_id: int):
    claimant = get_visible(Claimant, claimant_id, current_user)
    order = _record_of(claimant, ProtectionOrder, order_id)
    if run_service(None, lambda: protection.archive_order(current_user, order, request.form.get("version"))):
        flash(_("Archived. An administrator can restore it."), "success")
    return redirect(url_for(".show", claimant_id=claimant.id))


@bp.route("/<int:claimant_id>/identification/new", methods=["GET", "POST"])
@bp.route("/<int:claimant_id>/identification/<int:event_id>/edit", methods=["GET", "POST"])
@case_worker_required
def identification_event(claimant_id: int, event_id: int | None = None):
    claimant = get_visible(Claimant, claimant_id, current_user)
    event = _record_of(claimant, IdentificationEvent, event_id)
    return _child_form(
        claimant,
        event,
        IdentificationEventForm(obj=event),
        lambda values: identification.add_event(current_user, claimant, values),
        lambda values, version: identification.update_event(current_user, event, values, version),
        saved=_("Identification saved."),
        anchor="#identification",
        heading=_("Identification"),
    )


@bp.post("/<int:claimant_id>/identification/<int:event_id>/archive")
@case_worker_required
def archive_identification_event(claimant_id: int, event_id: int):
    claimant = get_visible(Claimant, claimant_id, current_user)
    event = _record_of(claimant, IdentificationEvent, event_id)
    if run_service(
        None, lambda: identification.archive_event(current_user, event, request.form.get("version"))
    ):
        flash(_("Archived. An administrator can restore it."), "success")
    return redirect(url_for(".show", claimant_id=claimant.id) + "#identification")
