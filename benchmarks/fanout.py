"""Announcement fan-out (issue #7): one announcement to 20 Discord channels, 20 Slack channels
and 500 e-mail subscribers through the real platforms, against fakes that enforce the limits.

    .venv/bin/python benchmarks/fanout.py [--announcements 1 10] [--db URL]

Everything is real except the far ends: `publish()` queues the rows, the real Dispatcher
claims them, the real DiscordPlatform (discord.py), SlackPlatform (slack_sdk) and
EmailPlatform (aiosmtplib) deliver to FakeDiscord, FakeSlack and an aiosmtpd server on
loopback, in this process. With `--announcements N` the N announcements are published in one
transaction, so the bound is not all fixed overheads. The clock runs from that commit to the
moment the last row is marked sent; the fakes' inboxes are then checked for exactly one copy
of each announcement per channel and per subscriber.

The limits the fakes enforce (tests/fakes/rate_limits.py), from DESIGN.md's table and the
platforms' documentation:
- Discord: 50 requests/s per bot (a global bucket, 1 s fixed windows) and 5 message creates
  per 5 s per channel (a fixed window opened by the first post), 429 with Retry-After and
  X-RateLimit-* headers, and the X-RateLimit-* headers on each post that passes.
- Slack: chat.postMessage about 1 per second per channel; the fake tolerates a burst of 2
  (Slack: "short bursts >1 allowed", with no guarantee), so the guaranteed rate is 1/s.
- SMTP: no limit; the bot holds a pool of P connections (SMTP_POOL_SIZE), one mail at a time
  on each.

The limit bound for N announcements is the longest of
- Discord per channel: post k cannot open before window floor((k-1)/5), i.e. 5·floor((N-1)/5) s;
- Discord global: 20·N requests at 50 per 1 s window, i.e. ceil(20·N/50)-1 s;
- Slack per channel at the guaranteed 1/s: N-1 s (the burst could save one second);
- e-mail: 0.
For N=1 this is honestly 0 s: every channel and mailbox gets one message and the global
bucket takes 20 requests at once. So the script also prints a floor bound that adds what a
request costs at least, measured from the fakes just before the fan-out: r_p, the fastest of
three single sends through each real platform with nothing else going on (to a channel and an
address outside the fan-out; none waits for pacing), i.e. one round trip through client and
fake, including composing a mail. With posts in one destination in order and one mail at a
time per pooled connection:
- Discord per channel: s_k = max(s_(k-1) + r_d, 5·floor((k-1)/5)), done at s_N + r_d;
- Slack per channel: s_k = max(s_(k-1) + r_s, k-1), done at s_N + r_s;
- e-mail: ceil(500·N / P) · r_e.
The target of the issue is total ≤ 1.1 × bound and no 429 served. The floor bound is generous
to the bot in one way: it lets the P mail connections work in parallel, while every mail's
lookup and filling in runs in the bot's one event loop and its SMTP in the one mail worker.
It is strict in another: a fan-out looks its subscribers up together and builds each
announcement's mail once, which a single send cannot, so the bot may come in under it.

The SMTP fake runs in a child process (a mail server's parsing is not the bot's work); the
Discord and Slack fakes share the bot's event loop, as in the contract tests. The bot's own
SMTP client runs in its mail worker process, as in production. Beside the time, the script
prints the CPU each of them used meanwhile: on a 2-core machine four busy processes (the bot,
its mail worker, the SMTP server, and the bot's SQLite threads) share two cores.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import gc
import json
import logging
import math
import multiprocessing
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.outbox_throughput import postgresql_database, sqlite_database
from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.discord.platform import DiscordConfig, DiscordPlatform
from bot.platforms.email.platform import EmailPlatform, build_email_platform
from bot.platforms.slack.platform import SlackConfig, SlackPlatform
from bot.runtime import dispatcher_config
from bot.settings import Settings
from handlers.announcements.publish import TOPIC, publish
from handlers.clock import SystemClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.mail.subscribers import add_address, remove_address
from handlers.ports import Platform
from handlers.public_config import PublicConfig
from handlers.types import Message
from storage import mail
from storage.channels import add_topic
from storage.db import Database
from storage.migrate import upgrade
from storage.models import OutboxRow
from storage.outbox import OPEN_STATUSES
from tests.fakes.discord_server import FakeDiscord, discord_py_pointed_at
from tests.fakes.rate_limits import DiscordLimits, SlackLimits
from tests.fakes.slack_server import FakeSlack
from tests.fakes.smtp_server import SmtpServer

MARKER = "fanout-bench-"
PROBE_ADDRESS = "kalibrering@castor.example.se"
PROBES = 3
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
        self.durations.append(time.perf_counter() - started)
        if len(self.durations) >= self.goal:
            self.done.set()
        return sent

    async def edit(self, target: str, message_id: str, message: Message) -> str | None:
        return await self.inner.edit(target, message_id, message)

    async def delete(self, target: str, message_id: str) -> None:
        await self.inner.delete(target, message_id)


@dataclass
class Run:
    """What one fan-out measured, and what arrived where."""

    n: int
    spent: Spent
    fastest: dict[str, float]  # the quickest successful send per platform
    pool_size: int
    copies: dict[str, Counter[tuple[str, str]]]  # (destination, announcement) → copies
    discord: DiscordLimits
    slack: SlackLimits
    smtp_connections: int


def discord_floor(n: int, r: float, *, requests: int) -> float:
    """Posts in a channel one after another, post k not before window floor((k-1)/5); and
    `requests` through the global bucket of 50 per 1 s window."""
    start = 0.0
    for k in range(2, n + 1):
        start = max(start + r, 5.0 * ((k - 1) // 5))
    return max(start + r, math.ceil(requests / 50) - 1 + r)


def slack_floor(n: int, r: float) -> float:
    """Posts in a channel one after another, post k not before k-1 seconds."""
    start = 0.0
    for k in range(2, n + 1):
        start = max(start + r, float(k - 1))
    return start + r


def bounds(run: Run, channels: int, subscribers: int) -> dict[str, float]:
    """Per platform: the limit bound (r = 0) and the floor bound (r = the fastest send)."""
    n, fast = run.n, run.fastest
    return {
        "discord": discord_floor(n, 0.0, requests=channels * n),
        "slack": slack_floor(n, 0.0),
        "email": 0.0,
        "discord+r": discord_floor(n, fast["discord"], requests=channels * n),
        "slack+r": slack_floor(n, fast["slack"]),
        "email+r": math.ceil(subscribers * n / run.pool_size) * fast["email"],
    }


async def run(db: Database, n: int, channels: int, subscribers: int) -> Run:
    """Set up the world on `db`, publish `n` announcements, deliver them, look what arrived."""
    await upgrade(db)
    ctx = Context(
        db=db,
        catalogue=build_catalogue(),
        clock=SystemClock(),
        public=PublicConfig("https://bryggan.example.se"),
    )
    async with FakeDiscord() as discord_fake, FakeSlack() as slack_fake, RemoteSmtp() as smtp:
        discord_ids = [discord_fake.add_channel(f"kanal-{i}") for i in range(channels)]
        slack_ids = [slack_fake.add_channel(f"kanal-{i}") for i in range(channels)]
        await subscribe(ctx, discord_ids, slack_ids, subscribers)
        settings = Settings(  # the shipped defaults, and the SMTP fake
            _env_file=None,  # type: ignore[call-arg]
            smtp_host=smtp.host,
            smtp_port=smtp.port,
            smtp_tls="none",
            mail_from="Bryggan <bryggan@castor.example.se>",
        )
        email = build_email_platform(settings, ctx)
        assert email is not None
        with discord_py_pointed_at(discord_fake):
            discord = DiscordPlatform(
                ctx,
                DiscordConfig(
                    token=discord_fake.token,
                    guild_ids=(discord_fake.guild_id,),
                    api_base_url=discord_fake.api_base,
                    identify_delay_seconds=0,
                ),
            )
            slack = SlackPlatform(
                ctx,
                SlackConfig(
                    bot_token=slack_fake.bot_token,
                    app_token=slack_fake.app_token,
                    api_url=slack_fake.api_url,
                ),
            )
            timed = {
                "discord": Timed(discord, channels * n),
                "slack": Timed(slack, channels * n),
                "email": Timed(email, subscribers * n),
            }
            for platform in timed.values():
                await platform.start()
            try:
                await discord_fake.wait_ready()
                await slack_fake.wait_connected()
                while not all(p.connected for p in timed.values()):  # noqa: ASYNC110
                    await asyncio.sleep(0.05)  # nothing signals "ready" across three clients
                probes = {
                    "discord": str(discord_fake.add_channel("kalibrering")),
                    "slack": slack_fake.add_channel("kalibrering"),
                    "email": await probe_address(ctx),
                }
                discord_limits = discord_fake.enforce_rate_limits()
                slack_limits = slack_fake.enforce_rate_limits()
                fastest = {name: await fastest_send(p, probes[name]) for name, p in timed.items()}
                await remove_address(ctx, PROBE_ADDRESS)
                spent = await deliver(ctx, timed, n, dispatcher_config(settings), smtp)
            finally:
                for platform in timed.values():
                    await platform.stop()
        mails, connections = await smtp.collect()
        return Run(
            n=n,
            spent=spent,
            fastest=fastest,
            pool_size=email.config.pool_size,
            copies=received(discord_fake, slack_fake, mails),
            discord=discord_limits,
            slack=slack_limits,
            smtp_connections=connections,
        )


async def subscribe(
    ctx: Context, discord_ids: list[int], slack_ids: list[str], subscribers: int
) -> None:
    """Every channel takes announcements; `subscribers` active addresses on the list."""
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        for platform, ids in (("discord", discord_ids), ("slack", slack_ids)):
            for channel_id in ids:
                await add_topic(
                    session,
                    platform=platform,
                    channel_id=str(channel_id),
                    channel_name=str(channel_id),
                    topic=TOPIC,
                    added_by="bench",
                    now=now,
                )
    for i in range(subscribers):
        await add_address(ctx, f"medlem{i}@kommun{i % 50}.example.se", added_by="bench")


async def probe_address(ctx: Context) -> str:
    """The outbox target of an address used only to time single mails."""
    await add_address(ctx, PROBE_ADDRESS, added_by="bench")
    async with ctx.db.transaction() as session:
        row = await mail.by_address(session, PROBE_ADDRESS)
    assert row is not None
    return str(row.id)


async def fastest_send(platform: Timed, target: str) -> float:
    """The quickest of a few single sends with nothing else going on (none waits for pacing:
    Discord takes 5 per channel at once, and the Slack probes are a second apart)."""
    timings = []
    for k in range(PROBES):
        started = time.perf_counter()
        message = Message(title=f"probe {k}", text="Kalibrering av en enda sändning.")
        await platform.inner.send(target, message, idempotency_key=f"probe:{k}", in_doubt=False)
        timings.append(time.perf_counter() - started)
        if platform.name == "slack":
            await asyncio.sleep(1.0)  # keep the probes out of Slack's pacing
    return min(timings)


@dataclass(frozen=True)
class Spent:
    """Wall and CPU seconds of one fan-out: this process, its event loop's thread, and the
    SMTP server's process (the publish transaction excluded)."""

    seconds: float
    cpu: float
    loop_cpu: float
    smtp_cpu: float
    worker_cpu: float


async def deliver(
    ctx: Context, timed: dict[str, Timed], n: int, config: DispatcherConfig, smtp: RemoteSmtp
) -> Spent:
    """Publish `n` announcements in one transaction with the dispatcher idle; the time from
    the commit until no row is open any more."""
    dispatcher = Dispatcher(ctx.db, dict(timed), ctx.clock, config)
    runner = asyncio.create_task(dispatcher.run())
    try:
        async with ctx.db.transaction() as session:
            for k in range(n):
                await publish(
                    ctx,
                    session,
                    source_key=f"bench:{k}",
                    source_platform="console",
                    source_channel_id=None,
                    fields={
                        "author_name": "Styrelsen",
                        "author_user_id": "bench",
                        "title": f"{MARKER}{k}",
                        "text": "Välkomna till årsmötet den **25 maj** i Västerås!",
                        "link": None,
                    },
                )
        smtp_cpu = await smtp.cpu()  # nothing is mailed before the wake
        worker = email_worker_pid(timed["email"])
        worker_cpu = process_cpu(worker)
        started, cpu, loop_cpu = time.perf_counter(), time.process_time(), time.thread_time()
        dispatcher.wake()
        for platform in timed.values():
            await asyncio.wait_for(platform.done.wait(), timeout=600)
        while await open_rows(ctx.db):  # noqa: ASYNC110 - the last sends are out; their marks
            await asyncio.sleep(0.002)  # commit in another task: poll briefly, it is the tail
        seconds = time.perf_counter() - started
        cpu, loop_cpu = time.process_time() - cpu, time.thread_time() - loop_cpu
        smtp_cpu = await smtp.cpu() - smtp_cpu
        return Spent(seconds, cpu, loop_cpu, smtp_cpu, process_cpu(worker) - worker_cpu)
    finally:
        await dispatcher.stop(grace_seconds=5)
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await runner


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


async def open_rows(db: Database) -> int:
    async with db.sessions() as session:
        statement = select(func.count(OutboxRow.id)).where(OutboxRow.status.in_(OPEN_STATUSES))
        return int((await session.execute(statement)).scalar_one())


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


def report(engine: str, run: Run, channels: int, subscribers: int) -> bool:
    """Print one run; True when it met the target."""
    b = bounds(run, channels, subscribers)
    limit_bound = max(b["discord"], b["slack"], b["email"])
    floor_bound = max(b["discord+r"], b["slack+r"], b["email+r"])
    delivered = {name: sum(box.values()) for name, box in run.copies.items()}
    duplicates = sum(c - 1 for box in run.copies.values() for c in box.values())
    distinct = sum(len(box) for box in run.copies.values())
    expected = run.n * (2 * channels + subscribers)
    exact = sum(delivered.values()) == distinct == expected
    served = run.discord.served_429 + run.slack.served_429
    ratio = run.spent.seconds / floor_bound
    fast = {name: f"{seconds * 1000:.1f} ms" for name, seconds in run.fastest.items()}
    print(f"--- {engine}, N={run.n}: {channels}+{channels} channels, {subscribers} subscribers")
    print(
        f"deliveries: {sum(delivered.values())} of {expected} ({distinct} distinct: discord"
        f" {delivered['discord']}, slack {delivered['slack']}, email {delivered['email']});"
        f" duplicates {duplicates} -> {'OK' if exact else 'WRONG'}"
    )
    print(
        f"total: {run.spent.seconds:.3f} s from the commit to the last row marked sent"
        f" (CPU meanwhile: this process {run.spent.cpu:.3f} s, of which its event loop"
        f" {run.spent.loop_cpu:.3f} s; its mail worker {run.spent.worker_cpu:.3f} s; the SMTP"
        f" server {run.spent.smtp_cpu:.3f} s)"
    )
    print(
        f"limit bound: {limit_bound:.3f} s (discord {b['discord']:.3f}, slack {b['slack']:.3f},"
        f" email {b['email']:.3f})"
    )
    print(
        f"fastest sends: discord {fast['discord']}, slack {fast['slack']}, email"
        f" {fast['email']} ({run.pool_size} SMTP connections, {run.smtp_connections} opened)"
    )
    print(
        f"floor bound: {floor_bound:.3f} s (discord {b['discord+r']:.3f}, slack"
        f" {b['slack+r']:.3f}, email {b['email+r']:.3f})"
    )
    if limit_bound > 0:
        print(f"ratio total/limit bound: {run.spent.seconds / limit_bound:.2f}")
    print(f"ratio total/floor bound: {ratio:.2f} (target <= 1.10)")
    print(
        f"429s served: discord {run.discord.served_429} (global {run.discord.global_429}),"
        f" slack {run.slack.served_429} (target 0)",
        flush=True,
    )
    return exact and served == 0 and ratio <= 1.1


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--announcements", type=int, nargs="+", default=[1, 10], metavar="N")
    parser.add_argument("--channels", type=int, default=20, help="per chat platform (20)")
    parser.add_argument("--subscribers", type=int, default=500)
    parser.add_argument("--db", help="also run on this PostgreSQL URL (a scratch schema)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    engines: list[tuple[str, Callable[[], AbstractAsyncContextManager[Database]]]] = [
        ("sqlite", sqlite_database)
    ]
    if args.db:
        engines.append(("postgresql", functools.partial(postgresql_database, args.db)))
    met = True
    for engine, database in engines:
        for n in args.announcements:
            async with database() as db:
                outcome = await run(db, n, args.channels, args.subscribers)
            met = report(engine, outcome, args.channels, args.subscribers) and met
    print("target met" if met else "target NOT met")


if __name__ == "__main__":
    asyncio.run(main())
