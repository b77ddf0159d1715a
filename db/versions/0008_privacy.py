"""privacy: Personal data: retention, erasure and anonymisation marks.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 23:30:00.000000
Reviewed: two new tables; the existing schema is untouched. privacy_action has no foreign key on
purpose (it outlives the candidate it names); anonymised_candidate goes with its candidate.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('privacy_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_privacy_action'))
    )
    op.create_index(op.f('ix_privacy_action_candidate_id'), 'privacy_action', ['candidate_id'], unique=False)
    op.create_table('anonymised_candidate',
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('anonymised_at', sa.DateTime(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'],
                            name=op.f('fk_anonymised_candidate_candidate_id_candidate'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('candidate_id', name=op.f('pk_anonymised_candidate'))
    )


def downgrade() -> None:
    op.drop_table('anonymised_candidate')
    op.drop_index(op.f('ix_privacy_action_candidate_id'), table_name='privacy_action')
    op.drop_table('privacy_action')
