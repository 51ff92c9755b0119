"""the open dated deadlines of each organisation counted by day, deadline and words, kept with every write of a
deadline, for the dashboard's groups; filled here from the deadlines

Revision ID: a4d6f0b2c9e1
Revises: e2a9c5d8f1b6
Create Date: 2026-12-08 08:40:00

"""
import hashlib
import json

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a4d6f0b2c9e1'
down_revision = 'e2a9c5d8f1b6'
branch_labels = None
depends_on = None


def _digest(text):
    # As claims.services.deadlines.counts.label_digest, written out here so that the migration does not change
    # with the app: the canonical JSON of the words (keys sorted, no spaces), digested.
    canonical = json.dumps(json.loads(text or '{}'), sort_keys=True, separators=(',', ':'), ensure_ascii=False)
    return hashlib.blake2b(canonical.encode(), digest_size=16).hexdigest()


def upgrade():
    groups = op.create_table(
        'deadline_groups',
        sa.Column('org_id', sa.Integer(), sa.ForeignKey('organisations.id'), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('key', sa.String(length=80), nullable=False),
        sa.Column('label_digest', sa.String(length=32), nullable=False),
        sa.Column('open', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('org_id', 'due_on', 'key', 'label_digest', name='pk_deadline_groups'),
        # SQLite: stored in key order, so that a window of an organisation's days reads them in one pass.
        sqlite_with_rowid=False,
    )
    # Filled from the deadlines already stored, so that the dashboard shows its groups from the first request:
    # grouped by the words' text in SQL (a few hundred groups an organisation), digested here.
    found = {}
    query = sa.text(
        "SELECT org_id, due_on, \"key\", CAST(label AS TEXT) AS label_text, count(*) AS n FROM deadlines "
        "WHERE archived_at IS NULL AND done_at IS NULL AND due_on IS NOT NULL "
        "GROUP BY org_id, due_on, \"key\", CAST(label AS TEXT)"
    ).columns(
        # Typed, so that SQLite's text of the day comes back a date, as PostgreSQL's does.
        sa.column('org_id', sa.Integer),
        sa.column('due_on', sa.Date),
        sa.column('key', sa.String),
        sa.column('label_text', sa.Text),
        sa.column('n', sa.Integer),
    )
    for org_id, due_on, key, text, count in op.get_bind().execute(query):
        place = (org_id, due_on, key, _digest(text))
        found[place] = found.get(place, 0) + count
    rows = [
        {'org_id': o, 'due_on': d, 'key': k, 'label_digest': g, 'open': n} for (o, d, k, g), n in sorted(found.items())
    ]
    for start in range(0, len(rows), 5000):
        op.bulk_insert(groups, rows[start : start + 5000])


def downgrade():
    op.drop_table('deadline_groups')
