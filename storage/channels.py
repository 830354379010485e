"""Channel topics: which channels on which platforms receive which kind of post."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.mirror_models import BridgeChannelRow
from storage.models import ChannelTopicRow
from storage.upsert import insert_ignoring_conflict


async def add_topic(
    session: AsyncSession,
    *,
    platform: str,
    channel_id: str,
    channel_name: str,
    topic: str,
    added_by: str,
    now: datetime,
) -> bool:
    """Give a channel a topic; False when it already had it."""
    return await insert_ignoring_conflict(
        session,
        ChannelTopicRow,
        {
            "platform": platform,
            "channel_id": channel_id,
            "channel_name": channel_name,
            "topic": topic,
            "added_by": added_by,
            "created_at": now,
        },
        conflict_columns=("platform", "channel_id", "topic"),
    )


async def remove_topic(
    session: AsyncSession, *, platform: str, channel_id: str, topic: str
) -> bool:
    """Take a topic from a channel; False when it did not have it."""
    result = await session.execute(
        delete(ChannelTopicRow)
        .where(
            ChannelTopicRow.platform == platform,
            ChannelTopicRow.channel_id == channel_id,
            ChannelTopicRow.topic == topic,
        )
        .returning(ChannelTopicRow.id)
    )
    return result.first() is not None


async def channels_for_topic(session: AsyncSession, topic: str) -> list[ChannelTopicRow]:
    result = await session.execute(
        select(ChannelTopicRow)
        .where(ChannelTopicRow.topic == topic)
        .order_by(ChannelTopicRow.platform, ChannelTopicRow.channel_id)
    )
    return list(result.scalars())


async def all_channel_topics(session: AsyncSession) -> list[ChannelTopicRow]:
    result = await session.execute(
        select(ChannelTopicRow).order_by(
            ChannelTopicRow.platform, ChannelTopicRow.channel_name, ChannelTopicRow.topic
        )
    )
    return list(result.scalars())


async def channel_names_on_record(session: AsyncSession) -> list[tuple[str, str, str]]:
    """(platform, channel id, name, maybe empty) from every table that keeps a channel's
    name, so /status can name a destination; topics first, then bridges (the later wins)."""
    found: list[tuple[str, str, str]] = []
    for model in (ChannelTopicRow, BridgeChannelRow):
        rows = await session.execute(select(model.platform, model.channel_id, model.channel_name))
        found.extend((platform, channel_id, name) for platform, channel_id, name in rows)
    return found
