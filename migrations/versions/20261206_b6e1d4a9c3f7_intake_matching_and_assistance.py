"""intake matching and assistance received: the sound keys of names and the document numbers the duplicate and
conflict check looks people up by (filled here for the people already recorded), an index on the claimants' dates of
birth, and the assistance a claimant received outside the courts

Revision ID: b6e1d4a9c3f7
Revises: a7c4e9b2d6f1
Create Date: 2026-12-06 21:40:00

"""
import sqlalchemy as sa
from alembic import op

# The same keys the app writes at every flush (claims.models.matchkey): pure functions of a name or a number, so
# the rows filled here are the rows the app would have written.
from claims.models.matchkey import document_rows, name_rows

# revision identifiers, used by Alembic.
revision = 'b6e1d4a9c3f7'
down_revision = 'a7c4e9b2d6f1'
branch_labels = None
depends_on = None

BATCH = 2000


def upgrade():
    keys = op.create_table('match_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=True),
    sa.Column('respondent_id', sa.Integer(), nullable=True),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimants.id'], name=op.f('fk_match_keys_claimant_id_claimants')),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f('fk_match_keys_org_id_organisations')),
    sa.ForeignKeyConstraint(['respondent_id'], ['respondents.id'], name=op.f('fk_match_keys_respondent_id_respondents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_keys'))
    )
    with op.batch_alter_table('match_keys', schema=None) as batch_op:
        batch_op.create_index('ix_match_keys_org_key', ['org_id', 'key'], unique=False)
        batch_op.create_index(batch_op.f('ix_match_keys_claimant_id'), ['claimant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_match_keys_respondent_id'), ['respondent_id'], unique=False)
    # A plain CREATE INDEX, not a batch: SQLite would copy the claimants' table, whose expression index
    # (lower(pseudonym)) it cannot reflect.
    op.create_index('ix_claimants_org_date_of_birth', 'claimants', ['org_id', 'date_of_birth'], unique=False)

    op.create_table('assistance_received',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.Enum('overseas_workers_fund', 'start_up_grant', 'government_grant', 'ngo_grant', 'other', name='assistance_source', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('giver', sa.String(length=200), nullable=True),
    sa.Column('benefit', sa.Enum('early_return_benefit', 'stranded_benefit_max', 'death_benefit', 'funeral_max', name='fund_benefit', native_enum=False, create_constraint=True, length=40), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('basis', sa.String(length=400), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('archived_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['archived_by_id'], ['users.id'], name=op.f('fk_assistance_received_archived_by_id_users')),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimants.id'], name=op.f('fk_assistance_received_claimant_id_claimants')),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f('fk_assistance_received_org_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assistance_received'))
    )
    with op.batch_alter_table('assistance_received', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assistance_received_claimant_id'), ['claimant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assistance_received_org_id'), ['org_id'], unique=False)

    _fill(keys)


def _fill(keys):
    """The keys of everyone already recorded, a batch at a time (a national organisation has 100,000 claimants)."""
    bind = op.get_bind()
    claimants = sa.table('claimants', sa.column('id'), sa.column('org_id'), sa.column('legal_name'))
    respondents = sa.table('respondents', sa.column('id'), sa.column('org_id'), sa.column('name'))
    documents = sa.table('identity_documents', sa.column('claimant_id'), sa.column('org_id'),
                         sa.column('number'), sa.column('archived_at'))
    rows = []

    def flush(final=False):
        if rows and (final or len(rows) >= BATCH):
            bind.execute(keys.insert(), rows)
            rows.clear()

    for cid, org_id, name in bind.execute(sa.select(claimants.c.id, claimants.c.org_id, claimants.c.legal_name)):
        rows.extend(name_rows(org_id, name, claimant_id=cid))
        flush()
    for rid, org_id, name in bind.execute(sa.select(respondents.c.id, respondents.c.org_id, respondents.c.name)):
        rows.extend(name_rows(org_id, name, respondent_id=rid))
        flush()
    held = {}
    for cid, org_id, number in bind.execute(
        sa.select(documents.c.claimant_id, documents.c.org_id, documents.c.number)
        .where(documents.c.archived_at.is_(None)).order_by(documents.c.claimant_id)
    ):
        held.setdefault(cid, (org_id, []))[1].append(number)
    for cid, (org_id, numbers) in held.items():
        rows.extend(document_rows(org_id, cid, numbers))
        flush()
    flush(final=True)


def downgrade():
    with op.batch_alter_table('assistance_received', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assistance_received_org_id'))
        batch_op.drop_index(batch_op.f('ix_assistance_received_claimant_id'))
    op.drop_table('assistance_received')
    op.drop_index('ix_claimants_org_date_of_birth', table_name='claimants')
    with op.batch_alter_table('match_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_keys_respondent_id'))
        batch_op.drop_index(batch_op.f('ix_match_keys_claimant_id'))
        batch_op.drop_index('ix_match_keys_org_key')
    op.drop_table('match_keys')
