"""Waking the dispatchers of other processes at once: PostgreSQL's LISTEN/NOTIFY.

A process that queues a post but runs no dispatcher (`--role gateway`, `--role web`) sends a
NOTIFY on the outbox's channel after its commit; every dispatcher process LISTENs on a
connection of its own and claims at once, instead of at its next poll (OUTBOX_POLL_SECONDS).
The poll stays: a notification lost while a listener reconnects costs at most one interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Callable

from sqlalchemy import text

from storage import pg_direct
from storage.db import Database

log = logging.getLogger(__name__)


def channel_name(schema: str | None) -> str:
    """The channel of one deployment (NOTIFY is per database; a schema is a deployment)."""
    return "bryggan_outbox_" + hashlib.sha256((schema or "").encode()).hexdigest()[:12]


async def notify(db: Database) -> None:
    async with db.statement() as connection:
        await connection.execute(
            text("SELECT pg_notify(:channel, '')"), {"channel": channel_name(db.schema)}
        )


class Notifier:
    """`wake()` for a process without a dispatcher: one NOTIFY at a time, and one more if
    woken meanwhile, so a burst of posts costs two round trips, not one each."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._again = False
        self._task: asyncio.Task[None] | None = None

    def wake(self) -> None:
        if self._task is not None and not self._task.done():
            self._again = True
            return
        self._task = asyncio.get_running_loop().create_task(self._send(), name="outbox-notify")

    async def _send(self) -> None:
        while True:
            self._again = False
            try:
                await notify(self._db)
            except Exception as error:  # the dispatchers' poll finds the rows anyway
                log.warning("outbox notify failed: %s", type(error).__name__)
            if not self._again:
                return

    async def stop(self) -> None:
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)


class OutboxListener:
    """LISTENs on a dedicated connection and calls `wake` at each notification (and once at
    every connect, for what came while it was away); reconnects after `retry_seconds`."""

    def __init__(
        self, url: str, schema: str | None, wake: Callable[[], None], *, retry_seconds: float
    ) -> None:
        self._url = url
        self._channel = channel_name(schema)
        self._wake = wake
        self._retry = retry_seconds
        self._task: asyncio.Task[None] | None = None
        self.listening = asyncio.Event()  # set while LISTEN is in place (tests wait on it)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="outbox-listener")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _run(self) -> None:
        while True:
            try:
                await self._listen_once()
            except asyncio.CancelledError:
                raise
            except Exception as error:
                log.warning("outbox listener lost: %s", type(error).__name__)
            self.listening.clear()
            await asyncio.sleep(self._retry)

    async def _listen_once(self) -> None:
        connection = await pg_direct.connect(
            self._url,
            connect_seconds=max(10.0, self._retry * 2),
            server_settings={"application_name": "bryggan-listen"},
        )
        lost = asyncio.Event()
        try:
            connection.add_termination_listener(lambda _connection: lost.set())
            await connection.add_listener(self._channel, lambda *_args: self._wake())
            self.listening.set()
            self._wake()
            while not lost.is_set():  # a silent network: found by a query, not by waiting
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self._retry * 5):  # wait_for may eat a cancel
                        await lost.wait()
                if not lost.is_set():
                    await connection.fetchval("SELECT 1", timeout=self._retry * 2)
        finally:
            connection.terminate()
