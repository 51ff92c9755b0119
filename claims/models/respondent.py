from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Record, enum_column
from claims.models.enums import RespondentKind, RespondentStatus
from claims.models.search_keys import folded, number_key


class Respondent(Record, db.Model):
    """An agency, employer, broker or lender. Shared by every case against it; agencies that close and reopen
    under another name are linked to their successor so that an award can follow the money."""

    __tablename__ = "respondents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    kind: Mapped[RespondentKind] = mapped_column(
        enum_column(RespondentKind, name="respondent_kind"), nullable=False
    )
    licence_number: Mapped[str | None] = mapped_column(sa.String(80))
    country: Mapped[str | None] = mapped_column(sa.String(2))
    status: Mapped[RespondentStatus] = mapped_column(
        enum_column(RespondentStatus, name="respondent_status"),
        nullable=False,
        default=RespondentStatus.UNKNOWN,
    )
    successor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("respondents.id"))
    address: Mapped[str | None] = mapped_column(sa.Text)
    notes: Mapped[str | None] = mapped_column(sa.Text)

    successor: Mapped[Respondent | None] = relationship(remote_side=[id], foreign_keys=[successor_id])

    def safe_label(self) -> str:
        return self.name


# The quick search and the list's order by name (claims/services/finding.py), and the registration number as typed.
sa.Index("ix_respondents_search_name", Respondent.org_id, Respondent.archived_at, folded(Respondent.name))
sa.Index(
    "ix_respondents_search_licence",
    Respondent.org_id,
    Respondent.archived_at,
    number_key(Respondent.licence_number),
)
