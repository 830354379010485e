"""The real `bryggan run` process bridging the fake Discord, the fake Slack, the fake Matrix
homeserver and the fake Teams (its client posting signed activities to the process's
/api/messages, its Bot Connector taking the answers): a discussion channel on each becomes
one room, and a board post in one announcement channel reaches the other, with formatting
converted, mentions as plain names, edits and deletes carried over, and nothing echoed back."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from storage import outbox
from storage.db import Database
from tests.e2e.process import start, wait_for_port
from tests.e2e.test_chat_platforms import discord_env, slack_env
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.matrix_server import FakeMatrix
from tests.fakes.slack_server import FakeSlack
from tests.fakes.teams_client import FakeTeams
from tests.fakes.teams_connector import FakeConnector
from tests.fakes.teams_issuer import FakeIssuer

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
MANAGE_GUILD = 1 << 5
TEAMS_APP = "a1b2c3d4-0000-4000-8000-0000000000b0"
TEAMS_TENANT = "72f988bf-0000-4000-8000-000000000001"


class Room:
    """The fakes with a bridged channel on each, and an announcement pair of channels."""

    def __init__(
        self, discord: FakeDiscord, slack: FakeSlack, matrix: FakeMatrix, teams: FakeTeams
    ) -> None:
        self.discord, self.slack, self.matrix, self.teams = discord, slack, matrix, teams
        connector = teams.connector
        self.anna_t, self.eva_t = connector.add_user("Anna Ek"), connector.add_user("Eva Berg")
        self.team_t = connector.add_team("Föreningen", [self.anna_t, self.eva_t])
        self.forum_t = connector.add_channel(self.team_t, "Bygg")
        self.anna_m = matrix.add_user("anna", "Anna")
        self.dora_m = matrix.add_user("dora", "Dora")
        self.forum_m = matrix.create_room("Bygg", members=(self.anna_m, self.dora_m))
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
    issuer = FakeIssuer(app_id=TEAMS_APP, tenant_id=TEAMS_TENANT, password="teams-e2e-secret")
    connector = FakeConnector(tenant_id=TEAMS_TENANT, app_id=TEAMS_APP)
    connector.token_ok = issuer.access_token_ok
    async with (
        FakeDiscord() as discord,
        FakeSlack() as slack,
        FakeMatrix() as matrix,
        issuer,
        connector,
        FakeTeams(connector, issuer) as teams,
    ):
        yield Room(discord, slack, matrix, teams)


async def drain(process: asyncio.subprocess.Process) -> str:
    """Keep reading the process's log so a full pipe never blocks it; returns all of it."""
    assert process.stderr is not None
    return (await process.stderr.read()).decode()


async def outbox_settled(database: Path) -> None:
    """Every delivery the process queued has been marked (sent or otherwise): read from its
    database file, as the state a member's next action meets."""
    db = Database(f"sqlite+aiosqlite:///{database}")
    try:
        async with asyncio.timeout(15):
            for platform in ("discord", "slack", "matrix", "teams"):
                while await outbox.open_count(db, platform=platform, now=datetime.now(UTC)):
                    await asyncio.sleep(0.02)
    finally:
        await db.dispose()


def matrix_env(room: Room) -> dict[str, str]:
    return {
        "MATRIX_HOMESERVER": room.matrix.base_url,
        "MATRIX_USER_ID": room.matrix.bot_user_id,
        "MATRIX_ACCESS_TOKEN": room.matrix.token,
        "MATRIX_BOARD_USERS": room.anna_m,
    }


def teams_env(room: Room) -> dict[str, str]:
    return {
        "TEAMS_APP_ID": TEAMS_APP,
        "TEAMS_APP_PASSWORD": room.teams.issuer.password,
        "TEAMS_TENANT_ID": TEAMS_TENANT,
        "TEAMS_BOARD_USERS": room.anna_t.aad_object_id,
        "TEAMS_OPENID_METADATA_URL": room.teams.issuer.metadata_url,
        "TEAMS_LOGIN_URL": room.teams.issuer.login_url,
        "TEAMS_SERVICE_URL": room.teams.connector.service_url,
    }


def teams_copies(room: Room) -> list[str]:
    """What the bot's posts in the Teams channel show (text, or a card's text blocks)."""
    return [str(p.body) for p in room.teams.connector.bot_posts(room.forum_t)]


def matrix_copies(room: Room) -> list[str]:
    return [p.body or "" for p in room.matrix.bot_posts(room.forum_m) if not p.redacted]


def bridged_slack_posts(room: Room, channel: str) -> list[dict[str, Any]]:
    return [m for m in room.slack.messages.get(channel, []) if m.get("username")]


async def test_a_discord_and_a_slack_channel_are_one_room(room: Room, tmp_path: Path) -> None:
    env = {
        **discord_env(room.discord),
        **slack_env(room.slack),
        **matrix_env(room),
        **teams_env(room),
        "SLACK_BOARD_USERS": room.anna_s,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/b.db",
    }
    process = await start("run", env=env, cwd=tmp_path, stdin=asyncio.subprocess.DEVNULL)
    try:
        port, _ = await wait_for_port(process)
        room.teams.endpoint = f"http://127.0.0.1:{port}/api/messages"
        logs = asyncio.create_task(drain(process))
        await room.discord.wait_ready(timeout=30)
        await room.slack.wait_connected(timeout=30)
        await room.discord.wait_for_commands_synced(timeout=30)
        await room.discord_command(room.forum_d, "bridge", "create", name="bygg")
        await room.slack_command(room.forum_s, "bridge join bygg")
        await room.matrix.wait_syncing()
        room.matrix.post(room.forum_m, room.anna_m, "!bryggan bridge join bygg")
        await room.matrix.wait_until(
            lambda: any("bygg" in (p.body or "") for p in room.matrix.bot_posts(room.forum_m)),
            15,
            "the Matrix room joined the bridge",
        )
        await room.teams.channel_message(
            room.anna_t, room.forum_t, "bridge join bygg", mention_bot=True
        )
        assert room.teams.statuses == [200]
        await room.teams.connector.wait_until(
            lambda: any("bygg" in c for c in teams_copies(room)),
            15,
            "the Teams channel joined the bridge",
        )
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
        await room.matrix.wait_until(
            lambda: any("Viktigt" in c for c in matrix_copies(room)), 15, "the Matrix copy"
        )
        [on_matrix] = [
            p for p in room.matrix.bot_posts(room.forum_m) if "Viktigt" in (p.body or "")
        ]
        assert (on_matrix.body or "").startswith("Bertil (Discord):")
        assert [p for p in room.matrix.pings if p.sender == room.matrix.bot_user_id] == []
        await room.teams.connector.wait_until(
            lambda: any("Viktigt" in c for c in teams_copies(room)), 15, "the Teams copy"
        )
        [on_teams] = [
            p for p in room.teams.connector.bot_posts(room.forum_t) if "Viktigt" in str(p.body)
        ]
        assert "Bertil (Discord)" in str(on_teams.body)
        assert room.teams.connector.pings == []

        # Matrix → Discord and Slack, under Dora's name.
        room.matrix.post(room.forum_m, room.dora_m, "Hej från Element")
        await room.slack.wait_until(
            lambda: any("Element" in str(m) for m in bridged_slack_posts(room, room.forum_s)),
            15,
            "the Matrix message on Slack",
        )
        [from_matrix] = [m for m in bridged_slack_posts(room, room.forum_s) if "Element" in str(m)]
        assert from_matrix["username"] == "Dora (Matrix)"
        await room.discord.wait_until(
            lambda: any(
                m.get("author", {}).get("username") == "Dora (Matrix)"
                for m in room.discord.messages.get(room.forum_d, [])
            ),
            15,
            "the Matrix message on Discord",
        )

        # Teams → Slack, under Eva's name (a channel post the bot reads without a mention).
        await room.teams.channel_message(room.eva_t, room.forum_t, "Hej från Teams")
        await room.slack.wait_until(
            lambda: any("från Teams" in str(m) for m in bridged_slack_posts(room, room.forum_s)),
            15,
            "the Teams message on Slack",
        )
        [from_teams] = [
            m for m in bridged_slack_posts(room, room.forum_s) if "från Teams" in str(m)
        ]
        assert from_teams["username"] == "Eva Berg (Teams)"

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

        def cecilias() -> list[dict[str, Any]]:
            return [
                m
                for m in room.discord.messages.get(room.forum_d, [])
                if m.get("author", {}).get("username") == "Cecilia (Slack)"
            ]

        await room.discord.wait_until(lambda: bool(cecilias()), 15, "Cecilia's answer")
        [answer] = cecilias()
        assert answer.get("webhook_id")
        assert answer["content"].startswith("> ↪ Bertil: ")
        assert answer["content"].endswith("*Ja*, se [guiden](https://castor.se)")

        await outbox_settled(tmp_path / "b.db")  # the copy's id is known, as a member finds it
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
        await room.matrix.wait_until(  # the Matrix copy is redacted too
            lambda: any(
                p.redacted
                for p in room.matrix.bot_posts(room.forum_m)
                if p.event_id == on_matrix.event_id
            ),
            15,
            "the Matrix copy redacted",
        )
        await room.teams.connector.wait_until(
            lambda: room.teams.connector.activities[on_teams.id].deleted, 15, "Teams copy deleted"
        )

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
        assert len(bridged_slack_posts(room, room.forum_s)) == 4, "nothing was echoed back"
        assert len([m for m in room.discord.messages[room.forum_d] if m.get("webhook_id")]) == 3
        assert set(room.teams.statuses) == {200}
        announced = [m for m in room.slack.messages[room.news_s] if "Årsmötet" in str(m)]
        assert len(announced) == 1
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
