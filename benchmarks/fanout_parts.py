"""The fan-out benchmark's far ends and instruments (benchmarks/fanout.py): the SMTP fake in a
process of its own, a platform wrapper that times sends, CPU readings, what arrived, and the
records of a run."""

from __future__ import annotations

import asyncio
import gc
import json
import multiprocessing
import os
import re
import time
from collections import Counter
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from bot.platforms.email.platform import EmailPlatform
from handlers.ports import Platform
from handlers.types import Message
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.rate_limits import DiscordLimits, SlackLimits
from tests.fakes.slack_server import FakeSlack
from tests.fakes.smtp_server import SmtpServer

MARKER = "fanout-bench-"
Mail = tuple[tuple[str, ...], str]  # recipients, subject


def _serve_smtp(connection: Connection) -> None:
    """The SMTP fake in a process of its own, as a mail server would be: parsing 500 mails
    under this process's GIL would slow the bot down by the fake's work."""

    # Spawning imported this module, and with it the whole bot: a heap whose full garbage
    # collections stalled the server for 150 ms every few hundred mails. A mail server has
    # no such pauses, so the heap is set aside from collection.
    gc.freeze()

    async def serve() -> None:
        server = SmtpServer()
        server.start()
        connection.send(server.port)
        loop = asyncio.get_running_loop()
        while await loop.run_in_executor(None, connection.recv) == "cpu":  # else "collect"
            connection.send(time.process_time())
        mails = [(r.rcpt_tos, str(r.message["Subject"])) for r in server.messages]
        connection.send((mails, server.connections))
        server.stop()

    asyncio.run(serve())


class RemoteSmtp:
    """Starts and stops `_serve_smtp`, and fetches what it received."""

    host = "127.0.0.1"

    def __init__(self) -> None:
        self._connection, child = multiprocessing.get_context("spawn").Pipe()
        self._process = multiprocessing.get_context("spawn").Process(
            target=_serve_smtp, args=(child,), daemon=True
        )
        self.port = 0

    async def __aenter__(self) -> RemoteSmtp:
        self._process.start()
        self.port = await asyncio.get_running_loop().run_in_executor(None, self._connection.recv)
        return self

    async def cpu(self) -> float:
        """The server process's CPU seconds so far."""
        self._connection.send("cpu")
        seconds: float = await asyncio.get_running_loop().run_in_executor(
            None, self._connection.recv
        )
        return seconds

    async def collect(self) -> tuple[list[Mail], int]:
        """Every mail received (recipients, subject) and how many connections were opened."""
        self._connection.send("collect")
        loop = asyncio.get_running_loop()
        found: tuple[list[Mail], int] = await loop.run_in_executor(None, self._connection.recv)
        return found

    async def __aexit__(self, *_exc: object) -> None:
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.kill()


class Timed:
    """A platform as the dispatcher sees it, noting how long each successful send took."""

    def __init__(self, inner: Platform, goal: int) -> None:
        self.inner, self.name = inner, inner.name
        self.durations: list[float] = []
        self.goal, self.done = goal, asyncio.Event()
        self.done_at = 0.0  # perf_counter() when the last send returned
        if goal <= 0:
            self.done.set()  # nothing to wait for (no subscribers)

    @property
    def connected(self) -> bool:
        return self.inner.connected

    async def start(self) -> None:
        await self.inner.start()

    async def stop(self) -> None:
        await self.inner.stop()

    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        started = time.perf_counter()
        sent = await self.inner.send(
            target, message, idempotency_key=idempotency_key, in_doubt=in_doubt
        )
        self.done_at = time.perf_counter()
        self.durations.append(self.done_at - started)
        if len(self.durations) >= self.goal:
            self.done.set()
        return sent

    async def edit(self, target: str, message_id: str, message: Message) -> str | None:
        return await self.inner.edit(target, message_id, message)

    async def delete(self, target: str, message_id: str) -> None:
        await self.inner.delete(target, message_id)


def email_worker_pid(email: Timed) -> int:
    inner = email.inner
    assert isinstance(inner, EmailPlatform)
    process = inner.pool._process  # started by platform.start()
    assert process is not None
    return process.pid


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def received(
    discord_fake: FakeDiscord, slack_fake: FakeSlack, mails: list[Mail]
) -> dict[str, Counter[tuple[str, str]]]:
    """(destination, announcement) → copies received, per platform."""
    found: dict[str, Counter[tuple[str, str]]] = {}
    for name, boxes in (("discord", discord_fake.messages), ("slack", slack_fake.messages)):
        found[name] = Counter()
        for channel, messages in boxes.items():
            for message in messages:
                for marker in markers(json.dumps(message, ensure_ascii=False)):
                    found[name][(str(channel), marker)] += 1
    found["email"] = Counter(
        (recipient, marker)
        for recipients, subject in mails
        for marker in markers(subject)
        for recipient in recipients
    )
    return found


def markers(text: str) -> set[str]:
    return set(re.findall(re.escape(MARKER) + r"\d+", text))


@dataclass(frozen=True)
class Spent:
    """Wall and CPU seconds of one fan-out: this process, its event loop's thread, and the
    SMTP server's process (the publish transaction excluded); and when it began on the fake
    Discord's clock (`time.monotonic`), for the phase of its windows."""

    started_at: float
    seconds: float
    cpu: float
    loop_cpu: float
    smtp_cpu: float
    worker_cpu: float
    finished: dict[str, float]  # seconds until each platform's last send returned


@dataclass
class Run:
    """What one fan-out measured, and what arrived where."""

    n: int
    spent: Spent
    fastest: dict[str, float]  # the quickest successful send per platform
    pool_size: int
    copies: dict[str, Counter[tuple[str, str]]]  # (destination, announcement) → copies
    expected: dict[str, int]  # deliveries each platform should get
    discord: DiscordLimits
    slack: SlackLimits
    smtp_connections: int


@dataclass(frozen=True)
class Setup:
    n: int
    channels: int
    subscribers: int
    from_discord: bool  # posted in the first Discord channel, which gets no copy
    slack_burst: float

    @property
    def discord_copies(self) -> int:
        return self.channels - 1 if self.from_discord else self.channels
