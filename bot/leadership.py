"""One leader per role across processes: the gateway (chat connections) and the scheduler
are each run by one process at a time; the others stand by and take over when it goes.

On PostgreSQL the leader holds the role's advisory lock (storage/leader_lock.py) and beats
every HEARTBEAT_SECONDS. A leader whose beat has not come back within LEASE_SECONDS steps
down (stops its gateway) on its own, before the server ends its silent connection after
SERVER_IDLE_SECONDS and a standby may take the lock: two gateways never overlap. A standby
tries for the lock every RETRY_SECONDS. So a dead leader is replaced within RETRY_SECONDS
(its connection closes with it), and one cut off from the database within about
SERVER_IDLE_SECONDS + RETRY_SECONDS. On SQLite only one process runs (bot/single_run.py):
it leads everything from the start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from storage.leader_lock import LeaderLock

log = logging.getLogger(__name__)

LEADER_ROLES = ("gateway", "scheduler")
STOPPING = "stopping"


@dataclass(frozen=True)
class Timing:
    heartbeat_seconds: float = 2.0
    lease_seconds: float = 6.0
    server_idle_seconds: float = 9.0
    retry_seconds: float = 2.0


OnChange = Callable[[str, bool], Awaitable[None]]


class Leadership:
    """Holds the locks of `roles` while it can; tells `on_change` what it gained or lost."""

    def __init__(
        self,
        roles: tuple[str, ...],
        make_lock: Callable[[Timing], LeaderLock] | None,
        on_change: OnChange,
        *,
        timing: Timing = Timing(),
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.roles = tuple(r for r in LEADER_ROLES if r in roles)
        self.leads: set[str] = set()
        self._make_lock = make_lock  # None: nothing to share (SQLite), lead at once
        self._on_change = on_change
        self.timing = timing
        self._monotonic = monotonic
        self._lock: LeaderLock | None = None
        self._task: asyncio.Task[None] | None = None

    async def begin(self) -> set[str]:
        """The first try, before the process starts anything: what it leads from the start
        (no `on_change` for these). Then the watch goes on in the background."""
        if self._make_lock is None:
            self.leads = set(self.roles)
        elif self.roles:
            with contextlib.suppress(Exception):  # the database may be away: retried
                await self._connect()
                await self._take_free_roles(tell=False)
        if self._make_lock is not None and self.roles:
            self._task = asyncio.create_task(self._watch(), name="leadership")
        return set(self.leads)

    async def stop(self) -> None:
        """Step down from everything and free the locks at once (a standby takes over)."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self._step_down(STOPPING)
        if self._lock is not None:
            await self._lock.close()
            self._lock = None

    async def _connect(self) -> LeaderLock:
        assert self._make_lock is not None
        lock = self._make_lock(self.timing)
        await lock.connect()  # bounded by the lock's own connect timeout
        self._lock = lock
        return lock

    async def _take_free_roles(self, *, tell: bool) -> None:
        assert self._lock is not None
        for role in self.roles:
            if role not in self.leads and await self._lock.try_take(role):
                self.leads.add(role)
                log.info("leading", extra={"role": role})
                if tell:
                    await self._on_change(role, True)

    async def _watch(self) -> None:
        """Beat while leading, try while standing by; any failure steps down from all."""
        while True:
            try:
                await self._term()
            except asyncio.CancelledError:
                raise
            except Exception as error:
                log.warning("leader connection lost: %s", error or type(error).__name__)
            await self._step_down("the database connection was lost")
            if self._lock is not None:
                self._lock.abort()
                self._lock = None
            await asyncio.sleep(self.timing.retry_seconds)

    async def _term(self) -> None:
        """One connection's life: beat and take free roles until something fails or the
        lease runs out while waiting for an answer."""
        timing = self.timing
        lock = self._lock or await self._connect()
        lease_until = self._monotonic() + timing.lease_seconds  # `begin` or the connect
        while True:
            sent = self._monotonic()
            wait = lease_until - sent if self.leads else timing.retry_seconds * 2
            # asyncio.timeout, not wait_for: 3.11's wait_for can swallow a cancel that
            # lands as the beat ends, and the watch would then never stop.
            async with asyncio.timeout(max(0.0, wait)):
                await self._beat_and_take(lock)
            lease_until = sent + timing.lease_seconds  # the server had us alive at `sent`
            pause = timing.heartbeat_seconds if self.leads else timing.retry_seconds
            await asyncio.sleep(max(0.0, sent + pause - self._monotonic()))

    async def _beat_and_take(self, lock: LeaderLock) -> None:
        await lock.beat(tuple(self.leads))
        await self._take_free_roles(tell=True)

    async def _step_down(self, reason: str) -> None:
        for role in [r for r in self.roles if r in self.leads]:
            self.leads.discard(role)
            level = logging.INFO if reason == STOPPING else logging.WARNING
            log.log(level, "no longer leading", extra={"role": role, "reason": reason})
            try:
                await self._on_change(role, False)
            except Exception:
                log.exception("stepping down failed", extra={"role": role})
