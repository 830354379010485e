"""A small periodic-job runner in the shared loop; each job's failure is logged, never fatal."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[object]]


@dataclass
class _Entry:
    name: str
    interval: float
    job: Job
    first_after: float | None = None  # the first run's delay; None: one interval
    woken: asyncio.Event = field(default_factory=asyncio.Event)


class Scheduler:
    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._tasks: list[asyncio.Task[None]] = []

    def every(
        self, name: str, seconds: float, job: Job, *, first_after: float | None = None
    ) -> None:
        """Run `job` every `seconds`; a daily job sets `first_after`, or a process restarted
        more often than daily would never run it."""
        self._entries.append(_Entry(name, seconds, job, first_after))

    async def run_due(self, name: str) -> None:
        """Run one job now (tests drive jobs this way instead of waiting on the clock)."""
        entry = next(e for e in self._entries if e.name == name)
        await self._run(entry)

    def wake(self, name: str) -> None:
        """Run the job now instead of at its next interval (work was just asked for); an
        unknown name is nothing to wake."""
        for entry in self._entries:
            if entry.name == name:
                entry.woken.set()

    async def _run(self, entry: _Entry) -> None:
        try:
            await entry.job()
        except Exception:
            log.exception("scheduled job failed", extra={"job": entry.name})

    async def _loop(self, entry: _Entry) -> None:
        delay = entry.interval if entry.first_after is None else entry.first_after
        while True:
            with contextlib.suppress(TimeoutError):
                # asyncio.timeout, not wait_for: 3.11's wait_for can swallow a cancel that
                # lands as the event is set, and stop() would wait for ever
                async with asyncio.timeout(delay):
                    await entry.woken.wait()
            entry.woken.clear()
            await self._run(entry)
            delay = entry.interval

    def start(self) -> None:
        if self._tasks:
            return  # running already
        self._tasks = [
            asyncio.create_task(self._loop(e), name=f"job-{e.name}") for e in self._entries
        ]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
