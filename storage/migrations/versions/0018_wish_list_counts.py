"""How many wishes are listed, by module and status, kept by triggers

Every page of /wishes says how many pages there are. Counting the listed wishes read all
50,000 entries of an index, and on PostgreSQL, whenever many wishes had changed since the
last VACUUM (an import followed by supports: each support rewrites its wish's kept counts),
visited each wish's row too (measured: 62,000 heap fetches, 16-20 ms, for the list alone).
A table of (module, status) -> listed wishes, kept by triggers on every insert, change of
module, status, hiding or merging, and delete of a wish, whichever code makes it, answers
the list's count (with a module, a status, or neither) by reading at most a few dozen rows.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-10 12:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

_LISTED = "{row}.hidden = {false} AND {row}.merged_into_id IS NULL"
_CHANGED = (
    "OLD.module IS {distinct} NEW.module OR OLD.status IS {distinct} NEW.status "
    "OR OLD.hidden IS {distinct} NEW.hidden "
    "OR (OLD.merged_into_id IS NULL) IS {distinct} (NEW.merged_into_id IS NULL)"
)

# SQLite: writers take turns, so a row's trigger adds or takes one away.
_SQLITE_ADD = (
    "INSERT INTO wish_list_counts (module, status, listed) "
    "SELECT NEW.module, NEW.status, 1 WHERE " + _LISTED.format(row="NEW", false="0") + " "
    "ON CONFLICT (module, status) DO UPDATE SET listed = listed + 1;"
)
_SQLITE_TAKE = (
    "UPDATE wish_list_counts SET listed = listed - 1 "
    "WHERE module = OLD.module AND status = OLD.status AND "
    + _LISTED.format(row="OLD", false="0") + ";"
)
SQLITE = {
    'wish_list_counted_insert': f"AFTER INSERT ON wishes BEGIN {_SQLITE_ADD} END",
    'wish_list_counted_delete': f"AFTER DELETE ON wishes BEGIN {_SQLITE_TAKE} END",
    'wish_list_counted_update': "AFTER UPDATE OF module, status, hidden, merged_into_id ON wishes "
    f"WHEN {_CHANGED.format(distinct='NOT')} BEGIN {_SQLITE_TAKE} {_SQLITE_ADD} END",
}

# PostgreSQL: an import inserts a thousand wishes a statement, so inserts and deletes are
# counted once a statement (a row per module and status); a change, one wish at a time, once
# a row, only when it changes what is counted (not on a support's recount). Each adds its
# changes in one statement, in order of module and status, so two transactions lock the
# counts they share in the same order and queue instead of deadlocking.
_PG_UPSERT = """
    INSERT INTO wish_list_counts AS c (module, status, listed)
    SELECT module, status, SUM(n) FROM ({changes}) AS d(module, status, n)
    GROUP BY module, status HAVING SUM(n) <> 0 ORDER BY module, status
    ON CONFLICT (module, status) DO UPDATE SET listed = c.listed + EXCLUDED.listed;"""
_PG_ROWS = "SELECT module, status, {sign}1 FROM {table} r WHERE " + _LISTED.format(
    row="r", false="false"
)
POSTGRESQL_FUNCTIONS = {
    'wish_list_counted_rows() RETURNS trigger': f"""
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_PG_UPSERT.format(changes=_PG_ROWS.format(sign='', table='new_rows'))}
    ELSE
        {_PG_UPSERT.format(changes=_PG_ROWS.format(sign='-', table='old_rows'))}
    END IF;
    RETURN NULL;
END""",
    'wish_list_counted_change() RETURNS trigger': f"""
BEGIN
    {_PG_UPSERT.format(changes=(
        "VALUES (OLD.module, OLD.status, CASE WHEN "
        + _LISTED.format(row="OLD", false="false") + " THEN -1 ELSE 0 END), "
        "(NEW.module, NEW.status, CASE WHEN "
        + _LISTED.format(row="NEW", false="false") + " THEN 1 ELSE 0 END)"
    ))}
    RETURN NULL;
END""",
}
POSTGRESQL_TRIGGERS = {
    'wish_list_counted_insert': "AFTER INSERT ON wishes REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION wish_list_counted_rows()",
    'wish_list_counted_delete': "AFTER DELETE ON wishes REFERENCING OLD TABLE AS old_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION wish_list_counted_rows()",
    'wish_list_counted_update': "AFTER UPDATE OF module, status, hidden, merged_into_id "
    f"ON wishes FOR EACH ROW WHEN ({_CHANGED.format(distinct='DISTINCT FROM')}) "
    "EXECUTE FUNCTION wish_list_counted_change()",
}

_COUNT_NOW = (
    "INSERT INTO wish_list_counts (module, status, listed) "
    "SELECT module, status, COUNT(*) FROM wishes w WHERE {listed} GROUP BY module, status"
)


def upgrade() -> None:
    op.create_table(
        'wish_list_counts',
        sa.Column('module', sa.String(length=60), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('listed', sa.Integer(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('module', 'status', name=op.f('pk_wish_list_counts')),
    )
    bind = op.get_bind()
    postgresql = bind.dialect.name == 'postgresql'
    if postgresql:  # no wish may change between the count and the triggers
        bind.exec_driver_sql("LOCK TABLE wishes IN SHARE ROW EXCLUSIVE MODE")
    false = 'false' if postgresql else '0'
    bind.exec_driver_sql(_COUNT_NOW.format(listed=_LISTED.format(row='w', false=false)))
    if postgresql:
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
        for name in POSTGRESQL_TRIGGERS:
            bind.exec_driver_sql(f"DROP TRIGGER {name} ON wishes")
        for signature in POSTGRESQL_FUNCTIONS:
            bind.exec_driver_sql(f"DROP FUNCTION {signature.split(' RETURNS')[0]}")
    else:
        for name in SQLITE:
            bind.exec_driver_sql(f"DROP TRIGGER {name}")
    op.drop_table('wish_list_counts')
