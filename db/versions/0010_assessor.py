"""assessor: external assessors (fagkonsulent, yrkesbedömare) and the judgements they return.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 23:30:00.000000
Reviewed: two new tables; the existing schema is untouched. Both follow their case (ON DELETE CASCADE).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('assessor_package',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('package_uid', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('assessor_name', sa.String(length=200), nullable=False),
    sa.Column('office_name', sa.String(length=200), nullable=False),
    sa.Column('outcomes', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('package_sha256', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.Column('sent_by', sa.String(length=200), nullable=False),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('response_sha256', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['rpl_case.id'], name=op.f('fk_assessor_package_case_id_rpl_case'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessor_package')),
    sa.UniqueConstraint('package_sha256', name=op.f('uq_assessor_package_package_sha256')),
    sa.UniqueConstraint('package_uid', name=op.f('uq_assessor_package_package_uid'))
    )
    op.create_index(op.f('ix_assessor_package_case_id'), 'assessor_package', ['case_id'], unique=False)
    op.create_index(op.f('ix_assessor_package_state'), 'assessor_package', ['state'], unique=False)
    op.create_table('external_judgement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('package_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('outcome_uid', sa.String(length=300), nullable=False),
    sa.Column('judgement', sa.String(length=20), nullable=False),
    sa.Column('methods', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('assessor_name', sa.String(length=200), nullable=False),
    sa.Column('assessor_role', sa.String(length=100), nullable=False),
    sa.Column('assessor_organisation', sa.String(length=200), nullable=False),
    sa.Column('assessed_at', sa.DateTime(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('applied', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['rpl_case.id'], name=op.f('fk_external_judgement_case_id_rpl_case'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['package_id'], ['assessor_package.id'],
                            name=op.f('fk_external_judgement_package_id_assessor_package'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_external_judgement')),
    sa.UniqueConstraint('package_id', 'outcome_uid', name='uq_external_judgement_package_outcome')
    )
    op.create_index(op.f('ix_external_judgement_case_id'), 'external_judgement', ['case_id'], unique=False)
    op.create_index(op.f('ix_external_judgement_package_id'), 'external_judgement', ['package_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_external_judgement_package_id'), table_name='external_judgement')
    op.drop_index(op.f('ix_external_judgement_case_id'), table_name='external_judgement')
    op.drop_table('external_judgement')
    op.drop_index(op.f('ix_assessor_package_state'), table_name='assessor_package')
    op.drop_index(op.f('ix_assessor_package_case_id'), table_name='assessor_package')
    op.drop_table('assessor_package')
