"""The Platform port: the few operations the outbox dispatcher needs from any platform.

Console, Discord, Slack and e-mail each implement it in `bot/platforms/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from handlers.types import Message


class DeliveryError(Exception):
    """A send, edit or delete did not go through.

    `retryable` says whether trying again may help (429, 5xx, network); `retry_after`
    carries the platform's own wait in seconds when it gave one; `in_doubt` says the
    platform may have received it anyway (a timeout after the request left).
    """

    def __init__(
        self,
        reason: str,
        *,
        retryable: bool = True,
        retry_after: float | None = None,
        in_doubt: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.retry_after = retry_after
        self.in_doubt = in_doubt


class Platform(Protocol):
    """What every platform offers the dispatcher; targets are platform channel ids or `dm:<id>`."""

    name: str

    @property
    def connected(self) -> bool: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        """Post and return the platform's message id.

        When `in_doubt` is true an earlier attempt may have arrived: the platform must use
        its own duplicate suppression (Discord's nonce, Slack's metadata lookup) so the
        member sees the post once.
        """
        ...

    async def edit(self, target: str, message_id: str, message: Message) -> str | None:
        """Change a delivered post; returns its (possibly new) message id, None if unchanged."""
        ...

    async def delete(self, target: str, message_id: str) -> None: ...


@dataclass(frozen=True)
class FetchResult:
    """What fetching a feed gave: a status (0 when nothing answered), bytes and validators."""

    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None  # why nothing usable came back (timeout, too large, refused)


class FeedFetcher(Protocol):
    """Conditional GET of a feed; implemented with aiohttp in `bot/feed_fetcher.py`."""

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult: ...
