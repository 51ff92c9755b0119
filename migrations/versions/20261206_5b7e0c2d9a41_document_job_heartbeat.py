"""document job heartbeat: a group run's lease (heartbeat_at) and how often a queued run was sent again

Revision ID: 5b7e0c2d9a41
Revises: 6581d75f177c
Create Date: 2026-12-06 13:10:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5b7e0c2d9a41'
down_revision = '6581d75f177c'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('document_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('heartbeat_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('resends', sa.Integer(), server_default='0', nullable=False))


def downgrade():
    with op.batch_alter_table('document_jobs', schema=None) as batch_op:
        batch_op.drop_column('resends')
        batch_op.drop_column('heartbeat_at')
