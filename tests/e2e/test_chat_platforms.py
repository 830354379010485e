"""The real `bryggan run` process against the fake Discord and the fake Slack."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import yaml

from bot.platforms.slack.commands import RESERVED
from handlers.commands import build_catalogue
from tests.e2e.process import run, start, wait_for_port
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.slack_server import FakeSlack

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
async def discord_fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        fake.test_channel = fake.add_channel("allmänt")  # type: ignore[attr-defined]
        fake.test_member = fake.add_member("Eva")  # type: ignore[attr-defined]
        yield fake


@pytest.fixture
async def slack_fake() -> AsyncIterator[FakeSlack]:
    async with FakeSlack() as fake:
        fake.test_channel = fake.add_channel("allmänt")  # type: ignore[attr-defined]
        fake.test_user = fake.add_user("Eva")  # type: ignore[attr-defined]
        yield fake


def discord_env(fake: FakeDiscord) -> dict[str, str]:
    return {"DISCORD_TOKEN": fake.token, "DISCORD_API_BASE_URL": fake.api_base}


def slack_env(fake: FakeSlack) -> dict[str, str]:
    return {
        "SLACK_BOT_TOKEN": fake.bot_token,
        "SLACK_APP_TOKEN": fake.app_token,
        "SLACK_API_URL": fake.api_url,
    }


async def stop_cleanly(process: asyncio.subprocess.Process) -> str:
    """SIGTERM, then the exit code must be 0 within 10 s; returns what was logged after."""
    process.send_signal(signal.SIGTERM)
    code = await asyncio.wait_for(process.wait(), timeout=10)
    assert process.stderr is not None
    rest = (await process.stderr.read()).decode()
    assert code == 0, rest
    assert "Traceback" not in rest
    return rest


async def health(port: int) -> dict[str, object]:
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"http://127.0.0.1:{port}/healthz") as response,
    ):
        return dict(await response.json())


async def healthy(port: int, timeout: float = 15) -> dict[str, object]:
    """The health report once every platform says it is connected."""
    async with asyncio.timeout(timeout):
        while (report := await health(port))["status"] != "ok":
            await asyncio.sleep(0.05)
    return report


async def test_discord_only(discord_fake: FakeDiscord, tmp_path: Path) -> None:
    env = {**discord_env(discord_fake), "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/b.db"}
    process = await start("run", env=env, cwd=tmp_path, stdin=asyncio.subprocess.DEVNULL)
    try:
        port, _ = await wait_for_port(process)
        await discord_fake.wait_ready(timeout=30)
        await discord_fake.wait_for_commands_synced(timeout=30)
        member, channel = discord_fake.test_member, discord_fake.test_channel  # type: ignore[attr-defined]
        reply = await discord_fake.slash_command("help", user_id=member, channel_id=channel)
        assert reply["data"]["embeds"][0]["title"] == "Kommandon"
        assert "help" in {c["name"] for c in discord_fake.global_commands}
        report = await healthy(port)
        assert report["platforms"] == {"discord": {"connected": True}}
        assert "console" not in str(report)
        logged = await stop_cleanly(process)
        assert discord_fake.token not in logged
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def test_slack_only(slack_fake: FakeSlack, tmp_path: Path) -> None:
    env = {**slack_env(slack_fake), "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/b.db"}
    process = await start("run", env=env, cwd=tmp_path, stdin=asyncio.subprocess.DEVNULL)
    try:
        await wait_for_port(process)
        await slack_fake.wait_connected(timeout=30)
        user, channel = slack_fake.test_user, slack_fake.test_channel  # type: ignore[attr-defined]
        await slack_fake.slash_command("/help", "", user_id=user, channel_id=channel)
        [response] = await slack_fake.wait_for_response(1)
        assert "Kommandon" in str(response["blocks"])
        await stop_cleanly(process)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def test_discord_and_slack_together(
    discord_fake: FakeDiscord, slack_fake: FakeSlack, tmp_path: Path
) -> None:
    env = {
        **discord_env(discord_fake),
        **slack_env(slack_fake),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/b.db",
    }
    process = await start("run", env=env, cwd=tmp_path, stdin=asyncio.subprocess.DEVNULL)
    try:
        port, _ = await wait_for_port(process)
        await discord_fake.wait_ready(timeout=30)
        await slack_fake.wait_connected(timeout=30)
        await discord_fake.wait_for_commands_synced(timeout=30)
        user, slack_channel = slack_fake.test_user, slack_fake.test_channel  # type: ignore[attr-defined]
        await slack_fake.slash_command("/language", "en", user_id=user, channel_id=slack_channel)
        [response] = await slack_fake.wait_for_response(1)
        assert "I will speak English" in str(response)
        member, channel = discord_fake.test_member, discord_fake.test_channel  # type: ignore[attr-defined]
        reply = await discord_fake.slash_command("help", user_id=member, channel_id=channel)
        assert reply["data"]["embeds"][0]["title"] == "Kommandon"  # languages are per member
        report = await healthy(port)
        assert report["platforms"] == {
            "discord": {"connected": True},
            "slack": {"connected": True},
        }
        await stop_cleanly(process)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def test_discord_invite_url_asks_the_application_id(
    discord_fake: FakeDiscord, tmp_path: Path
) -> None:
    code, out, err = await run("discord-invite-url", env=discord_env(discord_fake), cwd=tmp_path)
    assert code == 0, err
    assert out.strip() == (
        f"https://discord.com/oauth2/authorize?client_id={discord_fake.application_id}"
        "&scope=bot+applications.commands&permissions=309774633984"
    )
    code, _, err = await run("discord-invite-url", env={}, cwd=tmp_path)
    assert code == 2 and "DISCORD_TOKEN" in err


async def test_slack_manifest_is_printed_as_yaml(tmp_path: Path) -> None:
    code, out, _ = await run(
        "slack-manifest", "--http", "https://b.example/slack/events", env={}, cwd=tmp_path
    )
    assert code == 0
    manifest = yaml.safe_load(out)
    commands = [c["command"] for c in manifest["features"]["slash_commands"]]
    expected = [f"/{spec.name}" for spec in build_catalogue() if spec.name not in RESERVED]
    assert commands == ["/bryggan", *expected]
    assert "/help" in commands and "/wish" in commands
    assert manifest["settings"]["socket_mode_enabled"] is False
