"""Crash and concurrency tests with real OS processes: nothing lost, nothing shown twice.

`outbox_worker.py` runs the real Dispatcher and POSTs each send to a recording server here.
The server plays a platform with Discord-style nonces: with `enforce_nonce` a repeated nonce
returns the first message instead of showing a second one, but every raw request is counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from handlers.clock import SystemClock
from storage import outbox
from tests.conftest import DatabaseTarget

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("outbox_worker.py")
WAIT = 60.0  # generous: only a broken run ever waits this long


class Recorder:
    """The platform side: what members would see, and every request that reached it."""

    def __init__(self, *, stall_after: int | None = None, expect_workers: int = 1) -> None:
        self.stall_after = stall_after
        self.expect_workers = expect_workers
        self.requests = 0
        self.raw: Counter[str] = Counter()
        self.by_worker: Counter[str] = Counter()
        self.visible: list[tuple[str, str]] = []  # (target, nonce) of each shown message
        self.ids: dict[str, str] = {}
        self.stalled = asyncio.Event()
        self.unstall = asyncio.Event()
        self.all_workers_seen = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        body: dict[str, Any] = await request.json()
        nonce, worker = str(body["nonce"]), str(body["worker"])
        self.requests += 1
        self.raw[nonce] += 1
        self.by_worker[worker] += 1
        if body["enforce_nonce"] and nonce in self.ids:
            message_id = self.ids[nonce]
        else:
            message_id = f"m{len(self.visible) + 1}"
            self.ids.setdefault(nonce, message_id)
            self.visible.append((str(body["target"]), nonce))
        if len(self.by_worker) >= self.expect_workers:
            self.all_workers_seen.set()
        # Hold the first requests until every worker has one out, so they really overlap.
        await asyncio.wait_for(self.all_workers_seen.wait(), WAIT)
        if self.stall_after is not None and self.requests > self.stall_after:
            self.stalled.set()  # the message is shown, but its answer never leaves
            await self.unstall.wait()
        return web.json_response({"id": message_id})

    def visible_order(self, target: str) -> list[str]:
        return [nonce for t, nonce in self.visible if t == target]


@contextlib.asynccontextmanager
async def recording_server(recorder: Recorder) -> AsyncIterator[str]:
    app = web.Application()
    app.router.add_post("/messages", recorder.handle)
    runner = web.AppRunner(app, shutdown_timeout=5.0)
    await runner.setup()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    await web.SockSite(runner, sock).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        recorder.unstall.set()
        recorder.all_workers_seen.set()
        await runner.cleanup()


class Worker:
    """One `outbox_worker.py` process; its stderr goes to a file shown when something fails."""

    def __init__(self, name: str, log: Path) -> None:
        self.name, self.log = name, log
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, target: DatabaseTarget, url: str, **settings: str) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "OUTBOX_"))}
        env.update(target.env)
        env.update(
            {"PYTHONPATH": str(ROOT), "RECORDER_URL": url, "WORKER_NAME": self.name, **settings}
        )
        with self.log.open("wb") as stderr:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                str(WORKER),
                env=env,
                cwd=str(ROOT),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
            )

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    async def finish(self) -> None:
        """Wait for a clean exit once the outbox is empty."""
        assert self.process is not None
        try:
            code = await asyncio.wait_for(self.process.wait(), WAIT)
        except TimeoutError:
            raise AssertionError(f"{self.name} did not finish:\n{self.output()}") from None
        assert code == 0, f"{self.name} exited with {code}:\n{self.output()}"

    async def until(self, event: asyncio.Event) -> None:
        """Wait for a server-side event; fail at once if the process dies first."""
        assert self.process is not None
        happened = asyncio.create_task(event.wait())
        exited = asyncio.create_task(self.process.wait())
        done, pending = await asyncio.wait(
            {happened, exited}, timeout=WAIT, return_when=asyncio.FIRST_COMPLETED
        )
        for task in pending:
            task.cancel()
        assert happened in done, f"{self.name}: event never came:\n{self.output()}"

    async def kill(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)
            await self.process.wait()


async def enqueue_rows(target: DatabaseTarget, *, rows: int, destinations: int) -> list[str]:
    """`rows` sends spread round-robin over `destinations` targets; returns the keys in order."""
    db = target.open()
    now = SystemClock().now()
    keys: list[str] = []
    try:
        async with db.transaction() as session:
            for i in range(rows):
                channel = f"T{i % destinations}"
                key = f"post:{i}:http:{channel}"
                await outbox.enqueue(
                    session,
                    platform="http",
                    target=channel,
                    idempotency_key=key,
                    payload={"text": f"post {i}"},
                    now=now,
                )
                keys.append(key)
    finally:
        await db.dispose()
    return keys


async def stored_rows(target: DatabaseTarget) -> dict[str, tuple[str, str | None]]:
    """key → (status, message id) for every outbox row."""
    db = target.open()
    try:
        rows = await outbox.list_rows(db, limit=100_000)
    finally:
        await db.dispose()
    return {r.idempotency_key: (r.status, r.message_id) for r in rows}


def assert_each_key_shown_once_in_order(
    recorder: Recorder, keys: list[str], destinations: int
) -> None:
    shown = Counter(nonce for _target, nonce in recorder.visible)
    assert sorted(shown) == sorted(keys), "every row must reach the platform"
    assert [k for k, n in shown.items() if n != 1] == [], "no member sees a post twice"
    for d in range(destinations):
        channel = f"T{d}"
        expected = [k for k in keys if k.endswith(f":{channel}")]
        assert recorder.visible_order(channel) == expected, f"order in {channel}"


async def test_a_worker_killed_mid_batch_loses_and_duplicates_nothing(
    db_target: DatabaseTarget, tmp_path: Path
) -> None:
    destinations = 4
    keys = await enqueue_rows(db_target, rows=40, destinations=destinations)
    recorder = Recorder(stall_after=6)
    short_lease = {"OUTBOX_LEASE_SECONDS": "1", "OUTBOX_POLL_SECONDS": "0.1"}
    first = Worker("first", tmp_path / "first.log")
    second = Worker("second", tmp_path / "second.log")
    try:
        async with recording_server(recorder) as url:
            await first.start(db_target, url, **short_lease)
            await first.until(recorder.stalled)
            await first.kill()
            assert first.process is not None and first.process.returncode == -signal.SIGKILL

            after_crash = await stored_rows(db_target)
            seen_not_sent = [
                k for k in keys if recorder.raw[k] and after_crash[k][0] != outbox.SENT
            ]
            assert seen_not_sent, "the crash must leave a post shown but not marked sent"
            assert any(status == outbox.PENDING for status, _ in after_crash.values())

            recorder.stall_after = None
            recorder.unstall.set()
            await second.start(db_target, url, **short_lease)
            await second.finish()
    finally:
        await first.kill()
        await second.kill()

    final = await stored_rows(db_target)
    assert {status for status, _ in final.values()} == {outbox.SENT}
    assert {k: final[k][1] for k in keys} == {k: recorder.ids[k] for k in keys}
    assert_each_key_shown_once_in_order(recorder, keys, destinations)
    assert all(recorder.raw[k] >= 2 for k in seen_not_sent), "they were sent again, in doubt"


@pytest.mark.parametrize(
    "db_target", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
async def test_two_workers_on_one_postgresql_send_every_row_exactly_once(
    db_target: DatabaseTarget, tmp_path: Path
) -> None:
    destinations = 10
    keys = await enqueue_rows(db_target, rows=300, destinations=destinations)
    recorder = Recorder(expect_workers=2)
    # Three rows each at a time, so neither can take every destination's head alone.
    settings = {
        "OUTBOX_CONCURRENCY": "3",
        "OUTBOX_POLL_SECONDS": "0.1",
        # A slow start of the other worker must not time a held send out (that would resend).
        "OUTBOX_SEND_TIMEOUT_SECONDS": str(WAIT + 30),
        "OUTBOX_LEASE_SECONDS": str(WAIT * 3),
    }
    workers = [Worker(f"w{i}", tmp_path / f"w{i}.log") for i in (1, 2)]
    try:
        async with recording_server(recorder) as url:
            for worker in workers:
                await worker.start(db_target, url, **settings)
            await asyncio.gather(*(worker.finish() for worker in workers))
    finally:
        for worker in workers:
            await worker.kill()

    assert {k: n for k, n in recorder.raw.items() if n != 1} == {}, "a row was sent twice"
    assert set(recorder.raw) == set(keys)
    assert set(recorder.by_worker) == {"w1", "w2"} and min(recorder.by_worker.values()) > 0
    final = await stored_rows(db_target)
    assert {status for status, _ in final.values()} == {outbox.SENT}
    assert {k: final[k][1] for k in keys} == {k: recorder.ids[k] for k in keys}
    assert_each_key_shown_once_in_order(recorder, keys, destinations)
