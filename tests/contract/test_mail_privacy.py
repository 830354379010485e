"""Privacy in the mail, through the real EmailPlatform and a real SMTP server (aiosmtpd):
every mail links to the privacy page, and the first mail to an address the board added or
imported says how it got on the list and how to leave, once, the same on every retry."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime
from email import message_from_bytes, policy
from html import unescape

import pytest

from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.email.compose import Envelope, Sender, compose
from bot.platforms.email.platform import EmailPlatform
from bot.platforms.email.smtp import SmtpConfig
from bot.platforms.email.template import build_template
from handlers.clock import FakeClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.door import Door
from handlers.i18n import translator
from handlers.mail import web as mail_web
from handlers.mail.fanout import fan_out_to_subscribers
from handlers.mail.subscribers import add_address, import_addresses
from handlers.public_config import PublicConfig
from handlers.types import Message
from storage import mail, outbox
from storage.db import Database
from tests.contract.test_email_platform import mailed
from tests.fakes.smtp_server import Received, SmtpServer

BASE = "https://bryggan.example.se"
SITE = "Användarföreningen Castor"
FROM = "Bryggan <bryggan@castor.example.se>"
PRIVACY = f"{BASE}/privacy"
# English source texts: the Swedish ones come with the translations (handlers/locale).
BOARD_NOTE = "has put {address} on its mailing list"
IMPORT_NOTE = "{address} was on Användarföreningen Castor's earlier mailing list"
LEAVE = "Do you not want these mails?"


def news(n: int) -> Message:
    return Message(title=f"Nyhet {n}", text=f"Text nummer {n}.")


@pytest.fixture
def mail_ctx(database: Database) -> Context:
    return Context(
        db=database,
        catalogue=build_catalogue(),
        clock=FakeClock(),
        public=PublicConfig(BASE, SITE),
        default_locale="en",  # the note's English source text, whatever the catalogue has
    )


def platform_for(ctx: Context, server: SmtpServer) -> EmailPlatform:
    config = SmtpConfig(server.host, server.port, tls="none", timeout_seconds=5.0)
    return EmailPlatform(Door(ctx), config, mail_from=FROM)


@pytest.fixture
async def platform(mail_ctx: Context, smtp_server: SmtpServer) -> AsyncIterator[EmailPlatform]:
    email = platform_for(mail_ctx, smtp_server)
    await email.start()
    yield email
    await email.stop()


async def row_of(ctx: Context, address: str) -> mail.MailSubscriberRow:
    async with ctx.db.transaction() as session:
        row = await mail.by_address(session, address)
    assert row is not None
    return row


async def announce(ctx: Context, n: int) -> None:
    async with ctx.db.transaction() as session:
        await fan_out_to_subscribers(
            session, key_prefix=f"announcement:{n}", message=news(n), now=ctx.clock.now()
        )


async def deliver(ctx: Context, platform: EmailPlatform) -> None:
    config = DispatcherConfig(poll_seconds=0.05, backoff_base_seconds=0.05, backoff_max_seconds=0.1)
    await mailed(ctx, platform, config)


def to(received: list[Received], address: str) -> list[Received]:
    return [m for m in received if m.rcpt_tos == (address,)]


async def test_every_mail_links_to_the_privacy_page_in_both_parts(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    await mail_web.subscribe(mail_ctx, "ny@kommun.se")  # the confirmation mail
    await add_address(mail_ctx, "eva@kommun.se", added_by="Anna")
    row = await row_of(mail_ctx, "eva@kommun.se")
    async with mail_ctx.db.transaction() as session:
        found = await mail.by_id(session, row.id)
        assert found is not None
        found.locale = "sv"
    await announce(mail_ctx, 1)
    await deliver(mail_ctx, platform)
    got = await smtp_server.wait_for(2)
    confirmation, swedish = to(got, "ny@kommun.se")[0], to(got, "eva@kommun.se")[0]
    assert f"About your personal data: {PRIVACY}?lang=en" in confirmation.part("plain")
    assert f'href="{PRIVACY}?lang=en"' in confirmation.part("html")
    assert f"{PRIVACY}\n" in swedish.part("plain") and "?lang=en" not in swedish.part("plain")
    assert f'href="{PRIVACY}"' in swedish.part("html")
    footer = swedish.part("plain").split("\n-- \n")[1]
    assert PRIVACY in footer


async def test_the_first_mail_to_a_board_added_address_says_how_and_how_to_leave(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    await add_address(mail_ctx, "eva@kommun.se", added_by="Anna")
    row = await row_of(mail_ctx, "eva@kommun.se")
    unsubscribe = f"{BASE}/unsubscribe/{row.token}"
    await announce(mail_ctx, 1)
    await announce(mail_ctx, 2)
    await deliver(mail_ctx, platform)
    first, second = sorted(await smtp_server.wait_for(2), key=lambda m: str(m.message["Subject"]))
    plain, html = first.part("plain"), first.part("html")
    assert plain.startswith(f"The board of {SITE} {BOARD_NOTE.format(address='eva@kommun.se')}")
    assert f"{LEAVE} Unsubscribe: {unsubscribe}" in plain
    assert plain.index(LEAVE) < plain.index("Nyhet 1")  # before the news, not in the footer
    assert BOARD_NOTE.format(address="eva@kommun.se") in unescape(html)
    assert f'{LEAVE} <a href="{unsubscribe}"' in html
    for part in ("plain", "html"):
        assert LEAVE not in second.part(part) and "mailing list," not in second.part(part)
    stored = await row_of(mail_ctx, "eva@kommun.se")
    assert stored.welcome_key == f"announcement:1:email:{row.id}"
    assert stored.welcomed_at is not None


async def test_the_first_mail_to_an_imported_address_says_it_was_imported(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    report = await import_addresses(mail_ctx, [(1, "bo@kommun.se", "Bo"), (2, "cia@kommun.se", "")])
    assert report.added == 2
    await announce(mail_ctx, 1)
    await deliver(mail_ctx, platform)
    for address in ("bo@kommun.se", "cia@kommun.se"):
        [got] = to(await smtp_server.wait_for(2), address)
        assert IMPORT_NOTE.format(address=address) in got.part("plain")
        assert IMPORT_NOTE.format(address=address) in unescape(got.part("html"))
    await announce(mail_ctx, 2)
    await deliver(mail_ctx, platform)
    later = [m for m in await smtp_server.wait_for(4) if "Nyhet 2" in str(m.message["Subject"])]
    assert len(later) == 2 and not any(LEAVE in m.part("plain") for m in later)


async def test_a_web_subscriber_asked_for_it_and_gets_no_note(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    await mail_web.subscribe(mail_ctx, "webb@kommun.se")
    row = await row_of(mail_ctx, "webb@kommun.se")
    await mail_web.confirm(mail_ctx, row.token)
    await announce(mail_ctx, 1)
    await deliver(mail_ctx, platform)
    got = to(await smtp_server.wait_for(1), "webb@kommun.se")
    assert len(got) == 1  # the news (the confirmation was skipped: confirmed before it went)
    assert not any(LEAVE in m.part("plain") or LEAVE in m.part("html") for m in got)
    assert (await row_of(mail_ctx, "webb@kommun.se")).welcome_key is None


async def test_a_retried_first_mail_carries_the_same_note_even_after_a_restart(
    mail_ctx: Context, smtp_server: SmtpServer
) -> None:
    await add_address(mail_ctx, "full@kommun.se", added_by="Anna")
    await announce(mail_ctx, 1)
    await announce(mail_ctx, 2)
    smtp_server.refuse["full@kommun.se"] = "452 4.2.2 Mailbox full, try later"
    first = platform_for(mail_ctx, smtp_server)
    dispatcher = Dispatcher(
        mail_ctx.db, {"email": first}, mail_ctx.clock, DispatcherConfig(poll_seconds=0.05)
    )
    task = asyncio.create_task(dispatcher.run())
    try:
        for _ in range(100):  # tried and refused: it waits for its retry
            await asyncio.sleep(0.05)
            rows = await outbox.list_rows(mail_ctx.db, limit=10)
            if any(r.attempts and r.status == "pending" for r in rows):
                break
    finally:
        await dispatcher.stop(1)
        task.cancel()
        await first.stop()
    assert any(r.attempts == 1 and r.status == "pending" for r in rows), "refused, to retry"
    assert smtp_server.messages == []
    del smtp_server.refuse["full@kommun.se"]
    assert isinstance(mail_ctx.clock, FakeClock)
    mail_ctx.clock.advance(60)  # past the backoff
    restarted = platform_for(mail_ctx, smtp_server)  # a new process: nothing in memory
    try:
        await deliver(mail_ctx, restarted)
    finally:
        await restarted.stop()
    first_mail, second_mail = sorted(
        await smtp_server.wait_for(2), key=lambda m: str(m.message["Subject"])
    )
    assert LEAVE in first_mail.part("plain") and LEAVE in first_mail.part("html")
    assert LEAVE not in second_mail.part("plain")


async def test_a_resend_in_doubt_is_the_same_mail(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    await add_address(mail_ctx, "eva@kommun.se", added_by="Anna")
    row = await row_of(mail_ctx, "eva@kommun.se")
    await announce(mail_ctx, 1)
    key = f"announcement:1:email:{row.id}"
    await platform.send(str(row.id), news(1), idempotency_key=key, in_doubt=False)
    await platform.send(str(row.id), news(1), idempotency_key=key, in_doubt=True)
    await platform.send(str(row.id), news(1), idempotency_key="other", in_doubt=False)
    once, again, other = await smtp_server.wait_for(3)
    assert once.raw == again.raw  # Message-ID, note and all
    assert LEAVE in once.part("plain") and LEAVE not in other.part("plain")


@pytest.mark.parametrize("welcome", ["board", "import"])
@pytest.mark.parametrize("address", ["eva@kommun.se", "åsa@kommun.se"])
def test_the_fast_template_writes_the_note_as_compose_does(welcome: str, address: str) -> None:
    """A fan-out fills a template per message; a non-ASCII address is composed whole. Both
    must carry the same note (tests/unit/test_mail_template.py checks the rest)."""
    sender = Sender(FROM, SITE, privacy_url=PRIVACY)
    envelope = Envelope(
        to=address,
        idempotency_key="k",
        date=datetime(2026, 1, 1).astimezone(),
        unsubscribe_url=f"{BASE}/unsubscribe/abc",
        locale="en",
        welcome=welcome,
    )
    translate = translator("en")
    whole = compose(news(1), sender, envelope, translate)
    parts = [str(p.get_payload(decode=True), "utf-8") for p in whole.get_payload()]  # type: ignore[union-attr]
    assert all(LEAVE in part and PRIVACY in part for part in parts)
    template = build_template(
        news(1), sender, list_mail=True, locale="en", translate=translate, welcome=welcome
    )
    filled = template.fill(envelope, sender.domain)
    if not address.isascii():
        assert filled is None  # composed whole instead
        return
    assert filled is not None
    fast = message_from_bytes(filled[0], policy=policy.default)
    decoded = [str(p.get_payload(decode=True), "utf-8") for p in fast.iter_parts()]
    assert [part.replace("\r\n", "\n") for part in decoded] == parts
    other = replace(envelope, welcome=None)
    assert template.fill(other, sender.domain) is None  # a template never lends its note
