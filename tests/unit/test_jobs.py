"""Scheduled work is declared by each feature and run by the runtime without its naming any."""

from __future__ import annotations

import asyncio

import pytest

import bot.runtime
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.clock import FakeClock
from handlers.commands import scheduled_jobs
from handlers.context import Context
from handlers.jobs import JobSpec
from tests.conftest import DatabaseTarget


def test_every_features_job_is_collected_once() -> None:
    names = [job.name for job in scheduled_jobs()]
    assert sorted(names) == [
        "feeds", "follow-digest", "meetings", "retention", "rounds", "surveys", "wish-index",
        "wishlist",
    ]  # fmt: skip
    assert all(asyncio.iscoroutinefunction(job.run) for job in scheduled_jobs())


async def test_a_job_a_feature_declares_is_run_by_the_runtime(
    db_target: DatabaseTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[Context] = []

    async def count(ctx: Context) -> None:
        ran.append(ctx)

    declared = [*scheduled_jobs(), JobSpec("a-new-feature", 60, count)]
    monkeypatch.setattr(bot.runtime, "scheduled_jobs", lambda: declared)
    settings = Settings(database_url=db_target.url, database_schema=db_target.schema)  # type: ignore[call-arg]
    runtime = Runtime(settings, clock=FakeClock(), with_web=False, with_chat=False)
    try:
        await runtime.scheduler.run_due("a-new-feature")
        assert ran == [runtime.ctx]
    finally:
        await runtime.db.dispose()
