"""Meetings about claimants and their cases outside the courtroom: who met, what they decided, what the claimant
wanted where it differs, and the action items (tasks on the timeline, linked to the meeting, each with an owner).

A meeting stores no whereabouts: its page is open to every case worker of the organisation, so where a protected
person is must stay on the claimant's record, behind the whereabouts rule."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Amount, Record, enum_column
from claims.models.enums import MeetingKind


class Meeting(Record, db.Model):
    __tablename__ = "meetings"
    __table_args__ = (
        # The list, newest first, and its filter by kind.
        sa.Index("ix_meetings_org_held_on", "org_id", "archived_at", "held_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind, name="meeting_kind"), nullable=False)
    held_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    starts_at: Mapped[time | None] = mapped_column(sa.Time)
    host_agency: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    # [{"name": ..., "agency": ...}, ...] in the order entered: free rows, audited with the meeting.
    attendees: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    decisions: Mapped[str | None] = mapped_column(sa.Text)
    # The claimant's own view where it differs from the meeting's (seed 004: the meeting decided to claim
    # 570,000 THB, the victim wanted 1,000,000).
    claimant_view: Mapped[str | None] = mapped_column(sa.Text)
    amount_decided: Mapped[Decimal | None] = mapped_column(Amount)
    amount_wanted: Mapped[Decimal | None] = mapped_column(Amount)
    currency: Mapped[str] = mapped_column(sa.String(3), nullable=False, default="THB")

    links: Mapped[list[MeetingLink]] = relationship(
        back_populates="meeting",
        primaryjoin="and_(Meeting.id == MeetingLink.meeting_id, MeetingLink.archived_at.is_(None))",
        order_by="MeetingLink.id",
        viewonly=True,
    )

    def safe_label(self) -> str:
        return f"{self.kind.value} meeting on {self.held_on.isoformat()}"


class MeetingLink(Record, db.Model):
    """A case or a claimant the meeting discussed. Unlinking archives the row."""

    __tablename__ = "meeting_links"
    __table_args__ = (
        sa.CheckConstraint("case_id IS NOT NULL OR claimant_id IS NOT NULL", name="has_subject"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id"), index=True, nullable=False)
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    claimant_id: Mapped[int | None] = mapped_column(sa.ForeignKey("claimants.id"), index=True)

    meeting: Mapped[Meeting] = relationship(back_populates="links")
    case = relationship("Case")
    claimant = relationship("Claimant")

    def safe_label(self) -> str:
        subject = self.case.reference if self.case_id else self.claimant.pseudonym
        return f"{subject} discussed at meeting #{self.meeting_id}"
