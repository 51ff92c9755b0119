"""Evidence files: what a claimant brings (contracts, payslips, passports, receipts, photos, chats), kept as files.

The record holds what a person needs to find and judge a file (its kind, title, date, notes) and what proves the
file is the one uploaded (its size and sha256); the bytes live in the evidence store (claims.services.evidence
.storage) under a random key, never under the name the uploader's computer gave it. Who may open a file is the
record's ``visibility`` and ``whereabouts`` (claims.services.access.may_open_evidence), checked on every read.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Record, enum_column, utcnow
from claims.models.enums import EvidenceKind, EvidenceVisibility


class EvidenceFile(Record, db.Model):
    __tablename__ = "evidence_files"
    __table_args__ = (
        # A claimant's list, newest first, and a case's list: both read from an index.
        sa.Index("ix_evidence_files_claimant_list", "claimant_id", "archived_at", "uploaded_at"),
        sa.Index("ix_evidence_files_case_list", "case_id", "archived_at", "uploaded_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), nullable=False)
    # The case the file was brought for; None for the claimant's papers in general. The case page lists both.
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"))
    kind: Mapped[EvidenceKind] = mapped_column(
        enum_column(EvidenceKind, name="evidence_kind"), nullable=False
    )
    title: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    document_date: Mapped[date | None] = mapped_column(sa.Date)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    # As the uploader's device named it, Thai included: shown and offered as the download's name, never a path.
    original_filename: Mapped[str] = mapped_column(sa.String(255), nullable=False)
    # What the content was found to be (claims.services.evidence.sniff), not what the browser said.
    content_type: Mapped[str] = mapped_column(sa.String(100), nullable=False)
    size: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    storage_key: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    uploaded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    uploaded_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)
    visibility: Mapped[EvidenceVisibility] = mapped_column(
        enum_column(EvidenceVisibility, name="evidence_visibility"),
        nullable=False,
        default=EvidenceVisibility.STAFF,
    )
    # Shows where the person is or how to reach them (an identity document always does: it names their home,
    # and a photo of a dormitory or a letter's envelope can): for a protected claimant, opened only by the
    # people the whereabouts rule names.
    whereabouts: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)

    claimant = relationship("Claimant")
    case = relationship("Case")
    uploaded_by = relationship("User", foreign_keys=[uploaded_by_id])

    @property
    def previewable(self) -> bool:
        return self.content_type in PREVIEWABLE

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/") and self.previewable

    def safe_label(self) -> str:
        # The kind and the claimant's pseudonym: a title may say more than an audit list should.
        return f"{self.kind.value} evidence #{self.id} of {self.claimant.pseudonym}"


# Shown inline (an <img> or an <iframe>) from the access-checked route; everything else is only downloaded.
PREVIEWABLE = frozenset({"image/jpeg", "image/png", "application/pdf"})
