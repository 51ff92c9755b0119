from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship

from claims import clock
from claims.extensions import db
from claims.models.base import Record, enum_column
from claims.models.enums import (
    ClosingReason,
    ConsentMethod,
    ConsentPurpose,
    DocumentHolder,
    DocumentKind,
    ProtectionKind,
    Sex,
    TraffickingStatus,
)
from claims.models.search_keys import folded, number_key

# Age of majority under the Thai Civil and Commercial Code s.19 (20 years). Used only to ask for a guardian.
AGE_OF_MAJORITY_YEARS = 20


class Claimant(Record, db.Model):
    __tablename__ = "claimants"
    __table_args__ = (
        sa.UniqueConstraint("org_id", "pseudonym", name="uq_claimants_org_pseudonym"),
        # The list's order (pseudonyms regardless of case) and its province filter, read from the index.
        # archived_at in each: counting the live claimants of an organisation reads the index alone. The legal
        # name last, as ix_claimants_search_legal_name holds both names too: SQLite chooses either for the name
        # search (the same equalities), and reads both names from whichever it takes (migration 3c8e5a1f7b24).
        sa.Index(
            "ix_claimants_org_lower_pseudonym",
            "org_id",
            "archived_at",
            sa.text("lower(pseudonym)"),
            sa.text("lower(legal_name)"),
        ),
        sa.Index(
            "ix_claimants_org_home_province", "org_id", "home_province", "archived_at", "protection_order"
        ),
        # A spreadsheet's own id for the person (issue 14): importing the same file again finds the same people.
        sa.Index("uq_claimants_org_external_id", "org_id", "external_id", unique=True),
        # The intake check's "same date of birth" (claims.services.matching).
        sa.Index("ix_claimants_org_date_of_birth", "org_id", "date_of_birth"),
        # The reminders' "date of return to enter" (claims.services.return_dates): the few people of an
        # organisation with a planned return and no date of return, read without walking every claimant.
        sa.Index(
            "ix_claimants_awaiting_return",
            "org_id",
            "planned_return_on",
            # The columns the count names (the predicate's too, for SQLite): counted from the index alone.
            "archived_at",
            "returned_home_on",
            postgresql_where=sa.text("planned_return_on IS NOT NULL AND returned_home_on IS NULL"),
            sqlite_where=sa.text("planned_return_on IS NOT NULL AND returned_home_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The pseudonym or case code is what every list, log, audit entry and error page shows.
    pseudonym: Mapped[str] = mapped_column(sa.String(80), nullable=False)
    legal_name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    # The id the organisation's own lists give the person (a spreadsheet's row key); empty for people typed in.
    external_id: Mapped[str | None] = mapped_column(sa.String(80))
    sex: Mapped[Sex] = mapped_column(enum_column(Sex, name="sex"), nullable=False, default=Sex.NOT_RECORDED)
    gender_identity: Mapped[str | None] = mapped_column(sa.String(80))
    date_of_birth: Mapped[date | None] = mapped_column(sa.Date)
    guardian_name: Mapped[str | None] = mapped_column(sa.String(200))
    guardian_relationship: Mapped[str | None] = mapped_column(sa.String(80))
    guardian_contact: Mapped[str | None] = mapped_column(sa.String(200))
    nationality: Mapped[str | None] = mapped_column(sa.String(2))  # ISO 3166-1 alpha-2
    languages: Mapped[str] = mapped_column(
        sa.String(80), nullable=False, default=""
    )  # ISO 639-1, comma-separated
    document_language: Mapped[str] = mapped_column(sa.String(10), nullable=False, default="th")
    interpreter_needed: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    home_country: Mapped[str | None] = mapped_column(sa.String(2))
    home_province: Mapped[str | None] = mapped_column(sa.String(120))
    home_district: Mapped[str | None] = mapped_column(sa.String(120))
    phone: Mapped[str | None] = mapped_column(sa.String(80))
    address: Mapped[str | None] = mapped_column(sa.Text)
    # Where court papers may be served for a protected person instead of where they are (the organisation's or
    # the shelter's legal address): what every filing prints for them in place of their address.
    address_for_service: Mapped[str | None] = mapped_column(sa.Text)
    contact_abroad: Mapped[str | None] = mapped_column(sa.Text)
    partner_organisation: Mapped[str | None] = mapped_column(sa.String(200))
    trafficking_status: Mapped[TraffickingStatus] = mapped_column(
        enum_column(TraffickingStatus, name="trafficking_status"),
        nullable=False,
        default=TraffickingStatus.NOT_SCREENED,
    )
    identified_on: Mapped[date | None] = mapped_column(sa.Date)
    # ExploitationForm values, comma-separated (as an agency's services): more than one form may apply to one
    # person; empty is "not recorded" (also the database's default: rows written in bulk, by the benchmark's
    # data set or an older import, are "not recorded").
    exploitation_forms: Mapped[str] = mapped_column(
        sa.String(200), nullable=False, default="", server_default=""
    )
    identifying_agency: Mapped[str | None] = mapped_column(sa.String(200))
    identifying_official: Mapped[str | None] = mapped_column(sa.String(200))
    protection_order: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    protection_note: Mapped[str | None] = mapped_column(sa.Text)
    planned_return_on: Mapped[date | None] = mapped_column(sa.Date)
    returned_home_on: Mapped[date | None] = mapped_column(sa.Date)
    advisor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    notes: Mapped[str | None] = mapped_column(sa.Text)
    # Closed: the organisation's work with the person ended, and why (claims.services.closing; reopening clears it).
    closed_reason: Mapped[ClosingReason | None] = mapped_column(
        enum_column(ClosingReason, name="closing_reason")
    )
    closed_on: Mapped[date | None] = mapped_column(sa.Date)
    closing_note: Mapped[str | None] = mapped_column(sa.Text)

    identity_documents: Mapped[list[IdentityDocument]] = relationship(
        back_populates="claimant", order_by="IdentityDocument.id"
    )
    consents: Mapped[list[Consent]] = relationship(back_populates="claimant", order_by="Consent.given_on")

    # Fields that show where the person is, or how to reach them: for a protected person, shown and editable only
    # by the people claims.services.access.may_see_whereabouts names, and never printed in a document. The
    # partner organisation and the guardian's contact lead to the person as surely as an address; the yes/no
    # flag and the note are here because whoever may clear them may unlock everything else.
    WHEREABOUTS_FIELDS = (
        "home_province",
        "home_district",
        "phone",
        "address",
        "contact_abroad",
        "partner_organisation",
        "guardian_contact",
        "protection_order",
        "protection_note",
    )
    IDENTITY_FIELDS = ("legal_name",)

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        return relativedelta(day, self.date_of_birth).years

    def is_minor_on(self, day: date) -> bool:
        age = self.age_on(day)
        return age is not None and age < AGE_OF_MAJORITY_YEARS

    @property
    def exploitation_list(self) -> list[str]:
        return [code for code in self.exploitation_forms.split(",") if code]

    @property
    def language_list(self) -> list[str]:
        return [code for code in self.languages.split(",") if code]

    @property
    def protected(self) -> bool:
        """Under protection today: the yes/no flag (kept from before orders were recorded) or an order in
        force."""
        return bool(self.protection_order or self.order_in_force)

    def safe_label(self) -> str:
        return self.pseudonym

    def __repr__(self) -> str:  # never the legal name: reprs end up in logs
        return f"<Claimant {self.id} {self.pseudonym}>"


class IdentityDocument(Record, db.Model):
    __tablename__ = "identity_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), index=True, nullable=False)
    kind: Mapped[DocumentKind] = mapped_column(
        enum_column(DocumentKind, name="document_kind"), nullable=False
    )
    number: Mapped[str] = mapped_column(sa.String(80), nullable=False)
    issuing_country: Mapped[str | None] = mapped_column(sa.String(2))
    expires_on: Mapped[date | None] = mapped_column(sa.Date)
    held_by: Mapped[DocumentHolder] = mapped_column(
        enum_column(DocumentHolder, name="document_holder"), nullable=False, default=DocumentHolder.CLAIMANT
    )

    claimant: Mapped[Claimant] = relationship(back_populates="identity_documents")

    def safe_label(self) -> str:
        return f"{self.kind.value} document of {self.claimant.pseudonym}"


class Consent(Record, db.Model):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), index=True, nullable=False)
    purpose: Mapped[ConsentPurpose] = mapped_column(
        enum_column(ConsentPurpose, name="consent_purpose"), nullable=False
    )
    partner_name: Mapped[str | None] = mapped_column(sa.String(200))
    given_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    method: Mapped[ConsentMethod] = mapped_column(
        enum_column(ConsentMethod, name="consent_method"), nullable=False
    )
    withdrawn_on: Mapped[date | None] = mapped_column(sa.Date)
    note: Mapped[str | None] = mapped_column(sa.Text)

    claimant: Mapped[Claimant] = relationship(back_populates="consents")

    @property
    def in_force(self) -> bool:
        return self.withdrawn_on is None

    def safe_label(self) -> str:
        return f"consent ({self.purpose.value}) of {self.claimant.pseudonym}"


class ProtectionOrder(Record, db.Model):
    """A witness-protection (or trafficking-victim protection) order: who ordered what, on which legal basis, for
    which period. The claimant is protected on the days an order is in force; its period decides the rule."""

    __tablename__ = "protection_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), index=True, nullable=False)
    ordering_office: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    legal_basis: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    kind: Mapped[ProtectionKind] = mapped_column(
        enum_column(ProtectionKind, name="protection_kind"), nullable=False
    )
    valid_from: Mapped[date] = mapped_column(sa.Date, nullable=False)
    valid_to: Mapped[date | None] = mapped_column(sa.Date)  # empty: until lifted
    note: Mapped[str | None] = mapped_column(sa.Text)

    claimant: Mapped[Claimant] = relationship(back_populates="protection_orders")

    def in_force_on(self, day: date) -> bool:
        return (
            self.archived_at is None
            and self.valid_from <= day
            and (self.valid_to is None or day <= self.valid_to)
        )

    def safe_label(self) -> str:
        return f"protection order of {self.claimant.pseudonym}"


Claimant.protection_orders = relationship(
    ProtectionOrder, back_populates="claimant", order_by=ProtectionOrder.valid_from
)
# Loaded with every claimant, in the same query: whether an order is in force today (the courts' today, taken
# when the query runs, not when the module was imported), so every page and document asks ``protected`` without a
# query of its own.
Claimant.order_in_force = column_property(
    sa.select(ProtectionOrder.id)
    .where(
        ProtectionOrder.claimant_id == Claimant.id,
        ProtectionOrder.archived_at.is_(None),
        ProtectionOrder.valid_from <= sa.bindparam("protection_today", callable_=clock.today, type_=sa.Date),
        sa.or_(
            ProtectionOrder.valid_to.is_(None),
            ProtectionOrder.valid_to
            >= sa.bindparam("protection_today_end", callable_=clock.today, type_=sa.Date),
        ),
    )
    .correlate_except(ProtectionOrder)
    .exists()
)


# The quick search (claims/services/finding.py): a legal name and an identity document's number by prefix, from the
# index alone (a pseudonym from the list's ix_claimants_org_lower_pseudonym). The pseudonym after the legal name: the
# claimant list's name search (a term anywhere in either name, so no range) reads both names from the index
# instead of every live claimant's row, as SQLite takes an indexed expression's value from an index (40,000
# claimants of an organisation counted in 8 ms of CPU instead of 90, migration 3c8e5a1f7b24).
sa.Index(
    "ix_claimants_search_legal_name",
    Claimant.org_id,
    Claimant.archived_at,
    folded(Claimant.legal_name),
    folded(Claimant.pseudonym),
)
# The live claimants in the order the search and the list show them. Partial, because PostgreSQL reads an index's
# order only after equalities, and "archived_at IS NULL" is not one: with archived_at in the key, a search for a
# prefix every pseudonym shares ("NAT-") sorted all 16,000 claimants of an organisation (115 ms; 0.5 ms with this).
# The list sorted by nationality or identification status the same way (issue 18): read in order, not sorted.
for _name, _column in (
    ("pseudonym", None),
    ("nationality", Claimant.nationality),
    ("status", Claimant.trafficking_status),
):
    _columns = (Claimant.org_id, folded(Claimant.pseudonym), Claimant.id)
    sa.Index(
        f"ix_claimants_live_{_name}",
        *(_columns if _column is None else (Claimant.org_id, _column, *_columns[1:])),
        postgresql_where=Claimant.archived_at.is_(None),
        sqlite_where=Claimant.archived_at.is_(None),
    )
del _name, _column, _columns
sa.Index(
    "ix_identity_documents_search_number",
    IdentityDocument.org_id,
    IdentityDocument.archived_at,
    number_key(IdentityDocument.number),
)
