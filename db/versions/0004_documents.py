"""documents: issued documents (PDF, SHA-256, archive sidecar), versioned, never deleted with a case

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 22:10:00.000000
Reviewed: one new table; the existing schema is untouched. The case foreign key is ON DELETE RESTRICT.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('issued_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('sidecar', sa.Text(), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('issued_by', sa.String(length=200), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('certificate_number', sa.String(length=60), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['rpl_case.id'], name=op.f('fk_issued_document_case_id_rpl_case'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_document')),
    sa.UniqueConstraint('case_id', 'kind', 'language', 'version', name='uq_issued_document_version'),
    sa.UniqueConstraint('certificate_number', name=op.f('uq_issued_document_certificate_number'))
    )


def downgrade() -> None:
    op.drop_table('issued_document')
