from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Amount, Record, enum_column
from claims.models.enums import AppealCourt, AppealedBy, EnforcementKind, OutcomeKind


class Outcome(Record, db.Model):
    """What a case gave one claimant: a judgment, a settlement or a withdrawal, and the amount awarded or agreed.

    Awards are rarely collected in full, so enforcement steps and the payments actually received hang off it.
    """

    __tablename__ = "outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), index=True, nullable=False)
    kind: Mapped[OutcomeKind] = mapped_column(enum_column(OutcomeKind, name="outcome_kind"), nullable=False)
    decided_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    amount: Mapped[Decimal | None] = mapped_column(Amount)
    currency: Mapped[str] = mapped_column(sa.String(3), nullable=False, default="THB")
    description: Mapped[str | None] = mapped_column(sa.Text)
    # An appeal only (kind APPEAL; empty for every other kind): who lodged it, to which court, and the day it was
    # withdrawn, if it was. A withdrawn appeal is kept (the right to appeal was used: the appeal deadline stays
    # met) but no longer decides the claimant's standing: the judgment it was against is final again.
    appealed_by: Mapped[AppealedBy | None] = mapped_column(enum_column(AppealedBy, name="appealed_by"))
    appeal_court: Mapped[AppealCourt | None] = mapped_column(enum_column(AppealCourt, name="appeal_court"))
    appeal_withdrawn_on: Mapped[date | None] = mapped_column(sa.Date)
    # Kept by claims.services.outcomes at every flush that touches the outcome, its payments or its steps (not
    # written by hand): what was received in the award's currency, whether a live "written off" step exists, and
    # whether the amount is still more than what was received while the case is live (archiving the case clears
    # it, restoring the case sets it again). The dashboard sums and lists the organisation's
    # uncollected awards from these and one index, where summing every payment of 100,000 outcomes took seconds.
    received: Mapped[Decimal] = mapped_column(Amount, nullable=False, default=Decimal(0), server_default="0")
    written_off: Mapped[bool] = mapped_column(
        sa.Boolean, nullable=False, default=False, server_default=sa.false()
    )
    uncollected: Mapped[bool] = mapped_column(
        sa.Boolean, nullable=False, default=False, server_default=sa.false()
    )

    # The list in decision order and its totals per currency, read from this index alone.
    __table_args__ = (
        # The dashboard's newest uncollected awards and their totals per currency, from this index alone: only
        # the uncollected rows (a quarter of a national organisation's awards), newest first, the summed columns
        # carried along on PostgreSQL.
        sa.Index(
            "ix_outcomes_uncollected_recent",
            "org_id",
            "decided_on",
            "id",
            postgresql_include=["currency", "amount", "received"],
            postgresql_where=sa.text("uncollected IS true AND archived_at IS NULL"),
            sqlite_where=sa.text("uncollected IS 1 AND archived_at IS NULL"),
        ),
        sa.Index(
            "ix_outcomes_org_uncollected",
            "org_id",
            "uncollected",
            "archived_at",
            "decided_on",
            "currency",
            "amount",
            "received",
            "case_id",
        ),
    )

    case = relationship("Case")
    claimant = relationship("Claimant")
    enforcement_steps: Mapped[list[EnforcementStep]] = relationship(
        back_populates="outcome", order_by="EnforcementStep.occurred_on"
    )
    payments: Mapped[list[ReceivedPayment]] = relationship(
        back_populates="outcome", order_by="ReceivedPayment.received_on"
    )

    def safe_label(self) -> str:
        return f"{self.kind.value} for {self.claimant.pseudonym} in {self.case.reference}"


class EnforcementStep(Record, db.Model):
    __tablename__ = "enforcement_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    # active_history: moving it to another outcome (a correction) must tell the balance which one it left.
    outcome_id: Mapped[int] = mapped_column(
        sa.ForeignKey("outcomes.id"), index=True, nullable=False, active_history=True
    )
    kind: Mapped[EnforcementKind] = mapped_column(
        enum_column(EnforcementKind, name="enforcement_kind"), nullable=False
    )
    occurred_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    note: Mapped[str | None] = mapped_column(sa.Text)

    outcome: Mapped[Outcome] = relationship(back_populates="enforcement_steps")

    def safe_label(self) -> str:
        return f"{self.kind.value} on {self.outcome.safe_label()}"


class ReceivedPayment(Record, db.Model):
    """Money the claimant actually received against an outcome: the ledger of what was collected."""

    __tablename__ = "received_payments"
    __table_args__ = (sa.CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # active_history: moving it to another outcome (a correction) must tell the balance which one it left.
    outcome_id: Mapped[int] = mapped_column(
        sa.ForeignKey("outcomes.id"), index=True, nullable=False, active_history=True
    )
    received_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Amount, nullable=False)
    currency: Mapped[str] = mapped_column(sa.String(3), nullable=False, default="THB")
    payer: Mapped[str | None] = mapped_column(sa.String(200))
    method: Mapped[str | None] = mapped_column(sa.String(80))
    note: Mapped[str | None] = mapped_column(sa.Text)

    outcome: Mapped[Outcome] = relationship(back_populates="payments")

    def safe_label(self) -> str:
        return f"payment of {self.amount} {self.currency} on {self.outcome.safe_label()}"
