"""Evidence files: uploaded to a claimant (from their page or a case's), listed, previewed, downloaded, described
and archived. The file is streamed by ``content`` only, which asks the service every time: there is no static
path to an evidence file."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims.models import Case, Claimant
from claims.services import evidence as service
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.evidence.forms import EvidenceForm, UploadForm
from claims.web.forms import db_int, page_number, run_service

bp = Blueprint("evidence", __name__)

# An image or a PDF shown in the page's <img> or <iframe>: nothing in it may run scripts or load anything, and
# only this app's own pages may frame it.
PREVIEW_POLICY = {
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
    "object-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
    "X-Frame-Options": "SAMEORIGIN",
}


@bp.route("/claimants/<int:claimant_id>/evidence/new", methods=["GET", "POST"])
@case_worker_required
def upload(claimant_id: int):
    claimant = get_visible(Claimant, claimant_id, current_user)
    form = UploadForm().with_cases(service.cases_of(current_user, claimant))
    if request.method == "GET" and request.args.get("case_id", type=db_int):
        form.case_id.data = str(request.args.get("case_id", type=db_int))
    saved = {}
    if form.validate_on_submit():
        file = service.Upload(form.file.data.filename or "", form.file.data.stream)
        action = lambda: saved.setdefault(  # noqa: E731
            "file", service.upload(current_user, claimant, file, form.values())
        )
        if run_service(form, action):
            flash(_("Evidence “%(title)s” uploaded.", title=saved["file"].title), "success")
            return redirect(_back(claimant.id, request.form.get("next_case", type=db_int)))
    return render_template(
        "evidence/form.html",
        form=form,
        claimant=claimant,
        record=None,
        next_case=request.values.get("next_case", type=db_int),
        max_mb=service.max_bytes() // (1024 * 1024),
    )


@bp.get("/cases/<int:case_id>/evidence/upload")
@case_worker_required
def case_upload(case_id: int):
    """From a case's page: choose one of its claimants, then their upload form, the file brought for this case."""
    case = get_visible(Case, case_id, current_user)
    claimants = service.claimants_of(current_user, case)
    chosen = request.args.get("claimant_id", type=db_int)
    if chosen in {c.id for c in claimants}:
        return redirect(url_for(".upload", claimant_id=chosen, case_id=case.id, next_case=case.id))
    if "claimant_id" in request.args:
        flash(_("Choose one of the case's claimants."), "error")
    return render_template("evidence/choose.html", case=case, claimants=claimants)


@bp.app_template_global("head_name")
def head_name(head: str) -> str:
    from claims.calc.text import head_name as name
    from claims.web.i18n import locale_code

    return name(head, locale_code())


def _back(claimant_id: int, case_id: int | None) -> str:
    if case_id:
        return url_for("cases.show", case_id=case_id) + "#evidence"
    return url_for("claimants.show", claimant_id=claimant_id) + "#evidence"


@bp.get("/claimants/<int:claimant_id>/evidence")
@case_worker_required
def claimant_list(claimant_id: int):
    claimant = get_visible(Claimant, claimant_id, current_user)
    files = service.claimant_files(current_user, claimant, request.args.get("page", 1, type=page_number))
    return render_template("evidence/list.html", files=files, claimant=claimant, case=None)


@bp.get("/cases/<int:case_id>/evidence")
@case_worker_required
def case_list(case_id: int):
    case = get_visible(Case, case_id, current_user)
    files = service.case_files(current_user, case, request.args.get("page", 1, type=page_number))
    return render_template("evidence/list.html", files=files, claimant=None, case=case)


@bp.get("/evidence/<int:evidence_id>")
@case_worker_required
def show(evidence_id: int):
    evidence = service.get(current_user, evidence_id)
    return render_template("evidence/show.html", evidence=evidence)


@bp.get("/evidence/<int:evidence_id>/file")
@case_worker_required
def content(evidence_id: int):
    """The file itself: inline (for the preview) only when asked and only for an image or a PDF."""
    evidence = service.get(current_user, evidence_id)
    inline = request.args.get("inline") == "1"
    if inline and not evidence.previewable:
        abort(404)
    response = send_file(
        service.open_content(current_user, evidence),
        mimetype=evidence.content_type,
        as_attachment=not inline,
        download_name=evidence.original_filename,
        conditional=True,
        etag=evidence.sha256,
        max_age=0,
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    if inline:
        response.policy_headers = PREVIEW_POLICY
    return response


@bp.route("/evidence/<int:evidence_id>/edit", methods=["GET", "POST"])
@case_worker_required
def edit(evidence_id: int):
    evidence = service.get(current_user, evidence_id)
    form = EvidenceForm(obj=evidence).with_cases(service.cases_of(current_user, evidence.claimant))
    if request.method == "GET":
        form.case_id.data = str(evidence.case_id) if evidence.case_id else ""
    action = lambda: service.update(current_user, evidence, form.values(), form.expected_version())  # noqa: E731
    if form.validate_on_submit() and run_service(form, action, evidence):
        flash(_("Changes saved."), "success")
        return redirect(url_for(".show", evidence_id=evidence.id))
    return render_template("evidence/form.html", form=form, claimant=evidence.claimant, record=evidence)


@bp.post("/evidence/<int:evidence_id>/archive")
@case_worker_required
def archive(evidence_id: int):
    evidence = service.get(current_user, evidence_id)
    if run_service(None, lambda: service.archive(current_user, evidence, request.form.get("version"))):
        flash(_("Evidence archived. An administrator can restore it."), "success")
        return redirect(url_for("claimants.show", claimant_id=evidence.claimant_id) + "#evidence")
    return redirect(url_for(".show", evidence_id=evidence.id))
