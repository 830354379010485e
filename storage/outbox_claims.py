"""The dispatcher's hot path: claim due rows, and mark many sent rows in one commit, on
PostgreSQL in one statement (and one round trip) each, or both together.

A fan-out to 500 subscribers is 500 rows claimed and 500 marked; building an ORM statement
per call cost more than running it. The statements are in storage/outbox_statements.py.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from storage import outbox_statements as sql
from storage.db import Database
from storage.outbox import Claimed

MARK_CHUNK = 500  # rows per `IN (...)` on SQLite: well under its parameter limit


@dataclass(frozen=True)
class NextClaim:
    """A claim to make together with a mark: up to `limit` due heads of `platforms`, none of
    a destination in `skip_destinations` (in flight elsewhere)."""

    platforms: Sequence[str]
    limit: int
    lease_seconds: float
    skip_destinations: Sequence[str] = ()
    holder: str | None = None  # a dispatcher process among several (PostgreSQL): its id
    hold_seconds: float = 0.0  # how long it keeps the destinations it claims from


def _claim_parameters(now: datetime, claim: NextClaim, *, postgresql: bool) -> dict[str, Any]:
    parameters: dict[str, Any] = {
        "now": now,
        "platforms": list(claim.platforms),
        "limit": claim.limit,
        "lease": now + timedelta(seconds=claim.lease_seconds),
        "token": secrets.token_hex(16),
    }
    if postgresql or claim.skip_destinations:
        parameters["skip"] = list(claim.skip_destinations)
    if postgresql and claim.holder:
        parameters["holder"] = claim.holder
        parameters["hold_until"] = now + timedelta(seconds=claim.hold_seconds)
    return parameters


async def _claim_sqlite(
    connection: AsyncConnection, now: datetime, claim: NextClaim
) -> list[Claimed]:
    statement = sql.claim_sqlite(bool(claim.skip_destinations))
    parameters = _claim_parameters(now, claim, postgresql=False)
    return _claimed(await connection.execute(statement, parameters))


def _claimed(rows: Any) -> list[Claimed]:
    return sorted((Claimed(*row) for row in rows), key=lambda c: c.id)


async def claim(
    db: Database,
    *,
    now: datetime,
    lease_seconds: float,
    limit: int,
    platforms: Sequence[str],
    skip_destinations: Sequence[str] = (),
    holder: str | None = None,
    hold_seconds: float = 0.0,
) -> list[Claimed]:
    """Atomically take up to `limit` due rows, at most the head row of each destination;
    with a `holder` (PostgreSQL), none of a destination another holder holds, and a hold
    of `hold_seconds` on those taken."""
    if limit <= 0 or not platforms:
        return []
    request = NextClaim(platforms, limit, lease_seconds, skip_destinations, holder, hold_seconds)
    async with db.statement() as connection:
        if not db.is_postgresql:
            return await _claim_sqlite(connection, now, request)
        parameters = _claim_parameters(now, request, postgresql=True)
        statement = sql.claim_holding_postgresql() if holder else sql.claim_postgresql()
        return _claimed(await connection.execute(statement, parameters))


async def prune_holds(db: Database, *, before: datetime) -> None:
    """Forget holds that ended before `before` (a direct message's destination names its
    member)."""
    async with db.statement() as connection:
        await connection.execute(sql.PRUNE_HOLDS, {"before": before})


def _mark_parameters(rows: Sequence[tuple[Claimed, str | None]], now: datetime) -> dict[str, Any]:
    ordered = sorted(rows, key=lambda item: item[0].id)
    return {
        "ids": [row.id for row, _ in ordered],
        "tokens": [row.claim_token for row, _ in ordered],
        "sent_ids": [message_id for _, message_id in ordered],
        "marked_at": now,
    }


async def _mark_sqlite(
    connection: AsyncConnection, rows: Sequence[tuple[Claimed, str | None]], now: datetime
) -> set[int]:
    """The rows are read (the transaction holds SQLite's write lock) and those still ours
    updated."""
    tokens = {row.id: row.claim_token for row, _ in rows}
    message_ids = {row.id: message_id for row, message_id in rows}
    held: set[int] = set()
    ids = sorted(tokens)
    for start in range(0, len(ids), MARK_CHUNK):
        found = await connection.execute(sql.HELD_SQLITE, {"ids": ids[start : start + MARK_CHUNK]})
        held.update(row.id for row in found if row.claim_token == tokens[row.id])
    if held:
        await connection.execute(
            sql.MARK_SENT_SQLITE,
            [
                {"row_id": row_id, "sent_id": message_ids[row_id], "sent_at": now}
                for row_id in sorted(held)
            ],
        )
    return held


async def mark_sent_many(
    db: Database, rows: Sequence[tuple[Claimed, str | None]], *, now: datetime
) -> set[int]:
    """`outbox.mark_sent` for many rows in one transaction; returns the ids that were ours.

    A row is marked only while its claim token is the one given and it is still being sent,
    as `mark_sent` checks it row by row (on PostgreSQL in the update itself, which returns
    the rows it marked).
    """
    if not db.is_postgresql:
        async with db.core() as connection:
            return await _mark_sqlite(connection, rows, now)
    async with db.statement() as connection:
        marked = await connection.execute(sql.mark_sent_postgresql(), _mark_parameters(rows, now))
        return {row_id for (row_id,) in marked}


async def mark_sent_and_claim(
    db: Database, rows: Sequence[tuple[Claimed, str | None]], *, now: datetime, then: NextClaim
) -> tuple[set[int], list[Claimed]]:
    """`mark_sent_many`, and in the same commit `claim` what the slots it frees take next,
    their destinations' next rows among them (on PostgreSQL in one statement: one round
    trip and one commit where a mark and a claim took two of each)."""
    if then.limit <= 0 or not then.platforms:
        return await mark_sent_many(db, rows, now=now), []
    if not db.is_postgresql:
        async with db.core() as connection:
            held = await _mark_sqlite(connection, rows, now)
            return held, await _claim_sqlite(connection, now, then)
    parameters = {
        **_mark_parameters(rows, now),
        **_claim_parameters(now, then, postgresql=True),
    }
    statement = sql.mark_sent_and_claim_postgresql(bool(then.holder))
    async with db.statement() as connection:
        result = (await connection.execute(statement, parameters)).all()
    held = set(result[0][0] or ()) if result else set()
    return held, _claimed(row[1:] for row in result if row[1] is not None)
