"""The scheduler runs its jobs in the live loop, each on its own; one that fails is logged
and neither stops itself nor the others."""

from __future__ import annotations

import asyncio

import pytest

from bot.scheduler import Scheduler


async def test_a_failing_job_neither_stops_itself_nor_the_others(
    caplog: pytest.LogCaptureFixture,
) -> None:
    scheduler, runs = Scheduler(), {"good": 0, "bad": 0}
    enough = asyncio.Event()

    async def good() -> None:
        runs["good"] += 1
        if runs["good"] >= 3 and runs["bad"] >= 3:
            enough.set()

    async def bad() -> None:
        runs["bad"] += 1
        raise RuntimeError("the feed server is away")

    scheduler.every("good", 0.001, good)
    scheduler.every("bad", 0.001, bad)
    scheduler.start()
    try:
        await asyncio.wait_for(enough.wait(), timeout=10)
    finally:
        await scheduler.stop()
    failed = [r for r in caplog.records if r.getMessage() == "scheduled job failed"]
    assert len(failed) >= 3 and all(getattr(r, "job", None) == "bad" for r in failed)


async def test_a_daily_job_runs_first_after_its_own_delay() -> None:
    """A job with `first_after` runs soon after a start, not a whole interval later."""
    scheduler, ran = Scheduler(), asyncio.Event()

    async def daily() -> None:
        ran.set()

    scheduler.every("daily", 86_400, daily, first_after=0.001)
    scheduler.start()
    try:
        await asyncio.wait_for(ran.wait(), timeout=10)
    finally:
        await scheduler.stop()


async def test_a_woken_job_runs_now_and_once_more_if_woken_while_running() -> None:
    """`wake` runs a job at once, not an interval later (a day here); a wake while it runs
    runs it again after, so work asked for meanwhile is not left for the next interval."""
    scheduler, runs = Scheduler(), []
    started, release = asyncio.Event(), asyncio.Event()

    async def job() -> None:
        runs.append(len(runs))
        started.set()
        await release.wait()

    scheduler.every("job", 86_400, job)
    scheduler.start()
    try:
        scheduler.wake("unknown")  # nothing to wake: no error
        scheduler.wake("job")
        await asyncio.wait_for(started.wait(), timeout=10)
        started.clear()
        scheduler.wake("job")  # while it runs
        release.set()
        await asyncio.wait_for(started.wait(), timeout=10)
        assert runs == [0, 1]
    finally:
        await scheduler.stop()
