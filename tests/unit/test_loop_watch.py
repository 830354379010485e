"""The loop watch (tests/loop_watch.py) catches a callback that holds the loop, and lets a
short one pass: without this, every watched test's silence would mean nothing."""

from __future__ import annotations

import asyncio
import time

from tests.loop_watch import SLOW_CALLBACK_SECONDS, _LoopWatch


def burn(seconds: float) -> None:
    """Hold the loop thread's CPU for `seconds` (work, not sleep)."""
    until = time.thread_time() + seconds
    while time.thread_time() < until:
        pass


async def watched(seconds: float) -> list[str]:
    loop = asyncio.get_running_loop()
    watch, before = _LoopWatch(loop), _LoopWatch.active
    _LoopWatch.active = watch
    try:
        done = loop.create_future()
        loop.call_soon(lambda: (burn(seconds), done.set_result(None)))
        await done
    finally:
        _LoopWatch.active = before
    return watch.slow


async def test_a_callback_holding_the_loop_is_caught() -> None:
    [held] = await watched(SLOW_CALLBACK_SECONDS * 2)
    assert "ms of CPU" in held


async def test_a_short_callback_passes() -> None:
    assert await watched(SLOW_CALLBACK_SECONDS / 10) == []
