"""The wish list handed to the vendor, as the vendor's helpdesk gets it: /wishlist send and
its button, the outbox, the real EmailPlatform and a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.platforms.email.platform import EmailPlatform
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.mail.fanout import fan_out_to_subscribers
from handlers.mail.subscribers import add_address
from handlers.outbox_alerts import PARKED_NOTICE_PREFIX
from handlers.types import Message
from handlers.wishes.handoff import CONFIRM
from storage import outbox
from storage.channels import add_topic
from tests.conftest import database_at
from tests.contract.test_email_platform import mail_ctx, mailed, platform_for
from tests.fakes.smtp_server import SmtpServer
from tests.people import verify_all
from tests.unit.test_wishes import BO, EVA, OLA, click, run, submit
from tests.waiting import eventually

HELPDESK = "helpdesk@castor-vendor.example"
__all__ = ["mail_ctx"]  # the fixture, shared with the e-mail platform's tests


@pytest.fixture
async def email(mail_ctx: Context, smtp_server: SmtpServer) -> AsyncIterator[EmailPlatform]:
    mail_ctx.wishes = replace(mail_ctx.wishes, vendor_address=HELPDESK)
    platform = platform_for(mail_ctx, smtp_server)
    await platform.start()
    yield platform
    await platform.stop()


async def test_the_vendor_gets_one_mail_with_the_list_attached(
    mail_ctx: Context, email: EmailPlatform, smtp_server: SmtpServer
) -> None:
    ctx = mail_ctx
    await verify_all(ctx, EVA, OLA, BO)
    await submit(ctx, EVA, "Sms till sökande", module="Bygg")
    await submit(ctx, OLA, "Karta i e-tjänsten", module="Kart & mät")
    preview = await run(ctx, BO, "wishlist", "send")
    (button,) = preview.message.buttons
    await click(ctx, BO, CONFIRM, button.value)
    await click(ctx, BO, CONFIRM, button.value)  # pressed twice: one hand-off
    await mailed(ctx, email)

    [got] = await smtp_server.wait_for(1)
    mail = got.message
    assert got.rcpt_tos == (HELPDESK,) and mail["To"] == HELPDESK
    assert mail.get_content_type() == "multipart/mixed"
    assert mail["List-Id"] is None and mail["List-Unsubscribe"] is None  # no list mail
    assert mail["Subject"] == "Användarföreningen Castor: önskelista, överlämning 1"
    assert "lämnar över 2 utvecklingsönskemål" in got.part("plain")
    assert "Skickat av Användarföreningen Castor för styrelsens räkning." in got.part("plain")
    files = {
        part.get_filename(): part
        for part in mail.iter_attachments()  # type: ignore[attr-defined]
    }
    assert list(files) == ["1-onskelista.csv", "1-onskelista.md"]
    assert files["1-onskelista.csv"].get_content_type() == "text/csv"
    rows = list(csv.DictReader(io.StringIO(files["1-onskelista.csv"].get_content())))
    assert {row["title"] for row in rows} == {"Sms till sökande", "Karta i e-tjänsten"}
    assert files["1-onskelista.md"].get_content().startswith("| # | Önskemål |")
    rows_sent = [r for r in await outbox.list_rows(ctx.db) if r.platform == "email"]
    assert [(r.target, r.status) for r in rows_sent] == [("vendor:1", "sent")]
    assert len(smtp_server.messages) == 1


async def test_a_hand_off_mail_the_server_refuses_is_told_to_the_board(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    """Through the running bot: the helpdesk's address refused (550), the board hears of it
    at once and /wishlist batches says so. The control: a list mail refused the same way is
    only summed in /status (one notice per refused member address would drown the board)."""
    smtp_server.refuse[HELPDESK] = "550 5.1.1 No such user"
    smtp_server.refuse["borta@kommun.se"] = "550 5.1.1 No such user"
    async with database_at("sqlite", tmp_path) as target:
        settings = Settings(
            database_url=target.url, smtp_host=smtp_server.host, smtp_port=smtp_server.port,
            smtp_tls="none", mail_from="Bryggan <bryggan@castor.example.se>",
            public_base_url="https://bryggan.example.se", outbox_poll_seconds=0.05,
            vendor_helpdesk_address=HELPDESK,
        )  # fmt: skip
        runtime = Runtime(
            settings, clock=FakeClock(), with_web=False, with_chat=False, with_console=False
        )
        serving = asyncio.create_task(runtime.serve())
        try:
            await eventually(lambda: "email" in runtime.platforms, what="the e-mail platform")
            ctx = runtime.ctx
            async with ctx.db.transaction() as session:
                await add_topic(
                    session, platform="slack", channel_id="CBOARD", channel_name="styrelsen",
                    topic="board", added_by="test", now=ctx.clock.now(),
                )  # fmt: skip
            await add_address(ctx, "borta@kommun.se", added_by="test")
            async with ctx.db.transaction() as session:
                await fan_out_to_subscribers(
                    session, key_prefix="announcement:1", message=Message(text="Hej"),
                    now=ctx.clock.now(),
                )  # fmt: skip
            await verify_all(ctx, EVA, BO)
            await submit(ctx, EVA, "Sms till sökande", module="Bygg")
            (button,) = (await run(ctx, BO, "wishlist", "send")).message.buttons
            await click(ctx, BO, CONFIRM, button.value)
            runtime.dispatcher.wake()

            async def failed() -> list[str]:
                rows = await outbox.list_rows(ctx.db, limit=50)
                return [r.idempotency_key for r in rows if r.status == "failed"]

            for _ in range(400):  # each refused mail is parked, then its notice queued
                notices = [
                    r.payload["text"]
                    for r in await outbox.list_rows(ctx.db, limit=50)
                    if r.idempotency_key.startswith(PARKED_NOTICE_PREFIX)
                ]
                if len(await failed()) == 2 and notices:
                    break
                await asyncio.sleep(0.05)
            assert len(await failed()) == 2  # the hand-off's mail and the list mail
            (notice,) = notices
            assert "till email:vendor:1 misslyckades och är parkerad: SMTP 550" in notice
            listed = await run(ctx, BO, "wishlist", "batches")
            assert "Mejlet kunde inte levereras" in "\n".join(
                f.value for f in listed.message.fields
            )
        finally:
            runtime.request_stop()
            await serving
