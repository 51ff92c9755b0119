"""calculation summaries: each calculation's result without its lines, for group tables and offers

Revision ID: 4b8e2c6a1f07
Revises: d5e1a7c3b9f2
Create Date: 2026-12-06 19:00:00

"""
import warnings

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4b8e2c6a1f07'
down_revision = 'd5e1a7c3b9f2'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('calculations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('summary', sa.JSON(), nullable=True))
    # The stored results summarised by the database itself: the same keys claims.models.calculation.summarise keeps.
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("UPDATE calculations SET summary = (result::jsonb - 'lines')::json WHERE json_typeof(result) = 'object'")
    else:
        op.execute("UPDATE calculations SET summary = json_remove(result, '$.lines') WHERE json_type(result) = 'object'")


def downgrade():
    # SQLite copies the table to drop a column, reflecting the claimants' table it refers to, whose expression index
    # (lower(pseudonym)) SQLAlchemy cannot reflect and need not: the copy does not touch it.
    with warnings.catch_warnings():
        warnings.filterwarnings('ignore', message='Skipped unsupported reflection of expression-based index')
        with op.batch_alter_table('calculations', schema=None) as batch_op:
            batch_op.drop_column('summary')
