"""Engine and sessions: SQLite (WAL, busy timeout, BEGIN IMMEDIATE) or PostgreSQL (asyncpg)."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.util import await_only as await_

SQLITE_BUSY_TIMEOUT_MS = 15_000
WAL_ATTEMPTS = 50  # about 25 s of tries at most, beside the busy timeout
READ_ONLY = "bryggan_read_only"  # execution option: begin without taking SQLite's write lock


class Database:
    """One engine and its session factory; `transaction()` is the unit of work."""

    def __init__(self, url: str, *, schema: str | None = None, echo: bool = False) -> None:
        self.url = make_url(url)
        self.schema = schema
        self.engine: AsyncEngine = _create_engine(url, schema=schema, echo=echo)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        read_only: dict[str, Any] = {READ_ONLY: True}
        if self.is_postgresql:
            read_only["postgresql_readonly"] = True  # a READ ONLY transaction, checked there
        self._reader_engine = self.engine.execution_options(**read_only)
        # One statement is a transaction by itself: on PostgreSQL it needs no BEGIN and
        # COMMIT round trips around it. SQLite keeps BEGIN IMMEDIATE (its write lock first).
        self._single_engine = (
            self.engine.execution_options(isolation_level="AUTOCOMMIT")
            if self.is_postgresql
            else self.engine
        )

    @property
    def is_postgresql(self) -> bool:
        return self.url.get_backend_name() == "postgresql"

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session inside one transaction: committed on success, rolled back on error."""
        async with self.sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def core(self, *, read_only: bool = False) -> AsyncIterator[AsyncConnection]:
        """A connection in one transaction, without the ORM session around it.

        For hot paths that run Core statements only (the outbox's claims and marks, the mail
        fan-out's lookups): a session's bookkeeping cost more than the statements when a
        fan-out makes a thousand of them. `read_only` begins deferred on SQLite, so the
        reader never waits for (or holds up) a writer; on PostgreSQL it is READ ONLY.
        """
        async with (self._reader_engine if read_only else self.engine).begin() as connection:
            yield connection

    @asynccontextmanager
    async def statement(self) -> AsyncIterator[AsyncConnection]:
        """A connection for one statement that is atomic by itself (an outbox claim or
        mark): on PostgreSQL in autocommit, one round trip where BEGIN, the statement and
        COMMIT took three; on SQLite in a transaction of its own, as `core()`."""
        async with self._single_engine.begin() as connection:
            yield connection

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except Exception:  # any failure means "not reachable" for health checks
            return False
        return True

    async def dispose(self) -> None:
        await self.engine.dispose()


class SerializedJSON(str):
    """A JSON document serialised already, a part at a time (a wish list's files: one
    `json.dumps` of their 14 MB held the event loop 60 ms), stored as it is."""


def _json_serializer(value: Any) -> str:
    return str(value) if isinstance(value, SerializedJSON) else json.dumps(value)


def _create_engine(url: str, *, schema: str | None, echo: bool) -> AsyncEngine:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    # A failed statement's error names no values: they are members' texts and addresses,
    # and errors are logged.
    kwargs: dict[str, Any] = {
        "echo": echo,
        "hide_parameters": True,
        "json_serializer": _json_serializer,
    }
    if backend == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        engine = create_async_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    if backend == "postgresql" and schema:
        kwargs["connect_args"] = {"server_settings": {"search_path": schema}}
    if backend != "postgresql":
        kwargs["pool_pre_ping"] = True
        return create_async_engine(url, **kwargs)
    engine = create_async_engine(url, **kwargs)
    _ping_on_checkout(engine)
    return engine


def _ping_on_checkout(engine: AsyncEngine) -> None:
    """What `pool_pre_ping` does, in one round trip: SQLAlchemy's ping on asyncpg wraps its
    `;` in BEGIN and ROLLBACK (for pgbouncer), three round trips before every transaction.
    A connection that does not answer (the server restarted) is replaced before use: the
    pool takes DisconnectionError from a checkout hook as its cue to connect anew."""

    @event.listens_for(engine.sync_engine, "checkout")
    def _ping(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        try:
            await_(dbapi_connection.driver_connection.fetchrow(";"))
        except Exception as error:
            raise DisconnectionError(f"ping failed: {error}") from error


def _use_wal(cursor: Any) -> None:
    """Switch a file to WAL, which it keeps once set. The switch needs the file to itself,
    and SQLite answers "database is locked" at once rather than waiting its busy timeout
    when another connection is busy with a new file (several processes starting together):
    so it is tried again, briefly, only in that case."""
    cursor.execute("PRAGMA journal_mode")
    if str(cursor.fetchone()[0]).lower() == "wal":
        return
    for attempt in range(WAL_ATTEMPTS):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except Exception as error:  # the driver's OperationalError, as the hook sees it
            if "database is locked" not in str(error) or attempt == WAL_ATTEMPTS - 1:
                raise
            time.sleep(0.02 * (attempt + 1))  # only while a new file is being made


def _configure_sqlite(engine: AsyncEngine) -> None:
    """WAL for concurrent readers, a busy timeout, and BEGIN IMMEDIATE so writers queue early."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's "begin" hook emit BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        _use_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")  # deferred: a WAL snapshot, no write lock
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
