"""Rate limits on what strangers can trigger, counted in the database so every process
shares them (per-person limits of members live in `storage.people`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ThrottleHitRow

Limit = tuple[str, int, timedelta]  # key, how many, within what window


async def take(
    session: AsyncSession, limits: Sequence[Limit], *, now: datetime
) -> timedelta | None:
    """Count one use under every key, unless one is past its limit: then nothing is counted
    and the wait until that key has room again is returned."""
    if not limits:
        return None
    longest = max(window for _key, _count, window in limits)
    await session.execute(delete(ThrottleHitRow).where(ThrottleHitRow.at < now - longest))
    for key, count, window in limits:
        recent = (
            select(ThrottleHitRow.at)
            .where(ThrottleHitRow.key == key, ThrottleHitRow.at > now - window)
            .order_by(ThrottleHitRow.at.desc())
            .limit(count)
        ).subquery()
        used, oldest = (await session.execute(select(func.count(), func.min(recent.c.at)))).one()
        if used >= count:
            wait: timedelta = oldest + window - now
            return max(wait, timedelta(seconds=1))
    await session.execute(
        insert(ThrottleHitRow), [{"key": key[:160], "at": now} for key, *_ in limits]
    )
    return None
