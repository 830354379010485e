"""Requests seen before: the replay guard of every signed inbound door (Slack's HTTP mode)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import SeenRequestRow
from storage.upsert import insert_ignoring_conflict


async def first_sight(session: AsyncSession, key: str, *, now: datetime, keep: timedelta) -> bool:
    """True the first time `key` is offered within `keep`; False for a replay. Expired keys
    are cleared on the way, so the table holds only the current window."""
    await session.execute(delete(SeenRequestRow).where(SeenRequestRow.expires_at < now))
    return await insert_ignoring_conflict(
        session,
        SeenRequestRow,
        {"key": key[:160], "expires_at": now + keep},
        conflict_columns=("key",),
    )


async def forget(session: AsyncSession, key: str) -> None:
    """Take a key back (what it marked did not happen after all)."""
    await session.execute(delete(SeenRequestRow).where(SeenRequestRow.key == key[:160]))
