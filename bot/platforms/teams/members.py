"""Who a Teams user is to Bryggan, and where the bot reaches them.

A member's id is their `29:` id (the one the Bot Connector takes, stable for this bot); the
board is read from their Entra object id (`aadObjectId`, what an administrator sees in Entra)
listed in TEAMS_BOARD_USERS, or membership of the board team (TEAMS_BOARD_TEAM, read through
the Connector's paged members and kept five minutes; a failed read keeps the last answer).
A member's personal chat with the bot is made with createConversation the first time it is
needed and kept through the door, so a restart finds it again. The service URL the Connector
answers on comes with every authenticated activity; the latest is kept through the door too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from bot.platforms.teams.connector import Connector
from handlers.door import Door
from handlers.ports import DeliveryError
from handlers.types import Member

log = logging.getLogger(__name__)
PLATFORM = "teams"
BOARD_CACHE_SECONDS = 300.0
TEAMS_KEPT = 200  # teams whose channel names are kept
RETRY_SECONDS = 30.0  # after a failed read, the last answer stands this long
NAMES_CACHE_SECONDS = 300.0
SERVICE_URL_KEY = "service_url"
DM = "dm:"


class TeamsDirectory:
    def __init__(
        self,
        door: Door,
        connector: Connector,
        *,
        tenant_id: str,
        bot_id: str,
        service_url: str,
        board_users: tuple[str, ...] = (),
        board_team: str = "",
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.door, self.connector = door, connector
        self.tenant_id, self.bot_id, self.service_url = tenant_id, bot_id, service_url
        self.board_users = frozenset(u.lower() for u in board_users)
        self.board_team = board_team
        self._monotonic = monotonic
        self._board: frozenset[str] = frozenset()
        self._board_read = float("-inf")
        self._channel_names: dict[str, tuple[float, dict[str, str]]] = {}  # team -> names
        self._chats: dict[str, str] = {}  # personal chats known in this run, by member

    # the service URL

    async def load(self) -> None:
        """The service URL an earlier run kept (it came in an authenticated activity)."""
        kept = await self.door.recall(PLATFORM, SERVICE_URL_KEY)
        if kept and kept != self.service_url:
            self.connector.allow(kept)
            self.service_url = kept

    async def saw_service_url(self, url: str) -> None:
        """An authenticated activity named the service URL to answer on: trust and keep it."""
        self.connector.allow(url)
        if url != self.service_url:
            self.service_url = url
            await self.door.remember(PLATFORM, SERVICE_URL_KEY, url)

    # members

    async def member(self, account: Mapping[str, Any], *, locale: str | None = None) -> Member:
        """The member an activity's `from` names."""
        user_id = str(account.get("id") or "")
        aad = str(account.get("aadObjectId") or "").lower()
        name = " ".join(str(account.get("name") or "").split()) or user_id
        return Member(
            PLATFORM,
            user_id,
            name,
            is_board=await self.is_board(user_id, aad),
            platform_locale=locale or None,
        )

    async def is_board(self, user_id: str, aad: str) -> bool:
        if aad and aad in self.board_users:
            return True
        if not self.board_team:
            return False
        if self._monotonic() - self._board_read > BOARD_CACHE_SECONDS:
            await self._read_board()
        return bool({user_id, aad} & self._board)

    async def _read_board(self) -> None:
        try:
            accounts = await self.connector.members(self.service_url, self.board_team)
        except DeliveryError as error:  # keep the last answer; try again a little later
            log.warning("teams: cannot read the board team's members (%s)", error.reason)
            self._board_read = self._monotonic() - BOARD_CACHE_SECONDS + RETRY_SECONDS
            return
        self._board = frozenset(i for a in accounts for i in (a.id, a.aad_object_id.lower()) if i)
        self._board_read = self._monotonic()

    # channels

    async def channel_name(self, team_id: str, channel_id: str) -> str:
        """The channel's name as members see it ("General" for the team's first channel)."""
        if not team_id:
            return ""
        read_at, names = self._channel_names.get(team_id, (float("-inf"), {}))
        if channel_id not in names or self._monotonic() - read_at > NAMES_CACHE_SECONDS:
            try:
                found = await self.connector.team_channels(self.service_url, team_id)
                names = {c.id: c.name or "General" for c in found}
            except DeliveryError as error:  # kept as it was, and not asked again at once
                log.warning("teams: cannot read a team's channels (%s)", error.reason)
                names = {**names, channel_id: names.get(channel_id, "")}
            if len(self._channel_names) >= TEAMS_KEPT:  # ids a member made up, perhaps
                self._channel_names.clear()
            self._channel_names[team_id] = (self._monotonic(), names)
        return names.get(channel_id, "")

    def forget_channels(self, team_id: str) -> None:
        """A channel was made or renamed: read the team's names again when next asked."""
        self._channel_names.pop(team_id, None)

    # where a post goes

    async def conversation(self, target: str) -> str:
        """A conversation id for a target: a channel or chat as it is, `dm:<29: id>` the
        member's personal chat with the bot (made the first time)."""
        if not target.startswith(DM):
            return target
        user_id = target[len(DM) :]
        known = await self.door.direct_room(PLATFORM, user_id)
        if known:
            return known
        chat = await self.connector.create_conversation(
            self.service_url, tenant_id=self.tenant_id, bot_id=self.bot_id, member_id=user_id
        )
        await self.door.remember_direct_room(PLATFORM, user_id, chat)
        return chat

    async def saw_personal_chat(self, user_id: str, conversation_id: str) -> None:
        """The member wrote in their personal chat with the bot: no need to make one."""
        if self._chats.get(user_id) == conversation_id:
            return
        if await self.door.direct_room(PLATFORM, user_id) != conversation_id:
            await self.door.remember_direct_room(PLATFORM, user_id, conversation_id)
        self._chats[user_id] = conversation_id
