"""Migrations build the schema the models describe, on every engine, and are re-runnable."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from storage.db import Database
from storage.metadata import metadata
from storage.migrate import current_revision, head_revision, upgrade


async def test_empty_database_upgrades_to_head_and_matches_models(db: Database) -> None:
    await upgrade(db)  # a second run is a no-op
    assert await current_revision(db) == head_revision()

    def _diff(connection):  # type: ignore[no-untyped-def]
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, metadata)

    async with db.engine.connect() as connection:
        diff = await connection.run_sync(_diff)
        tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert diff == []
    assert {
        "members",
        "channel_topics",
        "outbox",
        "alembic_version",
        "wishes",
        "wish_supports",
        "wish_events",
        "wish_drafts",
        "wish_cards",
    } <= tables


async def test_many_processes_starting_on_one_new_sqlite_file_all_migrate(tmp_path: Path) -> None:
    """Several starts at once on a file that does not exist yet (a service manager starting
    the bot and its tools together): each waits its turn and none finds the file locked."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'new.db'}"
    databases = [Database(url) for _ in range(12)]
    try:
        await asyncio.gather(*(upgrade(db) for db in databases))
        assert {await current_revision(db) for db in databases} == {head_revision()}
    finally:
        for db in databases:
            await db.dispose()


async def test_a_new_file_another_process_is_still_writing_is_waited_for(tmp_path: Path) -> None:
    """The race behind "database is locked" at a busy start: while another process holds a
    new file's write lock, switching it to WAL is refused at once, not after the busy
    timeout. The switch is tried again until the file is free."""
    path = tmp_path / "held.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE made_by_the_other_process (i INTEGER)")

    def release() -> None:
        holder.execute("COMMIT")
        holder.close()

    threading.Timer(0.5, release).start()
    db = Database(f"sqlite+aiosqlite:///{path}")
    try:
        await upgrade(db)
        assert await current_revision(db) == head_revision()
    finally:
        await db.dispose()
