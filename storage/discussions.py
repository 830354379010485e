"""Repositories of a wish's discussion: the chat threads that carry it and its comments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.discussion_models import WishCommentRow, WishThreadRow
from storage.upsert import insert_ignoring_conflict
from storage.wish_models import WishCardRow


async def open_thread(
    session: AsyncSession,
    *,
    wish_id: int,
    platform: str,
    channel_id: str,
    root_id: str,
    now: datetime,
) -> tuple[WishThreadRow, bool]:
    """The wish's thread in the channel, made now under `root_id` unless one is there
    already; and whether it was made now (two clicks at once make one)."""
    added = await insert_ignoring_conflict(
        session,
        WishThreadRow,
        {
            "wish_id": wish_id,
            "platform": platform,
            "channel_id": channel_id,
            "root_id": root_id,
            "opened_at": now,
        },
        conflict_columns=("wish_id", "platform", "channel_id"),
    )
    found = await session.execute(
        select(WishThreadRow).where(
            WishThreadRow.wish_id == wish_id,
            WishThreadRow.platform == platform,
            WishThreadRow.channel_id == channel_id,
        )
    )
    return found.scalar_one(), added


async def card_key_in(
    session: AsyncSession, wish_id: int, platform: str, channel_id: str
) -> str | None:
    """The outbox key of the wish's card in that channel, if one was posted there."""
    found = await session.execute(
        select(WishCardRow.card_key).where(
            WishCardRow.wish_id == wish_id,
            WishCardRow.platform == platform,
            WishCardRow.channel_id == channel_id,
        )
    )
    return found.scalar_one_or_none()


async def thread_of_message(
    session: AsyncSession,
    platform: str,
    channel_id: str,
    thread_id: str | None,
    *,
    own_channel: bool,
) -> WishThreadRow | None:
    """The wish thread a member's message is in: on a platform whose threads are channels of
    their own (`own_channel`, Discord) a post in the channel whose id is the root's; else a
    reply under the root in its channel (Slack's `thread_ts`)."""
    if own_channel:
        here = WishThreadRow.root_id == channel_id
    elif thread_id:
        here = (WishThreadRow.channel_id == channel_id) & (WishThreadRow.root_id == thread_id)
    else:
        return None
    found = await session.execute(
        select(WishThreadRow).where(WishThreadRow.platform == platform, here).limit(1)
    )
    return found.scalar_one_or_none()


async def threads_of(session: AsyncSession, wish_id: int) -> list[WishThreadRow]:
    found = await session.execute(
        select(WishThreadRow).where(WishThreadRow.wish_id == wish_id).order_by(WishThreadRow.id)
    )
    return list(found.scalars())


async def add_comment(
    session: AsyncSession, *, now: datetime, **fields: Any
) -> WishCommentRow | None:
    """Store a comment; None when this chat message was stored before (a replayed event)."""
    values = {"created_at": now, **fields}
    if fields.get("message_id") is None:
        row = WishCommentRow(**values)
        session.add(row)
        await session.flush()
        return row
    where = (fields["platform"], fields["channel_id"], fields["message_id"])
    if await comment_of_message(session, *where) is not None:
        return None  # a replay, seen before trying (PostgreSQL would spend a number on it)
    added = await insert_ignoring_conflict(
        session,
        WishCommentRow,
        values,
        conflict_columns=("platform", "channel_id", "message_id"),
    )
    if not added:
        return None
    return await comment_of_message(session, *where)


async def comment_of_message(
    session: AsyncSession, platform: str, channel_id: str, message_id: str
) -> WishCommentRow | None:
    found = await session.execute(
        select(WishCommentRow).where(
            WishCommentRow.platform == platform,
            WishCommentRow.channel_id == channel_id,
            WishCommentRow.message_id == message_id,
        )
    )
    return found.scalar_one_or_none()


async def get_comment(
    session: AsyncSession, comment_id: int, *, lock: bool = False
) -> WishCommentRow | None:
    statement = select(WishCommentRow).where(WishCommentRow.id == comment_id)
    if lock:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def comments_of(
    session: AsyncSession, wish_id: int, *, newest: int | None = None
) -> list[WishCommentRow]:
    """The wish's comments not deleted by their authors, oldest first (hidden ones too: a
    page shows where one was hidden); with `newest`, only that many of the latest."""
    statement = select(WishCommentRow).where(
        WishCommentRow.wish_id == wish_id, WishCommentRow.deleted_at.is_(None)
    )
    if newest is not None:
        statement = statement.order_by(WishCommentRow.id.desc()).limit(newest)
        return sorted((await session.execute(statement)).scalars(), key=lambda c: c.id)
    return list((await session.execute(statement.order_by(WishCommentRow.id))).scalars())


async def shown_comment_count(session: AsyncSession, wish_id: int) -> int:
    """How many of the wish's comments are shown (neither deleted nor hidden)."""
    found = await session.execute(
        select(func.count())
        .select_from(WishCommentRow)
        .where(
            WishCommentRow.wish_id == wish_id,
            WishCommentRow.deleted_at.is_(None),
            WishCommentRow.hidden_at.is_(None),
        )
    )
    return int(found.scalar_one())
