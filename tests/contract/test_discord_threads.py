"""A wish's discussion in the thread under its card, on Discord: the real discord.py client
against the fake Discord, posts driven through the outbox dispatcher as in production.

A thread started from a message is a channel whose id is the message's, so a post "in the
thread under the card" goes to the card's id as a channel; the fake refuses that channel
until the thread is started, which is what shows the thread was opened.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import discord
import pytest

from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.discord.platform import DiscordPlatform
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.door import Door
from handlers.types import Button, InboundMessage, Interaction, Message, Reply
from storage import outbox
from storage.models import OutboxRow
from tests.contract.test_discord_platform import started_platform
from tests.fakes.discord_server import FakeDiscord
from tests.waiting import eventually

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
THREAD_ROUTE = "/threads"


@dataclass
class World:
    fake: FakeDiscord
    ctx: Context
    platform: DiscordPlatform
    general: int
    member: int
    clock: FakeClock = field(default_factory=FakeClock)

    @property
    def client(self) -> discord.Client:
        assert self.platform.client is not None
        return self.platform.client

    async def card(self, text: str = "Önskan #7: Bättre sökning i ärenden") -> int:
        """A wish's card, posted by the bot with its Discuss button: the thread's root."""
        button = Button("Diskutera", "wish.discuss", "7")
        handle = await self.platform.send(
            str(self.general),
            Message(text=text, buttons=(button,)),
            idempotency_key=f"card:{text[:20]}",
            in_doubt=False,
        )
        return int(handle.split(",")[0])

    async def enqueue(
        self, key: str, message: Message | None, *, action: str = "send", ref: str | None = None
    ) -> None:
        async with self.ctx.db.transaction() as session:
            await outbox.enqueue(
                session,
                platform="discord",
                target=str(self.general),
                idempotency_key=key,
                payload=message.to_json() if message else {},
                now=self.clock.now(),
                action=action,  # type: ignore[arg-type]
                ref_key=ref,
            )

    async def row(self, key: str) -> OutboxRow:
        return next(r for r in await outbox.list_rows(self.ctx.db) if r.idempotency_key == key)

    def threads(self) -> list[int]:
        return [cid for cid, c in self.fake.channels.items() if c["type"] == 11]

    def thread_starts(self) -> int:
        """POSTs that asked to start a thread (answered or refused)."""
        return sum(1 for m, p, _ in self.fake.requests if m == "POST" and p.endswith(THREAD_ROUTE))

    def posts_in(self, channel_id: int) -> list[str]:
        """What the bot posted in a channel or thread, oldest first (deleted ones left out)."""
        return [
            m["content"] for m in self.fake.messages.get(channel_id, []) if not m.get("deleted")
        ]


@pytest.fixture
async def world(contract_ctx: Context) -> AsyncIterator[World]:
    async with FakeDiscord() as fake:
        general = fake.add_channel("önskemål")
        member = fake.add_member("Eva")
        async with started_platform(fake, contract_ctx) as platform:
            yield World(fake, contract_ctx, platform, general, member)


@asynccontextmanager
async def dispatching(world: World) -> AsyncIterator[Dispatcher]:
    dispatcher = Dispatcher(
        world.ctx.db, {"discord": world.platform}, world.clock, DispatcherConfig(poll_seconds=0.05)
    )
    task = asyncio.create_task(dispatcher.run())
    try:
        yield dispatcher
    finally:
        await dispatcher.stop(1)
        await task


def opening(card: int, text: str, name: str = "#7 Bättre sökning i ärenden") -> Message:
    return Message(text=text, reply_to=str(card), in_thread=True, thread_name=name)


def in_thread(card: int, text: str) -> Message:
    return Message(text=text, reply_to=str(card), in_thread=True)


# (a) opening the thread and posting in it


async def test_a_discussion_opens_the_thread_under_the_card_and_posts_in_it(world: World) -> None:
    card = await world.card()
    await world.enqueue("c1", opening(card, "Eva (Slack): Det här behöver vi också."))
    await world.enqueue("c2", in_thread(card, "Bo (webben): Håller med!"))
    async with dispatching(world) as dispatcher:
        assert await dispatcher.drain("discord")
    assert world.threads() == [card]  # the thread is the card's message, as a channel
    thread = world.fake.channels[card]
    assert (thread["parent_id"], thread["name"]) == (
        str(world.general),
        "#7 Bättre sökning i ärenden",
    )
    assert thread["thread_metadata"]["auto_archive_duration"] == 10080
    assert world.posts_in(card) == [
        "Eva (Slack): Det här behöver vi också.",
        "Bo (webben): Håller med!",
    ]
    assert world.posts_in(world.general) == ["Önskan #7: Bättre sökning i ärenden"]
    assert world.thread_starts() == 1
    posted = list(world.fake.messages[card])
    assert all("message_reference" not in m and "webhook_id" not in m for m in posted)
    for key, message in zip(("c1", "c2"), posted, strict=True):
        row = await world.row(key)
        assert (row.status, row.message_id) == ("sent", f"t{card}:{message['id']}")
    await world.fake.gateway.settle()  # one gateway round trip: THREAD_CREATE is handled
    assert isinstance(world.client.get_channel(card), discord.Thread)


async def test_a_long_name_is_cut_to_discords_hundred_characters(world: World) -> None:
    card = await world.card()
    name = "Önskan #7: " + "mycket lång rubrik " * 10
    await world.platform.send(
        str(world.general), opening(card, "Första!", name), idempotency_key="n", in_doubt=False
    )
    assert world.fake.channels[card]["name"] == name[:100].rstrip()


async def test_edits_and_deletes_find_a_post_in_its_thread(world: World) -> None:
    card = await world.card()
    longer = "Ett längre stycke om sökningen. " * 100  # about 3,200 characters: two parts
    await world.enqueue("c1", opening(card, "Kort"))
    await world.enqueue("c1:edit", in_thread(card, longer), action="edit", ref="c1")
    async with dispatching(world) as dispatcher:
        assert await dispatcher.drain("discord")
        assert len(world.posts_in(card)) == 2  # the edit's second part went to the thread
        assert "".join(world.posts_in(card)).startswith("Ett längre stycke")
        row = await world.row("c1")
        assert [ref.partition(":")[0] for ref in (row.message_id or "").split(",")] == [
            f"t{card}",
            f"t{card}",
        ]
        await world.enqueue("c1:delete", None, action="delete", ref="c1")
        dispatcher.wake()
        assert await dispatcher.drain("discord")
    assert world.posts_in(card) == []
    assert world.posts_in(world.general) == ["Önskan #7: Bättre sökning i ärenden"]
    assert {r.status for r in await outbox.list_rows(world.ctx.db)} == {"sent"}


# (b) a retry makes neither a second thread nor a second message


async def test_a_lost_answer_to_the_opening_is_retried_into_the_same_thread(world: World) -> None:
    card = await world.card()
    opened = rf"^/channels/{world.general}/messages/{card}/threads$"
    world.fake.fail_next("POST", opened, status=503, lost_answer=True)
    world.fake.fail_next("POST", rf"^/channels/{card}/messages$", status=503, lost_answer=True)
    await world.enqueue("c1", opening(card, "Eva: Bra idé"))
    async with dispatching(world) as dispatcher:
        assert await dispatcher.drain("discord")  # the thread opened, its answer lost
        assert (await world.row("c1")).in_doubt and world.threads() == [card]
        world.clock.advance(60)
        dispatcher.wake()
        assert await dispatcher.drain("discord")  # posted, its answer lost
        assert (await world.row("c1")).status == "pending" and world.posts_in(card) == [
            "Eva: Bra idé"
        ]
        world.clock.advance(60)
        dispatcher.wake()
        assert await dispatcher.drain("discord")
    row = await world.row("c1")
    assert (row.status, row.attempts) == ("sent", 3)
    assert world.thread_starts() == 3  # asked each time; the 2nd and 3rd were told it exists
    assert world.threads() == [card]
    assert world.posts_in(card) == ["Eva: Bra idé"]  # the nonce found the earlier post
    assert row.message_id == f"t{card}:{world.fake.messages[card][0]['id']}"


async def test_a_resend_after_a_crash_finds_the_thread_and_the_post(world: World) -> None:
    card = await world.card()
    message = opening(card, "Eva: " + "Lång kommentar. " * 200)  # two parts
    first = await world.platform.send(
        str(world.general), message, idempotency_key="c1", in_doubt=False
    )
    again = await world.platform.send(
        str(world.general), message, idempotency_key="c1", in_doubt=True
    )
    assert again == first and len(first.split(",")) == 2
    assert world.threads() == [card] and len(world.posts_in(card)) == 2


async def test_a_thread_a_member_opened_first_is_the_one_posted_in(world: World) -> None:
    card = await world.card()
    await world.fake.threads.open_as(world.member, world.general, card, "Evas tråd")
    await world.enqueue("c1", opening(card, "Bo (webben): Jag med"))
    async with dispatching(world) as dispatcher:
        assert await dispatcher.drain("discord")
    assert (await world.row("c1")).status == "sent"
    assert world.threads() == [card] and world.fake.channels[card]["name"] == "Evas tråd"
    assert world.posts_in(card) == ["Bo (webben): Jag med"]


# (c) what the fake refuses


async def test_a_post_in_a_thread_never_opened_is_refused(world: World) -> None:
    card = await world.card()
    await world.enqueue("c1", in_thread(card, "Ingen tråd än"))
    async with dispatching(world) as dispatcher:
        assert await dispatcher.drain("discord")
    row = await world.row("c1")
    assert row.status == "failed" and "Unknown Channel" in (row.last_error or "")
    assert world.threads() == [] and world.thread_starts() == 0
    assert world.posts_in(world.general) == ["Önskan #7: Bättre sökning i ärenden"]


async def test_a_thread_on_an_unknown_message_is_refused(world: World) -> None:
    await world.card()
    unknown = world.fake.next_id()
    await world.enqueue("c1", opening(unknown, "Under ett kort som inte finns"))
    async with dispatching(world) as dispatcher:
        assert await dispatcher.drain("discord")
    row = await world.row("c1")
    assert row.status == "failed" and "Unknown Message" in (row.last_error or "")
    assert world.threads() == [] and world.fake.messages.get(unknown) is None


async def test_the_thread_route_answers_as_discord_does(world: World) -> None:
    card = await world.card()
    other = world.fake.add_channel("annat")
    http = world.client.http

    async def refused(channel: int, message: int, name: str, duration: int = 10080) -> int:
        with pytest.raises(discord.HTTPException) as caught:
            await http.start_thread_with_message(
                channel,
                message,
                name=name,
                auto_archive_duration=duration,  # type: ignore[arg-type]
            )
        return caught.value.code

    assert await refused(world.general, card, "") == 50035
    assert await refused(world.general, card, "x" * 101) == 50035
    assert await refused(world.general, card, "Namn", 15) == 50035
    assert await refused(other, card, "Namn") == 10008  # not a message of that channel
    assert await refused(world.fake.next_id(), card, "Namn") == 10003
    await http.start_thread_with_message(
        world.general, card, name="x" * 100, auto_archive_duration=60
    )
    assert await refused(world.general, card, "Igen") == 160004
    await world.platform.send(
        str(world.general), in_thread(card, "Hej"), idempotency_key="h", in_doubt=False
    )
    [post] = world.fake.messages[card]
    assert await refused(card, int(post["id"]), "Tråd i tråd") == 50024
    assert world.threads() == [card]


# (d) members' messages in the thread


async def test_a_members_message_in_the_thread_reaches_the_door(world: World) -> None:
    seen: list[InboundMessage] = []

    async def listen(_ctx: Context, message: InboundMessage) -> None:
        seen.append(message)

    world.ctx.inbound.append(listen)
    card = await world.card()
    await world.platform.send(
        str(world.general), opening(card, "Bot: välkommen"), idempotency_key="o", in_doubt=False
    )
    await world.fake.post_message(card, "Jag vill ha fritextsök", user_id=world.member)
    await eventually(lambda: len(seen) >= 1, what="the member's message")
    # a client that never heard of the thread (not in its cache) still hands it on
    guild = world.client.get_guild(world.fake.guild_id)
    thread = guild.get_thread(card) if guild is not None else None
    assert guild is not None and thread is not None
    guild._remove_thread(thread)
    await world.fake.post_message(card, "Och filter per år", user_id=world.member)
    await eventually(lambda: len(seen) >= 2, what="the message in an uncached thread")
    assert guild.get_thread(card) is None  # it came in on a partial channel
    # an archived thread: the bot's post and a member's both unarchive it
    await world.fake.threads.archive(card)
    await world.platform.send(
        str(world.general), in_thread(card, "Bot: påminnelse"), idempotency_key="p", in_doubt=False
    )
    await world.fake.threads.archive(card)
    await world.fake.post_message(card, "Fortfarande aktuellt", user_id=world.member)
    await eventually(lambda: len(seen) >= 3, what="the message in a thread that was archived")
    # each channel's events are handled in order: a notice or an own post let in would be here
    assert [(m.kind, m.channel_id, m.text) for m in seen] == [
        ("new", str(card), "Jag vill ha fritextsök"),
        ("new", str(card), "Och filter per år"),
        ("new", str(card), "Fortfarande aktuellt"),
    ]
    assert all(m.author is not None and m.author.display_name == "Eva" for m in seen)
    assert all(m.thread_id is None and not m.from_bot for m in seen)
    assert world.posts_in(card) == ["Bot: välkommen", "Bot: påminnelse"]
    assert not world.fake.channels[card]["thread_metadata"]["archived"]


async def test_a_click_on_a_card_names_the_message_the_button_is_on(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Discuss button rides on the card's last part: a two-part card's click names that
    part's raw id, not the first (which the thread hangs on)."""
    clicked: list[Interaction] = []

    async def capture(_door: Door, interaction: Interaction) -> Reply:
        clicked.append(interaction)
        return Reply.text("ok")

    monkeypatch.setattr(Door, "interaction", capture)
    handle = await world.platform.send(
        str(world.general),
        Message(
            text="Önskan #8. " + "Beskrivning. " * 200,
            buttons=(Button("Diskutera", "wish.discuss", "8"),),
        ),
        idempotency_key="card8",
        in_doubt=False,
    )
    first, last = handle.split(",")
    await world.fake.click_button(
        "b|wish.discuss|8", user_id=world.member, channel_id=world.general, message_id=int(last)
    )
    [interaction] = clicked
    assert (interaction.message_id, interaction.value) == (last, "8")
    assert first != last
