"""The discord.py client: gateway events in (interactions, members' messages, edits and
deletes, each channel's in the order they came), handed to the Discord platform; and every
REST request it makes paced against the bot token's global limit (`rate_limit_trace`)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import Callable
from contextvars import ContextVar
from types import SimpleNamespace
from typing import TYPE_CHECKING

import aiohttp
import discord
import yarl

from bot.platforms.discord.markdown import discord_to_markdown
from bot.platforms.discord.render import NO_MENTIONS
from handlers.types import Attachment, InboundMessage

if TYPE_CHECKING:
    from bot.platforms.discord.platform import DiscordPlatform

log = logging.getLogger(__name__)
PLATFORM = "discord"
GLOBAL = "global"  # the global pacer's one key: the bot token
GLOBAL_PER_SECOND = 45  # Discord allows 50 a second per bot token: headroom for the rest
_MESSAGE_CREATE = re.compile(r"^/channels/(\d+)/messages$")
# Set by the task that posts a message: the new message's id, as soon as Discord's answer is
# read (discord.py itself returns only after waiting out a bucket the post emptied).
CREATED: ContextVar[asyncio.Future[str] | None] = ContextVar("discord_created", default=None)


class DiscordClient(discord.Client):
    def __init__(self, platform: DiscordPlatform, delay: float | None) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(
            intents=intents,
            allowed_mentions=NO_MENTIONS,
            guild_ready_timeout=platform.config.guild_ready_timeout,
            http_trace=rate_limit_trace(platform),
        )
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


def rate_limit_trace(platform: DiscordPlatform) -> aiohttp.TraceConfig:
    """Every REST request of the client's session (channel posts, webhook posts, DMs, edits,
    deletes, look-ups, and discord.py's own retries) waits for the platform's global pacer,
    one per bot token, right before it leaves; interaction answers, which Discord exempts
    from the global limit and which must go within 3 s, do not. The answers are followed:
    a global 429 holds every request for its Retry-After, and a channel's message bucket, as
    its X-RateLimit-* headers announce it, steers that channel's pacer."""

    async def started(
        _: aiohttp.ClientSession, context: SimpleNamespace, params: aiohttp.TraceRequestStartParams
    ) -> None:
        path = _api_path(params.url)
        if path is not None and not _exempt(platform, path):
            context.global_slot = await platform.budget.acquire(GLOBAL)

    async def ended(
        _: aiohttp.ClientSession, context: SimpleNamespace, params: aiohttp.TraceRequestEndParams
    ) -> None:
        _finish(platform, context)
        path = _api_path(params.url)
        if path is not None:
            _follow(platform, params.method, path, params.response)
            context.created = (
                params.method == "POST"
                and _MESSAGE_CREATE.match(path) is not None
                and 200 <= params.response.status < 300
            )

    async def received(
        _: aiohttp.ClientSession,
        context: SimpleNamespace,
        params: aiohttp.TraceResponseChunkReceivedParams,
    ) -> None:
        created = CREATED.get()
        if getattr(context, "created", False) and created is not None and not created.done():
            # not the whole body? Then the post's own return gives the id
            with contextlib.suppress(ValueError, KeyError, TypeError):
                created.set_result(str(json.loads(params.chunk)["id"]))

    async def failed(
        _: aiohttp.ClientSession, context: SimpleNamespace, __: aiohttp.TraceRequestExceptionParams
    ) -> None:
        _finish(platform, context)

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(started)
    trace.on_request_end.append(ended)
    trace.on_response_chunk_received.append(received)
    trace.on_request_exception.append(failed)
    return trace


async def create_message(
    channel: discord.abc.Messageable, lingering: set[asyncio.Task[object]], **kwargs: object
) -> str:
    """`channel.send(**kwargs)`, returning the new message's id once Discord's answer is in.

    When a post empties its channel's bucket, discord.py holds the call until the bucket
    resets (up to 5 s) although the message went out; the outbox would keep the row, its
    slot and the destination's next row waiting meanwhile, and the last post of a fan-out
    would count as sent seconds late. The channel's pacer already holds the next post back
    until the reset, so the call is left to finish that wait in `lingering`."""
    created: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    token = CREATED.set(created)
    try:
        sending = asyncio.ensure_future(channel.send(**kwargs))  # type: ignore[call-overload]
    finally:
        CREATED.reset(token)
    try:
        await asyncio.wait({sending, created}, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        sending.cancel()
        raise
    if not created.done():
        return str((await sending).id)
    if not sending.done():
        lingering.add(sending)
        sending.add_done_callback(lingering.discard)
        sending.add_done_callback(_ignore_late)
    return created.result()


def _ignore_late(task: asyncio.Future[object]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.debug("discord: a post's call failed after its answer: %s", task.exception())


def _api_path(url: yarl.URL) -> str | None:
    """The path after discord.py's REST base (/api/v10), None for anything else (gateway,
    CDN)."""
    base = yarl.URL(discord.http.Route.BASE)
    if url.host != base.host or url.port != base.port:
        return None
    prefix = base.path.rstrip("/")
    return url.path[len(prefix) :] if url.path.startswith(prefix + "/") else None


def _exempt(platform: DiscordPlatform, path: str) -> bool:
    """Interaction callbacks and follow-ups (the application's own webhook)."""
    client = platform.client
    application = client.application_id if client is not None else None
    return path.startswith("/interactions/") or (
        application is not None and path.startswith(f"/webhooks/{application}/")
    )


def _finish(platform: DiscordPlatform, context: SimpleNamespace) -> None:
    slot = getattr(context, "global_slot", None)
    if slot is not None:
        context.global_slot = None
        platform.budget.finish(slot)


def _follow(
    platform: DiscordPlatform, method: str, path: str, response: aiohttp.ClientResponse
) -> None:
    headers = response.headers
    channel = _MESSAGE_CREATE.match(path) if method == "POST" else None
    if response.status == 429:
        seconds = _seconds(headers.get("X-RateLimit-Reset-After") or headers.get("Retry-After"))
        if headers.get("X-RateLimit-Global") or headers.get("X-RateLimit-Scope") == "global":
            log.warning("discord: global rate limit met; holding every request %.2f s", seconds)
            platform.budget.hold(GLOBAL, seconds)
        elif channel is not None:
            platform.pacer.hold(int(channel[1]), seconds)
        return
    if channel is not None and "X-RateLimit-Remaining" in headers:
        platform.pacer.observe(
            int(channel[1]),
            remaining=int(headers["X-RateLimit-Remaining"]),
            reset_after=_seconds(headers.get("X-RateLimit-Reset-After")),
        )


def _seconds(value: str | None) -> float:
    try:
        return float(value) if value else 1.0
    except ValueError:
        return 1.0
