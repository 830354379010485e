"""Proactive pacing per channel (Discord: 5 messages per 5 s; Slack: about 1 per second), so
the bot rarely meets a platform's rate limits at all; their 429 handling covers the rest."""

from __future__ import annotations

import asyncio
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Hashable

Sleep = Callable[[float], Awaitable[None]]


class ChannelPacer:
    def __init__(
        self,
        per_window: int = 5,
        window_seconds: float = 5.0,
        *,
        now: Callable[[], float] | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.per_window, self.window = per_window, window_seconds
        self._now = now or (lambda: asyncio.get_running_loop().time())
        self._sleep = sleep
        self._sent: dict[Hashable, deque[float]] = defaultdict(deque)
        self._locks: dict[Hashable, asyncio.Lock] = defaultdict(asyncio.Lock)

    def delay_for(self, channel_id: Hashable) -> float:
        """Seconds to wait before the next message in the channel may go."""
        sent, now = self._sent[channel_id], self._now()
        while sent and now - sent[0] >= self.window:
            sent.popleft()
        if len(sent) < self.per_window:
            return 0.0
        return self.window - (now - sent[0])

    async def wait(self, channel_id: Hashable) -> None:
        async with self._locks[channel_id]:
            while (delay := self.delay_for(channel_id)) > 0:
                await self._sleep(delay)
            self._sent[channel_id].append(self._now())
