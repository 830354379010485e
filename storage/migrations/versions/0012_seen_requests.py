"""Signed requests and event ids already handled, so replays and retries are refused

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 10:00:00
"""

from alembic import op
import sqlalchemy as sa



revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'seen_requests',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=160), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_seen_requests')),
        sa.UniqueConstraint('key', name='uq_seen_requests_key'),
    )
    op.create_index('ix_seen_requests_expires_at', 'seen_requests', ['expires_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_seen_requests_expires_at', table_name='seen_requests')
    op.drop_table('seen_requests')
