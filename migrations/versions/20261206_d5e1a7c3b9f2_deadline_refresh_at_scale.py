"""deadline refresh at scale: the day a closure note concerns, the day the organisation's deadlines were last
computed for, and the indexes of the organisation's deadline lists and of the daily refresh

Revision ID: d5e1a7c3b9f2
Revises: 8d4b2e6f1a93
Create Date: 2026-12-06 16:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd5e1a7c3b9f2'
down_revision = '8d4b2e6f1a93'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('deadline_refreshes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('day', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('court_id', sa.Integer(), nullable=True))
    with op.batch_alter_table('deadline_rule_states', schema=None) as batch_op:
        batch_op.add_column(sa.Column('computed_on', sa.Date(), nullable=True))
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.create_index('ix_deadlines_org_due', ['org_id', 'due_on', 'archived_at', 'done_at'], unique=False)
        batch_op.create_index('ix_deadlines_org_key_due', ['org_id', 'key', 'due_on'], unique=False)


def downgrade():
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.drop_index('ix_deadlines_org_key_due')
        batch_op.drop_index('ix_deadlines_org_due')
    with op.batch_alter_table('deadline_rule_states', schema=None) as batch_op:
        batch_op.drop_column('computed_on')
    with op.batch_alter_table('deadline_refreshes', schema=None) as batch_op:
        batch_op.drop_column('court_id')
        batch_op.drop_column('day')
