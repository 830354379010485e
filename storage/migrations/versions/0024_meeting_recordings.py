"""A meeting's recording: its link, and when it was last set or removed

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 21:10:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('meetings') as batch:
        batch.add_column(sa.Column('recording_url', sa.String(length=500), nullable=True))
        batch.add_column(
            sa.Column('recording_changed_at', sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table('meetings') as batch:
        batch.drop_column('recording_changed_at')
        batch.drop_column('recording_url')
