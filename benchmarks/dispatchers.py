"""One against two dispatcher processes (issue #21): real `bryggan run --role dispatcher,web`
processes on PostgreSQL deliver N outbox rows to the fake Slack with its rate limits off (a
fast far end), so what is measured is the outbox shared by processes, not Slack's pace.

    .venv/bin/python benchmarks/dispatchers.py [--rows 5000] [--channels 200] [--runs 2]
        [--processes 1 2] [--db postgresql+asyncpg://postgres@127.0.0.1:5432/test]

Per run: a scratch schema, the processes started and connected (their /healthz ok), then N
rows queued in one transaction (N / channels posts into every channel). The clock runs from
that commit until the fake holds every message; each channel is then checked for exactly
one copy of each post. Beside the time it prints the CPU seconds used meanwhile by the
dispatcher processes, by this process (the fake Slack: aiohttp serving chat.postMessage)
and by the PostgreSQL server's processes, read from /proc. On a machine with two cores
those all share the two: the printout says which was busiest.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.clock import SystemClock
from handlers.types import Message
from storage import outbox
from storage.db import Database
from tests.e2e.process import keep_reading, start, wait_for_port
from tests.e2e.test_chat_platforms import slack_env
from tests.fakes.slack_server import FakeSlack
from tests.schemas import scratch_schema

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """utime + stime of one process (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def postgres_cpu() -> float:
    """Every PostgreSQL server process's CPU seconds so far (its backends come and go, so
    this undercounts a backend that ended meanwhile)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if (entry / "comm").read_text().strip() == "postgres":
                    total += cpu_seconds(int(entry.name))
    return total


async def queue(db: Database, channels: list[str], rows: int) -> None:
    now = SystemClock().now()
    async with db.transaction() as session:
        for post in range(rows // len(channels)):
            for channel in channels:
                await outbox.enqueue(
                    session,
                    platform="slack",
                    target=channel,
                    idempotency_key=f"bench:{post}:{channel}",
                    payload=Message(text=f"Inlägg {post}").to_json(),
                    now=now,
                )


async def healthy(port: int) -> None:
    async with aiohttp.ClientSession() as http:
        while True:
            async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                if response.status == 200:
                    return
            await asyncio.sleep(0.05)


async def run_once(
    url: str, processes: int, rows: int, channel_count: int, *, limits: bool
) -> dict[str, float]:
    off = "" if limits else "the outbox's own speed is measured"
    async with (
        scratch_schema(url, prefix="bench_") as schema,
        FakeSlack(rate_limits_off_because=off) as slack,
    ):
        channels = [slack.add_channel(f"c{n}") for n in range(channel_count)]
        env = {
            **slack_env(slack),
            "DATABASE_URL": url,
            "DATABASE_SCHEMA": schema,
            "SECRET_KEY": "bench",
            "OUTBOX_POLL_SECONDS": "0.1",
        }
        work = Path(tempfile.gettempdir())
        started = [
            await start("run", "--role", "dispatcher,web", env=env, cwd=work, stdin=None)
            for _ in range(processes)
        ]
        try:
            for process in started:
                port, _ = await wait_for_port(process)
                keep_reading(process)
                await asyncio.wait_for(healthy(port), 30)
            db = Database(url, schema=schema)
            await queue(db, channels, rows)
            await db.dispose()
            before = [cpu_seconds(p.pid) for p in started]
            own, server = time.process_time(), postgres_cpu()
            began = time.perf_counter()
            total = rows // channel_count * channel_count
            await slack.wait_until(
                lambda: sum(len(slack.messages[c]) for c in channels) >= total, timeout=600
            )
            took = time.perf_counter() - began
            used = [cpu_seconds(p.pid) - b for p, b in zip(started, before, strict=True)]
            own, server = time.process_time() - own, postgres_cpu() - server
        finally:
            for process in started:
                with contextlib.suppress(ProcessLookupError):
                    process.send_signal(signal.SIGTERM)
            await asyncio.gather(*(p.wait() for p in started))
        for channel in channels:
            texts = [m["text"] for m in slack.messages[channel]]
            assert len(texts) == len(set(texts)) == total // channel_count, channel
    return {
        "seconds": took,
        "rows_per_second": total / took,
        "dispatchers_cpu": sum(used),
        "fake_cpu": own,
        "postgres_cpu": server,
        "served_429": slack.rate_limits.served_429 if slack.rate_limits else 0,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--channels", type=int, default=5000)
    parser.add_argument(
        "--slack-limits", action="store_true", help="the fake enforces Slack's limits (429s)"
    )
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--db", default="postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    print(f"{args.rows} rows into {args.channels} Slack channels, {os.cpu_count()} cores")
    speeds: dict[int, list[float]] = {}
    for run in range(args.runs):
        for processes in args.processes:
            result = await run_once(
                args.db, processes, args.rows, args.channels, limits=args.slack_limits
            )
            speeds.setdefault(processes, []).append(result["rows_per_second"])
            print(
                f"run {run + 1}, {processes} dispatcher(s): {result['seconds']:.2f} s, "
                f"{result['rows_per_second']:.0f} rows/s; CPU s: dispatchers "
                f"{result['dispatchers_cpu']:.1f}, fake Slack {result['fake_cpu']:.1f}, "
                f"PostgreSQL {result['postgres_cpu']:.1f}; 429s served {result['served_429']:.0f}"
            )
    if len(speeds) > 1:
        first, *rest = sorted(speeds)
        for processes in rest:
            ratio = statistics.median(speeds[processes]) / statistics.median(speeds[first])
            print(f"speed-up, {processes} against {first}: {ratio:.2f} x (medians)")


if __name__ == "__main__":
    asyncio.run(main())
