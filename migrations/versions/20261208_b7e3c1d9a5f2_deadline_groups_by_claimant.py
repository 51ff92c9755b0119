"""the index of open deadlines by day and key gets the claimant after them: the dashboard reads a group's first
claimants, and whether the reader follows any of them, from it, instead of every row of the group

Revision ID: b7e3c1d9a5f2
Revises: a4d6f0b2c9e1
Create Date: 2026-12-08 09:00:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "b7e3c1d9a5f2"
down_revision = "a4d6f0b2c9e1"
branch_labels = None
depends_on = None

OPEN = "archived_at IS NULL AND done_at IS NULL"


def _create(columns):
    # Plain CREATE INDEX (not batch mode), as in d22dbff52c6e: SQLite adds an index without copying the table.
    op.create_index(
        "ix_deadlines_open_groups",
        "deadlines",
        columns,
        unique=False,
        postgresql_include=["label"],
        postgresql_where=sa.text(OPEN),
        sqlite_where=sa.text(OPEN),
    )


def upgrade():
    op.drop_index("ix_deadlines_open_groups", table_name="deadlines")
    # The predicate's columns too: SQLite takes a partial index as covering only when it holds them.
    _create(["org_id", "due_on", "key", "claimant_id", "archived_at", "done_at"])


def downgrade():
    op.drop_index("ix_deadlines_open_groups", table_name="deadlines")
    _create(["org_id", "due_on", "key"])
