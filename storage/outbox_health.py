"""What the health check asks the outbox beyond its totals."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import Database
from storage.models import OutboxRow
from storage.outbox import OPEN_STATUSES


async def waiting_platforms(db: Database) -> set[str]:
    """Platforms with deliveries waiting: one that is not configured holds them forever."""
    async with db.core(read_only=True) as connection:
        found = await connection.execute(
            select(OutboxRow.platform).where(OutboxRow.status.in_(OPEN_STATUSES)).distinct()
        )
        return set(found.scalars())
