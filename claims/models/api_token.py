"""Personal API tokens: a script acting as its user through ``/api/v1/`` with a bearer token."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import OrgOwned, utcnow


class ApiToken(OrgOwned, db.Model):
    """Only the token's SHA-256 is kept (the token is 256 random bits, so a slow hash would add nothing): the
    secret is shown once, when it is made. Revoking sets ``revoked_at``; a token is never deleted, so the audit
    trail's entries about it keep naming something. ``scopes`` is "read" or "read write"."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(80), nullable=False)
    token_hash: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    # The first characters of the secret, shown in the lists so that a person can tell their tokens apart.
    prefix: Mapped[str] = mapped_column(sa.String(12), nullable=False)
    scopes: Mapped[str] = mapped_column(sa.String(40), nullable=False, default="read")
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    expires_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    revoked_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    user = relationship("User", foreign_keys=[user_id])
    revoked_by = relationship("User", foreign_keys=[revoked_by_id])

    @property
    def scope_list(self) -> list[str]:
        return self.scopes.split()

    def in_force(self, at: datetime) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > at)

    def safe_label(self) -> str:
        return f"API token #{self.id} ({self.prefix}…)"
