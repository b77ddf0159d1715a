"""sync: offline case files: a global uid on the records that travel; base snapshots, check-outs, imports.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 23:30:00.000000
Reviewed: the uid columns are added with ALTER TABLE ... ADD COLUMN (batch mode does not rebuild the
tables for that), then filled for the existing rows, then given a unique index. A rebuild is avoided on
purpose: on SQLite with foreign keys on, dropping a parent table during a rebuild cascade-deletes its
children. The new tables are additive.
"""

from __future__ import annotations

from uuid import uuid4

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

UID_TABLES = (
    "candidate", "history_period", "schooling", "exam", "course", "evidence", "rpl_case", "judgement",
    "evidence_link",
)


def _fill_uids(table: str) -> None:
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.text(f"SELECT id FROM {table} WHERE uid IS NULL"))]
    update = sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id")
    for start in range(0, len(ids), 5000):
        conn.execute(update, [{"uid": str(uuid4()), "id": i} for i in ids[start:start + 5000]])


def upgrade() -> None:
    for table in UID_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('uid', sa.String(length=36), nullable=True))
        _fill_uids(table)
        with op.batch_alter_table(table) as batch:
            batch.create_index(f'ix_{table}_uid', ['uid'], unique=True)

    op.create_table('sync_base',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_kind', sa.String(length=30), nullable=False),
    sa.Column('entity_key', sa.String(length=500), nullable=False),
    sa.Column('case_uid', sa.String(length=36), nullable=False),
    sa.Column('base', sa.Text(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('file_id', sa.String(length=36), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_base')),
    sa.UniqueConstraint('entity_kind', 'entity_key', name='uq_sync_base_entity')
    )
    op.create_index(op.f('ix_sync_base_case_uid'), 'sync_base', ['case_uid'], unique=False)
    op.create_table('sync_checkout',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.String(length=36), nullable=False),
    sa.Column('checked_out_to', sa.String(length=200), nullable=False),
    sa.Column('checked_out_by', sa.String(length=200), nullable=False),
    sa.Column('checked_out_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['rpl_case.id'], name=op.f('fk_sync_checkout_case_id_rpl_case'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_checkout')),
    sa.UniqueConstraint('case_id', name=op.f('uq_sync_checkout_case_id'))
    )
    op.create_table('sync_import',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.String(length=36), nullable=False),
    sa.Column('from_installation', sa.String(length=36), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('exported_by', sa.String(length=200), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('remote_audit', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['rpl_case.id'], name=op.f('fk_sync_import_case_id_rpl_case'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_import'))
    )
    op.create_index(op.f('ix_sync_import_case_id'), 'sync_import', ['case_id'], unique=False)
    op.create_index(op.f('ix_sync_import_file_id'), 'sync_import', ['file_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sync_import_file_id'), table_name='sync_import')
    op.drop_index(op.f('ix_sync_import_case_id'), table_name='sync_import')
    op.drop_table('sync_import')
    op.drop_table('sync_checkout')
    op.drop_index(op.f('ix_sync_base_case_uid'), table_name='sync_base')
    op.drop_table('sync_base')
    for table in reversed(UID_TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f'ix_{table}_uid')
            batch.drop_column('uid')
