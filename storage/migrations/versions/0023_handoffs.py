"""The wish list's hand-offs to the vendor: batches sent and the wishes in each

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 21:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'handoff_batches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('sent_by', sa.String(length=200), nullable=False),
        sa.Column('sent_by_id', sa.Integer(), nullable=True),
        sa.Column('address', sa.String(length=320), nullable=False),
        sa.Column('module', sa.String(length=60), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=True),
        sa.Column('wishes', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ['sent_by_id'], ['people.id'], name='fk_handoff_batches_sent_by_id_people'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_handoff_batches')),
    )
    op.create_table(
        'handoff_wishes',
        sa.Column('batch_id', sa.Integer(), nullable=False),
        sa.Column('wish_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('status_before', sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ['batch_id'], ['handoff_batches.id'],
            name='fk_handoff_wishes_batch_id_handoff_batches', ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['wish_id'], ['wishes.id'], name='fk_handoff_wishes_wish_id_wishes'
        ),
        sa.PrimaryKeyConstraint('batch_id', 'wish_id', name=op.f('pk_handoff_wishes')),
    )
    op.create_index('ix_handoff_wishes_wish_id', 'handoff_wishes', ['wish_id'])


def downgrade() -> None:
    op.drop_index('ix_handoff_wishes_wish_id', table_name='handoff_wishes')
    op.drop_table('handoff_wishes')
    op.drop_table('handoff_batches')
