"""Imports (issue 14): claimants and their claim data from a spreadsheet, previewed, decided and committed whole.

The order of an import:
1. :func:`reading.read_upload` reads the file into rows of text (limits, formulas and error cells refused);
2. the web layer checks every row with the forms a person fills in (claims/web/imports/rows.py);
3. :func:`prepare` matches the rows to people already recorded (by external id; possible duplicates for a
   decision), checks each claimant as their save would and each claimant's merged claim document with the
   engine's parser, and records the import with its problems (:class:`ImportRun`): nothing else is written;
4. :func:`commit` writes everything in one transaction, audited record by record, or nothing (a file of more
   than QUEUE_OVER rows on the task queue, with progress); the import keeps what it created and changed, and the
   rows it waited with are dropped.

Only case workers (who may create claimants) import. A protected person's whereabouts are never shown in a
preview to a user the whereabouts rule does not name, and such a user's file cannot change them.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import date

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from claims import clock, jobs
from claims.extensions import db
from claims.models import (
    Calculation,
    Case,
    CaseClaimant,
    Claimant,
    ClaimTemplate,
    IdentityDocument,
    ImportRun,
    ImportStatus,
    User,
)
from claims.models.base import utcnow
from claims.models.enums import ClaimantRole, DocumentHolder, DocumentKind
from claims.services import access, protection, records
from claims.services import claimants as claimants_service
from claims.services.calculations.computing import computed_values
from claims.services.calculations.documents import SETTINGS_KEYS
from claims.services.errors import Forbidden, NotFound, ValidationFailed
from claims.services.imports import claimdata, matching
from claims.services.imports.columns import SHEETS
from claims.services.imports.reading import FileProblem, read_upload
from claims.services.paging import clamp_page, count

log = logging.getLogger(__name__)

QUEUE_OVER = 500  # rows: a larger file is committed on the task queue, with progress
PAGE_SIZE = 100
CREATE, UPDATE, SKIP = "create", "update", "skip"

__all__ = ["FileProblem", "ImportRun", "ImportStatus", "prepare", "commit", "read_upload"]


def require_importer(user) -> None:
    """Whoever may create claimants (claims.services.claimants.create_claimant) may import them; no one else."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- prepare


def _typed(values: dict) -> dict:
    """Plain values (as kept between preview and commit) back to the model's types."""
    columns = Claimant.__table__.columns
    typed = {}
    for key, value in values.items():
        kind = columns[key].type
        if value is not None and isinstance(kind, sa.Date):
            value = date.fromisoformat(value)
        elif value is not None and getattr(kind, "enum_class", None) is not None:
            value = kind.enum_class(value)
        typed[key] = value
    return typed


def _current(claimant: Claimant) -> dict:
    return {c: getattr(claimant, c) for c in records.audited_columns(claimant)}


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
    visible_whereabouts = _whereabouts_rule(user, existing.values())
    new_rows = [r for r in rows if r["external_id"] not in existing]
    owners = _pseudonyms_taken(user, [r["values"].get("pseudonym") for r in rows])
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
            merged = {**_current(claimant), **_typed(row["values"])}
            row["changed"] = sorted(
                k
                for k, v in _typed(row["values"]).items()
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
            merged = _typed(row["values"])
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


def _whereabouts_rule(user, claimants) -> set[int]:
    """The ids of those ``claimants`` whose whereabouts ``user`` may see and change: one query."""
    claimants = list(claimants)
    protected = [c for c in claimants if c.protected]
    assigned = protection.assigned_to(user, [c.id for c in protected]) if protected else set()
    return {c.id for c in claimants if access.may_see_whereabouts(user, c, assigned)}


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


# ---------------------------------------------------------------- reads


def get_run(user, run_id) -> ImportRun:
    require_importer(user)
    run = db.session.get(ImportRun, int(run_id)) if str(run_id).isdigit() else None
    if run is None or run.org_id != user.org_id:
        raise NotFound("import")
    if run.status in (ImportStatus.QUEUED, ImportStatus.RUNNING):
        jobs.ensure_worker(current_app._get_current_object())
        check_stale(run)
    return run


def list_runs(user, page: int = 1):
    require_importer(user)
    query = sa.select(ImportRun).where(ImportRun.org_id == user.org_id)
    total = count(query, ImportRun.id)
    page, pages = clamp_page(page, total, PAGE_SIZE)
    rows = db.session.scalars(
        query.order_by(ImportRun.id.desc()).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)
    ).all()
    return rows, total, page, pages


def progress(run: ImportRun) -> tuple[int, int]:
    """(rows written, rows to write) of a commit under way. Kept in the queue's store, outside the commit's
    transaction, which holds everything until its end."""
    beat = jobs.huey.get(_progress_key(run.id), peek=True) if run.status == ImportStatus.RUNNING else None
    return (int(beat[0]) if beat else run.done), run.total


STALLED = "stalled"


def check_stale(run: ImportRun, now=None) -> bool:
    """A queued or running commit whose worker has given no sign of life for CLAIMS_JOB_STALE_AFTER is marked
    failed (nothing of it was kept: its transaction died with the worker). A worker that was only slow finds its
    run changed under it and writes nothing. True when the run was given up."""
    if run.status not in (ImportStatus.QUEUED, ImportStatus.RUNNING):
        return False
    now = now or utcnow()
    beat = jobs.huey.get(_progress_key(run.id), peek=True)
    seen = max(filter(None, [run.heartbeat_at, run.created_at, _from_epoch(beat[1]) if beat else None]))
    if (now - seen).total_seconds() <= current_app.config["CLAIMS_JOB_STALE_AFTER"]:
        return False
    given_up = db.session.execute(
        sa.update(ImportRun)
        .where(ImportRun.id == run.id, ImportRun.status == run.status, ImportRun.version == run.version)
        .values(
            status=ImportStatus.FAILED, error=STALLED, finished_at=now, pending=None, version=run.version + 1
        )
    )
    db.session.commit()
    db.session.refresh(run)
    return bool(given_up.rowcount)


def _from_epoch(seconds: float):
    from datetime import UTC, datetime

    return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)


def _progress_key(run_id: int) -> str:
    return f"import-progress-{run_id}"


# ---------------------------------------------------------------- commit


def decisions_needed(run: ImportRun) -> list[dict]:
    return [r for r in (run.pending or {}).get("claimants", []) if r.get("action") == "decide"]


def commit(user, run: ImportRun, decisions: dict[int, str]) -> ImportRun:
    """Write the import: at once for a small file, on the queue for a large one. ``decisions``: row number ->
    "create", "skip" or "update-<claimant id>" for every row that looks like someone recorded."""
    require_importer(user)
    if run.status != ImportStatus.PREVIEWED:
        raise ValidationFailed({"_import": str(_l("This import is not waiting to be committed."))})
    if run.problem_count:
        raise ValidationFailed(
            {"_import": str(_l("Correct the problems in the file and upload it again: nothing was written."))}
        )
    pending = dict(run.pending)
    chosen = {}
    for row in decisions_needed(run):
        decision = decisions.get(row["row"], "")
        allowed = {CREATE, SKIP} | {f"{UPDATE}-{c['id']}" for c in row["candidates"]}
        if decision not in allowed:
            raise ValidationFailed(
                {"_import": str(_l("Decide for every row that looks like someone already recorded."))}
            )
        chosen[str(row["row"])] = decision
    pending["decisions"] = chosen
    total = len(pending["claimants"]) + len(pending["claim"])
    db.session.execute(
        sa.update(ImportRun).where(ImportRun.id == run.id).values(pending=pending, total=total, done=0)
    )
    if total > QUEUE_OVER:
        db.session.execute(
            sa.update(ImportRun)
            .where(ImportRun.id == run.id)
            .values(status=ImportStatus.QUEUED, heartbeat_at=utcnow())
        )
        db.session.commit()
        jobs.ensure_worker(current_app._get_current_object())
        run_import_job(run.id, user.id)
    else:
        db.session.commit()
        execute(run.id, user.id)
    db.session.expire_all()
    return db.session.get(ImportRun, run.id)


def cancel(user, run: ImportRun) -> None:
    require_importer(user)
    if run.status != ImportStatus.PREVIEWED:
        raise ValidationFailed({"_import": str(_l("This import is not waiting to be committed."))})
    records.update(user, run, {"status": ImportStatus.CANCELLED}, records.UNCHECKED, commit=False)
    run.pending = None
    db.session.commit()


class _Progress:
    def __init__(self, run_id: int):
        self.key = _progress_key(run_id)
        self.done = 0

    def step(self) -> None:
        self.done += 1
        if self.done % 50 == 0:
            # Outside the transaction (which holds everything until the end): the queue's own store, with the
            # time, which is the run's heartbeat (check_stale).
            jobs.huey.put(self.key, (self.done, time.time()))


def execute(run_id: int, user_id: int) -> None:
    """The commit itself: everything in one transaction, or nothing (the run then says why)."""
    run = db.session.get(ImportRun, run_id)
    user = db.session.get(User, user_id)
    if run is None or user is None or run.status not in (ImportStatus.PREVIEWED, ImportStatus.QUEUED):
        return
    claimed = db.session.execute(
        sa.update(ImportRun)
        .where(ImportRun.id == run_id, ImportRun.status.in_([ImportStatus.PREVIEWED, ImportStatus.QUEUED]))
        .values(status=ImportStatus.RUNNING, heartbeat_at=utcnow())
    )
    db.session.commit()
    if not claimed.rowcount:
        return
    run = db.session.get(ImportRun, run_id)
    try:
        summary = _write(user, run, _Progress(run_id))
        records.update(
            user,
            run,
            {
                "status": ImportStatus.COMMITTED,
                "summary": summary,
                "done": run.total,
                "finished_at": utcnow(),
            },
            records.UNCHECKED,
            commit=False,
        )
        run.pending = None
        db.session.commit()
    except Exception as error:  # noqa: BLE001 - whatever went wrong, nothing of the import may stay
        db.session.rollback()
        message = _failure(error)
        log.warning("import %s failed, nothing written: %s", run_id, message)
        db.session.execute(
            sa.update(ImportRun)
            .where(ImportRun.id == run_id)
            .values(status=ImportStatus.FAILED, error=message, finished_at=utcnow(), pending=None)
        )
        db.session.commit()
    finally:
        jobs.huey.get(_progress_key(run_id))  # drop the progress key


def _failure(error: Exception) -> str:
    if isinstance(error, ValidationFailed):
        return "; ".join(f"{v}" for v in error.errors.values())
    return str(
        _l(
            "The import stopped on an unexpected error: nothing was written. Try again, or tell an administrator."
        )
    )


def _write(user, run: ImportRun, progress: _Progress) -> dict:
    pending = run.pending
    decisions = pending.get("decisions", {})
    case = db.session.get(Case, run.case_id) if run.case_id else None
    existing = matching.by_external_id(
        user.org_id, [r["external_id"] for r in pending["claimants"]] + list(pending["claim"])
    )
    visible_whereabouts = _whereabouts_rule(user, existing.values())
    today = clock.today()
    summary = {"created": [], "updated": [], "unchanged": 0, "skipped": [], "calculations": 0}
    people: dict[str, Claimant] = dict(existing)
    # Looked up once for the whole file, not per row: a query per row costs a flush of everything pending.
    taken = _pseudonyms_taken(user, [r["values"].get("pseudonym") for r in pending["claimants"]])
    documents = _documents_known([c.id for c in existing.values()])
    for row in pending["claimants"]:
        decision = decisions.get(str(row["row"]), row["action"])
        if decision == SKIP:
            summary["skipped"].append(row["row"])
            progress.step()
            continue
        claimant = existing.get(row["external_id"])
        if decision.startswith(f"{UPDATE}-"):
            claimant = db.session.get(Claimant, int(decision.split("-", 1)[1]))
            if claimant is None or claimant.org_id != user.org_id:
                raise NotFound("claimant")
            visible_whereabouts |= _whereabouts_rule(user, [claimant])
        values = _typed(row["values"])
        if claimant is None:
            values["external_id"] = row["external_id"]
            claimant = _create(user, values, today, row, taken)
            summary["created"].append({"id": claimant.id, "pseudonym": claimant.pseudonym, "row": row["row"]})
        else:
            if claimant.id not in visible_whereabouts:
                values = {k: v for k, v in values.items() if k not in protection.WHEREABOUTS_FIELDS}
            values["external_id"] = row["external_id"]
            claimants_service.check_claimant({**_current(claimant), **values}, today)
            changes = records.update(
                user,
                claimant,
                values,
                records.UNCHECKED,
                commit=False,
                redact=protection.audit_redactions(claimant, values),
            )
            if changes:
                summary["updated"].append(
                    {
                        "id": claimant.id,
                        "pseudonym": claimant.pseudonym,
                        "row": row["row"],
                        "fields": sorted(changes),
                    }
                )
            else:
                summary["unchanged"] += 1
        if row.get("document"):
            _document(user, claimant, row["document"], documents)
        people[row["external_id"]] = claimant
        progress.step()
    if case is not None:
        _link(
            user,
            case,
            [people[e] for e in pending["claim"] if e in people]
            + [people[r["external_id"]] for r in pending["claimants"] if r["external_id"] in people],
        )
        summary["calculations"] = _calculations(user, case, pending["claim"], people, progress)
    db.session.flush()
    return summary


def _pseudonyms_taken(user, pseudonyms) -> dict[str, int]:
    taken = {}
    for chunk in matching.chunks(p for p in pseudonyms if p):
        query = sa.select(Claimant.pseudonym, Claimant.id).where(
            Claimant.org_id == user.org_id, Claimant.pseudonym.in_(chunk)
        )
        taken.update(dict(db.session.execute(query).all()))
    return taken


def _documents_known(claimant_ids) -> set[tuple[int, str]]:
    known = set()
    for chunk in matching.chunks(claimant_ids):
        query = sa.select(IdentityDocument.claimant_id, IdentityDocument.number).where(
            IdentityDocument.claimant_id.in_(chunk), IdentityDocument.archived_at.is_(None)
        )
        known |= {tuple(row) for row in db.session.execute(query)}
    return known


def _create(user, values: dict, today: date, row: dict, taken: dict[str, int]) -> Claimant:
    claimants_service.check_claimant(values, today)
    if values.get("pseudonym") in taken:
        raise ValidationFailed(
            {"pseudonym": _("Row %(row)d: another claimant already has this pseudonym.", row=row["row"])}
        )
    return records.create(
        user, Claimant, values, commit=False, redact=protection.audit_redactions(None, values)
    )


def _document(user, claimant: Claimant, document: dict, known: set[tuple[int, str]]) -> None:
    if (claimant.id, document["number"]) not in known:
        known.add((claimant.id, document["number"]))
        records.create(
            user,
            IdentityDocument,
            {
                "claimant_id": claimant.id,
                "kind": DocumentKind(document["kind"]),
                "number": document["number"],
                "held_by": DocumentHolder.CLAIMANT,
            },
            commit=False,
        )


def _link(user, case: Case, claimants: list[Claimant]) -> None:
    """Add to the case those not in it yet, as plaintiffs numbered after the last (the rule and the records of
    claims.services.cases.add_claimants, read in bulk rather than per claimant)."""
    by_id = {c.id: c for c in claimants}
    refused = [c.pseudonym for c in by_id.values() if not protection.may_add_to_case(user, c)]
    if refused:
        raise ValidationFailed(
            {
                "claimant_ids": str(
                    _l(
                        "Under protection: only an administrator or their own lawyer or paralegal can add "
                        "%(names)s to a case.",
                        names=", ".join(refused),
                    )
                )
            }
        )
    links: dict[int, CaseClaimant] = {}
    for chunk in matching.chunks(by_id):
        for link in db.session.scalars(
            sa.select(CaseClaimant).where(
                CaseClaimant.case_id == case.id, CaseClaimant.claimant_id.in_(chunk)
            )
        ):
            links[link.claimant_id] = link
    position = (
        db.session.scalar(
            sa.select(sa.func.max(CaseClaimant.position)).where(CaseClaimant.case_id == case.id)
        )
        or 0
    )
    for claimant_id in sorted(by_id):
        link = links.get(claimant_id)
        if link is not None and link.archived_at is None:
            continue
        position += 1
        values = {"role": ClaimantRole.PLAINTIFF, "position": position}
        if link is not None:  # a party removed earlier comes back, keeping one row per pair
            records.reactivate(user, link, values)
        else:
            records.create(
                user, CaseClaimant, {"case_id": case.id, "claimant_id": claimant_id, **values}, commit=False
            )


def _calculations(user, case: Case, claim: dict, people: dict, progress: _Progress) -> int:
    written = 0
    for external_id, doc in claim.items():
        claimant = people.get(external_id)
        if claimant is None:  # a skipped row's claim data goes with it
            progress.step()
            continue
        calc = db.session.scalar(
            sa.select(Calculation).where(
                Calculation.case_id == case.id, Calculation.claimant_id == claimant.id
            )
        )
        try:
            values = computed_values(doc)
        except ValidationFailed as failure:
            raise ValidationFailed(
                {k: f"{claimant.pseudonym}: {v}" for k, v in failure.errors.items()}
            ) from None
        if calc is None:
            records.create(
                user, Calculation, {"case_id": case.id, "claimant_id": claimant.id, **values}, commit=False
            )
            written += 1
        elif calc.data != doc:
            records.update(user, calc, values, records.UNCHECKED, commit=False)
            written += 1
        progress.step()
    return written


run_import_job = jobs.task("imports.commit")(execute)


# ---------------------------------------------------------------- the preview


class Preview:
    """What the import's page shows: counts, a page of problems, the rows that wait for a decision (with the
    people they may be: pseudonym, date of birth and why, never their whereabouts), and after the commit what
    was created and changed."""

    SHOWN = 200

    def __init__(self, run: ImportRun, page: int):
        pending = run.pending or {}
        rows = pending.get("claimants", [])
        problems = pending.get("problems", [])
        self.total_problems = len(problems)
        self.page, self.pages = clamp_page(page, len(problems), PAGE_SIZE)
        self.problems = problems[(self.page - 1) * PAGE_SIZE : self.page * PAGE_SIZE]
        self.notes = pending.get("notes", [])[: self.SHOWN]
        self.to_create = sum(1 for r in rows if r.get("action") == CREATE)
        self.to_update = [r for r in rows if r.get("action") == UPDATE]
        self.changing = [r for r in self.to_update if r.get("changed")][: self.SHOWN]
        self.decide = [r for r in rows if r.get("action") == "decide"]
        self.hidden = [r for r in rows if r.get("hidden")][: self.SHOWN]
        self.claim_count = len(pending.get("claim", {}))
        self.candidates: dict[int, Claimant] = {}
        summary = run.summary or {}
        self.created = summary.get("created", [])[: self.SHOWN]
        self.updated = summary.get("updated", [])[: self.SHOWN]
        self.created_count = len(summary.get("created", []))
        self.updated_count = len(summary.get("updated", []))
        self.skipped_count = len(summary.get("skipped", []))

    # what the pager macro reads
    @property
    def total(self) -> int:
        return self.total_problems


def load_preview(user, run: ImportRun, page: int = 1) -> Preview:
    require_importer(user)
    preview = Preview(run, page)
    ids = {c["id"] for r in preview.decide for c in r.get("candidates", [])}
    for chunk in matching.chunks(ids):
        for claimant in db.session.scalars(
            sa.select(Claimant).where(Claimant.org_id == user.org_id, Claimant.id.in_(chunk))
        ):
            preview.candidates[claimant.id] = claimant
    return preview
