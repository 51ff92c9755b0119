"""Reading imports: one import (a queued or running one checked for a dead worker), the list of past imports, and
what the import's page shows."""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app

from claims import jobs
from claims.extensions import db
from claims.models import (
    Claimant,
    ImportRun,
    ImportStatus,
)
from claims.services.errors import NotFound
from claims.services.imports import matching
from claims.services.imports.committing import check_stale
from claims.services.imports.common import (
    CREATE,
    PAGE_SIZE,
    UPDATE,
    require_importer,
)
from claims.services.paging import clamp_page, count


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
