"""People behind accounts: verified municipalities, codes, domains, limits; everything that
counts a member refers to its person

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 20:30:00

Each existing account becomes its own person (same id). Municipalities members typed before
were never verified, so nobody is verified after the upgrade: members verify by mail or the
board approves them (README, "Who counts").
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _create_tables() -> None:
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('locale', sa.String(length=8), nullable=True),
    sa.Column('notifications', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('municipality', sa.String(length=100), nullable=True),
    sa.Column('verified_via', sa.String(length=12), nullable=True),
    sa.Column('verified_by_id', sa.Integer(), nullable=True),
    sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('blocked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('blocked_reason', sa.String(length=300), nullable=True),
    sa.Column('blocked_by_id', sa.Integer(), nullable=True),
    sa.Column('joined_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['blocked_by_id'], ['people.id'], name='fk_people_blocked_by_id_people', ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['verified_by_id'], ['people.id'], name='fk_people_verified_by_id_people', ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('email', name='uq_people_email'),
    sqlite_autoincrement=True,
    )
    op.create_index('ix_people_municipality', 'people', ['municipality'], unique=False)
    op.create_table('affiliation_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('before', sa.String(length=100), nullable=True),
    sa.Column('after', sa.String(length=100), nullable=True),
    sa.Column('how', sa.String(length=12), nullable=False),
    sa.Column('by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['people.id'], name='fk_affiliation_changes_by_id_people', ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name='fk_affiliation_changes_person_id_people', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_affiliation_changes'))
    )
    op.create_index('ix_affiliation_changes_person_id', 'affiliation_changes', ['person_id'], unique=False)
    op.create_table('board_domains',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('domain', sa.String(length=253), nullable=False),
    sa.Column('municipality', sa.String(length=100), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['people.id'], name='fk_board_domains_added_by_id_people', ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_domains')),
    sa.UniqueConstraint('domain', name='uq_board_domains_domain')
    )
    op.create_table('person_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name='fk_person_actions_person_id_people', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_actions'))
    )
    op.create_index('ix_person_actions_person_kind_at', 'person_actions', ['person_id', 'kind', 'at'], unique=False)
    op.create_table('verification_codes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('municipality', sa.String(length=100), nullable=False),
    sa.Column('salt', sa.String(length=64), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name='fk_verification_codes_member_id_members', ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name='fk_verification_codes_person_id_people', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verification_codes'))
    )
    op.create_index('ix_verification_codes_email_created', 'verification_codes', ['email', 'created_at'], unique=False)
    op.create_index('ix_verification_codes_person_created', 'verification_codes', ['person_id', 'created_at'], unique=False)
    op.create_table('round_point_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('municipality', sa.String(length=100), nullable=False),
    sa.Column('wish_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.Integer(), nullable=False),
    sa.Column('after', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name='fk_round_point_changes_person_id_people', ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_round_point_changes_round_id_rounds'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['wish_id'], ['wishes.id'], name=op.f('fk_round_point_changes_wish_id_wishes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_point_changes'))
    )
    op.create_index('ix_round_point_changes_round_id', 'round_point_changes', ['round_id', 'municipality'], unique=False)


def _accounts_for_strangers() -> None:
    """Survey answers and proposals named accounts by copied strings; give each an account."""
    for table, platform, user_id, name in (
        ("survey_answers", "platform", "user_id", "member_name"),
        ("agenda_items", "proposer_platform", "proposer_user_id", "proposer_name"),
    ):
        op.execute(
            f"INSERT INTO members (platform, user_id, display_name, created_at, updated_at) "
            f"SELECT t.{platform}, t.{user_id}, MAX(t.{name}), MIN(t.created_at), MIN(t.created_at) "
            f"FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM members m "
            f"WHERE m.platform = t.{platform} AND m.user_id = t.{user_id}) "
            f"GROUP BY t.{platform}, t.{user_id}"
        )


def _a_person_per_account() -> None:
    op.execute(
        "INSERT INTO people (id, display_name, locale, notifications, joined_at, created_at, "
        "updated_at) SELECT id, display_name, locale, notifications, created_at, created_at, "
        "updated_at FROM members"
    )
    if not _sqlite():
        op.execute(
            "SELECT setval(pg_get_serial_sequence('people', 'id'), "
            "COALESCE((SELECT MAX(id) FROM people), 0) + 1, false)"
        )
    if _sqlite():  # rebuilding `members` would break every table that refers to it
        op.execute("ALTER TABLE members ADD COLUMN person_id INTEGER REFERENCES people (id)")
    else:
        op.add_column('members', sa.Column('person_id', sa.Integer(), nullable=True))
        op.create_foreign_key('fk_members_person_id_people', 'members', 'people', ['person_id'], ['id'])
    op.execute("UPDATE members SET person_id = id")
    op.create_index('ix_members_person_id', 'members', ['person_id'], unique=False)
    for column in ("locale", "municipality", "notifications"):
        if _sqlite():
            op.execute(f"ALTER TABLE members DROP COLUMN {column}")
        else:
            op.drop_column('members', column)


def _supports() -> None:
    with op.batch_alter_table('wish_supports') as batch_op:
        batch_op.add_column(sa.Column('person_id', sa.Integer(), nullable=True))
    op.execute(
        "UPDATE wish_supports SET person_id = "
        "(SELECT m.person_id FROM members m WHERE m.id = wish_supports.member_id)"
    )
    with op.batch_alter_table('wish_supports') as batch_op:
        batch_op.drop_constraint('uq_wish_supports_wish_member', type_='unique')
        batch_op.drop_constraint('fk_wish_supports_member_id_members', type_='foreignkey')
        batch_op.drop_column('member_id')
        batch_op.drop_column('municipality')
        batch_op.alter_column('person_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key('fk_wish_supports_person_id_people', 'people', ['person_id'], ['id'])
        batch_op.create_unique_constraint('uq_wish_supports_wish_person', ['wish_id', 'person_id'])
        batch_op.create_index('ix_wish_supports_person_id', ['person_id'], unique=False)


def _survey_answers() -> None:
    with op.batch_alter_table('survey_answers') as batch_op:
        batch_op.add_column(sa.Column('person_id', sa.Integer(), nullable=True))
    op.execute(
        "UPDATE survey_answers SET person_id = (SELECT m.person_id FROM members m "
        "WHERE m.platform = survey_answers.platform AND m.user_id = survey_answers.user_id)"
    )
    with op.batch_alter_table('survey_answers') as batch_op:
        batch_op.drop_constraint('uq_survey_answers_survey_member', type_='unique')
        for column in ('platform', 'user_id', 'member_name', 'municipality'):
            batch_op.drop_column(column)
        batch_op.alter_column('person_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key('fk_survey_answers_person_id_people', 'people', ['person_id'], ['id'], ondelete='CASCADE')
        batch_op.create_unique_constraint('uq_survey_answers_survey_person', ['survey_id', 'person_id'])


def _agenda_items() -> None:
    with op.batch_alter_table('agenda_items') as batch_op:
        batch_op.add_column(sa.Column('proposer_id', sa.Integer(), nullable=True))
    op.execute(
        "UPDATE agenda_items SET proposer_id = (SELECT m.id FROM members m "
        "WHERE m.platform = agenda_items.proposer_platform "
        "AND m.user_id = agenda_items.proposer_user_id)"
    )
    with op.batch_alter_table('agenda_items') as batch_op:
        for column in ('proposer_platform', 'proposer_user_id', 'proposer_name', 'municipality'):
            batch_op.drop_column(column)
        batch_op.alter_column('proposer_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key('fk_agenda_items_proposer_id_members', 'members', ['proposer_id'], ['id'])


def _events_and_points() -> None:
    with op.batch_alter_table('wish_events') as batch_op:
        batch_op.add_column(sa.Column('actor_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_wish_events_actor_id_people', 'people', ['actor_id'], ['id'], ondelete='SET NULL')
    # who placed the points so far was a copied name: the log starts with what stands now
    op.execute(
        "INSERT INTO round_point_changes (round_id, municipality, wish_id, person_id, before, "
        "after, created_at) SELECT round_id, municipality, wish_id, NULL, 0, points, changed_at "
        "FROM round_points WHERE points > 0"
    )
    with op.batch_alter_table('round_points') as batch_op:
        batch_op.add_column(sa.Column('changed_by_id', sa.Integer(), nullable=True))
        batch_op.drop_column('changed_by')
        batch_op.create_foreign_key('fk_round_points_changed_by_id_people', 'people', ['changed_by_id'], ['id'], ondelete='SET NULL')


def upgrade() -> None:
    _create_tables()
    _accounts_for_strangers()
    _a_person_per_account()
    _supports()
    _survey_answers()
    _agenda_items()
    _events_and_points()


def downgrade() -> None:
    raise NotImplementedError(
        "0008 moved members' data onto people; restore the backup taken before upgrading"
    )
