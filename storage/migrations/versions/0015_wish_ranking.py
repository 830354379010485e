"""The wish list ranked in the database, the similar-wish index fed by what changed

Each wish keeps the count of verified people and municipalities supporting it (its merged
duplicates included), kept by triggers on every change of a support, a merge or a person's
municipality, so /wishes ranks and pages in the database. A revision, set by a trigger, tells
the similar-wish index what changed; `terms` caches the normalised words it compares.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08 12:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

# Counted as `storage.wishes.support_of` counts: each person once, over the wish and the
# duplicates merged into it; verified means a municipality that is neither NULL nor ''.
_COUNT = """(SELECT COUNT(DISTINCT {what}) FROM wish_supports s
    JOIN wishes d ON d.id = s.wish_id JOIN people p ON p.id = s.person_id
    WHERE (d.id = wishes.id OR d.merged_into_id = wishes.id) AND p.municipality <> '')"""
_RECOUNT = (
    f"UPDATE wishes SET support_members = {_COUNT.format(what='s.person_id')}, "
    f"support_municipalities = {_COUNT.format(what='p.municipality')}"
)
_OWNER_OF = "SELECT COALESCE(merged_into_id, id) FROM wishes WHERE id IN ({})"
_NEXT_REVISION = (
    "UPDATE wishes SET revision = (SELECT COALESCE(MAX(revision), 0) + 1 FROM wishes) "
    "WHERE id = NEW.id;"
)

# SQLite: writers take turns, so a trigger may count and number freely.
SQLITE = {
    'wish_supports_counted_insert': "AFTER INSERT ON wish_supports BEGIN "
    f"{_RECOUNT} WHERE id IN ({_OWNER_OF.format('NEW.wish_id')}); END",
    'wish_supports_counted_delete': "AFTER DELETE ON wish_supports BEGIN "
    f"{_RECOUNT} WHERE id IN ({_OWNER_OF.format('OLD.wish_id')}); END",
    'wish_supports_counted_update': "AFTER UPDATE OF wish_id, person_id ON wish_supports BEGIN "
    f"{_RECOUNT} WHERE id IN ({_OWNER_OF.format('OLD.wish_id, NEW.wish_id')}); END",
    'wishes_merge_counted': "AFTER UPDATE OF merged_into_id ON wishes "
    "WHEN OLD.merged_into_id IS NOT NEW.merged_into_id BEGIN "
    f"{_RECOUNT} WHERE id IN (NEW.id, OLD.merged_into_id, NEW.merged_into_id); END",
    'people_municipality_counted': "AFTER UPDATE OF municipality ON people "
    "WHEN OLD.municipality IS NOT NEW.municipality BEGIN "
    f"{_RECOUNT} WHERE id IN (SELECT COALESCE(w.merged_into_id, w.id) FROM wish_supports s "
    "JOIN wishes w ON w.id = s.wish_id WHERE s.person_id = NEW.id); END",
    # An import numbers its batch itself (one past the highest, under the write lock).
    'wishes_revised_insert': f"AFTER INSERT ON wishes WHEN NEW.revision = 0 BEGIN {_NEXT_REVISION} END",
    'wishes_revised_update': "AFTER UPDATE OF title, description, hidden, merged_into_id "
    f"ON wishes BEGIN {_NEXT_REVISION} END",
}

# PostgreSQL: transactions run side by side. A recount first locks the wishes it counts (in
# order of id), then counts in a statement of its own, which sees everything committed before
# the lock was granted; a support locks its person's row (FOR SHARE), so that a change of
# municipality and a new support never count without each other. FOR NO KEY UPDATE does not
# conflict with the KEY SHARE locks a support's foreign key takes, so two supports of one
# wish queue instead of deadlocking.
POSTGRESQL_FUNCTIONS = {
    'wish_recount(owners integer[]) RETURNS void': """
BEGIN
    IF owners IS NULL OR cardinality(owners) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM wishes WHERE id = ANY (owners) ORDER BY id FOR NO KEY UPDATE;
    UPDATE wishes w SET support_members = c.members, support_municipalities = c.places
    FROM (
        SELECT o.id,
            COUNT(DISTINCT s.person_id) FILTER (WHERE p.municipality <> '') AS members,
            COUNT(DISTINCT p.municipality) FILTER (WHERE p.municipality <> '') AS places
        FROM unnest(owners) AS o(id)
        LEFT JOIN wishes d ON d.id = o.id OR d.merged_into_id = o.id
        LEFT JOIN wish_supports s ON s.wish_id = d.id
        LEFT JOIN people p ON p.id = s.person_id
        GROUP BY o.id
    ) c
    WHERE w.id = c.id
        AND (w.support_members, w.support_municipalities) IS DISTINCT FROM (c.members, c.places);
END""",
    'wish_supports_counted() RETURNS trigger': """
DECLARE
    owners integer[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM 1 FROM people WHERE id IN (SELECT person_id FROM new_rows) ORDER BY id FOR SHARE;
        owners := ARRAY(SELECT DISTINCT COALESCE(w.merged_into_id, w.id)
            FROM new_rows n JOIN wishes w ON w.id = n.wish_id);
    ELSIF TG_OP = 'DELETE' THEN
        owners := ARRAY(SELECT DISTINCT COALESCE(w.merged_into_id, w.id)
            FROM old_rows o JOIN wishes w ON w.id = o.wish_id);
    ELSE
        PERFORM 1 FROM people WHERE id IN (SELECT person_id FROM new_rows) ORDER BY id FOR SHARE;
        owners := ARRAY(SELECT DISTINCT COALESCE(w.merged_into_id, w.id)
            FROM (SELECT wish_id FROM old_rows UNION SELECT wish_id FROM new_rows) c
            JOIN wishes w ON w.id = c.wish_id);
    END IF;
    PERFORM wish_recount(owners);
    RETURN NULL;
END""",
    'wishes_merge_counted() RETURNS trigger': """
BEGIN
    PERFORM wish_recount(array_remove(ARRAY[NEW.id, OLD.merged_into_id, NEW.merged_into_id], NULL));
    RETURN NULL;
END""",
    'people_municipality_counted() RETURNS trigger': """
BEGIN
    PERFORM wish_recount(ARRAY(SELECT DISTINCT COALESCE(w.merged_into_id, w.id)
        FROM wish_supports s JOIN wishes w ON w.id = s.wish_id WHERE s.person_id = NEW.id));
    RETURN NULL;
END""",
    'wishes_revised() RETURNS trigger': """
BEGIN
    NEW.revision := txid_current();
    RETURN NEW;
END""",
}
POSTGRESQL_TRIGGERS = {
    'wish_supports_counted_insert': "AFTER INSERT ON wish_supports "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wish_supports_counted()",
    'wish_supports_counted_delete': "AFTER DELETE ON wish_supports "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wish_supports_counted()",
    'wish_supports_counted_update': "AFTER UPDATE ON wish_supports "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION wish_supports_counted()",
    'wishes_merge_counted': "AFTER UPDATE OF merged_into_id ON wishes FOR EACH ROW "
    "WHEN (OLD.merged_into_id IS DISTINCT FROM NEW.merged_into_id) "
    "EXECUTE FUNCTION wishes_merge_counted()",
    'people_municipality_counted': "AFTER UPDATE OF municipality ON people FOR EACH ROW "
    "WHEN (OLD.municipality IS DISTINCT FROM NEW.municipality) "
    "EXECUTE FUNCTION people_municipality_counted()",
    'wishes_revised_insert': "BEFORE INSERT ON wishes FOR EACH ROW EXECUTE FUNCTION wishes_revised()",
    'wishes_revised_update': "BEFORE UPDATE OF title, description, hidden, merged_into_id ON wishes "
    "FOR EACH ROW EXECUTE FUNCTION wishes_revised()",
}
_TRIGGER_TABLES = {
    name: body.split(" ON ", 1)[1].split()[0] for name, body in POSTGRESQL_TRIGGERS.items()
}


def upgrade() -> None:
    op.add_column('wishes', sa.Column('support_members', sa.Integer(), server_default='0', nullable=False))
    op.add_column('wishes', sa.Column('support_municipalities', sa.Integer(), server_default='0', nullable=False))
    op.add_column('wishes', sa.Column('revision', sa.BigInteger(), server_default='0', nullable=False))
    op.add_column('wishes', sa.Column('terms', sa.Text(), nullable=True))
    op.execute(_RECOUNT)
    op.create_index(
        'ix_wishes_rank',
        'wishes',
        [
            'hidden', 'merged_into_id', sa.text('support_municipalities DESC'),
            sa.text('support_members DESC'), 'created_at', 'id', 'module', 'status',
        ],
        unique=False,
    )
    op.create_index(
        'ix_wishes_listed_rank',
        'wishes',
        [
            sa.text('support_municipalities DESC'), sa.text('support_members DESC'),
            'created_at', 'id', 'module', 'status',
        ],
        unique=False,
        postgresql_where=sa.text('hidden = false AND merged_into_id IS NULL'),
        sqlite_where=sa.text('hidden = 0 AND merged_into_id IS NULL'),
    )
    op.create_index('ix_wishes_revision', 'wishes', ['revision'], unique=False)
    op.create_index('ix_wishes_submitted_by_id', 'wishes', ['submitted_by_id'], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        for signature, body in POSTGRESQL_FUNCTIONS.items():
            bind.exec_driver_sql(f"CREATE FUNCTION {signature} LANGUAGE plpgsql AS $body${body}$body$")
        for name, body in POSTGRESQL_TRIGGERS.items():
            bind.exec_driver_sql(f"CREATE TRIGGER {name} {body}")
    else:
        for name, body in SQLITE.items():
            bind.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        for name, table in _TRIGGER_TABLES.items():
            bind.exec_driver_sql(f"DROP TRIGGER {name} ON {table}")
        for signature in POSTGRESQL_FUNCTIONS:
            bind.exec_driver_sql(f"DROP FUNCTION {signature.split(' RETURNS')[0]}")
    else:
        for name in SQLITE:
            bind.exec_driver_sql(f"DROP TRIGGER {name}")
    op.drop_index('ix_wishes_submitted_by_id', table_name='wishes')
    op.drop_index('ix_wishes_revision', table_name='wishes')
    op.drop_index('ix_wishes_listed_rank', table_name='wishes')
    op.drop_index('ix_wishes_rank', table_name='wishes')
    with op.batch_alter_table('wishes') as batch_op:
        batch_op.drop_column('terms')
        batch_op.drop_column('revision')
        batch_op.drop_column('support_municipalities')
        batch_op.drop_column('support_members')
