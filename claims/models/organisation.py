from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from claims.extensions import db
from claims.models.base import Record, enum_column, utcnow
from claims.models.enums import Role


class Organisation(db.Model):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    code: Mapped[str] = mapped_column(sa.String(40), nullable=False, unique=True)
    # The letterhead of the documents the organisation sends (hearing letters, Fund requests).
    address: Mapped[str | None] = mapped_column(sa.Text)
    phone: Mapped[str | None] = mapped_column(sa.String(80))
    email: Mapped[str | None] = mapped_column(sa.String(200))
    # Settings of practice, not law: months after the return home when a claimant is visited, and how many days
    # before the first witness hearing an unfiled s.44/1 petition is warned.
    follow_up_months: Mapped[str] = mapped_column(sa.String(40), nullable=False, default="3,6,12")
    petition_warn_days: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=14)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)

    @property
    def follow_up_rhythm(self) -> tuple[int, ...]:
        return tuple(sorted({int(part) for part in self.follow_up_months.split(",") if part.strip()}))

    def __repr__(self) -> str:
        return f"<Organisation {self.code}>"


class User(Record, UserMixin, db.Model):
    __tablename__ = "users"
    # Passwords: scrypt through Werkzeug (a memory-hard KDF). Werkzeug ships with Flask, so no extra dependency.
    PASSWORD_METHOD = "scrypt"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(200), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    password_hash: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    role: Mapped[Role] = mapped_column(enum_column(Role, name="user_role"), nullable=False)
    locale: Mapped[str | None] = mapped_column(sa.String(10))
    phone: Mapped[str | None] = mapped_column(sa.String(80))
    # A lawyer's licence number: the drafter's line of a filing names it.
    licence_number: Mapped[str | None] = mapped_column(sa.String(40))
    last_login_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    # Copied into the session at login; the user loader refuses a session that holds another number. Logging
    # out, changing the password and an administrator's reset raise it, so a copied session cookie stops working.
    # Not ``version``: that one guards edits of the record, and an edit must not end the user's sessions.
    session_version: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0, server_default="0")
    # Two-step login (admins and lawyers who turn it on): the TOTP key their authenticator app shares, and the
    # last 30-second step a code was accepted for, so that a code seen over a shoulder cannot be used again.
    totp_secret: Mapped[str | None] = mapped_column(sa.String(64))
    totp_last_step: Mapped[int | None] = mapped_column(sa.BigInteger)

    organisation: Mapped[Organisation] = relationship(lazy="joined")

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password, method=self.PASSWORD_METHOD)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    @property
    def is_active(self) -> bool:  # Flask-Login: an archived user cannot log in
        return self.archived_at is None

    @property
    def two_factor_on(self) -> bool:
        return self.totp_secret is not None

    def has_role(self, *roles: Role) -> bool:
        return self.role in roles

    def safe_label(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"<User {self.id} {self.role}>"
