"""A wish's discussion (comments from the web and chat threads) and following wishes

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 15:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'wish_threads',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('wish_id', sa.Integer(), nullable=False),
        sa.Column('platform', sa.String(length=32), nullable=False),
        sa.Column('channel_id', sa.String(length=128), nullable=False),
        sa.Column('root_id', sa.String(length=128), nullable=False),
        sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ['wish_id'], ['wishes.id'], name='fk_wish_threads_wish_id_wishes'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_wish_threads')),
        sa.UniqueConstraint(
            'wish_id', 'platform', 'channel_id', name='uq_wish_threads_wish_channel'
        ),
    )
    op.create_index('ix_wish_threads_platform_root', 'wish_threads', ['platform', 'root_id'])
    op.create_table(
        'wish_comments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('wish_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=True),
        sa.Column('author_name', sa.String(length=200), nullable=False),
        sa.Column('platform', sa.String(length=32), nullable=False),
        sa.Column('channel_id', sa.String(length=128), nullable=True),
        sa.Column('message_id', sa.String(length=128), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('edited_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('hidden_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('hidden_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ['wish_id'], ['wishes.id'], name='fk_wish_comments_wish_id_wishes'
        ),
        sa.ForeignKeyConstraint(
            ['person_id'], ['people.id'],
            name='fk_wish_comments_person_id_people', ondelete='SET NULL',
        ),
        sa.ForeignKeyConstraint(
            ['hidden_by_id'], ['people.id'],
            name='fk_wish_comments_hidden_by_id_people', ondelete='SET NULL',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_wish_comments')),
        sa.UniqueConstraint(
            'platform', 'channel_id', 'message_id', name='uq_wish_comments_platform'
        ),
    )
    op.create_index('ix_wish_comments_wish_id_id', 'wish_comments', ['wish_id', 'id'])
    op.create_index('ix_wish_comments_created_at', 'wish_comments', ['created_at'])
    op.create_index('ix_wish_comments_person_id', 'wish_comments', ['person_id'])
    op.create_table(
        'wish_follows',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('wish_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('following', sa.Boolean(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ['wish_id'], ['wishes.id'], name='fk_wish_follows_wish_id_wishes'
        ),
        sa.ForeignKeyConstraint(
            ['person_id'], ['people.id'],
            name='fk_wish_follows_person_id_people', ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_wish_follows')),
        sa.UniqueConstraint('wish_id', 'person_id', name='uq_wish_follows_wish_person'),
    )
    op.create_index('ix_wish_follows_person_id', 'wish_follows', ['person_id'])
    op.create_table(
        'follow_digests',
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('mail', sa.Boolean(), nullable=False),
        sa.Column('told_until', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ['person_id'], ['people.id'],
            name='fk_follow_digests_person_id_people', ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('person_id', name=op.f('pk_follow_digests')),
    )


def downgrade() -> None:
    op.drop_table('follow_digests')
    op.drop_index('ix_wish_follows_person_id', table_name='wish_follows')
    op.drop_table('wish_follows')
    op.drop_index('ix_wish_comments_person_id', table_name='wish_comments')
    op.drop_index('ix_wish_comments_created_at', table_name='wish_comments')
    op.drop_index('ix_wish_comments_wish_id_id', table_name='wish_comments')
    op.drop_table('wish_comments')
    op.drop_index('ix_wish_threads_platform_root', table_name='wish_threads')
    op.drop_table('wish_threads')
