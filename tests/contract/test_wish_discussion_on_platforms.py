"""A wish's discussion on Discord and Slack (issue #20), through the real clients and the
fakes: *Diskutera* on the card opens the thread under it, a member's message there becomes
a comment, /comment from anywhere is posted into the thread, and the board's hiding removes
the copy."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from handlers.commands import inbound_handlers
from handlers.context import Context
from handlers.types import InboundMessage
from storage.discussions import comments_of

# ruff: noqa: F811  (`side` is a fixture imported below, used as a parameter)
from tests.contract.test_wishes_on_platforms import (  # noqa: F401  (the `side` fixture)
    Seen,
    Side,
    add_wishes_channel,
    delivered,
    first_wish,
    side,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(autouse=True)
def _listening(contract_ctx: Context) -> None:
    contract_ctx.inbound = inbound_handlers()


@pytest.fixture
def taken_in(contract_ctx: Context) -> asyncio.Queue[InboundMessage]:
    """Each member's message once every inbound handler has taken it in: the platform
    acknowledges an event before the bot handles it, so a test waits on this."""
    handled: asyncio.Queue[InboundMessage] = asyncio.Queue()

    async def tell(_ctx: Context, message: InboundMessage) -> None:
        handled.put_nowait(message)

    contract_ctx.inbound = [*contract_ctx.inbound, tell]  # after the others, in order
    return handled


def in_thread(side: Side, card: Seen) -> list[str]:
    """The bot's posts in the thread under the card, oldest first."""
    fake: Any = side.fake
    if side.name == "discord":
        thread = fake.messages.get(int(card.message_id or 0), [])
        return [
            m["content"]
            for m in thread
            if m.get("type", 0) == 0 and m["author"].get("bot") and not m.get("deleted")
        ]
    posts = fake.messages.get(card.where, [])
    return [
        m["text"]
        for m in posts
        if m.get("thread_ts") == card.message_id and m["ts"] != card.message_id
        and not m["deleted"]
    ]  # fmt: skip


async def say_in_thread(side: Side, card: Seen, text: str, user: Any) -> None:
    fake: Any = side.fake
    if side.name == "discord":
        await fake.post_message(int(card.message_id or 0), text, user_id=user)
    else:
        await fake.message_event(card.where, text, user_id=user, thread_ts=card.message_id)


async def test_diskutera_a_thread_message_and_comment_make_one_discussion(
    side: Side, contract_ctx: Context, taken_in: asyncio.Queue[InboundMessage]
) -> None:
    await add_wishes_channel(side)
    await first_wish(side)
    await delivered(side)
    [card] = side.cards()
    answer = await side.click(card, "Diskutera", side.ola)
    assert answer.private
    assert answer.text == "Diskussionen om #1 finns i tråden under dess kort."
    await delivered(side)
    [opening] = in_thread(side, card)
    assert opening.startswith("Diskussion om #1")

    await say_in_thread(side, card, "Vi behöver det här i Mora", side.ola)
    said_there = await asyncio.wait_for(taken_in.get(), 10)
    assert said_there.text == "Vi behöver det här i Mora"
    async with contract_ctx.db.transaction() as session:
        [comment] = await comments_of(session, 1)
    assert (comment.platform, comment.text) == (side.name, "Vi behöver det här i Mora")
    assert comment.author_name == "Ola"
    await delivered(side)
    assert len(in_thread(side, card)) == 1  # not copied back into its own thread

    said = await side.command("comment", side.eva, number=1, text="Huddinge också")
    assert said.text.startswith("Din kommentar på #1 är sparad.")
    await delivered(side)
    copy = in_thread(side, card)[-1]
    assert "Huddinge också" in copy and "Eva" in copy and "kommentar 2" in copy

    hidden = await side.command("comment-hide", side.bo, number=2)
    assert hidden.text == "Kommentar 2 är dold på webben och i varje kopia."
    await delivered(side)
    assert [p for p in in_thread(side, card) if "Huddinge också" in p] == []

    again = await side.click(card, "Diskutera", side.eva)  # the thread is there already
    assert again.text == answer.text
    await delivered(side)
    assert len(in_thread(side, card)) == 1
