"""the intake check's name keys of the people whose names are written in Burmese, Khmer or Lao script: computed
again now that claims.names reads those scripts (claims.transliteration); before, their letters gave no key, so
such a name was never offered as a likely match

Revision ID: 7b2e9d4c1a06
Revises: 5e0c3a7d91b4
Create Date: 2026-12-07 01:10:00

"""
import re

import sqlalchemy as sa
from alembic import op

# The same keys the app writes at every flush (claims.models.matchkey): the rows written here are the rows the app
# would write for these names today.
from claims.models.matchkey import DOCUMENT_PREFIX, name_rows

# revision identifiers, used by Alembic.
revision = '7b2e9d4c1a06'
down_revision = '5e0c3a7d91b4'
branch_labels = None
depends_on = None

BATCH = 2000
SCRIPTS = re.compile('[\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff]')


def _rekey(name_of):
    """Every claimant's and respondent's name with a letter of these scripts: its name keys replaced by those of
    ``name_of(name)``. Names elsewhere keep theirs (their keys do not change)."""
    bind = op.get_bind()
    keys = sa.table('match_keys', sa.column('org_id'), sa.column('claimant_id'), sa.column('respondent_id'),
                    sa.column('key'))
    for table_name, column, owner in (('claimants', 'legal_name', 'claimant_id'), ('respondents', 'name', 'respondent_id')):
        people = sa.table(table_name, sa.column('id'), sa.column('org_id'), sa.column(column))
        found = [
            (pid, org_id, name)
            for pid, org_id, name in bind.execute(sa.select(people.c.id, people.c.org_id, people.c[column]))
            if name and SCRIPTS.search(name)
        ]
        for start in range(0, len(found), BATCH):
            chunk = found[start:start + BATCH]
            ids = [pid for pid, _, _ in chunk]
            drop = keys.delete().where(keys.c[owner].in_(ids))
            if owner == 'claimant_id':
                drop = drop.where(~keys.c.key.startswith(DOCUMENT_PREFIX))  # the documents' keys stay
            bind.execute(drop)
            rows = [row for pid, org_id, name in chunk for row in name_rows(org_id, name_of(name), **{owner: pid})]
            if rows:
                bind.execute(keys.insert(), rows)


def upgrade():
    _rekey(lambda name: name)


def downgrade():
    # The keys the code before this revision gave: the letters of these scripts gave none.
    _rekey(lambda name: SCRIPTS.sub(' ', name))
