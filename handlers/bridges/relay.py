"""Messages in a bridged channel appear in every other channel of its group, under the
author's name and picture, with edits, deletes and replies carried across.

The adapters have already turned the text into the bot's Markdown (mentions as plain names,
broadcasts defused) and dropped the bot's own posts, so nothing is bridged twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.core.members import member_row
from handlers.core.text import shorten
from handlers.mirroring import delete_copies, edit_copies, fan_out
from handlers.types import Attachment, InboundMessage, Message
from storage.bridges import (
    bridge_of_channel,
    bridged_message,
    channels_of,
    recent_copies,
    record_message,
)
from storage.mirror_models import BridgedMessageRow

KIND = "bridge"
ERASED_AUTHOR = "–"  # the author of a message whose author was erased (its text is gone too)


def _author_name(row: BridgedMessageRow) -> str:
    return row.author.display_name if row.author is not None else ERASED_AUTHOR


def author_label(ctx: Context, row: BridgedMessageRow, destination: str) -> str:
    """`Anna Berg (Slack)`: who wrote it and where, within the destination platform's limit."""
    suffix = f" ({ctx.capabilities(row.platform).label})"
    limit = ctx.capabilities(destination).author_name
    return _author_name(row)[: max(0, limit - len(suffix))] + suffix


def copy_message(
    ctx: Context, row: BridgedMessageRow, parent: BridgedMessageRow | None, destination: str
) -> Message:
    """The copy of a bridged message for a channel on the `destination` platform."""
    return Message(
        text=row.text,
        author_name=author_label(ctx, row, destination),
        author_avatar_url=row.author_avatar_url,
        attachments=tuple(Attachment(**a) for a in row.attachments or ()),
        reply_excerpt=(f"{_author_name(parent)}: {shorten(parent.text, 80)}" if parent else None),
    )


def _as_reply(message: Message, parent: BridgedMessageRow, platform: str, target: str) -> Message:
    """Thread under the answered message: the original where it lives, else its copy."""
    if (parent.platform, parent.channel_id) == (platform, target):
        return replace(message, reply_to=parent.message_id)
    key = f"{KIND}:{parent.id}:{platform}:{target}"
    return replace(message, reply_to_key=key)


async def on_message(ctx: Context, message: InboundMessage) -> None:
    """The inbound handler for bridged channels."""
    async with ctx.db.transaction() as session:
        membership = await bridge_of_channel(session, message.platform, message.channel_id)
        if membership is None:
            return
        if message.kind == "new":
            await _relay_new(ctx, session, membership.bridge_id, message)
            return
        row = await bridged_message(
            session, message.platform, message.channel_id, message.message_id
        )
        if row is None or row.deleted_at is not None:
            return
        now = ctx.clock.now()
        if message.kind == "deleted":
            row.deleted_at = now
            await delete_copies(session, source_kind=KIND, source_id=row.id, now=now)
        elif message.text != row.text:
            row.text, row.edited_at = message.text, now
            parent = await session.get(BridgedMessageRow, row.parent_id) if row.parent_id else None
            await edit_copies(
                session,
                source_kind=KIND,
                source_id=row.id,
                message_for=_copies_of(ctx, row, parent),
                now=now,
            )


def _copies_of(
    ctx: Context, row: BridgedMessageRow, parent: BridgedMessageRow | None
) -> Callable[[str, str], Message]:
    """The copy for each destination: a reply threads under the answered message there."""

    def copy(platform: str, target: str) -> Message:
        message = copy_message(ctx, row, parent, platform)
        return message if parent is None else _as_reply(message, parent, platform, target)

    return copy


async def _parent(
    ctx: Context, session: AsyncSession, message: InboundMessage
) -> BridgedMessageRow | None:
    """The bridged message this one answers: an original here, or a copy of one."""
    if not message.thread_id or message.thread_id == message.message_id:
        return None
    here = await bridged_message(session, message.platform, message.channel_id, message.thread_id)
    return here or await _behind_copy(
        ctx, session, message.platform, message.channel_id, message.thread_id
    )


async def _behind_copy(
    ctx: Context, session: AsyncSession, platform: str, channel_id: str, message_id: str
) -> BridgedMessageRow | None:
    """The original of the bridged copy that is `message_id` on the platform, if it is one:
    the platform reads its own handles (a copy may be several parts)."""
    message_ids = ctx.capabilities(platform).message_ids
    for source_id, handle in await recent_copies(session, platform, channel_id):
        if message_id in message_ids(handle):
            return await session.get(BridgedMessageRow, source_id)
    return None


async def _relay_new(
    ctx: Context, session: AsyncSession, bridge_id: int, message: InboundMessage
) -> None:
    author = message.author
    if author is None or (not message.text.strip() and not message.attachments):
        return
    row = await record_message(
        session,
        now=ctx.clock.now(),
        bridge_id=bridge_id,
        platform=message.platform,
        channel_id=message.channel_id,
        message_id=message.message_id,
        thread_id=message.thread_id,
        author_id=(await member_row(ctx, session, author)).id,
        author_avatar_url=message.avatar_url if len(message.avatar_url or "") <= 500 else None,
        text=message.text,
        attachments=[vars(a) for a in message.attachments],
    )
    if row is None:
        return  # the platform delivered this event before
    parent = await _parent(ctx, session, message)
    row.parent_id = parent.id if parent else None
    others = [
        (channel.platform, channel.channel_id)
        for channel in await channels_of(session, bridge_id)
        if (channel.platform, channel.channel_id) != (message.platform, message.channel_id)
    ]
    await fan_out(
        session,
        source_kind=KIND,
        source_id=row.id,
        destinations=others,
        message_for=_copies_of(ctx, row, parent),
        now=ctx.clock.now(),
    )
