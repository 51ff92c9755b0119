"""Committing an import: everything in one transaction, audited record by record, or nothing; a large file on the
task queue with its progress kept outside the transaction; a commit whose worker died given up."""

from __future__ import annotations

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
    IdentityDocument,
    ImportRun,
    ImportStatus,
    User,
)
from claims.models.base import utcnow
from claims.models.enums import ClaimantRole, DocumentHolder, DocumentKind
from claims.services import claimants as claimants_service
from claims.services import protection, records, returns
from claims.services.calculations.computing import computed_values
from claims.services.errors import NotFound, ValidationFailed
from claims.services.imports import matching
from claims.services.imports.common import (
    CREATE,
    QUEUE_OVER,
    SKIP,
    UPDATE,
    current_values,
    progress_key,
    pseudonyms_taken,
    require_importer,
    typed_values,
    whereabouts_visible,
)

log = logging.getLogger(__name__)


def progress(run: ImportRun) -> tuple[int, int]:
    """(rows written, rows to write) of a commit under way. Kept in the queue's store, outside the commit's
    transaction, which holds everything until its end."""
    beat = jobs.huey.get(progress_key(run.id), peek=True) if run.status == ImportStatus.RUNNING else None
    return (int(beat[0]) if beat else run.done), run.total


STALLED = "stalled"


def check_stale(run: ImportRun, now=None) -> bool:
    """A queued or running commit whose worker has given no sign of life for CLAIMS_JOB_STALE_AFTER is marked
    failed (nothing of it was kept: its transaction died with the worker). A worker that was only slow finds its
    run changed under it and writes nothing. True when the run was given up."""
    if run.status not in (ImportStatus.QUEUED, ImportStatus.RUNNING):
        return False
    now = now or utcnow()
    beat = jobs.huey.get(progress_key(run.id), peek=True)
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
        self.key = progress_key(run_id)
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
        jobs.huey.get(progress_key(run_id))  # drop the progress key


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
    visible_whereabouts = whereabouts_visible(user, existing.values())
    today = clock.today()
    summary = {"created": [], "updated": [], "unchanged": 0, "skipped": [], "calculations": 0}
    people: dict[str, Claimant] = dict(existing)
    # Looked up once for the whole file, not per row: a query per row costs a flush of everything pending.
    taken = pseudonyms_taken(user, [r["values"].get("pseudonym") for r in pending["claimants"]])
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
            visible_whereabouts |= whereabouts_visible(user, [claimant])
        values = typed_values(row["values"])
        if claimant is None:
            values["external_id"] = row["external_id"]
            claimant = _create(user, values, today, row, taken)
            summary["created"].append({"id": claimant.id, "pseudonym": claimant.pseudonym, "row": row["row"]})
        else:
            if claimant.id not in visible_whereabouts:
                values = {k: v for k, v in values.items() if k not in protection.WHEREABOUTS_FIELDS}
            values["external_id"] = row["external_id"]
            claimants_service.check_claimant({**current_values(claimant), **values}, today)
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
        # A return date in the file goes to the claimant's return record, the one record of it.
        returns.adopt_claimant_fields(user, claimant, typed_values(row["values"]), commit=False)
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
        case.updated_at = utcnow()  # the case's claimants changed: claims.services.cases.claimants_changed
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
