"""Teams' rate limits, paced ahead of time so the bot rarely meets a 429 at all.

msteams-docs "Optimize your bot with rate limiting": per bot and thread (a 1:1 chat, a group
chat or a channel, whose reply chains count as the channel), sending (create conversation too;
updates and deletes are not listed apart, so they count as sends) is limited to 7 in 1 s, 8 in
2 s, 60 in 30 s and 1800 in an hour; reading members or conversations to 14, 16, 120 and 3600
in the same windows. Every request of the app in a tenant counts towards 50 a second; the bot
keeps to 45. Each window is a `Pacer` of `bot/platforms/pacing.py`, which counts a request from
the moment it is let go until a window after it finished, so no window of Teams', however it is
aligned, can see more than its limit.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from bot.platforms.pacing import Now, Pacer, Sleep, Slot

Limits = Sequence[tuple[int, float]]  # (requests, window in seconds), narrowest first
WRITES: Limits = ((7, 1.0), (8, 2.0), (60, 30.0), (1800, 3600.0))
READS: Limits = ((14, 1.0), (16, 2.0), (120, 30.0), (3600, 3600.0))
TENANT_PER_SECOND = 45  # Teams allows 50 a second per app per tenant
TENANT = "tenant"  # the tenant pacer's one key: the bot is single-tenant


def thread_of(conversation_id: str) -> str:
    """The thread a conversation counts in: a channel's reply chain
    (`19:…@thread.tacv2;messageid=…`) counts as its channel."""
    return conversation_id.split(";", 1)[0]


class TeamsPacing:
    """The windows of every thread (writes and reads apart) stacked, then the tenant's."""

    def __init__(
        self,
        *,
        writes: Limits = WRITES,
        reads: Limits = READS,
        tenant_per_second: int = TENANT_PER_SECOND,
        now: Now | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.limits = (tuple(writes), tuple(reads), tenant_per_second)
        self.writes = [Pacer(n, window, now=now, sleep=sleep) for n, window in writes]
        self.reads = [Pacer(n, window, now=now, sleep=sleep) for n, window in reads]
        self.tenant = Pacer(tenant_per_second, 1.0, now=now, sleep=sleep)

    def on_clock(self, now: Now, sleep: Sleep) -> TeamsPacing:
        """The same limits, counted afresh on another clock (a test's virtual one)."""
        writes, reads, tenant = self.limits
        return TeamsPacing(
            writes=writes, reads=reads, tenant_per_second=tenant, now=now, sleep=sleep
        )

    @asynccontextmanager
    async def slot(self, thread: str, *, write: bool) -> AsyncIterator[None]:
        """Hold a slot in every window of `thread`, then in the tenant's, around one request.

        The thread's windows come first: a request waiting for its thread does not sit on
        a tenant slot that another thread's request could use meanwhile."""
        pacers = [(p, thread) for p in (self.writes if write else self.reads)]
        held: list[tuple[Pacer, Slot]] = []
        try:
            for pacer, key in [*pacers, (self.tenant, TENANT)]:
                held.append((pacer, await pacer.acquire(key)))
            yield
        finally:
            for pacer, slot in held:
                pacer.finish(slot)

    def hold(self, thread: str, seconds: float, *, write: bool = True) -> None:
        """Let nothing more go to `thread` for `seconds` (a 429's wait)."""
        (self.writes if write else self.reads)[0].hold(thread, seconds)

    def hold_tenant(self, seconds: float) -> None:
        self.tenant.hold(TENANT, seconds)

    @property
    def released(self) -> int:
        """Requests let go so far (every one passes the tenant's pacer)."""
        return self.tenant.released
