"""evidence files: a claimant's documents and photos, kept in the evidence store

Revision ID: e7a3c9d1b5f4
Revises: b3f8e2a41c07
Create Date: 2026-12-06 19:20:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e7a3c9d1b5f4'
down_revision = 'b3f8e2a41c07'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('evidence_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('contract', 'payslip', 'identity', 'receipt', 'photo', 'bank_record', 'message', 'medical', 'other', name='evidence_kind', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('document_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('original_filename', sa.String(length=255), nullable=False),
    sa.Column('content_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('storage_key', sa.String(length=64), nullable=False),
    sa.Column('uploaded_by_id', sa.Integer(), nullable=True),
    sa.Column('uploaded_at', sa.DateTime(), nullable=False),
    sa.Column('visibility', sa.Enum('staff', 'team', name='evidence_visibility', native_enum=False, create_constraint=True, length=40), nullable=False),
    sa.Column('whereabouts', sa.Boolean(), nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('archived_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['archived_by_id'], ['users.id'], name=op.f('fk_evidence_files_archived_by_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_evidence_files_case_id_cases')),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimants.id'], name=op.f('fk_evidence_files_claimant_id_claimants')),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f('fk_evidence_files_org_id_organisations')),
    sa.ForeignKeyConstraint(['uploaded_by_id'], ['users.id'], name=op.f('fk_evidence_files_uploaded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_files')),
    sa.UniqueConstraint('storage_key', name=op.f('uq_evidence_files_storage_key'))
    )
    op.create_index(op.f('ix_evidence_files_org_id'), 'evidence_files', ['org_id'], unique=False)
    op.create_index('ix_evidence_files_claimant_list', 'evidence_files', ['claimant_id', 'archived_at', 'uploaded_at'], unique=False)
    op.create_index('ix_evidence_files_case_list', 'evidence_files', ['case_id', 'archived_at', 'uploaded_at'], unique=False)


def downgrade():
    op.drop_index('ix_evidence_files_case_list', table_name='evidence_files')
    op.drop_index('ix_evidence_files_claimant_list', table_name='evidence_files')
    op.drop_index(op.f('ix_evidence_files_org_id'), table_name='evidence_files')
    op.drop_table('evidence_files')
