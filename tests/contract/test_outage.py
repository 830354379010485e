"""A platform away for a while: what is posted meanwhile reaches it once, in order, soon after
it returns, and the other platforms and e-mail are not held back at all.

Time is compressed: every delay the bot has (retry backoff cap, reconnect backoff cap) is
scaled by SCALE, so "ten minutes down, back within a minute" becomes OUTAGE and DEADLINE
seconds here. The real clients (discord.py, slack_sdk/bolt, aiosmtplib) talk to the fakes.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest

from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.discord.platform import DiscordConfig, DiscordPlatform
from bot.platforms.email.platform import EmailPlatform
from bot.platforms.email.smtp import SmtpConfig
from bot.platforms.slack.platform import SlackConfig, SlackPlatform
from handlers.clock import SystemClock
from handlers.commands import build_catalogue, inbound_handlers
from handlers.context import Context
from handlers.door import Door
from handlers.mail.subscribers import add_address
from handlers.public_config import PublicConfig
from storage.bridges import create_bridge, join_bridge
from storage.channels import add_topic
from storage.db import Database
from tests.fakes.discord_server import FakeDiscord, discord_py_pointed_at
from tests.fakes.slack_server import FakeSlack
from tests.fakes.smtp_server import SmtpServer
from tests.waiting import eventually

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SCALE = 1 / 30  # 30 real seconds become one second here
OUTAGE = 600 * SCALE / 5  # several times every capped backoff and reconnect delay
DEADLINE = 60 * SCALE  # "within a minute of its return"
SLACK_PACE = 1.0  # Slack takes about one post a second per channel; that is not compressed
BACKOFF_CAP = 30 * SCALE  # OUTBOX_BACKOFF_MAX_SECONDS's default, scaled
POSTS = 3
SUBSCRIBERS = 2


@dataclass
class World:
    discord: FakeDiscord
    slack: FakeSlack
    smtp: SmtpServer
    ctx: Context
    platforms: dict[str, Any]
    ids: dict[str, Any]

    def discord_texts(self, channel: int) -> list[str]:
        return [str(m.get("content") or m.get("embeds")) for m in self.discord.messages[channel]]

    def slack_texts(self, channel: str) -> list[str]:
        return [str(m.get("blocks") or m.get("text")) for m in self.slack.messages[channel]]


async def _wire(ctx: Context, ids: dict[str, Any]) -> None:
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        for platform, channel in (("discord", ids["d_news"]), ("slack", ids["s_news"])):
            await add_topic(
                session,
                platform=platform,
                channel_id=str(channel),
                channel_name="meddelanden",
                topic="announcements",
                added_by="test",
                now=now,
            )
        bridge = await create_bridge(session, name="forum", created_by="test", now=now)
        assert bridge is not None
        for platform, channel in (
            ("discord", ids["d_forum"]),
            ("discord", ids["d_forum2"]),
            ("slack", ids["s_forum"]),
            ("slack", ids["s_forum2"]),
        ):
            await join_bridge(
                session,
                bridge_id=bridge.id,
                platform=platform,
                channel_id=str(channel),
                channel_name="forum",
                added_by="test",
                now=now,
            )
    for n in range(SUBSCRIBERS):
        await add_address(ctx, f"medlem{n}@kommun.se", added_by="test")


@pytest.fixture
async def world(database: Database) -> AsyncIterator[World]:
    smtp = SmtpServer()
    smtp.start()
    async with FakeDiscord() as discord, FakeSlack() as slack:
        role = discord.add_role("Styrelsen")
        ids: dict[str, Any] = {
            "d_board": discord.add_member("Anna", roles=[role]),
            "d_member": discord.add_member("Bertil"),
            "d_news": discord.add_channel("meddelanden"),
            "d_forum": discord.add_channel("forum"),
            "d_forum2": discord.add_channel("forum-2"),
            "s_board": slack.add_user("Anna"),
            "s_member": slack.add_user("Cecilia"),
            "s_news": slack.add_channel("meddelanden"),
            "s_forum": slack.add_channel("forum"),
            "s_forum2": slack.add_channel("forum-2"),
        }
        ctx = Context(
            db=database,
            catalogue=build_catalogue(),
            clock=SystemClock(),
            inbound=inbound_handlers(),
            public=PublicConfig("https://bryggan.example.se"),
        )
        await _wire(ctx, ids)
        with discord_py_pointed_at(discord):
            platforms: dict[str, Any] = {
                "discord": DiscordPlatform(
                    Door(ctx),
                    DiscordConfig(
                        token=discord.token,
                        guild_ids=(discord.guild_id,),
                        board_role="Styrelsen",
                        api_base_url=discord.api_base,
                        identify_delay_seconds=0,
                        reconnect_max_seconds=45 * SCALE,
                    ),
                ),
                "slack": SlackPlatform(
                    Door(ctx),
                    SlackConfig(
                        bot_token=slack.bot_token,
                        app_token=slack.app_token,
                        board_users=(ids["s_board"],),
                        api_url=slack.api_url,
                        ping_interval=0.2,
                        reconnect_max_seconds=30 * SCALE,
                    ),
                ),
                "email": EmailPlatform(
                    Door(ctx),
                    SmtpConfig(smtp.host, smtp.port, tls="none", timeout_seconds=5.0),
                    mail_from="bryggan@example.se",  # type: ignore[arg-type]
                ),
            }
            dispatcher = Dispatcher(
                database,
                platforms,
                ctx.clock,
                DispatcherConfig(
                    backoff_base_seconds=2 * SCALE,
                    backoff_max_seconds=BACKOFF_CAP,
                    poll_seconds=0.1,
                    send_timeout_seconds=5,
                ),
            )
            ctx.wake_outbox = dispatcher.wake
            for platform in platforms.values():
                await platform.start()
            running = asyncio.create_task(dispatcher.run())
            try:
                await discord.wait_ready()
                await slack.wait_connected()
                await eventually(lambda: all(p.connected for p in platforms.values()))
                yield World(discord, slack, smtp, ctx, platforms, ids)
            finally:
                await dispatcher.stop(grace_seconds=2)
                running.cancel()
                for platform in platforms.values():
                    await platform.stop()
                smtp.stop()


async def _back_in_order(texts: Any, expected: list[str], started: float, what: str) -> float:
    """Wait until every expected text is there; each once, in order; returns the time it took."""
    loop = asyncio.get_running_loop()
    await eventually(
        lambda: all(any(e in t for t in texts()) for e in expected), timeout=30, what=what
    )
    elapsed = loop.time() - started
    found = [next(i for i, t in enumerate(texts()) if e in t) for e in expected]
    assert found == sorted(found), f"{what}: out of order"
    for text in expected:
        assert sum(text in t for t in texts()) == 1, f"{what}: {text} arrived twice"
    return elapsed


async def test_slack_away_for_ten_minutes(world: World) -> None:
    ids, loop = world.ids, asyncio.get_running_loop()
    await world.slack.go_down()
    down_at = loop.time()
    await eventually(lambda: not world.platforms["slack"].connected, what="slack noticed")
    for n in range(1, POSTS + 1):
        await world.discord.post_message(ids["d_news"], f"Kungörelse {n}", user_id=ids["d_board"])
        await world.discord.post_message(ids["d_forum"], f"Inlägg {n}", user_id=ids["d_member"])

    # Discord and e-mail do not wait for Slack.
    await world.smtp.wait_for(POSTS * SUBSCRIBERS, timeout=15)
    await _back_in_order(
        lambda: world.discord_texts(ids["d_forum2"]),
        [f"Inlägg {n}" for n in range(1, POSTS + 1)],
        down_at,
        "discord during the slack outage",
    )
    assert world.slack.messages[ids["s_news"]] == []
    await asyncio.sleep(max(0.0, OUTAGE - (loop.time() - down_at)))  # the outage itself

    await world.slack.come_back()
    back_at = loop.time()
    news = await _back_in_order(
        lambda: world.slack_texts(ids["s_news"]),
        [f"Kungörelse {n}" for n in range(1, POSTS + 1)],
        back_at,
        "announcements on slack",
    )
    forum = await _back_in_order(
        lambda: world.slack_texts(ids["s_forum"]),
        [f"Inlägg {n}" for n in range(1, POSTS + 1)],
        back_at,
        "bridged messages on slack",
    )
    # The posts queued for one channel leave at Slack's pace after the first.
    allowed = DEADLINE + (POSTS - 1) * SLACK_PACE
    assert max(news, forum) <= allowed, f"back after {max(news, forum):.2f} s"
    assert len(world.smtp.messages) == POSTS * SUBSCRIBERS, "no mail twice"


async def test_discord_away_for_ten_minutes(world: World) -> None:
    ids, loop = world.ids, asyncio.get_running_loop()
    await world.discord.go_down()
    down_at = loop.time()
    await eventually(lambda: not world.platforms["discord"].connected, what="discord noticed")
    for n in range(1, POSTS + 1):
        await world.slack.message_event(ids["s_news"], f"Kungörelse {n}", user_id=ids["s_board"])
        await world.slack.message_event(ids["s_forum"], f"Inlägg {n}", user_id=ids["s_member"])

    await world.smtp.wait_for(POSTS * SUBSCRIBERS, timeout=15)
    await _back_in_order(
        lambda: world.slack_texts(ids["s_forum2"]),
        [f"Inlägg {n}" for n in range(1, POSTS + 1)],
        down_at,
        "slack during the discord outage",
    )
    assert world.discord.messages[ids["d_news"]] == []
    await asyncio.sleep(max(0.0, OUTAGE - (loop.time() - down_at)))

    await world.discord.come_back()
    back_at = loop.time()
    news = await _back_in_order(
        lambda: world.discord_texts(ids["d_news"]),
        [f"Kungörelse {n}" for n in range(1, POSTS + 1)],
        back_at,
        "announcements on discord",
    )
    forum = await _back_in_order(
        lambda: world.discord_texts(ids["d_forum"]),
        [f"Inlägg {n}" for n in range(1, POSTS + 1)],
        back_at,
        "bridged messages on discord",
    )
    assert max(news, forum) <= DEADLINE, f"back after {max(news, forum):.2f} s"
    assert len(world.smtp.messages) == POSTS * SUBSCRIBERS, "no mail twice"
