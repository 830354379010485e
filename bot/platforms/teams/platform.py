"""Microsoft Teams as a platform of the outbox, on the Bot Connector's REST API.

Teams sends members' activities to the bot's web server (`/api/messages`, inbound.py); the
bot posts, updates and deletes through the Connector (connector.py), paced to Teams' limits
per conversation and per tenant. A post's handle is its parts' activity ids joined by commas.

The Connector takes no idempotency key and Teams offers bots no way to read a conversation
back, so a part whose answer was lost (a timeout after the request left) is sent again and
may show twice; a part the Connector acknowledged is never sent again while this process
runs (a long message whose third part failed sends only the third again). The README says
so. Every card carries a hidden marker of its key, for a lookup through Microsoft Graph.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import aiohttp
from aiohttp import web

from bot.platforms.teams.auth import TokenValidator
from bot.platforms.teams.connector import Connector, TeamsError
from bot.platforms.teams.inbound import TeamsInbound
from bot.platforms.teams.limits import TENANT_PER_SECOND
from bot.platforms.teams.members import PLATFORM, TeamsDirectory
from bot.platforms.teams.render import Json, render
from bot.platforms.teams.token import ConnectorToken
from handlers.door import Door
from handlers.types import Message

log = logging.getLogger(__name__)
THREAD = ";messageid="
REMEMBERED_SENDS = 2048  # keys of posts whose answer may have been lost, kept in memory


@dataclass(frozen=True)
class TeamsConfig:
    """What `bot/settings.py` gives (Microsoft's addresses have their defaults there)."""

    app_id: str
    app_password: str
    tenant_id: str
    openid_metadata_url: str
    login_url: str
    service_url: str
    board_users: tuple[str, ...] = ()
    board_team: str = ""

    @property
    def bot_id(self) -> str:
        return f"28:{self.app_id}"


class TeamsPlatform:
    name = PLATFORM

    def __init__(
        self,
        door: Door,
        config: TeamsConfig,
        *,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.door, self.config = door, config
        self._clock, self._monotonic = clock, monotonic
        self._session: aiohttp.ClientSession | None = None
        self._sent: OrderedDict[str, list[str]] = OrderedDict()  # key -> parts' ids
        self.connector: Connector | None = None
        self.inbound: TeamsInbound | None = None
        self.directory: TeamsDirectory | None = None
        self._processes = 1  # dispatcher processes sharing the tenant's limit

    @property
    def connected(self) -> bool:
        """Teams has no connection to keep: the bot is up once it can take activities."""
        return self.inbound is not None

    def share_limits(self, processes: int) -> None:
        """Several dispatcher processes post for one app in one tenant: each keeps to its
        share of the tenant's limit (registry.SharesLimits)."""
        self._processes = max(1, processes)
        if self.connector is not None:
            self.connector.pacing.tenant.per_window = max(1, TENANT_PER_SECOND // self._processes)

    async def start(self) -> None:
        config = self.config
        self._session = aiohttp.ClientSession()
        token = ConnectorToken(
            self._session,
            login_url=config.login_url,
            tenant_id=config.tenant_id,
            app_id=config.app_id,
            password=config.app_password,
            clock=self._monotonic,
        )
        self.connector = Connector(
            self._session,
            token=token.get,
            invalidate_token=token.invalidate,
            allowed_service_urls=(config.service_url,),
        )
        self.share_limits(self._processes)
        self.directory = TeamsDirectory(
            self.door,
            self.connector,
            tenant_id=config.tenant_id,
            bot_id=config.bot_id,
            service_url=config.service_url,
            board_users=config.board_users,
            board_team=config.board_team,
            monotonic=self._monotonic,
        )
        await self.directory.load()
        validator = TokenValidator(
            self._session,
            metadata_url=config.openid_metadata_url,
            app_id=config.app_id,
            tenant_id=config.tenant_id,
            clock=self._clock,
        )
        self.inbound = TeamsInbound(self.door, self.connector, self.directory, validator)

    async def stop(self) -> None:
        self.inbound = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """POST /api/messages (a route of the bot's web server)."""
        if self.inbound is None:
            return web.Response(status=503)
        return await self.inbound.handle(request)

    def _ready(self) -> tuple[Connector, TeamsDirectory]:
        if self.connector is None or self.directory is None:
            raise TeamsError("teams: not started")
        return self.connector, self.directory

    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        """Each part posted (the first as a reply when the message answers a post); a part
        the Connector acknowledged is not posted again when the rest is retried."""
        connector, directory = self._ready()
        conversation = await directory.conversation(target)
        url = directory.service_url
        ids = self._sent.get(idempotency_key, [])
        parts = render(message, key=idempotency_key)
        for number, activity in enumerate(parts[len(ids) :], start=len(ids)):
            if message.reply_to and number == 0:
                thread = _thread(conversation, message.reply_to)
                posted = await connector.reply(url, thread, message.reply_to, activity)
            else:
                posted = await connector.send(url, conversation, activity)
            ids = [*ids, posted]
            self._remember(idempotency_key, ids)
        return ",".join(ids)

    def _remember(self, key: str, ids: list[str]) -> None:
        """The parts posted under `key` so far, for a retry after a later part failed."""
        self._sent[key] = ids
        self._sent.move_to_end(key)
        while len(self._sent) > REMEMBERED_SENDS:
            self._sent.popitem(last=False)

    async def edit(self, target: str, message_id: str, message: Message) -> str | None:
        """Each part updated in place; a post that now needs more parts gets them posted
        after it, one that needs fewer has the rest deleted, and its new handle returned."""
        connector, directory = self._ready()
        conversation, url = await directory.conversation(target), directory.service_url
        old, new = message_id.split(","), render(message)
        for activity_id, activity in zip(old, new, strict=False):
            await connector.update(url, conversation, activity_id, _edited(activity))
        if len(old) == len(new):
            return None
        added = [await connector.send(url, conversation, a) for a in new[len(old) :]]
        for activity_id in old[len(new) :]:
            await self._delete_one(connector, url, conversation, activity_id)
        return ",".join(old[: len(new)] + added)

    async def delete(self, target: str, message_id: str) -> None:
        connector, directory = self._ready()
        conversation, url = await directory.conversation(target), directory.service_url
        for activity_id in message_id.split(","):
            await self._delete_one(connector, url, conversation, activity_id)

    @staticmethod
    async def _delete_one(connector: Connector, url: str, conversation: str, post: str) -> None:
        try:
            await connector.delete(url, conversation, post)
        except TeamsError as error:
            if error.status != 404:  # already gone (a retried delete that went through)
                raise


def _thread(conversation: str, reply_to: str) -> str:
    """The conversation a reply goes to: a channel's reply goes into the thread of the post
    it answers (the Connector finds the thread's root from it)."""
    channel = conversation.endswith(("@thread.tacv2", "@thread.skype"))
    if channel and THREAD not in conversation:
        return f"{conversation}{THREAD}{reply_to}"
    return conversation


def _edited(activity: Json) -> Json:
    """An update replaces the whole activity: no reply or marker fields carried over."""
    return {k: v for k, v in activity.items() if k not in ("replyToId", "id")}
