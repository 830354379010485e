"""The real `bryggan run` process killed with SIGKILL in the middle of an announcement's
fan-out, then started again: every channel copy arrives exactly once, every subscriber gets
the mail.

Discord suppresses a resend by its nonce and Slack's adapter looks for the post's metadata
before posting again, so a chat copy is never shown twice. SMTP has no such thing: a mail
the server accepted in the instant before the kill, before its delivery was recorded, may be
sent again, with the same Message-ID (mail programs show one); the test allows that only for
deliveries that were in flight (at most OUTBOX_CONCURRENCY).
"""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from pathlib import Path

import pytest

from bot.settings import Settings
from handlers.clock import SystemClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.mail.subscribers import add_address
from storage.channels import add_topic
from storage.db import Database
from storage.migrate import upgrade
from tests.e2e.process import keep_reading, start, wait_for_port
from tests.e2e.test_chat_platforms import discord_env, slack_env
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.slack_server import FakeSlack
from tests.fakes.smtp_server import SmtpServer
from tests.waiting import eventually

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
CHANNELS = 20  # per platform
SUBSCRIBERS = 200
IN_FLIGHT = int(Settings.model_fields["outbox_concurrency"].default)


async def seed(
    url: str, discord_channels: list[int], slack_channels: list[str], subscribers: int = SUBSCRIBERS
) -> None:
    db = Database(url)
    await upgrade(db)
    ctx = Context(db=db, catalogue=build_catalogue(), clock=SystemClock())
    async with db.transaction() as session:
        for platform, channel in [
            *(("discord", str(c)) for c in discord_channels),
            *(("slack", c) for c in slack_channels),
        ]:
            await add_topic(
                session,
                platform=platform,
                channel_id=channel,
                channel_name="meddelanden",
                topic="announcements",
                added_by="test",
                now=ctx.clock.now(),
            )
    for n in range(subscribers):
        await add_address(ctx, f"medlem{n}@kommun.se", added_by="test")
    await db.dispose()


async def test_sigkill_mid_fan_out_then_restart_delivers_each_copy_once(tmp_path: Path) -> None:
    smtp = SmtpServer()
    smtp.start()
    async with FakeDiscord() as discord, FakeSlack() as slack:
        board = discord.add_member("Anna", roles=[discord.add_role("Styrelsen")])
        source = discord.add_channel("styrelsen-meddelanden")
        discord_channels = [discord.add_channel(f"meddelanden-{n}") for n in range(CHANNELS)]
        slack_channels = [slack.add_channel(f"meddelanden-{n}") for n in range(CHANNELS)]
        url = f"sqlite+aiosqlite:///{tmp_path}/b.db"
        await seed(url, [source, *discord_channels], slack_channels)
        env = {**fan_out_env(discord, slack, smtp), "DATABASE_URL": url}

        def arrived() -> tuple[int, int, int]:
            return (
                sum(len(discord.messages[c]) for c in discord_channels),
                sum(len(slack.messages[c]) for c in slack_channels),
                len(smtp.messages),
            )

        # The mail server takes a few mails, then holds the rest in DATA: the fan-out cannot
        # finish before the kill however fast the bot is, and the held ones are in flight.
        smtp.hold_mail(after=5)
        first = await start("run", env=env, cwd=tmp_path, stdin=asyncio.subprocess.DEVNULL)
        try:
            await wait_for_port(first)
            keep_reading(first)
            await discord.wait_ready(timeout=30)
            await slack.wait_connected(timeout=30)
            await discord.post_message(source, "Årsmötet flyttas till den 19 mars.", user_id=board)
            await eventually(
                lambda: min(arrived()) >= 1, timeout=30, what="a first copy on every platform"
            )
            first.send_signal(signal.SIGKILL)
            await first.wait()
        finally:
            if first.returncode is None:
                first.kill()
                await first.wait()
        at_kill = arrived()
        expected = (CHANNELS, CHANNELS, SUBSCRIBERS)
        assert sum(at_kill) < sum(expected), f"the kill came after the fan-out: {at_kill}"
        smtp.release_mail()  # what the dead bot had handed over arrives after all

        second = await start("run", env=env, cwd=tmp_path, stdin=asyncio.subprocess.DEVNULL)
        try:
            await wait_for_port(second)
            keep_reading(second)
            await eventually(
                lambda: all(a >= e for a, e in zip(arrived(), expected, strict=True)),
                timeout=60,
                what="every copy after the restart",
            )
            second.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(second.wait(), timeout=15) == 0
        finally:
            if second.returncode is None:
                second.kill()
                await second.wait()
    smtp.stop()

    recipients = each_copy_once(
        (discord, discord_channels), (slack, slack_channels), smtp, SUBSCRIBERS
    )
    repeated = {a: n for a, n in recipients.items() if n > 1}
    assert len(repeated) <= IN_FLIGHT, f"only mails in flight may repeat: {repeated}"


def fan_out_env(discord: FakeDiscord, slack: FakeSlack, smtp: SmtpServer) -> dict[str, str]:
    """A bot on the fakes, its retries and leases short (the database is the caller's)."""
    return {
        **discord_env(discord),
        **slack_env(slack),
        "SMTP_URL": f"smtp://{smtp.host}:{smtp.port}",
        "SMTP_TLS": "none",
        "MAIL_FROM": "Bryggan <bryggan@example.se>",
        "PUBLIC_BASE_URL": "https://bryggan.example.se",
        "OUTBOX_BACKOFF_BASE_SECONDS": "0.1",
        "OUTBOX_BACKOFF_MAX_SECONDS": "0.5",
        "OUTBOX_LEASE_SECONDS": "2",
    }


def each_copy_once(
    discord: tuple[FakeDiscord, list[int]],
    slack: tuple[FakeSlack, list[str]],
    smtp: SmtpServer,
    subscribers: int,
) -> Counter[str]:
    """Every channel got its copy exactly once and every subscriber the mail (a mail sent
    again carries the same Message-ID); returns how many mails each address got."""
    for channel in discord[1]:
        assert len(discord[0].messages[channel]) == 1, f"discord {channel}"
    for channel in slack[1]:
        assert len(slack[0].messages[channel]) == 1, f"slack {channel}"
    recipients = Counter(address for m in smtp.messages for address in m.rcpt_tos)
    assert set(recipients) == {f"medlem{n}@kommun.se" for n in range(subscribers)}
    ids = {(m.rcpt_tos[0], m.message["Message-ID"]) for m in smtp.messages}
    assert len(ids) == subscribers, "a repeated mail carries the same Message-ID"
    return recipients
