"""tasks the app sets keep their words as a key and parameters (claims.wording), shown in each reader's language;
the follow-up visits' tasks already stored are recognised, in English or in Thai, and given their key

Revision ID: b7e3a9c41d05
Revises: d22dbff52c6e
Create Date: 2026-12-07 04:00:00

"""
import re

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b7e3a9c41d05'
down_revision = 'd22dbff52c6e'
branch_labels = None
depends_on = None

# The words claims.services.reintegration wrote, in the two languages of the catalogue at this revision. A task is
# given a key only when it is a follow-up visit's task and the words name that visit's claimant: anything a person
# typed or changed stays as they wrote it.
_PATTERNS = [
    (re.compile(r'Follow-up visit to (?P<code>.+), (?P<n>\d+) months after the return'), 'visit.follow_up.months'),
    (re.compile(r'เยี่ยมติดตาม (?P<code>.+) เมื่อครบ (?P<n>\d+) เดือนหลังเดินทางกลับ'), 'visit.follow_up.months'),
    (re.compile(r'Follow-up visit to (?P<code>.+)'), 'visit.follow_up'),
    (re.compile(r'เยี่ยมติดตาม (?P<code>.+)'), 'visit.follow_up'),
]


def _recognised(body, pseudonym):
    for pattern, key in _PATTERNS:
        found = pattern.fullmatch((body or '').strip())
        if found is not None and found.group('code') == pseudonym:
            params = {'code': pseudonym}
            if 'n' in found.groupdict():
                params['n'] = int(found.group('n'))
            return key, params
    return None


def upgrade():
    # Plain ADD COLUMN (no batch mode): SQLite adds a nullable column without copying the table.
    op.add_column('timeline_entries', sa.Column('body_key', sa.String(length=60), nullable=True))
    op.add_column('timeline_entries', sa.Column('body_params', sa.JSON(), nullable=True))
    entries = sa.table(
        'timeline_entries',
        sa.column('id', sa.Integer),
        sa.column('body', sa.Text),
        sa.column('claimant_id', sa.Integer),
        sa.column('body_key', sa.String),
        sa.column('body_params', sa.JSON),
    )
    visits = sa.table('follow_up_visits', sa.column('task_id', sa.Integer), sa.column('claimant_id', sa.Integer))
    claimants = sa.table('claimants', sa.column('id', sa.Integer), sa.column('pseudonym', sa.String))
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(entries.c.id, entries.c.body, claimants.c.pseudonym)
        .select_from(entries)
        .join(visits, visits.c.task_id == entries.c.id)
        .join(claimants, claimants.c.id == visits.c.claimant_id)
    ).all()
    for entry_id, body, pseudonym in rows:
        found = _recognised(body, pseudonym)
        if found is not None:
            bind.execute(
                entries.update()
                .where(entries.c.id == entry_id)
                .values(body_key=found[0], body_params=found[1])
            )


def downgrade():
    # The words in the recorder's language are still in ``body``: dropping the key loses no text.
    op.drop_column('timeline_entries', 'body_params')
    op.drop_column('timeline_entries', 'body_key')
