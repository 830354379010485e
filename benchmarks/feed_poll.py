"""One polling cycle over many feeds on the local feed server, most answering 304.

    .venv/bin/python benchmarks/feed_poll.py [--feeds 1000] [--share 0.8]

Prints the wall time, the CPU time and how many feeds were parsed. The first cycle (every
feed answers 200 and is remembered) is the set-up; the second is measured.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.feed_fetcher import AiohttpFetcher
from handlers.clock import FakeClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.feeds import poll
from handlers.feeds.poll import poll_due
from storage.db import Database
from storage.feed_models import FeedRow
from storage.migrate import upgrade
from tests.fakes.feed_server import FeedServer


async def main(feeds: int, share: float, concurrency: int) -> None:
    parses = 0
    original = poll.parse_feed

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal parses
        parses += 1
        return original(*args, **kwargs)  # type: ignore[arg-type]

    poll.parse_feed = counting  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite+aiosqlite:///{folder}/bench.db")
        await upgrade(db)
        clock = FakeClock()
        fetcher = AiohttpFetcher(allow_private=True)
        ctx = Context(db=db, catalogue=build_catalogue(), clock=clock, fetcher=fetcher)
        async with FeedServer() as server:
            paths = server.add_many(feeds, not_modified_share=share)
            async with db.transaction() as session:
                for path in paths:
                    session.add(
                        FeedRow(
                            url=server.url(path),
                            added_by="bench",
                            next_poll_at=clock.now(),
                            created_at=clock.now(),
                        )
                    )
            await poll_due(ctx, fetcher, concurrency=concurrency)  # set-up: remember everything
            clock.advance(7200)
            parses = 0
            wall, cpu = time.perf_counter(), time.process_time()
            polled = await poll_due(ctx, fetcher, concurrency=concurrency)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        await fetcher.close()
        await db.dispose()
    print(f"feeds polled: {polled} ({share:.0%} answering 304), concurrency {concurrency}")
    print(f"wall time: {wall:.2f} s, CPU time: {cpu:.2f} s, parses: {parses}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--share", type=float, default=0.8)
    parser.add_argument("--concurrency", type=int, default=8)
    options = parser.parse_args()
    asyncio.run(main(options.feeds, options.share, options.concurrency))
