"""Uses of the public subscription form, counted for its rate limits; indexes retention uses

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 11:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'throttle_hits',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=160), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_throttle_hits')),
    )
    op.create_index('ix_throttle_hits_key_at', 'throttle_hits', ['key', 'at'], unique=False)
    op.create_index('ix_throttle_hits_at', 'throttle_hits', ['at'], unique=False)
    op.create_index('ix_outbox_ref_key', 'outbox', ['ref_key'], unique=False)
    op.create_index('ix_wish_cards_card_key', 'wish_cards', ['card_key'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_wish_cards_card_key', table_name='wish_cards')
    op.drop_index('ix_outbox_ref_key', table_name='outbox')
    op.drop_index('ix_throttle_hits_at', table_name='throttle_hits')
    op.drop_index('ix_throttle_hits_key_at', table_name='throttle_hits')
    op.drop_table('throttle_hits')
