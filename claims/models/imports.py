"""A spreadsheet import (issue 14): who brought which file in, what it held, and what it created and changed.

The file itself is not kept: its sha256, size and name say which it was; the rows read from it wait here between
the preview and the commit (the organisation's records, under the same access rules) and are dropped once the
import is committed or cancelled, leaving the summary of what was created and changed.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Record, enum_column


class ImportStatus(StrEnum):
    PREVIEWED = "previewed"  # read and checked, waiting for the user's decisions and commit
    QUEUED = "queued"  # a large file: its commit waits for the task queue's worker
    RUNNING = "running"
    COMMITTED = "committed"
    FAILED = "failed"  # nothing written; ``error`` says why
    CANCELLED = "cancelled"


class ImportRun(Record, db.Model):
    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    filename: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    size: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    # The case the claim data goes into (and the claimants are added to); empty for claimants alone.
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    status: Mapped[ImportStatus] = mapped_column(
        enum_column(ImportStatus, name="import_status"), nullable=False, default=ImportStatus.PREVIEWED
    )
    row_count: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    problem_count: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    # The checked rows, as plain values, until the commit (then emptied): claimants, claim data, problems.
    pending: Mapped[dict | None] = mapped_column(sa.JSON)
    # What the commit did: {"created": [...], "updated": [...], "skipped": [...], "calculations": n}.
    summary: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    done: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    total: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)
    error: Mapped[str | None] = mapped_column(sa.Text)
    heartbeat_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime)

    case = relationship("Case")
    created_by = relationship("User", foreign_keys=[created_by_id])

    def safe_label(self) -> str:
        return f"import {self.id} ({self.filename})"[:200]
