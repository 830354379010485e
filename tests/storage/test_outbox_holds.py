"""Several dispatcher processes share the outbox (PostgreSQL), and each keeps the
destinations it posts to for a while: the pacer of that one process, which knows the
channel's recent posts, paces its next ones. Without the holds two processes would post
into one channel each at the platform's pace: twice it (benchmarks/dispatchers.py counted
the fake Slack's 429s)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from handlers.clock import FakeClock
from storage import outbox, outbox_claims
from storage.db import Database
from storage.outbox import Claimed
from storage.process_models import OutboxHoldRow

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("db_target", ["postgresql"], indirect=True),
]
HOLD = 10.0


async def queue(db: Database, clock: FakeClock, target: str, count: int) -> None:
    async with db.transaction() as session:
        for n in range(count):
            await outbox.enqueue(
                session,
                platform="slack",
                target=target,
                idempotency_key=f"{target}:{n}",
                payload={"text": str(n)},
                now=clock.now(),
            )


async def claim(db: Database, clock: FakeClock, holder: str | None) -> list[Claimed]:
    return await outbox_claims.claim(
        db,
        now=clock.now(),
        lease_seconds=60,
        limit=10,
        platforms=["slack"],
        holder=holder,
        hold_seconds=HOLD,
    )


async def sent(db: Database, clock: FakeClock, rows: list[Claimed]) -> None:
    await outbox_claims.mark_sent_many(db, [(row, "m") for row in rows], now=clock.now())


async def test_a_destination_stays_with_the_process_that_posted_to_it(
    db: Database, clock: FakeClock
) -> None:
    await queue(db, clock, "C1", 3)
    await queue(db, clock, "C2", 1)
    first = await claim(db, clock, "a")
    assert [r.target for r in first] == ["C1", "C2"]
    await sent(db, clock, first)
    assert await claim(db, clock, "b") == []  # C1's next post waits for the process holding it
    [second] = await claim(db, clock, "a")
    assert second.idempotency_key == "C1:1"
    clock.advance(HOLD + 1)  # a holds C1 no longer: it stopped, say
    await sent(db, clock, [second])
    [third] = await claim(db, clock, "b")
    assert third.idempotency_key == "C1:2"


async def test_control_without_holds_another_process_takes_the_channels_next_post(
    db: Database, clock: FakeClock
) -> None:
    await queue(db, clock, "C1", 2)
    await sent(db, clock, await claim(db, clock, None))
    [taken] = await claim(db, clock, None)  # as "b": nothing keeps it to "a"
    assert taken.idempotency_key == "C1:1"


async def test_a_mark_claims_the_held_destinations_next_post_and_holds_are_pruned(
    db: Database, clock: FakeClock
) -> None:
    await queue(db, clock, "C1", 2)
    [row] = await claim(db, clock, "a")
    nothing = outbox_claims.NextClaim(["slack"], 10, 60, holder="b", hold_seconds=HOLD)
    held, rows = await outbox_claims.mark_sent_and_claim(
        db, [(row, "m")], now=clock.now(), then=nothing
    )
    assert held == {row.id} and rows == []  # b may not take a's channel
    [taken] = await claim(db, clock, "a")
    assert taken.idempotency_key == "C1:1"
    clock.advance(HOLD + 60)
    await outbox_claims.prune_holds(db, before=clock.now() - timedelta(seconds=1))
    async with db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(OutboxHoldRow)) == 0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
