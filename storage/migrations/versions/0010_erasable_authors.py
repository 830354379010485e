"""Authors and proposers may be erased: their references become nullable

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 22:40:00

`/forget-me` removes a person's accounts; agenda items, announcements and bridged messages they
wrote stay (as "a member") with no account behind them.
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

COLUMNS = (
    ("agenda_items", "proposer_id"),
    ("announcements", "author_id"),
    ("bridged_messages", "author_id"),
)


def upgrade() -> None:
    for table, column in COLUMNS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column(column, existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    raise NotImplementedError("restore the backup taken before upgrading")
