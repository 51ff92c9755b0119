"""audit report exports: "export" joins the audit trail's actions (who downloaded which report, when)

Revision ID: e4b7c2a9d1f5
Revises: b3d9e2f4a6c1
Create Date: 2026-12-06 19:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e4b7c2a9d1f5'
down_revision = 'b3d9e2f4a6c1'
branch_labels = None
depends_on = None

OLD = ('create', 'update', 'archive', 'restore', 'login', 'login_failed')
NEW = (*OLD, 'export')


def _action(values):
    return sa.Enum(*values, name='audit_action', native_enum=False, create_constraint=True, length=40)


def upgrade():
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.alter_column('action', existing_type=_action(OLD), type_=_action(NEW), existing_nullable=False)


def downgrade():
    # Exports are a record of who took the figures: kept as "create" entries of a report rather than lost.
    op.execute("UPDATE audit_entries SET action = 'create' WHERE action = 'export'")
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.alter_column('action', existing_type=_action(NEW), type_=_action(OLD), existing_nullable=False)
