from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import enum_column, utcnow
from claims.models.enums import AuditAction


class AuditEntry(db.Model):
    """Who changed what, when, before and after. Written only by claims.services.records; never updated."""

    __tablename__ = "audit_entries"
    __table_args__ = (sa.Index("ix_audit_entries_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    org_id: Mapped[int] = mapped_column(sa.ForeignKey("organisations.id"), index=True, nullable=False)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow, index=True)
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, name="audit_action"), nullable=False)
    entity_type: Mapped[str] = mapped_column(sa.String(60), nullable=False)
    entity_id: Mapped[int | None] = mapped_column(sa.Integer)
    # The record's safe label (pseudonym, case code): an audit list must not expose a legal name.
    label: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    changes: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    # A change to reference data every organisation uses (a court of the shared list): shown in every
    # organisation's trail, not only in that of ``org_id``, the organisation of the person who made it.
    shared: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False, server_default=sa.false())

    user = relationship("User")
