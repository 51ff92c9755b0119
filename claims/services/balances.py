"""Each outcome's stored balance: what was received in the award's currency, whether it was written off, whether
it is still uncollected (claims.models.Outcome ``received``, ``written_off``, ``uncollected``).

They are derived, never typed: a flush that adds, changes or archives an outcome, a payment or an enforcement step
notes the outcomes it touched, and once the flush is written one UPDATE recomputes those outcomes from their live
payments and steps, in the same transaction. An award is uncollected only while its case is live: archiving or
restoring a case recomputes its outcomes the same way, so that the organisation's uncollected list and totals are
read from the outcomes' index alone (joining 150,000 cases for their archived mark was most of the dashboard's
time on PostgreSQL). :func:`refresh` does the same for every outcome (the migration that
added the columns, a bulk load).
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from flask import Flask
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from claims.models import Case, EnforcementStep, Outcome, ReceivedPayment
from claims.models.base import Amount
from claims.models.enums import EnforcementKind

_PENDING = "claims_outcome_balances"
_PENDING_CASES = "claims_outcome_balances_cases"
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
    case_live = sa.select(Case.id).where(Case.id == Outcome.case_id, Case.archived_at.is_(None)).exists()
    return {
        "received": received,
        "written_off": written_off,
        "uncollected": sa.and_(Outcome.amount.is_not(None), Outcome.amount > received, case_live),
    }


def refresh(
    connection, outcome_ids: Iterable[int] | None = None, *, case_ids: Iterable[int] = ()
) -> dict[int, tuple]:
    """Recompute the balances of ``outcome_ids`` and of every outcome of ``case_ids`` (every outcome when
    ``outcome_ids`` is None, returning nothing), a chunk of ids per statement; returns
    {id: (received, written_off, uncollected)} of the outcomes recomputed."""
    if outcome_ids is None:
        connection.execute(sa.update(Outcome).values(**_values()))
        return {}
    found = {}
    for column, given in ((Outcome.id, outcome_ids), (Outcome.case_id, case_ids)):
        ids = sorted(set(given))
        for start in range(0, len(ids), CHUNK):
            rows = connection.execute(
                sa.update(Outcome)
                .where(column.in_(ids[start : start + CHUNK]))
                .values(**_values())
                .returning(Outcome.id, *(getattr(Outcome, name) for name in _COLUMNS))
            )
            found.update({row[0]: tuple(row[1:]) for row in rows})
    return found


def _note(session: Session, _flush_context) -> None:
    touched = session.info.setdefault(_PENDING, set())
    cases = session.info.setdefault(_PENDING_CASES, set())
    for record in (*session.new, *session.dirty, *session.deleted):
        if isinstance(record, Case):
            if record.id is not None and sa.inspect(record).attrs.archived_at.history.has_changes():
                cases.add(record.id)
        elif isinstance(record, Outcome):
            touched.add(record.id)
        elif isinstance(record, (ReceivedPayment, EnforcementStep)):
            touched.add(record.outcome_id)
            # A payment or step moved to another outcome (a correction) changes the old one's balance too.
            history = sa.inspect(record).attrs.outcome_id.history
            touched.update(i for i in history.deleted if i is not None)
    touched.discard(None)


def _recompute(session: Session, _flush_context) -> None:
    touched = session.info.pop(_PENDING, None)
    cases = session.info.pop(_PENDING_CASES, None)
    if not touched and not cases:
        return
    found = refresh(session.connection(), touched or (), case_ids=cases or ())
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
