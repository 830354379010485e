"""The rate limits the fakes enforce (on by default), modelled on what Discord and Slack document.

Discord (https://discord.com/developers/docs/topics/rate-limits):
- the global limit, 50 requests a second per bot token (interaction callbacks and webhooks
  by token do not count), in fixed one-second windows of the clock: a 429 with
  `X-RateLimit-Global`, announced by no earlier answer;
- per-route buckets in fixed windows that open at the same moment for every channel (and
  webhook): multiples of the window on the clock, not a channel's first request. Each is
  announced on every answer (`X-RateLimit-Limit/Remaining/Reset/Reset-After/Bucket`): a
  channel's message creates, 5 per 5 s, and a webhook's executes, 5 per 2 s. discord.py reads
  the headers and waits by itself when `Remaining` is 0, so it never meets these at all;
  but 20 channels whose windows all open together release 100 posts in one second, which
  the global limit refuses unless the bot paces all its requests together;
- `announced=False` sends no such headers: the buckets then stand for the limits Discord
  shows only in a 429 (`X-RateLimit-Scope: shared`, per resource, and the "sub-limits" a 429
  with `Remaining` > 0 reveals). No client library can wait for those in advance; only the
  bot's own pacing keeps clear of them, which is what the pacing tests need to see.

Slack (https://api.slack.com/docs/rate-limits), per app and workspace:
- `chat.postMessage` about one a second per channel, short bursts allowed (`TokenBucket`);
- every other method its tier's requests a minute (Tier 1: 1, 2: 20, 3: 50, 4: 100), with
  bursts up to a minute's worth (Tier 1: "a small amount", here 3); methods of the "special"
  tier (`auth.test`) are not limited;
- past either, HTTP 429 with `Retry-After` and `{"ok": false, "error": "ratelimited"}`.

Everything counts on a `clock`: `time.monotonic` (the clients' loop clock) by default, or a
test's `SteppedClock`, which lets a pacer's 5-second wait pass at once.
"""

from __future__ import annotations

import asyncio
import math
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

Clock = Callable[[], float]
Refusal = tuple[float, str, str]  # seconds to wait, X-RateLimit-Scope, X-RateLimit-Bucket
GLOBAL_BUCKET = "fake0global"
CHANNEL_BUCKET = "fake0channel0messages"
WEBHOOK_BUCKET = "fake0webhook0execute"
_MESSAGE_CREATE = re.compile(r"^/channels/(\d+)/messages$")
_WEBHOOK_EXECUTE = re.compile(r"^/webhooks/(\d+)/([^/]+)$")

SLACK_TIERS = {1: 1, 2: 20, 3: 50, 4: 100}  # requests a minute ("1+", "20+", ...)
SLACK_TIER_1_BURST = 3  # "a small amount of burst behavior is tolerated"
_TIERED = {  # each method's tier, from its page in Slack's method reference
    1: "apps.connections.open",
    2: "usergroups.list usergroups.users.list",
    3: "chat.update chat.delete conversations.history conversations.replies "
    "conversations.info conversations.open",
    4: "chat.postEphemeral users.info views.open views.push views.update "
    "files.getUploadURLExternal files.completeUploadExternal",
}
SLACK_METHOD_TIERS = {method: tier for tier, names in _TIERED.items() for method in names.split()}


@dataclass
class SteppedClock:
    """Time that moves only when the pacer sleeps on it: give `now` to a fake's limits and
    `now` and `sleep` to the platform's pacer, and a 5-second wait passes at once.

    `settled` (optional) is awaited before each step, to let what the pacer already let go
    reach the fake first: the fake then counts every request at the very instant the pacer
    chose for it, with no network delay in between in either direction."""

    settled: Callable[[], Awaitable[object]] | None = None
    time: float = 0.0

    def now(self) -> float:
        return self.time

    async def sleep(self, seconds: float) -> None:
        if self.settled is not None:
            await self.settled()
        self.time += max(0.0, seconds)
        await asyncio.sleep(0)


@dataclass
class FixedWindow:
    """`limit` requests in each window [k·window, (k+1)·window) of the clock."""

    limit: int
    window: float
    remaining: int = 0
    reset_at: float = 0.0
    seen: int = 0  # requests in the current window, passed or refused

    def take(self, now: float) -> float | None:
        """Count one request; None when it passes, else the seconds until the window ends."""
        if now >= self.reset_at:
            opened = math.floor(now / self.window) * self.window
            self.remaining, self.reset_at, self.seen = self.limit, opened + self.window, 0
        self.seen += 1
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
    """Discord's global bucket (per bot token) and its per-route buckets (see the module)."""

    global_per_second: int = 50
    channel_messages: int = 5
    channel_window: float = 5.0
    webhook_executes: int = 5
    webhook_window: float = 2.0
    announced: bool = True  # False: the route buckets are shown by no header, only by a 429
    clock: Clock = time.monotonic
    served_429: int = 0  # every 429 the fake answered
    global_429: int = 0
    passed: int = 0  # message creates and webhook executes that their route bucket let through
    counted: int = 0  # requests the global bucket counted (passed or refused)
    busiest_second: int = 0  # the most requests the global bucket counted in one window
    _global: FixedWindow | None = None
    _routes: dict[tuple[str, tuple[str, ...]], FixedWindow] = field(default_factory=dict)

    def check(self, method: str, path: str, *, public: bool) -> Refusal | None:
        """Count a request: the global bucket (bot-token requests), then its route's bucket;
        (seconds to wait, X-RateLimit-Scope, bucket hash) when it must be refused."""
        wait = None if public else self.take_global()
        if wait is not None:
            return wait, "global", GLOBAL_BUCKET
        bucket = self._bucket(method, path)
        if bucket is None:
            return None
        wait = bucket[1].take(self.clock())
        if wait is None:
            self.passed += 1
            return None
        self.served_429 += 1
        return wait, "user" if self.announced else "shared", bucket[0]

    def take_global(self) -> float | None:
        if self._global is None:
            self._global = FixedWindow(self.global_per_second, 1.0)
        self.counted += 1
        wait = self._global.take(self.clock())
        self.busiest_second = max(self.busiest_second, self._global.seen)
        if wait is not None:
            self.served_429 += 1
            self.global_429 += 1
        return wait

    def headers(self, method: str, path: str) -> dict[str, str]:
        """The X-RateLimit-* headers of an answer that passed its route's bucket, as discord.py
        reads them (it waits on its own once `Remaining` is 0, as against Discord)."""
        bucket = self._bucket(method, path) if self.announced else None
        if bucket is None:
            return {}
        name, window = bucket
        reset_after = window.reset_after(self.clock())
        return {
            "X-RateLimit-Limit": str(window.limit),
            "X-RateLimit-Remaining": str(window.remaining),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": name,
        }

    def _bucket(self, method: str, path: str) -> tuple[str, FixedWindow] | None:
        """The route bucket of a request (per channel, or per webhook and token), if modelled."""
        if method != "POST":
            return None
        if match := _MESSAGE_CREATE.match(path):
            name, limit, window = CHANNEL_BUCKET, self.channel_messages, self.channel_window
        elif match := _WEBHOOK_EXECUTE.match(path):
            name, limit, window = WEBHOOK_BUCKET, self.webhook_executes, self.webhook_window
        else:
            return None
        key = (name, match.groups())
        return name, self._routes.setdefault(key, FixedWindow(limit, window))


@dataclass
class SlackLimits:
    """`chat.postMessage` per channel (`per_second` on average, bursts up to `burst`) and every
    other method's tier (see the module)."""

    per_second: float = 1.0
    burst: float = 2.0
    clock: Clock = time.monotonic
    served_429: int = 0  # every 429 the fake answered
    tier_429: int = 0  # of those, for a method's tier
    passed: int = 0  # posts the channel's bucket let through
    _channels: dict[str, TokenBucket] = field(default_factory=dict)
    _methods: dict[str, TokenBucket] = field(default_factory=dict)

    def take(self, channel: str) -> float | None:
        """Count a `chat.postMessage` to `channel`; None, or the seconds to wait."""
        bucket = self._channels.setdefault(channel, TokenBucket(self.per_second, self.burst))
        wait = bucket.take(self.clock())
        if wait is None:
            self.passed += 1
        else:
            self.served_429 += 1
        return wait

    def take_method(self, method: str) -> float | None:
        """Count a call of a tiered method; None, or the seconds to wait."""
        tier = SLACK_METHOD_TIERS.get(method)
        if tier is None:
            return None
        per_minute = SLACK_TIERS[tier]
        burst = SLACK_TIER_1_BURST if tier == 1 else per_minute
        bucket = self._methods.setdefault(method, TokenBucket(per_minute / 60, burst))
        wait = bucket.take(self.clock())
        if wait is not None:
            self.served_429 += 1
            self.tier_429 += 1
        return wait
