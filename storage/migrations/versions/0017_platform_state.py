"""What platform adapters keep between runs (a Matrix sync token, direct rooms)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 06:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'platform_state',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform', sa.String(length=32), nullable=False),
        sa.Column('key', sa.String(length=255), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_platform_state')),
        sa.UniqueConstraint('platform', 'key', name='uq_platform_state_platform_key'),
    )


def downgrade() -> None:
    op.drop_table('platform_state')
