"""The real EmailPlatform (aiosmtplib) against a real SMTP server (aiosmtpd) on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.email.platform import SKIPPED, EmailPlatform
from bot.platforms.email.smtp import SmtpConfig
from handlers.clock import FakeClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.door import Door
from handlers.mail import web as mail_web
from handlers.mail.fanout import fan_out_to_subscribers
from handlers.mail.subscribers import add_address
from handlers.ports import DeliveryError
from handlers.public_config import PublicConfig
from handlers.types import Attachment, Field, Message
from storage import mail, outbox
from storage.db import Database
from tests.fakes.smtp_server import SmtpServer, make_certificate

BASE = "https://bryggan.example.se"
FROM = "Bryggan <bryggan@castor.example.se>"
NEWS = Message(
    title="Årsmöte i Västerås",
    text="Välkomna den **25 maj**! Läs [kallelsen](https://castor.example.se/k). <b>x</b>",
    url="https://castor.example.se/arsmote",
    fields=(Field("Plats", "Stadshuset"),),
    attachments=(Attachment("kallelse.pdf", url="https://castor.example.se/k.pdf"),),
    author_name="Styrelsen",
)


@pytest.fixture
def mail_ctx(database: Database) -> Context:
    return Context(
        db=database,
        catalogue=build_catalogue(),
        clock=FakeClock(),
        public=PublicConfig(BASE, "Användarföreningen Castor"),
    )


def platform_for(ctx: Context, smtp_server: SmtpServer, **config: object) -> EmailPlatform:
    settings = {"tls": "none", "timeout_seconds": 5.0, **config}
    return EmailPlatform(
        Door(ctx),
        SmtpConfig(smtp_server.host, smtp_server.port, **settings),
        mail_from=FROM,  # type: ignore[arg-type]
    )


@pytest.fixture
async def platform(mail_ctx: Context, smtp_server: SmtpServer) -> AsyncIterator[EmailPlatform]:
    email = platform_for(mail_ctx, smtp_server)
    await email.start()
    yield email
    await email.stop()


async def mailed(
    ctx: Context, platform: EmailPlatform, config: DispatcherConfig | None = None
) -> None:
    """Every mail queued so far sent (or given up on) through the outbox, as in production."""
    config = config or DispatcherConfig(poll_seconds=0.05)
    dispatcher = Dispatcher(ctx.db, {"email": platform}, ctx.clock, config)
    task = asyncio.create_task(dispatcher.run())
    try:
        assert await dispatcher.drain("email", timeout=20)
    finally:
        await dispatcher.stop(1)
        task.cancel()


async def subscriber(ctx: Context, address: str) -> tuple[int, str]:
    await add_address(ctx, address, added_by="test")
    async with ctx.db.transaction() as session:
        row = await mail.by_address(session, address)
        assert row is not None
        return row.id, row.token


async def test_list_mail_has_both_parts_and_the_list_headers(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    number, token = await subscriber(mail_ctx, "Kalle@Kommun.se ")
    assert platform.connected
    message_id = await platform.send(
        str(number), NEWS, idempotency_key="announcement:1:email:1", in_doubt=False
    )
    [got] = await smtp_server.wait_for(1)
    mail_msg = got.message
    assert got.rcpt_tos == ("kalle@kommun.se",)
    assert got.mail_from == "bryggan@castor.example.se"
    assert mail_msg.get_content_type() == "multipart/alternative"
    assert mail_msg["Subject"] == "Årsmöte i Västerås"
    assert mail_msg["From"] == FROM and mail_msg["To"] == "kalle@kommun.se"
    assert parsedate_to_datetime(mail_msg["Date"]) == mail_ctx.clock.now()
    assert mail_msg["Message-ID"] == message_id
    assert message_id.endswith("@castor.example.se>")
    assert "<announcements.castor.example.se>" in mail_msg["List-Id"]
    unsubscribe = f"{BASE}/unsubscribe/{token}"
    assert mail_msg["List-Unsubscribe"].strip() == f"<{unsubscribe}>"  # folded: long line
    assert mail_msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text, html = got.part("plain"), got.part("html")
    assert "Välkomna den 25 maj! Läs kallelsen (https://castor.example.se/k)." in text
    assert "Plats:\nStadshuset" in text and "kallelse.pdf: https://castor.example.se/k.pdf" in text
    assert unsubscribe in text
    assert "<strong>25 maj</strong>" in html
    assert '<a href="https://castor.example.se/k">kallelsen</a>' in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    assert f'href="{unsubscribe}"' in html
    assert b"\r\n" in smtp_server.raw[0]


async def test_the_message_id_is_stable_per_delivery(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    number, _ = await subscriber(mail_ctx, "eva@kommun.se")
    first = await platform.send(str(number), NEWS, idempotency_key="k:1", in_doubt=False)
    again = await platform.send(str(number), NEWS, idempotency_key="k:1", in_doubt=True)
    other = await platform.send(str(number), NEWS, idempotency_key="k:2", in_doubt=False)
    assert first == again != other
    assert [m.message["Message-ID"] for m in await smtp_server.wait_for(3)] == [first, first, other]


async def test_subject_falls_back_to_the_first_line(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    number, _ = await subscriber(mail_ctx, "eva@kommun.se")
    first_line = Message(text="\n**Viktigt:** nytt datum\n\nMer text.")
    await platform.send(str(number), first_line, idempotency_key="s", in_doubt=False)
    [got] = await smtp_server.wait_for(1)
    assert got.message["Subject"] == "Viktigt: nytt datum"


async def test_only_active_subscribers_get_list_mail(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    gone, gone_token = await subscriber(mail_ctx, "gone@kommun.se")
    await mail_web.unsubscribe(mail_ctx, gone_token)
    await mail_web.subscribe(mail_ctx, "waiting@kommun.se")
    async with mail_ctx.db.transaction() as session:
        waiting = await mail.by_address(session, "waiting@kommun.se")
        assert waiting is not None
    for target in (str(gone), str(waiting.id), "999", "nonsense", f"confirm:{gone}"):
        assert await platform.send(target, NEWS, idempotency_key=target, in_doubt=False) == SKIPPED
    assert smtp_server.messages == [] and smtp_server.connections == 0


async def test_the_confirmation_mail_goes_only_while_pending(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    await mail_web.subscribe(mail_ctx, "ny@kommun.se")
    async with mail_ctx.db.transaction() as session:
        row = await mail.by_address(session, "ny@kommun.se")
        assert row is not None
    [queued] = await outbox.list_rows(mail_ctx.db)
    target, message = queued.target, Message.from_json(queued.payload)
    assert target == f"confirm:{row.id}"
    assert await platform.send(target, message, idempotency_key="c1", in_doubt=False) != SKIPPED
    [got] = await smtp_server.wait_for(1)
    assert got.message["List-Unsubscribe"] is None
    assert got.message["List-Id"] is not None
    assert f"{BASE}/confirm/{row.token}" in got.part("plain")
    assert f'href="{BASE}/confirm/{row.token}"' in got.part("html")
    assert "unsubscribe" not in got.part("plain").lower()
    await mail_web.confirm(mail_ctx, row.token)
    assert await platform.send(target, message, idempotency_key="c2", in_doubt=False) == SKIPPED
    assert len(smtp_server.messages) == 1


async def test_refused_recipients_map_to_final_or_retryable_errors(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    bad, _ = await subscriber(mail_ctx, "finns-inte@kommun.se")
    busy, _ = await subscriber(mail_ctx, "full@kommun.se")
    good, _ = await subscriber(mail_ctx, "eva@kommun.se")
    smtp_server.refuse["finns-inte@kommun.se"] = "550 5.1.1 No such user"
    smtp_server.refuse["full@kommun.se"] = "452 4.2.2 Mailbox full, try later"
    with pytest.raises(DeliveryError) as final:
        await platform.send(str(bad), NEWS, idempotency_key="b", in_doubt=False)
    assert not final.value.retryable and not final.value.in_doubt
    assert "550" in final.value.reason
    with pytest.raises(DeliveryError) as later:
        await platform.send(str(busy), NEWS, idempotency_key="f", in_doubt=False)
    assert later.value.retryable and not later.value.in_doubt
    await platform.send(str(good), NEWS, idempotency_key="g", in_doubt=False)
    [got] = await smtp_server.wait_for(1)
    assert got.rcpt_tos == ("eva@kommun.se",)
    assert smtp_server.connections == 1, "a refusal resets the envelope and keeps the connection"
    assert platform.connected, "a refused recipient says nothing against the server"


async def test_a_server_that_is_down_means_retry_then_it_reconnects(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    number, _ = await subscriber(mail_ctx, "eva@kommun.se")
    assert platform.connected  # not known to be away before a mail is tried
    await platform.send(str(number), NEWS, idempotency_key="1", in_doubt=False)
    smtp_server.go_down()
    with pytest.raises(DeliveryError) as down:
        await platform.send(str(number), NEWS, idempotency_key="2", in_doubt=False)
    assert down.value.retryable and not down.value.in_doubt
    assert not platform.connected  # /status and /healthz say so
    smtp_server.come_back()
    await platform.send(str(number), NEWS, idempotency_key="3", in_doubt=False)
    assert len(await smtp_server.wait_for(2)) == 2
    assert platform.connected


async def test_a_dropped_pooled_connection_is_replaced_without_an_error(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    number, _ = await subscriber(mail_ctx, "eva@kommun.se")
    await platform.send(str(number), NEWS, idempotency_key="1", in_doubt=False)
    smtp_server.go_down()
    smtp_server.come_back()  # the pooled connection is dead; the next mail must not fail
    await platform.send(str(number), NEWS, idempotency_key="2", in_doubt=False)
    assert len(await smtp_server.wait_for(2)) == 2


async def test_many_mails_share_a_few_connections(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    numbers = [(await subscriber(mail_ctx, f"m{n}@kommun.se"))[0] for n in range(60)]
    await asyncio.gather(
        *(platform.send(str(n), NEWS, idempotency_key=f"x:{n}", in_doubt=False) for n in numbers)
    )
    got = await smtp_server.wait_for(60)
    assert sorted(r for m in got for r in m.rcpt_tos) == sorted(
        f"m{n}@kommun.se" for n in range(60)
    )
    assert smtp_server.connections <= platform.config.pool_size


async def test_a_connection_is_renewed_after_its_message_limit(
    mail_ctx: Context, smtp_server: SmtpServer
) -> None:
    email = platform_for(mail_ctx, smtp_server, max_messages_per_connection=3)
    number, _ = await subscriber(mail_ctx, "eva@kommun.se")
    for n in range(7):
        await email.send(str(number), NEWS, idempotency_key=f"l:{n}", in_doubt=False)
    await email.stop()
    assert len(await smtp_server.wait_for(7)) == 7
    assert smtp_server.connections == 3


async def test_starttls(mail_ctx: Context, tmp_path: Path) -> None:
    server_tls, _client_tls = make_certificate(tmp_path)
    smtp_server = SmtpServer(tls_context=server_tls)
    smtp_server.start()
    try:
        email = platform_for(
            mail_ctx, smtp_server, tls="starttls", tls_cafile=str(tmp_path / "cert.pem")
        )
        number, _ = await subscriber(mail_ctx, "eva@kommun.se")
        await email.send(str(number), NEWS, idempotency_key="tls", in_doubt=False)
        assert len(await smtp_server.wait_for(1)) == 1
        plain = platform_for(mail_ctx, smtp_server, tls="none")
        with pytest.raises(DeliveryError) as refused:  # the server insists on STARTTLS
            await plain.send(str(number), NEWS, idempotency_key="plain", in_doubt=False)
        assert refused.value.retryable
        await email.stop()
        await plain.stop()
    finally:
        smtp_server.stop()


async def test_a_fan_out_goes_through_the_outbox(
    mail_ctx: Context, platform: EmailPlatform, smtp_server: SmtpServer
) -> None:
    for n in range(5):
        await subscriber(mail_ctx, f"m{n}@kommun.se")
    _, gone = await subscriber(mail_ctx, "gone@kommun.se")
    async with mail_ctx.db.transaction() as session:
        queued = await fan_out_to_subscribers(
            session, key_prefix="announcement:7", message=NEWS, now=mail_ctx.clock.now()
        )
    assert queued == 6
    await mail_web.unsubscribe(mail_ctx, gone)  # after queueing: still skipped at send time
    await mailed(mail_ctx, platform)
    got = await smtp_server.wait_for(5)
    assert sorted(r for m in got for r in m.rcpt_tos) == [f"m{n}@kommun.se" for n in range(5)]
    rows = await outbox.list_rows(mail_ctx.db, limit=10)
    assert sorted(r.status for r in rows) == ["sent"] * 6
    assert any(r.message_id == SKIPPED for r in rows)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # loopback only
async def test_smtp_login_works_and_a_refused_one_shows_the_server_as_away(
    mail_ctx: Context,
) -> None:
    smtp_server = SmtpServer(logins={"bryggan": "rätt-lösen"})
    smtp_server.start()
    try:
        number, _ = await subscriber(mail_ctx, "eva@kommun.se")
        good = platform_for(mail_ctx, smtp_server, username="bryggan", password="rätt-lösen")
        await good.send(str(number), NEWS, idempotency_key="in", in_doubt=False)
        assert len(await smtp_server.wait_for(1)) == 1 and good.connected
        wrong = platform_for(mail_ctx, smtp_server, username="bryggan", password="fel")
        with pytest.raises(DeliveryError) as refused:
            await wrong.send(str(number), NEWS, idempotency_key="out", in_doubt=False)
        assert refused.value.reason == "SMTP login refused (535)" and not wrong.connected
        assert smtp_server.refused_logins >= 1 and len(smtp_server.messages) == 1
        await good.stop()
        await wrong.stop()
    finally:
        smtp_server.stop()
