"""Referrals of a claimant from one agency (or the organisation itself) to another, with the consent given."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.agency import Agency, code_list
from claims.models.base import Record, enum_column
from claims.models.enums import ReferralConsentMethod, ReferralStatus

# A referral in one of these needs no more follow-up: it cannot be overdue. "No response" stays open on purpose:
# it is the status of a referral still being chased, and the list of overdue ones is where it is chased from.
CLOSED_STATUSES = (ReferralStatus.COMPLETED, ReferralStatus.DECLINED)


class Referral(Record, db.Model):
    __tablename__ = "referrals"
    __table_args__ = (
        # The overdue list and the dashboard's count: live referrals of an organisation by expected date.
        sa.Index("ix_referrals_org_open_expected", "org_id", "archived_at", "status", "expected_response_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), index=True, nullable=False)
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    # Empty: the organisation itself referred the person.
    from_agency_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agencies.id"))
    to_agency_id: Mapped[int] = mapped_column(sa.ForeignKey("agencies.id"), index=True, nullable=False)
    referred_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    services: Mapped[str] = mapped_column(sa.String(400), nullable=False, default="")  # AgencyService values
    reason: Mapped[str | None] = mapped_column(sa.Text)
    consent_given: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    consent_on: Mapped[date | None] = mapped_column(sa.Date)
    consent_method: Mapped[ReferralConsentMethod | None] = mapped_column(
        enum_column(ReferralConsentMethod, name="referral_consent_method")
    )
    consent_by: Mapped[str | None] = mapped_column(sa.String(200))  # who gave it (the person, their guardian)
    emergency: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    emergency_reason: Mapped[str | None] = mapped_column(sa.Text)
    status: Mapped[ReferralStatus] = mapped_column(
        enum_column(ReferralStatus, name="referral_status"), nullable=False, default=ReferralStatus.SENT
    )
    expected_response_on: Mapped[date | None] = mapped_column(sa.Date)
    feedback: Mapped[str | None] = mapped_column(sa.Text)
    feedback_on: Mapped[date | None] = mapped_column(sa.Date)
    follow_up_notes: Mapped[str | None] = mapped_column(sa.Text)
    # Set: this referral is one claimant's part of a case shared with a partner organisation in the app
    # (claims.models.share), and its consent is what lets the partner see this claimant.
    share_id: Mapped[int | None] = mapped_column(sa.ForeignKey("case_shares.id"), index=True)

    claimant = relationship("Claimant")
    case = relationship("Case")
    from_agency: Mapped[Agency | None] = relationship(foreign_keys=[from_agency_id])
    to_agency: Mapped[Agency] = relationship(foreign_keys=[to_agency_id])

    # Free text that may say where the person is or will stay (a safe house's address in a reason, a
    # shelter's room in a note): for a protected claimant, shown only to those the whereabouts rule names.
    PRIVATE_FIELDS = ("reason", "emergency_reason", "feedback", "follow_up_notes")

    @property
    def service_list(self) -> list[str]:
        return code_list(self.services)

    @property
    def closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    def overdue_on(self, day: date) -> bool:
        """No feedback by the expected date, and not closed: the same test as services.referrals.overdue_clause."""
        return (
            self.archived_at is None
            and not self.closed
            and self.feedback_on is None
            and self.expected_response_on is not None
            and self.expected_response_on < day
        )

    def safe_label(self) -> str:
        return f"referral #{self.id}"
