"""A person's identification as a victim of trafficking, as a history: each screening or decision is an event, and
the latest live one is where the person stands (claims.services.identification keeps the claimant's own status
fields in step with it, so every page, filter and document that reads them stays right)."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Record, enum_column
from claims.models.enums import IdentificationStatus, ReturneeCategory


class IdentificationEvent(Record, db.Model):
    __tablename__ = "identification_events"
    __table_args__ = (
        # The claimant's history, newest first, and its latest live event.
        sa.Index("ix_identification_events_claimant_date", "claimant_id", "archived_at", "occurred_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), nullable=False)
    status: Mapped[IdentificationStatus] = mapped_column(
        enum_column(IdentificationStatus, name="identification_status"), nullable=False
    )
    occurred_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    # The power or instrument the screening or decision was made under, as the official wrote it.
    authority: Mapped[str | None] = mapped_column(sa.String(300))
    agency: Mapped[str | None] = mapped_column(sa.String(200))
    official: Mapped[str | None] = mapped_column(sa.String(200))
    # Identified together with the authorities of another country (a cross-border referral).
    joint_cross_border: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    partner_country: Mapped[str | None] = mapped_column(sa.String(2))  # ISO 3166-1 alpha-2
    returnee_category: Mapped[ReturneeCategory | None] = mapped_column(
        enum_column(ReturneeCategory, name="returnee_category")
    )
    # The forms of exploitation identified at this event (ExploitationForm values, comma-separated as on the
    # claimant; empty: none named). The claimant's own list gains them (claims.services.identification).
    exploitation_forms: Mapped[str] = mapped_column(
        sa.String(200), nullable=False, default="", server_default=""
    )
    notes: Mapped[str | None] = mapped_column(sa.Text)

    claimant = relationship("Claimant")

    @property
    def exploitation_list(self) -> list[str]:
        return [code for code in (self.exploitation_forms or "").split(",") if code]

    def safe_label(self) -> str:
        return f"identification ({self.status.value}) of {self.claimant.pseudonym}"
