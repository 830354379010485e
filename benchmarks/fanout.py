"""Announcement fan-out (issues #7 and #17): N announcements to 20 Discord channels, 20 Slack
channels and 500 e-mail subscribers through the real platforms, against fakes that enforce the
platforms' limits as strictly as the platforms do.

    .venv/bin/python benchmarks/fanout.py [--announcements 1 10] [--db URL]
    .venv/bin/python benchmarks/fanout.py --announcements 20 --subscribers 0 --from-discord

Everything is real except the far ends: `publish()` queues the rows, the real Dispatcher
claims them, the real DiscordPlatform (discord.py), SlackPlatform (slack_sdk) and
EmailPlatform (aiosmtplib) deliver to FakeDiscord, FakeSlack and an aiosmtpd server on
loopback, in this process. The N announcements are published in one transaction, so the
bound is not all fixed overheads. The clock runs from that commit to the moment the last row
is marked sent; the fakes' inboxes are then checked for exactly one copy of each announcement
per channel and per subscriber. `--from-discord` publishes them as posted in the first
Discord channel, which then gets no copy (the issue's run: 20 announcements in a row in one
Discord announcement channel, mirrored to 19 other Discord channels and 20 Slack channels).

The limits the fakes enforce (tests/fakes/rate_limits.py):
- Discord: 50 requests a second per bot token in fixed one-second windows of the clock, and
  5 message creates per 5 s per channel in fixed windows that open at the same moment for
  every channel; 429 with Retry-After and X-RateLimit-* headers, and the X-RateLimit-*
  headers of the channel's bucket on each post that passes (the global limit has none).
- Slack: chat.postMessage 1 a second per channel with bursts of 2 (`--slack-burst`; Slack
  promises "short bursts" and nothing more).
- SMTP: no limit; the bot holds a pool of P connections (SMTP_POOL_SIZE), one mail at a time
  on each.

The bounds (benchmarks/fanout_bounds.py) simulate those rules: the limit bound with every
request free, and a floor bound where each costs r_p, the fastest of three single sends
through each real platform with nothing else going on (to a channel and an address outside
the fan-out; none waits for pacing), i.e. one round trip through client and fake, including
composing a mail. Posts into one destination go one after another (the outbox keeps their
order), and the Discord windows' phase at the commit is read from the fake's clock. The
target of the issue is total <= 1.1 x the floor bound and no 429 served. The floor is
generous to the bot in one way: it lets the P mail connections work in parallel, while every
mail's lookup and filling in runs in the bot's one event loop and its SMTP in the one mail
worker. It is strict in another: a fan-out looks its subscribers up together and builds each
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
import logging
import math
import sys
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.fanout_bounds import bounds
from benchmarks.fanout_parts import (
    MARKER,
    RemoteSmtp,
    Run,
    Setup,
    Spent,
    Timed,
    email_worker_pid,
    process_cpu,
    received,
)
from benchmarks.outbox_throughput import postgresql_database, sqlite_database
from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.discord.platform import DiscordConfig, DiscordPlatform
from bot.platforms.email.platform import build_email_platform
from bot.platforms.slack.platform import SlackConfig, SlackPlatform
from bot.runtime import dispatcher_config
from bot.settings import Settings
from handlers.announcements.publish import TOPIC, publish
from handlers.clock import SystemClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.door import Door
from handlers.mail.subscribers import add_address, remove_address
from handlers.public_config import PublicConfig
from handlers.types import Message
from storage import mail
from storage.channels import add_topic
from storage.db import Database
from storage.migrate import upgrade
from storage.models import OutboxRow
from storage.outbox import OPEN_STATUSES
from tests.fakes.discord_server import FakeDiscord, discord_py_pointed_at
from tests.fakes.slack_server import FakeSlack

PROBE_ADDRESS = "kalibrering@castor.example.se"
PROBES = 3


async def run(db: Database, setup: Setup) -> Run:
    """Set up the world on `db`, publish the announcements, deliver them, look what arrived."""
    n, channels, subscribers = setup.n, setup.channels, setup.subscribers
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
        email = build_email_platform(settings, Door(ctx))
        assert email is not None
        with discord_py_pointed_at(discord_fake):
            discord = DiscordPlatform(
                Door(ctx),
                DiscordConfig(
                    token=discord_fake.token,
                    guild_ids=(discord_fake.guild_id,),
                    api_base_url=discord_fake.api_base,
                    identify_delay_seconds=0,
                ),
            )
            slack = SlackPlatform(
                Door(ctx),
                SlackConfig(
                    bot_token=slack_fake.bot_token,
                    app_token=slack_fake.app_token,
                    api_url=slack_fake.api_url,
                ),
            )
            timed = {
                "discord": Timed(discord, setup.discord_copies * n),
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
                slack_limits = slack_fake.enforce_rate_limits(burst=setup.slack_burst)
                fastest = {name: await fastest_send(p, probes[name]) for name, p in timed.items()}
                await remove_address(ctx, PROBE_ADDRESS)
                source = str(discord_ids[0]) if setup.from_discord else None
                spent = await deliver(ctx, timed, n, dispatcher_config(settings), smtp, source)
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
            expected={
                "discord": setup.discord_copies * n,
                "slack": channels * n,
                "email": subscribers * n,
            },
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


async def deliver(
    ctx: Context,
    timed: dict[str, Timed],
    n: int,
    config: DispatcherConfig,
    smtp: RemoteSmtp,
    source: str | None,
) -> Spent:
    """Publish `n` announcements in one transaction with the dispatcher idle (as posted in
    Discord channel `source`, or with /announce); the time from the commit until no row is
    open any more."""
    dispatcher = Dispatcher(ctx.db, dict(timed), ctx.clock, config)
    runner = asyncio.create_task(dispatcher.run())
    try:
        async with ctx.db.transaction() as session:
            for k in range(n):
                await publish(
                    ctx,
                    session,
                    source_key=f"bench:{k}",
                    source_platform="discord" if source else "console",
                    source_channel_id=source,
                    fields={
                        "author_name": "Styrelsen",
                        "title": f"{MARKER}{k}",
                        "text": "Välkomna till årsmötet den **25 maj** i Västerås!",
                        "link": None,
                    },
                )
        smtp_cpu = await smtp.cpu()  # nothing is mailed before the wake
        worker = email_worker_pid(timed["email"])
        worker_cpu = process_cpu(worker)
        started_at = time.monotonic()
        started, cpu, loop_cpu = time.perf_counter(), time.process_time(), time.thread_time()
        dispatcher.wake()
        for platform in timed.values():
            await asyncio.wait_for(platform.done.wait(), timeout=600)
        while await open_rows(ctx.db):  # noqa: ASYNC110 - the last sends are out; their marks
            await asyncio.sleep(0.002)  # commit in another task: poll briefly, it is the tail
        seconds = time.perf_counter() - started
        cpu, loop_cpu = time.process_time() - cpu, time.thread_time() - loop_cpu
        smtp_cpu = await smtp.cpu() - smtp_cpu
        worker_cpu = process_cpu(worker) - worker_cpu
        finished = {name: max(0.0, p.done_at - started) for name, p in timed.items()}
        return Spent(started_at, seconds, cpu, loop_cpu, smtp_cpu, worker_cpu, finished)
    finally:
        await dispatcher.stop(grace_seconds=5)
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await runner


async def open_rows(db: Database) -> int:
    async with db.sessions() as session:
        statement = select(func.count(OutboxRow.id)).where(OutboxRow.status.in_(OPEN_STATUSES))
        return int((await session.execute(statement)).scalar_one())


def report(engine: str, run: Run, setup: Setup) -> bool:
    """Print one run; True when it met the target."""
    limit, floor = bounds(
        posts=run.n,
        discord_channels=setup.discord_copies,
        slack_channels=setup.channels,
        mails=setup.subscribers * run.n,
        pool_size=run.pool_size,
        fastest=run.fastest,
        start=run.spent.started_at,
        discord=run.discord,
        slack=run.slack,
    )
    delivered = {name: sum(box.values()) for name, box in run.copies.items()}
    duplicates = sum(c - 1 for box in run.copies.values() for c in box.values())
    distinct = sum(len(box) for box in run.copies.values())
    expected = sum(run.expected.values())
    exact = sum(delivered.values()) == distinct == expected
    served = run.discord.served_429 + run.slack.served_429
    ratio = run.spent.seconds / floor.total if floor.total else math.inf
    fast = {name: f"{seconds * 1000:.1f} ms" for name, seconds in run.fastest.items()}
    source = "posted in a Discord channel, " if setup.from_discord else ""
    print(
        f"--- {engine}, N={run.n}: {source}{setup.discord_copies}+{setup.channels} channels,"
        f" {setup.subscribers} subscribers"
    )
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
    done = run.spent.finished
    print(
        f"last send returned: discord {done['discord']:.3f} s, slack {done['slack']:.3f} s,"
        f" email {done['email']:.3f} s"
    )
    print(f"limit bound: {limit.describe()}")
    print(
        f"fastest sends: discord {fast['discord']}, slack {fast['slack']}, email"
        f" {fast['email']} ({run.pool_size} SMTP connections, {run.smtp_connections} opened)"
    )
    print(f"floor bound: {floor.describe()}")
    if limit.total > 0:
        print(f"ratio total/limit bound: {run.spent.seconds / limit.total:.2f}")
    print(f"ratio total/floor bound: {ratio:.2f} (target <= 1.10)")
    print(
        f"429s served: discord {run.discord.served_429} (global {run.discord.global_429};"
        f" busiest second {run.discord.busiest_second} of {run.discord.global_per_second}"
        f" requests), slack {run.slack.served_429} (target 0)",
        flush=True,
    )
    return exact and served == 0 and ratio <= 1.1


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--announcements", type=int, nargs="+", default=[1, 10], metavar="N")
    parser.add_argument("--channels", type=int, default=20, help="per chat platform (20)")
    parser.add_argument("--subscribers", type=int, default=500)
    parser.add_argument(
        "--from-discord",
        action="store_true",
        help="post them in the first Discord channel, which gets no copy",
    )
    parser.add_argument(
        "--slack-burst", type=float, default=2.0, help="the Slack fake's burst per channel (2)"
    )
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
            setup = Setup(n, args.channels, args.subscribers, args.from_discord, args.slack_burst)
            async with database() as db:
                outcome = await run(db, setup)
            met = report(engine, outcome, setup) and met
    print("target met" if met else "target NOT met")


if __name__ == "__main__":
    asyncio.run(main())
