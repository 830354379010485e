"""Proactive pacing, so the bot rarely meets a platform's rate limits at all; their 429
handling covers the rest.

A `Pacer` lets at most `per_window` requests go in any `window` seconds for each key (a
channel; or one key for a whole bot token, Discord's global limit). A request counts from the
moment it is let go until `window` seconds after it finished: the platform counted it at some
instant in between, so however long it was held up after the pacer let it go (by discord.py,
by another pacer, on the network, or by a busy event loop), no window of the platform's, fixed
or sliding, aligned or opened by a first request, can see more than `per_window` of them.

Where a platform announces its buckets (Discord's `X-RateLimit-Remaining` and
`X-RateLimit-Reset-After`), `observe` follows them: an exhausted bucket holds its key until the
reset, and requests the bucket is known to have counted stop counting at its reset rather than
a whole window after they finished. A 429 holds a key (`hold`) for its Retry-After.

A `TokenPacer` is a token bucket instead (Slack's "about one a second, short bursts
allowed"), counted as pessimistically.
"""

from __future__ import annotations

import asyncio
import math
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Self

Sleep = Callable[[float], Awaitable[None]]
Now = Callable[[], float]


@dataclass(eq=False)
class Slot:
    """One request a pacer let go: in flight until `end`, counted until `expires`."""

    key: Hashable
    start: float
    end: float | None = None
    expires: float = math.inf
    reset_at: float = math.inf  # the announced reset of the bucket that counted it


# The slot of the request the current task is making, so a response's headers can be
# matched to the request they answer (aiohttp's trace hooks run in the requesting task).
CURRENT: ContextVar[tuple[Pacer, Slot] | None] = ContextVar("pacing_slot", default=None)


class Pacer:
    def __init__(
        self,
        per_window: int = 5,
        window_seconds: float = 5.0,
        *,
        now: Now | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.per_window, self.window = per_window, window_seconds
        self._now = now or (lambda: asyncio.get_running_loop().time())
        self._sleep = sleep
        self._slots: dict[Hashable, list[Slot]] = defaultdict(list)
        self._held: dict[Hashable, float] = {}
        self._locks: dict[Hashable, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._finished: dict[Hashable, asyncio.Event] = defaultdict(asyncio.Event)
        self.released = self.in_flight = 0  # requests let go, and of those not finished

    def on_clock(self, now: Now, sleep: Sleep) -> Self:
        """A fresh pacer with the same limits on another clock (a test's stepped one)."""
        return type(self)(self.per_window, self.window, now=now, sleep=sleep)

    def _held_for(self, key: Hashable, now: float) -> float:
        held = self._held.get(key, 0.0) - now
        if held <= 0:
            self._held.pop(key, None)
        return max(0.0, held)

    def delay_for(self, key: Hashable) -> float | None:
        """Seconds to wait before the next request for `key` may go; None when that depends
        on a request still in flight (it counts until `window` after it finishes)."""
        now = self._now()
        counted = [s for s in self._slots[key] if s.expires > now]
        self._slots[key] = counted
        held = self._held_for(key, now)
        excess = len(counted) - self.per_window  # this many must stop counting, plus one
        if excess < 0:
            return held
        expiring = sorted(s.expires for s in counted if s.end is not None)
        if len(expiring) <= excess:
            return None
        return max(expiring[excess] - now, held, 0.0)

    async def acquire(self, key: Hashable) -> Slot:
        """Wait until a request for `key` may go and count it from now; `finish` it after."""
        async with self._locks[key]:  # first come, first served within a key
            while (delay := self.delay_for(key)) != 0:
                if delay is None:
                    finished = self._finished[key]
                    finished.clear()
                    await finished.wait()
                else:
                    await self._sleep(delay)
            slot = Slot(key, self._now())
            self._slots[key].append(slot)
            self.released += 1
            self.in_flight += 1
            return slot

    def finish(self, slot: Slot) -> None:
        slot.end = self._now()
        slot.expires = min(slot.end + self.window, slot.reset_at)
        self.in_flight -= 1
        self._finished[slot.key].set()

    @asynccontextmanager
    async def slot(self, key: Hashable) -> AsyncIterator[Slot]:
        """Hold a slot for `key` around one request."""
        slot = await self.acquire(key)
        token = CURRENT.set((self, slot))
        try:
            yield slot
        finally:
            CURRENT.reset(token)
            self.finish(slot)

    async def wait(self, key: Hashable) -> None:
        """Let a request go now, counted as if it finished at once (nothing to observe)."""
        self.finish(await self.acquire(key))

    def hold(self, key: Hashable, seconds: float) -> None:
        """Let nothing go for `key` for `seconds` (a 429's Retry-After)."""
        until = self._now() + max(0.0, seconds)
        self._held[key] = max(self._held.get(key, 0.0), until)

    def observe(self, key: Hashable, *, remaining: int, reset_after: float) -> None:
        """Follow a bucket's announced state, read from the answer to a request for `key`:
        `remaining` requests until it resets in `reset_after` seconds.

        The answered request, and every request for `key` that finished before it was let
        go, were counted in this window or an earlier one, so they stop counting at the
        reset; an exhausted bucket holds the key until then."""
        reset_at = self._now() + max(0.0, reset_after)
        current = CURRENT.get()
        if current is not None and current[0] is self and current[1].key == key:
            answered = current[1]
            answered.reset_at = min(answered.reset_at, reset_at)
            for slot in self._slots[key]:
                if slot.end is not None and slot.end <= answered.start:
                    slot.reset_at = min(slot.reset_at, reset_at)
                    slot.expires = min(slot.expires, reset_at)
        if remaining <= 0:
            self.hold(key, reset_after)
        self._finished[key].set()  # a waiter may go sooner now


class ChannelPacer(Pacer):
    """Discord's 5 messages per 5 s in a channel."""


class TokenPacer(Pacer):
    """A token bucket per key: `per_window` requests at once, refilled at `per_window` per
    `window` seconds (Slack: 2 at once, then one a second).

    Counted as a virtual schedule (GCRA): each finished request is taken to have reached the
    platform as late as it can have, when it finished, and each one in flight, and the one
    about to go, as early as they can, now. Unlike a window of the last few requests, the
    schedule remembers the whole run, so a long burst keeps the bucket's rate exactly and
    does not fall behind by a round trip per window."""

    def __init__(
        self,
        per_window: int = 2,
        window_seconds: float = 2.0,
        *,
        now: Now | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        super().__init__(per_window, window_seconds, now=now, sleep=sleep)
        self.interval = window_seconds / per_window  # seconds a token takes to come back
        self._due: dict[Hashable, float] = {}  # the schedule's next time, per key
        self._pending: dict[Hashable, int] = defaultdict(int)

    def delay_for(self, key: Hashable) -> float | None:
        now = self._now()
        held = self._held_for(key, now)
        pending = self._pending[key]
        due = max(self._due.get(key, now), now) + pending * self.interval
        wait = due - (self.per_window - 1) * self.interval - now
        if wait <= 0:
            return held
        return None if pending else max(wait, held)

    async def acquire(self, key: Hashable) -> Slot:
        slot = await super().acquire(key)
        self._slots[key].remove(slot)  # the schedule counts it, not a window
        self._pending[key] += 1
        return slot

    def finish(self, slot: Slot) -> None:
        super().finish(slot)
        assert slot.end is not None
        self._pending[slot.key] -= 1
        self._due[slot.key] = max(self._due.get(slot.key, slot.end), slot.end) + self.interval
