"""court owners: a court is on the shared list (no organisation) or an organisation's own; audit entries of
shared reference data are shown to every organisation

Revision ID: 7c1d0e5a9b3f
Revises: 5b7e0c2d9a41
Create Date: 2026-12-06 13:40:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7c1d0e5a9b3f'
down_revision = '5b7e0c2d9a41'
branch_labels = None
depends_on = None


def upgrade():
    # Every court already recorded stays on the shared list: until now every organisation could see and use it.
    with op.batch_alter_table('courts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('org_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_courts_org_id'), ['org_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_courts_org_id_organisations'), 'organisations', ['org_id'], ['id'])

    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shared', sa.Boolean(), server_default=sa.false(), nullable=False))

    # The court changes audited before now were changes to the shared list.
    op.execute("UPDATE audit_entries SET shared = true WHERE entity_type = 'courts'")


def downgrade():
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_column('shared')

    with op.batch_alter_table('courts', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_courts_org_id_organisations'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_courts_org_id'))
        batch_op.drop_column('org_id')
