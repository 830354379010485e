"""The processes of one deployment and their heartbeats (roles, leadership); dispatchers'
holds on destinations

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 18:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'processes',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('host', sa.String(length=255), nullable=False),
        sa.Column('pid', sa.Integer(), nullable=False),
        sa.Column('roles', sa.String(length=100), nullable=False),
        sa.Column('leads', sa.String(length=100), nullable=False),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('beat_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('stopped_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_processes')),
    )
    op.create_index(op.f('ix_processes_beat_at'), 'processes', ['beat_at'])
    op.create_table(
        'outbox_holds',
        sa.Column('destination', sa.String(length=200), nullable=False),
        sa.Column('holder', sa.String(length=36), nullable=False),
        sa.Column('held_until', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('destination', name=op.f('pk_outbox_holds')),
    )
    op.create_index(op.f('ix_outbox_holds_held_until'), 'outbox_holds', ['held_until'])


def downgrade() -> None:
    op.drop_index(op.f('ix_outbox_holds_held_until'), table_name='outbox_holds')
    op.drop_table('outbox_holds')
    op.drop_index(op.f('ix_processes_beat_at'), table_name='processes')
    op.drop_table('processes')
