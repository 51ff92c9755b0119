"""Exports (issue 14): the organisation's lists, breakdowns, the round-trip claim data and the HTCDS records, to
.xlsx and .csv, each as the user may see it, full or redacted for partners, every one in the audit trail.

The order of an export:
1. :func:`request.parse` reads the kind, the format, ``redacted`` and the kind's filters, refusing what it does
   not understand (:class:`BadExport`, a message in the user's language);
2. :func:`prepare` checks the user may export (a case worker, as for the lists), builds the tables from the list
   pages' own queries (scope, filters and the whereabouts rule are theirs), counts the rows and refuses an export
   past its bound, then writes the audit entry (who, what, which filters, redacted or not, how many rows) before
   a single row leaves;
3. the web layer writes the file with :mod:`writers`: a .csv streams, a workbook is written row by row.

Redaction is decided per column (claims.services.exports.tables): a redacted export has pseudonyms instead of
names and no identity numbers, birth dates, contact details, whereabouts or free text, whatever the kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _

from claims.models.enums import AuditAction
from claims.services import access, records
from claims.services.errors import Forbidden
from claims.services.exports import breakdowns, claimdata, htcds, lists, people, writers
from claims.services.exports.request import FORMATS, KINDS, BadExport, ExportRequest, parse
from claims.services.exports.tables import Table, cleaned

# An export made within one request must end before gunicorn ends the request (60 s, deploy/): measured on a
# 2-core machine with the national data set, openpyxl writes about 1,000 claimant rows a second and a .csv streams
# about 6,000 (5,000 of hearings, wider rows). Past SYNC_ROWS (or CLAIMS_EXPORT_QUEUE_OVER rows, the smaller) an
# export is made on the task queue instead (claims/services/exports/queued.py), where no request waits for it,
# up to MAX_ROWS: a workbook of half a million rows takes openpyxl about ten minutes, and a .csv is written to
# disk and then to the database in chunks, never whole in memory.
SYNC_ROWS = {"xlsx": 20_000, "csv": 200_000}
MAX_ROWS = {"xlsx": 500_000, "csv": 5_000_000}
# A breakdown is a few hundred lines per claimant.
SYNC_CALCULATIONS = 2_000
MAX_CALCULATIONS = 20_000

_BUILDERS = {
    "claimants": people.claimants,
    "cases": lists.cases,
    "hearings": lists.hearings,
    "deadlines": lists.deadlines,
    "payments": lists.payments,
    "breakdowns": breakdowns.breakdowns,
    "htcds": htcds.records,
}


@dataclass
class Prepared:
    request: ExportRequest
    tables: list[Table]
    queued: bool = False  # too long for one request: the task queue makes the file

    @property
    def rows(self) -> int:
        return sum(t.records if t.records is not None else t.count for t in self.tables)

    @property
    def filename(self) -> str:
        suffix = "-redacted" if self.request.redacted else ""
        extension = "zip" if self.request.format == "csv" and len(self.tables) > 1 else self.request.format
        return f"{self.request.kind}{suffix}.{extension}"


def require_exporter(user) -> None:
    if not access.works_on_cases(user):
        raise Forbidden("exports: case workers")


def build(user, request: ExportRequest, locale: str) -> list[Table]:
    require_exporter(user)
    if request.kind == "claimdata":
        tables = claimdata.claim_data(user, request.filters, locale, request.redacted)
    else:
        tables = [_BUILDERS[request.kind](user, request.filters, locale)]
    return [cleaned(t, request.redacted) for t in tables]


def build_checked(user, request: ExportRequest, locale: str) -> list[Table]:
    """The tables within the bounds of an export on the queue (the worker's own check: the data may have grown
    since the request counted it)."""
    tables = build(user, request, locale)
    _check_bounds(request, tables)
    return tables


def needs_queue(request: ExportRequest, tables: list[Table], queue_over: int | None) -> bool:
    """Whether the export is too long for one request: past ``queue_over`` rows or the synchronous bounds."""
    biggest = max(t.count for t in tables)
    if request.kind == "breakdowns":
        return tables[0].count > SYNC_CALCULATIONS
    return biggest > SYNC_ROWS[request.format] or (queue_over is not None and biggest > queue_over)


def _check_bounds(request: ExportRequest, tables: list[Table]) -> None:
    if request.kind == "breakdowns" and tables[0].count > MAX_CALCULATIONS:
        raise BadExport(
            _(
                "This export holds the breakdowns of %(n)d claimants; one file holds at most %(max)d: "
                "choose a case or a kind of case.",
                n=tables[0].count,
                max=MAX_CALCULATIONS,
            )
        )
    limit = MAX_ROWS[request.format]
    biggest = max(t.count for t in tables)
    if biggest > limit and request.format == "xlsx":
        raise BadExport(
            _(
                "This export holds %(n)d rows; a workbook holds at most %(max)d: narrow the filters or choose .csv.",
                n=biggest,
                max=limit,
            )
        )
    if biggest > limit:
        raise BadExport(
            _(
                "This export holds %(n)d rows; a .csv file holds at most %(max)d: narrow the filters.",
                n=biggest,
                max=limit,
            )
        )


def record(user, request: ExportRequest, rows: int, queued: bool = False) -> None:
    """The audit entry of an export, written before any row leaves: the report-export entry's shape, with the
    kind, the format, the filters, whether it was redacted, how many rows (records) it holds, and whether the
    task queue makes it (its download is then audited too, claims/services/exports/queued.py)."""
    changes = {
        "export": [None, request.kind],
        "format": [None, request.format],
        "filters": [None, request.args()],
        "redacted": [None, request.redacted],
        "rows": [None, rows],
    }
    if queued:
        changes["queued"] = [None, True]
    records.write_audit(
        user,
        AuditAction.EXPORT,
        None,
        changes,
        org_id=user.org_id,
        label=f"export {request.kind}{' redacted' if request.redacted else ''}",
        entity_type="export",
    )


def prepare(user, request: ExportRequest, locale: str, queue_over: int | None = None) -> Prepared:
    """The export's tables, bounded and audited (the caller commits, then writes the file, or queues it when
    ``queued``: past ``queue_over`` rows or what one request can make). ``queue_over=None`` never queues below
    the synchronous bounds (the worker itself, which makes the file)."""
    tables = build(user, request, locale)
    _check_bounds(request, tables)
    prepared = Prepared(request, tables, needs_queue(request, tables, queue_over))
    record(user, request, prepared.rows, prepared.queued)
    return prepared


__all__ = [
    "FORMATS",
    "KINDS",
    "MAX_CALCULATIONS",
    "MAX_ROWS",
    "SYNC_CALCULATIONS",
    "SYNC_ROWS",
    "BadExport",
    "ExportRequest",
    "Prepared",
    "parse",
    "prepare",
    "require_exporter",
    "writers",
]
