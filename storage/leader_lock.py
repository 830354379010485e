"""PostgreSQL session advisory locks on a dedicated connection: how processes elect one
leader per role (README, "Running more than one process").

The locks live as long as the connection. A process that dies closes it, and the server
frees its locks at once. A process cut off from the server (a network fault) cannot say
so; the connection is therefore opened with `idle_session_timeout`, so the server ends it,
and frees its locks, once it has been silent that long. The holder beats well within it.
Raw asyncpg rather than the SQLAlchemy pool: the connection must never be shared, reused
or silently replaced, and it must be abortable at once.
"""

from __future__ import annotations

import hashlib

import asyncpg  # type: ignore[import-untyped]

from storage import pg_direct


def lock_key(database: str, schema: str | None, role: str) -> int:
    """The advisory lock's 64-bit key for one role of one deployment (a schema of its own
    is a deployment of its own)."""
    digest = hashlib.sha256(f"bryggan:{database}:{schema or ''}:{role}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class LeaderLock:
    """One connection and the role locks it holds."""

    def __init__(
        self,
        url: str,
        schema: str | None,
        *,
        server_idle_seconds: float,
        statement_seconds: float,
        connect_seconds: float = 10.0,
    ) -> None:
        self._url = url
        self._database = ""  # the server's name for it, read at connect
        self._schema = schema
        self._settings = {
            "idle_session_timeout": str(int(server_idle_seconds * 1000)),
            "statement_timeout": str(int(statement_seconds * 1000)),
            "application_name": "bryggan-leader",
        }
        self._timeout = statement_seconds
        self._connect_timeout = connect_seconds  # while connecting nothing is led: no hurry
        self._connection: asyncpg.Connection | None = None

    async def connect(self) -> None:
        """Connect, and read the database's name from the server: two URLs that spell it
        differently (one leaving it to default to the user's name) share the lock."""
        self._connection = await pg_direct.connect(
            self._url, server_settings=self._settings, connect_seconds=self._connect_timeout
        )
        name = await self._connection.fetchval("SELECT current_database()")  # holds nothing yet
        self._database = str(name)

    def _open(self) -> asyncpg.Connection:
        if self._connection is None or self._connection.is_closed():
            raise ConnectionError("the leader connection is closed")
        return self._connection

    async def try_take(self, role: str) -> bool:
        """Take the role's lock if no other connection holds it."""
        key = lock_key(self._database, self._schema, role)
        status = await self._simple(f"SELECT 1 WHERE pg_try_advisory_lock({key})")
        return status == "SELECT 1"

    async def beat(self, roles: tuple[str, ...]) -> None:
        """Prove the connection alive and every role's lock still ours (an operator may have
        ended the session, or the server restarted): raises if one is not."""
        keys = ",".join(str(lock_key(self._database, self._schema, role)) for role in roles)
        held = f"((classid::bigint << 32) | objid::bigint) IN ({keys})" if roles else "false"
        status = await self._simple(
            "SELECT 1 WHERE (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            f" AND granted AND pid = pg_backend_pid() AND {held}) = {len(roles)}"
        )
        if status != "SELECT 1":
            raise ConnectionError("a leader lock is no longer held")

    async def _simple(self, query: str) -> str:
        """One query in PostgreSQL's simple protocol: one message, whose answer's status tells
        the result. Never the extended protocol here: asyncpg prepares a statement across
        round trips, and a server waiting between them is neither idle (its idle timeout
        does not apply) nor running a statement, so a leader cut off in that instant would
        keep its locks for good. The keys are integers this module computes, not input."""
        return str(await self._open().execute(query, timeout=self._timeout))

    def abort(self) -> None:
        """Drop the connection at once, without a word to the server (it may be away)."""
        connection, self._connection = self._connection, None
        if connection is not None and not connection.is_closed():
            connection.terminate()

    async def close(self) -> None:
        """Close politely (the locks are freed at once for a standby), or drop it."""
        connection, self._connection = self._connection, None
        if connection is None or connection.is_closed():
            return
        try:
            await connection.close(timeout=self._timeout)
        except Exception:
            connection.terminate()
