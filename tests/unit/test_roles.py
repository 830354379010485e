"""`bryggan run --role`: what a process runs, and how it follows the leadership it gains
and loses (the election itself: tests/storage/test_leadership.py, on PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

import aiohttp
import pytest

from bot import cli
from bot.platforms import registry
from bot.roles import ROLES, parse_roles
from bot.runtime import Runtime
from bot.settings import Settings
from storage import outbox
from tests.conftest import FakeClock, database_at
from tests.unit.test_dispatcher import FakePlatform
from tests.unit.test_platform_registry import PIGEON_DECLARED
from tests.waiting import eventually


class ListeningPigeon(FakePlatform):
    """A platform with a gateway of its own and a per-token limit: records every switch
    and every share."""

    def __init__(self) -> None:
        super().__init__("pigeon")
        self.listening = True
        self.switches: list[bool] = []
        self.shares: list[int] = []

    def share_limits(self, processes: int) -> None:
        self.shares.append(processes)

    async def listen(self, on: bool) -> None:
        self.listening = on
        self.switches.append(on)


def test_roles_are_read_in_one_order_and_unknown_ones_named() -> None:
    assert parse_roles("web, Gateway,web") == ("gateway", "web")
    assert parse_roles(",".join(reversed(ROLES))) == ROLES
    with pytest.raises(ValueError, match="unknown role: gatway"):
        parse_roles("gatway,web")
    with pytest.raises(ValueError, match="unknown role: none"):
        parse_roles(" , ")


def test_run_refuses_an_unknown_role(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["run", "--role", "gateway,dispacher"])
    assert exited.value.code == 2
    assert "unknown role: dispacher (choose from gateway, dispatcher, web, scheduler)" in (
        capsys.readouterr().err
    )


@asynccontextmanager
async def running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, roles: tuple[str, ...]
) -> AsyncIterator[tuple[Runtime, ListeningPigeon]]:
    pigeon = ListeningPigeon()
    declared = replace(PIGEON_DECLARED, build=lambda _door, _settings: pigeon)
    found = registry.declarations()
    monkeypatch.setattr(registry, "declarations", lambda: {**found, "pigeon": declared})
    async with database_at("sqlite", tmp_path) as target:
        settings = Settings(_env_file=None, database_url=target.url, web_port=0)  # type: ignore[call-arg]
        runtime = Runtime(settings, clock=FakeClock(), with_console=False, roles=roles)
        serving = asyncio.create_task(runtime.serve())
        try:
            await eventually(
                lambda: (
                    runtime.beat._task is not None
                    and ("web" not in roles or runtime.web_port is not None)
                ),
                what="the process started",
            )
            yield runtime, pigeon
        finally:
            runtime.request_stop()
            await serving


def task_names() -> set[str]:
    """The running tasks' names; a job's run under way (`job-NAME-run`) may outlive its
    scheduler, which is what a `job-NAME` loop is."""
    names = {task.get_name() for task in asyncio.all_tasks()}
    return {name for name in names if not name.endswith("-run")}


async def test_every_role_by_default_and_on_sqlite_it_leads_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(tmp_path, monkeypatch, ROLES) as (runtime, pigeon):
        assert pigeon.listening and pigeon.switches == []  # the gateway from the start
        assert {"dispatcher", "job-feeds"} <= task_names()
        assert runtime.web_port is not None
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"http://127.0.0.1:{runtime.web_port}/healthz") as response,
        ):
            report = await response.json()
        assert report["process"] == {
            "roles": list(ROLES),
            "leads": ["gateway", "scheduler"],
        }


async def test_a_web_only_process_runs_no_gateway_outbox_or_jobs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(tmp_path, monkeypatch, ("web",)) as (runtime, pigeon):
        assert not pigeon.listening  # started for sending and webhooks, no gateway
        assert runtime.web_port is not None
        names = task_names()
        assert "dispatcher" not in names and not any(n.startswith("job-") for n in names)
        assert runtime.beat.describe()["leads"] == []


async def test_gained_and_lost_leadership_switches_the_gateway_and_the_jobs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(tmp_path, monkeypatch, ROLES) as (runtime, pigeon):
        await runtime._leadership_changed("gateway", False)
        await runtime._leadership_changed("scheduler", False)
        assert pigeon.switches == [False] and not pigeon.listening
        assert not any(name.startswith("job-") for name in task_names())
        await runtime._leadership_changed("gateway", True)
        await runtime._leadership_changed("scheduler", True)
        assert pigeon.switches == [False, True] and "job-feeds" in task_names()


async def idle_dispatcher(runtime: Runtime) -> None:
    """Until the runtime's dispatcher has finished a claim pass that found nothing, with no
    wake pending: from there it waits, for its poll interval or a wake."""
    dispatcher = runtime.dispatcher
    claim = dispatcher.claim_and_start
    idle = asyncio.Event()

    async def watched_claim() -> int:
        claimed = await claim()
        if claimed == 0 and not dispatcher._in_flight and not dispatcher._wake.is_set():
            idle.set()
        return claimed

    dispatcher.claim_and_start = watched_claim  # type: ignore[method-assign]
    dispatcher.wake()  # one more pass, watched (it may be waiting already)
    try:
        await asyncio.wait_for(idle.wait(), 10)
    finally:
        dispatcher.claim_and_start = claim  # type: ignore[method-assign]


@pytest.mark.postgres
async def test_a_post_queued_without_a_dispatcher_wakes_the_dispatcher_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dispatcher process polls only every 60 s here: the post arrives long before, by
    the NOTIFY the gateway process sends after its commit (without it, the control, the
    post waits the minute and the test fails)."""
    pigeon = ListeningPigeon()
    declared = replace(PIGEON_DECLARED, build=lambda _door, _settings: pigeon)
    found = registry.declarations()
    monkeypatch.setattr(registry, "declarations", lambda: {**found, "pigeon": declared})
    async with database_at("postgresql", tmp_path) as target:
        values = {"database_url": target.url, "database_schema": target.schema, "web_port": 0}
        slow_poll = Settings(_env_file=None, outbox_poll_seconds=60, **values)  # type: ignore[call-arg]
        dispatching = Runtime(slow_poll, with_console=False, roles=("dispatcher",))
        gateway = Runtime(slow_poll, with_console=False, roles=("gateway", "web"))
        serving = [asyncio.create_task(r.serve()) for r in (dispatching, gateway)]
        try:
            assert dispatching._listener is not None and gateway._notifier is not None
            await asyncio.wait_for(dispatching._listener.listening.wait(), 10)
            await eventually(lambda: gateway.beat._task is not None, what="both started")
            await idle_dispatcher(dispatching)
            async with gateway.db.transaction() as session:
                await outbox.enqueue(
                    session,
                    platform="pigeon",
                    target="loft",
                    idempotency_key="k",
                    payload={"text": "Hej"},
                    now=gateway.clock.now(),
                )
            gateway.ctx.wake_outbox()
            await pigeon.wait_until(lambda: len(pigeon.delivered) == 1)
        finally:
            for runtime in (dispatching, gateway):
                runtime.request_stop()
            await asyncio.gather(*serving)


@pytest.mark.postgres
async def test_dispatcher_processes_share_the_per_token_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pigeons = [ListeningPigeon(), ListeningPigeon()]
    built = iter(pigeons)
    declared = replace(PIGEON_DECLARED, build=lambda _door, _settings: next(built))
    found = registry.declarations()
    monkeypatch.setattr(registry, "declarations", lambda: {**found, "pigeon": declared})
    async with database_at("postgresql", tmp_path) as target:
        values = {"database_url": target.url, "database_schema": target.schema, "web_port": 0}
        settings = Settings(_env_file=None, **values)  # type: ignore[call-arg]
        first = Runtime(settings, with_console=False, roles=("dispatcher",))
        serving = [asyncio.create_task(first.serve())]
        await eventually(lambda: first.beat._task is not None, what="the first started")
        second = Runtime(settings, with_console=False, roles=("dispatcher", "web"))
        serving.append(asyncio.create_task(second.serve()))
        try:
            await eventually(lambda: pigeons[1].shares == [2], what="the second shares at start")
            first.beat.wake()  # its next beat, now rather than in five seconds
            await eventually(lambda: pigeons[0].shares == [2], what="the first learns of it")
            second.request_stop()
            await serving.pop()
            first.beat.wake()
            await eventually(lambda: pigeons[0].shares == [2, 1], what="alone again")
        finally:
            first.request_stop()
            second.request_stop()
            await asyncio.gather(*serving)


async def test_discord_and_teams_take_their_share_of_the_per_token_limit() -> None:
    import aiohttp

    from bot.platforms.discord.client import GLOBAL_PER_SECOND
    from bot.platforms.discord.platform import DiscordConfig, DiscordPlatform
    from bot.platforms.teams.connector import Connector
    from bot.platforms.teams.limits import TENANT_PER_SECOND
    from bot.platforms.teams.platform import TeamsConfig, TeamsPlatform
    from handlers.door import Door

    door = Door.__new__(Door)  # neither reaches a use case here
    discord = DiscordPlatform(door, DiscordConfig(token="t"))
    discord.share_limits(2)
    assert discord.budget.per_window == GLOBAL_PER_SECOND // 2
    discord.share_limits(1)
    assert discord.budget.per_window == GLOBAL_PER_SECOND
    teams = TeamsPlatform(door, TeamsConfig("app", "pw", "tenant", "", "", ""))
    teams.share_limits(3)  # before start: kept, applied to the connector it makes
    async with aiohttp.ClientSession() as session:

        async def no_token() -> str:
            return ""

        teams.connector = Connector(session, token=no_token, invalidate_token=lambda: None)
        teams.share_limits(3)
        assert teams.connector.pacing.tenant.per_window == TENANT_PER_SECOND // 3
