"""an index for the dashboard's groups of open deadlines: the open deadlines of an organisation by day and key,
with their words (PostgreSQL carries the label along, so the GROUP BY reads the index alone)

Revision ID: d22dbff52c6e
Revises: e8c5f81372a1
Create Date: 2026-12-07 01:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd22dbff52c6e'
down_revision = 'e8c5f81372a1'
branch_labels = None
depends_on = None


def upgrade():
    # Plain CREATE INDEX (not batch mode), as in a8c4e1f3b9d2: SQLite adds an index without copying the table.
    op.create_index(
        'ix_deadlines_open_groups',
        'deadlines',
        ['org_id', 'due_on', 'key'],
        unique=False,
        postgresql_include=['label'],
        postgresql_where=sa.text('archived_at IS NULL AND done_at IS NULL'),
        sqlite_where=sa.text('archived_at IS NULL AND done_at IS NULL'),
    )


def downgrade():
    op.drop_index('ix_deadlines_open_groups', table_name='deadlines')
