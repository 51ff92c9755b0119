"""Imports: upload a spreadsheet, see every problem and possible duplicate before anything is written, commit
it whole, and look back at past imports (claims/services/imports)."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from claims.extensions import db
from claims.models import Case
from claims.services import imports as service
from claims.services.imports.columns import SHEETS
from claims.services.imports.reading import MAX_BYTES, FileProblem
from claims.services.imports.template import template_csv, template_xlsx
from claims.services.scope import get_visible
from claims.web.access import case_worker_required
from claims.web.forms import is_id, page_number, run_service
from claims.web.imports.forms import UploadForm
from claims.web.imports.rows import check_rows

bp = Blueprint("imports", __name__, url_prefix="/imports")


@bp.context_processor
def _labels():
    from flask_babel import lazy_gettext as _l

    from claims.models import ImportStatus
    from claims.web.claimants.forms import ClaimantForm

    statuses = {
        ImportStatus.PREVIEWED: _l("Waiting for your decision"),
        ImportStatus.QUEUED: _l("Waiting for the worker"),
        ImportStatus.RUNNING: _l("Being written"),
        ImportStatus.COMMITTED: _l("Imported"),
        ImportStatus.FAILED: _l("Failed: nothing written"),
        ImportStatus.CANCELLED: _l("Cancelled"),
    }
    form = ClaimantForm(formdata=None, meta={"csrf": False})

    def field_label(name: str) -> str:
        if name == "external_id":
            return _("External id")
        return form[name].label.text if name in form else name

    def import_error(run) -> str:
        if run.error == service.STALLED:
            return _("The worker stopped before the end. Upload the file again.")
        return run.error or ""

    return {
        "import_error": import_error,
        "import_status": lambda status: statuses.get(status, status),
        "field_label": field_label,
        "reasons": {
            "document": _l("same document number"),
            "pseudonym": _l("same pseudonym"),
            "birth_and_name": _l("same date of birth, name spelled alike"),
        },
    }


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _case_choices():
    cases = db.session.scalars(
        sa.select(Case)
        .where(Case.org_id == current_user.org_id, Case.archived_at.is_(None))
        .order_by(Case.reference)
        .limit(500)
    ).all()
    return [("", _("No case: claimants only"))] + [(str(c.id), c.reference) for c in cases]


@bp.route("/", methods=["GET", "POST"])
@case_worker_required
def upload():
    form = UploadForm()
    form.case_id.choices = _case_choices()
    if form.validate_on_submit():
        case = get_visible(Case, int(form.case_id.data), current_user) if is_id(form.case_id.data) else None
        upload = form.file.data
        data = upload.read(MAX_BYTES + 1)
        try:
            workbook = service.read_upload(upload.filename or "", data)
        except FileProblem as problem:
            text = _(problem.message)
            form.file.errors.append(text % problem.params if problem.params else text)
        else:
            created = {}
            if run_service(
                form,
                lambda: created.setdefault(
                    "run", service.prepare(current_user, upload.filename, data, case, check_rows(workbook))
                ),
            ):
                return redirect(url_for(".show", run_id=created["run"].id))
    return render_template("imports/upload.html", form=form, sheets=SHEETS), 200 if not form.errors else 422


@bp.get("/history")
@case_worker_required
def history():
    runs, total, page, pages = service.list_runs(current_user, request.args.get("page", 1, type=page_number))
    return render_template("imports/history.html", runs=runs, listing=_Listing(total, page, pages))


class _Listing:
    def __init__(self, total, page, pages):
        self.total, self.page, self.pages = total, page, pages


@bp.get("/<int:run_id>")
@case_worker_required
def show(run_id: int):
    run = service.get_run(current_user, run_id)
    preview = service.load_preview(current_user, run, request.args.get("page", 1, type=page_number))
    return render_template("imports/show.html", run=run, preview=preview, progress=service.progress(run))


@bp.post("/<int:run_id>/commit")
@case_worker_required
def commit(run_id: int):
    run = service.get_run(current_user, run_id)
    decisions = {
        int(key.removeprefix("decision-")): value
        for key, value in request.form.items()
        if key.startswith("decision-") and is_id(key.removeprefix("decision-"))
    }
    if run_service(None, lambda: service.commit(current_user, run, decisions)):
        flash(_("The import was started."), "success")
    return redirect(url_for(".show", run_id=run_id))


@bp.post("/<int:run_id>/cancel")
@case_worker_required
def cancel(run_id: int):
    run = service.get_run(current_user, run_id)
    if run_service(None, lambda: service.cancel(current_user, run)):
        flash(_("The import was cancelled: nothing was written."), "success")
    return redirect(url_for(".show", run_id=run_id))


def _language() -> str:
    return "th" if request.args.get("language") == "th" else "en"


@bp.get("/template.xlsx")
@case_worker_required
def template():
    language = _language()
    return Response(
        template_xlsx(language),
        mimetype=XLSX,
        headers={"Content-Disposition": f'attachment; filename="claimants-import-{language}.xlsx"'},
    )


@bp.get("/template/<sheet>.csv")
@case_worker_required
def template_sheet(sheet: str):
    found = next((s for s in SHEETS if s.key == sheet), None)
    if found is None:
        abort(404)
    language = _language()
    return Response(
        template_csv(found, language),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{found.key}-{language}.csv"'},
    )
