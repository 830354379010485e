"""A process's row in the heartbeat table: written at start, beaten every BEAT_SECONDS (and
at once when its leadership changes), marked at a clean stop. `bryggan processes` reads it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import timedelta

from bot.roles import ROLES
from handlers.clock import Clock
from storage import processes
from storage.db import Database

log = logging.getLogger(__name__)

BEAT_SECONDS = 5.0
LIVE_BEATS = 3  # a process silent this many beats is no longer counted (`bryggan processes`)


@dataclass
class ProcessBeat:
    """The process's row: written at start, beaten every BEAT_SECONDS, marked at stop."""

    db: Database
    clock: Clock
    roles: tuple[str, ...]
    leads: Callable[[], Collection[str]]  # what the process leads now
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    host: str = field(default_factory=socket.gethostname)
    pid: int = field(default_factory=os.getpid)
    # Told how many dispatcher processes run (this one included) when that changes: they
    # share the limits a platform counts per bot token (None: nothing to share, SQLite).
    on_dispatchers: Callable[[int], None] | None = None
    _dispatchers: int = 1
    _task: asyncio.Task[None] | None = None
    _woken: asyncio.Event = field(default_factory=asyncio.Event)

    def wake(self) -> None:
        """Beat now (leadership changed), not at the next interval."""
        self._woken.set()

    def _leads(self) -> tuple[str, ...]:
        led = self.leads()
        return tuple(role for role in ROLES if role in led)

    def describe(self) -> dict[str, object]:
        """What /healthz says of this process."""
        ordered = self._leads()
        return {"roles": list(self.roles), "leads": list(ordered)}  # not the id: public

    async def start(self) -> None:
        await processes.record_start(
            self.db,
            process_id=self.id,
            host=self.host,
            pid=self.pid,
            roles=self.roles,
            now=self.clock.now(),
        )
        await self._count_dispatchers()
        self._task = asyncio.create_task(self._beat(), name="process-beat")

    async def _count_dispatchers(self) -> None:
        if self.on_dispatchers is None or "dispatcher" not in self.roles:
            return
        since = self.clock.now() - timedelta(seconds=LIVE_BEATS * BEAT_SECONDS)
        count = max(1, await processes.running_with(self.db, "dispatcher", since=since))
        if count != self._dispatchers:
            self._dispatchers = count
            self.on_dispatchers(count)

    async def _beat(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(BEAT_SECONDS):  # not wait_for: it may eat a cancel
                    await self._woken.wait()
            self._woken.clear()
            try:
                leads = self._leads()
                await processes.beat(self.db, self.id, leads=leads, now=self.clock.now())
                await self._count_dispatchers()
            except Exception as error:  # the database away: the leader watch handles that
                log.warning("process heartbeat not written: %s", type(error).__name__)

    async def stop(self) -> None:
        if self._task is None:
            return
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        try:
            await processes.record_stop(self.db, self.id, now=self.clock.now())
        except Exception as error:
            log.warning("process stop not written: %s", type(error).__name__)
