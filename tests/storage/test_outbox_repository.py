"""The outbox repository on both engines: idempotent enqueue, per-destination order, leases.

These are the guarantees the dispatcher builds on, so each is checked directly against the
database rather than through a dispatcher.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime, timedelta

import pytest

from handlers.clock import FakeClock
from storage import outbox, outbox_claims
from storage.db import Database
from storage.models import OutboxRow
from storage.outbox import Claimed
from tests.conftest import DatabaseTarget

LEASE = 30.0


async def add(
    db: Database,
    key: str,
    now: datetime,
    *,
    target: str = "C1",
    platform: str = "slack",
    text: str | None = None,
) -> bool:
    async with db.transaction() as session:
        return await outbox.enqueue(
            session,
            platform=platform,
            target=target,
            idempotency_key=key,
            payload={"text": text or key},
            now=now,
        )


async def claim(
    db: Database,
    now: datetime,
    *,
    limit: int = 10,
    platforms: Sequence[str] = ("slack",),
    skip: Sequence[str] = (),
) -> list[Claimed]:
    return await outbox_claims.claim(
        db,
        now=now,
        lease_seconds=LEASE,
        limit=limit,
        platforms=platforms,
        skip_destinations=skip,
    )


async def row(db: Database, key: str) -> OutboxRow:
    rows = [r for r in await outbox.list_rows(db, limit=1000) if r.idempotency_key == key]
    assert len(rows) == 1, f"expected one row for {key}, found {len(rows)}"
    return rows[0]


def keys(claimed: Sequence[Claimed]) -> list[str]:
    return [c.idempotency_key for c in claimed]


async def test_enqueue_is_idempotent_on_the_key(db: Database, clock: FakeClock) -> None:
    assert await add(db, "announcement:1:slack:C1", clock.now(), text="first") is True
    assert await add(db, "announcement:1:slack:C1", clock.now(), text="second") is False
    rows = await outbox.list_rows(db)
    assert len(rows) == 1
    assert rows[0].payload == {"text": "first"}
    assert rows[0].status == outbox.PENDING and rows[0].attempts == 0


async def test_enqueue_commits_or_rolls_back_with_the_callers_transaction(
    db: Database, clock: FakeClock
) -> None:
    """A post must not exist without the domain change that caused it."""
    with pytest.raises(RuntimeError):
        async with db.transaction() as session:
            await outbox.enqueue(
                session,
                platform="slack",
                target="C1",
                idempotency_key="k",
                payload={"text": "x"},
                now=clock.now(),
            )
            raise RuntimeError("the domain change failed")
    assert await outbox.list_rows(db) == []
    assert await add(db, "k", clock.now()) is True


async def test_claim_takes_only_the_head_row_of_each_destination(
    db: Database, clock: FakeClock
) -> None:
    now = clock.now()
    for key, target in [("a1", "A"), ("b1", "B"), ("a2", "A"), ("a3", "A"), ("b2", "B")]:
        await add(db, key, now, target=target)

    first = await claim(db, now)
    assert keys(first) == ["a1", "b1"]
    assert all(c.attempts == 1 and not c.in_doubt and c.claim_token for c in first)
    assert first[0].destination == "slack:A" and first[0].payload == {"text": "a1"}
    assert len({c.claim_token for c in first}) == 1
    assert (await row(db, "a1")).status == outbox.SENDING
    assert await claim(db, now) == [], "a destination's next row waits while its head is out"

    a1, b1 = first
    assert await outbox.mark_sent(db, a1, message_id="m-a1", now=now)
    assert keys(await claim(db, now)) == ["a2"], "B is still busy with b1"
    assert await outbox.mark_sent(db, b1, message_id="m-b1", now=now)
    assert keys(await claim(db, now)) == ["b2"]
    sent = await row(db, "a1")
    assert (sent.status, sent.message_id, sent.sent_at) == (outbox.SENT, "m-a1", now)


async def test_claim_honours_limit_platforms_and_skipped_destinations(
    db: Database, clock: FakeClock
) -> None:
    now = clock.now()
    await add(db, "s1", now, target="A")
    await add(db, "s2", now, target="B")
    await add(db, "d1", now, target="A", platform="discord")

    assert await claim(db, now, platforms=()) == []
    assert await claim(db, now, limit=0) == []
    assert keys(await claim(db, now, limit=1, skip=["slack:A"])) == ["s2"]
    assert keys(await claim(db, now, platforms=("slack", "discord"))) == ["s1", "d1"]


async def test_claim_never_takes_more_than_the_limit(db: Database, clock: FakeClock) -> None:
    """The limit is the dispatcher's concurrency: exceeding it floods a platform."""
    now = clock.now()
    for i in range(20):
        await add(db, f"k{i}", now, target=f"T{i % 10}")
    assert keys(await claim(db, now, limit=3)) == ["k0", "k1", "k2"]
    assert keys(await claim(db, now, limit=4)) == ["k3", "k4", "k5", "k6"]
    assert len(await claim(db, now, limit=100)) == 3, "only three destinations have free heads"


async def test_rows_are_not_due_before_their_time(db: Database, clock: FakeClock) -> None:
    await add(db, "later", clock.now() + timedelta(seconds=10))
    assert await claim(db, clock.now()) == []
    assert keys(await claim(db, clock.advance(10))) == ["later"]


async def test_an_expired_lease_is_reclaimed_in_doubt_and_voids_the_old_token(
    db: Database, clock: FakeClock
) -> None:
    t0 = clock.now()
    await add(db, "k", t0)
    (old,) = await claim(db, t0)

    assert await claim(db, t0 + timedelta(seconds=LEASE - 1)) == [], "the lease still holds"
    (new,) = await claim(db, t0 + timedelta(seconds=LEASE + 1))
    assert new.id == old.id
    assert new.in_doubt is True, "the first attempt may have reached the platform"
    assert new.attempts == 2
    assert new.claim_token != old.claim_token

    later = t0 + timedelta(seconds=LEASE + 2)
    assert not await outbox.mark_sent(db, old, message_id="stale", now=later)
    assert not await outbox.mark_retry(db, old, error="x", next_attempt_at=later, in_doubt=False)
    assert not await outbox.mark_failed(db, old, error="x")
    assert not await outbox.release(db, old, now=later)
    assert (await row(db, "k")).status == outbox.SENDING

    assert await outbox.mark_sent(db, new, message_id="m1", now=later)
    assert (await row(db, "k")).message_id == "m1"
    assert not await outbox.mark_sent(db, new, message_id="again", now=later), "only once"


async def test_a_retry_in_the_future_blocks_its_destination_only(
    db: Database, clock: FakeClock
) -> None:
    now = clock.now()
    await add(db, "a1", now, target="A")
    await add(db, "a2", now, target="A")
    await add(db, "b1", now, target="B")
    a1, b1 = await claim(db, now)

    retry_at = now + timedelta(seconds=60)
    assert await outbox.mark_retry(db, a1, error="503", next_attempt_at=retry_at, in_doubt=False)
    assert await outbox.mark_sent(db, b1, message_id="m", now=now)
    await add(db, "b2", now, target="B")

    (b2,) = await claim(db, now)
    assert b2.idempotency_key == "b2", "a2 must wait behind a1 while B goes on"
    assert await outbox.mark_sent(db, b2, message_id="m2", now=now)
    stored = await row(db, "a1")
    assert (stored.status, stored.attempts, stored.last_error) == (outbox.PENDING, 1, "503")
    assert stored.next_attempt_at == retry_at and stored.lease_until is None

    assert await claim(db, retry_at - timedelta(seconds=1)) == []
    (again,) = await claim(db, retry_at)
    assert again.idempotency_key == "a1" and again.attempts == 2 and not again.in_doubt


async def test_mark_retry_keeps_doubt_and_rate_limits_do_not_count(
    db: Database, clock: FakeClock
) -> None:
    now = clock.now()
    await add(db, "k", now)
    (first,) = await claim(db, now)
    await outbox.mark_retry(db, first, error="timed out", next_attempt_at=now, in_doubt=True)
    (second,) = await claim(db, now)
    assert second.in_doubt is True and second.attempts == 2

    await outbox.mark_retry(
        db, second, error="429", next_attempt_at=now, in_doubt=False, count_attempt=False
    )
    stored = await row(db, "k")
    assert stored.attempts == 1, "a rate limit gives the attempt back"
    assert stored.in_doubt is True, "a later clean failure does not clear the doubt"


async def test_mark_failed_parks_the_row_and_later_rows_proceed(
    db: Database, clock: FakeClock
) -> None:
    now = clock.now()
    await add(db, "a1", now)
    await add(db, "a2", now)
    (a1,) = await claim(db, now)
    assert await outbox.mark_failed(db, a1, error="403 forbidden " + "x" * 3000)

    parked = await row(db, "a1")
    assert parked.status == outbox.FAILED and parked.lease_until is None
    assert parked.last_error is not None and parked.last_error.startswith("403 forbidden")
    assert len(parked.last_error) == 2000
    assert keys(await claim(db, clock.advance(3600))) == ["a2"]
    assert [r.idempotency_key for r in await outbox.list_rows(db, failed_only=True)] == ["a1"]


async def test_retry_failed_resets_a_parked_row(db: Database, clock: FakeClock) -> None:
    now = clock.now()
    await add(db, "k", now)
    for _ in range(3):
        (claimed,) = await claim(db, now)
        await outbox.mark_retry(db, claimed, error="503", next_attempt_at=now, in_doubt=False)
    (claimed,) = await claim(db, now)
    await outbox.mark_failed(db, claimed, error="503")
    assert (await row(db, "k")).attempts == 4

    assert not await outbox.retry_failed(db, claimed.id + 1000, now=now)
    later = clock.advance(500)
    assert await outbox.retry_failed(db, claimed.id, now=later)
    stored = await row(db, "k")
    assert (stored.status, stored.attempts, stored.last_error) == (outbox.PENDING, 0, None)
    assert stored.next_attempt_at == later
    assert not await outbox.retry_failed(db, claimed.id, now=later), "it is no longer failed"
    (again,) = await claim(db, later)
    assert again.attempts == 1


async def test_release_gives_the_row_back_in_doubt_without_counting(
    db: Database, clock: FakeClock
) -> None:
    now = clock.now()
    await add(db, "k", now)
    (claimed,) = await claim(db, now)
    assert await outbox.release(db, claimed, now=now)
    stored = await row(db, "k")
    assert (stored.status, stored.attempts, stored.in_doubt) == (outbox.PENDING, 0, True)
    (again,) = await claim(db, now)
    assert again.in_doubt is True and again.attempts == 1


async def test_sent_message_id_only_for_delivered_sends(db: Database, clock: FakeClock) -> None:
    now = clock.now()
    await add(db, "k", now)
    async with db.transaction() as session:
        assert await outbox.sent_message_id(session, "k") is None
    (claimed,) = await claim(db, now)
    async with db.transaction() as session:
        assert await outbox.sent_message_id(session, "k") is None
    await outbox.mark_sent(db, claimed, message_id="m-7", now=now)
    async with db.transaction() as session:
        assert await outbox.sent_message_id(session, "k") == "m-7"
        assert await outbox.sent_message_id(session, "unknown") is None


async def test_stats_and_open_count(db: Database, clock: FakeClock) -> None:
    t0 = clock.now()
    empty = await outbox.stats(db, now=t0)
    assert (empty.backlog, empty.failed, empty.oldest_pending_age_seconds) == (0, 0, None)

    await add(db, "sent", t0, target="S")
    await add(db, "failed", t0, target="F")
    await add(db, "sending", t0, target="X")
    await add(db, "retry", t0, target="R")
    clock.advance(30)
    await add(db, "due", clock.now(), target="D")
    await add(db, "other-platform", clock.now(), target="D", platform="discord")
    sent, failed, sending, retry = await claim(db, clock.now(), limit=4)
    await outbox.mark_sent(db, sent, message_id="m", now=clock.now())
    await outbox.mark_failed(db, failed, error="403")
    await outbox.mark_retry(
        db, retry, error="503", next_attempt_at=clock.now() + timedelta(hours=1), in_doubt=False
    )
    assert sending.idempotency_key == "sending"

    now = clock.advance(15)
    stats = await outbox.stats(db, now=now)
    assert stats.backlog == 4, "sending, retry, due and other-platform are still open"
    assert stats.failed == 1
    assert stats.oldest_pending_age_seconds == pytest.approx(45.0)
    assert await outbox.open_count(db, platform="slack", now=now) == 2, "due + sending"
    assert await outbox.open_count(db, platform="discord", now=now) == 1
    assert await outbox.open_count(db, platform="slack", now=now + timedelta(hours=1)) == 3


async def test_open_count_skips_rows_stuck_behind_a_retry(db: Database, clock: FakeClock) -> None:
    """`drain` waits on this count, so it must not count rows that cannot move yet."""
    now = clock.now()
    await add(db, "a1", now, target="A")
    await add(db, "a2", now, target="A")
    await add(db, "b1", now, target="B")
    a1, _b1 = await claim(db, now)
    assert await outbox.open_count(db, platform="slack", now=now) == 3, "two out, a2 waits"
    retry_at = now + timedelta(seconds=60)
    await outbox.mark_retry(db, a1, error="503", next_attempt_at=retry_at, in_doubt=False)
    assert await outbox.open_count(db, platform="slack", now=now) == 1, "only b1 in flight"
    assert await outbox.open_count(db, platform="slack", now=retry_at) == 3, "a1 due again"


async def test_concurrent_claimers_never_share_a_row_or_a_destination(
    db: Database, db_target: DatabaseTarget, clock: FakeClock
) -> None:
    """Two dispatchers (two engines) claiming at once: each row once, one head per destination."""
    now = clock.now()
    expected = [f"d{d}:{i}" for i in range(8) for d in range(5)]
    for key in expected:
        await add(db, key, now, target=key.split(":")[0])
    other = db_target.open()
    claimed_keys: list[str] = []
    try:
        while len(claimed_keys) < len(expected):
            batches = await asyncio.gather(
                *(claim(database, now, limit=3) for database in (db, other, db, other))
            )
            taken = [c for batch in batches for c in batch]
            destinations = [c.destination for c in taken]
            assert len(destinations) == len(set(destinations)), "two heads of one destination"
            assert taken, "nothing claimable although rows are open"
            claimed_keys += keys(taken)
            for c in taken:
                assert await outbox.mark_sent(db, c, message_id=None, now=now)
    finally:
        await other.dispose()
    assert sorted(claimed_keys) == sorted(expected)
    for d in range(5):
        mine = [k for k in claimed_keys if k.startswith(f"d{d}:")]
        assert mine == [f"d{d}:{i}" for i in range(8)], "order within a destination"
