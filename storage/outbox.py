"""The durable outbox: every outgoing post is a row here before it is anything else.

Rows are written in the caller's transaction (`enqueue`), so a domain change and the posts
it causes commit together. Dispatchers `claim` rows atomically under a lease — only the
head row of each destination, so order holds within a destination while destinations
proceed independently — then record the outcome with `mark_sent`, `mark_retry` or
`mark_failed`, each checked against the claim token so a dispatcher whose lease ran out
cannot overwrite a newer claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import and_, func, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.db import Database, SerializedJSON
from storage.models import OutboxRow
from storage.upsert import insert_ignoring_conflict, insert_many_ignoring_conflict

Action = Literal["send", "edit", "delete"]
PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
CANCELLED = "cancelled"  # withdrawn before delivery (its original was deleted meanwhile)
OPEN_STATUSES = (PENDING, SENDING)
ENQUEUE_CHUNK = 500  # rows per INSERT when a fan-out is queued at once


@dataclass(frozen=True)
class Claimed:
    """A row a dispatcher holds under a lease; `claim_token` proves it on every update."""

    id: int
    idempotency_key: str
    destination: str
    platform: str
    target: str
    action: str
    ref_key: str | None
    payload: dict[str, Any]
    attempts: int
    in_doubt: bool
    claim_token: str
    created_at: datetime | None = None


@dataclass
class DestinationStatus:
    """What is open or parked for one destination (the board's /status and /bridge list)."""

    destination: str
    pending: int = 0
    sending: int = 0
    failed: int = 0
    last_error: str | None = None
    oldest_open_at: datetime | None = None


@dataclass(frozen=True)
class OutboxStats:
    backlog: int
    failed: int
    oldest_pending_age_seconds: float | None


@dataclass(frozen=True)
class Delivery:
    """One row to queue: where it goes, its key, and what to send."""

    platform: str
    target: str
    idempotency_key: str
    payload: dict[str, Any] | SerializedJSON
    action: Action = "send"
    ref_key: str | None = None

    def values(self, now: datetime) -> dict[str, Any]:
        return {
            "idempotency_key": self.idempotency_key,
            "destination": f"{self.platform}:{self.target}",
            "platform": self.platform,
            "target": self.target,
            "action": self.action,
            "ref_key": self.ref_key,
            "payload": self.payload,
            "status": PENDING,
            "attempts": 0,
            "in_doubt": False,
            "next_attempt_at": now,
            "created_at": now,
        }


async def enqueue(
    session: AsyncSession,
    *,
    platform: str,
    target: str,
    idempotency_key: str,
    payload: dict[str, Any] | SerializedJSON,
    now: datetime,
    action: Action = "send",
    ref_key: str | None = None,
) -> bool:
    """Add a delivery in the caller's transaction; False when the key was already queued."""
    delivery = Delivery(platform, target, idempotency_key, payload, action, ref_key)
    return await insert_ignoring_conflict(
        session, OutboxRow, delivery.values(now), conflict_columns=("idempotency_key",)
    )


async def enqueue_many(
    session: AsyncSession, deliveries: Sequence[Delivery], *, now: datetime
) -> int:
    """`enqueue` for a fan-out, in one statement per chunk of rows; how many were new.

    500 subscribers' rows took most of a second one by one, holding SQLite's write lock
    (and the board member's command) all that while.
    """
    queued = 0
    for start in range(0, len(deliveries), ENQUEUE_CHUNK):
        chunk = deliveries[start : start + ENQUEUE_CHUNK]
        queued += await insert_many_ignoring_conflict(
            session,
            OutboxRow,
            [delivery.values(now) for delivery in chunk],
            conflict_columns=("idempotency_key",),
        )
    return queued


async def _update_claimed(db: Database, row: Claimed, **values: Any) -> bool:
    async with db.transaction() as session:
        result = await session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id == row.id,
                OutboxRow.claim_token == row.claim_token,
                OutboxRow.status == SENDING,
            )
            .values(**values)
            .returning(OutboxRow.id)
        )
        return result.first() is not None


async def mark_sent(db: Database, row: Claimed, *, message_id: str | None, now: datetime) -> bool:
    return await _update_claimed(
        db,
        row,
        status=SENT,
        message_id=message_id,
        sent_at=now,
        lease_until=None,
        last_error=None,
    )


async def mark_retry(
    db: Database,
    row: Claimed,
    *,
    error: str,
    next_attempt_at: datetime,
    in_doubt: bool,
    count_attempt: bool = True,
) -> bool:
    """Put a row back in line for a later attempt (a rate limit does not count as one)."""
    values: dict[str, Any] = {
        "status": PENDING,
        "next_attempt_at": next_attempt_at,
        "lease_until": None,
        "last_error": error[:2000],
        "in_doubt": OutboxRow.in_doubt | literal(in_doubt),
    }
    if not count_attempt:
        values["attempts"] = OutboxRow.attempts - 1
    return await _update_claimed(db, row, **values)


async def mark_failed(db: Database, row: Claimed, *, error: str) -> bool:
    """Park a row: it stays visible as failed until someone retries it."""
    return await _update_claimed(db, row, status=FAILED, lease_until=None, last_error=error[:2000])


async def release(db: Database, row: Claimed, *, now: datetime) -> bool:
    """Give a claimed row back at shutdown; the attempt may have left, so it is in doubt."""
    return await _update_claimed(
        db,
        row,
        status=PENDING,
        lease_until=None,
        next_attempt_at=now,
        in_doubt=True,
        attempts=OutboxRow.attempts - 1,
    )


async def retry_failed(db: Database, row_id: int, *, now: datetime) -> bool:
    """Send a parked row again with a fresh count of attempts; False when it is not failed."""
    async with db.transaction() as session:
        result = await session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == row_id, OutboxRow.status == FAILED)
            .values(status=PENDING, attempts=0, next_attempt_at=now, last_error=None)
            .returning(OutboxRow.id)
        )
        return result.first() is not None


async def sent_message_id(session: AsyncSession, idempotency_key: str) -> str | None:
    """The platform message id of a delivered send, for later edits and deletes."""
    result = await session.execute(
        select(OutboxRow.message_id).where(
            OutboxRow.idempotency_key == idempotency_key, OutboxRow.status == SENT
        )
    )
    return result.scalar_one_or_none()


async def delivery(session: AsyncSession, idempotency_key: str) -> tuple[str, str | None] | None:
    """The status and platform message id of a delivery, None when no such key was queued."""
    result = await session.execute(
        select(OutboxRow.status, OutboxRow.message_id).where(
            OutboxRow.idempotency_key == idempotency_key
        )
    )
    row = result.first()
    return None if row is None else (str(row[0]), row[1])


def _unsent(key: str, *, prefix: bool) -> Any:
    """Sends not gone out yet (waiting or parked) with this key, or every key it begins."""
    matches = (
        OutboxRow.idempotency_key.startswith(key, autoescape=True)
        if prefix
        else (OutboxRow.idempotency_key == key)
    )
    return and_(matches, OutboxRow.status.in_((PENDING, FAILED)))


async def rewrite_unsent(
    session: AsyncSession, key: str, payload: dict[str, Any], *, prefix: bool = False
) -> int:
    """Give sends that have not gone out yet new content; how many."""
    result = await session.execute(
        update(OutboxRow)
        .where(_unsent(key, prefix=prefix))
        .values(payload=payload)
        .returning(OutboxRow.id)
    )
    return len(result.all())


async def cancel_unsent(session: AsyncSession, key: str, *, prefix: bool = False) -> int:
    """Withdraw sends that have not gone out yet; how many."""
    result = await session.execute(
        update(OutboxRow)
        .where(_unsent(key, prefix=prefix))
        .values(status=CANCELLED, lease_until=None)
        .returning(OutboxRow.id)
    )
    return len(result.all())


async def replace_message_id(db: Database, idempotency_key: str, message_id: str) -> None:
    """Record a delivered post's new part ids after an edit changed how many it has."""
    async with db.transaction() as session:
        await session.execute(
            update(OutboxRow)
            .where(OutboxRow.idempotency_key == idempotency_key, OutboxRow.status == SENT)
            .values(message_id=message_id)
        )


async def list_rows(
    db: Database, *, failed_only: bool = False, limit: int = 100
) -> list[OutboxRow]:
    statement = select(OutboxRow).order_by(OutboxRow.id.desc()).limit(limit)
    if failed_only:
        statement = statement.where(OutboxRow.status == FAILED)
    async with db.transaction() as session:
        return list((await session.execute(statement)).scalars())


async def get_row(db: Database, row_id: int) -> OutboxRow | None:
    async with db.transaction() as session:
        return await session.get(OutboxRow, row_id)


async def stats(db: Database, *, now: datetime) -> OutboxStats:
    async with db.transaction() as session:
        backlog, oldest = (
            await session.execute(
                select(func.count(OutboxRow.id), func.min(OutboxRow.created_at)).where(
                    OutboxRow.status.in_(OPEN_STATUSES)
                )
            )
        ).one()
        failed = (
            await session.execute(
                select(func.count(OutboxRow.id)).where(OutboxRow.status == FAILED)
            )
        ).scalar_one()
    oldest_age = None
    if oldest is not None:
        oldest_age = max(0.0, (now - oldest).total_seconds())
    return OutboxStats(
        backlog=int(backlog), failed=int(failed), oldest_pending_age_seconds=oldest_age
    )


async def open_count(db: Database, *, platform: str, now: datetime) -> int:
    """Rows for a platform that are due or in flight: what a caller may wait to drain.

    A due row queued behind one that is backing off cannot move before it, so it does not
    count; otherwise `drain` would wait out its whole timeout for it.
    """
    earlier = aliased(OutboxRow)
    behind_a_retry = (
        select(earlier.id)
        .where(
            earlier.destination == OutboxRow.destination,
            earlier.id < OutboxRow.id,
            earlier.status == PENDING,
            earlier.next_attempt_at > now,
        )
        .exists()
    )
    async with db.transaction() as session:
        result = await session.execute(
            select(func.count(OutboxRow.id)).where(
                OutboxRow.platform == platform,
                or_(
                    and_(
                        OutboxRow.status == PENDING,
                        OutboxRow.next_attempt_at <= now,
                        ~behind_a_retry,
                    ),
                    OutboxRow.status == SENDING,
                ),
            )
        )
        return int(result.scalar_one())


async def destination_status(
    session: AsyncSession, destinations: Sequence[str] | None = None
) -> dict[str, DestinationStatus]:
    """Per destination with anything waiting, in flight or parked: counts and the last error."""
    statement = (
        select(
            OutboxRow.destination,
            OutboxRow.status,
            func.count(OutboxRow.id),
            func.min(OutboxRow.created_at),
            func.max(OutboxRow.id),
        )
        .where(OutboxRow.status.in_((PENDING, SENDING, FAILED)))
        .group_by(OutboxRow.destination, OutboxRow.status)
    )
    if destinations is not None:
        statement = statement.where(OutboxRow.destination.in_(list(destinations)))
    found: dict[str, DestinationStatus] = {}
    latest_failed: dict[str, int] = {}
    for destination, status, count, oldest, newest in await session.execute(statement):
        entry = found.setdefault(destination, DestinationStatus(destination))
        setattr(entry, status, int(count))
        if status == FAILED:
            latest_failed[destination] = int(newest)
        elif entry.oldest_open_at is None or oldest < entry.oldest_open_at:
            entry.oldest_open_at = oldest
    if latest_failed:
        errors = await session.execute(
            select(OutboxRow.destination, OutboxRow.last_error).where(
                OutboxRow.id.in_(list(latest_failed.values()))
            )
        )
        for destination, error in errors:
            found[destination].last_error = error
    return found


async def retry_destination(
    db: Database, destination: str | None, *, now: datetime, platform: str | None = None
) -> int:
    """Send every parked row of a destination again (of a whole platform, or of everything,
    when only `platform` or nothing is given); how many."""
    statement = (
        update(OutboxRow)
        .where(OutboxRow.status == FAILED)
        .values(status=PENDING, attempts=0, next_attempt_at=now, last_error=None)
        .returning(OutboxRow.id)
    )
    if destination is not None:
        statement = statement.where(OutboxRow.destination == destination)
    if platform is not None:
        statement = statement.where(OutboxRow.platform == platform)
    async with db.transaction() as session:
        return len((await session.execute(statement)).all())
