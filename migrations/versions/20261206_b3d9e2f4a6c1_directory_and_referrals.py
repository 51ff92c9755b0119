"""directory and referrals: an organisation's agencies and their focal persons, and a claimant's referrals to
them with the consent given and the feedback received

Revision ID: b3d9e2f4a6c1
Revises: 4b7e2c9a1f05
Create Date: 2026-12-06 19:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b3d9e2f4a6c1'
down_revision = '4b7e2c9a1f05'
branch_labels = None
depends_on = None


def _record_columns(table):
    return [
        sa.Column('org_id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('archived_at', sa.DateTime(), nullable=True),
        sa.Column('archived_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['archived_by_id'], ['users.id'], name=op.f(f'fk_{table}_archived_by_id_users')),
        sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f(f'fk_{table}_org_id_organisations')),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
    ]


def _enum(name, *values):
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def upgrade():
    op.create_table('agencies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_th', sa.String(length=200), nullable=True),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('kind', _enum('agency_kind', 'shelter', 'government', 'police', 'labour_office', 'embassy', 'ngo', 'interpreter', 'legal_aid', 'health', 'other'), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('area', sa.String(length=200), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=80), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('line_id', sa.String(length=80), nullable=True),
    sa.Column('services', sa.String(length=400), nullable=False),
    sa.Column('services_note', sa.Text(), nullable=True),
    sa.Column('languages', sa.String(length=80), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    *_record_columns('agencies'),
    )
    op.create_index(op.f('ix_agencies_org_id'), 'agencies', ['org_id'], unique=False)
    op.create_index('ix_agencies_org_archived_kind', 'agencies', ['org_id', 'archived_at', 'kind'], unique=False)

    op.create_table('agency_people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=80), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('line_id', sa.String(length=80), nullable=True),
    sa.Column('languages', sa.String(length=80), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_agency_people_agency_id_agencies')),
    *_record_columns('agency_people'),
    )
    op.create_index(op.f('ix_agency_people_agency_id'), 'agency_people', ['agency_id'], unique=False)
    op.create_index(op.f('ix_agency_people_org_id'), 'agency_people', ['org_id'], unique=False)

    op.create_table('referrals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('from_agency_id', sa.Integer(), nullable=True),
    sa.Column('to_agency_id', sa.Integer(), nullable=False),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('services', sa.String(length=400), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('consent_given', sa.Boolean(), nullable=False),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('consent_method', _enum('referral_consent_method', 'written', 'verbal', 'recorded'), nullable=True),
    sa.Column('consent_by', sa.String(length=200), nullable=True),
    sa.Column('emergency', sa.Boolean(), nullable=False),
    sa.Column('emergency_reason', sa.Text(), nullable=True),
    sa.Column('status', _enum('referral_status', 'sent', 'acknowledged', 'in_progress', 'completed', 'declined', 'no_response'), nullable=False),
    sa.Column('expected_response_on', sa.Date(), nullable=True),
    sa.Column('feedback', sa.Text(), nullable=True),
    sa.Column('feedback_on', sa.Date(), nullable=True),
    sa.Column('follow_up_notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_referrals_case_id_cases')),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimants.id'], name=op.f('fk_referrals_claimant_id_claimants')),
    sa.ForeignKeyConstraint(['from_agency_id'], ['agencies.id'], name=op.f('fk_referrals_from_agency_id_agencies')),
    sa.ForeignKeyConstraint(['to_agency_id'], ['agencies.id'], name=op.f('fk_referrals_to_agency_id_agencies')),
    *_record_columns('referrals'),
    )
    op.create_index(op.f('ix_referrals_case_id'), 'referrals', ['case_id'], unique=False)
    op.create_index(op.f('ix_referrals_claimant_id'), 'referrals', ['claimant_id'], unique=False)
    op.create_index(op.f('ix_referrals_org_id'), 'referrals', ['org_id'], unique=False)
    op.create_index(op.f('ix_referrals_to_agency_id'), 'referrals', ['to_agency_id'], unique=False)
    op.create_index('ix_referrals_org_open_expected', 'referrals', ['org_id', 'archived_at', 'status', 'expected_response_on'], unique=False)


def downgrade():
    op.drop_index('ix_referrals_org_open_expected', table_name='referrals')
    op.drop_index(op.f('ix_referrals_to_agency_id'), table_name='referrals')
    op.drop_index(op.f('ix_referrals_org_id'), table_name='referrals')
    op.drop_index(op.f('ix_referrals_claimant_id'), table_name='referrals')
    op.drop_index(op.f('ix_referrals_case_id'), table_name='referrals')
    op.drop_table('referrals')
    op.drop_index(op.f('ix_agency_people_org_id'), table_name='agency_people')
    op.drop_index(op.f('ix_agency_people_agency_id'), table_name='agency_people')
    op.drop_table('agency_people')
    op.drop_index('ix_agencies_org_archived_kind', table_name='agencies')
    op.drop_index(op.f('ix_agencies_org_id'), table_name='agencies')
    op.drop_table('agencies')
