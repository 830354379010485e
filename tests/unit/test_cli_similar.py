"""`bryggan wishes similar` keeps the collector out of its one search (off while it runs,
what is left frozen for the exit) and hands it back on: a caller in the same process (a
test, a script calling `main`) goes on with its collector as it was."""

from __future__ import annotations

import asyncio
import gc
import json
from pathlib import Path

import pytest

from bot import cli
from tests.conftest import database_at


async def test_similar_hands_the_collector_back_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async with database_at("sqlite", tmp_path) as target:
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("DATABASE_URL", target.url)
        monkeypatch.setenv("CONSOLE", "off")
        frozen = gc.get_freeze_count()
        try:
            args = ["wishes", "similar", "bygglov", "--json"]
            assert await asyncio.to_thread(cli.main, args) == 0  # main runs its own loop
            assert gc.isenabled()
            assert gc.get_freeze_count() > frozen
        finally:
            gc.unfreeze()
    assert json.loads(capsys.readouterr().out) == []
