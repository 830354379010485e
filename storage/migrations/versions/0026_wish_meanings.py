"""A wish's meaning as the similar-wish judge weighs it (a cache of a vector, made again when
its key of the model and the text differs)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-08 04:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not in the revision triggers' columns (0015): storing it is no change to look at.
    op.add_column('wishes', sa.Column('meaning', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('wishes') as batch:
        batch.drop_column('meaning')
