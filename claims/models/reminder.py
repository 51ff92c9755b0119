"""Reminders that leave the app: the daily e-mail digest and the calendar feeds phones subscribe to."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import OrgOwned, utcnow


class ReminderDigest(OrgOwned, db.Model):
    """One user's digest for one day. The row is claimed before the mail is sent and marked sent after, so that a
    second run of ``flask reminders send`` the same day (cron retried, two servers) sends nothing twice."""

    __tablename__ = "reminder_digests"
    __table_args__ = (sa.UniqueConstraint("user_id", "day", name="uq_reminder_digests_user_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True, nullable=False)
    day: Mapped[date] = mapped_column(sa.Date, nullable=False)
    claimed_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    items: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    error: Mapped[str | None] = mapped_column(sa.String(300))

    user = relationship("User")


class CalendarFeed(OrgOwned, db.Model):
    """A user's secret calendar-feed address. Only the token's SHA-256 is stored; revoking sets ``revoked_at``
    and the address answers 404 from then on. A user has at most one feed in force."""

    __tablename__ = "calendar_feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True, nullable=False)
    token_hash: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(sa.DateTime)

    user = relationship("User")


class TeamNotice(OrgOwned, db.Model):
    """A change of a case's lawyer or paralegal, flagged to the lawyer who was on the case until they have seen it
    (the same channel as a deadline that moved): the team decides who sees a protected person's whereabouts, so
    the lawyer must know when it changes."""

    __tablename__ = "team_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True, nullable=False)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    changed_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    # {"lawyer_id": [before, after], "paralegal_id": [before, after]}: user ids, named when shown.
    changes: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)
    seen_at: Mapped[datetime | None] = mapped_column(sa.DateTime)

    user = relationship("User", foreign_keys=[user_id])
    changed_by = relationship("User", foreign_keys=[changed_by_id])
    case = relationship("Case")
