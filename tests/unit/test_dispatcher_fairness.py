"""Each platform has its own delivery slots: a mail server that holds every mail until it
times out fills only the mail slots, and the chat copies of the same announcement go out
meanwhile (they used to wait the whole send timeout behind the first claimed mails)."""

from __future__ import annotations

import asyncio
import random

from bot.dispatcher import Dispatcher, DispatcherConfig
from handlers.clock import FakeClock
from handlers.types import Message
from storage import outbox
from storage.db import Database
from tests.unit.test_dispatcher import Call, FakePlatform, running

MAILS, CHATS = 12, 3


async def queue(db: Database, clock: FakeClock, platform: str, count: int) -> None:
    async with db.transaction() as session:
        for n in range(count):
            await outbox.enqueue(
                session,
                platform=platform,
                target=f"{platform}-{n}",
                idempotency_key=f"{platform}:{n}",
                payload=Message(text=f"{platform} {n}").to_json(),
                now=clock.now(),
            )


async def test_a_hanging_mail_server_never_holds_up_the_chat_copies(
    db: Database, clock: FakeClock
) -> None:
    mail, chat = FakePlatform("email"), FakePlatform("chat")
    server_answers = asyncio.Event()

    async def hold(_call: Call) -> None:
        await server_answers.wait()

    mail.hook = hold
    await queue(db, clock, "email", MAILS)  # queued first: the lowest ids, claimed first
    await queue(db, clock, "chat", CHATS)
    config = DispatcherConfig(poll_seconds=30.0, concurrency=4, send_timeout_seconds=600.0)
    dispatcher = Dispatcher(db, {"email": mail, "chat": chat}, clock, config, rng=random.Random(7))
    async with running(dispatcher):
        dispatcher.wake()
        await chat.wait_until(lambda: len(chat.delivered) == CHATS)
        assert len(mail.calls) == 4, "the mail slots are full, and only they"
        assert mail.delivered == []
        server_answers.set()
        await mail.wait_until(lambda: len(mail.delivered) == MAILS)
