"""Group commit for the outbox: many sent rows marked in one transaction.

Kept beside `storage/outbox.py` (which it extends) so the dispatcher can record a burst of
finished sends with one commit instead of one per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, update

from storage.db import Database
from storage.models import OutboxRow
from storage.outbox import SENDING, SENT, Claimed

MARK_CHUNK = 150  # rows per UPDATE: 5 parameters each, and SQLite allows 999 or more


async def mark_sent_many(
    db: Database, rows: Sequence[tuple[Claimed, str | None]], *, now: datetime
) -> set[int]:
    """`outbox.mark_sent` for many rows in one transaction; returns the ids that were ours.

    A row is marked only while its claim token is the one given and it is still being sent,
    exactly as `mark_sent` checks it row by row; one statement per chunk of rows.
    """
    marked: set[int] = set()
    async with db.transaction() as session:
        for start in range(0, len(rows), MARK_CHUNK):
            chunk = rows[start : start + MARK_CHUNK]
            tokens = {row.id: row.claim_token for row, _ in chunk}
            message_ids = {row.id: message_id for row, message_id in chunk}
            result = await session.execute(
                update(OutboxRow)
                .where(
                    OutboxRow.id.in_(list(tokens)),
                    OutboxRow.claim_token == case(tokens, value=OutboxRow.id),
                    OutboxRow.status == SENDING,
                )
                .values(
                    status=SENT,
                    message_id=case(message_ids, value=OutboxRow.id),
                    sent_at=now,
                    lease_until=None,
                    last_error=None,
                )
                .returning(OutboxRow.id)
            )
            marked.update(result.scalars())
    return marked
