"""indexes for the case list's default order (newest filing first, cases not yet filed last), read backwards
instead of sorting every live case of the organisation, and for the calendar's week of hearings, numbered and
counted from the index alone

Revision ID: b3f7a2c9e41d
Revises: c0a7d5e1f2b3
Create Date: 2026-12-07 04:00:00

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "b3f7a2c9e41d"
down_revision = "c0a7d5e1f2b3"
branch_labels = None
depends_on = None


def upgrade():
    # Plain CREATE INDEX (not batch mode): SQLite adds an index without copying the table. On PostgreSQL
    # "filed_on NULLS FIRST" read backwards is the list's "filed_on DESC NULLS LAST"; SQLite puts NULL first anyway.
    live = sa.text("archived_at IS NULL")
    op.create_index(
        "ix_cases_live_filed",
        "cases",
        ["org_id", "filed_on", "reference", "id"],
        unique=False,
        postgresql_ops={"filed_on": "NULLS FIRST"},
        postgresql_where=live,
        sqlite_where=live,
    )


    # Plain CREATE INDEX on hearings too: a batch copy of hearings reflects the cases' expression indexes, which
    # SQLite cannot (d39a4ea).
    op.create_index(
        "ix_hearings_live_org_starts",
        "hearings",
        ["org_id", "starts_at", "case_id", "court_id"],
        unique=False,
        postgresql_include=["id"],
        postgresql_where=live,
        sqlite_where=live,
    )


def downgrade():
    op.drop_index("ix_hearings_live_org_starts", table_name="hearings")
    op.drop_index("ix_cases_live_filed", table_name="cases")
