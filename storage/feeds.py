"""The feeds' repository: feeds, their targets and the entries already seen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.feed_models import FeedEntryRow, FeedRow, FeedTargetRow, MinutesRow
from storage.upsert import insert_ignoring_conflict


async def feed_by_url(session: AsyncSession, url: str) -> FeedRow | None:
    return (await session.execute(select(FeedRow).where(FeedRow.url == url))).scalar_one_or_none()


async def get_feed(session: AsyncSession, feed_id: int) -> FeedRow | None:
    return await session.get(FeedRow, feed_id)


async def all_feeds(session: AsyncSession) -> list[FeedRow]:
    return list((await session.execute(select(FeedRow).order_by(FeedRow.id))).scalars())


async def claim_due_feeds(
    session: AsyncSession, now: datetime, *, limit: int, lease: timedelta
) -> list[int]:
    """The feeds whose time has come, claimed for one poll: their next poll moves `lease`
    ahead (the poll sets the real one), so another scheduler, or this one's next tick, does
    not poll them too. Rows another transaction is claiming are skipped, not waited for
    (PostgreSQL; SQLite has one writer at a time anyway)."""
    due = await session.execute(
        select(FeedRow.id)
        .where(FeedRow.paused.is_(False), FeedRow.disabled.is_(False), FeedRow.next_poll_at <= now)
        .order_by(FeedRow.next_poll_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(due.scalars())
    if ids:
        await session.execute(
            update(FeedRow).where(FeedRow.id.in_(ids)).values(next_poll_at=now + lease)
        )
    return ids


async def add_target(
    session: AsyncSession, *, feed_id: int, platform: str, channel_id: str, channel_name: str
) -> bool:
    return await insert_ignoring_conflict(
        session,
        FeedTargetRow,
        {
            "feed_id": feed_id,
            "platform": platform,
            "channel_id": channel_id,
            "channel_name": channel_name,
        },
        conflict_columns=("feed_id", "platform", "channel_id"),
    )


async def targets(session: AsyncSession, feed_id: int) -> list[FeedTargetRow]:
    result = await session.execute(
        select(FeedTargetRow).where(FeedTargetRow.feed_id == feed_id).order_by(FeedTargetRow.id)
    )
    return list(result.scalars())


async def remove_feed(session: AsyncSession, feed_id: int) -> None:
    for table in (FeedEntryRow, FeedTargetRow):
        await session.execute(delete(table).where(table.feed_id == feed_id))
    await session.execute(delete(FeedRow).where(FeedRow.id == feed_id))


async def seen_entries(
    session: AsyncSession, feed_id: int, keys: Sequence[str]
) -> dict[str, FeedEntryRow]:
    if not keys:
        return {}
    result = await session.execute(
        select(FeedEntryRow).where(
            FeedEntryRow.feed_id == feed_id, FeedEntryRow.entry_key.in_(list(keys))
        )
    )
    return {row.entry_key: row for row in result.scalars()}


async def remember_entry(
    session: AsyncSession,
    *,
    feed_id: int,
    key: str,
    fingerprint: str,
    posted: bool,
    now: datetime,
) -> bool:
    """Record an entry as seen; False when another poll recorded it first."""
    return await insert_ignoring_conflict(
        session,
        FeedEntryRow,
        {
            "feed_id": feed_id,
            "entry_key": key,
            "fingerprint": fingerprint,
            "posted": posted,
            "version": 0,
            "seen_at": now,
        },
        conflict_columns=("feed_id", "entry_key"),
    )


async def minutes_newest_first(
    session: AsyncSession, *, year: int | None = None
) -> list[MinutesRow]:
    """The board's minutes by meeting date, newest first, of one `year` when given; the
    caller filters and cuts the list (searching words is done in Python, alike on both
    databases)."""
    statement = select(MinutesRow)
    if year:
        statement = statement.where(MinutesRow.meeting_date.like(f"{year}-%"))
    order = (MinutesRow.meeting_date.desc(), MinutesRow.id.desc())
    return list((await session.execute(statement.order_by(*order))).scalars())
