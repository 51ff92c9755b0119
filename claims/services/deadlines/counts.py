"""The organisation's open deadlines counted by day (claims.models.DeadlineCount), kept in step with the deadlines
themselves: every write of a deadline adds its change to the counts in the same transaction, so that the two
commit or roll back together and cannot drift apart.

Two ways in: the refresh's bulk writes (store.py) give their changes as :class:`Tally` entries, computed from the
rows it read and the values it writes; everything else (marking done or reopening through the ORM, a factory in a
test, an import) goes through the ORM, where a flush hook reads each changed deadline's stored values before the
flush and counts the difference. :func:`rebuild` counts them again from the rows (a whole refresh, ``flask deadlines
recount``, the migration that made the table).

A deadline counts once, in one bucket, while it is in force (not archived) and not done: on its day if it has a
date, as "cannot compute" if it has none for want of a fact; a deadline the rule book gives no time limit (the Fund
request) is not counted, as the pages never counted it.

A dated one counts a second time in its group (claims.models.DeadlineGroup): its day, its key and its words, what
the dashboard shows once for all the claimants of a group case. The tally, the flush hook and the rebuild keep both
tables; a deadline's places (:func:`places`) are the keys it counts under in each."""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from claims.calc import deadlines as engine
from claims.extensions import db
from claims.models import Deadline, DeadlineCount, DeadlineGroup

DAY = "day"
CANNOT_COMPUTE = "cannot_compute"
# The first element of a group's key in a tally, which the day counts' keys (org_id first) cannot have.
GROUP = "group"
# The key's day for the "cannot compute" bucket, which has none: every read names its bucket, so it is never summed
# as a day.
UNDATED = date(1900, 1, 1)

_IDS_A_STATEMENT = 5000

_FIELDS = ("org_id", "key", "due_on", "label", "missing", "done_at", "archived_at")


def bucket_of(org_id, due_on, missing, done_at, archived_at) -> tuple[int, str, date] | None:
    """Where a deadline with these values is counted, or None. ``missing`` as stored (a dict) or as its JSON text:
    the no-time-limit mark is found in the text, as the pages' SQL found it (claims.services.deadlines.due)."""
    if archived_at is not None or done_at is not None:
        return None
    if due_on is not None:
        return (org_id, DAY, due_on)
    if missing is None:
        return None
    text = missing if isinstance(missing, str) else json.dumps(missing)
    if engine.NO_TIME_LIMIT_KEY in text:
        return None
    return (org_id, CANNOT_COMPUTE, UNDATED)


def label_digest(label: dict | str) -> str:
    """The key of a deadline's words in its group: a digest of their canonical JSON (keys sorted, no spaces), from
    the stored dictionary or from the JSON text a database gives back, so that the same words are one group however
    they were spaced or ordered when written."""
    if isinstance(label, str):
        return _text_digest(label)
    return _digest(label)


@functools.lru_cache(maxsize=8192)
def _text_digest(text: str) -> str:
    # A whole refresh reads the same few hundred texts hundreds of thousands of times.
    return _digest(json.loads(text))


def _digest(value) -> str:
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.blake2b(canonical.encode(), digest_size=16).hexdigest()


def places(org_id, key, due_on, label, missing, done_at, archived_at) -> tuple:
    """Every key a deadline with these values counts under: its bucket (:func:`bucket_of`) and, if it has a date,
    its group (GROUP, org_id, day, key, words' digest). Empty where it counts nowhere."""
    bucket = bucket_of(org_id, due_on, missing, done_at, archived_at)
    if bucket is None:
        return ()
    if bucket[1] != DAY:
        return (bucket,)
    return (bucket, (GROUP, org_id, due_on, key, label_digest(label if label is not None else {})))


class Tally(Counter):
    """Changes to the counts, by (org_id, bucket, day) and by (GROUP, org_id, day, key, digest), written at once by
    :func:`apply`."""

    def move(self, before: tuple, after: tuple) -> None:
        """From the places a deadline counted under (:func:`places`) to those it counts under now."""
        if before == after:
            return
        for place in before:
            self[place] -= 1
        for place in after:
            self[place] += 1


def apply(tally: Tally, connection=None) -> None:
    """Add ``tally`` to the stored counts: one INSERT ... ON CONFLICT DO UPDATE a table for every key, in key order
    (two refresh processes then lock the same rows in the same order and cannot deadlock)."""
    changed = [(place, change) for place, change in tally.items() if change]
    days = sorted((place, change) for place, change in changed if place[0] != GROUP)
    groups = sorted((place[1:], change) for place, change in changed if place[0] == GROUP)
    _upsert(
        DeadlineCount.__table__,
        ("org_id", "bucket", "due_on"),
        [{"org_id": o, "bucket": b, "due_on": d, "open": n} for (o, b, d), n in days],
        connection,
    )
    _upsert(
        DeadlineGroup.__table__,
        ("org_id", "due_on", "key", "label_digest"),
        [{"org_id": o, "due_on": d, "key": k, "label_digest": g, "open": n} for (o, d, k, g), n in groups],
        connection,
    )


def _upsert(table: sa.Table, key: tuple[str, ...], rows: list[dict], connection) -> None:
    if not rows:
        return
    target = connection if connection is not None else db.session
    dialect = (connection.dialect if connection is not None else db.session.get_bind().dialect).name
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
    statement = insert.on_conflict_do_update(
        index_elements=[table.c[name] for name in key],
        set_={"open": table.c.open + insert.excluded.open},
    )
    target.execute(statement, rows)


def _counted_rows(org_id: int | None):
    """SQL: (org_id, bucket, day, count) of the open deadlines, as :func:`bucket_of` counts them."""
    table = Deadline.__table__
    open_rows = [table.c.archived_at.is_(None), table.c.done_at.is_(None)]
    if org_id is not None:
        open_rows.append(table.c.org_id == org_id)
    dated = (
        sa.select(
            table.c.org_id,
            sa.literal(DAY).label("bucket"),
            table.c.due_on,
            sa.func.count().label("open"),
        )
        .where(*open_rows, table.c.due_on.is_not(None))
        .group_by(table.c.org_id, table.c.due_on)
    )
    undated = (
        sa.select(
            table.c.org_id,
            sa.literal(CANNOT_COMPUTE).label("bucket"),
            sa.literal(UNDATED, sa.Date).label("due_on"),
            sa.func.count().label("open"),
        )
        .where(
            *open_rows,
            table.c.due_on.is_(None),
            table.c.missing.is_not(None),
            sa.not_(sa.cast(table.c.missing, sa.Text).contains(engine.NO_TIME_LIMIT_KEY, autoescape=True)),
        )
        .group_by(table.c.org_id)
    )
    return sa.union_all(dated, undated)


def rebuild(org_id: int | None = None, connection=None) -> int:
    """Count the open deadlines again from their rows (one organisation's, or every one's), replacing the stored
    counts by day and by group; returns how many count rows (by day and by group) there are now. On the session,
    or on ``connection`` (a bulk load's). The caller commits."""
    target = connection if connection is not None else db.session
    table = DeadlineCount.__table__
    groups = DeadlineGroup.__table__
    for stored_table in (table, groups):
        delete = sa.delete(stored_table)
        if org_id is not None:
            delete = delete.where(stored_table.c.org_id == org_id)
        target.execute(delete)
    rows = _counted_rows(org_id).subquery()
    target.execute(
        sa.insert(table).from_select(
            ["org_id", "bucket", "due_on", "open"],
            sa.select(rows.c.org_id, rows.c.bucket, rows.c.due_on, rows.c.open),
        )
    )
    counted = _grouped(target, org_id)
    found = [
        {"org_id": o, "due_on": d, "key": k, "label_digest": g, "open": n}
        for (o, d, k, g), n in sorted(counted.items())
    ]
    for start in range(0, len(found), _IDS_A_STATEMENT):
        target.execute(sa.insert(groups), found[start : start + _IDS_A_STATEMENT])
    total = 0
    for stored_table in (table, groups):
        query = sa.select(sa.func.count()).select_from(stored_table)
        if org_id is not None:
            query = query.where(stored_table.c.org_id == org_id)
        total += target.scalar(query)
    return total


def _grouped(target, org_id: int | None) -> Counter:
    """The open dated deadlines counted by (org_id, day, key, words' digest): grouped by the words' stored text in
    SQL (a few hundred groups an organisation), the texts then digested, so that texts spaced differently for the
    same words add up in one group."""
    table = Deadline.__table__
    label_text = sa.cast(table.c.label, sa.Text)
    query = (
        sa.select(table.c.org_id, table.c.due_on, table.c.key, label_text, sa.func.count())
        .where(table.c.archived_at.is_(None), table.c.done_at.is_(None), table.c.due_on.is_not(None))
        .group_by(table.c.org_id, table.c.due_on, table.c.key, label_text)
    )
    if org_id is not None:
        query = query.where(table.c.org_id == org_id)
    counted: Counter = Counter()
    for org, day, key, text, n in target.execute(query):
        counted[(org, day, key, label_digest(text if text is not None else "{}"))] += n
    return counted


def direct(org_id: int) -> dict[tuple, int]:
    """The counts as the deadlines' rows give them now, without the stored ones: what the tests compare with."""
    return {
        (row.org_id, row.bucket, row.due_on): row.open
        for row in db.session.execute(_counted_rows(org_id))
        if row.open
    }


def stored(org_id: int) -> dict[tuple, int]:
    table = DeadlineCount.__table__
    return {
        (row.org_id, row.bucket, row.due_on): row.open
        for row in db.session.execute(sa.select(table).where(table.c.org_id == org_id, table.c.open != 0))
    }


def direct_groups(org_id: int) -> dict[tuple, int]:
    """The groups' counts as the deadlines' rows give them now: what the tests compare with."""
    return dict(_grouped(db.session, org_id))


def stored_groups(org_id: int) -> dict[tuple, int]:
    table = DeadlineGroup.__table__
    return {
        (row.org_id, row.due_on, row.key, row.label_digest): row.open
        for row in db.session.execute(sa.select(table).where(table.c.org_id == org_id, table.c.open != 0))
    }


@dataclass(frozen=True)
class WindowCounts:
    older: int  # due before ``since``
    overdue: int  # due from ``since`` to the day before ``today``
    soon: int  # due from ``today`` to ``until``
    cannot_compute: int


def window_counts(org_id: int, *, today: date, since: date | None, until: date) -> WindowCounts:
    """The organisation's open deadlines counted around ``today``: one query over its count rows (one a day that has
    a deadline), never over the deadlines. ``since`` None: every overdue one is in ``overdue``."""
    table = DeadlineCount.__table__
    day = table.c.due_on

    def total(bucket: str, *conditions):
        # Each a range of the key (org_id, bucket, due_on), summed alone: a CASE per row over all the
        # organisation's days cost SQLite 11 ms where the ranges take 2.
        return (
            sa.select(sa.func.coalesce(sa.func.sum(table.c.open), 0))
            .where(table.c.org_id == org_id, table.c.bucket == bucket, *conditions)
            .scalar_subquery()
        )

    start = since or date.min
    row = db.session.execute(
        sa.select(
            total(DAY, day < start),
            total(DAY, day >= start, day < today),
            total(DAY, day >= today, day <= until),
            total(CANNOT_COMPUTE),
        )
    ).one()
    return WindowCounts(*(int(value) for value in row))


# ---------------------------------------------------------------- the ORM's writes


def _count_orm_changes(session: Session, _flush_context, _instances) -> None:
    """Before a flush: the deadlines added, changed or deleted through the ORM, counted from their stored values
    (read from the database, which still holds them: an expired attribute keeps no old value) to their new ones."""
    added = [obj for obj in session.new if isinstance(obj, Deadline)]
    changed = [
        obj
        for obj in session.dirty
        if isinstance(obj, Deadline) and _touches_count(obj) and obj.id is not None
    ]
    deleted = [obj for obj in session.deleted if isinstance(obj, Deadline) and obj.id is not None]
    if not (added or changed or deleted):
        return
    tally = Tally()
    for obj in added:
        tally.move((), places(*(getattr(obj, name) for name in _FIELDS)))
    ids = sorted({obj.id for obj in changed + deleted})
    if ids:
        table = Deadline.__table__
        connection = session.connection()
        before = {}
        # In slices: marking every old overdue deadline done in one step flushes tens of thousands at once,
        # past what one statement may bind.
        for start in range(0, len(ids), _IDS_A_STATEMENT):
            for row in connection.execute(
                sa.select(
                    table.c.id,
                    table.c.org_id,
                    table.c.key,
                    table.c.due_on,
                    sa.cast(table.c.label, sa.Text).label("label"),
                    sa.cast(table.c.missing, sa.Text).label("missing"),
                    table.c.done_at,
                    table.c.archived_at,
                ).where(table.c.id.in_(ids[start : start + _IDS_A_STATEMENT]))
            ):
                before[row.id] = places(
                    row.org_id, row.key, row.due_on, row.label, row.missing, row.done_at, row.archived_at
                )
        for obj in changed:
            tally.move(before.get(obj.id, ()), places(*(_new_value(obj, name) for name in _FIELDS)))
        for obj in deleted:
            tally.move(before.get(obj.id, ()), ())
    apply(tally, session.connection())


def _touches_count(obj: Deadline) -> bool:
    state = sa.inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in _FIELDS)


def _new_value(obj: Deadline, name: str):
    """The value the flush writes: the one set, else the loaded one (an expired attribute is not loaded inside a
    flush: then the stored value is the one kept)."""
    state = sa.inspect(obj)
    history = state.attrs[name].history
    if history.added:
        return history.added[0]
    if name in state.dict:
        return state.dict[name]
    # Not loaded and not set: the stored value stays; read it without a load inside the flush.
    return (
        state.session.connection()
        .execute(sa.select(getattr(Deadline.__table__.c, name)).where(Deadline.__table__.c.id == obj.id))
        .scalar()
    )


def init_app(_app) -> None:
    if not sa.event.contains(Session, "before_flush", _count_orm_changes):
        sa.event.listen(Session, "before_flush", _count_orm_changes)
