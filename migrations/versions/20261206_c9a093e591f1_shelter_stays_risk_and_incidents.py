"""shelter stays, risk levels and safety incidents: where a claimant stays under protection (a shelter of the
directory or one named), voluntary or on a legal basis, with the family staying too; the risk level as a history;
the safety-incident log with the follow-up task each incident made

Revision ID: c9a093e591f1
Revises: a8c4e1f3b9d2
Create Date: 2026-12-06 21:18:17.074734

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c9a093e591f1'
down_revision = 'a8c4e1f3b9d2'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('risk_assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Enum('low', 'medium', 'high', 'critical', name='risk_level', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('assessed_by_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('archived_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['archived_by_id'], ['users.id'], name=op.f('fk_risk_assessments_archived_by_id_users')),
    sa.ForeignKeyConstraint(['assessed_by_id'], ['users.id'], name=op.f('fk_risk_assessments_assessed_by_id_users')),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimants.id'], name=op.f('fk_risk_assessments_claimant_id_claimants')),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f('fk_risk_assessments_org_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_assessments'))
    )
    with op.batch_alter_table('risk_assessments', schema=None) as batch_op:
        batch_op.create_index('ix_risk_assessments_claimant_date', ['claimant_id', 'archived_at', 'assessed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_assessments_org_id'), ['org_id'], unique=False)
        batch_op.create_index('ix_risk_assessments_org_level', ['org_id', 'archived_at', 'level'], unique=False)

    op.create_table('shelter_stays',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('facility_name', sa.String(length=200), nullable=True),
    sa.Column('stay_from', sa.Date(), nullable=False),
    sa.Column('stay_to', sa.Date(), nullable=True),
    sa.Column('voluntary', sa.Boolean(), nullable=False),
    sa.Column('legal_basis', sa.Enum('tip_s29', 'tip_s33', 'court_order', 'child_protection', 'other', name='shelter_basis', native_enum=False, create_constraint=True, length=40), nullable=True),
    sa.Column('legal_basis_note', sa.String(length=300), nullable=True),
    sa.Column('family_count', sa.Integer(), nullable=False),
    sa.Column('family_relation', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('archived_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('family_count >= 0', name=op.f('ck_shelter_stays_family_count_not_negative')),
    sa.CheckConstraint('stay_to IS NULL OR stay_to >= stay_from', name=op.f('ck_shelter_stays_dates_in_order')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_shelter_stays_agency_id_agencies')),
    sa.ForeignKeyConstraint(['archived_by_id'], ['users.id'], name=op.f('fk_shelter_stays_archived_by_id_users')),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimants.id'], name=op.f('fk_shelter_stays_claimant_id_claimants')),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f('fk_shelter_stays_org_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shelter_stays'))
    )
    with op.batch_alter_table('shelter_stays', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shelter_stays_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index('ix_shelter_stays_claimant_dates', ['claimant_id', 'archived_at', 'stay_from'], unique=False)
        batch_op.create_index(batch_op.f('ix_shelter_stays_org_id'), ['org_id'], unique=False)

    op.create_table('safety_incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('threat', 'bribery_attempt', 'witness_intimidation', 'trafficker_approach', 'other', name='incident_kind', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('action_taken', sa.Text(), nullable=True),
    sa.Column('reported_to_id', sa.Integer(), nullable=True),
    sa.Column('reported_on', sa.Date(), nullable=True),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('archived_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['archived_by_id'], ['users.id'], name=op.f('fk_safety_incidents_archived_by_id_users')),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimants.id'], name=op.f('fk_safety_incidents_claimant_id_claimants')),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f('fk_safety_incidents_org_id_organisations')),
    sa.ForeignKeyConstraint(['reported_to_id'], ['agencies.id'], name=op.f('fk_safety_incidents_reported_to_id_agencies')),
    sa.ForeignKeyConstraint(['task_id'], ['timeline_entries.id'], name=op.f('fk_safety_incidents_task_id_timeline_entries')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_incidents'))
    )
    with op.batch_alter_table('safety_incidents', schema=None) as batch_op:
        batch_op.create_index('ix_safety_incidents_claimant_date', ['claimant_id', 'archived_at', 'occurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_incidents_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_incidents_reported_to_id'), ['reported_to_id'], unique=False)



def downgrade():
    with op.batch_alter_table('safety_incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_incidents_reported_to_id'))
        batch_op.drop_index(batch_op.f('ix_safety_incidents_org_id'))
        batch_op.drop_index('ix_safety_incidents_claimant_date')

    op.drop_table('safety_incidents')
    with op.batch_alter_table('shelter_stays', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shelter_stays_org_id'))
        batch_op.drop_index('ix_shelter_stays_claimant_dates')
        batch_op.drop_index(batch_op.f('ix_shelter_stays_agency_id'))

    op.drop_table('shelter_stays')
    with op.batch_alter_table('risk_assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_risk_assessments_org_level')
        batch_op.drop_index(batch_op.f('ix_risk_assessments_org_id'))
        batch_op.drop_index('ix_risk_assessments_claimant_date')

    op.drop_table('risk_assessments')
