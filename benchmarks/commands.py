"""Commands at scale: p50/p95/p99 of each wish command with 50,000 wishes, right after an import.

    .venv/bin/python benchmarks/commands.py [--wishes 50000] [--calls 300] [--db URL]

A bot is running (its context made, its similar-wish index warm on a small list) when the
vendor's list of `--wishes` rows is imported by `bryggan wishes import` in a process of its
own, as an association does first. Then about 100,000 supports from 2,000 people (1,700 of
them verified, in Sweden's municipalities) are added by another process too, and each command
is timed `--calls` times in the bot's process (the `wishlist` job, which writes every wish
into two files, a thirtieth as often), through the same entry point every platform uses. As in
`bryggan run`, the `wish-index` job takes in what other processes changed every 5 s; how long
its look at the import took is printed, and the first call of each command is shown apart. On
PostgreSQL nothing is vacuumed first (the import ends with ANALYZE, the 100,000 supports then
rewrite every wish's counts): the list's commands are timed again after `VACUUM ANALYZE`, which
autovacuum runs within a minute or two of so many changes.

It prints, per command, p50/p95/p99/max in milliseconds (and how many calls failed); the
import's time; the time of `bryggan wishes similar TEXT` (a process of its own, median of
three); the process's resident memory (RSS) before the import and after the commands, with its
peak; the longest time the event loop was blocked (measured by a task that asks to wake every
5 ms) and the garbage collector's longest pause; with `--slow`, which callbacks held the loop
for 50 ms of CPU or more. A full collection of a process that has loaded both platforms takes
about 90 ms here, whatever it does; `--freeze` calls `gc.freeze()` once the bot has started,
as `bryggan run` does, which takes that away. Without `--db` it runs on a temporary SQLite
file; with `--db postgresql+asyncpg://…` in a scratch database it creates there and drops
afterwards.
Nothing is asserted; compare the numbers between changes.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import gc
import logging
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bot.runtime  # noqa: F401  (a running bot has its platforms' code loaded)
from benchmarks.loop_timing import FAILED, LoopWatch, rss, timed
from benchmarks.similar_wishes import MODULES, reword, wish_text
from bot.web import build_web_app
from handlers.clock import SystemClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.people.config import AGENDA, COMMAND, SUPPORT, WISH, Limit, PeopleConfig
from handlers.run import run_command, run_interaction
from handlers.types import Command, Interaction, Member, Reply
from handlers.wishes import wishlist_delivery
from handlers.wishes.config import default_municipalities
from storage.db import Database
from storage.migrate import upgrade
from storage.models import MemberRow, OutboxRow
from storage.people_models import PersonRow
from storage.wish_models import WishSupportRow

ROOT = Path(__file__).resolve().parents[1]
PEOPLE, VERIFIED = 2_000, 1_700
SUPPORTS_PER_WISH = 2  # on average; a few wishes have many
NOW = datetime.now(UTC)
UNLIMITED = PeopleConfig(
    limits={kind: Limit(10**9, timedelta(hours=1)) for kind in (WISH, AGENDA, SUPPORT, COMMAND)}
)


@asynccontextmanager
async def scratch(url: str | None) -> AsyncIterator[str]:
    """A database URL of one's own: a temporary SQLite file, or a new PostgreSQL database."""
    if url is None:
        with tempfile.TemporaryDirectory(prefix="bryggan-bench-") as folder:
            yield f"sqlite+aiosqlite:///{folder}/bench.db"
        return
    name = f"bench_{secrets.token_hex(4)}"
    admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def seed_people(db: Database, rng: random.Random) -> list[Member]:
    places = sorted(default_municipalities())
    people, accounts, members = [], [], []
    for n in range(1, PEOPLE + 1):
        place = rng.choice(places) if n <= VERIFIED else None
        people.append(
            dict(id=n, display_name=f"Medlem {n}", municipality=place, notifications=False,
                 verified_via="approval" if place else None, verified_at=NOW if place else None,
                 joined_at=NOW, created_at=NOW, updated_at=NOW)
        )  # fmt: skip
        accounts.append(
            dict(id=n, platform="console", user_id=f"u{n}", display_name=f"Medlem {n}",
                 person_id=n, created_at=NOW, updated_at=NOW)
        )  # fmt: skip
        members.append(Member("console", f"u{n}", f"Medlem {n}", municipality=place))
    async with db.transaction() as session:
        await session.execute(insert(PersonRow), people)
        await session.execute(insert(MemberRow), accounts)
    if db.is_postgresql:
        async with db.transaction() as session:
            for table in ("people", "members"):
                await session.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {PEOPLE})")
                )
    return members


def write_vendor_csv(
    path: Path, count: int, keep: int, rng: random.Random
) -> tuple[list[str], list[str]]:
    """The vendor's list of `count` wishes; the first and the last `keep` texts, to be
    reworded into /wish (the rest are not kept: this process should hold what a bot holds)."""
    places = sorted(default_municipalities())
    first: list[str] = []
    late: list[str] = []
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["external_id", "title", "description", "module", "municipality"])
        for n in range(1, count + 1):
            wish = wish_text(rng)
            if n <= keep:
                first.append(wish)
            elif n > count - keep:
                late.append(wish)
            title, _, description = wish.partition(". ")
            writer.writerow([f"V-{n}", title, description, rng.choice(MODULES), rng.choice(places)])
    return first, late


async def seed_supports(db: Database, wishes: int, rng: random.Random) -> int:
    """About `SUPPORTS_PER_WISH` supports a wish, a few wishes with many, written in chunks of
    one statement each (on PostgreSQL, an executemany ran the counting trigger once a row)."""
    added, rows = 0, []
    for wish_id in range(1, wishes + 1):
        many = int(rng.paretovariate(1.5)) - 1 if rng.random() < 0.7 else 0
        people = rng.sample(range(1, PEOPLE + 1), min(many * SUPPORTS_PER_WISH, 400))
        rows += [dict(wish_id=wish_id, person_id=p, created_at=NOW) for p in people]
        if rows and (len(rows) >= 5_000 or wish_id == wishes):
            async with db.transaction() as session:  # one statement: its triggers run once
                await session.execute(insert(WishSupportRow).values(rows))
            added, rows = added + len(rows), []
    return added


class IndexJob:
    """The runtime's `wish-index` job (bot/runtime.py): every 5 s the index takes in what other
    processes changed; `took` is how long the look that took in the import lasted."""

    def __init__(self, ctx: Context) -> None:
        self.ctx, self.took, self.wanted = ctx, 0.0, 0
        self.enough = asyncio.Event()

    async def run(self) -> None:
        while True:
            started = time.perf_counter()
            await self.ctx.wish_index.keep_fresh(self.ctx.db)
            if len(self.ctx.wish_index.index) >= self.wanted and not self.enough.is_set():
                self.took = time.perf_counter() - started
                self.enough.set()
            await asyncio.sleep(5)


def seed_supports_elsewhere(url: str, wishes: int, seed: int) -> int:
    """`seed_supports` in a process of its own: the members' supports come from elsewhere,
    and what making them costs stays out of this process's memory."""
    done = subprocess.run(
        [sys.executable, __file__, "--seed-supports", url, str(wishes), str(seed)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return int(done.stdout.split()[-1])


async def _seed_supports_here(url: str, wishes: int, seed: int) -> None:
    db = Database(url)
    try:
        print(await seed_supports(db, wishes, random.Random(seed)))
    finally:
        await db.dispose()


def bryggan(url: str, *args: str) -> tuple[float, str]:
    """Run `bryggan ARGS` in a process of its own; its wall time in seconds and its output."""
    env = {**os.environ, "DATABASE_URL": url, "CONSOLE": "off", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"bryggan {' '.join(args)} failed:\n{done.stderr}")
    return time.perf_counter() - started, done.stdout


async def time_portal(
    ctx: Context, calls: int, last: int, rng: random.Random, watch: LoopWatch
) -> None:
    """The web portal's reading pages, fetched over HTTP from the bot's own web app."""
    app = build_web_app(ctx.db, {}, ctx.clock, ctx)
    async with TestClient(TestServer(app)) as client:

        def fetch(path: Callable[[int], str]) -> Callable[[int], Awaitable[Reply]]:
            async def get(n: int) -> Reply:
                response = await client.get(path(n))
                await response.read()
                return Reply.text("" if response.status in (200, 404) else FAILED)

            return get

        pages: list[tuple[str, Callable[[int], str]]] = [
            ("web /wishes", lambda n: "/wishes"),
            ("web /wishes?page=N", lambda n: f"/wishes?page={rng.randint(2, 400)}"),
            ("web /wishes?q=bygglov", lambda n: "/wishes?q=bygglov"),
            ("web /wishes?module&status", lambda n: "/wishes?module=Milj%C3%B6&status=ny"),
            ("web /wishes/N", lambda n: f"/wishes/{rng.randint(1, last)}"),
        ]
        for name, path in pages:
            await timed(name, calls, fetch(path), watch)


async def time_wishlist(ctx: Context, calls: int, watch: LoopWatch) -> None:
    """/wishlist get's answer (each call a board member of its own: one list is made at a time
    per member), then the `wishlist` job making one list's two files and queueing them, a
    thirtieth as often; the other requests are let go untimed."""

    def board(n: int) -> Member:
        return Member("console", f"styrelsen-{n}", "Styrelsen", is_board=True)

    def ask(n: int) -> Awaitable[Reply]:
        return run_command(ctx, Command("wishlist", board(n), None, "get"))

    await timed("/wishlist get (the answer)", calls, ask, watch)
    made = max(1, calls // 30)
    async with ctx.db.transaction() as session:
        first = await session.scalar(text("SELECT min(id) FROM wishlist_requests"))
        await session.execute(
            text("DELETE FROM wishlist_requests WHERE id >= :kept"), {"kept": (first or 0) + made}
        )
    wishlist_delivery.MOST_AT_ONCE = 1

    async def make_one(n: int) -> Reply:
        await wishlist_delivery.make_wishlists(ctx)
        return Reply.text("")

    await timed("/wishlist's files (the job)", made, make_one, watch)
    async with ctx.db.transaction() as session:
        payload = await session.scalar(
            select(OutboxRow.payload).where(OutboxRow.idempotency_key.like("wishlist:%")).limit(1)
        )
    sizes = [len((a["content"] or "").encode()) / 2**20 for a in payload["attachments"]]
    print("  the files: " + ", ".join(f"{size:.1f} MiB" for size in sizes))


async def bench(url: str, args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    db = Database(url)
    await upgrade(db)
    ctx = Context(db=db, catalogue=build_catalogue(), clock=SystemClock(), people=UNLIMITED)
    members = await seed_people(db, rng)
    verified = members[:VERIFIED]

    async def run(member: Member, name: str, *words: str, **options: object) -> Reply:
        return await run_command(ctx, Command(name, member, None, words, options=options))

    for n in range(5):  # a bot in use: its index is warm, on a list of a few wishes
        await run(members[n], "wish", title=f"Önskemål nummer {n} om {wish_text(rng)[:40]}",
                  module="Bygg")  # fmt: skip
    if args.freeze:  # what the start-up holds, set apart from the collector's full passes
        gc.freeze()
    idle, _ = rss()
    index_job = IndexJob(ctx)
    taken_in = index_job.enough = asyncio.Event()
    index_job.wanted = args.wishes
    job = asyncio.create_task(index_job.run())

    calls, last = args.calls, args.wishes + 5
    with tempfile.TemporaryDirectory(prefix="bryggan-bench-") as folder:
        vendor = Path(folder) / "vendor.csv"
        first, late = write_vendor_csv(vendor, args.wishes, calls, rng)
        imported, said = bryggan(url, "wishes", "import", str(vendor), "--source", "vendor")
    print(f"  bryggan wishes import        {imported:7.1f} s for {args.wishes} rows "
          f"({imported / args.wishes * 1000:.2f} ms a row): {said.splitlines()[0]}")  # fmt: skip
    supports = seed_supports_elsewhere(url, last, args.seed)
    print(f"  {supports} supports added (by another process)")
    await asyncio.wait_for(taken_in.wait(), 120)  # the runtime's job has the import by now
    print(f"  the runtime's wish-index job took the import in: {index_job.took:.1f} s")
    print(f"  {'':<28} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>8} {'first':>8} {'loop':>7} "
          f"{'gc':>6}   (ms; loop: held at most; gc: longest pause)", flush=True)  # fmt: skip

    def anyone() -> Member:
        return rng.choice(members)

    def page(n: int) -> Interaction:
        return Interaction("wishes.page", anyone(), None, f"{rng.randint(2, 400)}||||")

    with LoopWatch(args.slow) as watch:
        commands: list[tuple[str, Callable[[int], Awaitable[Reply]]]] = [
            ("/wish (similar found)",
             lambda n: run(anyone(), "wish", title=reword(rng, first[n])[:100], module="Bygg")),
            ("/wishes", lambda n: run(anyone(), "wishes")),
            ("/wishes (a page further)", lambda n: run_interaction(ctx, page(n))),
            ("/wishes search:bygglov", lambda n: run(anyone(), "wishes", search="bygglov")),
            ("/wishes module status",
             lambda n: run(anyone(), "wishes", module="Miljö", status="ny")),
            ("/wishes mine", lambda n: run(rng.choice(verified), "wishes", mine="ja")),
            ("/wish-show", lambda n: run(anyone(), "wish-show", str(rng.randint(1, last)))),
            ("/support", lambda n: run(anyone(), "support", str(rng.randint(1, last)))),
            ("/help", lambda n: run(anyone(), "help")),
            ("/wish (saved)",
             lambda n: run(anyone(), "wish", title=f"Qxz vwk {n} zyqx {n * 7}", module="Övrigt")),
            ("/wish (similar, after saves)",
             lambda n: run(anyone(), "wish", title=reword(rng, late[n])[:100], module="Bygg")),
        ]  # fmt: skip
        for name, action in commands:
            await timed(name, calls, action, watch)
        await time_portal(ctx, calls, last, rng, watch)
        loaded, _ = rss()
        await time_wishlist(ctx, calls, watch)
    after, peak = rss()
    if db.is_postgresql:  # what autovacuum does within a minute or two of so many changes
        async with db.statement() as connection:
            await connection.execute(text("VACUUM ANALYZE wishes"))
            await connection.execute(text("VACUUM ANALYZE wish_supports"))
        print("  after VACUUM ANALYZE (as autovacuum would run it):")
        with LoopWatch(args.slow) as watch:
            for name, action in commands[1:6]:
                await timed(name, calls, action, watch)
    job.cancel()
    similar = sorted(bryggan(url, "wishes", "similar", reword(rng, first[n]))[0] for n in range(3))
    print(f"  bryggan wishes similar TEXT  {statistics.median(similar):7.2f} s (median of 3)")
    print(f"  memory: {idle} MiB before the import, {loaded} MiB with the wishes loaded and every "
          f"command but /wishlist run, {after} MiB after /wishlist (peak {peak} MiB)")  # fmt: skip
    await db.dispose()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wishes", type=int, default=50_000)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--db", help="a PostgreSQL server (postgresql+asyncpg://…)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--slow", action="store_true", help="name the callbacks that held the loop")
    parser.add_argument(
        "--freeze",
        action="store_true",
        help="gc.freeze() once the bot has started, as bryggan run does",
    )
    args = parser.parse_args()
    logging.getLogger("handlers.run").setLevel(logging.CRITICAL)  # failures are counted instead
    async with scratch(args.db) as url:
        engine = "PostgreSQL" if args.db else "SQLite"
        print(f"{engine}, {args.wishes} wishes, {args.calls} calls each (times in ms):")
        await bench(url, args)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--seed-supports"]:
        asyncio.run(_seed_supports_here(sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
    else:
        asyncio.run(main())
