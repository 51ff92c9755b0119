"""An export made on the task queue (issue 14): a list too long for one request, its progress, and its file kept
in the database in chunks until it expires.

The file lives in the database, as a group document run's zip does, so that any of several app instances can
serve it; in chunks (``export_chunks``) rather than one value, so that neither the worker that writes a .csv of a
million rows nor the server that sends it ever holds the whole file in memory. The run itself is never deleted:
once it expires (``CLAIMS_EXPORT_KEEP_DAYS``) its chunks are dropped and the run stays, marked expired, with its
audit trail.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Record, enum_column


class ExportStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"  # no file; ``error`` says why
    EXPIRED = "expired"  # the file was dropped after CLAIMS_EXPORT_KEEP_DAYS


class ExportRun(Record, db.Model):
    __tablename__ = "export_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(40), nullable=False)
    format: Mapped[str] = mapped_column(sa.String(10), nullable=False)
    redacted: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    # The filters as the address gave them (ExportRequest.args()): the worker reads them again as the web did.
    filters: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    locale: Mapped[str] = mapped_column(sa.String(10), nullable=False)
    status: Mapped[ExportStatus] = mapped_column(
        enum_column(ExportStatus, name="export_status"), nullable=False, default=ExportStatus.QUEUED
    )
    total: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    done: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    error: Mapped[str | None] = mapped_column(sa.Text)
    filename: Mapped[str | None] = mapped_column(sa.String(200))
    size: Mapped[int | None] = mapped_column(sa.BigInteger)
    heartbeat_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    started_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    expires_at: Mapped[datetime | None] = mapped_column(sa.DateTime, index=True)
    downloads: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0, server_default="0")

    created_by = relationship("User", foreign_keys=[created_by_id])

    def safe_label(self) -> str:
        return f"export run {self.id} ({self.kind})"


class ExportChunk(db.Model):
    """One piece of a finished export's file, in order (``seq`` from 0)."""

    __tablename__ = "export_chunks"

    run_id: Mapped[int] = mapped_column(sa.ForeignKey("export_runs.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(sa.LargeBinary, nullable=False)
