"""Group commit of sent rows (`mark_sent_many`) and the head-of-destination claim under
a history of delivered rows, on both engines."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from handlers.clock import FakeClock
from storage import outbox, outbox_claims
from storage.db import Database
from tests.storage.test_outbox_repository import LEASE, add, claim, keys, row


async def test_mark_sent_many_marks_each_row_with_its_own_message_id(
    db: Database, clock: FakeClock
) -> None:
    now = clock.now()
    for target in "ABC":
        await add(db, f"k{target}", now, target=target)
    claimed = await claim(db, now)
    later = clock.advance(1)

    marked = await outbox_claims.mark_sent_many(
        db, [(claimed[0], "m-A"), (claimed[1], None), (claimed[2], "m-C")], now=later
    )

    assert marked == {c.id for c in claimed}
    stored = [await row(db, key) for key in ("kA", "kB", "kC")]
    assert [(r.status, r.message_id, r.sent_at) for r in stored] == [
        (outbox.SENT, "m-A", later),
        (outbox.SENT, None, later),
        (outbox.SENT, "m-C", later),
    ]
    assert all(r.lease_until is None for r in stored)
    assert await outbox_claims.mark_sent_many(db, [(claimed[0], "again")], now=later) == set()
    assert (await row(db, "kA")).message_id == "m-A", "a row is marked sent once"


async def test_mark_sent_many_skips_rows_another_claim_holds_now(
    db: Database, clock: FakeClock
) -> None:
    """A row whose lease ran out and was claimed again keeps its new claim: the stale token's
    outcome is dropped, the others in the same batch are still written."""
    t0 = clock.now()
    await add(db, "stale", t0, target="A")
    await add(db, "fresh", t0 + timedelta(seconds=LEASE), target="B")
    (old,) = await claim(db, t0)
    late = t0 + timedelta(seconds=LEASE + 1)
    reclaimed, fresh = await claim(db, late)
    assert reclaimed.id == old.id and reclaimed.claim_token != old.claim_token

    marked = await outbox_claims.mark_sent_many(db, [(old, "m-old"), (fresh, "m-fresh")], now=late)

    assert marked == {fresh.id}
    assert (await row(db, "stale")).status == outbox.SENDING
    assert (await row(db, "stale")).message_id is None
    assert (await row(db, "fresh")).message_id == "m-fresh"
    assert await outbox_claims.mark_sent_many(db, [(reclaimed, "m-new")], now=late) == {old.id}


async def test_mark_sent_many_takes_more_rows_than_one_statement_holds(
    db: Database, clock: FakeClock
) -> None:
    now = clock.now()
    count = outbox_claims.MARK_CHUNK + 7
    for i in range(count):
        await add(db, f"k{i}", now, target=f"T{i}")
    claimed = await claim(db, now, limit=count)
    assert len(claimed) == count

    marked = await outbox_claims.mark_sent_many(db, [(c, f"m{c.id}") for c in claimed], now=now)

    assert marked == {c.id for c in claimed}
    stats = await outbox.stats(db, now=now)
    assert (stats.backlog, stats.failed) == (0, 0)
    assert (await row(db, f"k{count - 1}")).message_id == f"m{claimed[-1].id}"


async def test_the_head_is_the_lowest_open_row_whatever_came_before(
    db: Database, clock: FakeClock
) -> None:
    """Delivered, parked and withdrawn rows never hold a destination back; a waiting
    retry does, and only its own destination."""
    now = clock.now()
    for i in range(4):
        await add(db, f"a{i}", now, target="A")
        await add(db, f"b{i}", now, target="B")
    first = await claim(db, now)
    assert keys(first) == ["a0", "b0"]
    a0, b0 = first
    await outbox_claims.mark_sent_many(db, [(a0, "m"), (b0, "m")], now=now)
    a1, b1 = await claim(db, now)
    await outbox.mark_failed(db, a1, error="parked")
    await outbox.mark_retry(
        db, b1, error="later", next_attempt_at=now + timedelta(seconds=5), in_doubt=False
    )
    async with db.transaction() as session:
        assert await outbox.cancel_unsent(session, "a2")

    assert keys(await claim(db, now)) == ["a3"], "B waits for its retry, A goes on"
    assert keys(await claim(db, now + timedelta(seconds=5))) == ["b1"]


async def test_a_read_only_connection_reads_beside_a_writer(db: Database, clock: FakeClock) -> None:
    """`core(read_only=True)` does not wait for a transaction that is writing (SQLite's write
    lock, taken by BEGIN IMMEDIATE, does not block a deferred reader), sees only what was
    committed, and on PostgreSQL refuses to write."""
    now = clock.now()
    await add(db, "kA", now, target="A")
    async with db.transaction() as writer:
        await outbox.enqueue(
            writer, platform="console", target="B", idempotency_key="kB", payload={}, now=now
        )
        await writer.flush()
        async with db.core(read_only=True) as reader:
            seen = (await reader.execute(text("SELECT idempotency_key FROM outbox"))).scalars()
            assert sorted(seen) == ["kA"]
    if db.is_postgresql:
        with pytest.raises(DBAPIError):
            async with db.core(read_only=True) as reader:
                await reader.execute(text("DELETE FROM outbox"))
    assert await row(db, "kA") is not None and await row(db, "kB") is not None
