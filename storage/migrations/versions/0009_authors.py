"""Bridged messages and announcements refer to their author's account

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 21:10:00

Authors were copied as (platform, user id) strings; an author who never ran a command gets an
account (and a person) of their own.
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

SOURCES = (
    ("bridged_messages", "platform", "author_name"),
    ("announcements", "source_platform", "author_name"),
)


def _accounts_for_authors() -> None:
    """An account, and a person, for every author not known yet."""
    for table, platform, name in SOURCES:
        op.execute(
            f"INSERT INTO members (platform, user_id, display_name, created_at, updated_at) "
            f"SELECT t.{platform}, t.author_user_id, MAX(t.{name}), MIN(t.created_at), "
            f"MIN(t.created_at) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM members m "
            f"WHERE m.platform = t.{platform} AND m.user_id = t.author_user_id) "
            f"GROUP BY t.{platform}, t.author_user_id"
        )
    bind = op.get_bind()
    orphans = bind.execute(
        sa.text("SELECT id, display_name, created_at FROM members WHERE person_id IS NULL")
    ).all()
    for account_id, display_name, created_at in orphans:
        person_id = bind.execute(
            sa.text(
                "INSERT INTO people (display_name, notifications, created_at, updated_at) "
                "VALUES (:name, :on, :at, :at) RETURNING id"
            ),
            {"name": display_name, "on": True, "at": created_at},
        ).scalar_one()
        bind.execute(
            sa.text("UPDATE members SET person_id = :person WHERE id = :account"),
            {"person": person_id, "account": account_id},
        )


def upgrade() -> None:
    _accounts_for_authors()
    for table, platform, _name in SOURCES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column('author_id', sa.Integer(), nullable=True))
        op.execute(
            f"UPDATE {table} SET author_id = (SELECT m.id FROM members m "
            f"WHERE m.platform = {table}.{platform} AND m.user_id = {table}.author_user_id)"
        )
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('author_user_id')
            if table == "bridged_messages":
                batch_op.drop_column('author_name')
            batch_op.alter_column('author_id', existing_type=sa.Integer(), nullable=False)
            batch_op.create_foreign_key(
                f'fk_{table}_author_id_members', 'members', ['author_id'], ['id']
            )


def downgrade() -> None:
    raise NotImplementedError("restore the backup taken before upgrading")
