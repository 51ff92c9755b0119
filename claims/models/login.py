from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from claims.extensions import db
from claims.models.base import utcnow


class LoginThrottle(db.Model):
    """Failed logins counted for one e-mail address or one client address, shared by every worker process.

    The key is an HMAC-SHA-256 (keyed with SECRET_KEY) of what is counted, so the table does not keep a list of
    the e-mail addresses and network addresses that tried to log in. Not organisation-owned: an unknown e-mail
    belongs to no one.
    """

    __tablename__ = "login_throttles"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    failures: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False)
    locked_until: Mapped[datetime | None] = mapped_column(sa.DateTime)


class RecoveryCode(db.Model):
    """A one-time code that replaces the authenticator app's code when the phone is lost. Only a SHA-256 digest
    is kept: the codes are random (50 bits), so a slow hash would add nothing but time."""

    __tablename__ = "recovery_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True, nullable=False)
    code_hash: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)
    used_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
