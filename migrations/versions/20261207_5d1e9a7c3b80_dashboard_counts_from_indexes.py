"""the dashboard's organisation-wide counts from indexes alone: hearings still scheduled and open tasks carry their
case (and claimant) so that archived ones are left out by an anti-join, and the hearings held but never recorded
get an index of their own (their outcome was tested on every row)

Revision ID: 5d1e9a7c3b80
Revises: b3f7a2c9e41d
Create Date: 2026-12-07 05:00:00

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "5d1e9a7c3b80"
down_revision = "b3f7a2c9e41d"
branch_labels = None
depends_on = None

SCHEDULED = "status = 'scheduled' AND archived_at IS NULL"
# Written as hearings._unrecorded renders it, so that both databases see the query implies it.
UNRECORDED_OPEN = "status = 'scheduled' AND archived_at IS NULL AND coalesce(trim(outcome), '') = ''"
OPEN_TASKS = "kind = 'task' AND done_at IS NULL AND archived_at IS NULL"


def _index(name, table, columns, where, include=None):
    # Plain CREATE INDEX (not batch mode): SQLite adds an index without copying the table.
    op.create_index(
        name,
        table,
        columns,
        unique=False,
        postgresql_include=include,
        postgresql_where=sa.text(where),
        sqlite_where=sa.text(where),
    )


def upgrade():
    op.drop_index("ix_hearings_unrecorded", table_name="hearings")
    _index("ix_hearings_unrecorded", "hearings", ["org_id", "starts_at", "id", "case_id"], SCHEDULED)
    _index(
        "ix_hearings_unrecorded_open", "hearings", ["org_id", "starts_at", "id", "case_id"], UNRECORDED_OPEN
    )
    op.drop_index("ix_timeline_entries_open_tasks", table_name="timeline_entries")
    _index(
        "ix_timeline_entries_open_tasks",
        "timeline_entries",
        ["org_id", "due_on", "case_id", "claimant_id"],
        OPEN_TASKS,
    )


def downgrade():
    op.drop_index("ix_timeline_entries_open_tasks", table_name="timeline_entries")
    _index("ix_timeline_entries_open_tasks", "timeline_entries", ["org_id", "due_on"], OPEN_TASKS)
    op.drop_index("ix_hearings_unrecorded_open", table_name="hearings")
    op.drop_index("ix_hearings_unrecorded", table_name="hearings")
    _index("ix_hearings_unrecorded", "hearings", ["org_id", "starts_at"], SCHEDULED)
