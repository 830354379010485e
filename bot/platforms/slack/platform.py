"""The Slack platform: a slack-bolt AsyncApp in the shared loop, over Socket Mode (kept
connected in the background) or HTTP (served by the bot's own web server), and the outbox
port: post, update, delete, DMs, posts under another author's name."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.platforms.pacing import Pacer, TokenPacer
from bot.platforms.slack.commands import slash_commands
from bot.platforms.slack.directory import SlackDirectory, display_name
from bot.platforms.slack.files import METADATA_EVENT, files_shared_after, made_files, upload
from bot.platforms.slack.http import SlackHttpGate
from bot.platforms.slack.listeners import SlackListeners
from bot.platforms.slack.mrkdwn import USER_MENTION, mrkdwn_to_markdown
from bot.platforms.slack.render import SlackMessage, render
from bot.platforms.tasks import cancelled
from handlers.door import Door
from handlers.ports import DeliveryError
from handlers.types import InboundMessage, Member, Message, normalise_locale

log = logging.getLogger(__name__)
HISTORY_LOOKBACK = 100
PERMANENT_ERRORS = {
    "channel_not_found", "not_in_channel", "is_archived", "invalid_auth", "account_inactive",
    "token_revoked", "msg_too_long", "invalid_blocks", "no_text", "restricted_action",
    "message_not_found", "cant_update_message", "cant_delete_message", "user_not_found",
}  # fmt: skip


@dataclass(frozen=True)
class SlackConfig:
    bot_token: str
    app_token: str | None = None
    signing_secret: str | None = None
    board_usergroup: str = ""
    board_users: tuple[str, ...] = ()
    api_url: str | None = None
    umbrella: str = "bryggan"
    prefix: str = ""
    ping_interval: float = 10.0
    reconnect_max_seconds: float = 30.0  # after an outage, back within half a minute


class SlackPlatform:
    name = "slack"

    def __init__(
        self, door: Door, config: SlackConfig, *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.door, self.config = door, config
        self.client = AsyncWebClient(token=config.bot_token, base_url=_api_url(config.api_url))
        self.directory = SlackDirectory(
            self.client,
            board_usergroup=config.board_usergroup,
            board_users=config.board_users,
            monotonic=monotonic,
        )
        self.app = AsyncApp(
            client=self.client,
            signing_secret=config.signing_secret or "socket-mode-has-no-signing-secret",
            process_before_response=False,
        )
        commands = {
            c.slash: c.catalogue_name
            for c in slash_commands(door.catalogue, umbrella=config.umbrella, prefix=config.prefix)
        }
        self.listeners = SlackListeners(
            door,
            member=self.member,
            inbound=self._inbound,
            commands=commands,
            bot_ids=lambda: (self.bot_user_id, self.bot_id),
        )
        self.listeners.register(self.app)
        self.http_gate = SlackHttpGate(door, config.signing_secret or "")
        # About one post a second per channel, with the short burst Slack allows: 2 at once
        self.pacer: Pacer = TokenPacer(per_window=2, window_seconds=2.0)
        self.bot_user_id: str | None = None
        self.bot_id: str | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._task: asyncio.Task[None] | None = None
        self._http_ready = False
        self._stopping = False
        # Off, Socket Mode is never opened (a standby process sends, handles no event);
        # HTTP mode's events come through the web server whatever it is.
        self.listening = True
        self._channel_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    @property
    def socket_mode(self) -> bool:
        return bool(self.config.app_token)

    @property
    def connected(self) -> bool:
        if self.socket_mode and self.listening:
            client = self._socket.client if self._socket else None
            session = client.current_session if client is not None else None
            return bool(
                client is not None
                and not client.closed
                and not client.stale
                and session is not None
                and not session.closed
            )
        return self._http_ready

    # --- lifecycle ----------------------------------------------------------------------

    async def start(self) -> None:
        """Socket Mode connects in the background; HTTP mode waits for the web server."""
        self._task = asyncio.create_task(self._supervise(), name="slack")

    async def _supervise(self) -> None:
        """Connect, then keep watch: slack_sdk reconnects by itself, but a failed attempt
        during an outage can leave it waiting long, so a lost connection is renewed here too."""
        delay = 1.0
        while not self._stopping:
            try:
                if self.bot_user_id is None:
                    auth = await self.client.auth_test()
                    self.bot_user_id = auth.get("user_id")
                    self.bot_id = auth.get("bot_id")
                if not (self.socket_mode and self.listening):
                    self._http_ready = True
                    return
                await self._ensure_socket()
                delay = 1.0
                await asyncio.sleep(self.config.ping_interval)
                continue
            except asyncio.CancelledError:
                raise
            except Exception as error:
                log.warning("slack not reachable: %s; retrying in %.0f s", error, delay)
            await asyncio.sleep(delay)
            delay = min(self.config.reconnect_max_seconds, delay * 2)

    async def _ensure_socket(self) -> None:
        if self._socket is None:
            self._socket = AsyncSocketModeHandler(
                self.app, self.config.app_token, ping_interval=self.config.ping_interval
            )
            await self._socket.connect_async()
            log.info("slack connected (socket mode)")
        elif not self.connected:
            await self._socket.client.connect_to_new_endpoint(force=True)
            log.info("slack reconnected (socket mode)")

    async def listen(self, on: bool) -> None:
        """Open Socket Mode (this process now leads the gateway) or close it."""
        if on == self.listening:
            return
        self.listening = on
        if self._task is None or not self.socket_mode:
            return  # not started (start() reads `listening`), or events come over HTTP
        await self._end_connection()
        self._task = asyncio.create_task(self._supervise(), name="slack")

    async def _end_connection(self) -> None:
        """The supervisor stopped and Socket Mode closed."""
        await cancelled(self._task)
        socket, self._socket = self._socket, None
        if socket is not None:
            with contextlib.suppress(Exception):
                await socket.close_async()

    async def stop(self) -> None:
        self._stopping = True
        await self._end_connection()
        self._http_ready = False

    async def handle_http(self, request: web.Request) -> web.Response:
        """POST /slack/events in HTTP mode: the gate refuses what is forged, malformed,
        replayed or too large (see `http.py`); Bolt handles the rest."""
        admitted = await self.http_gate.admit(request)
        if isinstance(admitted, web.Response):
            return admitted
        answer = await self.app.async_dispatch(admitted.request)
        if answer.status >= 400 and admitted.event_key:
            await self.http_gate.forget(admitted.event_key)
        return await to_aiohttp_response(answer)

    # --- members -------------------------------------------------------------------------

    async def member(self, user_id: str, name: str) -> Member:
        return Member(
            platform=self.name,
            user_id=user_id,
            display_name=name or user_id,
            is_board=await self.directory.is_board(user_id),
            platform_locale=await self._locale(user_id),
        )

    async def _locale(self, user_id: str) -> str | None:
        locale = (await self.directory.user(user_id)).get("locale")
        return locale if normalise_locale(locale) else None

    async def _inbound(self, message: InboundMessage) -> None:
        """One channel's events are handled in the order they came (Bolt runs listeners
        concurrently): a delete must never overtake the message it deletes."""
        async with self._channel_locks[message.channel_id]:
            if message.author is not None and message.author.user_id:
                message = await self._enriched(message)
            await self.door.message(message)

    async def _enriched(self, message: InboundMessage) -> InboundMessage:
        """Name, picture and board membership of the writer; the text as the bot's Markdown
        with mentions as plain names."""
        assert message.author is not None
        user = await self.directory.user(message.author.user_id)
        names = {
            ident: display_name(await self.directory.user(ident), ident)
            for ident in set(USER_MENTION.findall(message.text))
        }
        text = mrkdwn_to_markdown(
            message.text,
            lambda kind, ident: names.get(ident, ident) if kind == "user" else ident,
        )
        author = await self.member(
            message.author.user_id, display_name(user, message.author.user_id)
        )
        return dataclasses.replace(
            message,
            author=author,
            text=text,
            avatar_url=(user.get("profile") or {}).get("image_72"),
            channel_name=await self.directory.channel_name(message.channel_id),
        )

    # --- the outbox port ------------------------------------------------------------------

    async def _channel(self, target: str) -> str:
        if not target.startswith("dm:"):
            return target
        with _delivery_errors():
            opened = await self.client.conversations_open(users=target[3:])
        return str(opened["channel"]["id"])

    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        """Post each part with the key in its metadata, then upload the files it carries;
        when in doubt, look before posting."""
        if not self.connected:
            raise DeliveryError("slack is not connected")
        channel = await self._channel(target)
        parts = render(message)
        history = await self._history(channel) if in_doubt else []
        found = _parts_posted(history, idempotency_key)
        ids: list[str] = []
        for index, part in enumerate(parts):
            if index in found:
                ids.append(found[index])
                continue
            try:
                ids.append(await self._post(channel, part, message, idempotency_key, index))
            except DeliveryError as error:
                if ids:  # some parts are out: the retry must look before posting again
                    error.in_doubt = True
                raise
        await self._upload_files(channel, message, files_shared_after(history, ids[-1]))
        return ",".join(ids)

    async def _upload_files(self, channel: str, message: Message, shared: set[str]) -> None:
        """The message's made files not `shared` yet; a failure after its parts are out
        leaves the delivery in doubt, so the retry looks before uploading again."""
        for attachment in made_files(message):
            if attachment.filename in shared:
                continue
            async with self.pacer.slot(channel):
                try:
                    with _delivery_errors():
                        await upload(self.client, channel, attachment)
                except DeliveryError as error:
                    error.in_doubt = True
                    raise

    async def _post(
        self, channel: str, part: SlackMessage, message: Message, key: str, index: int
    ) -> str:
        author: dict[str, Any] = {}
        if message.author_name:
            author = {"username": message.author_name, "icon_url": message.author_avatar_url}
        if message.reply_to:
            author["thread_ts"] = message.reply_to
        async with self.pacer.slot(channel):
            try:
                with _delivery_errors():
                    posted = await self.client.chat_postMessage(
                        channel=channel,
                        text=part.text,
                        blocks=part.blocks,
                        metadata={
                            "event_type": METADATA_EVENT,
                            "event_payload": {"key": key, "part": index},
                        },
                        unfurl_links=False,
                        **{k: v for k, v in author.items() if v},
                    )
            except DeliveryError as error:
                if error.retry_after is not None:  # rate limited: the channel waits it out
                    self.pacer.hold(channel, error.retry_after)
                raise
        return str(posted["ts"])

    async def _history(self, channel: str) -> list[dict[str, Any]]:
        """The channel's recent messages with their metadata, newest first."""
        with _delivery_errors():
            history = await self.client.conversations_history(
                channel=channel, limit=HISTORY_LOOKBACK, include_all_metadata=True
            )
        return list(history.get("messages", []))

    async def edit(self, target: str, message_id: str, message: Message) -> str:
        """Update every part; surplus parts are deleted, new ones posted. Returns the ids."""
        channel = await self._channel(target)
        refs, parts = message_id.split(","), render(message)
        for ref, part in zip(refs, parts, strict=False):
            with _delivery_errors():
                await self.client.chat_update(
                    channel=channel, ts=ref, text=part.text, blocks=part.blocks
                )
        for ref in refs[len(parts) :]:
            await self._delete_one(channel, ref)
        kept = refs[: len(parts)]
        for index, part in enumerate(parts[len(refs) :], start=len(refs)):
            kept.append(await self._post(channel, part, message, f"edit:{message_id}", index))
        return ",".join(kept)

    async def delete(self, target: str, message_id: str) -> None:
        channel = await self._channel(target)
        for ref in message_id.split(","):
            await self._delete_one(channel, ref)

    async def _delete_one(self, channel: str, ts: str) -> None:
        try:
            with _delivery_errors():
                await self.client.chat_delete(channel=channel, ts=ts)
        except DeliveryError as error:
            if "message_not_found" not in error.reason:
                raise


def _api_url(url: str | None) -> str:
    if not url:
        return AsyncWebClient.BASE_URL
    return url if url.endswith("/") else url + "/"


@contextlib.contextmanager
def _delivery_errors() -> Iterator[None]:
    """slack_sdk's errors as the outbox's: retry what may pass later, park what never will."""
    try:
        yield
    except SlackApiError as error:
        status = error.response.status_code
        code = str(error.response.get("error", "")) if error.response.data else ""
        if status == 429 or code == "ratelimited":
            header = error.response.headers.get("retry-after") or error.response.headers.get(
                "Retry-After"
            )
            retry_after = float(header) if header and str(header).isdigit() else 1.0
            raise DeliveryError(f"slack 429 {code}", retry_after=retry_after) from None
        retryable = status >= 500 or code not in PERMANENT_ERRORS
        raise DeliveryError(
            f"slack {status} {code}", retryable=retryable, in_doubt=status >= 500
        ) from None
    except (aiohttp.ClientError, OSError, TimeoutError) as error:
        raise DeliveryError(f"slack unreachable: {error}", in_doubt=True) from None


def _parts_posted(history: list[dict[str, Any]], key: str) -> dict[int, str]:
    """Parts of this delivery already in the channel's recent history (by metadata)."""
    found: dict[int, str] = {}
    for item in history:
        metadata = item.get("metadata") or {}
        payload = metadata.get("event_payload") or {}
        if metadata.get("event_type") == METADATA_EVENT and payload.get("key") == key:
            found[int(payload.get("part", 0))] = str(item["ts"])
    return found
