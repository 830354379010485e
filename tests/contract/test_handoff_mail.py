"""The wish list handed to the vendor, as the vendor's helpdesk gets it: /wishlist send and
its button, the outbox, the real EmailPlatform and a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from dataclasses import replace

import pytest

from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.email.platform import EmailPlatform
from handlers.context import Context
from handlers.wishes.handoff import CONFIRM
from storage import outbox
from tests.contract.test_email_platform import mail_ctx, platform_for
from tests.fakes.smtp_server import SmtpServer
from tests.people import verify_all
from tests.unit.test_wishes import BO, EVA, OLA, click, run, submit

HELPDESK = "helpdesk@castor-vendor.example"
__all__ = ["mail_ctx"]  # the fixture, shared with the e-mail platform's tests


@pytest.fixture
async def email(mail_ctx: Context, smtp_server: SmtpServer) -> AsyncIterator[EmailPlatform]:
    mail_ctx.wishes = replace(mail_ctx.wishes, vendor_address=HELPDESK)
    platform = platform_for(mail_ctx, smtp_server)
    await platform.start()
    yield platform
    await platform.stop()


async def delivered(ctx: Context, platform: EmailPlatform) -> None:
    dispatcher = Dispatcher(ctx.db, {"email": platform}, ctx.clock, DispatcherConfig(0.05))
    task = asyncio.create_task(dispatcher.run())
    try:
        assert await dispatcher.drain("email", timeout=20)
    finally:
        await dispatcher.stop(1)
        task.cancel()


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
    await delivered(ctx, email)

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
