"""The rate limits of the fake Bot Connector (on by default), as Teams documents them.

msteams-docs "Optimize your bot with rate limiting":
- per bot per thread (a 1:1 chat, a group chat or a channel; a channel's reply chains count
  as the channel): sending, creating a conversation, and here updates and deletes too ("all
  requests are subject to the same rate limiting policy"): 7 per 1 s, 8 per 2 s, 60 per 30 s,
  1800 per 3600 s. Reading members or a team's conversations: 14, 16, 120 and 3600;
- per app per tenant, every request: 50 a second;
- past any: HTTP 429. The docs promise no Retry-After, so the fake sends one only when
  `retry_after` is on (then the seconds until the request would pass, rounded up).

Teams does not say how its windows are aligned, so the fake takes the strictest reading:
sliding windows. A request passes when, in every window of its thread and the tenant's, fewer
than the limit passed in the `window` seconds before it (a request exactly `window` seconds
earlier no longer counts); a refused request counts in none.

Everything counts on a `clock`: `time.monotonic` by default, or a test's `VirtualClock.now`.
`SteppedClock` (rate_limits.py) adds up the waits of concurrent sleepers, so it cannot stand
for the many threads waiting at once that Teams' pacing has; `VirtualClock` moves to the
earliest waiter's time once the loop is idle, as real time would.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from tests.fakes.rate_limits import Clock

T = TypeVar("T")
Windows = Sequence[tuple[int, float]]
WRITES: Windows = ((7, 1.0), (8, 2.0), (60, 30.0), (1800, 3600.0))
READS: Windows = ((14, 1.0), (16, 2.0), (120, 30.0), (3600, 3600.0))
TENANT_PER_SECOND = 50


@dataclass
class SlidingWindow:
    """At most `limit` requests in any `window` seconds."""

    limit: int
    window: float
    times: deque[float] = field(default_factory=deque)

    def wait(self, now: float) -> float | None:
        """None when one more passes now, else the seconds until it would."""
        while self.times and self.times[0] <= now - self.window:
            self.times.popleft()
        if len(self.times) < self.limit:
            return None
        return self.times[len(self.times) - self.limit] + self.window - now

    def count(self, now: float) -> None:
        self.times.append(now)


@dataclass
class TeamsLimits:
    """Teams' per-thread windows and its per-tenant limit (see the module)."""

    writes: Windows = WRITES
    reads: Windows = READS
    tenant_per_second: int = TENANT_PER_SECOND
    retry_after: bool = True  # send Retry-After with a 429 (Teams does not promise one)
    clock: Clock = time.monotonic
    served_429: int = 0  # every 429 the fake answered
    passed: int = 0  # requests every window let through
    busiest_tenant_second: int = 0  # the most requests the tenant's window held at once
    _windows: dict[tuple[str, str], list[SlidingWindow]] = field(default_factory=dict)

    def check(self, tenant: str, thread: str, *, write: bool) -> float | None:
        """Count one request of `thread` in `tenant`: None when it passes, else the seconds
        to wait (the 429 is counted here)."""
        now = self.clock()
        windows = [*self._stack("write" if write else "read", thread), *self._tenant(tenant)]
        waits = [w for window in windows if (w := window.wait(now)) is not None]
        if waits:
            self.served_429 += 1
            return max(waits)
        for window in windows:
            window.count(now)
        self.passed += 1
        tenant_window = self._tenant(tenant)[0]
        self.busiest_tenant_second = max(self.busiest_tenant_second, len(tenant_window.times))
        return None

    def headers(self, wait: float) -> dict[str, str]:
        """The 429's headers: Retry-After in whole seconds when switched on."""
        return {"Retry-After": str(max(1, math.ceil(wait)))} if self.retry_after else {}

    def _stack(self, kind: str, thread: str) -> list[SlidingWindow]:
        limits = self.writes if kind == "write" else self.reads
        key = (kind, thread)
        if key not in self._windows:
            self._windows[key] = [SlidingWindow(n, window) for n, window in limits]
        return self._windows[key]

    def _tenant(self, tenant: str) -> list[SlidingWindow]:
        key = ("tenant", tenant)
        if key not in self._windows:
            self._windows[key] = [SlidingWindow(self.tenant_per_second, 1.0)]
        return self._windows[key]


class VirtualClock:
    """Time that moves only when everything waits for it: `sleep` registers a wake-up, and
    `run` moves the time to the earliest one once the loop has been idle for a while with
    nothing on the network (`busy()` false), as real time would pass with nothing else
    happening. Give `now` to the fake's limits and `now` and `sleep` to the pacing."""

    IDLE_TURNS = 25  # loop turns with nothing new before the time moves

    def __init__(self, time: float = 0.0, busy: Callable[[], bool] = lambda: False) -> None:
        self.time, self.busy = time, busy
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self.sleeps = 0  # wake-ups registered so far

    def now(self) -> float:
        return self.time

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        woken: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.time + seconds, next(self._order), woken))
        self.sleeps += 1
        await woken

    async def run(self, work: Awaitable[T]) -> T:
        """Await `work`, moving the time whenever it waits only for the time."""
        task = asyncio.ensure_future(work)
        try:
            while not task.done():
                if await self._idle(task) and not self._wake_earliest():
                    await asyncio.wait({task}, timeout=0.01)  # waiting on something else
            return task.result()
        finally:
            task.cancel()

    async def _idle(self, task: asyncio.Future[T]) -> bool:
        """True once `IDLE_TURNS` turns of the loop passed with nothing on the network and
        no new wake-up; False if `task` finished meanwhile."""
        quiet = 0
        while quiet < self.IDLE_TURNS:
            before = self.sleeps
            if self.busy():
                await asyncio.wait({task}, timeout=0.001)
                quiet = 0
            else:
                await asyncio.sleep(0)
                quiet = quiet + 1 if before == self.sleeps and not self.busy() else 0
            if task.done():
                return False
        return True

    def _wake_earliest(self) -> bool:
        """Move to the earliest live wake-up and wake everyone due then; False if none."""
        while self._sleepers and self._sleepers[0][2].done():  # cancelled sleepers
            heapq.heappop(self._sleepers)
        if not self._sleepers:
            return False
        self.time = max(self.time, self._sleepers[0][0])
        while self._sleepers and self._sleepers[0][0] <= self.time:
            woken = heapq.heappop(self._sleepers)[2]
            if not woken.done():
                woken.set_result(None)
        return True


def fastest_schedule(posts: int, windows: Windows) -> list[float]:
    """The earliest time each of `posts` requests into one thread can pass the sliding
    `windows`: the bound a pacer can at best reach."""
    times: list[float] = []
    for k in range(posts):
        times.append(max([0.0] + [times[k - n] + w for n, w in windows if k >= n]))
    return times
