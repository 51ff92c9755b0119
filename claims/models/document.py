"""Document templates uploaded by an organisation, the documents generated, and group runs.

A template version is never changed or deleted: an upload adds a version, and the latest active one is used.
A generated document keeps the template version and the exact data it was made from (the context as JSON), so
it can be made again identically; the bytes are not kept, only their sha256 to prove it. A group run keeps its
zip until it is downloaded or expires.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Record, enum_column
from claims.models.enums import JobStatus


class DocumentTemplateVersion(Record, db.Model):
    __tablename__ = "document_template_versions"
    __table_args__ = (sa.UniqueConstraint("org_id", "name", "number", name="uq_template_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80), nullable=False, index=True)  # manifest name
    number: Mapped[int] = mapped_column(sa.Integer, nullable=False)  # 1, 2, ... (0 is the shipped file)
    content: Mapped[bytes] = mapped_column(sa.LargeBinary, nullable=False)
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    filename: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    note: Mapped[str | None] = mapped_column(sa.Text)
    lint_notices: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    uploaded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    uploaded_by = relationship("User", foreign_keys=[uploaded_by_id])

    def safe_label(self) -> str:
        return f"template {self.name} version {self.number}"


class GeneratedDocument(Record, db.Model):
    __tablename__ = "generated_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    # The claimant a per-claimant document is for; None for a joint document of every plaintiff.
    claimant_id: Mapped[int | None] = mapped_column(sa.ForeignKey("claimants.id"), index=True)
    template_name: Mapped[str] = mapped_column(sa.String(80), nullable=False)
    template_version: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    template_sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    scope: Mapped[str] = mapped_column(sa.String(20), nullable=False)
    document_date: Mapped[date] = mapped_column(sa.Date, nullable=False)
    context: Mapped[str] = mapped_column(sa.Text, nullable=False)  # claims.documents.context.to_json
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    filename: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    job_id: Mapped[int | None] = mapped_column(sa.ForeignKey("document_jobs.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    case = relationship("Case")
    claimant = relationship("Claimant")
    created_by = relationship("User", foreign_keys=[created_by_id])

    def safe_label(self) -> str:
        who = f" for {self.claimant.pseudonym}" if self.claimant is not None else ""
        return f"{self.template_name}{who} in {self.case.reference}"


class DocumentJob(Record, db.Model):
    """A run over many claimants on the task queue: its progress, and the zip once it is whole."""

    __tablename__ = "document_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    templates: Mapped[list] = mapped_column(sa.JSON, nullable=False)  # [[name, scope], ...]
    claimant_ids: Mapped[list] = mapped_column(sa.JSON, nullable=False, default=list)
    document_date: Mapped[date] = mapped_column(sa.Date, nullable=False)
    want_pdf: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    status: Mapped[JobStatus] = mapped_column(
        enum_column(JobStatus, name="job_status"), nullable=False, default=JobStatus.QUEUED
    )
    total: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    done: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    error: Mapped[str | None] = mapped_column(sa.Text)
    archive: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    archive_name: Mapped[str | None] = mapped_column(sa.String(200))
    # True for runs made since documents leave out protected people's whereabouts. An older zip may hold them and
    # cannot be redacted inside: it is not served again for a case that has a protected claimant.
    whereabouts_redacted: Mapped[bool] = mapped_column(
        sa.Boolean, nullable=False, default=True, server_default=sa.false()
    )
    started_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    # The run's lease: renewed as each document is made (and when a queued run is sent again). A run whose
    # heartbeat is older than CLAIMS_JOB_STALE_AFTER has lost its worker (claims/services/documents/jobs.py).
    heartbeat_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    # How often a queued run was sent to the queue again because no worker took it up.
    resends: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0, server_default="0")
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    case = relationship("Case")
    created_by = relationship("User", foreign_keys=[created_by_id])

    def safe_label(self) -> str:
        return f"document run {self.id} in {self.case.reference}"
