"""Exports: the page of every export with its filters, and the download (claims/services/exports).

An export past CLAIMS_EXPORT_QUEUE_OVER rows (or what one request can make) is made on the task queue: the
download then answers with a redirect to the run's page, which refreshes itself (no JavaScript) until the file
is ready, and offers it to the user who asked and to admins (claims/services/exports/queued.py).

A download answers 400 with the page and a message when the export cannot be made as asked (an unknown kind, a
filter value that is not one of its choices, more rows than a file holds); nothing is written then, not even the
audit entry. Otherwise the audit entry is committed before the first byte: a .csv streams as it is read, a
workbook is written row by row to a spooled file and sent.
"""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    current_app,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from flask_babel import format_number
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from claims.extensions import db
from claims.models import Case
from claims.models.enums import CaseKind, CaseStatus, TraffickingStatus
from claims.services import exports as service
from claims.services.exports import queued, writers
from claims.services.scope import visible
from claims.web.access import case_worker_required
from claims.web.i18n import locale_code
from claims.web.labels import choice_pairs

bp = Blueprint("exports", __name__, url_prefix="/exports")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A kind of export as the Exports page heads it, for the pages of queued runs.
KIND_TITLES = {
    "claimants": _l("Claimants"),
    "cases": _l("Cases"),
    "breakdowns": _l("Breakdowns per claimant"),
    "hearings": _l("Hearings"),
    "deadlines": _l("Deadlines"),
    "payments": _l("Payments received"),
    "claimdata": _l("Claimants and claim data, as the import template"),
    "htcds": _l("HTCDS case and victim records"),
}
CASE_CHOICES = 500  # the page offers the latest cases; any other is chosen from its list page's filters


def _cases():
    return db.session.execute(
        visible(Case, current_user)
        .with_only_columns(Case.id, Case.reference)
        .order_by(Case.filed_on.desc().nulls_last(), Case.reference)
        .limit(CASE_CHOICES)
    ).all()


def _page(error: str | None = None, status: int = 200):
    return render_template(
        "exports/index.html",
        error=error,
        kinds=service.KINDS,
        cases=_cases(),
        case_kinds=choice_pairs(CaseKind, blank=None),
        case_statuses=choice_pairs(CaseStatus, blank=None),
        statuses=choice_pairs(TraffickingStatus, blank=None),
        max_rows=format_number(service.MAX_ROWS["xlsx"]),
        max_calculations=format_number(service.MAX_CALCULATIONS),
        queue_over=format_number(current_app.config["CLAIMS_EXPORT_QUEUE_OVER"]),
        runs=queued.recent_runs(current_user),
        kind_titles=KIND_TITLES,
    ), status


@bp.get("/")
@case_worker_required
def index():
    return _page()


@bp.get("/file/<what>")
@case_worker_required
def download(what: str):
    try:
        wanted = service.parse(what, request.args)
        prepared = service.prepare(
            current_user, wanted, locale_code(), current_app.config["CLAIMS_EXPORT_QUEUE_OVER"]
        )
    except service.BadExport as refused:
        db.session.rollback()
        return _page(str(refused), 400)
    if prepared.queued:
        run = queued.queue_export(current_user, wanted, locale_code(), prepared.rows)
        return redirect(url_for(".run", export_id=run.id))
    db.session.commit()
    name = prepared.filename
    disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
    if wanted.format == "csv" and len(prepared.tables) == 1:
        chunks = writers.csv_chunks(prepared.tables[0])
        return Response(stream_with_context(chunks), mimetype="text/csv", headers=disposition)
    if wanted.format == "csv":
        return Response(writers.csv_zip(prepared.tables), mimetype="application/zip", headers=disposition)
    return Response(writers.xlsx(prepared.tables), mimetype=XLSX, headers=disposition)


@bp.get("/runs/<int:export_id>")
@case_worker_required
def run(export_id: int):
    found = queued.get_run(current_user, export_id)
    return render_template(
        "exports/run.html",
        run=found,
        progress=queued.progress(found),
        error=queued.error_text(found),
        kind_titles=KIND_TITLES,
    )


@bp.get("/runs/<int:export_id>/file")
@case_worker_required
def run_file(export_id: int):
    found = queued.get_run(current_user, export_id)
    chunks = queued.download(current_user, found)
    mimetype = {"xlsx": XLSX, "zip": "application/zip"}.get(found.filename.rsplit(".", 1)[-1], "text/csv")
    return Response(
        stream_with_context(chunks),
        mimetype=mimetype,
        headers={
            "Content-Disposition": f'attachment; filename="{found.filename}"',
            "Content-Length": str(found.size),
        },
    )
