"""Where a claimant stays under protection, how safe they are, and what happened to threaten them.

A shelter stay's facility is whereabouts: for a protected claimant it follows the whereabouts rule
(claims.services.access.may_see_whereabouts) like their address. The risk level is a history (each assessment a
row: who, when, why); the latest live one is the level in force."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.agency import Agency
from claims.models.base import Record, enum_column
from claims.models.enums import IncidentKind, RiskLevel, ShelterBasis

# The levels that reach the claimant's page and the case team's dashboard.
RAISED_LEVELS = (RiskLevel.HIGH, RiskLevel.CRITICAL)


class ShelterStay(Record, db.Model):
    __tablename__ = "shelter_stays"
    __table_args__ = (
        sa.Index("ix_shelter_stays_claimant_dates", "claimant_id", "archived_at", "stay_from"),
        sa.CheckConstraint("stay_to IS NULL OR stay_to >= stay_from", name="dates_in_order"),
        sa.CheckConstraint("family_count >= 0", name="family_count_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), nullable=False)
    # A shelter of the directory, or one named in words (a temple, a private house the directory does not hold).
    agency_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agencies.id"), index=True)
    facility_name: Mapped[str | None] = mapped_column(sa.String(200))
    stay_from: Mapped[date] = mapped_column(sa.Date, nullable=False)
    stay_to: Mapped[date | None] = mapped_column(sa.Date)  # empty: still there
    voluntary: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)
    legal_basis: Mapped[ShelterBasis | None] = mapped_column(enum_column(ShelterBasis, name="shelter_basis"))
    legal_basis_note: Mapped[str | None] = mapped_column(sa.String(300))  # the order's number, the court
    family_count: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    family_relation: Mapped[str | None] = mapped_column(sa.String(200))  # "wife and two children"
    notes: Mapped[str | None] = mapped_column(sa.Text)

    claimant = relationship("Claimant")
    agency: Mapped[Agency | None] = relationship()

    # Where the person is: for a protected claimant, shown, changed and audited in clear only for those the
    # whereabouts rule names. The dates, the basis and the family are not where they are.
    WHEREABOUTS_FIELDS = ("agency_id", "facility_name", "notes")

    def facility(self, locale: str = "en") -> str:
        return self.agency.name(locale) if self.agency is not None else (self.facility_name or "")

    def days_between(self, start: date, until: date) -> int:
        """Days of this stay from ``start`` to ``until``, both counted (an open stay runs to ``until``)."""
        first = max(self.stay_from, start)
        last = min(self.stay_to or until, until)
        return max((last - first).days + 1, 0)

    def safe_label(self) -> str:
        return f"shelter stay of {self.claimant.pseudonym} from {self.stay_from.isoformat()}"


class RiskAssessment(Record, db.Model):
    __tablename__ = "risk_assessments"
    __table_args__ = (
        sa.Index("ix_risk_assessments_claimant_date", "claimant_id", "archived_at", "assessed_on"),
        sa.Index("ix_risk_assessments_org_level", "org_id", "archived_at", "level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), nullable=False)
    level: Mapped[RiskLevel] = mapped_column(enum_column(RiskLevel, name="risk_level"), nullable=False)
    assessed_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    assessed_by_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), nullable=False)
    reason: Mapped[str] = mapped_column(sa.Text, nullable=False)

    claimant = relationship("Claimant")
    assessed_by = relationship("User", foreign_keys=[assessed_by_id])

    PRIVATE_FIELDS = ("reason",)

    @property
    def raised(self) -> bool:
        return self.level in RAISED_LEVELS

    def safe_label(self) -> str:
        return f"risk level ({RiskLevel(self.level).value}) of {self.claimant.pseudonym}"


class SafetyIncident(Record, db.Model):
    __tablename__ = "safety_incidents"
    __table_args__ = (
        sa.Index("ix_safety_incidents_claimant_date", "claimant_id", "archived_at", "occurred_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), nullable=False)
    occurred_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    kind: Mapped[IncidentKind] = mapped_column(
        enum_column(IncidentKind, name="incident_kind"), nullable=False
    )
    description: Mapped[str] = mapped_column(sa.Text, nullable=False)
    action_taken: Mapped[str | None] = mapped_column(sa.Text)
    reported_to_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agencies.id"), index=True)
    reported_on: Mapped[date | None] = mapped_column(sa.Date)
    # The follow-up task the incident made (on the timeline, with an assignee and a due date).
    task_id: Mapped[int | None] = mapped_column(sa.ForeignKey("timeline_entries.id"))

    claimant = relationship("Claimant")
    reported_to: Mapped[Agency | None] = relationship()
    task = relationship("TimelineEntry")

    # What happened and what was done often says where the person was found or moved to.
    PRIVATE_FIELDS = ("description", "action_taken")

    def safe_label(self) -> str:
        return f"safety incident ({IncidentKind(self.kind).value}) of {self.claimant.pseudonym}"
