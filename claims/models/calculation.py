"""A claimant's calculation in a case: the claim document (docs/claim-format.md) and its last computed breakdown.

The document is stored exactly in the format the CLI and the API read, so one claim can move between them. It
never holds the claimant's identity: the record links to the claimant, and the breakdown shows the pseudonym.
The breakdown is kept as a snapshot with the fingerprint of the rule files it was computed under, so that a later
change of a rule table shows as a difference instead of silently changing a figure a lawyer has filed.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from claims.extensions import db
from claims.models.base import Record


class Calculation(Record, db.Model):
    __tablename__ = "calculations"
    __table_args__ = (sa.UniqueConstraint("case_id", "claimant_id", name="uq_calculations_case_claimant"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), index=True, nullable=False)
    # The claim document (docs/claim-format.md), without the claimant's name.
    data: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    # claims.calc.to_dict of the last computation: what the pages and the group totals show.
    result: Mapped[dict | None] = mapped_column(sa.JSON)
    # The result without its lines (a few hundred bytes of totals, subtotals, incomplete heads and warnings, where the
    # result runs to 30 KB): what a group's table, its totals and an offer's comparison read. PostgreSQL parsed a
    # whole result for every figure taken out of it, so 150 claimants' totals cost 40 ms; kept in step by
    # set_result below, whatever sets the result.
    summary: Mapped[dict | None] = mapped_column(sa.JSON)
    computed_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    # sha256 of the rule files' content when the result was computed.
    rules_fingerprint: Mapped[str | None] = mapped_column(sa.String(64))

    case = relationship("Case")
    claimant = relationship("Claimant")

    @validates("result")
    def set_result(self, _key, result: dict | None) -> dict | None:
        self.summary = summarise(result)
        return result

    def safe_label(self) -> str:
        return f"calculation for {self.claimant.pseudonym} in {self.case.reference}"


def summarise(result: dict | None) -> dict | None:
    """A result's summary: everything but its lines (scenarios keep no lines of their own)."""
    if result is None:
        return None
    return {key: value for key, value in result.items() if key != "lines"}


class ClaimTemplate(Record, db.Model):
    """The terms a group case shares (claim settings, the contract's employment terms), copied into each claimant's
    calculation by claims.services.calculations.apply_template."""

    __tablename__ = "claim_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), unique=True, nullable=False)
    data: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)

    case = relationship("Case")

    def safe_label(self) -> str:
        return f"shared claim terms of {self.case.reference}"
