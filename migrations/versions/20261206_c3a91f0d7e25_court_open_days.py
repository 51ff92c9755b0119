"""court open days: a listed holiday on which the courts sat (issue 17)

Revision ID: c3a91f0d7e25
Revises: 9f3a5d7b2c41
Create Date: 2026-12-06 19:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c3a91f0d7e25'
down_revision = '9f3a5d7b2c41'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('court_open_days',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('archived_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['archived_by_id'], ['users.id'], name=op.f('fk_court_open_days_archived_by_id_users')),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f('fk_court_open_days_org_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_court_open_days'))
    )
    with op.batch_alter_table('court_open_days', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_court_open_days_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_court_open_days_org_id'), ['org_id'], unique=False)


def downgrade():
    with op.batch_alter_table('court_open_days', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_court_open_days_org_id'))
        batch_op.drop_index(batch_op.f('ix_court_open_days_day'))
    op.drop_table('court_open_days')
