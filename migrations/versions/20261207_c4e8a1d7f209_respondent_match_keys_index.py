"""a partial, covering index of the respondents' match keys: the adverse-party check on every claimant page (is
this person named like a respondent?) reads only respondents' keys, not every claimant's key of the organisation

Revision ID: c4e8a1d7f209
Revises: 5d1e9a7c3b80
Create Date: 2026-12-07 04:40:00

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "c4e8a1d7f209"
down_revision = "5d1e9a7c3b80"
branch_labels = None
depends_on = None


def upgrade():
    # Plain CREATE INDEX: SQLite adds an index without copying the table.
    respondents_only = sa.text("respondent_id IS NOT NULL")
    op.create_index(
        "ix_match_keys_respondent_keys",
        "match_keys",
        ["org_id", "key", "respondent_id"],
        unique=False,
        postgresql_where=respondents_only,
        sqlite_where=respondents_only,
    )


def downgrade():
    op.drop_index("ix_match_keys_respondent_keys", table_name="match_keys")
