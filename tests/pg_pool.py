"""PostgreSQL databases for tests: made once per test process from a migrated template, then
emptied and reused by the next test.

A database per test (CREATE … TEMPLATE, then DROP) cost over a second a test on a busy
machine: DROP DATABASE forces a checkpoint, which flushes every other worker's writes too.
Emptying a database's tables is a few milliseconds. A test that changed the schema (its
revision or its tables) leaves a database that is dropped rather than reused. The databases
commit without waiting for the disk (`synchronous_commit = off`): a crash of the PostgreSQL
server itself is not what any test is about, and every other guarantee stays as it is.
"""

from __future__ import annotations

import os
import secrets

import asyncpg
from sqlalchemy.engine import make_url

from storage.db import Database
from storage.migrate import upgrade

_SHAPE = """
SELECT (SELECT string_agg(version_num, ',') FROM alembic_version),
       (SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables
         WHERE schemaname = 'public')
"""
_TERMINATE_OTHERS = """
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
 WHERE datname = current_database() AND pid <> pg_backend_pid()
"""


class PostgresPool:
    """This test process's databases: a migrated template and copies of it, free or in use."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.template: str | None = None
        self.free: list[str] = []
        self.made: list[str] = []
        self._shape: tuple[str, str] | None = None
        self._emptying = ""

    def url_of(self, database: str) -> str:
        """The SQLAlchemy URL of one of the databases (what the code under test is given)."""
        return make_url(self.url).set(database=database).render_as_string(hide_password=False)

    def _dsn(self, database: str | None = None) -> str:
        url = make_url(self.url).set(drivername="postgresql")
        return url.set(database=database or url.database).render_as_string(hide_password=False)

    async def acquire(self) -> str:
        """A database at the head revision with every table empty."""
        if self.template is None:
            await self._make_template()
        if self.free:
            return self.free.pop()
        name = f"t_{os.getpid()}_{secrets.token_hex(4)}"
        admin = await asyncpg.connect(self._dsn())
        try:
            await admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
            await admin.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
        finally:
            await admin.close()
        self.made.append(name)
        return name

    async def release(self, name: str) -> None:
        """Empty the database for the next test (sessions left open by the test are ended
        first), or drop it when the test changed its schema."""
        connection = await asyncpg.connect(self._dsn(name))
        try:
            await connection.execute(_TERMINATE_OTHERS)
            shape = tuple(await connection.fetchrow(_SHAPE))
            if shape == self._shape:
                await connection.execute(self._emptying)
                self.free.append(name)
                return
        finally:
            await connection.close()
        await self._drop(name)

    async def drop_all(self) -> None:
        """At the end of the session: every database this process made, and its template."""
        for name in [*self.made, *([self.template] if self.template else [])]:
            await self._drop(name)
        self.made, self.free, self.template = [], [], None

    async def _make_template(self) -> None:
        name = f"bryggan_template_{os.getpid()}_{secrets.token_hex(3)}"
        admin = await asyncpg.connect(self._dsn())
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        db = Database(self.url_of(name))
        await upgrade(db)
        await db.dispose()
        connection = await asyncpg.connect(self._dsn(name))
        try:
            self._shape = tuple(await connection.fetchrow(_SHAPE))
            tables = await connection.fetch(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'alembic_version'"
            )
            sequences = await connection.fetch(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"
            )
        finally:
            await connection.close()
        # Foreign keys are not checked while emptying (the replica role skips their triggers),
        # so the tables may go in any order; sequences start again at 1, as in a new database.
        statements = ["SET session_replication_role = replica"]
        statements += [f'DELETE FROM "{row["tablename"]}"' for row in tables]
        statements += [f"SELECT setval('\"{row['sequencename']}\"', 1, false)" for row in sequences]
        statements.append("SET session_replication_role = DEFAULT")
        self._emptying = ";\n".join(statements)
        self.template = name

    async def _drop(self, name: str) -> None:
        admin = await asyncpg.connect(self._dsn())
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()
        if name in self.made:
            self.made.remove(name)
