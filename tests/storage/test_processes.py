"""The heartbeat table and `bryggan processes`, which reads it."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from pathlib import Path

import pytest

from bot import cli, cli_processes
from bot.process_beat import BEAT_SECONDS
from bot.settings import Settings
from handlers.clock import FakeClock
from storage import processes
from storage.db import Database
from storage.migrate import current_revision
from tests.conftest import DatabaseTarget, database_at


async def test_start_beat_stop_and_forgetting(db: Database) -> None:
    clock = FakeClock()
    start = clock.now()
    await processes.record_start(
        db, process_id="a", host="bryggan-1", pid=10, roles=("gateway", "web"), now=start
    )
    await processes.beat(db, "a", leads=("gateway",), now=clock.advance(5))
    [seen] = await processes.processes_seen(db)
    assert (seen.roles, seen.leads, seen.beat_at, seen.stopped_at) == (
        ("gateway", "web"),
        ("gateway",),
        start + timedelta(seconds=5),
        None,
    )
    await processes.record_stop(db, "a", now=clock.advance(1))
    [seen] = await processes.processes_seen(db)
    assert seen.leads == () and seen.stopped_at == clock.now()
    later = clock.now() + processes.FORGET_AFTER + timedelta(seconds=1)
    await processes.record_start(db, process_id="b", host="h", pid=1, roles=("web",), now=later)
    assert [p.id for p in await processes.processes_seen(db)] == ["b"]


async def test_processes_command_tells_running_lost_and_stopped(
    db: Database, db_target: DatabaseTarget, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock()
    now = clock.now()
    for name in ("running", "lost", "stopped"):
        await processes.record_start(
            db, process_id=name, host="h", pid=1, roles=("dispatcher",), now=now
        )
    await processes.beat(db, "running", leads=("gateway",), now=now)
    await processes.beat(db, "lost", leads=(), now=now - timedelta(seconds=BEAT_SECONDS * 4))
    await processes.record_stop(db, "stopped", now=now)
    settings = Settings(database_url=db_target.url, database_schema=db_target.schema)
    args = argparse.Namespace(json=True, all=True)
    assert await cli_processes.run(settings, args, clock=clock) == 0
    records = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert {k: r["state"] for k, r in records.items()} == {
        "running": "running",
        "lost": "lost",
        "stopped": "stopped",
    }
    assert records["running"]["leads"] == ["gateway"]
    assert records["lost"]["seconds_since_beat"] == BEAT_SECONDS * 4
    args = argparse.Namespace(json=False, all=False)
    assert await cli_processes.run(settings, args, clock=clock) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("running" in line and "leads=gateway" in line for line in lines)


async def test_processes_shows_what_runs_and_only_counts_the_finished(
    db: Database, db_target: DatabaseTarget, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock()
    now = clock.now()
    old = now - timedelta(days=3)
    for name in ("running", "lost", "console-1", "console-2", "crashed-long-ago"):
        started = now if name in ("running", "lost") else old
        await processes.record_start(
            db, process_id=name, host="h", pid=1, roles=("dispatcher",), now=started
        )
    await processes.beat(db, "running", leads=("gateway",), now=now)
    await processes.beat(db, "lost", leads=(), now=now - timedelta(minutes=10))
    for name in ("console-1", "console-2"):
        await processes.record_stop(db, name, now=old + timedelta(minutes=5))
    settings = Settings(database_url=db_target.url, database_schema=db_target.schema)
    parsed = cli._parser().parse_args(["processes"])
    assert await cli_processes.run(settings, parsed, clock=clock) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["running", "lost"]
    assert lines[-1] == (
        "3 finished processes not shown (stopped, or silent for over a day); --all lists them"
    )
    parsed = cli._parser().parse_args(["processes", "--json"])
    assert await cli_processes.run(settings, parsed, clock=clock) == 0
    shown = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert shown == ["running", "lost"]
    parsed = cli._parser().parse_args(["processes", "--all"])
    assert await cli_processes.run(settings, parsed, clock=clock) == 0
    assert len(capsys.readouterr().out.splitlines()) == 5


async def test_running_processes_with_a_role_are_counted(db: Database) -> None:
    clock = FakeClock()
    now = clock.now()
    for name, roles in (("a", ("dispatcher",)), ("b", ("gateway", "dispatcher")), ("c", ("web",))):
        await processes.record_start(db, process_id=name, host="h", pid=1, roles=roles, now=now)
    await processes.record_start(
        db, process_id="silent", host="h", pid=1, roles=("dispatcher",), now=now
    )
    await processes.beat(db, "silent", leads=(), now=now - timedelta(minutes=1))
    await processes.record_start(
        db, process_id="gone", host="h", pid=1, roles=("dispatcher",), now=now
    )
    await processes.record_stop(db, "gone", now=now)
    since = now - timedelta(seconds=15)
    assert await processes.running_with(db, "dispatcher", since=since) == 2
    assert await processes.running_with(db, "web", since=since) == 1


async def test_processes_never_migrates_the_database_it_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async with database_at("sqlite", tmp_path, revision="0021") as behind:
        settings = Settings(database_url=behind.url)
        assert await cli_processes.run(settings, argparse.Namespace(json=False)) == 1
        assert "not at this version's revision" in capsys.readouterr().err
        db = behind.open()
        try:
            assert await current_revision(db) == "0021"  # left as it was
        finally:
            await db.dispose()
