"""Sharing a case with a partner organisation (the sharing side: share, revoke) and what the partner's users
read of it (the shared case, a shared claimant, a note where the share allows it)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from claims.models import Case, CaseShare
from claims.services import access, directory, shared
from claims.services import sharing as service
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.forms import db_int, is_id, run_service
from claims.web.i18n import locale_code
from claims.web.labels import options
from claims.web.sharing.forms import ShareForm

bp = Blueprint("sharing", __name__)


def _form(case: Case, people: list[service.FormPerson]) -> ShareForm:
    form = ShareForm()
    if request.method == "GET":
        for person in people:
            form.people.append_entry({"claimant_id": person.claimant_id})
    form.partner_org_id.choices = options(service.partner_choices(current_user), blank="—")
    form.agency_id.choices = options(
        directory.agency_choices(current_user, locale_code()), blank=_("— find or add it for me —")
    )
    return form


def _consents(form: ShareForm) -> list[service.PersonConsent]:
    consents = []
    for entry in form.people.entries:
        row = entry.form
        if not is_id(row.claimant_id.data):
            continue  # not one of the page's rows: the service answers for an empty choice
        consents.append(
            service.PersonConsent(
                claimant_id=int(row.claimant_id.data),
                include=bool(row.include.data),
                consent_given=bool(row.consent_given.data),
                consent_on=row.consent_on.data,
                consent_method=row.consent_method.data,
                consent_by=(row.consent_by.data or "").strip() or None,
            )
        )
    return consents


@bp.route("/cases/<int:case_id>/share", methods=["GET", "POST"])
@case_worker_required
def create(case_id: int):
    case = get_visible(Case, case_id, current_user)
    if not access.may_share_case(current_user, case):
        abort(403)
    people = service.form_people(current_user, case)
    form = _form(case, people)
    made = {}
    if form.validate_on_submit() and run_service(
        form,
        lambda: made.setdefault(
            "share", service.share_case(current_user, case, form.values(), _consents(form))
        ),
    ):
        share = made["share"]
        flash(_("%(case)s is shared with %(org)s.", case=case.reference, org=share.partner.name), "success")
        return redirect(url_for("cases.show", case_id=case.id) + "#sharing")
    return render_template(
        "sharing/form.html", form=form, case=case, people={p.claimant_id: p for p in people}
    )


@bp.post("/shares/<int:share_id>/revoke")
@case_worker_required
def revoke(share_id: int):
    share = get_visible(CaseShare, share_id, current_user)
    version = request.form.get("version", type=db_int)
    if run_service(None, lambda: service.revoke_share(current_user, share, version)):
        flash(
            _("Sharing with %(org)s ended: they no longer see this case.", org=share.partner.name), "success"
        )
    return redirect(url_for("cases.show", case_id=share.case_id) + "#sharing")


# ---------------------------------------------------------------- the partner's side
# Login only here: whom the partner's rule refuses (an advisor, a user of any other organisation, a revoked or
# ended share) is answered 404 by the service, as nothing shared with them is there.


@bp.get("/shared/")
@case_worker_required
def index():
    return render_template("sharing/index.html", shared_panel=shared.shared_panel(current_user))


@bp.get("/shared/<int:share_id>")
@login_required
def case(share_id: int):
    page = shared.load_shared_case(current_user, share_id)
    return render_template("sharing/case.html", page=page, share=page.share, case=page.share.case)


@bp.get("/shared/<int:share_id>/claimants/<int:claimant_id>")
@login_required
def claimant(share_id: int, claimant_id: int):
    page = shared.load_shared_claimant(current_user, share_id, claimant_id)
    return render_template("sharing/claimant.html", page=page, share=page.share, person=page.person)


@bp.post("/shared/<int:share_id>/notes")
@login_required
def add_note(share_id: int):
    if run_service(None, lambda: shared.add_note(current_user, share_id, request.form.get("body"))):
        flash(
            _("Note added. The organisation that shared the case sees it in the case's timeline."), "success"
        )
    return redirect(url_for(".case", share_id=share_id) + "#notes")
