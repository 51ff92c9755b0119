"""A case's claimants and their claim data in the import's own template (claims/services/imports/columns.py).

The round trip: this file, imported into another case (another organisation's, an empty one), gives the same
people and the same claim data, so the same totals. Every cell is written as the import reads it: choices as
their codes, dates in ISO, yes/no as yes/no, a loan's rate as the percentage the loan form takes. What the
template has no column for (deductions, the kind of work, contract multipliers, damages, the Fund's items, the
claim's settings) stays in the app; the Instructions sheet, which the import skips, names it per claimant.

Redacted, the file is still importable: the pseudonym stands in for the legal name and the external id, and the
identity, contact and free-text columns are left out.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from flask_babel import gettext as _

from claims.extensions import db
from claims.models import Calculation, Case, CaseClaimant, Claimant
from claims.services.exports.people import claimants_query
from claims.services.exports.reading import stream
from claims.services.exports.request import BadExport
from claims.services.exports.tables import DATE, HIDDEN, YESNO, Col, Table
from claims.services.imports import columns as template
from claims.services.imports.template import headers
from claims.services.scope import visible

IDENTITY = {"date_of_birth", "guardian_name", "document_kind", "document_number"}
CONTACT = {"home_province", "home_district", "phone", "address"}
FREE = {"notes", "note", "evidence"}
# What the Employment sheet carries of a period; the rest of a period stays in the app.
_PERIOD_KEYS = {c.key for c in template.EMPLOYMENT.columns} | {"records", "payments", "termination"}
_CLAIM_KEYS = {"jurisdiction", "computed_on", "currency", "employment", "recruitment", "loans", "claimant"}


def _columns(sheet: template.Sheet, language: str) -> list[Col]:
    titles = headers(sheet, language)
    return [
        Col(
            c.key,
            title,
            DATE if c.kind == template.DATE else YESNO if c.kind == template.YESNO else c.kind,
            identity=c.key in IDENTITY,
            contact=c.key in CONTACT,
            free=c.key in FREE,
        )
        for c, title in zip(sheet.columns, titles, strict=True)
    ]


def _case(user, case_id: int) -> Case:
    case = db.session.scalar(visible(Case, user).where(Case.id == case_id))
    if case is None:
        raise BadExport(_("No case of your organisation has that number."))
    return case


def _people(user, case: Case) -> sa.Select:
    in_case = sa.select(CaseClaimant.claimant_id).where(
        CaseClaimant.case_id == case.id, CaseClaimant.archived_at.is_(None)
    )
    return visible(Claimant, user).where(Claimant.id.in_(in_case))


def _external(row, redacted: bool) -> str:
    if redacted:
        return row["pseudonym"]
    return row["external_id"] or row["pseudonym"]


def _yes(value) -> str:
    return {True: "yes", False: "no"}.get(value, "")


def _claimant_row(row, redacted: bool) -> dict:
    values = {k: row.get(k) for k in (c.key for c in template.CLAIMANTS.columns) if k in row}
    values.update(
        external_id=_external(row, redacted),
        legal_name=row["pseudonym"] if redacted else row["legal_name"],
        sex=str(row["sex"] or ""),
        trafficking_status=str(row["trafficking_status"] or ""),
        document_kind=str(row["document_kind"] or ""),
        interpreter_needed=_yes(bool(row["interpreter_needed"])),
    )
    values[HIDDEN] = row[HIDDEN]
    return values


def _plain(value) -> str:
    """A stored fraction as a percentage: "0.03" is "3"; anything unreadable as it was."""
    try:
        return format((Decimal(str(value)) * 100).normalize(), "f")
    except (InvalidOperation, ValueError):
        return str(value)


def _period_row(external: str, number: int, period: dict) -> dict:
    rate = period.get("rate")
    low, high = (rate.get("low"), rate.get("high")) if isinstance(rate, dict) else (rate, None)
    termination = period.get("termination")
    ended = termination if isinstance(termination, dict) else {}
    return {
        **{k: period.get(k) for k in ("employer", "start", "end", "pay_basis", "currency", "workplace")},
        **{k: period.get(k) for k in ("province", "normal_hours_per_day", "contract_basis")},
        "external_id": external,
        "period": number,
        "rate": low,
        "rate_high": high,
        "wilful_withholding": _yes(period.get("wilful_withholding")),
        "unused_annual_leave_days": period.get("unused_annual_leave_days"),
        "terminated": "yes" if termination is not None else "",
        "by_employer": _yes(ended.get("by_employer")),
        "notice_given_on": ended.get("notice_given_on"),
    }


def claim_rows(doc: dict, external: str) -> dict[str, list[dict]]:
    """The rows of each claim sheet for one calculation document."""
    out: dict[str, list[dict]] = {s.key: [] for s in template.CLAIM_SHEETS}
    for number, period in enumerate(doc.get("employment") or [], start=1):
        out["employment"].append(_period_row(external, number, period))
        for record in period.get("records") or []:
            out["pay_records"].append(
                {
                    **record,
                    "external_id": external,
                    "period": number,
                    "repeat": _yes(record.get("repeat") == "monthly"),
                }
            )
        for payment in period.get("payments") or []:
            out["payments"].append({**payment, "external_id": external, "period": number})
    for fee in (doc.get("recruitment") or {}).get("fees") or []:
        out["fees"].append({**fee, "external_id": external})
    for loan in doc.get("loans") or []:
        out["loans"].append({**loan, "external_id": external, "rate_percent": _plain(loan.get("rate"))})
    return out


def left_in_app(doc: dict) -> list[str]:
    """The parts of a claim document the template has no column for."""
    left = sorted(k for k in doc if k not in _CLAIM_KEYS)
    for period in doc.get("employment") or []:
        left += sorted(f"employment.{k}" for k in period if k not in _PERIOD_KEYS)
    recruitment = doc.get("recruitment") or {}
    left += sorted(f"recruitment.{k}" for k in recruitment if k not in ("fees", "placement"))
    return sorted(set(left))


def claim_data(user, filters: dict, locale: str, redacted: bool) -> list[Table]:
    case = _case(user, filters["case_id"])
    people = claimants_query(user, _people(user, case))
    db_rows = list(stream(people))  # bounded: one case's claimants
    language = "th" if locale == "th" else "en"
    externals = {r["id"]: _external(r, redacted) for r in db_rows}
    claimants = Table(
        "claimants",
        template.CLAIMANTS.th if language == "th" else template.CLAIMANTS.en,
        _columns(template.CLAIMANTS, language),
        len(db_rows),
        lambda: (_claimant_row(r, redacted) for r in db_rows),
    )
    calculations = sa.select(Calculation.claimant_id, Calculation.data).where(
        Calculation.case_id == case.id,
        Calculation.org_id == user.org_id,
        Calculation.archived_at.is_(None),
        Calculation.claimant_id.in_(list(externals) or [0]),
    )
    by_sheet: dict[str, list[dict]] = {s.key: [] for s in template.CLAIM_SHEETS}
    notes = []
    for claimant_id, doc in db.session.execute(calculations).all():
        for key, rows in claim_rows(doc or {}, externals[claimant_id]).items():
            by_sheet[key] += rows
        left = left_in_app(doc or {})
        if left:
            notes.append(f"{externals[claimant_id]}: {', '.join(left)}")
    tables = [claimants]
    for sheet in template.CLAIM_SHEETS:
        rows = by_sheet[sheet.key]
        tables.append(
            Table(
                sheet.key,
                sheet.th if language == "th" else sheet.en,
                _columns(sheet, language),
                len(rows),
                lambda rows=rows: iter(rows),
            )
        )
    tables[0].notes = (
        [_("Kept in the app only (the template has no column for it):"), *notes] if notes else []
    )
    return tables
