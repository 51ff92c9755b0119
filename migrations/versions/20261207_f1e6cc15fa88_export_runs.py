"""export runs: an export too long for one request made on the task queue, its file kept in chunks until it
expires

Revision ID: f1e6cc15fa88
Revises: df2dafd4bd83
Create Date: 2026-12-07 00:40:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f1e6cc15fa88'
down_revision = 'df2dafd4bd83'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('export_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('format', sa.String(length=10), nullable=False),
    sa.Column('redacted', sa.Boolean(), nullable=False),
    sa.Column('filters', sa.JSON(), nullable=False),
    sa.Column('locale', sa.String(length=10), nullable=False),
    sa.Column('status', sa.Enum('queued', 'running', 'done', 'failed', 'expired', name='export_status', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('done', sa.Integer(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('filename', sa.String(length=200), nullable=True),
    sa.Column('size', sa.BigInteger(), nullable=True),
    sa.Column('heartbeat_at', sa.DateTime(), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('expires_at', sa.DateTime(), nullable=True),
    sa.Column('downloads', sa.Integer(), server_default='0', nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('archived_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['archived_by_id'], ['users.id'], name=op.f('fk_export_runs_archived_by_id_users')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_export_runs_created_by_id_users')),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f('fk_export_runs_org_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_runs'))
    )
    with op.batch_alter_table('export_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_runs_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_export_runs_expires_at'), ['expires_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_export_runs_org_id'), ['org_id'], unique=False)

    op.create_table('export_chunks',
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['export_runs.id'], name=op.f('fk_export_chunks_run_id_export_runs')),
    sa.PrimaryKeyConstraint('run_id', 'seq', name=op.f('pk_export_chunks'))
    )


def downgrade():
    op.drop_table('export_chunks')
    with op.batch_alter_table('export_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_runs_org_id'))
        batch_op.drop_index(batch_op.f('ix_export_runs_expires_at'))
        batch_op.drop_index(batch_op.f('ix_export_runs_created_by_id'))
    op.drop_table('export_runs')
