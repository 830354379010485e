"""Feeds are claimed per poll: a due feed goes to one poller, and another poller (a second
scheduler, or a claim under way in another transaction) never polls it too."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest

from handlers.clock import FakeClock
from storage.db import Database
from storage.feed_models import FeedRow
from storage.feeds import claim_due_feeds

LEASE = timedelta(seconds=900)


async def add_feed(db: Database, url: str, due_at: datetime) -> int:
    async with db.transaction() as session:
        feed = FeedRow(
            url=url, title="", category=None, keywords="", added_by="test", backfill=0,
            interval_seconds=600, next_poll_at=due_at, created_at=due_at,
        )  # fmt: skip
        session.add(feed)
        await session.flush()
        return feed.id


async def claim(db: Database, now: datetime) -> list[int]:
    async with db.transaction() as session:
        return await claim_due_feeds(session, now, limit=100, lease=LEASE)


async def test_a_due_feed_is_claimed_once_until_its_lease_ends(db: Database) -> None:
    now = FakeClock().now()
    due = await add_feed(db, "https://kommun.se/a.xml", now)
    await add_feed(db, "https://kommun.se/later.xml", now + timedelta(hours=1))
    assert await claim(db, now) == [due]
    assert await claim(db, now) == []  # the second poller finds nothing to do
    assert await claim(db, now + LEASE - timedelta(seconds=1)) == []
    assert await claim(db, now + LEASE) == [due]  # a poller that died: polled again


@pytest.mark.postgres
@pytest.mark.parametrize("db_target", ["postgresql"], indirect=True)
async def test_a_claim_under_way_is_skipped_not_waited_for(db: Database) -> None:
    now = FakeClock().now()
    first_feed = await add_feed(db, "https://kommun.se/a.xml", now)
    second_feed = await add_feed(db, "https://kommun.se/b.xml", now)
    async with db.transaction() as session:
        # One scheduler's claim, not yet committed, holds the first feed…
        held = await claim_due_feeds(session, now, limit=1, lease=LEASE)
        assert held == [first_feed]
        # …and another's, meanwhile, takes the other at once instead of waiting.
        other = await asyncio.wait_for(claim(db, now), timeout=5)
        assert other == [second_feed]
    assert await claim(db, now) == []
