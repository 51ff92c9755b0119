"""The journey after the courtroom: a person's return home, how they are reached and paid there, the proof that
money reached them, their reintegration plan and the follow-up visits (claims.services.returns, .reintegration).

The return is the one record of when a person went (or is to go) home: the claimant's own ``planned_return_on``
and ``returned_home_on`` are kept in step with it by claims.services.returns, so the deadlines, documents and
filters that read them stay right without a join (the pattern of the identification history).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Amount, Record, enum_column
from claims.models.enums import (
    ContactChannel,
    GoalStatus,
    NationalityVerification,
    PaymentChannel,
    ReferralConsentMethod,
    ReintegrationDomain,
    ReturnProcedure,
    TravelDocument,
)


class ReturnHome(Record, db.Model):
    __tablename__ = "returns"
    __table_args__ = (sa.Index("ix_returns_claimant", "claimant_id", "archived_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), nullable=False)
    # A return is voluntary: the person's consent, when and how it was given.
    consent_given: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    consent_on: Mapped[date | None] = mapped_column(sa.Date)
    consent_method: Mapped[ReferralConsentMethod | None] = mapped_column(
        enum_column(ReferralConsentMethod, name="return_consent_method")
    )
    planned_on: Mapped[date | None] = mapped_column(sa.Date)
    returned_on: Mapped[date | None] = mapped_column(sa.Date)
    destination_country: Mapped[str | None] = mapped_column(sa.String(2))
    destination_province: Mapped[str | None] = mapped_column(sa.String(120))
    destination_district: Mapped[str | None] = mapped_column(sa.String(120))
    escort_agency_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agencies.id"))
    receiving_agency_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agencies.id"))
    # The signed handover form, in the evidence store (its own access rule applies when it is opened).
    handover_evidence_id: Mapped[int | None] = mapped_column(sa.ForeignKey("evidence_files.id"))
    nationality_status: Mapped[NationalityVerification] = mapped_column(
        enum_column(NationalityVerification, name="nationality_verification"),
        nullable=False,
        default=NationalityVerification.NOT_STARTED,
    )
    nationality_verified_on: Mapped[date | None] = mapped_column(sa.Date)
    travel_document: Mapped[TravelDocument | None] = mapped_column(
        enum_column(TravelDocument, name="travel_document")
    )
    travel_document_number: Mapped[str | None] = mapped_column(sa.String(80))
    procedure: Mapped[ReturnProcedure | None] = mapped_column(
        enum_column(ReturnProcedure, name="return_procedure")
    )
    # After the return: how the person is reached, and how money is paid to them.
    contact_channel: Mapped[ContactChannel | None] = mapped_column(
        enum_column(ContactChannel, name="contact_channel")
    )
    contact_agency_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agencies.id"))
    contact_detail: Mapped[str | None] = mapped_column(sa.Text)
    # A partner named in words where it is not (yet) in the directory (what the claimant's old free-text field held).
    partner_note: Mapped[str | None] = mapped_column(sa.String(200))
    payment_channel: Mapped[PaymentChannel | None] = mapped_column(
        enum_column(PaymentChannel, name="payment_channel")
    )
    payment_agency_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agencies.id"))
    payment_detail: Mapped[str | None] = mapped_column(sa.Text)
    notes: Mapped[str | None] = mapped_column(sa.Text)

    claimant = relationship("Claimant")
    escort_agency = relationship("Agency", foreign_keys=[escort_agency_id])
    receiving_agency = relationship("Agency", foreign_keys=[receiving_agency_id])
    contact_agency = relationship("Agency", foreign_keys=[contact_agency_id])
    payment_agency = relationship("Agency", foreign_keys=[payment_agency_id])
    handover_evidence = relationship("EvidenceFile")

    # Where the person went and how to reach or pay them: for a protected person, the whereabouts rule
    # (claims.services.protection) decides who sees and changes them; the trail keeps them as "[protected]".
    # The partner who reaches or pays them leads to them as surely as an address (as the claimant's own
    # partner_organisation does); the receiving agency at the border does not.
    PRIVATE_FIELDS = (
        "destination_province",
        "destination_district",
        "contact_agency_id",
        "payment_agency_id",
        "contact_detail",
        "partner_note",
        "payment_detail",
        "notes",
    )

    def safe_label(self) -> str:
        return f"return home of {self.claimant.pseudonym}"


class MoneyDelivery(Record, db.Model):
    """Proof that money reached a person back home: the day they got it, how much, through whom, and the
    evidence (a receipt, a transfer slip, a signed acknowledgement) or the ledger payment it passes on."""

    __tablename__ = "money_deliveries"
    __table_args__ = (
        sa.CheckConstraint("amount > 0", name="amount_positive"),
        sa.Index("ix_money_deliveries_claimant", "claimant_id", "archived_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), nullable=False)
    reached_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Amount, nullable=False)
    currency: Mapped[str] = mapped_column(sa.String(3), nullable=False, default="THB")
    through_agency_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agencies.id"))
    received_payment_id: Mapped[int | None] = mapped_column(sa.ForeignKey("received_payments.id"))
    evidence_id: Mapped[int | None] = mapped_column(sa.ForeignKey("evidence_files.id"))
    note: Mapped[str | None] = mapped_column(sa.Text)

    claimant = relationship("Claimant")
    through_agency = relationship("Agency")
    received_payment = relationship("ReceivedPayment")
    evidence = relationship("EvidenceFile")

    # The partner who hands the money over leads to the person, as the return's payment agency does.
    PRIVATE_FIELDS = ("through_agency_id", "note")

    def safe_label(self) -> str:
        return f"money reached {self.claimant.pseudonym} on {self.reached_on.isoformat()}"


class ReintegrationGoal(Record, db.Model):
    __tablename__ = "reintegration_goals"
    __table_args__ = (sa.Index("ix_reintegration_goals_claimant", "claimant_id", "archived_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), nullable=False)
    domain: Mapped[ReintegrationDomain] = mapped_column(
        enum_column(ReintegrationDomain, name="reintegration_domain"), nullable=False
    )
    goal: Mapped[str] = mapped_column(sa.Text, nullable=False)
    status: Mapped[GoalStatus] = mapped_column(
        enum_column(GoalStatus, name="goal_status"), nullable=False, default=GoalStatus.PLANNED
    )
    owner_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    owner_agency_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agencies.id"))
    due_on: Mapped[date | None] = mapped_column(sa.Date)

    claimant = relationship("Claimant")
    owner = relationship("User", foreign_keys=[owner_id])
    owner_agency = relationship("Agency")

    # The plan is the team's working list: its goals should say what is to be reached ("a safe place to live"),
    # not where (the form says so). But a housing or income goal written in free text often names the village or
    # the employer, and the agency responsible for it works where the person lives: for a protected person both
    # reach only the people the whereabouts rule names (claims.services.protection), as the visit's findings do.
    PRIVATE_FIELDS = ("goal", "owner_agency_id")

    def safe_label(self) -> str:
        return f"{self.domain} goal of {self.claimant.pseudonym}"


class FollowUpVisit(Record, db.Model):
    """A visit due (``visited_on`` empty: planned, with its task reaching the visitor) or made (with findings).
    Visits of the organisation's rhythm (3, 6, 12 months after the return) carry ``rhythm_months``."""

    __tablename__ = "follow_up_visits"
    __table_args__ = (sa.Index("ix_follow_up_visits_claimant", "claimant_id", "archived_at", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), nullable=False)
    due_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    rhythm_months: Mapped[int | None] = mapped_column(sa.SmallInteger)
    visited_on: Mapped[date | None] = mapped_column(sa.Date)
    visitor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    visitor_agency_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agencies.id"))
    findings: Mapped[str | None] = mapped_column(sa.Text)
    next_due_on: Mapped[date | None] = mapped_column(sa.Date)
    # The task that makes the visit reach its visitor (My tasks, dashboard, reminders, digest, feed).
    task_id: Mapped[int | None] = mapped_column(sa.ForeignKey("timeline_entries.id"))

    claimant = relationship("Claimant")
    visitor = relationship("User", foreign_keys=[visitor_id])
    visitor_agency = relationship("Agency")
    task = relationship("TimelineEntry")

    # A visiting partner in the person's country leads to them, as the return's contact agency does.
    PRIVATE_FIELDS = ("visitor_agency_id", "findings")

    def safe_label(self) -> str:
        return f"follow-up visit of {self.claimant.pseudonym} due {self.due_on.isoformat()}"
