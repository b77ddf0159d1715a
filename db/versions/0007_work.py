"""work: No lost work: autosaved drafts and resumable batch jobs.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 23:30:00.000000
Reviewed: three new tables; the existing schema is untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('form', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('username', sa.String(length=200), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft')),
    sa.UniqueConstraint('form', 'entity', 'username', name='uq_draft_key')
    )
    op.create_table('batch_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('params', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batch_job'))
    )
    op.create_index(op.f('ix_batch_job_state'), 'batch_job', ['state'], unique=False)
    op.create_table('batch_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('certificate_number', sa.String(length=60), nullable=True),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['rpl_case.id'], name=op.f('fk_batch_item_case_id_rpl_case'),
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['issued_document.id'],
                            name=op.f('fk_batch_item_document_id_issued_document'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['job_id'], ['batch_job.id'], name=op.f('fk_batch_item_job_id_batch_job'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batch_item')),
    sa.UniqueConstraint('certificate_number', name=op.f('uq_batch_item_certificate_number')),
    sa.UniqueConstraint('job_id', 'position', name='uq_batch_item_position')
    )
    op.create_index(op.f('ix_batch_item_job_id'), 'batch_item', ['job_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_batch_item_job_id'), table_name='batch_item')
    op.drop_table('batch_item')
    op.drop_index(op.f('ix_batch_job_state'), table_name='batch_job')
    op.drop_table('batch_job')
    op.drop_table('draft')
