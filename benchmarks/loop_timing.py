"""How long a bot's steps take, and how long its event loop was held meanwhile: the timing
the command benchmark (`benchmarks/commands.py`) prints, apart from what it sets up."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from handlers.types import Reply


def rss() -> tuple[int, int]:
    """Resident and peak resident memory of this process, in MiB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def where(handle: asyncio.Handle) -> str:
    """A callback, and where its task stopped next (the work was done on the way there)."""
    task = getattr(getattr(handle, "_callback", None), "__self__", None)
    if not isinstance(task, asyncio.Task):
        return repr(handle)[:200]
    stops, awaited = [], task.get_coro()
    while awaited is not None and (frame := getattr(awaited, "cr_frame", None)) is not None:
        stops.append(f"{frame.f_code.co_name}:{frame.f_lineno}")
        awaited = getattr(awaited, "cr_await", None)
    return " > ".join(stops)


class LoopWatch:
    """How late a task that asks to wake every 5 ms wakes (the longest the loop was busy),
    and the garbage collector's longest pause, since the last `phase()`; with `slow`, also
    which callbacks held the loop for 50 ms of CPU time or more."""

    def __init__(self, slow: bool = False) -> None:
        self.worst = self.collecting = 0.0
        self.slow: list[tuple[float, str]] = []
        self._task: asyncio.Task[None] | None = None
        self._collect_started = 0.0
        if slow:
            run = asyncio.events.Handle._run

            def timed(handle: asyncio.Handle) -> None:
                cpu = time.thread_time()
                try:
                    run(handle)
                finally:
                    if (cpu := time.thread_time() - cpu) >= 0.05:
                        self.slow.append((cpu, where(handle)))

            asyncio.events.Handle._run = timed  # type: ignore[method-assign]

    def phase(self) -> tuple[float, float, list[tuple[float, str]]]:
        """(loop held, longest collection, slow callbacks) since the last phase, in seconds."""
        found = (self.worst, self.collecting, self.slow)
        self.worst, self.collecting, self.slow = 0.0, 0.0, []
        return found

    async def _watch(self) -> None:
        while True:
            started = time.perf_counter()
            await asyncio.sleep(0.005)
            self.worst = max(self.worst, time.perf_counter() - started - 0.005)

    def __enter__(self) -> LoopWatch:
        self._task = asyncio.get_running_loop().create_task(self._watch())
        gc.callbacks.append(self._collected)
        return self

    def __exit__(self, *_exc: object) -> None:
        assert self._task is not None
        self._task.cancel()
        gc.callbacks.remove(self._collected)

    def _collected(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._collect_started = time.perf_counter()
        else:
            pause = time.perf_counter() - self._collect_started
            self.collecting = max(self.collecting, pause)


def text_of(reply: Reply) -> str:
    return "\n".join([reply.message.title or "", reply.message.text])


FAILED = "Något gick fel hos oss"  # the answer to a command that raised


async def timed(
    name: str, calls: int, action: Callable[[int], Awaitable[Reply]], watch: LoopWatch
) -> None:
    timings: list[float] = []
    failed = 0
    watch.phase()
    for n in range(calls):
        started = time.perf_counter()
        reply = await action(n)
        timings.append((time.perf_counter() - started) * 1000)
        failed += FAILED in text_of(reply)
    held, collecting, slow = watch.phase()
    first = f"{timings[0]:8.1f}" if len(timings) > 1 else " " * 8
    print(
        f"  {name:<28} {percentile(timings, 0.5):7.1f} {percentile(timings, 0.95):7.1f}"
        f" {percentile(timings, 0.99):7.1f} {max(timings):8.1f} {first}"
        f" {held * 1000:7.1f} {collecting * 1000:6.1f}"
        + (f"  FAILED {failed} of {calls}" if failed else ""),
        flush=True,
    )
    for cpu, where_ in sorted(slow, reverse=True)[:3]:
        print(f"      {cpu * 1000:5.0f} ms of CPU: {where_}")
