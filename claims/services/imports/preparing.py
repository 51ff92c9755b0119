"""Preparing an import: the checked rows matched to the people recorded, each claimant checked as their save
would check them, each claim document merged and parsed, and the import recorded with its problems; nothing else
is written."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from claims import clock
from claims.extensions import db
from claims.models import (
    Calculation,
    Case,
    ClaimTemplate,
    ImportRun,
    ImportStatus,
)
from claims.services import claimants as claimants_service
from claims.services import protection, records
from claims.services.calculations.documents import SETTINGS_KEYS
from claims.services.errors import NotFound, ValidationFailed
from claims.services.imports import claimdata, matching
from claims.services.imports.columns import SHEETS
from claims.services.imports.common import (
    CREATE,
    UPDATE,
    current_values,
    file_hash,
    pseudonyms_taken,
    require_importer,
    typed_values,
    whereabouts_visible,
)


def _reporter(problems: list, checked):
    """problem(sheet key, row, column key, message): a problem with the sheet and the column named as the file
    names them (a column the file lacks, such as the guardian a minor needs, by the template's English header)."""

    def problem(sheet_key: str, row: int, column_key: str, message) -> None:
        title, header = checked.label(sheet_key, column_key)
        if header == column_key:
            sheet = next(s for s in SHEETS if s.key == sheet_key)
            header = next((c.en for c in sheet.columns if c.key == column_key), column_key)
        problems.append({"sheet": title, "row": row, "column": header, "message": str(message)})

    return problem


def _settings(case: Case, today: date) -> dict:
    template = db.session.scalar(
        sa.select(ClaimTemplate).where(ClaimTemplate.case_id == case.id, ClaimTemplate.archived_at.is_(None))
    )
    shared = {k: v for k, v in (template.data if template else {}).items() if k in SETTINGS_KEYS and v}
    return {"jurisdiction": "th", "computed_on": today.isoformat(), "currency": "THB", **shared}


def prepare(user, filename: str, data: bytes, case: Case | None, checked) -> ImportRun:
    """Record the import with its rows checked, matched and merged; nothing else is written. ``checked`` is
    what claims/web/imports/rows.py made of the file's rows."""
    require_importer(user)
    if case is not None and case.org_id != user.org_id:
        raise NotFound("case")
    today = clock.today()
    problems = list(checked.problems)
    problem = _reporter(problems, checked)
    rows = [dict(r) for r in checked.claimants]
    seen_ids: dict[str, int] = {}
    seen_pseudonyms: dict[str, int] = {}
    for row in list(rows):
        if row["external_id"] in seen_ids:
            problem(
                "claimants",
                row["row"],
                "external_id",
                _("This external id is on row %(row)d too.", row=seen_ids[row["external_id"]]),
            )
            rows.remove(row)
            continue
        seen_ids[row["external_id"]] = row["row"]
        pseudonym = row["values"].get("pseudonym")
        if pseudonym in seen_pseudonyms:
            problem(
                "claimants",
                row["row"],
                "pseudonym",
                _("This pseudonym is on row %(row)d too.", row=seen_pseudonyms[pseudonym]),
            )
        elif pseudonym:
            seen_pseudonyms[pseudonym] = row["row"]

    existing = matching.by_external_id(user.org_id, [r["external_id"] for r in rows] + list(checked.claim))
    visible_whereabouts = whereabouts_visible(user, existing.values())
    new_rows = [r for r in rows if r["external_id"] not in existing]
    owners = pseudonyms_taken(user, [r["values"].get("pseudonym") for r in rows])
    possible = matching.candidates(user.org_id, new_rows)
    for row in rows:
        claimant = existing.get(row["external_id"])
        if claimant is not None:
            row["action"], row["claimant_id"] = UPDATE, claimant.id
            if claimant.archived_at is not None:
                problem(
                    "claimants",
                    row["row"],
                    "external_id",
                    _("This person's record is archived: an administrator can restore it first."),
                )
                continue
            hidden = () if claimant.id in visible_whereabouts else protection.WHEREABOUTS_FIELDS
            if hidden:
                row["hidden"] = [k for k in row["values"] if k in hidden]
                row["values"] = {k: v for k, v in row["values"].items() if k not in hidden}
            merged = {**current_values(claimant), **typed_values(row["values"])}
            row["changed"] = sorted(
                k
                for k, v in typed_values(row["values"]).items()
                if records.plain(getattr(claimant, k)) != records.plain(v)
            )
            taken = owners.get(row["values"].get("pseudonym"))
            if taken is not None and taken != claimant.id:
                problem(
                    "claimants",
                    row["row"],
                    "pseudonym",
                    _l("Another claimant already has this pseudonym."),
                )
        else:
            row["action"] = CREATE
            merged = typed_values(row["values"])
            found = possible.get(row["row"])
            if found:
                row["action"] = "decide"
                row["candidates"] = [
                    {"id": c.id, "pseudonym": c.pseudonym, "reasons": reasons} for c, reasons in found
                ]
        try:
            claimants_service.check_claimant(merged, today)
        except ValidationFailed as failure:
            for name, message in failure.errors.items():
                problem("claimants", row["row"], name, message)

    claim = {}
    if checked.claim and case is None:
        first = next(iter(checked.claim.values()))
        sheet_key, entries = next(iter(first.items()))
        problem(
            sheet_key,
            entries[0]["row"],
            "",
            _("Choose the case the claim data goes into."),
        )
    elif checked.claim:
        claim = _merge_claims(user, case, checked.claim, seen_ids, existing, problem, today)

    pending = {
        "claimants": rows,
        "claim": claim,
        "problems": sorted(problems, key=lambda p: (p["sheet"], p["row"])),
        "notes": checked.notes[:1000],
    }
    run = records.create(
        user,
        ImportRun,
        {
            "created_by_id": user.id,
            "filename": (filename or "upload")[:200],
            "sha256": file_hash(data),
            "size": len(data),
            "case_id": case.id if case is not None else None,
            "status": ImportStatus.PREVIEWED,
            "row_count": checked.rows_read,
            "problem_count": len(problems),
            "summary": {},
        },
        commit=False,
    )
    # The rows wait outside the audit trail: they hold legal names and whereabouts, and the trail keeps what the
    # commit does to each record, field by field.
    run.pending = pending
    db.session.commit()
    return run


_CLAIM_MESSAGES = {
    "duplicate period": _l("Two employment rows have this period number."),
    "no such period": _l("This claimant has no employment period with this number."),
}


def _merge_claims(user, case, claim_rows, in_file, existing, problem, today) -> dict:
    calcs = {}
    ids = [c.id for c in existing.values()]
    for chunk in matching.chunks(ids):
        for calc in db.session.scalars(
            sa.select(Calculation).where(Calculation.case_id == case.id, Calculation.claimant_id.in_(chunk))
        ):
            calcs[calc.claimant_id] = calc
    settings = None
    merged_docs = {}
    for external_id, rows in claim_rows.items():
        claimant = existing.get(external_id)
        if claimant is None and external_id not in in_file:
            entries = next(iter(rows.values()))
            key = next(iter(rows))
            problem(
                key,
                entries[0]["row"],
                "external_id",
                _("No claimant has this external id, in the file or recorded."),
            )
            continue
        calc = calcs.get(claimant.id) if claimant is not None else None
        if calc is not None:
            base = calc.data
        else:
            settings = settings or _settings(case, today)
            base = dict(settings)
        merged = claimdata.merge(base, rows)
        for sheet_key, row, column, message in merged.problems:
            text = _CLAIM_MESSAGES.get(message, message)
            problem(sheet_key, row, column, text)
        merged_docs[external_id] = merged.doc
    return merged_docs
