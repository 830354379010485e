"""How feeds are polled: interval, how far back a new item may be, caps and patience."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FeedConfig:
    interval_seconds: int = 600
    window_days: int = 14  # older items are remembered, never posted
    posts_per_poll: int = 5
    max_failures: int = 5  # then the feed pauses itself and the board is told
    max_backoff_seconds: int = 6 * 3600
    summary_characters: int = 1200
    concurrency: int = 8  # feeds fetched at once in one round
