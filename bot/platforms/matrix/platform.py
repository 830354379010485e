"""Matrix as a platform of the outbox: posts, edits and deletes with transaction ids made from
the idempotency key (a resend after a crash or a timeout is answered with the event the first
made, so a member never sees a post twice), and the sync loop that brings members' messages in.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.platforms.matrix import render
from bot.platforms.matrix.api import MatrixApi, delivery_error, transaction_id
from bot.platforms.matrix.inbound import MatrixInbound
from bot.platforms.matrix.members import PLATFORM, MatrixDirectory
from bot.platforms.matrix.sync import MatrixSync
from handlers.door import Door
from handlers.ports import DeliveryError
from handlers.types import Message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MatrixConfig:
    homeserver: str
    user_id: str
    access_token: str
    board_room: str = ""
    board_users: tuple[str, ...] = ()
    retry_seconds: float = 1.0  # the first wait after a failed sync; doubles up to 60 s


class MatrixPlatform:
    name = PLATFORM

    def __init__(
        self, door: Door, config: MatrixConfig, *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.door, self.config = door, config
        self.api = MatrixApi(config.homeserver, config.user_id, config.access_token)
        self.directory = MatrixDirectory(
            door,
            self.api,
            board_room=config.board_room,
            board_users=config.board_users,
            monotonic=monotonic,
        )
        self.inbound = MatrixInbound(door, self.api, self.directory, bot_user_id=config.user_id)
        self.sync = MatrixSync(door, self.api, self.inbound, retry_seconds=config.retry_seconds)
        self._task: asyncio.Task[None] | None = None
        self._open = False
        self.listening = True  # off: no sync, so a standby process handles no event
        self.commands = frozenset(  # every name a command goes by, Swedish and English
            name for spec in door.catalogue for name in (spec.name, spec.sv) if name
        )

    @property
    def connected(self) -> bool:
        """Syncing; when not listening (a standby sends only), open for requests."""
        return self.sync.connected if self.listening else self._open

    async def start(self) -> None:
        await self.api.open()
        self._open = True
        if self.listening:
            self._task = asyncio.create_task(self.sync.run(), name="matrix-sync")

    async def listen(self, on: bool) -> None:
        """Sync (this process now leads the gateway) or stop syncing (it no longer does)."""
        if on == self.listening:
            return
        self.listening = on
        if not self._open:
            return  # start() reads `listening`
        if on:
            self._task = asyncio.create_task(self.sync.run(), name="matrix-sync")
        else:
            await self._stop_sync()

    async def _stop_sync(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def stop(self) -> None:
        await self._stop_sync()
        self._open = False
        await self.api.close()

    async def _room(self, target: str) -> str:
        """A room id, or `dm:@user:server`: the bot's direct room with the user."""
        if target.startswith("dm:"):
            return await self.directory.direct_room(target[3:])
        return target

    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        try:
            room = await self._room(target)
            ids = [
                await self.api.send(room, content, transaction_id(idempotency_key, n))
                for n, content in enumerate(render.contents(message, commands=self.commands))
            ]
        except Exception as error:
            raise delivery_error(error) from None
        return ",".join(ids)

    async def edit(self, target: str, message_id: str, message: Message) -> str | None:
        """Each part replaced in place (`m.replace`); a post that now needs more or fewer
        parts is taken down and posted again, and its new handle returned."""
        old, new = message_id.split(","), render.contents(message, commands=self.commands)
        try:
            room = await self._room(target)
            if len(old) == len(new):
                for event, content in zip(old, new, strict=True):
                    replaced = render.replacement(event, content)
                    await self.api.send(room, replaced, _edit_transaction(event, replaced))
                return None
            for n, event in enumerate(old):
                await self.api.redact(room, event, transaction_id(message_id, n, "redact"))
            ids = [
                await self.api.send(room, content, _edit_transaction(message_id, content, n))
                for n, content in enumerate(new)
            ]
        except DeliveryError:
            raise
        except Exception as error:
            raise delivery_error(error) from None
        return ",".join(ids)

    async def delete(self, target: str, message_id: str) -> None:
        try:
            room = await self._room(target)
            for n, event in enumerate(message_id.split(",")):
                await self.api.redact(room, event, transaction_id(message_id, n, "redact"))
        except Exception as error:
            raise delivery_error(error) from None


def _edit_transaction(original: str, content: dict[str, object], part: int = 0) -> str:
    """The same edit sent again (in doubt) is the same transaction; another edit is not."""
    said = hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()
    return transaction_id(f"{original}\x00{said}", part, "edit")
