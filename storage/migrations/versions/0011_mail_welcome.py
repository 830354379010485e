"""The e-mail list remembers which mail tells an added address how it got on the list

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 09:00:00

An address the board added or imported gets a short note in its first mail: how it got on
the list and how to leave. `welcome_key` is the idempotency key of that mail (a retry carries
the same note), `welcomed_at` when it was queued. Addresses that already have mail in the
outbox were on the list before this: they are counted as told, so nobody gets the note late.
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

ALREADY_MAILED = """
UPDATE mail_subscribers SET welcome_key = 'before-0011', welcomed_at = created_at
WHERE source IN ('board', 'import') AND EXISTS (
    SELECT 1 FROM outbox
    WHERE outbox.platform = 'email'
      AND outbox.target = CAST(mail_subscribers.id AS VARCHAR(20))
)
"""


def upgrade() -> None:
    with op.batch_alter_table('mail_subscribers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('welcome_key', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('welcomed_at', sa.DateTime(timezone=True), nullable=True))
    op.execute(ALREADY_MAILED)


def downgrade() -> None:
    with op.batch_alter_table('mail_subscribers', schema=None) as batch_op:
        batch_op.drop_column('welcomed_at')
        batch_op.drop_column('welcome_key')
