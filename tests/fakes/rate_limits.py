"""Rate limits the fakes can enforce (opt-in), modelled on what Discord and Slack document.

- `FixedWindow` is Discord's bucket: the first request opens a window of `window` seconds in
  which `limit` requests pass; the rest get 429 until the window ends. Discord's global limit
  (50 requests/s per bot) and its per-channel message bucket (5 per 5 s) are both this shape.
- `TokenBucket` is Slack's `chat.postMessage` rule, "about one message per second per channel,
  short bursts allowed": `rate` tokens a second into a bucket of `burst`.

Both run on `time.monotonic()` so a test can compare them with the client's loop clock, and
both answer how long a refused request must wait.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Clock = Callable[[], float]
CHANNEL_BUCKET = "fake0channel0messages"
_MESSAGE_CREATE = re.compile(r"^/channels/(\d+)/messages$")


def message_channel(method: str, path: str) -> int | None:
    """The channel of a Discord message create (path after /api/v10), else None."""
    match = _MESSAGE_CREATE.match(path) if method == "POST" else None
    return int(match.group(1)) if match else None


@dataclass
class FixedWindow:
    limit: int
    window: float
    remaining: int = 0
    reset_at: float = 0.0

    def take(self, now: float) -> float | None:
        """Count one request; None when it passes, else the seconds until the window ends."""
        if now >= self.reset_at:
            self.remaining, self.reset_at = self.limit, now + self.window
        if self.remaining <= 0:
            return self.reset_at - now
        self.remaining -= 1
        return None

    def reset_after(self, now: float) -> float:
        return max(0.0, self.reset_at - now)


@dataclass
class TokenBucket:
    rate: float  # tokens a second
    burst: float  # the bucket's size
    tokens: float = -1.0  # -1: full on first use
    updated: float = 0.0

    def take(self, now: float) -> float | None:
        """Count one request; None when it passes, else the seconds until a token is back."""
        if self.tokens < 0:
            self.tokens = self.burst
        else:
            self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return None
        return (1.0 - self.tokens) / self.rate


@dataclass
class DiscordLimits:
    """Discord's global bucket (per bot token) and its per-channel message bucket."""

    global_per_second: int = 50
    channel_messages: int = 5
    channel_window: float = 5.0
    clock: Clock = time.monotonic
    served_429: int = 0
    global_429: int = 0
    passed: int = 0
    _global: FixedWindow | None = None
    _channels: dict[int, FixedWindow] = field(default_factory=dict)

    def check(self, method: str, path: str, *, public: bool) -> tuple[float, str, str] | None:
        """Count a request: the global bucket (bot-token requests), then the channel's message
        bucket; (seconds to wait, X-RateLimit-Scope, bucket hash) when it must be refused."""
        wait = None if public else self.take_global()
        if wait is not None:
            return wait, "global", "fake0global"
        channel = message_channel(method, path)
        if channel is not None and (wait := self.take_channel(channel)) is not None:
            return wait, "user", CHANNEL_BUCKET
        return None

    def take_global(self) -> float | None:
        if self._global is None:
            self._global = FixedWindow(self.global_per_second, 1.0)
        wait = self._global.take(self.clock())
        if wait is not None:
            self.served_429 += 1
            self.global_429 += 1
        return wait

    def take_channel(self, channel_id: int) -> float | None:
        bucket = self._channels.setdefault(
            channel_id, FixedWindow(self.channel_messages, self.channel_window)
        )
        wait = bucket.take(self.clock())
        if wait is None:
            self.passed += 1
        else:
            self.served_429 += 1
        return wait

    def channel_headers(self, channel_id: int) -> dict[str, str]:
        """The X-RateLimit-* headers of a message create that passed (discord.py reads them
        and waits on its own when `Remaining` is 0, as it does against Discord)."""
        bucket = self._channels[channel_id]
        reset_after = bucket.reset_after(self.clock())
        return {
            "X-RateLimit-Limit": str(bucket.limit),
            "X-RateLimit-Remaining": str(bucket.remaining),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": CHANNEL_BUCKET,
        }


@dataclass
class SlackLimits:
    """`chat.postMessage` per channel: `per_second` on average with bursts up to `burst`."""

    per_second: float = 1.0
    burst: float = 2.0
    clock: Clock = time.monotonic
    served_429: int = 0
    passed: int = 0
    _channels: dict[str, TokenBucket] = field(default_factory=dict)

    def take(self, channel: str) -> float | None:
        bucket = self._channels.setdefault(channel, TokenBucket(self.per_second, self.burst))
        wait = bucket.take(self.clock())
        if wait is None:
            self.passed += 1
        else:
            self.served_429 += 1
        return wait
