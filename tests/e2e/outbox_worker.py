"""A dispatcher process for the crash tests: the real Dispatcher behind a small HTTP platform.

It exists so a test can SIGKILL a real OS process mid-batch and start another. Each send is
POSTed to the test's recording server with the idempotency key as a nonce; `enforce_nonce`
carries the dispatcher's in_doubt flag, as a Discord adapter would.

Environment: DATABASE_URL, DATABASE_SCHEMA (optional), RECORDER_URL, WORKER_NAME and the
optional OUTBOX_LEASE_SECONDS, OUTBOX_SEND_TIMEOUT_SECONDS, OUTBOX_POLL_SECONDS,
OUTBOX_CONCURRENCY. Exits 0 once no row of the outbox is pending or in flight.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os

import aiohttp

from bot.dispatcher import Dispatcher, DispatcherConfig
from handlers.clock import SystemClock
from handlers.ports import DeliveryError
from handlers.types import Message
from storage import outbox
from storage.db import Database

PLATFORM = "http"


class HttpPlatform:
    """A Platform whose sends are HTTP requests to the recorder (edits are not needed here)."""

    name = PLATFORM

    def __init__(self, url: str, worker: str) -> None:
        self.url, self.worker = url, worker
        self._session: aiohttp.ClientSession | None = None

    @property
    def connected(self) -> bool:
        return self._session is not None

    async def start(self) -> None:
        self._session = aiohttp.ClientSession()

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        assert self._session is not None
        body = {
            "target": target,
            "text": message.text,
            "nonce": idempotency_key,
            "enforce_nonce": in_doubt,
            "worker": self.worker,
        }
        try:
            async with self._session.post(f"{self.url}/messages", json=body) as response:
                if response.status == 429:
                    retry_after = float(response.headers.get("Retry-After", "1"))
                    raise DeliveryError("429 rate limited", retry_after=retry_after)
                if response.status >= 500:
                    raise DeliveryError(f"{response.status} from recorder", in_doubt=True)
                if response.status >= 400:
                    raise DeliveryError(f"{response.status} from recorder", retryable=False)
                data = await response.json()
                return str(data["id"])
        except aiohttp.ClientError as error:
            raise DeliveryError(f"network: {error}", in_doubt=True) from error

    async def edit(self, target: str, message_id: str, message: Message) -> None:
        raise DeliveryError("edit is not supported by the test platform", retryable=False)

    async def delete(self, target: str, message_id: str) -> None:
        raise DeliveryError("delete is not supported by the test platform", retryable=False)


def config_from_env() -> DispatcherConfig:
    env = os.environ
    return DispatcherConfig(
        lease_seconds=float(env.get("OUTBOX_LEASE_SECONDS", "30")),
        send_timeout_seconds=float(env.get("OUTBOX_SEND_TIMEOUT_SECONDS", "20")),
        poll_seconds=float(env.get("OUTBOX_POLL_SECONDS", "0.2")),
        concurrency=int(env.get("OUTBOX_CONCURRENCY", "16")),
        backoff_base_seconds=0.2,
        backoff_max_seconds=1.0,
    )


async def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(message)s")
    config = config_from_env()
    db = Database(os.environ["DATABASE_URL"], schema=os.environ.get("DATABASE_SCHEMA") or None)
    platform = HttpPlatform(os.environ["RECORDER_URL"], os.environ.get("WORKER_NAME", "worker"))
    clock = SystemClock()
    await platform.start()
    dispatcher = Dispatcher(db, {PLATFORM: platform}, clock, config)
    runner = asyncio.create_task(dispatcher.run(), name="dispatcher")
    try:
        # This process polls the database for the end of the work; the tests wait on events.
        while (await outbox.stats(db, now=clock.now())).backlog:
            await asyncio.sleep(0.05)
    finally:
        await dispatcher.stop(grace_seconds=5)
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await runner
        await platform.stop()
        await db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
