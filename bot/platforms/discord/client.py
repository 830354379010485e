"""The discord.py client: gateway events in (interactions, members' messages, edits and
deletes, each channel's in the order they came), handed to the Discord platform."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord

from bot.platforms.discord.markdown import discord_to_markdown
from bot.platforms.discord.render import NO_MENTIONS
from handlers.types import Attachment, InboundMessage

if TYPE_CHECKING:
    from bot.platforms.discord.platform import DiscordPlatform

log = logging.getLogger(__name__)
PLATFORM = "discord"


class DiscordClient(discord.Client):
    def __init__(self, platform: DiscordPlatform, delay: float | None) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(intents=intents, allowed_mentions=NO_MENTIONS, guild_ready_timeout=1.0)
        self.platform, self.identify_delay = platform, delay
        self.was_ready = False

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        if self.identify_delay is None:
            await super().before_identify_hook(shard_id, initial=initial)
        elif not initial:
            await asyncio.sleep(self.identify_delay)

    async def on_ready(self) -> None:
        self.was_ready = True
        log.info("discord connected", extra={"user": str(self.user), "guilds": len(self.guilds)})

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        await self.platform.router.handle(interaction)

    async def on_message(self, message: discord.Message) -> None:
        async with self.platform.in_order(message.channel.id):
            await self._message_created(message)

    async def _message_created(self, message: discord.Message) -> None:
        if await self.platform.is_own(message.author.id, message.webhook_id, message.channel.id):
            return
        if message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return  # a join, a pin, a boost: nothing a member wrote
        reference = message.reference.message_id if message.reference else None
        await self.platform.inbound(
            InboundMessage(
                kind="new",
                platform=PLATFORM,
                channel_id=str(message.channel.id),
                message_id=str(message.id),
                author=self.platform.author_of(message.author),
                text=discord_to_markdown(message.content, _names_in(message)),
                thread_id=str(reference) if reference else None,
                attachments=tuple(
                    Attachment(a.filename, a.url, a.content_type or "application/octet-stream")
                    for a in message.attachments
                ),
                avatar_url=message.author.display_avatar.url,
                channel_name=getattr(message.channel, "name", None) or "",
                from_bot=message.author.bot or message.webhook_id is not None,
            )
        )

    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        async with self.platform.in_order(payload.channel_id):
            await self._message_edited(payload)

    async def _message_edited(self, payload: discord.RawMessageUpdateEvent) -> None:
        data = payload.data
        author = data.get("author") or {}
        author_id = int(author.get("id", 0) or 0)
        webhook_id = int(data["webhook_id"]) if data.get("webhook_id") else None
        if await self.platform.is_own(author_id, webhook_id, payload.channel_id):
            return
        if "content" not in data:
            return  # an embed unfurled or a pin changed: the text did not change
        message = payload.message  # the whole updated message, mentions resolved
        await self.platform.inbound(
            InboundMessage(
                kind="edited",
                platform=PLATFORM,
                channel_id=str(payload.channel_id),
                message_id=str(payload.message_id),
                author=self.platform.author_of(message.author) if author_id else None,
                text=discord_to_markdown(message.content, _names_in(message)),
            )
        )

    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        async with self.platform.in_order(payload.channel_id):
            await self.platform.inbound(
                InboundMessage(
                    kind="deleted",
                    platform=PLATFORM,
                    channel_id=str(payload.channel_id),
                    message_id=str(payload.message_id),
                )
            )


def _names_in(message: discord.Message) -> Callable[[str, str], str]:
    """Display names of the users, roles and channels a message mentions (from the event)."""
    names = {
        ("user", str(u.id)): getattr(u, "display_name", None) or u.name for u in message.mentions
    }
    names.update({("role", str(r.id)): r.name for r in message.role_mentions})
    names.update(
        {("channel", str(c.id)): getattr(c, "name", str(c.id)) for c in message.channel_mentions}
    )
    return lambda kind, ident: names.get((kind, ident), ident)
