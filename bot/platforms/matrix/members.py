"""Who a Matrix user is to Bryggan: a name to show, whether they are on the board (power
level 50 or more in the board room, or named in MATRIX_BOARD_USERS), and their direct room
with the bot, kept through the door so a restart finds it again."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from mautrix.api import Method, Path
from mautrix.errors import MatrixRequestError
from mautrix.types import EventType, RoomAlias, RoomCreatePreset, RoomID, UserID

from bot.platforms.matrix.api import MatrixApi
from handlers.door import Door
from handlers.types import Member

log = logging.getLogger(__name__)
PLATFORM = "matrix"
BOARD_LEVEL = 50  # moderators and up, as Element names it
BOARD_CACHE_SECONDS = 60.0


class MatrixDirectory:
    def __init__(
        self,
        door: Door,
        api: MatrixApi,
        *,
        board_room: str,
        board_users: tuple[str, ...],
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.door, self.api = door, api
        self.board_room, self.board_users = board_room, frozenset(board_users)
        self._monotonic = monotonic
        self._levels: dict[str, int] = {}
        self._levels_read = float("-inf")
        self._names: dict[str, str] = {}
        self._rooms: dict[str, str] = {}
        self._board_room_id_known: RoomID | None = None

    async def member(self, user_id: str) -> Member:
        return Member(
            PLATFORM, user_id, await self.name_of(user_id), is_board=await self.is_board(user_id)
        )

    async def name_of(self, user_id: str) -> str:
        """The user's display name (their localpart when they set none)."""
        if user_id not in self._names:
            client = await self.api.open()
            try:
                name = await client.get_displayname(UserID(user_id))
            except MatrixRequestError:
                name = None
            self._names[user_id] = name or user_id[1:].split(":", 1)[0]
        return self._names[user_id]

    def forget_name(self, user_id: str) -> None:
        """A member changed their display name (a new `m.room.member` event)."""
        self._names.pop(user_id, None)

    async def room_name(self, room_id: str) -> str:
        """The room's name as members see it (its id when it has none)."""
        if room_id not in self._rooms:
            client = await self.api.open()
            try:
                state = await client.api.request(
                    Method.GET, Path.v3.rooms[RoomID(room_id)].state[EventType.ROOM_NAME]
                )
                self._rooms[room_id] = str(state.get("name") or room_id)
            except MatrixRequestError:
                self._rooms[room_id] = room_id
        return self._rooms[room_id]

    def forget_room_name(self, room_id: str) -> None:
        """The room was renamed (a new `m.room.name` event)."""
        self._rooms.pop(room_id, None)

    async def is_board(self, user_id: str) -> bool:
        if user_id in self.board_users:
            return True
        if not self.board_room:
            return False
        if self._monotonic() - self._levels_read > BOARD_CACHE_SECONDS:
            await self._read_levels()
        return self._levels.get(user_id, 0) >= BOARD_LEVEL

    def levels_changed(self) -> None:
        """The board room's power levels changed: read them again on the next question."""
        self._levels_read = float("-inf")

    async def _read_levels(self) -> None:
        client = await self.api.open()
        try:
            room = await self._board_room_id()
            levels = await client.api.request(
                Method.GET, Path.v3.rooms[room].state[EventType.ROOM_POWER_LEVELS]
            )
            users = levels.get("users") or {}
            self._levels = {str(user): int(level) for user, level in users.items()}
        except MatrixRequestError as error:  # not in the room (yet): nobody is board by it
            log.warning("matrix: cannot read the board room's power levels (%s)", error.errcode)
            self._levels = {}
        self._levels_read = self._monotonic()

    async def _board_room_id(self) -> RoomID:
        """The board room's id, joined on the way (its state is read as a member)."""
        if self._board_room_id_known is None:
            client = await self.api.open()
            self._board_room_id_known = await client.join_room(
                RoomAlias(self.board_room), max_retries=0
            )
        return self._board_room_id_known

    async def direct_room(self, user_id: str) -> str:
        """The bot's direct room with the user, made the first time it is needed."""
        known = await self.door.direct_room(PLATFORM, user_id)
        if known:
            return known
        client = await self.api.open()
        room = await client.create_room(
            preset=RoomCreatePreset.TRUSTED_PRIVATE, is_direct=True, invitees=[UserID(user_id)]
        )
        await self.door.remember_direct_room(PLATFORM, user_id, str(room))
        return str(room)
