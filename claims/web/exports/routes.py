"""Exports: the page of every export with its filters, and the download (claims/services/exports).

A download answers 400 with the page and a message when the export cannot be made as asked (an unknown kind, a
filter value that is not one of its choices, more rows than a file holds); nothing is written then, not even the
audit entry. Otherwise the audit entry is committed before the first byte: a .csv streams as it is read, a
workbook is written row by row to a spooled file and sent.
"""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request, stream_with_context
from flask_babel import format_number
from flask_login import current_user

from claims.extensions import db
from claims.models import Case
from claims.models.enums import CaseKind, CaseStatus, TraffickingStatus
from claims.services import exports as service
from claims.services.exports import writers
from claims.services.scope import visible
from claims.web.access import case_worker_required
from claims.web.i18n import locale_code
from claims.web.labels import choice_pairs

bp = Blueprint("exports", __name__, url_prefix="/exports")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
        prepared = service.prepare(current_user, wanted, locale_code())
    except service.BadExport as refused:
        db.session.rollback()
        return _page(str(refused), 400)
    db.session.commit()
    name = prepared.filename
    disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
    if wanted.format == "csv" and len(prepared.tables) == 1:
        chunks = writers.csv_chunks(prepared.tables[0])
        return Response(stream_with_context(chunks), mimetype="text/csv", headers=disposition)
    if wanted.format == "csv":
        return Response(writers.csv_zip(prepared.tables), mimetype="application/zip", headers=disposition)
    return Response(writers.xlsx(prepared.tables), mimetype=XLSX, headers=disposition)
