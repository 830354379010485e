"""The annual user meeting's workshops and members' registrations (with waiting lists)

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07 21:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'meeting_workshops',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=60), nullable=False),
        sa.Column('capacity', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ['meeting_id'], ['meetings.id'],
            name='fk_meeting_workshops_meeting_id_meetings', ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_workshops')),
        sa.UniqueConstraint('meeting_id', 'name', name='uq_meeting_workshops_name'),
    )
    op.create_table(
        'meeting_registrations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('workshop_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('queued_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ['meeting_id'], ['meetings.id'],
            name='fk_meeting_registrations_meeting_id_meetings', ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['workshop_id'], ['meeting_workshops.id'],
            name='fk_meeting_registrations_workshop_id_meeting_workshops', ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['person_id'], ['people.id'],
            name='fk_meeting_registrations_person_id_people', ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['member_id'], ['members.id'],
            name='fk_meeting_registrations_member_id_members', ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_registrations')),
        sa.UniqueConstraint('meeting_id', 'person_id', name='uq_meeting_registrations_person'),
    )
    op.create_index(
        'ix_meeting_registrations_workshop',
        'meeting_registrations',
        ['workshop_id', 'status', 'queued_at'],
    )


def downgrade() -> None:
    op.drop_index('ix_meeting_registrations_workshop', table_name='meeting_registrations')
    op.drop_table('meeting_registrations')
    op.drop_table('meeting_workshops')
