from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import Record, enum_column
from claims.models.enums import Channel, TimelineKind


class TimelineEntry(Record, db.Model):
    """A note, an event, a task, or a record that the claimant was told of their rights or of news.

    Victims are often never told: each time they are, the date, channel, language and who told them is kept.
    """

    __tablename__ = "timeline_entries"
    __table_args__ = (
        # A meeting's action item may concern no single case or claimant: the meeting is its subject.
        sa.CheckConstraint(
            "case_id IS NOT NULL OR claimant_id IS NOT NULL OR meeting_id IS NOT NULL", name="has_subject"
        ),
        # Open tasks by due date (the dashboard's overdue ones, the tasks page).
        sa.Index("ix_timeline_entries_org_kind_due_on", "org_id", "kind", "due_on"),
        # Open tasks only: the organisation's notes, calls and done tasks (six in seven entries) are not walked
        # past to count the overdue ones.
        sa.Index(
            "ix_timeline_entries_open_tasks",
            "org_id",
            "due_on",
            # With the id, so that a list by (due date, id) stops at its page instead of sorting every open task.
            "id",
            # The case and claimant, so that the overdue count leaves out archived ones from the index alone.
            "case_id",
            "claimant_id",
            # The predicate's columns, constant in every row: SQLite takes a partial index as covering only when it
            # holds every column the query names, and otherwise preferred ix_timeline_entries_org_kind_due_on,
            # reading every task's row, done ones included.
            "kind",
            "done_at",
            "archived_at",
            postgresql_where=sa.text("kind = 'task' AND done_at IS NULL AND archived_at IS NULL"),
            sqlite_where=sa.text("kind = 'task' AND done_at IS NULL AND archived_at IS NULL"),
        ),
        # A person's open tasks by due date ("My tasks" on the dashboard, reminders, the digest, the feeds), walked
        # in the list's order up to its page: the plain assignee index holds every note (no assignee) too, and
        # SQLite took the organisation's task index instead and read all of its tasks.
        sa.Index(
            "ix_timeline_entries_open_assigned",
            "assignee_id",
            "due_on",
            "id",
            postgresql_where=sa.text("kind = 'task' AND done_at IS NULL AND archived_at IS NULL"),
            sqlite_where=sa.text("kind = 'task' AND done_at IS NULL AND archived_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    claimant_id: Mapped[int | None] = mapped_column(sa.ForeignKey("claimants.id"), index=True)
    kind: Mapped[TimelineKind] = mapped_column(
        enum_column(TimelineKind, name="timeline_kind"), nullable=False
    )
    occurred_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    body: Mapped[str] = mapped_column(sa.Text, nullable=False)
    # Words the app wrote (a follow-up visit's task): a key of claims.wording and its parameters, shown in each
    # reader's language by ``text``; ``body`` keeps them in the recorder's. None for what a person wrote.
    body_key: Mapped[str | None] = mapped_column(sa.String(60))
    body_params: Mapped[dict | None] = mapped_column(sa.JSON)
    channel: Mapped[Channel | None] = mapped_column(enum_column(Channel, name="channel"))
    language: Mapped[str | None] = mapped_column(sa.String(10))
    told_by: Mapped[str | None] = mapped_column(sa.String(200))
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), nullable=False)
    meeting_id: Mapped[int | None] = mapped_column(sa.ForeignKey("meetings.id"), index=True)
    # The hearing an entry is about (a hearing letter sent by SMS or LINE): shown on the hearing's page.
    hearing_id: Mapped[int | None] = mapped_column(sa.ForeignKey("hearings.id"), index=True)
    # Who is to do a task: a user of the organisation (it reaches them: My tasks, the dashboard, reminders, the
    # digest, their calendar feed), or an agency named in words when someone outside does it.
    assignee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    assignee_agency: Mapped[str | None] = mapped_column(sa.String(200))
    due_on: Mapped[date | None] = mapped_column(sa.Date, index=True)
    done_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    done_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    case = relationship("Case")
    claimant = relationship("Claimant")
    author = relationship("User", foreign_keys=[author_id])
    done_by = relationship("User", foreign_keys=[done_by_id])
    assignee = relationship("User", foreign_keys=[assignee_id])
    meeting = relationship("Meeting")
    hearing = relationship("Hearing")

    @property
    def text(self) -> str:
        """The entry's words as the reader should see them: the app's own in the reader's language, else as written."""
        if self.body_key:
            from claims.wording import render

            rendered = render(self.body_key, self.body_params)
            if rendered is not None:
                return rendered
        return self.body

    def safe_label(self) -> str:
        if self.case_id:
            subject = self.case.reference
        elif self.claimant_id:
            subject = self.claimant.pseudonym
        else:
            subject = f"meeting #{self.meeting_id}"
        return f"{self.kind.value} on {subject}"
