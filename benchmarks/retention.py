"""The first retention run on an old database (issue #15): how long it holds SQLite's write
lock, which is how long every command and the dispatcher wait.

    .venv/bin/python benchmarks/retention.py [--rows 60000] [--cards 10 1000] [--db URL]

A fresh SQLite file (or the database at URL) gets `--rows` delivered outbox rows from 200
days ago (mail of 120 announcements to 500 subscribers) and `--cards` wish cards, each with
its card's delivery (those rows must be kept, without their text). The clock runs around
`apply_retention` with the default periods; the counts it returns are printed with the time.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from handlers.retention import RetentionPolicy, apply_retention
from storage.db import Database
from storage.migrate import upgrade
from storage.models import OutboxRow
from storage.wish_models import WishCardRow, WishRow

NOW = datetime(2026, 6, 1, tzinfo=UTC)
OLD = NOW - timedelta(days=200)


def _delivered(key: str, target: str, platform: str) -> dict[str, object]:
    return dict(
        idempotency_key=key, destination=f"{platform}:{target}", platform=platform,
        target=target, action="send", payload={"text": "x" * 200}, status="sent", attempts=1,
        in_doubt=False, next_attempt_at=OLD, created_at=OLD, sent_at=OLD,
    )  # fmt: skip


async def filled(url: str, rows: int, cards: int) -> Database:
    db = Database(url)
    await upgrade(db)
    wish = dict(description="", module="Bygg", status="ny", hidden=False)
    async with db.transaction() as session:
        await session.execute(
            insert(WishRow),
            [dict(title=f"w{n}", created_at=OLD, updated_at=OLD, **wish) for n in range(cards)],
        )
        keys = [f"wish-card:{n + 1}:slack:C1" for n in range(cards)]
        await session.execute(
            insert(WishCardRow),
            [
                dict(wish_id=n + 1, platform="slack", channel_id="C1", card_key=key, version=0)
                for n, key in enumerate(keys)
            ],
        )
        deliveries = [_delivered(key, "C1", "slack") for key in keys]
        deliveries += [
            _delivered(f"announcement:{n // 500}:email:{n % 500}", str(n % 500), "email")
            for n in range(rows)
        ]
        for start in range(0, len(deliveries), 5000):
            await session.execute(insert(OutboxRow), deliveries[start : start + 5000])
    return db


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=60_000)
    parser.add_argument("--cards", type=int, nargs="+", default=[10, 1000])
    parser.add_argument("--db", help="a database URL (default: a new SQLite file each run)")
    args = parser.parse_args()
    for cards in args.cards:
        url = args.db or f"sqlite+aiosqlite:///{tempfile.mkdtemp()}/retention.db"
        db = await filled(url, args.rows, cards)
        started = time.perf_counter()
        counts = await apply_retention(db, RetentionPolicy(), NOW)
        seconds = time.perf_counter() - started
        await db.dispose()
        removed, kept = counts.get("sent_deliveries"), counts.get("kept_deliveries")
        print(f"rows={args.rows} cards={cards}: {seconds:.2f} s (removed {removed}, kept {kept})")


if __name__ == "__main__":
    asyncio.run(main())
