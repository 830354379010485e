"""Posting one message to every channel that has a topic: the way most features reach the
members (and the board's `board` channels), always through the outbox."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.types import Message
from storage.channels import channels_for_topic
from storage.outbox import Delivery, enqueue_many


async def post_to_topic(
    session: AsyncSession,
    topic: str,
    message: Message,
    *,
    key: str,
    now: datetime,
    skip: str | None = None,
) -> int:
    """Queue `message` for every `topic` channel (but the destination `skip`), in the
    caller's transaction, with idempotency keys `{key}:{platform}:{channel}`; returns how
    many were queued now (a key queued before is not queued again)."""
    payload = message.to_json()
    channels = [
        c
        for c in await channels_for_topic(session, topic)
        if f"{c.platform}:{c.channel_id}" != skip
    ]
    deliveries = [
        Delivery(c.platform, c.channel_id, f"{key}:{c.platform}:{c.channel_id}", payload)
        for c in channels
    ]
    return await enqueue_many(session, deliveries, now=now)
