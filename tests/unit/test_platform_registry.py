"""The platform registry (issue #18): every platform folder declares itself, and a platform
declared there is built, served, delivered to and named by the rest of Bryggan with no other
file touched."""

from __future__ import annotations

import argparse
import asyncio
import sys
import types
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

import bot.platforms
from bot import cli
from bot.platforms import registry
from bot.platforms.registry import CliCommand, Declaration, Route
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.bridges.relay import author_label
from handlers.capabilities import Capabilities
from handlers.context import Context
from handlers.ports import Platform
from handlers.types import Message
from storage import outbox
from tests.conftest import FakeClock, database_at
from tests.unit.test_dispatcher import FakePlatform
from tests.waiting import eventually


def test_every_platform_folder_declares_itself() -> None:
    folders = {
        path.name
        for path in Path(bot.platforms.__path__[0]).iterdir()
        if (path / "platform.py").is_file()
    }
    declared = registry.declarations()
    assert set(declared) == folders == {"discord", "slack", "matrix", "teams", "email"}
    assert list(declared) == ["discord", "slack", "matrix", "teams", "email"]  # their order
    for name, declaration in declared.items():
        assert declaration.name == name
        assert set(declaration.settings) <= set(Settings.model_fields), name


@pytest.mark.parametrize(
    ("values", "chat", "every"),
    [
        ({}, [], []),
        ({"discord_token": "x"}, ["discord"], ["discord"]),
        ({"slack_bot_token": "xoxb-1", "slack_app_token": "xapp-1"}, ["slack"], ["slack"]),
        (
            {"discord_token": "x", "smtp_host": "mail.example.se", "mail_from": "a@example.se"},
            ["discord"],
            ["discord", "email"],
        ),
    ],
)
def test_configured_follows_the_settings(
    values: dict[str, str], chat: list[str], every: list[str]
) -> None:
    settings = Settings(_env_file=None, **values)  # type: ignore[call-arg]
    assert settings.chat_platforms() == chat
    assert [d.name for d in registry.configured(settings)] == every


def test_handlers_read_labels_and_limits_from_the_declarations(ctx: Context) -> None:
    assert ctx.capabilities("slack").label == "Slack"
    assert ctx.capabilities("console").label == "konsol"
    assert ctx.capabilities("unknown") == Capabilities(label="unknown")  # safe limits


class _Author:
    display_name = "Anna " + "Berg" * 40


class _Row:
    platform, author = "slack", _Author()


def test_a_bridged_author_is_shortened_to_the_destination_platforms_limit(ctx: Context) -> None:
    ctx.platforms = {**ctx.platforms, "narrow": Capabilities(label="Smal", author_name=20)}
    wide = author_label(ctx, _Row(), "discord")  # type: ignore[arg-type]
    narrow = author_label(ctx, _Row(), "narrow")  # type: ignore[arg-type]
    assert len(wide) == 80 and wide.endswith(" (Slack)")
    assert len(narrow) == 20 and narrow.endswith(" (Slack)")


PIGEON = FakePlatform("pigeon")


async def _pigeon_answers(_request: web.Request) -> web.Response:
    return web.Response(text="kuttra")


def _pigeon_routes(platform: Platform) -> Sequence[Route]:
    return (Route("GET", "/pigeon/hook", _pigeon_answers),)


PIGEON_DECLARED = Declaration(
    name="pigeon",
    capabilities=Capabilities(label="Brevduva"),
    settings=("web_port",),
    configured=lambda settings: settings.web_port == 0,
    build=lambda _door, _settings: PIGEON,
    routes=_pigeon_routes,
)


@asynccontextmanager
async def running(tmp_path: Path) -> AsyncIterator[Runtime]:
    async with database_at("sqlite", tmp_path) as target:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None, database_url=target.url, web_port=0, outbox_poll_seconds=0.05
        )
        runtime = Runtime(settings, clock=FakeClock(), with_console=False)
        serving = asyncio.create_task(runtime.serve())
        try:
            await eventually(lambda: runtime.web_port is not None, what="the web server")
            yield runtime
        finally:
            runtime.request_stop()
            await serving


async def test_a_platform_declared_in_the_registry_alone_is_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = registry.declarations()
    monkeypatch.setattr(registry, "declarations", lambda: {**found, "pigeon": PIGEON_DECLARED})
    async with running(tmp_path) as runtime:
        assert runtime.platforms["pigeon"] is PIGEON and PIGEON.connected
        assert runtime.ctx.connected()["pigeon"] is True  # /status sees it
        assert runtime.ctx.capabilities("pigeon").label == "Brevduva"
        hook = f"http://127.0.0.1:{runtime.web_port}/pigeon/hook"  # its web route is served
        async with aiohttp.ClientSession() as http, http.get(hook) as answer:
            assert (answer.status, await answer.text()) == (200, "kuttra")
        async with runtime.db.transaction() as session:  # and the outbox delivers to it
            await outbox.enqueue(
                session,
                platform="pigeon",
                target="loft",
                idempotency_key="test:pigeon:1",
                payload=Message(text="Hej").to_json(),
                now=runtime.clock.now(),
            )
        runtime.dispatcher.wake()
        await eventually(lambda: PIGEON.sends_to("loft") == ["Hej"], what="the pigeon's post")


def test_each_platform_reads_its_own_handles() -> None:
    """Storage keeps a delivered post's handle as the platform gave it; only the platform
    reads the message ids out of it (a Matrix event id holds a colon, a Discord webhook part
    is `w<webhook>:<id>`)."""
    declared = registry.capabilities()
    assert declared["discord"].message_ids("w17:101,102") == ("101", "102")
    assert declared["slack"].message_ids("1700.1,1700.2") == ("1700.1", "1700.2")
    assert declared["console"].message_ids("$event:example.org") == ("$event:example.org",)


def test_a_platform_adds_its_own_bryggan_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`bryggan pigeon-loft` exists once the declaration names it: bot/cli.py is untouched,
    and the command runs without a database (DATABASE_URL points nowhere reachable)."""
    command_module = types.ModuleType("pigeon_cli")

    def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
        commands.add_parser("pigeon-loft", help="where the pigeons live").add_argument("--n")

    async def run(_settings: Settings, args: argparse.Namespace) -> int:
        print(f"loft {args.n}")
        return 0

    command_module.add_parser = add_parser  # type: ignore[attr-defined]
    command_module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pigeon_cli", command_module)
    declared = replace(
        PIGEON_DECLARED,
        commands=(CliCommand("pigeon-loft", "pigeon_cli", "where the pigeons live"),),
    )
    found = registry.declarations()
    monkeypatch.setattr(registry, "declarations", lambda: {**found, "pigeon": declared})
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/no/such/dir/x.db")
    with pytest.raises(SystemExit) as shown_help:
        cli.main(["--help"])
    assert shown_help.value.code == 0
    assert "where the pigeons live" in capsys.readouterr().out
    assert cli.main(["pigeon-loft", "--n", "7"]) == 0
    assert capsys.readouterr().out == "loft 7\n"
