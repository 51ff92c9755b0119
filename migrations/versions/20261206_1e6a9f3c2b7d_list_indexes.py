"""indexes for the lists at national scale: hearing windows, a lawyer's cases, open tasks by due date, claimants by
pseudonym and province (from the plans of bench/bench_pages.py on 100,000 claimants)

Revision ID: 1e6a9f3c2b7d
Revises: 7c1d0e5a9b3f
Create Date: 2026-12-06 16:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1e6a9f3c2b7d'
down_revision = '7c1d0e5a9b3f'
branch_labels = None
depends_on = None

INDEXES = (
    ('ix_hearings_org_starts_at', 'hearings', ['org_id', 'starts_at']),
    ('ix_hearings_org_status_starts_at', 'hearings', ['org_id', 'status', 'starts_at']),
    ('ix_cases_org_lawyer', 'cases', ['org_id', 'lawyer_id', 'archived_at']),
    ('ix_cases_org_paralegal', 'cases', ['org_id', 'paralegal_id', 'archived_at']),
    ('ix_cases_org_filed_on', 'cases', ['org_id', 'archived_at', 'filed_on']),
    ('ix_cases_org_stage_kind', 'cases', ['org_id', 'archived_at', 'stage', 'kind']),
    ('ix_timeline_entries_org_kind_due_on', 'timeline_entries', ['org_id', 'kind', 'due_on']),
    ('ix_claimants_org_lower_pseudonym', 'claimants', ['org_id', 'archived_at', sa.text('lower(pseudonym)')]),
    ('ix_claimants_org_home_province', 'claimants', ['org_id', 'home_province', 'archived_at', 'protection_order']),
)


def upgrade():
    # Plain CREATE INDEX (no batch): adding an index needs no table rebuild on SQLite either.
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade():
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
