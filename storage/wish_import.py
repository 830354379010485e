"""Many wishes at once: what an import needs to know beforehand, and its inserts.

Lookups go in chunks of `CHUNK` numbers (SQLite and asyncpg both limit a statement's
parameters), and wishes go in with their 'created' events in two statements per batch. On
SQLite a batch carries its own revision (one past the highest: its writers take turns), which
spares a trigger's UPDATE for every row; PostgreSQL's trigger numbers every row as ever.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, select, text
from sqlalchemy import insert as sa_insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import Database
from storage.wish_models import WishEventRow, WishRow

CHUNK = 1000


def _chunks(values: Collection[Any]) -> list[list[Any]]:
    ordered = sorted(values)
    return [ordered[start : start + CHUNK] for start in range(0, len(ordered), CHUNK)]


async def titles_born_here(session: AsyncSession, numbers: Collection[int]) -> dict[int, str]:
    """The titles of the wishes made in chat (no source) among these numbers."""
    found: dict[int, str] = {}
    for chunk in _chunks(numbers):
        rows = await session.execute(
            select(WishRow.id, WishRow.title).where(WishRow.id.in_(chunk), WishRow.source.is_(None))
        )
        found.update((number, title) for number, title in rows)
    return found


async def known_keys(session: AsyncSession, source: str) -> set[str]:
    """Every external id a wish from `source` has: read once for an import, in parts (asking
    for each batch's keys instead cost PostgreSQL a pass over the table per batch, as the
    plans it made while the table was small stayed)."""
    statement = select(WishRow.external_id).where(WishRow.source == source)
    found: set[str] = set()
    async for part in (await session.stream(statement)).partitions(5 * CHUNK):
        found.update(key for (key,) in part if key is not None)
    return found


async def add_wishes(
    session: AsyncSession,
    wishes: Sequence[dict[str, Any]],
    *,
    actors: Sequence[str],
    now: datetime,
) -> int:
    """Insert wishes (dicts of `WishRow` columns, all with the same keys, each with its own
    source and external id) and for each an event 'created' by its actor (`actors`, in the
    same order), in two multi-row statements; a wish whose source and external id are there
    already (another import took it meanwhile) is left out. Returns how many went in."""
    if not wishes:
        return 0
    table, events = cast(Table, WishRow.__table__), cast(Table, WishEventRow.__table__)
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":  # one revision for the batch, not a trigger's
        highest = await session.scalar(select(func.max(WishRow.revision)))
        wishes = [{**wish, "revision": (highest or 0) + 1} for wish in wishes]
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(table)
        .on_conflict_do_nothing(index_elements=["source", "external_id"])
        .returning(table.c.id, table.c.source, table.c.external_id)
    )
    # The numbers come back in no particular order: matched by source and external id.
    number_of = {(source, key): n for n, source, key in await session.execute(statement, wishes)}
    created = [
        {
            "wish_id": number_of[key],
            "kind": "created",
            "actor_id": None,
            "actor": actor,
            "detail": {},
            "created_at": now,
        }
        for wish, actor in zip(wishes, actors, strict=True)
        if (key := (wish["source"], wish["external_id"])) in number_of
    ]
    if created:
        await session.execute(sa_insert(events), created)
    return len(created)


async def take_stock(db: Database) -> None:
    """After an import, PostgreSQL looks at the wishes again (VACUUM ANALYZE): its plans for
    the list were made for the table as it was, and until autovacuum gets to it every page of
    `/wishes` would be sorted from all the wishes instead of read along the index, and every
    count would visit each row (the visibility map is new). SQLite's planner needs neither."""
    if db.is_postgresql:
        async with db.statement() as connection:  # autocommit: VACUUM runs in no transaction
            await connection.execute(text("VACUUM ANALYZE wishes"))
