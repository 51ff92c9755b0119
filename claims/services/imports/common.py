"""What the steps of an import share: who may import, the rows' values as the model takes them, the whereabouts
rule and the pseudonyms taken, read in bulk."""

from __future__ import annotations

import hashlib
from datetime import date

import sqlalchemy as sa

from claims.extensions import db
from claims.models import (
    Claimant,
)
from claims.services import access, protection, records
from claims.services.errors import Forbidden
from claims.services.imports import matching

QUEUE_OVER = 500  # rows: a larger file is committed on the task queue, with progress
PAGE_SIZE = 100
CREATE, UPDATE, SKIP = "create", "update", "skip"


def require_importer(user) -> None:
    """Whoever may create claimants (claims.services.claimants.create_claimant) may import them; no one else."""
    if not access.works_on_cases(user):
        raise Forbidden("case workers only")


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def typed_values(values: dict) -> dict:
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


def current_values(claimant: Claimant) -> dict:
    return {c: getattr(claimant, c) for c in records.audited_columns(claimant)}


def whereabouts_visible(user, claimants) -> set[int]:
    """The ids of those ``claimants`` whose whereabouts ``user`` may see and change: one query."""
    claimants = list(claimants)
    protected = [c for c in claimants if c.protected]
    assigned = protection.assigned_to(user, [c.id for c in protected]) if protected else set()
    return {c.id for c in claimants if access.may_see_whereabouts(user, c, assigned)}


def pseudonyms_taken(user, pseudonyms) -> dict[str, int]:
    taken = {}
    for chunk in matching.chunks(p for p in pseudonyms if p):
        query = sa.select(Claimant.pseudonym, Claimant.id).where(
            Claimant.org_id == user.org_id, Claimant.pseudonym.in_(chunk)
        )
        taken.update(dict(db.session.execute(query).all()))
    return taken


def progress_key(run_id: int) -> str:
    return f"import-progress-{run_id}"
