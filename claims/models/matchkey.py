"""What the intake check looks people up by (claims.services.matching): each word of a claimant's or respondent's
name as its sound key (claims.names.index_keys) and each live identity document's number as compared, one row each,
indexed by organisation and key. A check then reads a few index ranges instead of every claimant of a national
organisation.

Derived data, not a record: kept in step with the names and numbers at every flush (below), whatever path wrote
them (the forms, the import, the API, the demo), and never audited or shown."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, Session, mapped_column

from claims import names
from claims.extensions import db

DOCUMENT_PREFIX = "#"  # a document number's key; a name's key is letters only


class MatchKey(db.Model):
    __tablename__ = "match_keys"
    __table_args__ = (
        sa.Index("ix_match_keys_org_key", "org_id", "key"),
        # A respondent's keys only, covering: the adverse-party check on every claimant page groups respondent ids
        # by key without visiting the (far more numerous) claimants' keys or the table.
        sa.Index(
            "ix_match_keys_respondent_keys",
            "org_id",
            "key",
            "respondent_id",
            sqlite_where=sa.text("respondent_id IS NOT NULL"),
            postgresql_where=sa.text("respondent_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    org_id: Mapped[int] = mapped_column(sa.ForeignKey("organisations.id"), nullable=False)
    claimant_id: Mapped[int | None] = mapped_column(sa.ForeignKey("claimants.id"), index=True)
    respondent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("respondents.id"), index=True)
    key: Mapped[str] = mapped_column(sa.String(80), nullable=False)


def name_rows(org_id: int, name: str | None, *, claimant_id=None, respondent_id=None) -> list[dict]:
    return [
        {"org_id": org_id, "claimant_id": claimant_id, "respondent_id": respondent_id, "key": key}
        for key in sorted(names.index_keys(name))
    ]


def document_rows(org_id: int, claimant_id: int, numbers) -> list[dict]:
    keys = {names.document_key(n) for n in numbers}
    return [
        {"org_id": org_id, "claimant_id": claimant_id, "respondent_id": None, "key": DOCUMENT_PREFIX + k[:79]}
        for k in sorted(keys)
        if k
    ]


def _changed(obj, attribute: str) -> bool:
    return sa.inspect(obj).attrs[attribute].history.has_changes()


@sa.event.listens_for(Session, "after_flush")
def _keep_keys(session, _context) -> None:
    from claims.models.claimant import Claimant, IdentityDocument
    from claims.models.respondent import Respondent

    touched = [*session.new, *session.dirty]
    claimants = [o for o in touched if isinstance(o, Claimant) and _changed(o, "legal_name")]
    respondents = [o for o in touched if isinstance(o, Respondent) and _changed(o, "name")]
    documents = {
        o.claimant_id
        for o in touched
        if isinstance(o, IdentityDocument) and (_changed(o, "number") or _changed(o, "archived_at"))
    }
    if not (claimants or respondents or documents):
        return
    table = MatchKey.__table__
    connection = session.connection()
    rows: list[dict] = []
    if claimants:
        ids = [c.id for c in claimants]
        connection.execute(
            table.delete().where(table.c.claimant_id.in_(ids), ~table.c.key.startswith(DOCUMENT_PREFIX))
        )
        for c in claimants:
            rows += name_rows(c.org_id, c.legal_name, claimant_id=c.id)
    if respondents:
        connection.execute(table.delete().where(table.c.respondent_id.in_([r.id for r in respondents])))
        for r in respondents:
            rows += name_rows(r.org_id, r.name, respondent_id=r.id)
    if documents:
        docs = IdentityDocument.__table__
        connection.execute(
            table.delete().where(table.c.claimant_id.in_(documents), table.c.key.startswith(DOCUMENT_PREFIX))
        )
        held: dict[int, tuple[int, list[str]]] = {}
        for claimant_id, org_id, number in connection.execute(
            sa.select(docs.c.claimant_id, docs.c.org_id, docs.c.number).where(
                docs.c.claimant_id.in_(documents), docs.c.archived_at.is_(None)
            )
        ):
            held.setdefault(claimant_id, (org_id, []))[1].append(number)
        for claimant_id, (org_id, numbers) in held.items():
            rows += document_rows(org_id, claimant_id, numbers)
    if rows:
        connection.execute(table.insert(), rows)
