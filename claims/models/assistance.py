"""Money a claimant received outside the courts: the Fund for Workers Going Abroad, a start-up grant at home (in
pesos, dollars...), an NGO's grant. Kept apart from court awards (claims.models.outcome) and never added to them:
a court's award is what a respondent owes; this is what someone else gave."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Amount, Record, enum_column
from claims.models.claimant import Claimant
from claims.models.enums import AssistanceSource, FundBenefit


class Assistance(Record, db.Model):
    __tablename__ = "assistance_received"

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), index=True, nullable=False)
    source: Mapped[AssistanceSource] = mapped_column(
        enum_column(AssistanceSource, name="assistance_source"), nullable=False
    )
    # Who gave it, in their own name (the Fund's provincial office, the Philippine agency, the NGO).
    giver: Mapped[str | None] = mapped_column(sa.String(200))
    # For the Fund for Workers Going Abroad: which of its benefits, read from its rule table.
    benefit: Mapped[FundBenefit | None] = mapped_column(enum_column(FundBenefit, name="fund_benefit"))
    received_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(Amount, nullable=False)
    currency: Mapped[str] = mapped_column(sa.String(3), nullable=False, default="THB")
    # The decision, letter or programme it was paid under.
    basis: Mapped[str] = mapped_column(sa.String(400), nullable=False)
    note: Mapped[str | None] = mapped_column(sa.Text)

    claimant: Mapped[Claimant] = relationship()

    def safe_label(self) -> str:
        return f"assistance received by {self.claimant.pseudonym}"
