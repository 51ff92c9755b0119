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

# Each export answers within one request, and gunicorn ends a request after 60 s (deploy/): measured on a 2-core
# machine with the national data set, openpyxl writes about 1,000 claimant rows a second and a .csv streams about
# 6,000 (5,000 of hearings, wider rows), so a workbook stops at 20,000 rows and a .csv at 200,000 (a national
# organisation's 100,000 claimants in about 16 s), each with a message saying how to narrow it.
MAX_ROWS = {"xlsx": 20_000, "csv": 200_000}
# A breakdown is a few hundred lines per claimant.
MAX_CALCULATIONS = 2_000

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


def record(user, request: ExportRequest, rows: int) -> None:
    """The audit entry of an export, written before any row leaves: the report-export entry's shape, with the
    kind, the format, the filters, whether it was redacted and how many rows (records) it holds."""
    records.write_audit(
        user,
        AuditAction.EXPORT,
        None,
        {
            "export": [None, request.kind],
            "format": [None, request.format],
            "filters": [None, request.args()],
            "redacted": [None, request.redacted],
            "rows": [None, rows],
        },
        org_id=user.org_id,
        label=f"export {request.kind}{' redacted' if request.redacted else ''}",
        entity_type="export",
    )


def prepare(user, request: ExportRequest, locale: str) -> Prepared:
    """The export's tables, bounded and audited (the caller commits, then writes the file)."""
    tables = build(user, request, locale)
    _check_bounds(request, tables)
    prepared = Prepared(request, tables)
    record(user, request, prepared.rows)
    return prepared


__all__ = [
    "FORMATS",
    "KINDS",
    "MAX_CALCULATIONS",
    "MAX_ROWS",
    "BadExport",
    "ExportRequest",
    "Prepared",
    "parse",
    "prepare",
    "require_exporter",
    "writers",
]
