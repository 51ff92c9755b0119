"""Settlement offers in a case, with the lawyer's judgement of the court path they are compared with.

An offer is for one claimant or for the whole group (``claimant_id`` empty: a lump sum split by ``split_rule``).
Its terms (instalments, loans cancelled, collateral returned, conditions) are lists kept as JSON; amounts are
stored exactly (claims.models.base.Amount). The comparison itself is computed, never stored: it follows the
claimants' calculations and loans as they stand.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Amount, Record, enum_column
from claims.models.enums import OfferParty, OfferStatus


class Offer(Record, db.Model):
    __tablename__ = "offers"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    # None: an offer to the whole group, split across the claimants by split_rule.
    claimant_id: Mapped[int | None] = mapped_column(sa.ForeignKey("claimants.id"), index=True)
    made_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    made_by: Mapped[OfferParty] = mapped_column(enum_column(OfferParty, name="offer_party"), nullable=False)
    status: Mapped[OfferStatus] = mapped_column(
        enum_column(OfferStatus, name="offer_status"), nullable=False, default=OfferStatus.OPEN
    )
    currency: Mapped[str] = mapped_column(sa.String(3), nullable=False, default="THB")
    cash: Mapped[Decimal] = mapped_column(Amount, nullable=False, default=Decimal(0))
    # [{"due_on": "2027-01-31", "amount": "20000.00"}, ...]
    instalments: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    # Lenders whose loans the offer cancels (as the claimant's calculation names them), and collateral returned.
    cancels_loans: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    returns_collateral: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    other_terms: Mapped[str | None] = mapped_column(sa.Text)
    # [{"kind": "withdraw_criminal_complaint", "text": "..."}]: claims.services.settlements checks them.
    conditions: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    split_rule: Mapped[str] = mapped_column(sa.String(20), nullable=False, default="pro_rata")
    # split_rule "given": {claimant_id: "amount"}
    given_shares: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    # The lawyer's judgement of the court path, entered with the offer.
    instalment_risk: Mapped[Decimal] = mapped_column(sa.Numeric(5, 4), nullable=False, default=Decimal(0))
    chance_of_winning: Mapped[Decimal] = mapped_column(sa.Numeric(5, 4), nullable=False)
    share_collected: Mapped[Decimal] = mapped_column(sa.Numeric(5, 4), nullable=False)
    months_to_judgment: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    months_to_payment: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    hearings: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    cost_per_hearing: Mapped[Decimal] = mapped_column(Amount, nullable=False, default=Decimal(0))
    notes: Mapped[str | None] = mapped_column(sa.Text)

    case = relationship("Case")
    claimant = relationship("Claimant")

    def safe_label(self) -> str:
        who = self.claimant.pseudonym if self.claimant is not None else "the group"
        return f"offer of {self.made_on.isoformat()} to {who} in {self.case.reference}"
