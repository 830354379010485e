"""Signing in to the member portal: mailed sign-in links and signed-in sessions

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 14:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'web_sign_ins',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('email', sa.String(length=254), nullable=False),
        sa.Column('municipality', sa.String(length=100), nullable=False),
        sa.Column('salt', sa.String(length=64), nullable=False),
        sa.Column('locale', sa.String(length=8), nullable=False),
        sa.Column('next_path', sa.String(length=300), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_web_sign_ins')),
    )
    op.create_index('ix_web_sign_ins_email_created', 'web_sign_ins', ['email', 'created_at'])
    op.create_table(
        'web_sessions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ['member_id'], ['members.id'],
            name='fk_web_sessions_member_id_members', ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_web_sessions')),
        sa.UniqueConstraint('token_hash', name='uq_web_sessions_token_hash'),
    )
    op.create_index('ix_web_sessions_member_id', 'web_sessions', ['member_id'])


def downgrade() -> None:
    op.drop_index('ix_web_sessions_member_id', table_name='web_sessions')
    op.drop_table('web_sessions')
    op.drop_index('ix_web_sign_ins_email_created', table_name='web_sign_ins')
    op.drop_table('web_sign_ins')
