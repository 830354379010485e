"""A SQLite database serves one `bryggan run` (issue #21): a second on the same file is
refused at once with a clear message; on another file it starts; after the first is killed
(even by SIGKILL) the file is free again."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from bot.single_run import sqlite_file
from tests.e2e.process import keep_reading, run, start, wait_for_port


def sqlite_env(path: Path) -> dict[str, str]:
    return {"DATABASE_URL": f"sqlite+aiosqlite:///{path}"}


async def test_a_second_run_on_the_same_sqlite_file_is_refused(tmp_path: Path) -> None:
    env = sqlite_env(tmp_path / "b.db")
    first = await start("run", env=env, cwd=tmp_path)  # stdin open: the console keeps it running
    other = None
    try:
        await wait_for_port(first)
        drains = keep_reading(first)
        code, _out, err = await run("run", env=env, cwd=tmp_path, timeout=60)
        assert code == 1, err
        assert "another `bryggan run` is using" in err and "PostgreSQL" in err, err
        assert "Traceback" not in err
        # Control: on another file a second process starts.
        other = await start("run", env=sqlite_env(tmp_path / "c.db"), cwd=tmp_path)
        await wait_for_port(other)
        # The lock goes with the process, however it ends: killed, the file is free again.
        first.send_signal(signal.SIGKILL)
        await first.wait()
        await asyncio.gather(*drains, return_exceptions=True)
        again = await start(
            "run", env=env, cwd=tmp_path
        )  # stdin open: the console keeps it running
        try:
            await wait_for_port(again)
        finally:
            again.kill()
            await again.wait()
    finally:
        for process in (first, other):
            if process is not None and process.returncode is None:
                process.kill()
                await process.wait()


def test_only_a_sqlite_file_is_locked() -> None:
    assert sqlite_file("sqlite+aiosqlite:///data/bryggan.db") == Path("data/bryggan.db").resolve()
    assert sqlite_file("sqlite+aiosqlite:///:memory:") is None
    assert sqlite_file("postgresql+asyncpg://postgres@127.0.0.1:5432/test") is None
