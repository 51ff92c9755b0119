"""Documents: make a case's filings and letters, follow a group run, download again; template versions."""

from __future__ import annotations

import io

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims import clock
from claims.documents.fields import flatten
from claims.documents.manifest import ManifestError, template, templates
from claims.documents.pdf import PdfUnavailable, pdf_available
from claims.documents.render import DOCX_MIMETYPE
from claims.extensions import db
from claims.models import Case, GeneratedDocument
from claims.models.enums import JobStatus
from claims.services import documents as service
from claims.services import identification
from claims.services.documents import jobs as job_service
from claims.services.errors import NotFound, ValidationFailed
from claims.services.scope import get_visible
from claims.web.access import admin_required, case_worker_required
from claims.web.documents.forms import EVERY_CLAIMANT, MakeForm, UploadForm
from claims.web.forms import db_int
from claims.web.i18n import locale_code
from claims.web.labels import language, options

bp = Blueprint("documents", __name__, url_prefix="/documents")


def _download(made: service.Made):
    mimetype = "application/pdf" if made.filename.endswith(".pdf") else DOCX_MIMETYPE
    if made.filename.endswith(".zip"):
        mimetype = "application/zip"
    return send_file(
        io.BytesIO(made.content), mimetype=mimetype, as_attachment=True, download_name=made.filename
    )


def _make_form(case: Case, links) -> MakeForm:
    form = MakeForm()
    specs = service.case_templates(case)
    ui = "th" if locale_code().startswith("th") else "en"
    own = [
        (
            f"{family}{service.EACH_OWN_LANGUAGE}",
            _("%(title)s · in each claimant's language", title=titles.get(ui) or next(iter(titles.values()))),
        )
        for family, titles in service.own_language_families(case).items()
    ]
    form.template.choices = options(own + [(s.name, f"{s.title} · {language(s.language)}") for s in specs])
    form.claimant.choices = options(
        [(EVERY_CLAIMANT, _("Every claimant of the case"))]
        + [(str(link.claimant_id), f"{link.position}. {link.claimant.pseudonym}") for link in links]
    )
    if request.method == "GET":
        form.document_date.data = clock.today()
    return form


def _identification_warning(name: str, own_language: bool, scope: str, claimant_ids, links):
    """A Fund request or an s.35 claim for someone not identified as a victim: the warning, with its basis, that
    the page shows before anything is made (None when there is nothing to warn of)."""
    family = name[: -len(service.EACH_OWN_LANGUAGE)] if own_language else name.rsplit(".", 1)[0]
    if scope == "claimant" and claimant_ids:
        claimants = [link.claimant for link in links if link.claimant_id in claimant_ids]
    else:
        claimants = [link.claimant for link in links]
    return identification.document_warning(family, claimants)


@bp.route("/case/<int:case_id>", methods=["GET", "POST"])
@case_worker_required
def case_documents(case_id: int):
    case = get_visible(Case, case_id, current_user)
    links = [link for link in case.claimant_links if link.archived_at is None]
    form = _make_form(case, links)
    missing: dict[str, list[str]] = {}
    warning = None
    if form.validate_on_submit():
        own_language = form.template.data.endswith(service.EACH_OWN_LANGUAGE)
        name = form.template.data
        spec = template(name[: -len(service.EACH_OWN_LANGUAGE)] + ".en") if own_language else template(name)
        scope = form.scope.data
        want_pdf = form.file_format.data == "pdf"
        one = form.claimant.data if form.claimant.data != EVERY_CLAIMANT else None
        requests = [(name, scope)]
        claimant_ids = [int(one)] if one and one.isdigit() else None
        warning = _identification_warning(name, own_language, scope, claimant_ids, links)
        if warning is not None and form.confirm_unidentified.data:
            warning = None  # read and confirmed: made as asked
        if warning is not None:
            pass  # nothing is made: the page shows the warning and asks to confirm
        elif want_pdf and not pdf_available():
            form.file_format.errors = [
                *form.file_format.errors,
                _("PDF cannot be made on this server (LibreOffice is not installed). Choose Word (.docx)."),
            ]
        elif scope not in spec.scopes:
            form.scope.errors = [*form.scope.errors, _("This document cannot be made that way.")]
        else:
            try:
                if scope == "joint" or claimant_ids:
                    made = service.generate(
                        current_user,
                        case,
                        name,
                        scope,
                        claimant_ids[0] if claimant_ids and scope == "claimant" else None,
                        form.document_date.data,
                        pdf=want_pdf,
                    )
                    return _download(made)
                job = job_service.queue_job(
                    current_user, case, requests, None, form.document_date.data, pdf=want_pdf
                )
                return redirect(url_for(".job", job_id=job.id))
            except service.MissingData as exc:
                db.session.rollback()
                missing = exc.missing
            except ValidationFailed as exc:
                db.session.rollback()
                for message in exc.errors.values():
                    form.form_errors.append(message)
            except (service.DocumentFailed, PdfUnavailable) as exc:
                db.session.rollback()
                form.form_errors.append(str(exc))
    history, history_total = service.case_documents(current_user, case)
    return render_template(
        "documents/case.html",
        case=case,
        form=form,
        missing=missing,
        specs=service.case_templates(case),
        pdf=pdf_available(),
        jobs=job_service.case_jobs(current_user, case),
        job_error=job_service.error_text,
        history=history,
        history_total=history_total,
        # A document made is listed by its template's title and language, as the choice above names it, not by
        # the template's key (labour_complaint.th); a template since removed keeps its key.
        template_titles={s.name: f"{s.title} · {language(s.language)}" for s in templates().values()},
        warning=warning,
    )


@bp.get("/jobs/<int:job_id>")
@case_worker_required
def job(job_id: int):
    run = job_service.get_job(current_user, job_id)
    case = get_visible(Case, run.case_id, current_user)
    titles = []
    for name, _scope in run.templates:
        try:
            titles.append(template(name).title)
        except ManifestError:
            titles.append(name)
    return render_template(
        "documents/job.html",
        titles=titles,
        job=run,
        error=job_service.error_text(run),
        case=case,
        # The page refreshes itself (a meta refresh: no script) only while the run is still going; get_job has
        # settled a run whose worker is gone, so a crashed run stops polling.
        running=run.status in job_service.ACTIVE,
    )


@bp.get("/jobs/<int:job_id>/download")
@case_worker_required
def job_download(job_id: int):
    run = job_service.get_job(current_user, job_id)
    if run.status != JobStatus.DONE or run.archive is None:
        abort(404)
    try:
        archive = job_service.servable_archive(current_user, run)
    except ValidationFailed as refused:
        for message in refused.errors.values():
            flash(message, "error")
        return redirect(url_for(".case_documents", case_id=run.case_id))
    return _download(service.Made(run.archive_name, archive))


@bp.get("/made/<int:generated_id>/download")
@case_worker_required
def download_again(generated_id: int):
    document = get_visible(GeneratedDocument, generated_id, current_user)
    try:
        made = service.remake(current_user, document)
        if request.args.get("format") == "pdf":
            from claims.documents.pdf import docx_to_pdf

            made = service.Made(made.filename[:-5] + ".pdf", docx_to_pdf(made.content))
    except (service.DocumentFailed, PdfUnavailable) as exc:
        flash(str(exc), "error")
        return redirect(url_for(".case_documents", case_id=document.case_id))
    return _download(made)


# ------------------------------------------------------------------ templates


@bp.get("/templates")
@case_worker_required
def template_list():
    rows = [(spec, service.template_versions(current_user, spec.name)) for spec in templates().values()]
    return render_template("documents/templates.html", rows=rows)


@bp.get("/templates/<name>/file")
@case_worker_required
def template_download(name: str):
    version = request.args.get("version", type=db_int)
    try:
        file = service.template_file(current_user, name, version)
    except (ManifestError, NotFound):
        abort(404)
    download = f"{name}_v{file.version}.docx"
    return send_file(
        io.BytesIO(file.content), mimetype=DOCX_MIMETYPE, as_attachment=True, download_name=download
    )


@bp.route("/templates/<name>/upload", methods=["GET", "POST"])
@admin_required
def template_upload(name: str):
    try:
        spec = template(name)
    except ManifestError:
        abort(404)
    form = UploadForm()
    report = None
    if form.validate_on_submit():
        upload = form.file.data
        content = upload.read()
        version, report = service.upload_template(
            current_user, name, upload.filename or f"{name}.docx", content, form.note.data or None
        )
        if version is not None:
            flash(_("Version %(n)s of %(name)s is now in use.", n=version.number, name=spec.title), "success")
            return redirect(url_for(".template_list"))
        db.session.rollback()
    return render_template("documents/upload.html", spec=spec, form=form, report=report)


@bp.post("/templates/<name>/use/<int:number>")
@admin_required
def template_use(name: str, number: int):
    try:
        template(name)
        service.go_back_to(current_user, name, number)
    except (ManifestError, NotFound):
        abort(404)
    flash(_("The template version in use was changed."), "success")
    return redirect(url_for(".template_list"))


@bp.get("/fields")
@case_worker_required
def fields():
    thai = locale_code().startswith("th")
    rows = [(path, f.kind, f.th if thai else f.en) for path, f in flatten()]
    return render_template("documents/fields.html", rows=rows)
