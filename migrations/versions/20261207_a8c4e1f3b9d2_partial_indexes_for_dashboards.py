"""partial indexes for the dashboard's and the reminders' organisation-wide counts: uncollected awards, open
deadlines, open tasks, hearings still scheduled, archived cases

Revision ID: a8c4e1f3b9d2
Revises: f4b2d8e6a1c3
Create Date: 2026-12-07 06:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a8c4e1f3b9d2'
down_revision = 'f4b2d8e6a1c3'
branch_labels = None
depends_on = None

# (name, table, columns, PostgreSQL's included columns, the predicate on PostgreSQL, the predicate on SQLite)
INDEXES = [
    (
        'ix_outcomes_uncollected_recent', 'outcomes', ['org_id', 'decided_on', 'id'], ['currency', 'amount', 'received'],
        'uncollected IS true AND archived_at IS NULL', 'uncollected IS 1 AND archived_at IS NULL',
    ),
    (
        'ix_deadlines_open', 'deadlines', ['org_id', 'due_on'], ['missing'],
        'archived_at IS NULL AND done_at IS NULL', 'archived_at IS NULL AND done_at IS NULL',
    ),
    (
        'ix_timeline_entries_open_tasks', 'timeline_entries', ['org_id', 'due_on'], [],
        "kind = 'task' AND done_at IS NULL AND archived_at IS NULL",
        "kind = 'task' AND done_at IS NULL AND archived_at IS NULL",
    ),
    (
        'ix_hearings_unrecorded', 'hearings', ['org_id', 'starts_at'], [],
        "status = 'scheduled' AND archived_at IS NULL", "status = 'scheduled' AND archived_at IS NULL",
    ),
    ('ix_cases_archived', 'cases', ['id'], [], 'archived_at IS NOT NULL', 'archived_at IS NOT NULL'),
]


def upgrade():
    # Plain CREATE INDEX (not batch mode): SQLite adds an index without copying the table, and these tables hold
    # expression indexes that a batch copy would reflect with a warning.
    for name, table, columns, include, pg_where, sqlite_where in INDEXES:
        op.create_index(
            name,
            table,
            columns,
            unique=False,
            postgresql_include=include or None,
            postgresql_where=sa.text(pg_where),
            sqlite_where=sa.text(sqlite_where),
        )


def downgrade():
    for name, table, *_ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
