"""uncollected on live cases: an award of an archived case is not counted as uncollected (its stored mark says so)

Revision ID: 9f3a5d7b2c41
Revises: 4b8e2c6a1f07
Create Date: 2026-12-06 19:30:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '9f3a5d7b2c41'
down_revision = '4b8e2c6a1f07'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        "UPDATE outcomes SET uncollected = false WHERE uncollected = true AND case_id IN "
        "(SELECT id FROM cases WHERE archived_at IS NOT NULL)"
    )


def downgrade():
    # The mark as it was before: the amount against what was received, whatever the case's state.
    op.execute(
        "UPDATE outcomes SET uncollected = true WHERE uncollected = false AND amount IS NOT NULL "
        "AND amount > received AND case_id IN (SELECT id FROM cases WHERE archived_at IS NOT NULL)"
    )
