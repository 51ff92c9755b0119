"""What an export is asked for, read strictly from the address: its kind, format, redaction and filters.

The list pages quietly ignore a filter they do not understand (a link typed by hand still opens the page). An
export does not: a file that leaves the system must hold what the person asked for, so an unknown kind or a
filter value that is not one of its choices is refused with a message naming it, and nothing is written.
Arguments no kind reads (``page``, a list's own controls) are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from claims.dates import DateInputError, parse_date
from claims.models.enums import CaseKind, CaseStage, CaseStatus, TraffickingStatus

KINDS = ("claimants", "cases", "breakdowns", "hearings", "deadlines", "payments", "claimdata", "htcds")
FORMATS = ("xlsx", "csv")
HEARING_WINDOWS = ("14", "30", "90", "past", "unrecorded", "all")
DEADLINE_STATES = ("open", "done", "all")
DEADLINE_SCOPES = ("org", "mine")  # the Reminders page's "Whole organisation" and "My cases"
MAX_ID = 2**63 - 1

_TEXT_LIMITS = {"q": 100, "province": 120}
# A filter as its field is labelled on the pages, in the reader's language; the name in the address besides.
FILTER_LABELS = {
    "q": _l("Search"),
    "status": _l("Status"),
    "nationality": _l("Nationality"),
    "province": _l("Province"),
    "case_kind": _l("Case kind"),
    "protected": _l("Under protection"),
    "kind": _l("Kind"),
    "stage": _l("Stage"),
    "court_id": _l("Court"),
    "mine": _l("My cases"),
    "case_id": _l("Case"),
    "window": _l("When"),
    "lawyer_id": _l("Lawyer"),
    "on": _l("Date"),
    "due_from": _l("Last day from"),
    "due_to": _l("Last day to"),
    "state": _l("Which"),
    "scope": _l("Whose deadlines"),
    "received_from": _l("Received from"),
    "received_to": _l("Received to"),
    "currency": _l("Currency"),
    "redacted": _l("Redacted"),
}


def _named(name: str) -> str:
    label = FILTER_LABELS.get(name)
    return f"{label} ({name})" if label is not None else name


class BadExport(ValueError):
    """An export that cannot be made as asked: ``str(error)`` is the message in the user's language."""


@dataclass
class ExportRequest:
    kind: str
    format: str
    redacted: bool
    filters: dict = field(default_factory=dict)

    def args(self) -> dict:
        """The filters as given, for the audit trail and the links that repeat the export."""
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in self.filters.items() if v}


def _choice(args, name: str, allowed) -> str:
    value = args.get(name, "")
    if value and value not in set(allowed):
        raise BadExport(
            _("%(name)s: %(value)s is not one of its choices.", name=_named(name), value=value[:40])
        )
    return value


def _text(args, name: str) -> str:
    value = args.get(name, "")
    limit = _TEXT_LIMITS.get(name, 100)
    if len(value) > limit or "\x00" in value:
        raise BadExport(_("%(name)s: at most %(max)d characters.", name=_named(name), max=limit))
    return value.strip()


def _id(args, name: str) -> int | None:
    value = args.get(name, "")
    if not value:
        return None
    if not value.isdigit() or not 0 < int(value) <= MAX_ID:
        raise BadExport(
            _("%(name)s: %(value)s is not a record's number.", name=_named(name), value=value[:40])
        )
    return int(value)


def _flag(args, name: str) -> bool:
    value = args.get(name, "")
    if value not in ("", "0", "1"):
        raise BadExport(_("%(name)s: write 1 or 0.", name=_named(name)))
    return value == "1"


def _day(args, name: str) -> date | None:
    value = args.get(name, "")
    if not value:
        return None
    try:
        return parse_date(value).value
    except DateInputError as error:
        raise BadExport(f"{_named(name)}: {error.translated(_)}") from None


def _country(args, name: str) -> str:
    value = args.get(name, "")
    if value and not re.fullmatch(r"[A-Z]{2}", value):
        raise BadExport(_("%(name)s: a two-letter country code such as TH or MM.", name=_named(name)))
    return value


def _currency(args, name: str) -> str:
    value = args.get(name, "")
    if value and not re.fullmatch(r"[A-Z]{3}", value):
        raise BadExport(_("%(name)s: a three-letter currency code such as THB.", name=_named(name)))
    return value


READERS = {
    "claimants": {
        "q": _text,
        "status": lambda a, n: _choice(a, n, TraffickingStatus),
        "nationality": _country,
        "province": _text,
        "case_kind": lambda a, n: _choice(a, n, CaseKind),
        "protected": _flag,
    },
    "cases": {
        "q": _text,
        "kind": lambda a, n: _choice(a, n, CaseKind),
        "stage": lambda a, n: _choice(a, n, CaseStage),
        "status": lambda a, n: _choice(a, n, CaseStatus),
        "court_id": _id,
        "mine": _flag,
    },
    "breakdowns": {"case_id": _id, "kind": lambda a, n: _choice(a, n, CaseKind)},
    "hearings": {
        "window": lambda a, n: _choice(a, n, HEARING_WINDOWS),
        "court_id": _id,
        "province": _text,
        "lawyer_id": _id,
        "case_kind": lambda a, n: _choice(a, n, CaseKind),
        "on": _day,
    },
    "deadlines": {
        "due_from": _day,
        "due_to": _day,
        "state": lambda a, n: _choice(a, n, DEADLINE_STATES),
        "scope": lambda a, n: _choice(a, n, DEADLINE_SCOPES),
    },
    "payments": {
        "received_from": _day,
        "received_to": _day,
        "currency": _currency,
        "case_kind": lambda a, n: _choice(a, n, CaseKind),
    },
    "claimdata": {"case_id": _id},
    "htcds": {"case_id": _id, "case_kind": lambda a, n: _choice(a, n, CaseKind)},
}


def parse(kind: str, args) -> ExportRequest:
    """``kind`` from the address's path (a list's own ``kind`` filter, the cases', stays in ``args``)."""
    if kind not in KINDS:
        raise BadExport(_("Unknown kind of export: choose one from the list."))
    fmt = args.get("format", "xlsx") or "xlsx"
    if fmt not in FORMATS:
        raise BadExport(_("Unknown file format: choose .xlsx or .csv."))
    redacted = _flag(args, "redacted")
    filters = {name: read(args, name) for name, read in READERS[kind].items()}
    for start, end in (("due_from", "due_to"), ("received_from", "received_to")):
        if filters.get(start) and filters.get(end) and filters[start] > filters[end]:
            raise BadExport(_("%(end)s comes before %(start)s.", start=_named(start), end=_named(end)))
    if kind == "claimdata" and not filters["case_id"]:
        raise BadExport(_("Choose the case whose claimants and claim data to export."))
    return ExportRequest(kind, fmt, redacted, filters)
