"""the open deadlines of each organisation counted by day (and those that cannot be computed), kept with every
write of a deadline, for the dashboard's and the reminders' counts; filled here from the deadlines

Revision ID: c0a7d5e1f2b3
Revises: 3c8e5a1f7b24
Create Date: 2026-12-07 03:40:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c0a7d5e1f2b3'
down_revision = '3c8e5a1f7b24'
branch_labels = None
depends_on = None

# As claims.services.deadlines.counts: the bucket names, the undated key's day and the no-time-limit mark, written
# out here so that the migration does not change with the app.
NO_TIME_LIMIT_KEY = 'deadline.no_time_limit'


def upgrade():
    op.create_table(
        'deadline_counts',
        sa.Column('org_id', sa.Integer(), sa.ForeignKey('organisations.id'), nullable=False),
        sa.Column('bucket', sa.String(length=16), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('open', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('org_id', 'bucket', 'due_on', name='pk_deadline_counts'),
        # SQLite: stored in key order, so that summing an organisation's days reads them in one pass.
        sqlite_with_rowid=False,
    )
    # Filled from the deadlines already stored, so that the pages count right from the first request.
    op.execute(
        "INSERT INTO deadline_counts (org_id, bucket, due_on, open) "
        "SELECT org_id, 'day', due_on, count(*) FROM deadlines "
        "WHERE archived_at IS NULL AND done_at IS NULL AND due_on IS NOT NULL GROUP BY org_id, due_on"
    )
    op.execute(
        "INSERT INTO deadline_counts (org_id, bucket, due_on, open) "
        "SELECT org_id, 'cannot_compute', '1900-01-01', count(*) FROM deadlines "
        "WHERE archived_at IS NULL AND done_at IS NULL AND due_on IS NULL AND missing IS NOT NULL "
        f"AND CAST(missing AS TEXT) NOT LIKE '%{NO_TIME_LIMIT_KEY}%' GROUP BY org_id"
    )


def downgrade():
    op.drop_table('deadline_counts')
