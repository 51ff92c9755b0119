from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Amount, Record, enum_column
from claims.models.enums import HearingKind, HearingStatus

# The partial index of hearings held and never recorded; hearing_lists._unrecorded states the same condition.
UNRECORDED_OPEN = "status = 'scheduled' AND archived_at IS NULL AND coalesce(trim(outcome), '') = ''"


class Hearing(Record, db.Model):
    __tablename__ = "hearings"
    # The hearing windows of the list, the calendar and the dashboard, without a sort (issue 16's plans).
    __table_args__ = (
        sa.Index("ix_hearings_org_starts_at", "org_id", "starts_at"),
        sa.Index("ix_hearings_org_status_starts_at", "org_id", "status", "starts_at"),
        # Hearings still marked scheduled: the future ones and the past ones nobody recorded (the dashboard's and
        # reminders' "record their outcome"), a few thousand of an organisation's million.
        # With the case, so that the dashboard's count of a fortnight's hearings leaves out archived cases by an
        # anti-join from the index alone; with the id, so that its first rows come in the list's order (date, id)
        # and the LIMIT stops after them instead of sorting the fortnight.
        # The columns of its predicate too, though every row holds the same in them: SQLite takes a partial index as
        # covering only when it holds every column the query names, and otherwise preferred
        # ix_hearings_org_status_starts_at, reading a row per hearing.
        sa.Index(
            "ix_hearings_unrecorded",
            "org_id",
            "starts_at",
            "id",
            "case_id",
            "status",
            "archived_at",
            postgresql_where=sa.text("status = 'scheduled' AND archived_at IS NULL"),
            sqlite_where=sa.text("status = 'scheduled' AND archived_at IS NULL"),
        ),
        # Only the past hearings nobody recorded (and the coming ones, whose outcome is empty too): the dashboard's
        # count read every such hearing's row to test its outcome, four thousand pages at national scale. The
        # predicate is the one hearing_lists._unrecorded writes, literally, so both databases match it to the
        # query.
        sa.Index(
            "ix_hearings_unrecorded_open",
            "org_id",
            "starts_at",
            "id",
            "case_id",
            # The predicate's columns, as above.
            "status",
            "archived_at",
            "outcome",
            postgresql_where=sa.text(UNRECORDED_OPEN),
            sqlite_where=sa.text(UNRECORDED_OPEN),
        ),
        # The calendar's week, numbered and counted per day from the index alone (with the case and the court the
        # numbering reads): ix_hearings_org_starts_at read each hearing's row, and PostgreSQL preferred the
        # starts_at index, reading every organisation's hearings of the week.
        sa.Index(
            "ix_hearings_live_org_starts",
            "org_id",
            "starts_at",
            "case_id",
            "court_id",
            postgresql_include=["id"],
            postgresql_where=sa.text("archived_at IS NULL"),
            sqlite_where=sa.text("archived_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True, nullable=False)
    # Local court time (Asia/Bangkok by default): hearings are set by the court's clock, not UTC.
    starts_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, index=True)
    # When it is expected to end, the same day (a morning or an afternoon session): optional, courts rarely say.
    ends_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    court_id: Mapped[int | None] = mapped_column(sa.ForeignKey("courts.id"))
    room: Mapped[str | None] = mapped_column(sa.String(80))
    kind: Mapped[HearingKind] = mapped_column(enum_column(HearingKind, name="hearing_kind"), nullable=False)
    status: Mapped[HearingStatus] = mapped_column(
        enum_column(HearingStatus, name="hearing_status"), nullable=False, default=HearingStatus.SCHEDULED
    )
    # Who must attend (claimants by pseudonym, witnesses, the lawyer, the interpreter) and, apart, what they bring
    # (documents, things): the hearing letter and the text message say each under its own heading.
    must_attend: Mapped[str | None] = mapped_column(sa.Text)
    what_to_bring: Mapped[str | None] = mapped_column(sa.Text)
    interpreter_language: Mapped[str | None] = mapped_column(sa.String(10))
    interpreter_booked: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    outcome: Mapped[str | None] = mapped_column(sa.Text)
    next_step: Mapped[str | None] = mapped_column(sa.Text)
    support_transport: Mapped[str | None] = mapped_column(sa.String(200))
    support_lodging: Mapped[str | None] = mapped_column(sa.String(200))
    support_allowance: Mapped[Decimal | None] = mapped_column(Amount)
    support_currency: Mapped[str] = mapped_column(sa.String(3), nullable=False, default="THB")
    # Arranged is the text above; paid is whether the money reached the claimant or the provider.
    transport_paid: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    lodging_paid: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    allowance_paid: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    # The lawyers' practice the seeds describe: explain the procedure, rehearse the questions, review the day after.
    prep_procedure_explained: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    prep_questions_rehearsed: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    review_done: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    # The lawyer who goes, where it is not the case's lawyer: the calendar flags a lawyer booked twice.
    lawyer_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    case = relationship("Case")
    court = relationship("Court")
    lawyer = relationship("User", foreign_keys=[lawyer_id])

    def safe_label(self) -> str:
        return f"hearing {self.starts_at:%Y-%m-%d %H:%M} in {self.case.reference}"
