"""partial indexes that hold the columns a query names: SQLite takes a partial index as covering only when it holds
every column a query names (its predicate's too), and without them it preferred the wide indexes, reading a row per
hearing or task (at national scale the dashboard's task count read 45,000 tasks' rows, done ones included, for 2,300
open ones). The unrecorded hearings and open tasks get their predicate's columns (the open tasks their id after the
due date too), the claimants awaiting their date of return the columns their count names; a person's open tasks
and a respondent's live cases get indexes of their own

Revision ID: e2a9c5d8f1b6
Revises: c4e8a1d7f209
Create Date: 2026-12-07 06:00:00

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "e2a9c5d8f1b6"
down_revision = "c4e8a1d7f209"
branch_labels = None
depends_on = None

SCHEDULED = "status = 'scheduled' AND archived_at IS NULL"
UNRECORDED_OPEN = "status = 'scheduled' AND archived_at IS NULL AND coalesce(trim(outcome), '') = ''"
OPEN_TASKS = "kind = 'task' AND done_at IS NULL AND archived_at IS NULL"
AWAITING_RETURN = "planned_return_on IS NOT NULL AND returned_home_on IS NULL"
LIVE = "archived_at IS NULL"

INDEXES = {
    # name: (table, predicate, columns before, columns after)
    "ix_hearings_unrecorded": (
        "hearings",
        SCHEDULED,
        ["org_id", "starts_at", "id", "case_id"],
        ["org_id", "starts_at", "id", "case_id", "status", "archived_at"],
    ),
    "ix_hearings_unrecorded_open": (
        "hearings",
        UNRECORDED_OPEN,
        ["org_id", "starts_at", "id", "case_id"],
        ["org_id", "starts_at", "id", "case_id", "status", "archived_at", "outcome"],
    ),
    "ix_timeline_entries_open_tasks": (
        "timeline_entries",
        OPEN_TASKS,
        ["org_id", "due_on", "case_id", "claimant_id"],
        ["org_id", "due_on", "id", "case_id", "claimant_id", "kind", "done_at", "archived_at"],
    ),
    "ix_claimants_awaiting_return": (
        "claimants",
        AWAITING_RETURN,
        ["org_id", "planned_return_on"],
        ["org_id", "planned_return_on", "archived_at", "returned_home_on"],
    ),
}


def _create(name: str, table: str, where: str, columns: list[str]) -> None:
    # Plain CREATE INDEX (not batch mode): SQLite adds an index without copying the table.
    op.create_index(
        name, table, columns, unique=False, postgresql_where=sa.text(where), sqlite_where=sa.text(where)
    )


def _rebuild(name: str, table: str, where: str, columns: list[str]) -> None:
    op.drop_index(name, table_name=table)
    _create(name, table, where, columns)


def upgrade():
    for name, (table, where, _, after) in INDEXES.items():
        _rebuild(name, table, where, after)
    # A person's open tasks in due order (assigned.due_soon): walked up to the page, not sorted.
    _create(
        "ix_timeline_entries_open_assigned", "timeline_entries", OPEN_TASKS, ["assignee_id", "due_on", "id"]
    )
    # A respondent's live cases counted from the index alone (the respondents list).
    _create("ix_case_respondents_live", "case_respondents", LIVE, ["respondent_id", "case_id", "archived_at"])


def downgrade():
    op.drop_index("ix_case_respondents_live", table_name="case_respondents")
    op.drop_index("ix_timeline_entries_open_assigned", table_name="timeline_entries")
    for name, (table, where, before, _) in INDEXES.items():
        _rebuild(name, table, where, before)
