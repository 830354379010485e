"""The dispatcher's hot path: claim due rows, and mark many sent rows in one commit.

A fan-out to 500 subscribers is 500 rows claimed and 500 marked; building an ORM statement
per call cost more than running it. Each statement here is built once per kind of database
with bind parameters (expanding ones for lists), so SQLAlchemy finds its compiled form
without walking a new statement, and rows come back as tuples rather than ORM objects.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, case, func, or_, select, update
from sqlalchemy.sql import Select, Update

from storage.db import Database
from storage.models import OutboxRow
from storage.outbox import OPEN_STATUSES, PENDING, SENDING, SENT, Claimed

MARK_CHUNK = 500  # rows per `IN (...)`: well under every database's parameter limit
_T = cast(Table, OutboxRow.__table__)
_CLAIMED = (
    _T.c.id, _T.c.idempotency_key, _T.c.destination, _T.c.platform, _T.c.target, _T.c.action,
    _T.c.ref_key, _T.c.payload, _T.c.attempts, _T.c.in_doubt, _T.c.claim_token, _T.c.created_at,
)  # fmt: skip


def _due() -> Any:
    """Pending rows whose time has come, and claimed rows whose lease has run out."""
    return or_(
        and_(_T.c.status == PENDING, _T.c.next_attempt_at <= bindparam("now")),
        and_(_T.c.status == SENDING, _T.c.lease_until < bindparam("now")),
    )


@cache
def _claim_statement(postgresql: bool, skipping: bool) -> Update:
    # The head of a destination is its lowest open row: one pass over the open rows, where
    # asking "is there an earlier open row?" per candidate rescanned each destination's past.
    heads = (
        select(func.min(_T.c.id))
        .where(
            _T.c.status.in_(OPEN_STATUSES),
            _T.c.platform.in_(bindparam("platforms", expanding=True)),
        )
        .group_by(_T.c.destination)
    )
    candidates = (
        select(_T.c.id)
        .where(_T.c.id.in_(heads), _due())
        .order_by(_T.c.id)
        .limit(bindparam("limit"))
    )
    if skipping:
        candidates = candidates.where(_T.c.destination.not_in(bindparam("skip", expanding=True)))
    if postgresql:
        candidates = candidates.with_for_update(skip_locked=True, of=_T)
    # A materialised CTE runs once. As `IN (subquery)` PostgreSQL may re-run it per row, and
    # each re-run skips the rows this statement already locked, so LIMIT stopped limiting.
    chosen = candidates.cte("chosen")
    if postgresql:
        chosen = chosen.prefix_with("MATERIALIZED")
    return (
        update(_T)
        .where(_T.c.id.in_(select(chosen.c.id)), _due())
        .values(
            status=SENDING,
            lease_until=bindparam("lease"),
            claim_token=bindparam("token"),
            attempts=_T.c.attempts + 1,
            in_doubt=case((_T.c.status == SENDING, True), else_=_T.c.in_doubt),
        )
        .returning(*_CLAIMED)
    )


async def claim(
    db: Database,
    *,
    now: datetime,
    lease_seconds: float,
    limit: int,
    platforms: Sequence[str],
    skip_destinations: Sequence[str] = (),
) -> list[Claimed]:
    """Atomically take up to `limit` due rows, at most the head row of each destination."""
    if limit <= 0 or not platforms:
        return []
    statement = _claim_statement(db.is_postgresql, bool(skip_destinations))
    parameters: dict[str, Any] = {
        "now": now,
        "platforms": list(platforms),
        "limit": limit,
        "lease": now + timedelta(seconds=lease_seconds),
        "token": secrets.token_hex(16),
    }
    if skip_destinations:
        parameters["skip"] = list(skip_destinations)
    async with db.core() as connection:
        rows = (await connection.execute(statement, parameters)).all()
    return sorted((Claimed(*row) for row in rows), key=lambda c: c.id)


@cache
def _held_statement(postgresql: bool) -> Select[tuple[int, str | None]]:
    statement = select(_T.c.id, _T.c.claim_token).where(
        _T.c.id.in_(bindparam("ids", expanding=True)), _T.c.status == SENDING
    )
    return statement.with_for_update() if postgresql else statement


_MARK_SENT = (
    update(_T)
    .where(_T.c.id == bindparam("row_id"))
    .values(
        status=SENT,
        message_id=bindparam("sent_id"),
        sent_at=bindparam("sent_at"),
        lease_until=None,
        last_error=None,
    )
)


async def mark_sent_many(
    db: Database, rows: Sequence[tuple[Claimed, str | None]], *, now: datetime
) -> set[int]:
    """`outbox.mark_sent` for many rows in one transaction; returns the ids that were ours.

    A row is marked only while its claim token is the one given and it is still being sent,
    as `mark_sent` checks it row by row: the rows are read (and locked, on PostgreSQL; on
    SQLite the transaction holds the write lock) and the ones still ours are updated.
    """
    tokens = {row.id: row.claim_token for row, _ in rows}
    message_ids = {row.id: message_id for row, message_id in rows}
    held: set[int] = set()
    async with db.core() as connection:
        ids = sorted(tokens)
        for start in range(0, len(ids), MARK_CHUNK):
            found = await connection.execute(
                _held_statement(db.is_postgresql), {"ids": ids[start : start + MARK_CHUNK]}
            )
            held.update(row.id for row in found if row.claim_token == tokens[row.id])
        if held:
            await connection.execute(
                _MARK_SENT,
                [
                    {"row_id": row_id, "sent_id": message_ids[row_id], "sent_at": now}
                    for row_id in sorted(held)
                ],
            )
    return held
