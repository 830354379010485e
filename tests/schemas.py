"""A scratch schema on a PostgreSQL server, for tests and benchmarks that need a database
of their own beside others on one server."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import text

from storage.db import Database
from storage.migrate import upgrade


@asynccontextmanager
async def scratch_schema(
    url: str, *, prefix: str = "t_", revision: str | None = "head"
) -> AsyncIterator[str]:
    """A new schema's name, migrated to `revision` (None: left empty), dropped afterwards
    even when the caller fails."""
    schema = f"{prefix}{secrets.token_hex(6)}"
    admin = Database(url)
    async with admin.engine.begin() as connection:
        await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        if revision is not None:
            db = Database(url, schema=schema)
            await upgrade(db, revision)
            await db.dispose()
        yield schema
    finally:
        async with admin.engine.begin() as connection:
            await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()
