"""Start the real `bryggan` entry point as a subprocess, with a clean environment."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PORT_LINE = re.compile(r'msg="web server listening".* port=(\d+)')


def bryggan_env(extra: Mapping[str, str]) -> dict[str, str]:
    """The parent's environment minus every Bryggan setting, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "WEB_", "LOG_"))}
    env.update({"PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1", "WEB_PORT": "0"})
    env.update(extra)
    return env


async def start(
    *args: str, env: Mapping[str, str], cwd: Path, stdin: int | None = asyncio.subprocess.PIPE
) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        stdin=stdin,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=bryggan_env(env),
        cwd=cwd,
    )


async def run(
    *args: str, env: Mapping[str, str], cwd: Path, input_text: str = "", timeout: float = 60
) -> tuple[int, str, str]:
    """Run to completion; returns (exit code, stdout, stderr)."""
    process = await start(*args, env=env, cwd=cwd)
    out, err = await asyncio.wait_for(process.communicate(input_text.encode()), timeout)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def keep_reading(process: asyncio.subprocess.Process) -> list[asyncio.Task[bytes]]:
    """Read the rest of the process's output in the background: a chatty process must never
    block on a full pipe (64 KiB) while the test waits for something else."""
    streams = [s for s in (process.stdout, process.stderr) if s is not None]
    return [asyncio.create_task(stream.read()) for stream in streams]


async def wait_for_port(
    process: asyncio.subprocess.Process, timeout: float = 60
) -> tuple[int, str]:
    """Read stderr until the web server says where it listens; returns (port, stderr so far)."""
    assert process.stderr is not None
    seen: list[str] = []

    async def _read() -> int:
        assert process.stderr is not None
        while line := await process.stderr.readline():
            seen.append(line.decode())
            if match := PORT_LINE.search(seen[-1]):
                return int(match.group(1))
        raise AssertionError("bryggan exited before listening:\n" + "".join(seen))

    port = await asyncio.wait_for(_read(), timeout)
    return port, "".join(seen)
