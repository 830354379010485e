"""What the similar-wish index reads: the wishes changed since it last looked, and the
normalised words it keeps with them.

`WishRow.revision` is set by a trigger on every change the index cares about. A look starts
with a `Horizon` taken before the rows are read, and the next look reads what lies beyond it:

- PostgreSQL numbers a change with its transaction's id, and transactions commit in any order,
  so the horizon is the snapshot's: every id from its `xmax` on, and the ids still running
  then (`xip`). A transaction left open elsewhere costs one more id to look at, never a
  re-read of everything after it.
- SQLite's writers take turns, so a change is numbered one past the highest and the horizon
  is one past the highest seen.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import ColumnElement, bindparam, func, or_, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.db import Database
from storage.wish_models import WishRow

BATCH = 1000


@dataclass(frozen=True)
class Horizon:
    """Changes from here on were not seen: revisions from `after` on, and those `pending`."""

    after: int
    pending: tuple[int, ...] = ()


class IndexedWish(NamedTuple):
    """A wish as the index reads it (a row as it comes, not copied into an object)."""

    id: int
    revision: int
    hidden: bool
    merged_into_id: int | None
    title: str
    description: str
    terms: str | None

    @property
    def listed(self) -> bool:
        """Whether it belongs in the index: neither hidden nor merged."""
        return not self.hidden and self.merged_into_id is None


async def _horizon(connection: AsyncConnection) -> Horizon:
    if connection.dialect.name == "postgresql":
        row = (
            await connection.execute(
                text(
                    "SELECT txid_snapshot_xmax(s), ARRAY(SELECT txid_snapshot_xip(s)) "
                    "FROM (SELECT txid_current_snapshot() AS s) AS snapshot"
                )
            )
        ).one()
        return Horizon(int(row[0]), tuple(sorted(int(xid) for xid in row[1])))
    highest = await connection.scalar(select(func.coalesce(func.max(WishRow.revision), 0)))
    return Horizon(int(highest or 0) + 1)


def _beyond(horizon: Horizon) -> ColumnElement[bool]:
    if not horizon.pending:
        return WishRow.revision >= horizon.after
    return or_(WishRow.revision >= horizon.after, WishRow.revision.in_(horizon.pending))


@asynccontextmanager
async def changed_wishes(
    db: Database, since: Horizon | None, *, batch: int = BATCH
) -> AsyncIterator[tuple[Horizon, AsyncIterator[list[IndexedWish]]]]:
    """The horizon to look from next time, and every wish changed since `since` (all of them
    when None), in batches, read without taking SQLite's write lock."""
    async with db.core(read_only=True) as connection:
        horizon = await _horizon(connection)  # first: on SQLite this also starts the snapshot
        statement = select(
            WishRow.id,
            WishRow.revision,
            WishRow.hidden,
            WishRow.merged_into_id,
            WishRow.title,
            WishRow.description,
            WishRow.terms,
        )
        # In the order of the numbers, as far as it is cheap, so that the index appends them
        # (one taken in below a higher one is inserted: after an import whose rows were
        # updated since, PostgreSQL would give them in the table's order, which is shuffled).
        # What changed goes by revision first: ordered by number, SQLite would read every row.
        if since is None:
            statement = statement.order_by(WishRow.id)
        else:
            statement = statement.where(_beyond(since)).order_by(WishRow.revision, WishRow.id)
        result = await connection.stream(statement)

        async def batches() -> AsyncIterator[list[IndexedWish]]:
            async for rows in result.partitions(batch):
                yield list(map(IndexedWish._make, rows))

        yield horizon, batches()


# Every listed wish with what a search compares, in one statement. Not `merged_into_id IS
# NULL`: SQLite would read the listed ones along the index on that column, twice as slowly as
# the whole table; the unary `+` (a no-op in PostgreSQL too) keeps it to the table.
_LISTED = (
    "SELECT id, title, description, terms FROM wishes WHERE NOT hidden AND +merged_into_id IS NULL"
)

ListedWish = tuple[int, str, str, str | None]  # number, title, description, terms


async def listed_wishes(db: Database) -> Sequence[ListedWish]:
    """Every listed wish (number, title, description, terms), for a process that searches
    once: no horizon, no revision. Read whole through the driver's own cursor, as its rows
    come (tuples, or asyncpg's records): a row made by SQLAlchemy cost as much again."""
    async with db.core(read_only=True) as connection:
        return await connection.run_sync(_fetch_listed)


def _fetch_listed(connection: Connection) -> Sequence[ListedWish]:
    """On the driver's cursor: its rows are kept as they come, not made into SQLAlchemy's."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(_LISTED)
        return cursor.fetchall()
    finally:
        cursor.close()


async def store_terms(db: Database, terms: Sequence[tuple[int, int, str]]) -> None:
    """Keep normalised words made from wishes' texts, as (wish, revision read, words); a wish
    changed since it was read keeps its own (its revision no longer matches)."""
    statement = (
        update(WishRow)
        .where(WishRow.id == bindparam("wish"), WishRow.revision == bindparam("seen"))
        .values(terms=bindparam("words"))
    )
    for start in range(0, len(terms), BATCH):
        part = terms[start : start + BATCH]
        async with db.core() as connection:
            await connection.execute(
                statement, [{"wish": w, "seen": r, "words": words} for w, r, words in part]
            )
