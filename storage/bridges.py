"""Repositories for bridge groups, their channels and the messages that crossed them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.mirror_models import (
    BridgeChannelRow,
    BridgedMessageRow,
    BridgeRow,
    MirrorCopyRow,
)
from storage.models import OutboxRow
from storage.upsert import insert_ignoring_conflict


async def create_bridge(
    session: AsyncSession, *, name: str, created_by: str, now: datetime
) -> BridgeRow | None:
    """A new bridge group; None when the name is taken."""
    added = await insert_ignoring_conflict(
        session,
        BridgeRow,
        {"name": name, "created_by": created_by, "created_at": now},
        conflict_columns=("name",),
    )
    return await bridge_by_name(session, name) if added else None


async def bridge_by_name(session: AsyncSession, name: str) -> BridgeRow | None:
    result = await session.execute(select(BridgeRow).where(BridgeRow.name == name))
    return result.scalar_one_or_none()


async def all_bridges(session: AsyncSession) -> list[BridgeRow]:
    return list((await session.execute(select(BridgeRow).order_by(BridgeRow.name))).scalars())


async def bridge_of_channel(
    session: AsyncSession, platform: str, channel_id: str
) -> BridgeChannelRow | None:
    result = await session.execute(
        select(BridgeChannelRow).where(
            BridgeChannelRow.platform == platform, BridgeChannelRow.channel_id == channel_id
        )
    )
    return result.scalar_one_or_none()


async def join_bridge(
    session: AsyncSession,
    *,
    bridge_id: int,
    platform: str,
    channel_id: str,
    channel_name: str,
    added_by: str,
    now: datetime,
) -> bool:
    """Put a channel in a group; False when the channel is already in one."""
    return await insert_ignoring_conflict(
        session,
        BridgeChannelRow,
        {
            "bridge_id": bridge_id,
            "platform": platform,
            "channel_id": channel_id,
            "channel_name": channel_name,
            "added_by": added_by,
            "created_at": now,
        },
        conflict_columns=("platform", "channel_id"),
    )


async def leave_bridge(session: AsyncSession, platform: str, channel_id: str) -> bool:
    result = await session.execute(
        delete(BridgeChannelRow)
        .where(BridgeChannelRow.platform == platform, BridgeChannelRow.channel_id == channel_id)
        .returning(BridgeChannelRow.id)
    )
    return result.first() is not None


async def channels_of(session: AsyncSession, bridge_id: int) -> list[BridgeChannelRow]:
    result = await session.execute(
        select(BridgeChannelRow)
        .where(BridgeChannelRow.bridge_id == bridge_id)
        .order_by(BridgeChannelRow.platform, BridgeChannelRow.channel_name)
    )
    return list(result.scalars())


async def record_message(
    session: AsyncSession, *, now: datetime, **fields: Any
) -> BridgedMessageRow | None:
    """Store a message that crossed a bridge; None when it was stored before (a replay)."""
    added = await insert_ignoring_conflict(
        session,
        BridgedMessageRow,
        {"created_at": now, "attachments": [], **fields},
        conflict_columns=("platform", "channel_id", "message_id"),
    )
    if not added:
        return None
    return await bridged_message(
        session, fields["platform"], fields["channel_id"], fields["message_id"]
    )


async def bridged_message(
    session: AsyncSession, platform: str, channel_id: str, message_id: str
) -> BridgedMessageRow | None:
    result = await session.execute(
        select(BridgedMessageRow).where(
            BridgedMessageRow.platform == platform,
            BridgedMessageRow.channel_id == channel_id,
            BridgedMessageRow.message_id == message_id,
        )
    )
    return result.scalar_one_or_none()


async def recent_copies(
    session: AsyncSession, platform: str, channel_id: str, *, lookback: int = 500
) -> list[tuple[int, str]]:
    """The latest bridged copies delivered to a channel, newest first, as (the original's
    bridged message id, the handle the platform gave back for the copy)."""
    rows = await session.execute(
        select(MirrorCopyRow.source_id, OutboxRow.message_id)
        .join(OutboxRow, OutboxRow.idempotency_key == MirrorCopyRow.outbox_key)
        .where(
            MirrorCopyRow.source_kind == "bridge",
            MirrorCopyRow.platform == platform,
            MirrorCopyRow.target == channel_id,
            OutboxRow.message_id.is_not(None),
        )
        .order_by(MirrorCopyRow.id.desc())
        .limit(lookback)
    )
    return [(source_id, str(handle)) for source_id, handle in rows]
