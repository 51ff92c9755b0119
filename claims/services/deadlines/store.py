"""Writing what a recomputation changed, one chunk of claimants at a time: the stored rows are read as plain tuples
(their label as the JSON text it was written as) and only the rows whose values differ are written, in a handful
of statements whatever the number of deadlines; a deadline whose shown date moved is flagged, with a notice to
each person who follows the claimant's open cases."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from claims.calc import deadlines as engine
from claims.calc.text import to_json
from claims.extensions import db
from claims.models import Deadline, DeadlineNotice
from claims.models.base import utcnow
from claims.models.enums import DeadlineChangeReason
from claims.services.deadlines.counts import Tally, apply, places
from claims.services.deadlines.facts import CHUNK, Chunk, ClaimantFacts, of_org


@dataclass
class RefreshResult:
    claimants: int = 0
    changed: int = 0
    notices: int = 0
    # Sent to the task queue rather than done (claims.services.deadlines.queued): the figures are not known yet.
    queued: bool = False

    def add(self, other: RefreshResult) -> None:
        self.claimants += other.claimants
        self.changed += other.changed
        self.notices += other.notices


@dataclass(frozen=True)
class Reasons:
    """Why each claimant is recomputed, for the flag on a deadline that moves: the whole organisation's reason
    (rules changed, the daily refresh) where there is one, else each claimant's own; a closure day is named over
    anything else."""

    whole: DeadlineChangeReason | None
    each: dict[int, DeadlineChangeReason]

    def of(self, claimant_id: int) -> DeadlineChangeReason:
        own = self.each.get(claimant_id)
        if own == DeadlineChangeReason.CLOSURE:
            return own
        return self.whole or own or DeadlineChangeReason.FACTS


def _stored_rows(org_id: int, chunk: Chunk) -> dict[int, dict[str, sa.Row]]:
    table = Deadline.__table__
    stored: dict[int, dict[str, sa.Row]] = defaultdict(dict)
    for row in db.session.execute(
        sa.select(
            table.c.id,
            table.c.claimant_id,
            table.c.key,
            table.c.due_on,
            sa.cast(table.c.label, sa.Text).label("label"),
            sa.cast(table.c.missing, sa.Text).label("missing"),
            table.c.unverified,
            table.c.warning,
            table.c.archived_at,
            table.c.done_at,
        ).where(of_org(table.c.org_id, org_id), chunk.where(table.c.claimant_id))
    ):
        stored[row.claimant_id][row.key] = row
    return stored


def store(
    org_id: int,
    chunk: Chunk,
    facts: dict[int, ClaimantFacts],
    computed: dict[int, list[engine.Deadline]],
    reasons: Reasons,
    today: date,
    *,
    first_time: bool,
) -> RefreshResult:
    """Write what the recomputation of ``chunk`` changed; the chunk's stored deadlines of claimants no longer in
    ``computed`` (archived since) are archived with them."""
    result = RefreshResult(claimants=len(computed))
    table = Deadline.__table__
    stored = _stored_rows(org_id, chunk)
    now = utcnow()
    new_rows: list[dict] = []
    updates: list[dict] = []
    moves: list[dict] = []
    notices: list[dict] = []
    gone_ids: list[int] = []
    memo: dict = {}
    # The open deadlines' counts by day and by group (claims.services.deadlines.counts), changed with the rows
    # they count.
    tally = Tally()
    for claimant_id, found in computed.items():
        reason = reasons.of(claimant_id)
        rows = stored.pop(claimant_id, {})
        for deadline in found:
            values = {
                "label": to_json(deadline.label, memo),
                "missing": to_json(deadline.missing, memo) if deadline.missing is not None else None,
                "due_on": deadline.due_on,
                "unverified": deadline.unverified,
                "warning": deadline.warning,
            }
            row = rows.pop(deadline.key, None)
            counted = places(
                org_id, deadline.key, deadline.due_on, values["label"], values["missing"], None, None
            )
            if row is None:
                tally.move((), counted)
                new_rows.append(
                    {
                        "org_id": org_id,
                        "claimant_id": claimant_id,
                        "key": deadline.key,
                        "computed_at": now,
                        # Given, not left to the columns' defaults: those are called once a row.
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                        **values,
                    }
                )
                continue
            unchanged = (
                row.archived_at is None
                and row.due_on == deadline.due_on
                and (row.unverified, row.warning) == (deadline.unverified, deadline.warning)
                and _same_json(row.label, values["label"])
                and _same_json(row.missing, values["missing"])
            )
            if unchanged:
                continue
            # Written with archived_at cleared; done stays as it was.
            tally.move(_counted(org_id, row), counted if row.done_at is None else ())
            moved = (
                not first_time
                and row.due_on is not None
                and row.due_on != deadline.due_on
                and row.due_on >= today
            )
            update = {"_id": row.id, **values, "computed_at": now}
            if not moved:
                updates.append(update)
                continue
            moves.append(
                {**update, "previous_due_on": row.due_on, "changed_at": now, "change_reason": reason}
            )
            result.changed += 1
            notices += [
                {
                    "org_id": org_id,
                    "user_id": user_id,
                    "deadline_id": row.id,
                    "old_due_on": row.due_on,
                    "new_due_on": deadline.due_on,
                    "reason": reason,
                    "created_at": now,
                }
                for user_id in sorted(facts[claimant_id].follower_ids)
            ]
        # The facts no longer give it (a petition filed): kept, archived.
        gone = [row for row in rows.values() if row.archived_at is None]
        gone_ids += [row.id for row in gone]
        for row in gone:
            tally.move(_counted(org_id, row), ())
    # Claimants archived since (or no longer the organisation's): their deadlines go with them.
    for rows in stored.values():
        for row in rows.values():
            if row.archived_at is None:
                gone_ids.append(row.id)
                tally.move(_counted(org_id, row), ())
    _write(table, now, new_rows, updates, moves, gone_ids)
    if notices:
        db.session.execute(DeadlineNotice.__table__.insert(), notices)
        result.notices = len(notices)
    # Last, just before the chunk commits: the count rows it locks are held for as short a time as can be.
    apply(tally)
    return result


def _write(table, now, new_rows, updates, moves, gone_ids) -> None:
    common = {
        "label": sa.bindparam("label", type_=table.c.label.type),
        "missing": sa.bindparam("missing", type_=table.c.missing.type),
        "due_on": sa.bindparam("due_on"),
        "unverified": sa.bindparam("unverified"),
        "warning": sa.bindparam("warning"),
        "computed_at": sa.bindparam("computed_at"),
        "archived_at": None,
        "archived_by_id": None,
        "updated_at": now,
        # Bumped as the ORM would: an edit opened before the recomputation is then refused as stale.
        "version": table.c.version + 1,
    }
    by_id = table.c.id == sa.bindparam("_id")
    if new_rows:
        db.session.execute(table.insert(), new_rows)
    if updates:
        db.session.execute(sa.update(table).where(by_id).values(**common), updates)
    if moves:
        moved_values = {
            **common,
            "previous_due_on": sa.bindparam("previous_due_on"),
            "changed_at": sa.bindparam("changed_at"),
            "change_reason": sa.bindparam("change_reason", type_=table.c.change_reason.type),
        }
        db.session.execute(sa.update(table).where(by_id).values(**moved_values), moves)
    for start in range(0, len(gone_ids), CHUNK):
        db.session.execute(
            sa.update(table)
            .where(table.c.id.in_(gone_ids[start : start + CHUNK]))
            .values(archived_at=now, updated_at=now, version=table.c.version + 1)
        )


def _counted(org_id: int, row: sa.Row):
    return places(org_id, row.key, row.due_on, row.label, row.missing, row.done_at, row.archived_at)


def _same_json(stored: str | None, value: dict | None) -> bool:
    """Whether the JSON text a row holds says ``value``: compared as parsed JSON only when the texts differ, which
    a database that rewrites JSON (spacing) may make them do."""
    if stored is None or value is None:
        return stored is None and value is None
    text = json.dumps(value)
    return stored == text or json.loads(stored) == value
