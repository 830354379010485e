"""An index to count the wish list by: listed, then module and status

A page of /wishes says how many pages there are: the listed wishes (with a module, a status)
are counted. The list's rank indexes hold the ranking's columns beside, so counting read
three times the pages it needs, and a module and a status were checked wish by wish; this
narrow index holds only what a count asks.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-09 12:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        'ix_wishes_listed_count',
        'wishes',
        ['hidden', 'merged_into_id', 'module', 'status'],
        unique=False,
        # Partial on PostgreSQL only: a whole one there, before the planner has statistics,
        # was taken for a page as well (every listed wish read and sorted); SQLite takes a
        # partial index for neither, so it gets a whole one.
        postgresql_where=sa.text('hidden = false AND merged_into_id IS NULL'),
    )


def downgrade() -> None:
    op.drop_index('ix_wishes_listed_count', table_name='wishes')
