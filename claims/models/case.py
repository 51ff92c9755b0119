from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Amount, Record, enum_column
from claims.models.enums import (
    CaseKind,
    CaseStage,
    CaseStatus,
    ClaimantRole,
    ClosingReason,
    Petition441Status,
    RespondentRole,
)
from claims.models.search_keys import folded, nulls_first, number_key


class Court(db.Model):
    """The courts and offices where cases are heard: the shared national list (``org_id`` empty), which every
    organisation uses and none may change once another uses it, and each organisation's own additions
    (claims.services.courts says who may change which)."""

    __tablename__ = "courts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(40), nullable=False, unique=True)
    name_th: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    name_en: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    province: Mapped[str] = mapped_column(sa.String(120), nullable=False)
    # Empty: on the shared list. Set: added by that organisation, seen and changed by it alone.
    org_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisations.id"), index=True)

    @property
    def shared(self) -> bool:
        return self.org_id is None

    def name(self, locale: str) -> str:
        return self.name_th if locale == "th" else self.name_en


class Case(Record, db.Model):
    __tablename__ = "cases"
    __table_args__ = (
        sa.UniqueConstraint("org_id", "reference", name="uq_cases_org_reference"),
        # "My cases" and a lawyer's hearings in the calendar, without reading every case of the organisation.
        # archived_at too: "a live case of this lawyer" is then three equalities on one index, which SQLite's
        # planner prefers to the list's (org_id, archived_at, filed_on) index it otherwise took (4 s a page).
        sa.Index("ix_cases_org_lawyer", "org_id", "lawyer_id", "archived_at"),
        sa.Index("ix_cases_org_paralegal", "org_id", "paralegal_id", "archived_at"),
        sa.Index("ix_cases_org_filed_on", "org_id", "archived_at", "filed_on"),
        # The dashboard's count of live cases by stage and kind, from the index alone.
        sa.Index("ix_cases_org_stage_kind", "org_id", "archived_at", "stage", "kind"),
        # The few archived cases, for counts of live records that leave them out by an anti-join instead of
        # reading every record's case.
        sa.Index(
            "ix_cases_archived",
            "id",
            postgresql_where=sa.text("archived_at IS NOT NULL"),
            sqlite_where=sa.text("archived_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The organisation's own code for the case ("LC-2012-07"): the court numbers come only after filing.
    reference: Mapped[str] = mapped_column(sa.String(40), nullable=False)
    title: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    kind: Mapped[CaseKind] = mapped_column(enum_column(CaseKind, name="case_kind"), nullable=False)
    court_id: Mapped[int | None] = mapped_column(sa.ForeignKey("courts.id"))
    office: Mapped[str | None] = mapped_column(sa.String(200))
    black_number: Mapped[str | None] = mapped_column(sa.String(40))
    red_number: Mapped[str | None] = mapped_column(sa.String(40))
    filed_on: Mapped[date | None] = mapped_column(sa.Date)
    stage: Mapped[CaseStage] = mapped_column(
        enum_column(CaseStage, name="case_stage"), nullable=False, default=CaseStage.INTAKE
    )
    status: Mapped[CaseStatus] = mapped_column(
        enum_column(CaseStatus, name="case_status"), nullable=False, default=CaseStatus.OPEN
    )
    lawyer_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    paralegal_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    summary: Mapped[str | None] = mapped_column(sa.Text)
    # Criminal cases: the offence as charged ("ความผิดฐานค้ามนุษย์"), quoted by the compensation petitions.
    offence: Mapped[str | None] = mapped_column(sa.String(300))
    # Why the case was closed (with its status CLOSED), set and cleared by claims.services.closing.
    closed_reason: Mapped[ClosingReason | None] = mapped_column(
        enum_column(ClosingReason, name="case_closing_reason")
    )
    closed_on: Mapped[date | None] = mapped_column(sa.Date)
    closing_note: Mapped[str | None] = mapped_column(sa.Text)

    court: Mapped[Court | None] = relationship()
    lawyer = relationship("User", foreign_keys=[lawyer_id])
    paralegal = relationship("User", foreign_keys=[paralegal_id])
    claimant_links: Mapped[list[CaseClaimant]] = relationship(
        back_populates="case", order_by="CaseClaimant.position"
    )
    respondent_links: Mapped[list[CaseRespondent]] = relationship(
        back_populates="case", order_by="CaseRespondent.id"
    )

    def safe_label(self) -> str:
        return self.reference


class CaseClaimant(Record, db.Model):
    """A claimant's part in a case. A group case holds dozens; one person can be in several cases."""

    __tablename__ = "case_claimants"
    __table_args__ = (sa.UniqueConstraint("case_id", "claimant_id", name="uq_case_claimants_case_claimant"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), index=True, nullable=False)
    role: Mapped[ClaimantRole] = mapped_column(
        enum_column(ClaimantRole, name="claimant_role"), nullable=False
    )
    position: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=1)  # plaintiff no. 1, 2, ...
    # What this person claims in this case, as filed (group cases list every plaintiff with their own amount).
    claimed_amount: Mapped[Decimal | None] = mapped_column(Amount)
    claimed_currency: Mapped[str] = mapped_column(sa.String(3), nullable=False, default="THB")
    # Criminal cases: the injured person's own compensation petition (CPC s.44/1), due before witnesses are heard.
    petition_44_1: Mapped[Petition441Status | None] = mapped_column(
        enum_column(Petition441Status, name="petition_44_1_status")
    )
    petition_44_1_filed_on: Mapped[date | None] = mapped_column(sa.Date)
    # The day their testimony was taken in advance (TIP Act s.31), so that it is on record before they go home.
    advance_testimony_on: Mapped[date | None] = mapped_column(sa.Date)

    case: Mapped[Case] = relationship(back_populates="claimant_links")
    claimant = relationship("Claimant")

    def safe_label(self) -> str:
        return f"{self.claimant.pseudonym} in {self.case.reference}"


class CaseRespondent(Record, db.Model):
    __tablename__ = "case_respondents"
    __table_args__ = (
        sa.UniqueConstraint("case_id", "respondent_id", name="uq_case_respondents_case_respondent"),
        # A respondent's live cases counted from the index alone (the respondents list's "Cases"); with the
        # predicate's column, which SQLite needs to count it covering.
        sa.Index(
            "ix_case_respondents_live",
            "respondent_id",
            "case_id",
            "archived_at",
            postgresql_where=sa.text("archived_at IS NULL"),
            sqlite_where=sa.text("archived_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    respondent_id: Mapped[int] = mapped_column(sa.ForeignKey("respondents.id"), index=True, nullable=False)
    role: Mapped[RespondentRole] = mapped_column(
        enum_column(RespondentRole, name="respondent_role"), nullable=False
    )

    case: Mapped[Case] = relationship(back_populates="respondent_links")
    respondent = relationship("Respondent")

    def safe_label(self) -> str:
        return f"{self.respondent.name} in {self.case.reference}"


class CaseLink(Record, db.Model):
    """Two cases on the same facts (the criminal and the labour case): stored once, shown on both."""

    __tablename__ = "case_links"
    __table_args__ = (
        sa.UniqueConstraint("case_id", "other_case_id", name="uq_case_links_pair"),
        sa.CheckConstraint("case_id <> other_case_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    other_case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    note: Mapped[str | None] = mapped_column(sa.String(200))

    case = relationship("Case", foreign_keys=[case_id])
    other_case = relationship("Case", foreign_keys=[other_case_id])

    def safe_label(self) -> str:
        return f"link {self.case.reference} - {self.other_case.reference}"


# The quick search (claims/services/finding.py): the reference and the court's numbers as typed, the title by
# prefix, each from its own index.
for _name, _key in (
    ("title", folded(Case.title)),
    ("black_number", number_key(Case.black_number)),
    ("red_number", number_key(Case.red_number)),
):
    sa.Index(f"ix_cases_search_{_name}", Case.org_id, Case.archived_at, _key)

# The list sorted by kind or stage (issue 18), read in order rather than sorted: partial, as PostgreSQL reads an
# index's order only after equalities and "archived_at IS NULL" is not one.
for _name in ("kind", "stage"):
    sa.Index(
        f"ix_cases_live_{_name}",
        Case.org_id,
        getattr(Case, _name),
        Case.reference,
        Case.id,
        postgresql_where=Case.archived_at.is_(None),
        sqlite_where=Case.archived_at.is_(None),
    )
del _name, _key
# The list's default order, newest filing first and cases not yet filed last (issue 16: the first page sorted all
# 60,000 live cases of an organisation, 200 ms). Read backwards: on PostgreSQL "filed_on NULLS FIRST" backwards is
# the list's "filed_on DESC NULLS LAST"; SQLite puts empty values first anyway and has no NULLS in an index.
sa.Index(
    "ix_cases_live_filed",
    Case.org_id,
    nulls_first(Case.filed_on),
    Case.reference,
    Case.id,
    postgresql_where=Case.archived_at.is_(None),
    sqlite_where=Case.archived_at.is_(None),
)
# The reference as typed, live cases only and in that order: the search's first cases are read in order from it
# even where a term matches most of them ("LC" among 24,000 cases).
sa.Index(
    "ix_cases_live_reference_key",
    Case.org_id,
    number_key(Case.reference),
    Case.id,
    postgresql_where=Case.archived_at.is_(None),
    sqlite_where=Case.archived_at.is_(None),
)
