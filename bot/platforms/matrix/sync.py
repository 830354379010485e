"""The sync loop: long-polls the homeserver, hands each answer to the inbound side, and only
then keeps its `next_batch` (through the door), so a crash re-reads what was not yet handled
rather than losing it; the replay guard keeps what was handled from being handled twice.

mautrix's own sync loop stores the token before the handlers run, hence this one. A failed
sync (the homeserver away, a 429) is retried after a wait that doubles up to a minute.
"""

from __future__ import annotations

import asyncio
import json
import logging

from mautrix.errors import MatrixRequestError
from mautrix.types import FilterID, SyncToken

from bot.platforms.matrix.api import MatrixApi, RateLimited
from bot.platforms.matrix.inbound import MatrixInbound
from bot.platforms.matrix.members import PLATFORM
from handlers.door import Door

log = logging.getLogger(__name__)
POLL_MS = 30_000  # how long the homeserver holds a sync open when nothing happens
MAX_WAIT = 60.0
TOKEN = "since"
# Up to this many of a room's events in one answer (the homeserver's default is 10: a burst of
# commands, or a restart, would lose the rest). Sent inline with every sync.
TIMELINE_LIMIT = 200
FILTER = FilterID(json.dumps({"room": {"timeline": {"limit": TIMELINE_LIMIT}}}))


class MatrixSync:
    def __init__(
        self, door: Door, api: MatrixApi, inbound: MatrixInbound, *, retry_seconds: float
    ) -> None:
        self.door, self.api, self.inbound = door, api, inbound
        self.retry_seconds = retry_seconds
        self.connected = False
        self.synced = asyncio.Event()  # set after each handled sync (tests wait on it)

    async def run(self) -> None:
        since = await self.door.recall(PLATFORM, TOKEN)
        wait = self.retry_seconds
        while True:
            try:
                client = await self.api.open()
                answer = await client.sync(
                    since=SyncToken(since) if since else None,
                    timeout=POLL_MS if since else 0,
                    filter_id=FILTER,
                )
            except asyncio.CancelledError:
                raise
            except Exception as error:
                self.connected = False
                if since and _refused(error):  # another homeserver, or a token it forgot
                    log.error("matrix: the stored sync token was refused; starting afresh")
                    since = None
                    continue
                if isinstance(error, RateLimited) and error.retry_after_ms is not None:
                    wait = max(wait, error.retry_after_ms / 1000)
                log.warning("matrix: sync failed (%s); again in %.1f s", type(error).__name__, wait)
                await asyncio.sleep(wait)
                wait = min(MAX_WAIT, wait * 2)
                continue
            self.connected = True
            try:
                await self.inbound.take(answer, history=since is None)
                await self.door.remember(PLATFORM, TOKEN, str(answer["next_batch"]))
            except asyncio.CancelledError:
                raise
            except Exception:  # the database away: the same answer is fetched and taken again
                log.exception("matrix: a sync answer could not be taken in; again in %.1f s", wait)
                await asyncio.sleep(wait)
                wait = min(MAX_WAIT, wait * 2)
                continue
            since, wait = str(answer["next_batch"]), self.retry_seconds
            self.synced.set()


def _refused(error: Exception) -> bool:
    """The homeserver refused the request itself (a 4xx other than a rate limit)."""
    return (
        isinstance(error, MatrixRequestError)
        and not isinstance(error, RateLimited)
        and 400 <= error.http_status < 500
        and error.http_status not in (401, 403)
    )
