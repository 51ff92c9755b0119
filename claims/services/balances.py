"""Each outcome's stored balance: what was received in the award's currency, whether it was written off, whether
it is still uncollected (claims.models.Outcome ``received``, ``written_off``, ``uncollected``).

They are derived, never typed: a flush that adds, changes or archives an outcome, a payment or an enforcement step
notes the outcomes it touched, and once the flush is written one UPDATE recomputes those outcomes from their live
payments and steps, in the same transaction. :func:`refresh` does the same for every outcome (the migration that
added the columns, a bulk load).
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from flask import Flask
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from claims.models import EnforcementStep, Outcome, ReceivedPayment
from claims.models.base import Amount
from claims.models.enums import EnforcementKind

_PENDING = "claims_outcome_balances"
_COLUMNS = ("received", "written_off", "uncollected")
CHUNK = 1000


def _values() -> dict:
    received = sa.type_coerce(
        sa.select(sa.func.coalesce(sa.func.sum(ReceivedPayment.amount), 0))
        .where(
            ReceivedPayment.outcome_id == Outcome.id,
            ReceivedPayment.archived_at.is_(None),
            ReceivedPayment.currency == Outcome.currency,
        )
        .scalar_subquery(),
        Amount(),
    )
    written_off = (
        sa.select(EnforcementStep.id)
        .where(
            EnforcementStep.outcome_id == Outcome.id,
            EnforcementStep.archived_at.is_(None),
            EnforcementStep.kind == EnforcementKind.WRITTEN_OFF,
        )
        .exists()
    )
    return {
        "received": received,
        "written_off": written_off,
        "uncollected": sa.and_(Outcome.amount.is_not(None), Outcome.amount > received),
    }


def refresh(connection, outcome_ids: Iterable[int] | None = None) -> dict[int, tuple]:
    """Recompute the balances of ``outcome_ids`` (every outcome when None, returning nothing), a chunk of ids
    per statement; returns {id: (received, written_off, uncollected)} of the outcomes given."""
    if outcome_ids is None:
        connection.execute(sa.update(Outcome).values(**_values()))
        return {}
    ids = sorted(set(outcome_ids))
    found = {}
    for start in range(0, len(ids), CHUNK):
        rows = connection.execute(
            sa.update(Outcome)
            .where(Outcome.id.in_(ids[start : start + CHUNK]))
            .values(**_values())
            .returning(Outcome.id, *(getattr(Outcome, column) for column in _COLUMNS))
        )
        found.update({row[0]: tuple(row[1:]) for row in rows})
    return found


def _note(session: Session, _flush_context) -> None:
    touched = session.info.setdefault(_PENDING, set())
    for record in (*session.new, *session.dirty, *session.deleted):
        if isinstance(record, Outcome):
            touched.add(record.id)
        elif isinstance(record, (ReceivedPayment, EnforcementStep)):
            touched.add(record.outcome_id)
            # A payment or step moved to another outcome (a correction) changes the old one's balance too.
            history = sa.inspect(record).attrs.outcome_id.history
            touched.update(i for i in history.deleted if i is not None)
    touched.discard(None)


def _recompute(session: Session, _flush_context) -> None:
    touched = session.info.pop(_PENDING, None)
    if not touched:
        return
    found = refresh(session.connection(), touched)
    # The loaded outcomes take the new values as they are in the database (not as changes to write), so reading
    # them costs no query.
    for record in list(session.identity_map.values()):
        if isinstance(record, Outcome) and record.id in found:
            for column, value in zip(_COLUMNS, found[record.id], strict=True):
                set_committed_value(record, column, value)


def init_app(app: Flask) -> None:
    for event, listener in (("after_flush", _note), ("after_flush_postexec", _recompute)):
        if not sa.event.contains(Session, event, listener):
            sa.event.listen(Session, event, listener)
