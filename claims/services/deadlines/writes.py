"""What people do with a deadline: mark it done (one or a group case's shared one for every claimant at once),
undo that, and mark the moves flagged to them seen."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from claims.extensions import db
from claims.models import Deadline, DeadlineNotice
from claims.models.base import utcnow
from claims.services import records
from claims.services.access import require_case_worker
from claims.services.errors import Forbidden, ValidationFailed


def _own_deadlines(user, deadline_ids: Iterable[int]) -> list[Deadline]:
    ids = sorted({int(i) for i in deadline_ids})
    if not ids:
        raise ValidationFailed({"deadline_ids": str(_l("Choose at least one deadline."))})
    rows = list(
        db.session.scalars(
            sa.select(Deadline).where(
                Deadline.id.in_(ids), Deadline.org_id == user.org_id, Deadline.archived_at.is_(None)
            )
        )
    )
    if len(rows) != len(ids):
        raise Forbidden("a deadline that is not this organisation's, or no longer in force")
    return rows


def _check_versions(rows: list[Deadline], versions: dict[int, int] | None) -> None:
    """``versions``: the version each deadline was read at ({id: version}), from a client that names it (the
    records API); a stale one refuses the whole write. The pages' buttons act on what is shown, unchecked."""
    if versions is None:
        return
    for row in rows:
        records.check_version(row, versions.get(row.id))


def mark_done(
    user, deadline_ids: Iterable[int], note: str | None = None, *, versions: dict[int, int] | None = None
) -> int:
    """Mark the deadlines done by ``user`` now (one audit entry each); returns how many changed."""
    require_case_worker(user)
    rows = _own_deadlines(user, deadline_ids)
    _check_versions(rows, versions)
    note = (note or "").strip()[:300] or None
    changed = 0
    for row in rows:
        if row.done_at is None:
            records.update(
                user,
                row,
                {"done_at": utcnow(), "done_by_id": user.id, "done_note": note},
                records.UNCHECKED,
                commit=False,
            )
            changed += 1
    db.session.commit()
    return changed


def reopen(user, deadline_ids: Iterable[int], *, versions: dict[int, int] | None = None) -> int:
    require_case_worker(user)
    rows = _own_deadlines(user, deadline_ids)
    _check_versions(rows, versions)
    changed = 0
    for row in rows:
        if row.done_at is not None:
            records.update(
                user,
                row,
                {"done_at": None, "done_by_id": None, "done_note": None},
                records.UNCHECKED,
                commit=False,
            )
            changed += 1
    db.session.commit()
    return changed


def mark_notices_seen(user, notice_ids: Iterable[int] | None = None) -> int:
    """Mark the user's notices seen (all of them when ``notice_ids`` is None); another user's are never touched."""
    require_case_worker(user)
    query = sa.update(DeadlineNotice).where(
        DeadlineNotice.user_id == user.id, DeadlineNotice.seen_at.is_(None)
    )
    if notice_ids is not None:
        query = query.where(DeadlineNotice.id.in_([int(i) for i in notice_ids]))
    count = db.session.execute(query.values(seen_at=utcnow())).rowcount
    db.session.commit()
    return count
