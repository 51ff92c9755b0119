"""The organisation's directory: the agencies it refers people to or works with, and their focal persons."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Record, enum_column
from claims.models.enums import AgencyKind


def code_list(text: str | None) -> list[str]:
    return [code for code in (text or "").split(",") if code]


class Agency(Record, db.Model):
    """A shelter, an office, an embassy, a partner organisation or an interpreter. One organisation's own list:
    another organisation's directory is not shared (a later step may share entries)."""

    __tablename__ = "agencies"
    __table_args__ = (sa.Index("ix_agencies_org_archived_kind", "org_id", "archived_at", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name_th: Mapped[str | None] = mapped_column(sa.String(200))
    name_en: Mapped[str | None] = mapped_column(sa.String(200))
    kind: Mapped[AgencyKind] = mapped_column(enum_column(AgencyKind, name="agency_kind"), nullable=False)
    country: Mapped[str | None] = mapped_column(sa.String(2))
    area: Mapped[str | None] = mapped_column(sa.String(200))  # the province or area it serves
    address: Mapped[str | None] = mapped_column(sa.Text)
    phone: Mapped[str | None] = mapped_column(sa.String(80))
    email: Mapped[str | None] = mapped_column(sa.String(200))
    website: Mapped[str | None] = mapped_column(sa.String(300))
    line_id: Mapped[str | None] = mapped_column(sa.String(80))
    services: Mapped[str] = mapped_column(sa.String(400), nullable=False, default="")  # AgencyService values
    services_note: Mapped[str | None] = mapped_column(sa.Text)
    languages: Mapped[str] = mapped_column(sa.String(80), nullable=False, default="")  # ISO 639 codes
    notes: Mapped[str | None] = mapped_column(sa.Text)

    people: Mapped[list[AgencyPerson]] = relationship(
        back_populates="agency", order_by="AgencyPerson.name", viewonly=True
    )

    def name(self, locale: str = "en") -> str:
        first, second = (self.name_th, self.name_en) if locale == "th" else (self.name_en, self.name_th)
        return first or second or ""

    @property
    def service_list(self) -> list[str]:
        return code_list(self.services)

    @property
    def language_list(self) -> list[str]:
        return code_list(self.languages)

    def safe_label(self) -> str:
        return self.name_en or self.name_th or f"agency #{self.id}"


class AgencyPerson(Record, db.Model):
    """A focal person of an agency: whom to ask for."""

    __tablename__ = "agency_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(sa.ForeignKey("agencies.id"), index=True, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    role: Mapped[str | None] = mapped_column(sa.String(200))
    phone: Mapped[str | None] = mapped_column(sa.String(80))
    email: Mapped[str | None] = mapped_column(sa.String(200))
    line_id: Mapped[str | None] = mapped_column(sa.String(80))
    languages: Mapped[str] = mapped_column(sa.String(80), nullable=False, default="")
    notes: Mapped[str | None] = mapped_column(sa.Text)

    agency: Mapped[Agency] = relationship()

    @property
    def language_list(self) -> list[str]:
        return code_list(self.languages)

    def safe_label(self) -> str:
        return self.name
