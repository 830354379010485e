"""A mail server that refuses Bryggan's login (535), end to end through the running bot: the
board hears of it once, not once per mail; the other mails wait for the server instead of
being parked; one mail is tried now and then, so a server that takes the login again gets
them all; and a refusal after that is told again (the runtime's rule: at most one notice
about the mail server an hour).

The bot runs as `bryggan run` does (`Runtime.serve`), against the fake SMTP server on
loopback; the board channel is on Slack, which is not configured here, so its notices stay
in the outbox where they are counted.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.platforms.email.platform import PROBE_FIRST_SECONDS, EmailPlatform
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.clock import FakeClock
from handlers.mail.fanout import fan_out_to_subscribers
from handlers.mail.subscribers import add_address
from handlers.outbox_alerts import PARKED_NOTICE_PREFIX
from handlers.types import Message
from storage import outbox
from storage.channels import add_topic
from storage.models import OutboxRow
from tests.conftest import database_at
from tests.fakes.smtp_server import SmtpServer
from tests.waiting import eventually

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

RIGHT, WRONG = "rätt-lösen", "fel-lösen"  # the server's password, and the one Bryggan has
SUBSCRIBERS = 5


@asynccontextmanager
async def running_bot(tmp_path: Path, server: SmtpServer) -> AsyncIterator[Runtime]:
    async with database_at("sqlite", tmp_path) as target:
        values: dict[str, Any] = {  # pydantic takes the secrets as plain strings
            "database_url": target.url,
            "smtp_host": server.host,
            "smtp_port": server.port,
            "smtp_user": "bryggan",
            "smtp_password": WRONG,
            "smtp_tls": "none",
            "mail_from": "Bryggan <bryggan@castor.example.se>",
            "public_base_url": "https://bryggan.example.se",
            "outbox_poll_seconds": 0.05,
        }
        settings = Settings(**values)
        runtime = Runtime(
            settings, clock=FakeClock(), with_web=False, with_chat=False, with_console=False
        )
        serving = asyncio.create_task(runtime.serve())
        try:
            await eventually(lambda: "email" in runtime.platforms, what="the e-mail platform")
            yield runtime
        finally:
            runtime.request_stop()
            await serving


async def rows(runtime: Runtime) -> list[OutboxRow]:
    return await outbox.list_rows(runtime.db, limit=200)


async def notices(runtime: Runtime, count: int, *, within: float = 5.0) -> list[str]:
    """The board's notices once there are `count`, or all there are after `within` seconds
    (a notice is queued just after its mail is parked)."""
    told: list[str] = []
    for _ in range(int(within / 0.05)):
        told = [
            r.payload["text"]
            for r in await rows(runtime)
            if r.idempotency_key.startswith(PARKED_NOTICE_PREFIX)
        ]
        if len(told) >= count:
            break
        await asyncio.sleep(0.05)
    return told


async def mails(runtime: Runtime) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in await rows(runtime):
        if row.platform == "email":
            counts[row.status] = counts.get(row.status, 0) + 1
    return counts


async def settled(runtime: Runtime, expected: dict[str, int]) -> None:
    """Wait until the mails' statuses are `expected` (nothing left in flight)."""
    seen: dict[str, int] = {}
    for _ in range(300):
        if (seen := await mails(runtime)) == expected:
            return
        await asyncio.sleep(0.05)
    assert seen == expected


async def announce(runtime: Runtime, number: int) -> None:
    async with runtime.db.transaction() as session:
        await fan_out_to_subscribers(
            session,
            key_prefix=f"announcement:{number}",
            message=Message(title=f"Nyhet {number}", text="Välkomna!"),
            now=runtime.clock.now(),
        )
    runtime.dispatcher.wake()


async def attempts(runtime: Runtime) -> int:
    return sum(r.attempts for r in await rows(runtime) if r.platform == "email")


async def probe(runtime: Runtime, server: SmtpServer, seconds: float, *, refused: bool) -> None:
    """Let `seconds` pass and wait until the one mail tried as a probe met the server."""
    before, tried = server.refused_logins + len(server.messages), await attempts(runtime)
    assert isinstance(runtime.clock, FakeClock)
    runtime.clock.advance(seconds)
    runtime.dispatcher.wake()
    await eventually(
        lambda: server.refused_logins + len(server.messages) > before, what="a mail tried"
    )
    for _ in range(300):  # and its outcome recorded, before the clock moves again
        if "sending" not in await mails(runtime):
            if refused:
                assert await attempts(runtime) == tried + 1, "one mail at a time while away"
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the mail tried was never recorded")


async def takes_the_login(runtime: Runtime, server: SmtpServer, seconds: float) -> None:
    """The server takes Bryggan's password from now on; the next mail tried finds it back."""
    server.logins = {"bryggan": WRONG}
    await probe(runtime, server, seconds, refused=False)


def refuses_the_login(server: SmtpServer) -> None:
    """The server refuses the password again, from a restart on (the pooled connections
    had logged in before)."""
    server.logins = {"bryggan": RIGHT}
    server.go_down()
    server.come_back()


async def test_a_burst_refused_at_login_tells_the_board_once_until_it_recovered(
    tmp_path: Path,
) -> None:
    server = SmtpServer(logins={"bryggan": RIGHT})
    server.start()
    try:
        async with running_bot(tmp_path, server) as runtime:
            email = runtime.platforms["email"]
            assert isinstance(email, EmailPlatform)
            async with runtime.db.transaction() as session:
                await add_topic(
                    session, platform="slack", channel_id="CBOARD", channel_name="styrelsen",
                    topic="board", added_by="Bo", now=runtime.clock.now(),
                )  # fmt: skip
            for n in range(SUBSCRIBERS):
                await add_address(runtime.ctx, f"m{n}@kommun.se", added_by="test")

            await announce(runtime, 1)  # five mails at once, every login refused
            await settled(runtime, {"failed": 1, "pending": SUBSCRIBERS - 1})
            assert not email.connected and server.refused_logins >= SUBSCRIBERS
            [notice] = await notices(runtime, 1)
            assert "SMTP login refused (535)" in notice and "bryggan outbox retry" in notice

            # still refused: one mail is tried, and an hour later again; no new notice
            await probe(runtime, server, PROBE_FIRST_SECONDS, refused=True)
            await probe(runtime, server, 3600, refused=True)
            await settled(runtime, {"failed": 1, "pending": SUBSCRIBERS - 1})
            assert len(await notices(runtime, 1)) == 1

            await takes_the_login(runtime, server, 3600)
            await settled(runtime, {"failed": 1, "sent": SUBSCRIBERS - 1})
            assert email.connected and len(server.messages) == SUBSCRIBERS - 1

            refuses_the_login(server)
            await announce(runtime, 2)
            await settled(runtime, {"failed": 2, "sent": 4, "pending": 4})
            assert len(await notices(runtime, 2)) == 2, "told again: it recovered in between"

            # back and away again within the same hour: the runtime's hourly rule holds it
            await takes_the_login(runtime, server, PROBE_FIRST_SECONDS)
            await settled(runtime, {"failed": 2, "sent": 8})
            refuses_the_login(server)
            await announce(runtime, 3)
            await settled(runtime, {"failed": 3, "sent": 8, "pending": 4})
            assert len(await notices(runtime, 3, within=1.0)) == 2
    finally:
        server.stop()
