"""The dispatcher's group commit of sent rows, on both engines: sends that finish together are
marked in one transaction, which also claims what the freed slots take next; a destination's
next row still waits for its head's mark, and a stop records what went out instead of
releasing it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pytest

from handlers.clock import FakeClock
from storage import outbox, outbox_claims
from storage.db import Database
from storage.outbox import Claimed
from tests.unit.test_dispatcher import (
    WAIT,
    Call,
    FakePlatform,
    make,
    put,
    row,
    running,
    settle,
)

PLATFORM = "fake"


class Marks:
    """Wraps `outbox_claims.mark_sent_and_claim` (the group commit, which also claims what the
    freed slots take next): notes each batch, and can hold it until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.batches: list[list[str]] = []
        self.claimed: list[list[str]] = []  # what each group commit claimed next
        self.entered = asyncio.Event()
        self.may_write = asyncio.Event()
        self.may_write.set()
        real = outbox_claims.mark_sent_and_claim

        async def wrapped(
            db: Database,
            rows: Sequence[tuple[Claimed, str | None]],
            *,
            now: datetime,
            then: outbox_claims.NextClaim,
        ) -> tuple[set[int], list[Claimed]]:
            self.batches.append([claimed.idempotency_key for claimed, _ in rows])
            self.entered.set()
            await self.may_write.wait()
            held, claimed = await real(db, rows, now=now, then=then)
            self.claimed.append([row.idempotency_key for row in claimed])
            return held, claimed

        monkeypatch.setattr(outbox_claims, "mark_sent_and_claim", wrapped)


async def test_sends_that_finish_together_are_marked_in_one_transaction(
    db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    marks = Marks(monkeypatch)
    platform = FakePlatform(PLATFORM)
    answer = asyncio.Event()

    async def held(call: Call) -> None:
        await answer.wait()

    platform.hook = held
    for n in range(5):
        await put(db, clock, f"k{n}", target=f"C{n}")
    async with running(make(db, platform, clock)) as dispatcher:
        await platform.wait_until(lambda: len(platform.calls) == 5)
        answer.set()
        await settle(dispatcher)

    assert marks.batches == [["k0", "k1", "k2", "k3", "k4"]]
    assert [(await row(db, f"k{n}")).status for n in range(5)] == [outbox.SENT] * 5


async def test_the_group_commit_claims_each_destinations_next_row(
    db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One commit marks what went out and claims what comes next (on PostgreSQL one
    statement): a fan-out costs one round trip per batch, not a mark and a claim."""
    marks = Marks(monkeypatch)
    platform = FakePlatform(PLATFORM)
    for n in range(3):
        await put(db, clock, f"k{n}")
    async with running(make(db, platform, clock)) as dispatcher:
        await platform.wait_until(lambda: len(platform.delivered) == 3)
        await settle(dispatcher)

    assert platform.sends_to("C1") == ["k0", "k1", "k2"]
    assert marks.batches == [["k0"], ["k1"], ["k2"]]
    assert marks.claimed == [["k1"], ["k2"], []]


async def test_a_destinations_next_row_waits_for_the_mark_of_its_head(
    db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    marks = Marks(monkeypatch)
    marks.may_write.clear()
    platform = FakePlatform(PLATFORM)
    await put(db, clock, "first")
    await put(db, clock, "second")
    await put(db, clock, "elsewhere", target="C2")
    async with running(make(db, platform, clock)) as dispatcher:
        await asyncio.wait_for(marks.entered.wait(), WAIT)
        await platform.wait_until(lambda: len(platform.delivered) == 2)
        assert [c.idempotency_key for c in platform.calls] == ["first", "elsewhere"]
        assert await dispatcher.claim_and_start() == 0, "C1 is busy until `first` is marked"
        marks.may_write.set()
        await settle(dispatcher)

    assert platform.sends_to("C1") == ["first", "second"]
    assert sum(len(batch) for batch in marks.batches) == 3


async def test_stop_records_a_send_that_went_out_instead_of_releasing_it(
    db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    marks = Marks(monkeypatch)
    marks.may_write.clear()
    platform = FakePlatform(PLATFORM)
    await put(db, clock, "k")
    dispatcher = make(db, platform, clock)
    task = asyncio.create_task(dispatcher.run())
    try:
        await asyncio.wait_for(marks.entered.wait(), WAIT)
        stopping = asyncio.create_task(dispatcher.stop(grace_seconds=0))
        # The mark commits once stop() has given up on the task (grace 0) but is still well
        # within the second it waits for marks; releasing the row then would be a mistake.
        asyncio.get_running_loop().call_later(0.05, marks.may_write.set)
        await asyncio.wait_for(stopping, WAIT)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    stored = await row(db, "k")
    assert (stored.status, stored.in_doubt, stored.attempts) == (outbox.SENT, False, 1)
    assert len(platform.delivered) == 1


async def test_a_failed_group_commit_leaves_the_rows_to_their_leases(
    db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database error while marking loses no delivery: the rows stay claimed until the
    lease runs out, then go again in doubt (the platform suppresses the duplicate)."""
    real = outbox_claims.mark_sent_and_claim
    failures = 1

    async def flaky(*args: Any, **kwargs: Any) -> tuple[set[int], list[Claimed]]:
        nonlocal failures
        if failures:
            failures -= 1
            raise OSError("database went away")
        return await real(*args, **kwargs)

    monkeypatch.setattr(outbox_claims, "mark_sent_and_claim", flaky)
    platform = FakePlatform(PLATFORM)
    await put(db, clock, "k")
    async with running(make(db, platform, clock, lease_seconds=30.0)) as dispatcher:
        await platform.wait_until(lambda: len(platform.delivered) == 1)
        await dispatcher.drain(PLATFORM, timeout=0.5)
        assert (await row(db, "k")).status == outbox.SENDING
        clock.advance(31)
        dispatcher.wake()
        await platform.wait_until(lambda: len(platform.delivered) == 2)
        await settle(dispatcher)

    again = platform.delivered[1]
    assert (again.idempotency_key, again.in_doubt) == ("k", True)
    assert (await row(db, "k")).status == outbox.SENT
