"""The real `bryggan run` process bridging the fake Discord and the fake Slack: a discussion
channel on each becomes one room, and a board post in one announcement channel reaches the
other, with formatting converted, mentions as plain names, edits and deletes carried over,
and nothing echoed back."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.process import start, wait_for_port
from tests.e2e.test_chat_platforms import discord_env, slack_env
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.slack_server import FakeSlack

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
MANAGE_GUILD = 1 << 5


class Room:
    """Both fakes with a bridged pair and an announcement pair of channels."""

    def __init__(self, discord: FakeDiscord, slack: FakeSlack) -> None:
        self.discord, self.slack = discord, slack
        self.board_role = discord.add_role("Styrelsen", permissions=MANAGE_GUILD)
        self.anna_d = discord.add_member("Anna", roles=[self.board_role])
        self.bertil_d = discord.add_member("Bertil")
        self.forum_d = discord.add_channel("bygg-forum")
        self.news_d = discord.add_channel("meddelanden")
        self.anna_s = slack.add_user("Anna")
        self.cecilia_s = slack.add_user("Cecilia")
        self.forum_s = slack.add_channel("bygg")
        self.news_s = slack.add_channel("meddelanden")

    async def discord_command(self, channel: int, command: str, sub: str, **values: str) -> None:
        options: list[dict[str, Any]] = [
            {
                "type": 1,
                "name": sub,
                "options": [{"type": 3, "name": k, "value": v} for k, v in values.items()],
            }
        ]
        if not values:
            options[0].pop("options")
        await self.discord.slash_command(
            command, user_id=self.anna_d, channel_id=channel, options=options
        )

    async def slack_command(self, channel: str, text: str) -> None:
        before = len(self.slack.responses)
        await self.slack.slash_command("/bryggan", text, user_id=self.anna_s, channel_id=channel)
        await self.slack.wait_for_response(before + 1)


@pytest.fixture
async def room() -> AsyncIterator[Room]:
    async with FakeDiscord() as discord, FakeSlack() as slack:
        yield Room(discord, slack)


async def drain(process: asyncio.subprocess.Process) -> str:
    """Keep reading the process's log so a full pipe never blocks it; returns all of it."""
    assert process.stderr is not None
    return (await process.stderr.read()).decode()


def bridged_slack_posts(room: Room, channel: str) -> list[dict[str, Any]]:
    return [m for m in room.slack.messages.get(channel, []) if m.get("username")]


async def test_a_discord_and_a_slack_channel_are_one_room(room: Room, tmp_path: Path) -> None:
    env = {
        **discord_env(room.discord),
        **slack_env(room.slack),
        "SLACK_BOARD_USERS": room.anna_s,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/b.db",
    }
    process = await start("run", env=env, cwd=tmp_path, stdin=asyncio.subprocess.DEVNULL)
    try:
        await wait_for_port(process)
        logs = asyncio.create_task(drain(process))
        await room.discord.wait_ready(timeout=30)
        await room.slack.wait_connected(timeout=30)
        await room.discord.wait_for_commands_synced(timeout=30)
        await room.discord_command(room.forum_d, "bridge", "create", name="bygg")
        await room.slack_command(room.forum_s, "bridge join bygg")
        await room.discord_command(room.news_d, "channel", "add", topic="announcements")
        await room.slack_command(room.news_s, "channel add announcements")

        # Discord → Slack: formatting converted, the mention a plain name, no ping.
        source = await room.discord.post_message(
            room.forum_d,
            f"**Viktigt** om <@{room.anna_d}>s förslag, @everyone läs ~~inte~~ nu",
            user_id=room.bertil_d,
        )
        await room.slack.wait_until(
            lambda: bool(bridged_slack_posts(room, room.forum_s)), 15, "bridged post"
        )
        [copy] = bridged_slack_posts(room, room.forum_s)
        assert copy["username"] == "Bertil (Discord)"
        assert copy["icon_url"]
        shown = copy["blocks"][0]["text"]["text"]
        assert shown == "*Viktigt* om @Annas förslag, @\u2060everyone läs ~inte~ nu"
        assert copy["text"] == "Viktigt om @Annas förslag, @\u2060everyone läs inte nu"
        assert "<!everyone>" not in str(copy) and "<@" not in str(copy)

        # The copy comes back as Slack's echo of the bot's own post: it is not bridged again.
        await room.slack.message_event(
            room.forum_s, copy["text"], user_id=room.slack.bot_user_id, bot_id=room.slack.bot_id
        )

        # Slack → Discord through the channel's webhook, under Cecilia's name, in a thread reply.
        cecilia = await room.slack.message_event(
            room.forum_s,
            "_Ja_, se <https://castor.se|guiden>",
            user_id=room.cecilia_s,
            thread_ts=copy["ts"],
        )
        posted = await room.discord.wait_for_messages(room.forum_d, 1, timeout=15)
        [answer] = [m for m in posted if m.get("webhook_id")]
        assert answer["author"]["username"] == "Cecilia (Slack)"
        assert answer["content"].startswith("> ↪ Bertil: ")
        assert answer["content"].endswith("*Ja*, se [guiden](https://castor.se)")

        # A reply on Discord to that copy (a webhook's post, `w<webhook>:<id>` to the outbox)
        # threads on Slack under Cecilia's own message: Discord reads its own handles.
        await room.discord.post_message(
            room.forum_d, "Tack!", user_id=room.bertil_d, reply_to=int(answer["id"])
        )
        await room.slack.wait_until(
            lambda: any("Tack!" in str(m) for m in bridged_slack_posts(room, room.forum_s)),
            15,
            "the reply bridged",
        )
        [thanks] = [m for m in bridged_slack_posts(room, room.forum_s) if "Tack!" in str(m)]
        assert thanks.get("thread_ts") == cecilia

        # An edit on Discord is carried to the Slack copy; a delete removes it.
        edited = f"Rättat: <@&{room.board_role}> ses kl 13 i <#{room.news_d}>"
        await room.discord.edit_message(room.forum_d, source, edited)
        await room.slack.wait_until(
            lambda: copy["text"] == "Rättat: @Styrelsen ses kl 13 i #meddelanden", 15, "edit"
        )
        await room.discord.delete_message(room.forum_d, source)
        await room.slack.wait_until(lambda: bool(copy.get("deleted")), 15, "deleted copy")

        # A board post in the Discord announcement channel reaches Slack's, once.
        await room.discord.post_message(
            room.news_d, "Årsmötet är den 12 mars.", user_id=room.anna_d
        )
        await room.slack.wait_until(
            lambda: any("Årsmötet" in str(m) for m in room.slack.messages[room.news_s]),
            15,
            "announcement",
        )
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), timeout=10) == 0
        assert "Traceback" not in await logs
        assert len(bridged_slack_posts(room, room.forum_s)) == 2, "nothing was echoed back"
        assert len([m for m in room.discord.messages[room.forum_d] if m.get("webhook_id")]) == 1
        announced = [m for m in room.slack.messages[room.news_s] if "Årsmötet" in str(m)]
        assert len(announced) == 1
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
