"""imports: spreadsheet imports recorded, and a claimant's external id (the key a re-import finds them by)

Revision ID: b3f8e2a41c07
Revises: c3a91f0d7e25
Create Date: 2026-12-06 18:40:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b3f8e2a41c07'
down_revision = 'c3a91f0d7e25'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('import_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('previewed', 'queued', 'running', 'committed', 'failed', 'cancelled', name='import_status', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('problem_count', sa.Integer(), nullable=False),
    sa.Column('pending', sa.JSON(), nullable=True),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('done', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('heartbeat_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('archived_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['archived_by_id'], ['users.id'], name=op.f('fk_import_runs_archived_by_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_import_runs_case_id_cases')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_import_runs_created_by_id_users')),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f('fk_import_runs_org_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_runs'))
    )
    with op.batch_alter_table('import_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_runs_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_import_runs_org_id'), ['org_id'], unique=False)

    # A plain ADD COLUMN and a unique index: no rebuild of the claimants' table (whose lower(pseudonym) index
    # SQLite's batch mode cannot reflect).
    op.add_column('claimants', sa.Column('external_id', sa.String(length=80), nullable=True))
    op.create_index('uq_claimants_org_external_id', 'claimants', ['org_id', 'external_id'], unique=True)


def downgrade():
    op.drop_index('uq_claimants_org_external_id', table_name='claimants')
    # SQLite 3.35 and later drop a column in place; the index on it went first.
    op.drop_column('claimants', 'external_id')
    with op.batch_alter_table('import_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_runs_org_id'))
        batch_op.drop_index(batch_op.f('ix_import_runs_case_id'))
    op.drop_table('import_runs')
