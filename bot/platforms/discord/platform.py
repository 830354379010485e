"""The Discord platform: a discord.py client in the shared loop, kept connected in the
background, serving interactions and the outbox port (send, edit, delete, webhooks)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import logging
import re
from collections import defaultdict
from dataclasses import dataclass

import discord
import yarl
from discord.gateway import DiscordWebSocket

from bot.platforms.discord.client import GLOBAL_PER_SECOND, DiscordClient, create_message
from bot.platforms.discord.errors import delivery_errors
from bot.platforms.discord.interactions import BoardRule, InteractionRouter
from bot.platforms.discord.render import Part, render
from bot.platforms.discord.schema import commands_payload
from bot.platforms.discord.threads import located, open_thread, root_of, thread_of, thread_ref
from bot.platforms.pacing import ChannelPacer, Pacer
from bot.platforms.tasks import cancelled
from handlers.door import Door
from handlers.ports import DeliveryError
from handlers.types import InboundMessage, Member, Message

log = logging.getLogger(__name__)
PLATFORM = "discord"
WEBHOOK_NAME = "Bryggan"
NONCE_LENGTH = 25
HISTORY_LOOKBACK = 50  # messages read back to find a webhook post made before a crash


@dataclass(frozen=True)
class DiscordConfig:
    token: str
    guild_ids: tuple[int, ...] = ()
    board_role: str = ""
    api_base_url: str | None = None
    # Back within a minute of an outage's end. Attempts against a dead gateway identify
    # nothing, so they do not count against Discord's 1000 identifies a day.
    reconnect_max_seconds: float = 45.0
    identify_delay_seconds: float | None = None  # None keeps discord.py's 5 s
    # How long discord.py waits after the last guild arrives before it is ready: it cannot
    # know whether more are coming, so every start waits this long (tests set it short).
    guild_ready_timeout: float = 1.0


def nonce_for(idempotency_key: str, part: int) -> str:
    """Discord's duplicate suppression key for one part of one delivery (25 characters)."""
    return hashlib.sha256(f"{idempotency_key}#{part}".encode()).hexdigest()[:NONCE_LENGTH]


class DiscordPlatform:
    name = "discord"

    def __init__(self, door: Door, config: DiscordConfig) -> None:
        self.door, self.config = door, config
        self.router = InteractionRouter(door, BoardRule(config.board_role))
        self.pacer: Pacer = ChannelPacer()  # 5 messages per 5 s in a channel (and a DM)
        self.budget = Pacer(GLOBAL_PER_SECOND, 1.0)  # the bot token's every REST request
        self._lingering: set[asyncio.Task[object]] = set()  # posts waiting out their bucket
        self.client: DiscordClient | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._webhooks: dict[int, discord.Webhook] = {}
        self._own_webhooks: set[int] = set()
        self._channel_locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self.synced = asyncio.Event()
        # Off, the client only logs in for REST (the outbox's sends) and never opens the
        # gateway: a standby process sends without handling any event (README, "Running
        # more than one process").
        self.listening = True
        self._gateway_wanted = asyncio.Event()
        if config.api_base_url:
            discord.http.Route.BASE = config.api_base_url.rstrip("/")

    async def inbound(self, message: InboundMessage) -> None:
        await self.door.message(message)

    def in_order(self, channel_id: int) -> asyncio.Lock:
        """discord.py runs each event handler as its own task; this lock keeps one channel's
        events in the order they came, so a delete never overtakes its message."""
        return self._channel_locks[channel_id]

    def author_of(self, user: discord.abc.User) -> Member:
        """The writer of a message, with board membership read from their roles."""
        return Member(
            PLATFORM, str(user.id), user.display_name, is_board=self.router.rule.applies_to(user)
        )

    async def is_own(self, author_id: int, webhook_id: int | None, channel_id: int) -> bool:
        """The bot's own posts and its webhooks' posts never come back in (no echo loops)."""
        client = self.client
        if client is not None and client.user is not None and author_id == client.user.id:
            return True
        if webhook_id is None:
            return False
        if webhook_id in self._own_webhooks:
            return True
        try:
            webhook = await self._find_webhook(channel_id, create=False)
        except DeliveryError:
            return False
        return webhook is not None and webhook.id == webhook_id

    @property
    def connected(self) -> bool:
        """Ready on the gateway; when not listening, logged in for REST."""
        client = self.client
        if client is None or client.is_closed():
            return False
        return client.is_ready() if self.listening else client.user is not None

    def share_limits(self, processes: int) -> None:
        """Several dispatcher processes send with one token: each keeps to its share of
        Discord's global limit (registry.SharesLimits)."""
        self.budget.per_window = max(1, GLOBAL_PER_SECOND // max(1, processes))

    async def listen(self, on: bool) -> None:
        """Open the gateway (this process now leads it) or close it (it no longer does).
        Closing ends the client at once; a fresh one logs in for REST again."""
        if on == self.listening:
            return
        self.listening = on
        if on:
            self._gateway_wanted.set()
            return
        self._gateway_wanted.clear()
        if self._task is None or self._stopping:
            return  # not started (start() reads `listening`), or stopping anyway
        await cancelled(self._task)
        if self.client is not None:
            await self.client.close()
        self._task = asyncio.create_task(self._supervise(), name="discord")

    async def start(self) -> None:
        """Connect in the background: the rest of the bot never waits for Discord."""
        if self.listening:
            self._gateway_wanted.set()
        self._task = asyncio.create_task(self._supervise(), name="discord")

    async def stop(self) -> None:
        self._stopping = True
        for task in list(self._lingering):
            task.cancel()
        if self.client is not None:
            await self.client.close()
        await cancelled(self._task)

    async def _supervise(self) -> None:
        """Keep a client connected. discord.py's own reconnect backs off without a cap and
        keeps trying a dead gateway; here each loss starts a fresh client after a capped
        backoff that resets once a connection has worked."""
        delay = 1.0
        while not self._stopping:
            self.client = DiscordClient(self, self.config.identify_delay_seconds)
            try:
                await self._run(self.client)
            except asyncio.CancelledError:
                raise
            except discord.LoginFailure:
                log.error("discord refused the token (DISCORD_TOKEN); not retrying")
                return
            except Exception as error:
                log.warning("discord connection lost: %s; retrying in %.0f s", error, delay)
            finally:
                with contextlib.suppress(Exception):
                    await self.client.close()
            if self._stopping:
                return
            if self.client.was_ready:
                delay = 1.0
            await asyncio.sleep(delay)
            delay = min(self.config.reconnect_max_seconds, delay * 2)

    async def _run(self, client: DiscordClient) -> None:
        await client.login(self.config.token)
        if self.config.api_base_url:
            _shards, url, _limits = await client.http.get_bot_gateway()
            DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        await self._gateway_wanted.wait()  # REST works from here; the gateway when leading
        if not self.synced.is_set():
            await self._sync_commands(client)
        await client.connect(reconnect=False)

    async def _sync_commands(self, client: DiscordClient) -> None:
        payload = commands_payload(self.door.catalogue)
        application = await client.application_info()
        if self.config.guild_ids:
            for guild_id in self.config.guild_ids:
                await client.http.bulk_upsert_guild_commands(application.id, guild_id, payload)
        else:
            await client.http.bulk_upsert_global_commands(application.id, payload)
        self.synced.set()

    # --- the outbox port ------------------------------------------------------------------

    def _ready_client(self) -> DiscordClient:
        if not self.connected or self.client is None:
            raise DeliveryError("discord is not connected")
        return self.client

    async def _channel(self, target: str) -> discord.PartialMessageable:
        client = self._ready_client()
        if target.startswith("dm:"):
            with delivery_errors():
                dm = await client.http.start_private_message(int(target[3:]))
            return client.get_partial_messageable(int(dm["id"]))
        return client.get_partial_messageable(int(target))

    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        """Post every part with a nonce, so a resend after a crash is suppressed by Discord."""
        if message.in_thread and message.reply_to:
            return await self._send_in_thread(target, message, idempotency_key)
        channel = await self._channel(target)
        if message.author_name and not target.startswith("dm:"):
            message = _quoting_reply(message)
            parts = render(message)
            # A webhook post has no nonce: after a doubtful attempt, look before posting again.
            done = await self._posted_by_webhook(channel.id, message, parts) if in_doubt else []
            rest = parts[len(done) :]
            if rest:
                done.append(await self._send_as_author(channel.id, message, rest))
            return ",".join(done)
        reference = None
        if message.reply_to:
            reference = discord.MessageReference(
                message_id=root_of(message.reply_to),
                channel_id=channel.id,
                fail_if_not_exists=False,
            )
        return ",".join(await self._post(channel, render(message), idempotency_key, reference))

    async def _send_in_thread(self, target: str, message: Message, idempotency_key: str) -> str:
        """A post in the thread on message `reply_to`, which is started first where
        `thread_name` asks. Always as the bot: the author's name is in the text, and the
        bot's webhooks (one per channel) are not where a thread's discussion is read back."""
        if target.startswith("dm:"):
            raise DeliveryError("a direct message has no threads", retryable=False)
        client = self._ready_client()
        root = root_of(message.reply_to or "")
        if message.thread_name:
            with delivery_errors():
                await open_thread(client.http, int(target), root, message.thread_name)
        thread = client.get_partial_messageable(root)  # the thread's id is the message's
        ids = await self._post(thread, render(message), idempotency_key)
        return ",".join(thread_ref(root, posted) for posted in ids)

    async def _post(
        self,
        channel: discord.PartialMessageable,
        parts: list[Part],
        idempotency_key: str | None,
        reference: discord.MessageReference | None = None,
    ) -> list[str]:
        """Each part as a bot post, the first answering `reference`; with a nonce per part
        when there is a key (a resend is then suppressed by Discord)."""
        ids: list[str] = []
        for index, part in enumerate(parts):
            extra: dict[str, object] = {}
            if index == 0 and reference is not None:
                extra["reference"] = reference
            if idempotency_key is not None:
                extra["nonce"] = nonce_for(idempotency_key, index)
            async with self.pacer.slot(channel.id):
                with delivery_errors():
                    ids.append(
                        await create_message(channel, self._lingering, **part.kwargs(), **extra)
                    )
        return ids

    async def _send_as_author(self, channel_id: int, message: Message, parts: list[Part]) -> str:
        webhook = await self._webhook(channel_id)
        ids = []
        for part in parts:
            args = part.kwargs()
            args.pop("view", None)  # webhooks of a bot application cannot carry our buttons
            async with self.pacer.slot(channel_id):
                with delivery_errors():
                    sent = await webhook.send(
                        **args,
                        username=webhook_user_name(message.author_name or ""),
                        avatar_url=message.author_avatar_url,
                        wait=True,
                    )
            ids.append(f"w{webhook.id}:{sent.id}")
        return ",".join(ids)

    async def _posted_by_webhook(
        self, channel_id: int, message: Message, parts: list[Part]
    ) -> list[str]:
        """The leading parts of this post that an earlier attempt already put in the channel
        (the bot's webhook, the same name and text, among the latest messages)."""
        webhook = await self._webhook(channel_id)
        client = self._ready_client()
        with delivery_errors():
            history = await client.http.logs_from(channel_id, HISTORY_LOOKBACK)
        name = webhook_user_name(message.author_name or "")
        ours = [
            m
            for m in reversed(history)  # oldest first
            if str(m.get("webhook_id")) == str(webhook.id)
            and (m.get("author") or {}).get("username") == name
        ]
        found: list[str] = []
        for part in parts:
            match = next((m for m in ours if m.get("content") == part.content), None)
            if match is None:
                break
            ours = ours[ours.index(match) + 1 :]
            found.append(f"w{webhook.id}:{match['id']}")
        return found

    async def _webhook(self, channel_id: int) -> discord.Webhook:
        """The bot's webhook in a channel, created on first use."""
        found = await self._find_webhook(channel_id, create=True)
        assert found is not None
        return found

    async def _find_webhook(self, channel_id: int, *, create: bool) -> discord.Webhook | None:
        if channel_id in self._webhooks:
            return self._webhooks[channel_id]
        client = self._ready_client()
        with delivery_errors():
            channel = await client.fetch_channel(channel_id)
            if not isinstance(channel, discord.TextChannel):
                raise DeliveryError(
                    "only text channels take posts with another author", retryable=False
                )
            own = [h for h in await channel.webhooks() if h.name == WEBHOOK_NAME and h.token]
            if not own and not create:
                return None
            webhook = own[0] if own else await channel.create_webhook(name=WEBHOOK_NAME)
        self._webhooks[channel_id] = webhook
        self._own_webhooks.add(webhook.id)
        return webhook

    async def edit(self, target: str, message_id: str, message: Message) -> str:
        """Edit every part; parts the new text no longer needs are deleted, new ones sent.
        Returns the message's part ids as they are now."""
        channel = await self._channel(target)
        refs = message_id.split(",")
        by_webhook = refs[0].startswith("w")
        if by_webhook:
            message = _quoting_reply(message)
        parts = render(message)
        for ref, part in zip(refs, parts, strict=False):
            await self._edit_one(channel.id, ref, part)
        for ref in refs[len(parts) :]:
            await self._delete_one(channel.id, ref)
        kept = refs[: len(parts)]
        extra = parts[len(refs) :]
        if extra and by_webhook:  # the longer text goes on under the same author
            kept.append(await self._send_as_author(channel.id, message, extra))
        elif extra:  # where the post is: in its thread, if it is in one
            thread = thread_of(refs[0])
            where = self._ready_client().get_partial_messageable(thread or channel.id)
            added = await self._post(where, extra, None)
            kept += [thread_ref(thread, i) if thread else i for i in added]
        return ",".join(kept)

    async def _edit_one(self, channel_id: int, ref: str, part: Part) -> None:
        args = part.kwargs()
        with delivery_errors():
            if ref.startswith("w"):
                _webhook_ref, message_ref = ref[1:].split(":")
                args.pop("view", None)
                await (await self._webhook(channel_id)).edit_message(int(message_ref), **args)
            else:
                where, number = located(ref, channel_id)
                client = self._ready_client()
                partial = client.get_partial_messageable(where).get_partial_message(number)
                args.setdefault("view", None)  # buttons the new content lacks are removed
                await partial.edit(**args)

    async def delete(self, target: str, message_id: str) -> None:
        channel = await self._channel(target)
        for ref in message_id.split(","):
            await self._delete_one(channel.id, ref)

    async def _delete_one(self, channel_id: int, ref: str) -> None:
        try:
            with delivery_errors():
                if ref.startswith("w"):
                    _webhook_ref, message_ref = ref[1:].split(":")
                    await (await self._webhook(channel_id)).delete_message(int(message_ref))
                else:
                    where, number = located(ref, channel_id)
                    partial = self._ready_client().get_partial_messageable(where)
                    await partial.get_partial_message(number).delete()
        except DeliveryError as error:
            if "Unknown Message" not in error.reason:
                raise  # already gone is what we wanted


def _quoting_reply(message: Message) -> Message:
    """A webhook post cannot be a reply: it quotes what it answers instead."""
    if not message.reply_excerpt:
        return message
    return dataclasses.replace(message, text=f"> ↪ {message.reply_excerpt}\n{message.text}")


_RESERVED_IN_NAMES = re.compile(r"discord|clyde", re.IGNORECASE)


def webhook_user_name(name: str) -> str:
    """A name Discord accepts for a webhook post: 1–80 characters, without the words Discord
    refuses in user names."""
    cleaned = " ".join(_RESERVED_IN_NAMES.sub("…", name).split())[:80]
    return cleaned or WEBHOOK_NAME
