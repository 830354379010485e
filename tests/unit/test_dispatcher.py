"""The real Dispatcher against an in-memory platform (defined here), on both engines.

Time is a FakeClock moved by the test and jitter comes from a seeded Random, so backoff is
checked exactly; waits are on events and conditions, never on sleeps.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest

from bot.dispatcher import Dispatcher, DispatcherConfig
from handlers.clock import FakeClock
from handlers.ports import DeliveryError
from handlers.types import Message
from storage import outbox, outbox_claims
from storage.db import Database
from storage.models import OutboxRow
from storage.outbox import Claimed

PLATFORM = "fake"
WAIT = 10.0  # generous: only a broken dispatcher ever waits this long


@dataclass(frozen=True)
class Call:
    """One call the dispatcher made, whether or not it went through."""

    action: str
    target: str
    text: str | None = None
    idempotency_key: str | None = None
    in_doubt: bool = False
    message_id: str | None = None
    reply_to: str | None = None


Hook = Callable[[Call], Awaitable[None]]


class FakePlatform:
    """Answers like a healthy platform unless `hook` raises or blocks for a call."""

    def __init__(self, name: str = "fake") -> None:
        self.name = name
        self.connected = True
        self.hook: Hook | None = None
        self.calls: list[Call] = []
        self.delivered: list[Call] = []
        self._ids = itertools.count(1)
        self._changed = asyncio.Condition()

    async def start(self) -> None:
        self.connected = True

    async def stop(self) -> None:
        self.connected = False

    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        call = Call("send", target, message.text, idempotency_key, in_doubt)
        await self._attempt(call)
        message_id = f"{self.name}-{next(self._ids)}"
        await self._record(
            Call(
                "send",
                target,
                message.text,
                idempotency_key,
                in_doubt,
                message_id,
                message.reply_to,
            )
        )
        return message_id

    async def edit(self, target: str, message_id: str, message: Message) -> None:
        call = Call("edit", target, message.text, message_id=message_id)
        await self._attempt(call)
        await self._record(call)

    async def delete(self, target: str, message_id: str) -> None:
        call = Call("delete", target, message_id=message_id)
        await self._attempt(call)
        await self._record(call)

    def sends_to(self, target: str) -> list[str]:
        """The texts delivered to `target`, in delivery order."""
        return [c.text or "" for c in self.delivered if c.action == "send" and c.target == target]

    def attempts_to(self, target: str) -> list[Call]:
        return [c for c in self.calls if c.target == target]

    async def wait_until(self, predicate: Callable[[], bool]) -> None:
        """Block until `predicate` holds after some call (fails the test after WAIT seconds)."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), WAIT)

    async def _attempt(self, call: Call) -> None:
        self.calls.append(call)
        await self._notify()
        if self.hook is not None:
            await self.hook(call)

    async def _record(self, call: Call) -> None:
        self.delivered.append(call)
        await self._notify()

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()


SEED = 7


class Parked:
    """Collects on_parked reports, so a test can check each parked row is reported once."""

    def __init__(self) -> None:
        self.reports: list[tuple[str, str]] = []

    async def __call__(self, row: Claimed, error: str) -> None:
        self.reports.append((row.idempotency_key, error))


def make(
    db: Database,
    platform: FakePlatform,
    clock: FakeClock,
    *,
    parked: Parked | None = None,
    **config: Any,
) -> Dispatcher:
    settings: dict[str, Any] = {
        "poll_seconds": 30.0,  # every test wakes the dispatcher; polling would hide a missed wake
        "backoff_base_seconds": 10.0,
        "backoff_max_seconds": 1000.0,
    }
    settings.update(config)
    return Dispatcher(
        db,
        {platform.name: platform},
        clock,
        DispatcherConfig(**settings),
        on_parked=parked,
        rng=random.Random(SEED),
    )


@contextlib.asynccontextmanager
async def running(dispatcher: Dispatcher) -> AsyncIterator[Dispatcher]:
    task = asyncio.create_task(dispatcher.run())
    try:
        yield dispatcher
    finally:
        await dispatcher.stop(grace_seconds=5)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def put(
    db: Database,
    clock: FakeClock,
    key: str,
    *,
    target: str = "C1",
    action: outbox.Action = "send",
    ref_key: str | None = None,
    message: Message | None = None,
) -> None:
    async with db.transaction() as session:
        assert await outbox.enqueue(
            session,
            platform=PLATFORM,
            target=target,
            idempotency_key=key,
            payload=(message or Message(text=key)).to_json(),
            now=clock.now(),
            action=action,
            ref_key=ref_key,
        )


async def settle(dispatcher: Dispatcher) -> None:
    """Wait until nothing due is waiting or in flight (rows backing off do not count)."""
    assert await dispatcher.drain(PLATFORM, timeout=WAIT)


async def row(db: Database, key: str) -> OutboxRow:
    (found,) = [r for r in await outbox.list_rows(db, limit=1000) if r.idempotency_key == key]
    return found


def fail_first(
    times: int, error: Callable[[], BaseException], *, target: str | None = None
) -> Callable[[Call], Awaitable[None]]:
    """A hook that raises `error()` for the first `times` calls (to `target`, if given)."""
    seen = 0

    async def hook(call: Call) -> None:
        nonlocal seen
        if target is not None and call.target != target:
            return
        seen += 1
        if seen <= times:
            raise error()

    return hook


async def test_a_delivered_send_records_the_platform_message_id(
    db: Database, clock: FakeClock
) -> None:
    platform = FakePlatform(PLATFORM)
    await put(db, clock, "announcement:1")
    async with running(make(db, platform, clock)) as dispatcher:
        await settle(dispatcher)

    (call,) = platform.delivered
    assert (call.target, call.text, call.idempotency_key, call.in_doubt) == (
        "C1",
        "announcement:1",
        "announcement:1",
        False,
    )
    stored = await row(db, "announcement:1")
    assert (stored.status, stored.message_id, stored.attempts) == (outbox.SENT, call.message_id, 1)
    assert stored.sent_at == clock.now()


async def test_edit_and_delete_use_the_originals_message_id(db: Database, clock: FakeClock) -> None:
    platform = FakePlatform(PLATFORM)
    await put(db, clock, "post:1")
    await put(db, clock, "post:1:edit", action="edit", ref_key="post:1")
    await put(db, clock, "post:1:delete", action="delete", ref_key="post:1")
    async with running(make(db, platform, clock)) as dispatcher:
        await settle(dispatcher)

    send, edit, delete = platform.delivered
    assert send.action == "send" and send.message_id
    assert (edit.action, edit.target, edit.message_id, edit.text) == (
        "edit",
        "C1",
        send.message_id,
        "post:1:edit",
    )
    assert (delete.action, delete.target, delete.message_id) == ("delete", "C1", send.message_id)
    assert (await row(db, "post:1:edit")).message_id == send.message_id


async def test_an_edit_of_an_undelivered_original_is_parked(db: Database, clock: FakeClock) -> None:
    platform, parked = FakePlatform(PLATFORM), Parked()
    await put(db, clock, "post:9:edit", action="edit", ref_key="post:9")
    async with running(make(db, platform, clock, parked=parked)) as dispatcher:
        await settle(dispatcher)

    assert platform.calls == []
    stored = await row(db, "post:9:edit")
    assert stored.status == outbox.FAILED
    assert stored.last_error == "the original (post:9) was never queued"
    assert parked.reports == [("post:9:edit", "the original (post:9) was never queued")]


async def test_an_edit_or_delete_of_a_withdrawn_original_changes_nothing(
    db: Database, clock: FakeClock
) -> None:
    """An original withdrawn before delivery leaves its edits and deletes nothing to do."""
    platform, parked = FakePlatform(PLATFORM), Parked()
    await put(db, clock, "post:3")
    async with db.transaction() as session:
        assert await outbox.cancel_unsent(session, "post:3")
    await put(db, clock, "post:3:edit", action="edit", ref_key="post:3")
    await put(db, clock, "post:3:delete", action="delete", ref_key="post:3")
    async with running(make(db, platform, clock, parked=parked)) as dispatcher:
        await settle(dispatcher)

    assert platform.calls == []
    assert (await row(db, "post:3")).status == outbox.CANCELLED
    assert (await row(db, "post:3:edit")).status == outbox.SENT
    assert (await row(db, "post:3:delete")).status == outbox.SENT
    assert parked.reports == []


async def test_a_reply_to_a_copy_is_threaded_under_that_copy(
    db: Database, clock: FakeClock
) -> None:
    platform = FakePlatform(PLATFORM)
    await put(db, clock, "bridge:1")
    await put(db, clock, "bridge:2", message=Message(text="svar", reply_to_key="bridge:1"))
    await put(db, clock, "bridge:3", message=Message(text="x", reply_to_key="never:queued"))
    async with running(make(db, platform, clock)) as dispatcher:
        await settle(dispatcher)

    first, reply, orphan = platform.delivered
    assert reply.reply_to == first.message_id
    assert orphan.reply_to is None, "an unknown parent is posted without threading"


async def test_an_edit_waits_until_its_original_is_delivered(
    db: Database, clock: FakeClock
) -> None:
    platform = FakePlatform(PLATFORM)
    platform.hook = fail_first(1, lambda: DeliveryError("502 bad gateway"))
    await put(db, clock, "post:1")
    await put(db, clock, "post:1:edit", action="edit", ref_key="post:1")
    async with running(make(db, platform, clock)) as dispatcher:
        await settle(dispatcher)
        assert [c.action for c in platform.calls] == ["send"], "the edit must not overtake"
        clock.advance(10)
        await settle(dispatcher)

    send, edit = platform.delivered
    assert (send.action, edit.action, edit.message_id) == ("send", "edit", send.message_id)


async def test_retryable_errors_back_off_exponentially_with_seeded_jitter(
    db: Database, clock: FakeClock
) -> None:
    platform = FakePlatform(PLATFORM)
    platform.hook = fail_first(2, lambda: DeliveryError("503 unavailable"))
    jitter = random.Random(SEED)
    first_delay = 10.0 * (0.5 + jitter.random() / 2)
    second_delay = 20.0 * (0.5 + jitter.random() / 2)
    assert 5 <= first_delay <= 10 and 10 <= second_delay <= 20
    await put(db, clock, "k")

    async with running(make(db, platform, clock)) as dispatcher:
        await settle(dispatcher)
        stored = await row(db, "k")
        assert (stored.status, stored.attempts, stored.last_error) == (
            outbox.PENDING,
            1,
            "503 unavailable",
        )
        expected_at = clock.now() + timedelta(seconds=first_delay)
        assert abs(stored.next_attempt_at - expected_at) < timedelta(milliseconds=1)

        clock.advance(first_delay - 0.5)
        assert await dispatcher.claim_and_start() == 0, "not before its time"
        clock.advance(0.5)
        await settle(dispatcher)
        stored = await row(db, "k")
        assert (stored.status, stored.attempts) == (outbox.PENDING, 2)
        expected_at = clock.now() + timedelta(seconds=second_delay)
        assert abs(stored.next_attempt_at - expected_at) < timedelta(milliseconds=1)

        clock.advance(second_delay)
        await settle(dispatcher)

    stored = await row(db, "k")
    assert (stored.status, stored.attempts, stored.last_error) == (outbox.SENT, 3, None)
    assert len(platform.calls) == 3 and len(platform.delivered) == 1


def test_backoff_is_capped_and_jittered_downwards(db: Database, clock: FakeClock) -> None:
    dispatcher = make(db, FakePlatform(PLATFORM), clock, backoff_max_seconds=60.0)
    delays = [dispatcher.backoff_seconds(20) for _ in range(200)]
    assert all(30.0 <= d <= 60.0 for d in delays)
    assert len(set(delays)) > 100, "jitter spreads retries"


async def test_retry_after_is_honoured_and_rate_limits_are_not_attempts(
    db: Database, clock: FakeClock
) -> None:
    platform, parked = FakePlatform(PLATFORM), Parked()
    platform.hook = fail_first(4, lambda: DeliveryError("429 slow down", retry_after=120.0))
    await put(db, clock, "k")
    async with running(make(db, platform, clock, parked=parked, max_attempts=2)) as dispatcher:
        for _ in range(4):
            await settle(dispatcher)
            stored = await row(db, "k")
            assert (stored.status, stored.attempts) == (outbox.PENDING, 0)
            assert stored.next_attempt_at == clock.now() + timedelta(seconds=120)
            clock.advance(119)
            assert await dispatcher.claim_and_start() == 0, "retry_after is a minimum"
            clock.advance(1)
        await settle(dispatcher)

    stored = await row(db, "k")
    assert (stored.status, stored.attempts) == (outbox.SENT, 1)
    assert len(platform.calls) == 5 and parked.reports == []


async def test_a_row_is_parked_after_max_attempts_and_reported_once(
    db: Database, clock: FakeClock
) -> None:
    platform, parked = FakePlatform(PLATFORM), Parked()

    async def first_always_fails(call: Call) -> None:
        if call.idempotency_key == "first":
            raise DeliveryError("503 unavailable")

    platform.hook = first_always_fails
    await put(db, clock, "first")
    await put(db, clock, "second")
    dispatcher = make(db, platform, clock, parked=parked, max_attempts=3, backoff_max_seconds=4)
    async with running(dispatcher):
        for _ in range(3):
            assert [c.idempotency_key for c in platform.delivered] == []
            await settle(dispatcher)
            clock.advance(4)
        await settle(dispatcher)
        clock.advance(3600)
        await settle(dispatcher)
        assert await dispatcher.claim_and_start() == 0

    stored = await row(db, "first")
    assert (stored.status, stored.attempts, stored.last_error) == (
        outbox.FAILED,
        3,
        "503 unavailable",
    )
    assert [c.idempotency_key for c in platform.calls].count("first") == 3
    assert parked.reports == [("first", "503 unavailable")]
    assert [c.idempotency_key for c in platform.delivered] == ["second"], "the queue moves on"


async def test_a_non_retryable_error_parks_at_once(db: Database, clock: FakeClock) -> None:
    platform, parked = FakePlatform(PLATFORM), Parked()
    platform.hook = fail_first(1, lambda: DeliveryError("403 missing access", retryable=False))
    await put(db, clock, "k")
    async with running(make(db, platform, clock, parked=parked)) as dispatcher:
        await settle(dispatcher)
    stored = await row(db, "k")
    assert (stored.status, stored.attempts) == (outbox.FAILED, 1)
    assert parked.reports == [("k", "403 missing access")]


async def test_a_recovered_destination_gets_everything_in_order(
    db: Database, clock: FakeClock
) -> None:
    platform = FakePlatform(PLATFORM)
    down = True

    async def a_is_down(call: Call) -> None:
        if call.target == "A" and down:
            raise DeliveryError("502 bad gateway")

    platform.hook = a_is_down
    for i in range(1, 6):
        await put(db, clock, f"A{i}", target="A")
        await put(db, clock, f"B{i}", target="B")
    dispatcher = make(db, platform, clock, max_attempts=50, backoff_max_seconds=8.0)
    async with running(dispatcher):
        await settle(dispatcher)
        assert platform.sends_to("B") == ["B1", "B2", "B3", "B4", "B5"], "B is not held back"
        for _ in range(3):
            clock.advance(8)
            await settle(dispatcher)
        assert platform.sends_to("A") == []
        assert {c.text for c in platform.attempts_to("A")} == {"A1"}, "only the head is tried"
        down = False
        clock.advance(8)
        await settle(dispatcher)

    assert platform.sends_to("A") == ["A1", "A2", "A3", "A4", "A5"]
    assert len(platform.sends_to("B")) == 5
    assert (await row(db, "A1")).attempts == 5
    assert [(await row(db, f"A{i}")).status for i in range(1, 6)] == [outbox.SENT] * 5


async def test_a_hanging_destination_never_delays_another(db: Database, clock: FakeClock) -> None:
    platform = FakePlatform(PLATFORM)
    a_may_answer = asyncio.Event()

    async def a_hangs(call: Call) -> None:
        if call.target == "A":
            await a_may_answer.wait()

    platform.hook = a_hangs
    for key, target in [("A1", "A"), ("B1", "B"), ("A2", "A"), ("B2", "B"), ("B3", "B")]:
        await put(db, clock, key, target=target)
    dispatcher = make(db, platform, clock, send_timeout_seconds=600.0)
    async with running(dispatcher):
        dispatcher.wake()
        await platform.wait_until(lambda: platform.sends_to("B") == ["B1", "B2", "B3"])
        assert [c.text for c in platform.attempts_to("A")] == ["A1"]
        assert platform.sends_to("A") == []
        a_may_answer.set()
        await settle(dispatcher)

    assert platform.sends_to("A") == ["A1", "A2"]


@pytest.mark.parametrize(
    ("failure", "next_in_doubt"),
    [
        ("hangs past the send timeout", True),
        ("DeliveryError(in_doubt=True)", True),
        ("unexpected exception", True),
        ("DeliveryError(in_doubt=False)", False),
    ],
)
async def test_a_doubtful_failure_makes_the_next_send_in_doubt(
    db: Database, clock: FakeClock, failure: str, next_in_doubt: bool
) -> None:
    platform = FakePlatform(PLATFORM)
    first = True

    async def fail_once(call: Call) -> None:
        nonlocal first
        if not first:
            return
        first = False
        if failure == "hangs past the send timeout":
            await asyncio.Event().wait()
        elif failure == "DeliveryError(in_doubt=True)":
            raise DeliveryError("connection reset", in_doubt=True)
        elif failure == "unexpected exception":
            raise RuntimeError("boom")
        else:
            raise DeliveryError("connection refused")

    platform.hook = fail_once
    await put(db, clock, "k")
    async with running(make(db, platform, clock, send_timeout_seconds=0.05)) as dispatcher:
        await settle(dispatcher)
        assert (await row(db, "k")).in_doubt is next_in_doubt
        clock.advance(10)
        await settle(dispatcher)

    assert [c.in_doubt for c in platform.calls] == [False, next_in_doubt]
    assert (await row(db, "k")).status == outbox.SENT


async def test_a_disconnected_platform_is_left_alone(db: Database, clock: FakeClock) -> None:
    platform = FakePlatform(PLATFORM)
    platform.connected = False
    await put(db, clock, "k")
    dispatcher = make(db, platform, clock)
    assert await dispatcher.claim_and_start() == 0
    platform.connected = True
    async with running(dispatcher):
        await settle(dispatcher)
    assert platform.sends_to("C1") == ["k"]


async def test_stop_releases_in_flight_rows_for_the_next_dispatcher(
    db: Database, clock: FakeClock
) -> None:
    platform = FakePlatform(PLATFORM)

    async def hangs(call: Call) -> None:
        await asyncio.Event().wait()

    platform.hook = hangs
    await put(db, clock, "k")
    dispatcher = make(db, platform, clock, send_timeout_seconds=600.0)
    task = asyncio.create_task(dispatcher.run())
    try:
        await platform.wait_until(lambda: bool(platform.calls))
        assert (await row(db, "k")).status == outbox.SENDING
        await dispatcher.stop(grace_seconds=0.05)  # the send hangs, so the grace always ends
        await asyncio.wait_for(task, timeout=WAIT)
    finally:
        task.cancel()

    released = await row(db, "k")
    assert (released.status, released.attempts, released.in_doubt) == (outbox.PENDING, 0, True)
    assert released.lease_until is None

    successor = FakePlatform(PLATFORM)
    async with running(make(db, successor, clock)) as next_dispatcher:
        await settle(next_dispatcher)
    (call,) = successor.delivered
    assert (call.idempotency_key, call.in_doubt) == ("k", True)
    assert (await row(db, "k")).status == outbox.SENT


async def test_stop_lets_a_send_finish_within_the_grace(db: Database, clock: FakeClock) -> None:
    platform = FakePlatform(PLATFORM)
    may_answer = asyncio.Event()

    async def wait_for_it(call: Call) -> None:
        await may_answer.wait()

    platform.hook = wait_for_it
    await put(db, clock, "k")
    dispatcher = make(db, platform, clock)
    task = asyncio.create_task(dispatcher.run())
    try:
        await platform.wait_until(lambda: bool(platform.calls))
        stopping = asyncio.create_task(dispatcher.stop(grace_seconds=30))
        may_answer.set()
        await asyncio.wait_for(stopping, timeout=WAIT)
        await asyncio.wait_for(task, timeout=WAIT)
    finally:
        task.cancel()
    stored = await row(db, "k")
    assert (stored.status, stored.in_doubt) == (outbox.SENT, False)


async def test_stop_during_a_claim_releases_what_that_claim_took(
    db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A claim that commits while stop() runs must not leave its rows leased to nobody."""
    platform = FakePlatform(PLATFORM)

    async def hangs(call: Call) -> None:
        await asyncio.Event().wait()

    platform.hook = hangs
    real_claim = outbox_claims.claim
    claimed, resume = asyncio.Event(), asyncio.Event()

    async def paused_claim(*args: Any, **kwargs: Any) -> list[Claimed]:
        rows = await real_claim(*args, **kwargs)
        if rows:
            claimed.set()
            await resume.wait()
        return rows

    monkeypatch.setattr(outbox_claims, "claim", paused_claim)
    await put(db, clock, "k")
    dispatcher = make(db, platform, clock, send_timeout_seconds=600.0)
    task = asyncio.create_task(dispatcher.run())
    try:
        await asyncio.wait_for(claimed.wait(), timeout=WAIT)
        stopping = asyncio.create_task(dispatcher.stop(grace_seconds=0.05))
        await asyncio.sleep(0)  # let stop() begin while the claim is still under way
        resume.set()
        await asyncio.wait_for(stopping, timeout=WAIT)
        task.cancel()  # what the runtime does right after stop()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        stored = await row(db, "k")
        assert (stored.status, stored.in_doubt) == (outbox.PENDING, True)
    finally:
        task.cancel()
        for pending in asyncio.all_tasks():
            if pending.get_name().startswith("outbox-"):
                pending.cancel()


async def test_a_long_outage_parks_nothing_before_the_give_up_time(
    db: Database, clock: FakeClock
) -> None:
    """Attempts run out long before a day-long outage ends: the row keeps trying until the
    give-up time has passed too, then delivers when the platform is back."""
    platform, parked = FakePlatform(PLATFORM), Parked()
    down = True

    async def outage(_call: Call) -> None:
        if down:
            raise DeliveryError("503 unavailable")

    platform.hook = outage
    await put(db, clock, "during")
    dispatcher = make(
        db,
        platform,
        clock,
        parked=parked,
        max_attempts=3,
        backoff_max_seconds=600,
        give_up_after_seconds=6 * 3600,
    )
    async with running(dispatcher):
        for _ in range(20):  # 20 tries over 3+ hours: far past max_attempts
            await settle(dispatcher)
            clock.advance(600)
        assert (await row(db, "during")).status == outbox.PENDING
        down = False
        await settle(dispatcher)
        clock.advance(600)
        await settle(dispatcher)
    assert (await row(db, "during")).status == outbox.SENT
    assert parked.reports == []
