"""Outbox throughput: how fast rows are queued and how fast the real Dispatcher delivers them.

    .venv/bin/python benchmarks/outbox_throughput.py [--rows N] [--destinations D] [--db URL]

It runs on a temporary SQLite file and, with `--db`, also on PostgreSQL in a scratch schema it
creates and drops. The platform is an in-memory no-op, so the numbers are the outbox's own
cost (claim, lease, mark sent), which is what a change to storage/outbox.py or the dispatcher
can move. Nothing is asserted; compare the printed numbers between changes.

Three measurements per engine:
- enqueue: N rows written as fan-outs (one transaction puts one post into D channels);
- delivery: the dispatcher drains that backlog of N rows;
- latency: single fan-outs with an idle dispatcher, from commit to the platform's send call.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.dispatcher import Dispatcher, DispatcherConfig
from handlers.clock import SystemClock
from handlers.types import Message
from storage import outbox
from storage.db import Database
from storage.migrate import upgrade
from tests.schemas import scratch_schema

PLATFORM = "bench"
LATENCY_FANOUTS = 40


class NoopPlatform:
    """Accepts every send at once and notes when it arrived, so only the outbox is measured."""

    name = PLATFORM
    connected = True

    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}
        self._goal = 0
        self._reached = asyncio.Event()

    def expect(self, count: int) -> asyncio.Event:
        """An event set once `count` sends in total have arrived."""
        self._goal = count
        self._reached = asyncio.Event()
        if len(self.arrived) >= count:
            self._reached.set()
        return self._reached

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        self.arrived[idempotency_key] = time.perf_counter()
        if len(self.arrived) >= self._goal:
            self._reached.set()
        return f"m{len(self.arrived)}"

    async def edit(self, target: str, message_id: str, message: Message) -> None:
        return None

    async def delete(self, target: str, message_id: str) -> None:
        return None


async def fan_out(db: Database, post: int, destinations: int) -> list[str]:
    """One post to every channel in one transaction, as an announcement would be queued."""
    keys = [f"post:{post}:{PLATFORM}:C{d}" for d in range(destinations)]
    now = SystemClock().now()
    async with db.transaction() as session:
        for d, key in enumerate(keys):
            await outbox.enqueue(
                session,
                platform=PLATFORM,
                target=f"C{d}",
                idempotency_key=key,
                payload={"text": f"post {post}"},
                now=now,
            )
    return keys


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


async def measure(db: Database, rows: int, destinations: int) -> dict[str, float]:
    await upgrade(db)
    posts = max(1, rows // destinations)
    total = posts * destinations

    started = time.perf_counter()
    for post in range(posts):
        await fan_out(db, post, destinations)
    enqueue_seconds = time.perf_counter() - started

    platform = NoopPlatform()
    config = DispatcherConfig(poll_seconds=0.5, concurrency=16, lease_seconds=60)
    dispatcher = Dispatcher(db, {PLATFORM: platform}, SystemClock(), config)
    done = platform.expect(total)
    started = time.perf_counter()
    runner = asyncio.create_task(dispatcher.run())
    try:
        await asyncio.wait_for(done.wait(), timeout=600)
        assert await dispatcher.drain(PLATFORM, timeout=60), "the backlog did not drain"
        delivery_seconds = time.perf_counter() - started

        latencies: list[float] = []
        for post in range(posts, posts + LATENCY_FANOUTS):
            done = platform.expect(len(platform.arrived) + destinations)
            keys = await fan_out(db, post, destinations)
            committed = time.perf_counter()
            dispatcher.wake()
            await asyncio.wait_for(done.wait(), timeout=60)
            latencies += [platform.arrived[key] - committed for key in keys]
            assert await dispatcher.drain(PLATFORM, timeout=60)
    finally:
        await dispatcher.stop(grace_seconds=5)
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await runner
    return {
        "rows": total,
        "enqueue_rows_per_s": total / enqueue_seconds,
        "delivery_rows_per_s": total / delivery_seconds,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p95_ms": percentile(latencies, 95) * 1000,
    }


@contextlib.asynccontextmanager
async def sqlite_database() -> AsyncIterator[Database]:
    with tempfile.TemporaryDirectory(prefix="bryggan-bench-") as directory:
        db = Database(f"sqlite+aiosqlite:///{Path(directory) / 'bench.db'}")
        try:
            yield db
        finally:
            await db.dispose()


@contextlib.asynccontextmanager
async def postgresql_database(url: str) -> AsyncIterator[Database]:
    """A scratch schema, dropped afterwards even when the run fails."""
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+asyncpg://" + url.split("://", 1)[1]
    async with scratch_schema(url, prefix="bench_", revision=None) as schema:
        db = Database(url, schema=schema)
        try:
            yield db
        finally:
            await db.dispose()


def report(engine: str, result: dict[str, float]) -> None:
    print(
        f"{engine:<11} {int(result['rows']):>6} {result['enqueue_rows_per_s']:>16.0f}"
        f" {result['delivery_rows_per_s']:>17.0f} {result['p50_ms']:>15.1f}"
        f" {result['p95_ms']:>15.1f}",
        flush=True,
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1000, help="backlog size (default 1000)")
    parser.add_argument("--destinations", type=int, default=20, help="channels (default 20)")
    parser.add_argument("--db", help="also run on this PostgreSQL URL (a scratch schema)")
    args = parser.parse_args()
    if args.rows < 1 or args.destinations < 1:
        parser.error("--rows and --destinations must be positive")

    print(
        f"outbox throughput: {args.destinations} destinations, fan-outs of"
        f" {args.destinations} rows, no-op platform, latency over {LATENCY_FANOUTS} fan-outs"
    )
    print(
        f"{'engine':<11} {'rows':>6} {'enqueue rows/s':>16} {'delivery rows/s':>17}"
        f" {'latency p50 ms':>15} {'latency p95 ms':>15}"
    )
    async with sqlite_database() as db:
        report("sqlite", await measure(db, args.rows, args.destinations))
    if args.db:
        async with postgresql_database(args.db) as db:
            report("postgresql", await measure(db, args.rows, args.destinations))


if __name__ == "__main__":
    asyncio.run(main())
