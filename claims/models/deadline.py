"""Deadlines as they were last shown, court closure days, and what tells the people who follow a case about them.

The deadlines themselves are computed by claims.calc.deadlines from the claimant's facts; what is stored here is
the last computed date of each one, so that a recomputation (a closure day added, a rule table changed, a fact
corrected) can tell which ones moved and flag them, and so that "done, by whom and when" has a place to live.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.extensions import db
from claims.models.base import OrgOwned, Record, enum_column, utcnow
from claims.models.enums import DeadlineChangeReason


class CourtClosure(Record, db.Model):
    """A day the courts do not sit that the ``holidays`` package does not know: a holiday announced late, a flood,
    a court's own closure. With no court it closes every court for this organisation's deadlines."""

    __tablename__ = "court_closures"

    id: Mapped[int] = mapped_column(primary_key=True)
    court_id: Mapped[int | None] = mapped_column(sa.ForeignKey("courts.id"), index=True)
    day: Mapped[date] = mapped_column(sa.Date, nullable=False, index=True)
    reason: Mapped[str] = mapped_column(sa.String(200), nullable=False)

    court = relationship("Court")

    def safe_label(self) -> str:
        where = self.court.code if self.court_id else "all courts"
        return f"closure {self.day:%Y-%m-%d} ({where})"


class CourtOpenDay(Record, db.Model):
    """A day the courts' calendar lists as a holiday on which the courts sat after all (the cabinet moved the
    substitution day elsewhere, a court opened): a last day falling on it does not move (CCC s.193/8 moves only
    off a day the courts are closed). For every court of this organisation's deadlines; the reason and the
    source (a cabinet resolution, the court's notice) are required. Archived, never deleted."""

    __tablename__ = "court_open_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(sa.Date, nullable=False, index=True)
    reason: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    source: Mapped[str] = mapped_column(sa.String(300), nullable=False)

    def safe_label(self) -> str:
        return f"open day {self.day:%Y-%m-%d}"


class Deadline(Record, db.Model):
    """One computed deadline of one claimant, keyed like claims.calc.deadlines.Deadline.key ("wages_last",
    "appeal_labour:LC-01"). Archived, not deleted, when the facts no longer give it (a petition filed)."""

    __tablename__ = "deadlines"
    __table_args__ = (
        sa.UniqueConstraint("claimant_id", "key", name="uq_deadlines_claimant_key"),
        # The organisation's lists (dashboard, reminders, calendar) read a window of dates; the daily refresh
        # looks for the few deadlines of one key whose date today has passed.
        # archived_at and done_at too: the dashboard's and the reminders' counts of open deadlines read the index
        # alone (100 ms a count over an organisation's 30,000 open deadlines when each row was looked up).
        sa.Index("ix_deadlines_org_due", "org_id", "due_on", "archived_at", "done_at"),
        sa.Index("ix_deadlines_org_key_due", "org_id", "key", "due_on"),
        # The open deadlines alone, with what is missing carried along on PostgreSQL: the dashboard's and the
        # reminders' counts (overdue, due soon, cannot be computed) read nothing else.
        sa.Index(
            "ix_deadlines_open",
            "org_id",
            "due_on",
            postgresql_include=["missing"],
            postgresql_where=sa.text("archived_at IS NULL AND done_at IS NULL"),
            sqlite_where=sa.text("archived_at IS NULL AND done_at IS NULL"),
        ),
        # The dashboard's groups (claims.services.deadlines.groups): the open deadlines of one day and key by
        # claimant, so that the first claimants of a group are read without its other rows, and whether the
        # reader follows any is answered from the index alone (SQLite takes a partial index as covering only
        # with its predicate's columns in it); on PostgreSQL the words ride along.
        sa.Index(
            "ix_deadlines_open_groups",
            "org_id",
            "due_on",
            "key",
            "claimant_id",
            "archived_at",
            "done_at",
            postgresql_include=["label"],
            postgresql_where=sa.text("archived_at IS NULL AND done_at IS NULL"),
            sqlite_where=sa.text("archived_at IS NULL AND done_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(sa.ForeignKey("claimants.id"), index=True, nullable=False)
    key: Mapped[str] = mapped_column(sa.String(80), nullable=False)
    # The computed label and, where it cannot be computed, what is missing, as claims.calc.text JSON: lists,
    # digests and feeds print them in each reader's language without recomputing.
    label: Mapped[dict] = mapped_column(sa.JSON, nullable=False, default=dict)
    missing: Mapped[dict | None] = mapped_column(sa.JSON(none_as_null=True))  # SQL NULL: nothing is missing
    due_on: Mapped[date | None] = mapped_column(sa.Date, index=True)  # None: cannot be computed yet
    unverified: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    warning: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    computed_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)
    # The date it had before its last change, when that change moved a date already shown.
    previous_due_on: Mapped[date | None] = mapped_column(sa.Date)
    changed_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    change_reason: Mapped[DeadlineChangeReason | None] = mapped_column(
        enum_column(DeadlineChangeReason, name="deadline_change_reason")
    )
    done_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    done_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    done_note: Mapped[str | None] = mapped_column(sa.String(300))

    claimant = relationship("Claimant")
    done_by = relationship("User", foreign_keys=[done_by_id])

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def safe_label(self) -> str:
        return f"deadline {self.key} of {self.claimant.pseudonym}"


class DeadlineNotice(OrgOwned, db.Model):
    """A deadline that moved, flagged to one person who follows the claimant's case until they have seen it. The
    daily digest mails the ones not yet mailed."""

    __tablename__ = "deadline_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True, nullable=False)
    deadline_id: Mapped[int] = mapped_column(sa.ForeignKey("deadlines.id"), index=True, nullable=False)
    old_due_on: Mapped[date | None] = mapped_column(sa.Date)
    new_due_on: Mapped[date | None] = mapped_column(sa.Date)
    reason: Mapped[DeadlineChangeReason] = mapped_column(
        enum_column(DeadlineChangeReason, name="deadline_notice_reason"), nullable=False
    )
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)
    seen_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    mailed_at: Mapped[datetime | None] = mapped_column(sa.DateTime)

    deadline: Mapped[Deadline] = relationship()
    user = relationship("User")


class DeadlineRefresh(OrgOwned, db.Model):
    """Work left for the next refresh: a claimant (or a case's claimants) whose facts changed, or a court closure
    day added, moved or removed (``day``, and ``court_id`` unless it closes every court). Written by a flush hook
    in claims.services.deadlines, consumed by refresh."""

    __tablename__ = "deadline_refreshes"

    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int | None] = mapped_column(sa.Integer)
    case_id: Mapped[int | None] = mapped_column(sa.Integer)
    reason: Mapped[DeadlineChangeReason] = mapped_column(
        enum_column(DeadlineChangeReason, name="deadline_refresh_reason"), nullable=False
    )
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)
    day: Mapped[date | None] = mapped_column(sa.Date)
    court_id: Mapped[int | None] = mapped_column(sa.Integer)


class DeadlineCount(db.Model):
    """How many open deadlines (in force, not done) an organisation has on each day, and how many cannot be computed
    for want of a fact: what the dashboard and the reminders page count, read as a few hundred small rows where
    counting the deadlines themselves read tens of thousands. Days, not "overdue" or "due soon": those depend on
    today, a sum over a range of these rows does not go stale overnight.

    Kept by claims.services.deadlines.counts in the same transaction as every write of a deadline (the refresh's,
    done, reopened, archived), so it cannot drift from the rows; rebuilt from them by an organisation-wide refresh
    and by ``flask deadlines recount``."""

    __tablename__ = "deadline_counts"
    # On SQLite the rows are stored in key order (no rowid table beside the key's index): a page's sum over an
    # organisation's days reads them in one pass, not each row again through its rowid.
    __table_args__ = {"sqlite_with_rowid": False}

    org_id: Mapped[int] = mapped_column(sa.ForeignKey("organisations.id"), primary_key=True)
    # "day" (due on ``due_on``) or "cannot_compute" (no date for want of a fact; ``due_on`` is UNDATED then: part
    # of the key, which a NULL cannot be).
    bucket: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    due_on: Mapped[date] = mapped_column(sa.Date, primary_key=True)
    open: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)


class DeadlineGroup(db.Model):
    """How many open dated deadlines an organisation has of one deadline, on one day, in the same words: the
    dashboard's groups ("appeal in LC-12, 25 May: 148 claimants"), read as a few hundred rows where grouping the
    deadlines read hundreds of thousands (270 ms on SQLite for an organisation whose group cases were judged the
    same weeks). The words are keyed by a digest of their canonical JSON (claims.services.deadlines.counts
    .label_digest): the same words however a database spaced or ordered them.

    Kept like DeadlineCount, in the same transaction as every write of a deadline, and rebuilt with it."""

    __tablename__ = "deadline_groups"
    __table_args__ = {"sqlite_with_rowid": False}

    org_id: Mapped[int] = mapped_column(sa.ForeignKey("organisations.id"), primary_key=True)
    due_on: Mapped[date] = mapped_column(sa.Date, primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    label_digest: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    open: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=0)


class DeadlineRuleState(db.Model):
    """The rule files' fingerprint the organisation's deadlines were last computed under (a different one at the
    next refresh recomputes every claimant and flags what the new rules moved), and when."""

    __tablename__ = "deadline_rule_states"

    org_id: Mapped[int] = mapped_column(sa.ForeignKey("organisations.id"), primary_key=True)
    rules_fingerprint: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    refreshed_at: Mapped[datetime] = mapped_column(sa.DateTime, nullable=False, default=utcnow)
    # The day ("today") the last organisation-wide refresh computed for: the next day's refresh looks only at
    # the deadlines that day can change (claims.services.deadlines.plan). None: not known yet (before it was kept).
    computed_on: Mapped[date | None] = mapped_column(sa.Date)
