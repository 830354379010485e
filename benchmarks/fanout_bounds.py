"""The bounds a fan-out is measured against (benchmarks/fanout.py): how soon the fakes' limits
let N posts into every channel, with each request free (the limit bound) or costing what the
fastest single send cost (the floor bound), simulated on the fakes' own rules.

- Discord: each channel's posts one after another (the outbox sends a destination's rows in
  order), at most 5 in each 5 s window of the clock, every channel's windows opening at the
  same moment; and every post through the bot's global bucket, 50 in each second of the
  clock. Where the commit falls in those windows (the phase) is read from the fake's clock,
  so a run that starts late in a window is not held to a bound it could never meet.
- Slack: each channel's posts one after another through its token bucket (1 a second,
  bursts of `burst`).
- e-mail: ceil(mails / P) · r over the P pooled connections.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

from tests.fakes.rate_limits import DiscordLimits, SlackLimits


def discord_finish(
    posts: int, channels: int, r: float, start: float, limits: DiscordLimits
) -> float:
    """Seconds from `start` (on the fake's clock) until the last of `posts` posts in each of
    `channels` channels is answered, each post taking `r`; greedy, earliest ready first."""
    if posts == 0 or channels == 0:
        return 0.0
    per_channel, window = limits.channel_messages, limits.channel_window
    per_second = limits.global_per_second
    channel_windows: dict[tuple[int, int], int] = {}
    global_windows: dict[int, int] = {}
    ready = [(start, channel, 0) for channel in range(channels)]  # (time, channel, sent)
    heapq.heapify(ready)
    finish = start
    while ready:
        t, channel, sent = heapq.heappop(ready)
        if channel_windows.get((channel, math.floor(t / window)), 0) >= per_channel:
            heapq.heappush(ready, ((math.floor(t / window) + 1) * window, channel, sent))
            continue
        if global_windows.get(math.floor(t), 0) >= per_second:
            heapq.heappush(ready, (float(math.floor(t) + 1), channel, sent))
            continue
        key = (channel, math.floor(t / window))
        channel_windows[key] = channel_windows.get(key, 0) + 1
        global_windows[math.floor(t)] = global_windows.get(math.floor(t), 0) + 1
        finish = max(finish, t + r)
        if sent + 1 < posts:
            heapq.heappush(ready, (t + r, channel, sent + 1))
    return finish - start


def slack_finish(posts: int, r: float, limits: SlackLimits) -> float:
    """Seconds until the last of `posts` posts in one channel is answered, each taking `r`,
    through the channel's token bucket (full at the first post)."""
    if posts == 0:
        return 0.0
    t, tokens, updated = 0.0, limits.burst, 0.0
    for _ in range(posts):
        tokens = min(limits.burst, tokens + (t - updated) * limits.per_second)
        if tokens < 1.0:
            t += (1.0 - tokens) / limits.per_second
            tokens = 1.0
        tokens, updated = tokens - 1.0, t
        t += r
    return t


@dataclass(frozen=True)
class Bounds:
    discord: float
    slack: float
    email: float

    @property
    def total(self) -> float:
        return max(self.discord, self.slack, self.email)

    def describe(self) -> str:
        return (
            f"{self.total:.3f} s (discord {self.discord:.3f}, slack {self.slack:.3f},"
            f" email {self.email:.3f})"
        )


def bounds(
    *,
    posts: int,
    discord_channels: int,
    slack_channels: int,
    mails: int,
    pool_size: int,
    fastest: dict[str, float],
    start: float,
    discord: DiscordLimits,
    slack: SlackLimits,
) -> tuple[Bounds, Bounds]:
    """The limit bound (requests free) and the floor bound (each costs the fastest send);
    `start` is the commit's time on the fake Discord's clock."""

    def at(cost: dict[str, float]) -> Bounds:
        return Bounds(
            discord=discord_finish(posts, discord_channels, cost["discord"], start, discord),
            slack=slack_finish(posts, cost["slack"], slack) if slack_channels else 0.0,
            email=math.ceil(mails / pool_size) * cost["email"],
        )

    return at({"discord": 0.0, "slack": 0.0, "email": 0.0}), at(fastest)
