"""One leader per role across processes: the gateway (chat connections) and the scheduler
are each run by one process at a time; the others stand by and take over when it goes.

On PostgreSQL the leader holds the role's advisory lock (storage/leader_lock.py) and beats
every `heartbeat_seconds`, proving its session alive and the lock still its own. A standby
tries for the lock every `retry_seconds`. The lock goes free in three ways, and none lets
two leaders act at once while their event loops run:
- the leader dies: its connection closes and the server frees the lock at once;
- the leader is cut off from the database: it steps down (closes its gateway) when its beat
  has not come back within `lease_seconds`; the server ends the silent session, freeing the
  lock, only after `server_idle_seconds`, later;
- the leader's session is ended on the server (an operator, a database restart): the lock
  is free at once, and the leader learns of it at its next beat. So a lock just taken is
  acted on only after `takeover_seconds`, longer than a beat: the old leader has stepped
  down by then.
A dead leader is thus replaced within about retry + takeover seconds, one cut off within
about server idle + retry + takeover. On SQLite only one process runs (bot/single_run.py):
it leads everything from the start.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import asyncpg  # type: ignore[import-untyped]

from bot.settings import SettingsError
from storage.leader_lock import LeaderLock

log = logging.getLogger(__name__)

LEADER_ROLES = ("gateway", "scheduler")
STOPPING = "stopping"


@dataclass(frozen=True)
class Timing:
    heartbeat_seconds: float = 2.0
    lease_seconds: float = 5.0
    server_idle_seconds: float = 8.0
    retry_seconds: float = 1.0
    takeover_seconds: float = 3.0


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
        self._taken: dict[str, float] = {}  # locks held, not yet acted on: since when
        self._make_lock = make_lock  # None: nothing to share (SQLite), lead at once
        self._on_change = on_change
        self.timing = timing
        self._monotonic = monotonic
        self._lock: LeaderLock | None = None
        self._task: asyncio.Task[None] | None = None

    async def begin(self) -> set[str]:
        """What the process leads from the start, told to no one: on SQLite everything; on
        PostgreSQL nothing yet (what it takes is told to `on_change` after the takeover
        wait). A server that refuses the lock connection (PostgreSQL before 14, a pooler
        that takes no settings) stops the start with a clear error; an unreachable one
        is tried again."""
        if self._make_lock is None:
            self.leads = set(self.roles)
            return set(self.leads)
        if not self.roles:
            return set()
        try:
            await self._connect()
            await self._take_free_roles()
        except asyncpg.PostgresError as refused:
            if self._lock is not None:
                self._lock.abort()
            raise SettingsError(
                [
                    f"DATABASE_URL: the leader connection was refused ({refused}); leading "
                    "needs PostgreSQL 14 or newer, reached directly or through a pooler in "
                    "session mode"
                ]
            ) from None
        except (OSError, TimeoutError) as away:
            log.warning("leader connection not made: %s", type(away).__name__)
        self._task = asyncio.create_task(self._watch(), name="leadership")
        return set()

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

    async def _take_free_roles(self) -> None:
        assert self._lock is not None
        for role in self.roles:
            held = role in self.leads or role in self._taken
            if not held and await self._lock.try_take(role):
                self._taken[role] = self._monotonic()

    async def _act_on_taken(self, proven_at: float) -> None:
        """Lead the roles whose lock has been ours for the takeover wait, proven by a beat
        sent at `proven_at`."""
        for role, since in list(self._taken.items()):
            if proven_at - since >= self.timing.takeover_seconds:
                del self._taken[role]
                self.leads.add(role)
                log.info("leading", extra={"role": role})
                await self._on_change(role, True)

    async def _watch(self) -> None:
        """Beat while holding, try while standing by; any failure steps down from all."""
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
        lease runs out while waiting for an answer (or while the loop was held)."""
        timing = self.timing
        lock = self._lock or await self._connect()
        lease_until = self._monotonic() + timing.lease_seconds  # `begin` or the connect
        while True:
            sent = self._monotonic()
            holding = self.leads or self._taken
            wait = lease_until - sent if holding else timing.retry_seconds * 2
            # asyncio.timeout, not wait_for: 3.11's wait_for can swallow a cancel that
            # lands as the beat ends, and the watch would then never stop.
            async with asyncio.timeout(max(0.0, wait)):
                await lock.beat((*self.leads, *self._taken))
                await self._take_free_roles()
            lease_until = sent + timing.lease_seconds  # the server had us alive at `sent`
            await self._act_on_taken(sent)
            pause = timing.heartbeat_seconds if self.leads else timing.retry_seconds
            await asyncio.sleep(max(0.0, sent + pause - self._monotonic()))

    async def _step_down(self, reason: str) -> None:
        self._taken.clear()
        for role in [r for r in self.roles if r in self.leads]:
            self.leads.discard(role)
            level = logging.INFO if reason == STOPPING else logging.WARNING
            log.log(level, "no longer leading", extra={"role": role, "reason": reason})
            try:
                await self._on_change(role, False)
            except Exception:
                log.exception("stepping down failed", extra={"role": role})
