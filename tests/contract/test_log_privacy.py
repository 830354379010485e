"""No log line at INFO or above carries an e-mail address or a message text (issue #15).

Every path that handles one runs here with everything captured at DEBUG: the subscription
pages (subscribe, confirm), `/mail add`, `bryggan mail import`, list mail through the real
EmailPlatform to a real SMTP server (one address refused, with the server naming it), a
verification code's mail, and a bridged message relayed to two platforms. Then no record at
INFO or above may contain any of them. The controls show the detector catches a leak, and
that this very run fails when the dispatcher's masking is taken away.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable
from dataclasses import replace
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot import cli, cli_mail
from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.email.platform import EmailPlatform
from bot.platforms.email.smtp import SmtpConfig
from bot.settings import Settings
from bot.web import build_web_app
from handlers.commands import inbound_handlers
from handlers.context import Context
from handlers.door import Door
from handlers.inbound import dispatch_inbound
from handlers.mail.fanout import fan_out_to_subscribers
from handlers.public_config import PublicConfig
from handlers.run import run_command
from handlers.types import Channel, Command, InboundMessage, Member, Message, Reply
from storage import mail
from storage.db import Database
from tests.fakes.smtp_server import SmtpServer
from tests.unit.test_dispatcher import FakePlatform

WEB = "Webb.Prenumerant@Kommun.example.se"
BOARD_ADDED = "styrelsen.lade@kommun.example.se"
IMPORTED = "importerad.medlem@kommun.example.se"
REFUSED = "finns.inte@kommun.example.se"
VERIFIED = "Eva.Ek@Vaxjo.se"
ANNOUNCEMENT = "Årsmötet flyttas till Jönköping den 14 mars, anmäl er senast fredag"
BRIDGED = "Har någon fått nya bygglovsflödet att fungera med e-tjänsten?"
SECRETS = (WEB, BOARD_ADDED, IMPORTED, REFUSED, VERIFIED, ANNOUNCEMENT, BRIDGED)
FOREIGN_LOGGERS = ("mail.log",)  # the fake SMTP server's own log (aiosmtpd): not the bot's

BOARD = Member("discord", "100", "Anna", is_board=True)
EVA = Member("slack", "U200", "Eva Ek")
DISCORD = Channel("discord", "700", "bygg-forum")
SLACK = Channel("slack", "CBYGG", "bygg")


def leaks(records: Iterable[logging.LogRecord], needles: Iterable[str]) -> list[str]:
    """Each record at INFO or above that contains a needle (case-insensitively), anywhere:
    its line, its extra fields or its traceback."""
    found = []
    for record in records:
        if record.levelno < logging.INFO or record.name.startswith(FOREIGN_LOGGERS):
            continue
        extras = " ".join(f"{k}={v}" for k, v in record.__dict__.items() if k not in STANDARD)
        trace = record.exc_text or ""
        if record.exc_info and not trace:
            trace = logging.Formatter().formatException(record.exc_info)
        haystack = f"{record.getMessage()} {extras} {trace}".lower()
        found += [
            f"{record.levelname} {record.name}: {record.getMessage()!r}"
            for needle in needles
            if needle.lower() in haystack
        ]
    return found


STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message"}


@pytest.fixture
def ctx(database: Database) -> Context:
    from handlers.clock import SystemClock
    from handlers.commands import build_catalogue

    context = Context(
        db=database,
        catalogue=build_catalogue(),
        clock=SystemClock(),
        inbound=inbound_handlers(),
        public=PublicConfig("https://bryggan.example.se", "Användarföreningen Castor"),
    )
    context.people = replace(context.people, mail_enabled=True)
    return context


@pytest.fixture
async def outbox_worker(
    ctx: Context, smtp_server: SmtpServer
) -> AsyncIterator[tuple[Dispatcher, dict[str, FakePlatform]]]:
    """The real e-mail platform and two chat fakes, delivered by one dispatcher."""
    email = EmailPlatform(
        Door(ctx),
        SmtpConfig(smtp_server.host, smtp_server.port, tls="none", timeout_seconds=5.0),
        mail_from="Bryggan <bryggan@castor.example.se>",
    )
    chats = {"discord": FakePlatform("discord"), "slack": FakePlatform("slack")}
    await email.start()
    dispatcher = Dispatcher(
        ctx.db, {"email": email, **chats}, ctx.clock, DispatcherConfig(poll_seconds=0.05)
    )
    task = asyncio.create_task(dispatcher.run())
    try:
        yield dispatcher, chats
    finally:
        await dispatcher.stop(1)
        task.cancel()
        await email.stop()


async def run(ctx: Context, member: Member, name: str, *words: str, **options: str) -> Reply:
    channel = DISCORD if member.platform == "discord" else SLACK
    return await run_command(
        ctx, Command(name, member, channel, subcommand=None, options=options, positional=words)
    )


async def web_subscription(ctx: Context) -> None:
    """Subscribe and confirm through the pages, as a browser would."""
    app = build_web_app(ctx.db, {}, ctx.clock, ctx)
    async with TestClient(TestServer(app)) as client:
        assert (await client.post("/subscribe", data={"address": WEB})).status == 200
        async with ctx.db.transaction() as session:
            row = await mail.by_address(session, WEB)
        assert row is not None
        assert (await client.get(f"/confirm/{row.token}")).status == 200
        assert (await client.post(f"/confirm/{row.token}")).status == 200


async def board_and_import(ctx: Context, database: Database, tmp_path: Path) -> None:
    """`/mail add` in the chat and `bryggan mail import` from a file."""
    added = await run_command(
        ctx, Command("mail", BOARD, DISCORD, subcommand="add", options={"address": BOARD_ADDED})
    )
    assert BOARD_ADDED in added.message.text
    register = tmp_path / "medlemmar.csv"
    register.write_text(f"namn;e-post\nIda;{IMPORTED}\nFel;{REFUSED}\n", encoding="utf-8")
    url = database.url.render_as_string(hide_password=False)
    settings = Settings(database_url=url)  # type: ignore[call-arg]
    args = cli._parser().parse_args(["mail", "import", str(register)])
    assert await cli_mail.run(settings, args) == 0


async def every_path(
    ctx: Context,
    database: Database,
    tmp_path: Path,
    smtp_server: SmtpServer,
    worker: tuple[Dispatcher, dict[str, FakePlatform]],
) -> None:
    dispatcher, chats = worker
    smtp_server.refuse[REFUSED] = f"550 5.1.1 <{REFUSED}>: Recipient address rejected"
    await web_subscription(ctx)
    await board_and_import(ctx, database, tmp_path)
    async with ctx.db.transaction() as session:
        queued = await fan_out_to_subscribers(
            session,
            key_prefix="announcement:1",
            message=Message(text=ANNOUNCEMENT),
            now=ctx.clock.now(),
        )
    assert queued == 4
    asked = await run(ctx, EVA, "verify", email=VERIFIED)
    assert VERIFIED.lower() in asked.message.text
    await run(ctx, BOARD, "bridge", "create", "bygg-forum")
    await run(ctx, Member("slack", "U100", "Anna", is_board=True), "bridge", "join", "bygg-forum")
    await dispatch_inbound(ctx, InboundMessage("new", "discord", "700", "m1", BOARD, BRIDGED))
    ctx.wake_outbox = dispatcher.wake
    dispatcher.wake()
    for platform in ("email", "slack"):
        assert await dispatcher.drain(platform, timeout=20)
    got = smtp_server.messages  # drained: three on the list (one refused) and the code
    assert {r for m in got for r in m.rcpt_tos} == {
        WEB.lower(),
        BOARD_ADDED,
        IMPORTED,
        VERIFIED.lower(),
    }
    assert chats["slack"].sends_to("CBYGG") == [BRIDGED]


async def test_no_address_or_text_reaches_a_log_line_at_info(
    ctx: Context,
    database: Database,
    tmp_path: Path,
    smtp_server: SmtpServer,
    outbox_worker: tuple[Dispatcher, dict[str, FakePlatform]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    await every_path(ctx, database, tmp_path, smtp_server, outbox_worker)
    ours = [r for r in caplog.records if r.name.startswith(("bot", "handlers", "storage"))]
    assert any("delivery failed" in r.getMessage() for r in ours), "the refusal was logged"
    assert leaks(caplog.records, SECRETS) == []


async def test_the_check_fails_when_the_dispatcher_logs_the_address_again(
    ctx: Context,
    database: Database,
    tmp_path: Path,
    smtp_server: SmtpServer,
    outbox_worker: tuple[Dispatcher, dict[str, FakePlatform]],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The control: without the masking the same run leaks the refused address."""
    monkeypatch.setattr("bot.dispatcher.mask_addresses", lambda text: text)
    caplog.set_level(logging.DEBUG)
    await every_path(ctx, database, tmp_path, smtp_server, outbox_worker)
    found = leaks(caplog.records, SECRETS)
    assert found and all("delivery failed" in line for line in found), found


def test_the_detector_sees_info_and_up_but_not_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    log = logging.getLogger("bot.test")
    log.debug("subscribed %s", WEB)
    assert leaks(caplog.records, SECRETS) == []
    log.info("relayed", extra={"text": BRIDGED})
    log.warning("refused: %s", REFUSED.upper())
    try:
        raise RuntimeError(f"cannot mail {IMPORTED}")
    except RuntimeError:
        log.exception("send failed")
    assert len(leaks(caplog.records, SECRETS)) == 3
