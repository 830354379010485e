"""Refused forms kept filled in, for a button that reopens them

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 12:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'form_drafts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('token', sa.String(length=32), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('form', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ['member_id'], ['members.id'], name='fk_form_drafts_member_id_members'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_form_drafts')),
        sa.UniqueConstraint('token', name='uq_form_drafts_token'),
    )
    op.create_index('ix_form_drafts_created_at', 'form_drafts', ['created_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_form_drafts_created_at', table_name='form_drafts')
    op.drop_table('form_drafts')
