"""The outbox's hot path on PostgreSQL: a claim or a mark is one statement in autocommit
(no BEGIN and COMMIT round trips), and its text is the same on every call, so asyncpg's
prepared statement is reused; and the one-round-trip ping that replaced pool_pre_ping still
replaces a connection the server dropped before anyone uses it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from storage import outbox, outbox_claims
from storage.db import Database
from tests.conftest import database_at

pytestmark = pytest.mark.postgres  # PostgreSQL's pool and its round trips


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    async with database_at("postgresql", tmp_path) as target:
        database = target.open()
        yield database
        await database.dispose()


def record_statements(db: Database) -> list[tuple[str, bool]]:
    """Every statement the engine sends from now on, and whether it ran in autocommit (no
    BEGIN before it, no COMMIT after it: asyncpg sends those only around a transaction)."""
    seen: list[tuple[str, bool]] = []

    @event.listens_for(db.engine.sync_engine, "before_cursor_execute")
    def _statement(connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append((statement, connection.connection.dbapi_connection.autocommit))

    return seen


async def queue(db: Database, now: datetime, destinations: int) -> None:
    async with db.transaction() as session:
        for n in range(destinations):
            await outbox.enqueue(
                session,
                platform="slack",
                target=f"C{n}",
                idempotency_key=f"k{n}",
                payload={"text": "hej"},
                now=now,
            )


async def test_claims_and_marks_are_one_statement_each_with_one_text(db: Database) -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    await queue(db, now, destinations=4)
    seen = record_statements(db)
    claimed = []
    for skip in ([], ["slack:C0"], ["slack:C0", "slack:C1", "slack:C2"]):
        claimed += await outbox_claims.claim(
            db, now=now, lease_seconds=60, limit=1, platforms=["slack"], skip_destinations=skip
        )
    held = await outbox_claims.mark_sent_many(db, [(row, "m") for row in claimed], now=now)
    assert len(claimed) == 3 and held == {row.id for row in claimed}
    assert [autocommit for _, autocommit in seen] == [True] * 4, "three claims, one mark"
    claims = {statement for statement, _ in seen[:3]}
    assert len(claims) == 1, "one text, whatever is skipped"


async def test_a_connection_the_server_dropped_is_replaced_before_use(db: Database) -> None:
    await db.engine.dispose()  # from here on, the pool holds one connection
    async with db.engine.connect() as connection:
        pid = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one()
    other = Database(str(db.url.render_as_string(hide_password=False)))
    try:
        async with other.engine.connect() as connection:
            await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        await other.dispose()
    async with db.engine.connect() as connection:  # the pool's one connection was the dead one
        found = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one()
    assert found != pid
