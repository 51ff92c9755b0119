"""A case shared with a partner organisation that uses the app: a referral with consent, case-wide.

The share is the sharing organisation's record (``org_id``): it names the partner organisation, the level, an
optional end date and, once revoked, who revoked it and when. Each claimant it includes is a Referral of that
claimant (``Referral.share_id``) carrying their consent, so the consent rule, the status history and the
claimant's list of referrals are the referrals' own. Who may read what through a share is decided in
claims.services.scope (``active_share_clause``) and claims.services.access, nowhere else.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Record, enum_column
from claims.models.enums import ShareLevel


class CaseShare(Record, db.Model):
    __tablename__ = "case_shares"
    __table_args__ = (
        # The partner's lists: the live shares made to one organisation.
        sa.Index("ix_case_shares_partner_live", "partner_org_id", "archived_at", "revoked_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    partner_org_id: Mapped[int] = mapped_column(sa.ForeignKey("organisations.id"), nullable=False)
    # The partner's entry in the sharing organisation's directory: the referrals of the share go to it.
    agency_id: Mapped[int] = mapped_column(sa.ForeignKey("agencies.id"), nullable=False)
    level: Mapped[ShareLevel] = mapped_column(
        enum_column(ShareLevel, name="share_level"), nullable=False, default=ShareLevel.READ
    )
    shared_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    # The last day the partner sees the case; read at every request, so no job has to end it.
    ends_on: Mapped[date | None] = mapped_column(sa.Date)
    revoked_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    revoked_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    shared_by_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), nullable=False)

    case = relationship("Case")
    organisation = relationship("Organisation", foreign_keys="CaseShare.org_id")
    partner = relationship("Organisation", foreign_keys=[partner_org_id])
    agency = relationship("Agency")
    shared_by = relationship("User", foreign_keys=[shared_by_id])
    revoked_by = relationship("User", foreign_keys=[revoked_by_id])

    def active_on(self, day: date) -> bool:
        """The test of claims.services.scope.active_share_clause, for a share already loaded."""
        return (
            self.archived_at is None
            and self.revoked_at is None
            and (self.ends_on is None or self.ends_on >= day)
        )

    def safe_label(self) -> str:
        return f"share #{self.id} of {self.case.reference}"
