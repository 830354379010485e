"""The outbox dispatcher: claims due rows, sends them through their platform, records the result.

Each destination is its own queue (only its head row is ever claimed), so a slow or failing
destination holds back nothing but itself; sends to different destinations run concurrently.
Each platform has its own slots, so a mail server that holds every mail until it times out
fills only the mail slots: the chat copies of the same announcement go out meanwhile.
Successful sends are marked in groups (one transaction for all that finished meanwhile, as a
database does a group commit), and the same commit claims what the slots they free take next
(on PostgreSQL in one statement), so a fan-out costs one round trip per batch of deliveries
rather than a mark and a claim per delivery. A row keeps its slot until its mark is
committed: the destination's next row cannot be claimed before it, and a crash in between
resends it in doubt, as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from bot.delivery import DeliveryFailure, perform
from bot.logs import mask_addresses
from handlers.clock import Clock
from handlers.ports import Platform
from storage import outbox, outbox_claims
from storage.db import Database
from storage.outbox import Claimed

log = logging.getLogger(__name__)

BATCH_MINIMUM = 8  # rows worth a transaction of their own while a fan-out runs
OnParked = Callable[[Claimed, str], Awaitable[object]]


@dataclass(frozen=True)
class DispatcherConfig:
    lease_seconds: float = 60.0
    send_timeout_seconds: float = 20.0
    max_attempts: int = 8
    # A failure that may pass (a platform down, a 5xx) parks a row only after max_attempts
    # *and* this long since it was queued, so an outage of hours loses nothing.
    give_up_after_seconds: float = 0.0
    backoff_base_seconds: float = 2.0
    backoff_max_seconds: float = 30.0
    poll_seconds: float = 2.0
    concurrency: int = 64  # sends in flight per platform; one waiting out pacing holds one
    # While a fan-out is under way, sends finish a few at a time: gather them this long into
    # one mark commit and one claim, rather than a transaction for every couple of rows.
    batch_window_seconds: float = 0.005
    # Among several dispatcher processes (PostgreSQL): this one's id, and how long it keeps
    # a destination it posted to (longer than any platform's per-channel window), so the
    # one pacer that knows the channel's recent posts paces its next ones.
    holder: str | None = None
    hold_seconds: float = 10.0


class Dispatcher:
    def __init__(
        self,
        db: Database,
        platforms: Mapping[str, Platform],
        clock: Clock,
        config: DispatcherConfig | None = None,
        *,
        on_parked: OnParked | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.db, self.platforms, self.clock = db, platforms, clock
        self.config = config or DispatcherConfig()
        self.on_parked = on_parked
        self.rng = rng or random.Random()
        self._wake = asyncio.Event()
        self._progress = asyncio.Event()
        self._in_flight: dict[asyncio.Task[None], Claimed] = {}
        self._stopping = False
        self._claiming = asyncio.Lock()  # stop() must see the rows of a claim under way
        self._sent: list[tuple[Claimed, str | None, asyncio.Future[bool]]] = []
        self._marker: asyncio.Task[None] | None = None  # writes `_sent`, then ends
        self._reserved: Counter[str] = Counter()  # slots a group commit may be claiming for

    def wake(self) -> None:
        """Look for work now instead of at the next poll (called after every enqueue)."""
        self._wake.set()

    def _connected_platforms(self) -> list[str]:
        return [name for name, platform in self.platforms.items() if platform.connected]

    def _probing_platforms(self) -> list[str]:
        """Platforms that are away but ask for one delivery to find out whether they are
        back (`probe_due()`; e-mail, which only learns that by sending), none in flight."""
        busy = {row.platform for row in self._in_flight.values()}
        return [
            name
            for name, platform in self.platforms.items()
            if not platform.connected
            and name not in busy
            and getattr(platform, "probe_due", lambda: False)()
        ]

    async def claim_and_start(self) -> int:
        """Claim what is due and start delivering it; returns how many rows were claimed."""
        async with self._claiming:
            if self._stopping:
                return 0
            rows = await self._claim_fairly(self._free_slots(self._connected_platforms()))
            for name in self._probing_platforms():
                rows += await self._claim(1, [name])
            self._start(rows)
            return len(rows)

    def _start(self, rows: list[Claimed]) -> None:
        for row in rows:
            task = asyncio.create_task(self._deliver(row), name=f"outbox-{row.id}")
            self._in_flight[task] = row
            task.add_done_callback(self._finished)

    def _free_slots(
        self, platforms: list[str], freeing: frozenset[int] = frozenset()
    ) -> dict[str, int]:
        """Each platform's slots not held by a row in flight nor reserved by a group commit
        (`freeing`: rows whose mark is being written, whose slots that commit claims for)."""
        busy = Counter(r.platform for r in self._in_flight.values() if r.id not in freeing)
        busy.update(self._reserved)
        free = {name: self.config.concurrency - busy[name] for name in platforms}
        return {name: slots for name, slots in free.items() if slots > 0}

    async def _claim_fairly(self, free: dict[str, int]) -> list[Claimed]:
        """Up to each platform's free slots: one claim for all while no platform's slots
        can run out in it (the usual case), then one per platform for what is left."""
        if not free:
            return []
        limit = min(free.values())
        rows = await self._claim(limit, list(free))
        if len(rows) < limit:
            return rows  # everything due was taken
        taken = Counter(row.platform for row in rows)
        for name, slots in free.items():
            if slots > taken[name]:
                rows += await self._claim(slots - taken[name], [name])
        return rows

    async def _claim(self, limit: int, platforms: list[str]) -> list[Claimed]:
        return await outbox_claims.claim(
            self.db,
            now=self.clock.now(),
            lease_seconds=self.config.lease_seconds,
            limit=limit,
            platforms=platforms,
            skip_destinations=[row.destination for row in self._in_flight.values()],
            holder=self.config.holder,
            hold_seconds=self.config.hold_seconds,
        )

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._in_flight.pop(task, None)
        self._progress.set()
        self._wake.set()

    async def run(self) -> None:
        """Deliver until `stop()`; a database hiccup is logged and retried, never fatal."""
        while not self._stopping:
            self._wake.clear()
            free = self._free_slots(self._connected_platforms()).values()
            if self._busy() and max(free, default=0) < BATCH_MINIMUM:
                await asyncio.sleep(self.config.batch_window_seconds)  # more slots to fill
            try:
                await self.claim_and_start()
            except Exception:
                log.exception("outbox claim failed; retrying after the poll interval")
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.config.poll_seconds)

    async def stop(self, grace_seconds: float) -> None:
        """Stop claiming, let in-flight sends finish for a while, then release the rest."""
        self._stopping = True
        self._wake.set()
        async with self._claiming:  # a claim already committing still hands its rows over
            tasks = list(self._in_flight)
        if not tasks:
            return
        _done, pending = await asyncio.wait(tasks, timeout=grace_seconds)
        if self._marker is not None:  # sends that went out are recorded, not released
            await asyncio.wait([self._marker], timeout=max(1.0, grace_seconds))
        for task in pending:
            row = self._in_flight.get(task)
            task.cancel()
            if row is not None:
                await outbox.release(self.db, row, now=self.clock.now())
        if pending:
            await asyncio.wait(pending)

    async def drain(self, platform: str, timeout: float = 10.0) -> bool:  # noqa: ASYNC109
        """Wait until nothing due for `platform` is waiting or in flight (console, tests)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while await outbox.open_count(self.db, platform=platform, now=self.clock.now()):
            self.wake()
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            self._progress.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._progress.wait(), timeout=min(remaining, 0.25))
        return True

    async def _deliver(self, row: Claimed) -> None:
        try:
            message_id = await perform(
                self.db, self.platforms, row, seconds=self.config.send_timeout_seconds
            )
        except DeliveryFailure as failure:
            await self._after_failure(row, failure)
            return
        if not await self._mark_sent(row, message_id):
            log.warning("outbox row %s was reclaimed before it could be marked sent", row.id)

    async def _mark_sent(self, row: Claimed, message_id: str | None) -> bool:
        """Queue the row for the next group commit and wait for it; False if not ours any more.
        The row keeps its slot until then, so its destination's next row waits for the mark."""
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._sent.append((row, message_id, done))
        if self._marker is None or self._marker.done():
            self._marker = asyncio.create_task(self._write_marks(), name="outbox-mark-sent")
        return await asyncio.shield(done)

    def _busy(self) -> bool:
        """More than a handful of sends in flight: a fan-out, where batching pays."""
        return len(self._in_flight) > BATCH_MINIMUM

    async def _write_marks(self) -> None:
        """Mark everything queued in one transaction, again while more came meanwhile."""
        while self._sent:
            if self._busy() and len(self._sent) < BATCH_MINIMUM:
                await asyncio.sleep(self.config.batch_window_seconds)
            batch, self._sent = self._sent, []
            try:
                held = await self._mark_and_claim([(row, sent) for row, sent, _ in batch])
            except Exception:
                log.exception("could not mark %s sent rows; their leases will run out", len(batch))
                held = set()
            for row, _, done in batch:
                if not done.done():
                    done.set_result(row.id in held)

    async def _mark_and_claim(self, batch: list[tuple[Claimed, str | None]]) -> set[int]:
        """Mark the batch sent and, in the same commit, claim for the slots it frees (up to
        what every platform with free slots can take, as `_claim_fairly` does first; the
        run loop claims any rest). Returns the ids that were still ours."""
        async with self._claiming:  # not beside a claim whose rows are not counted yet
            freeing = frozenset(row.id for row, _ in batch)
            free = {} if self._stopping else self._free_slots(self._connected_platforms(), freeing)
            then = outbox_claims.NextClaim(
                platforms=list(free),
                limit=min(free.values(), default=0),
                lease_seconds=self.config.lease_seconds,
                skip_destinations=[
                    row.destination for row in self._in_flight.values() if row.id not in freeing
                ],
                holder=self.config.holder,
                hold_seconds=self.config.hold_seconds,
            )
            reserved = Counter(dict.fromkeys(then.platforms, then.limit))
            self._reserved.update(reserved)  # the run loop claims beside it, in what is left
        try:
            held, rows = await outbox_claims.mark_sent_and_claim(
                self.db, batch, now=self.clock.now(), then=then
            )
        finally:
            self._reserved.subtract(reserved)
        if self._stopping:  # stop() has counted what is in flight: give these back
            for row in rows:
                await outbox.release(self.db, row, now=self.clock.now())
        else:
            self._start(rows)
        return held

    def _age(self, row: Claimed) -> float:
        if row.created_at is None:
            return float("inf")
        return (self.clock.now() - row.created_at).total_seconds()

    def backoff_seconds(self, attempts: int) -> float:
        """Exponential backoff with jitter: base·2^(n−1), capped, then 50–100 % of it."""
        raw = self.config.backoff_base_seconds * 2 ** max(0, attempts - 1)
        capped = min(self.config.backoff_max_seconds, raw)
        return capped * (0.5 + self.rng.random() / 2)

    async def _after_failure(self, row: Claimed, failure: DeliveryFailure) -> None:
        log.warning(  # a mail server's reason may name the recipient: the domain is enough
            "delivery failed id=%s destination=%s attempt=%s reason=%s",
            row.id,
            row.destination,
            row.attempts,
            mask_addresses(failure.reason),
        )
        rate_limited = failure.retry_after is not None
        exhausted = (
            row.attempts >= self.config.max_attempts
            and not rate_limited
            and self._age(row) >= self.config.give_up_after_seconds
        )
        if not failure.retryable or exhausted:
            if await outbox.mark_failed(self.db, row, error=failure.reason) and self.on_parked:
                try:
                    await self.on_parked(row, failure.reason)
                except Exception:
                    log.exception("could not report parked delivery %s", row.id)
            return
        delay = max(self.backoff_seconds(row.attempts), failure.retry_after or 0.0)
        await outbox.mark_retry(
            self.db,
            row,
            error=failure.reason,
            next_attempt_at=self.clock.now() + timedelta(seconds=delay),
            in_doubt=failure.in_doubt,
            count_attempt=not rate_limited,
        )
