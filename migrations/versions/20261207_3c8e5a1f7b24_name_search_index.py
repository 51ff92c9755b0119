"""the claimant list's name search from an index: both folded names in each of the two indexes the search's
equalities (organisation, live) choose between, ix_claimants_search_legal_name and ix_claimants_org_lower_pseudonym,
so that a term anywhere in either name is looked for in the index (SQLite takes an indexed expression's value from
it) instead of in every live claimant's row (bench/bench_pages.py at 100,000 claimants on SQLite: the search's
count from about 90 to 8 ms of CPU)

Revision ID: 3c8e5a1f7b24
Revises: a7c3e9d15b42
Create Date: 2026-12-07 04:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3c8e5a1f7b24'
down_revision = 'a7c3e9d15b42'
branch_labels = None
depends_on = None

LEGAL = sa.text('lower(legal_name)')
PSEUDONYM = sa.text('lower(pseudonym)')
# (index, its keys before, its keys after)
INDEXES = (
    ('ix_claimants_search_legal_name', ['org_id', 'archived_at', LEGAL], ['org_id', 'archived_at', LEGAL, PSEUDONYM]),
    ('ix_claimants_org_lower_pseudonym', ['org_id', 'archived_at', PSEUDONYM], ['org_id', 'archived_at', PSEUDONYM, LEGAL]),
)


# Plain DROP and CREATE INDEX (not batch mode): SQLite changes an index without copying the table.
def upgrade():
    for name, _before, after in INDEXES:
        op.drop_index(name, table_name='claimants')
        op.create_index(name, 'claimants', after, unique=False)


def downgrade():
    for name, before, _after in reversed(INDEXES):
        op.drop_index(name, table_name='claimants')
        op.create_index(name, 'claimants', before, unique=False)
