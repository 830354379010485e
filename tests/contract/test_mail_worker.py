"""The mail worker: the SMTP pool in a child process, against a real SMTP server (aiosmtpd).

The platform's own behaviour (refusals, reconnects, TLS) is in test_email_platform.py, which
runs through the worker too; here is what only a second process brings: it dying, the bot
dying, and a mail given up on while the child holds it.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator

import pytest

from bot.platforms.email.smtp import SmtpConfig
from bot.platforms.email.worker import MailWorker
from handlers.ports import DeliveryError
from tests.fakes.smtp_server import SmtpServer

MAIL = b"Subject: test\r\nFrom: a@example.se\r\nTo: b@example.se\r\n\r\nHej!\r\n"


@pytest.fixture
async def worker(smtp_server: SmtpServer) -> AsyncIterator[MailWorker]:
    mail_worker = MailWorker(
        SmtpConfig(smtp_server.host, smtp_server.port, tls="none", timeout_seconds=5)
    )
    yield mail_worker
    await mail_worker.close()


def child(worker: MailWorker) -> asyncio.subprocess.Process:
    process = worker._process
    assert process is not None, "the worker has started its child"
    return process


async def test_mail_goes_through_the_child_and_outcomes_come_back(
    worker: MailWorker, smtp_server: SmtpServer
) -> None:
    smtp_server.refuse["nobody@example.se"] = "550 5.1.1 no such mailbox"
    await worker.send("a@example.se", "b@example.se", MAIL)
    with pytest.raises(DeliveryError) as refused:
        await worker.send("a@example.se", "nobody@example.se", MAIL)
    assert not refused.value.retryable and "550" in refused.value.reason
    [got] = await smtp_server.wait_for(1)
    assert got.rcpt_tos == ("b@example.se",) and got.raw.endswith(b"Hej!\r\n")
    assert worker.started == 1


async def test_a_dead_child_fails_what_it_held_in_doubt_and_a_new_one_takes_over(
    worker: MailWorker, smtp_server: SmtpServer
) -> None:
    smtp_server.hold_mail()
    held = asyncio.create_task(worker.send("a@example.se", "b@example.se", MAIL))
    await worker.ping()  # the child has the mail, and the smtp_server holds it
    child(worker).kill()
    with pytest.raises(DeliveryError) as lost:
        await held
    assert lost.value.retryable and lost.value.in_doubt
    smtp_server.release_mail()
    await worker.send("a@example.se", "c@example.se", MAIL)
    assert ("c@example.se",) in [m.rcpt_tos for m in await smtp_server.wait_for(1)]
    assert worker.started == 2


async def test_signals_for_the_bot_leave_the_child_to_it(
    worker: MailWorker, smtp_server: SmtpServer
) -> None:
    """Ctrl-C or SIGTERM to the process group: the bot stops the child, not the signal."""
    await worker.ping()  # up and running (a signal while it starts may still end it)
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        child(worker).send_signal(signal_number)
    await worker.send("a@example.se", "b@example.se", MAIL)
    assert len(await smtp_server.wait_for(1)) == 1
    assert worker.started == 1 and child(worker).returncode is None


async def test_the_child_stops_when_the_bot_is_gone(worker: MailWorker) -> None:
    """The bot's end of the pipe closing (as when it is killed) ends the child."""
    await worker.start()
    process = child(worker)
    assert process.stdin is not None
    process.stdin.close()
    assert await asyncio.wait_for(process.wait(), timeout=10) == 0


async def test_a_mail_given_up_on_is_withdrawn_in_the_child(smtp_server: SmtpServer) -> None:
    one_at_a_time = SmtpConfig(smtp_server.host, smtp_server.port, tls="none", pool_size=1)
    worker = MailWorker(one_at_a_time)
    try:
        smtp_server.hold_mail()
        first = asyncio.create_task(worker.send("a@example.se", "b@example.se", MAIL))
        given_up = asyncio.create_task(worker.send("a@example.se", "c@example.se", MAIL))
        await worker.ping()  # both are in the child: b at the smtp_server, c waiting behind it
        given_up.cancel()
        with pytest.raises(asyncio.CancelledError):
            await given_up
        await worker.ping()  # the child has read the cancel
        smtp_server.release_mail()
        await first
        await worker.send("a@example.se", "d@example.se", MAIL)
        got = await smtp_server.wait_for(2)
        assert [m.rcpt_tos for m in got] == [("b@example.se",), ("d@example.se",)]
    finally:
        await worker.close()
