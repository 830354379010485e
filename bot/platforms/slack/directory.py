"""Who is who on Slack: members' names, pictures and locales, the board user group and
channel names, read through the Web API and cached.

Cache ages count on a monotonic clock, which starts near zero after a boot: "never read" is
None, not a time stamp of 0.0 (that would look fresh for the first five minutes).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)
CACHE_SECONDS = 300.0
RETRY_SECONDS = 30.0  # after a failed read of the board group, before the next try


def display_name(user: dict[str, Any], fallback: str) -> str:
    """What Slack shows for a member: display name, else real name, else user name."""
    profile = user.get("profile") or {}
    for name in (profile.get("display_name"), profile.get("real_name"), user.get("real_name")):
        if name:
            return str(name)
    return str(user.get("name") or fallback)


class SlackDirectory:
    def __init__(
        self,
        client: AsyncWebClient,
        *,
        board_usergroup: str,
        board_users: tuple[str, ...],
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.board_usergroup, self.board_users = board_usergroup, board_users
        self._monotonic = monotonic
        self._board: tuple[float, frozenset[str]] | None = None
        self._board_retry_at: float | None = None
        self._users: dict[str, tuple[float, dict[str, Any]]] = {}
        self._channel_names: dict[str, str] = {}

    async def is_board(self, user_id: str) -> bool:
        if user_id in self.board_users:
            return True
        if not self.board_usergroup:
            return False
        now = self._monotonic()
        stale = self._board is None or now - self._board[0] > CACHE_SECONDS
        if stale and (self._board_retry_at is None or now >= self._board_retry_at):
            members = await self._board_members()
            if members is None:  # what was known stays; the group is tried again shortly
                self._board_retry_at = self._monotonic() + RETRY_SECONDS
            else:
                self._board, self._board_retry_at = (self._monotonic(), members), None
        return self._board is not None and user_id in self._board[1]

    async def _board_members(self) -> frozenset[str] | None:
        group = self.board_usergroup.lstrip("@")
        try:
            if not group.startswith("S"):
                groups = (await self.client.usergroups_list())["usergroups"]
                group = next((g["id"] for g in groups if g.get("handle") == group), group)
            users = (await self.client.usergroups_users_list(usergroup=group))["users"]
        except (SlackApiError, aiohttp.ClientError) as error:
            reason = error.response.get("error") if isinstance(error, SlackApiError) else error
            log.warning("could not read the board user group: %s", reason)
            return None
        return frozenset(users)

    async def user(self, user_id: str) -> dict[str, Any]:
        """users.info, cached: a name, a picture and a locale for each member."""
        cached = self._users.get(user_id)
        if cached and self._monotonic() - cached[0] < CACHE_SECONDS:
            return cached[1]
        try:
            user = dict((await self.client.users_info(user=user_id, include_locale=True))["user"])
        except (SlackApiError, aiohttp.ClientError, KeyError):
            user = {}
        self._users[user_id] = (self._monotonic(), user)
        return user

    async def channel_name(self, channel_id: str) -> str:
        if channel_id not in self._channel_names:
            try:
                info = await self.client.conversations_info(channel=channel_id)
                self._channel_names[channel_id] = str(info["channel"].get("name") or "")
            except (SlackApiError, aiohttp.ClientError, KeyError):
                return ""
        return self._channel_names[channel_id]
