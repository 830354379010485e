"""A board member's /wishlist kept until its files are made and queued; wish events by kind

Making the wish list's two files for 50,000 wishes takes one to three seconds; /wishlist now
answers at once and the files come through the outbox. The request is kept in the database
until its delivery is queued, so a process stopped while making it makes it after a restart.
The web portal's feed of status changes reads the newest events of one kind along an index.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 13:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'wishlist_requests',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('token', sa.String(length=32), nullable=False),
        sa.Column('platform', sa.String(length=32), nullable=False),
        sa.Column('user_id', sa.String(length=128), nullable=False),
        sa.Column('locale', sa.String(length=8), nullable=False),
        sa.Column('module', sa.String(length=60), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=True),
        sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('claimed_until', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_wishlist_requests')),
        sa.UniqueConstraint('token', name='uq_wishlist_requests_token'),
    )
    op.create_index('ix_wish_events_kind_id', 'wish_events', ['kind', 'id'])


def downgrade() -> None:
    op.drop_index('ix_wish_events_kind_id', table_name='wish_events')
    op.drop_table('wishlist_requests')
