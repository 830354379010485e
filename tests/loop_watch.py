"""The event loop never blocks: a test fails when one callback held its loop too long.

The loop of the tests in `WATCHED_LOOPS` is watched: what fails a test is one callback that
used `SLOW_CALLBACK_SECONDS` of the loop thread's CPU time while the test ran, or
`BLOCKED_SECONDS` in all (blocking I/O): on a shared
machine a callback's wall time grows with the load, its CPU time does not (nor is the garbage
collector's time counted, whichever callback it stops). The setup of a test's fixtures
(migrating a template database) is not counted, and what a process pays once on its first
command (configuring the ORM's mappers, reading the translations) is paid here before any test
runs. The loop is not put in asyncio's debug mode: that mode records a stack at every
future and callback made, inside the callback that makes it, and on a loaded machine this
cost alone pushed ordinary 15 ms callbacks to 60-100 ms of CPU (seen here, on the code before
and after a change alike). Even so, under the suite's own load on two cores such a callback
was now and then measured past the limit (a 24 ms callback of the 40,000-wish test at 67 ms,
twice in a row): `make test` runs a test the watch failed up to twice more
(pytest-rerunfailures, `--only-rerun`), so a callback that is really slow fails three times.
Heavy work belongs in a worker thread. `BRYGGAN_WATCH_LOOP=all`
watches every test, not only the wish list's.
"""

from __future__ import annotations

import asyncio
import gc
import os
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import configure_mappers

from handlers.i18n import SUPPORTED_LOCALES, translator

SLOW_CALLBACK_SECONDS = 0.05
# Wall time, for blocking I/O; set well above what a busy machine alone causes: with four
# workers and PostgreSQL on two cores, callbacks of 3-5 ms of CPU were seen to take 1.1-1.4 s
# (the thread waiting for a core, or for the GIL), which CPU time does not count.
BLOCKED_SECONDS = 5.0
# Test files (relative to tests/) whose loop must never be blocked: the wish list's, so far.
WATCHED_LOOPS = (
    "unit/test_wish",
    "unit/test_similarity.py",
    "storage/test_wish",
    "e2e/test_wishes_cli.py",
)
WATCH_ALL = os.environ.get("BRYGGAN_WATCH_LOOP", "").lower() == "all"
TESTS = Path(__file__).resolve().parent


class _LoopWatch:
    """The callbacks that held one loop while a test ran: `SLOW_CALLBACK_SECONDS` of the
    loop thread's CPU time, or `BLOCKED_SECONDS` in all (blocking I/O). CPU time, not wall
    time, is what fails a test: on a shared machine a callback's wall time grows with the
    load, its CPU time does not. Nor does the garbage collector's time count, whichever
    callback it happens to stop."""

    active: _LoopWatch | None = None

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.thread = threading.get_ident()
        self.slow: list[str] = []
        self.collecting = 0.0  # CPU time the collector took on the loop's thread
        self._collection_started = 0.0

    def collected(self, phase: str, _info: dict[str, int]) -> None:
        if threading.get_ident() != self.thread:
            return
        if phase == "start":
            self._collection_started = time.thread_time()
        else:
            self.collecting += time.thread_time() - self._collection_started


_handle_run = asyncio.events.Handle._run


def _watched_run(handle: asyncio.Handle) -> None:
    watch = _LoopWatch.active
    if watch is None or handle._loop is not watch.loop:  # type: ignore[attr-defined]
        return _handle_run(handle)
    cpu, wall, collecting = time.thread_time(), time.perf_counter(), watch.collecting
    try:
        return _handle_run(handle)
    finally:
        cpu = time.thread_time() - cpu - (watch.collecting - collecting)
        wall = time.perf_counter() - wall
        if cpu >= SLOW_CALLBACK_SECONDS or wall >= BLOCKED_SECONDS:
            watch.slow.append(f"{handle!r}: {cpu * 1000:.0f} ms of CPU, {wall * 1000:.0f} ms")


asyncio.events.Handle._run = _watched_run  # type: ignore[method-assign]


def _warm_up() -> None:
    """What a process pays once, on its first command, paid before any test runs."""
    configure_mappers()
    for locale in SUPPORTED_LOCALES:
        translator(locale)("Wishes")


_warm_up()
_WATCH = pytest.StashKey[_LoopWatch]()


def _watched(item: pytest.Item) -> bool:
    where = Path(str(item.path)).resolve().relative_to(TESTS).as_posix()
    return WATCH_ALL or where.startswith(WATCHED_LOOPS)


@pytest.fixture(autouse=True)
async def _loop_watch(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    """The test's loop, its slow callbacks noted while the test runs."""
    if not _watched(request.node):
        yield
        return
    request.node.stash[_WATCH] = _LoopWatch(asyncio.get_running_loop())
    yield


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Any:
    watch = item.stash.get(_WATCH, None)
    if watch is None:
        return (yield)
    _LoopWatch.active = watch
    gc.callbacks.append(watch.collected)
    try:
        result = yield
    finally:
        _LoopWatch.active = None
        gc.callbacks.remove(watch.collected)
    if watch.slow:
        limit = f"{SLOW_CALLBACK_SECONDS * 1000:.0f} ms of CPU"
        pytest.fail(f"the event loop was held for {limit} or more:\n" + "\n".join(watch.slow))
    return result
