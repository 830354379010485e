"""The Matrix platform through mautrix against the fake homeserver (tests/fakes/matrix_*.py):
commands typed as messages, private answers in a direct room, forms as a conversation,
numbered choices answered by reply and by reaction, posts that never ping and are idempotent
by transaction id, edits and redactions, a 429 waited out, the sync token kept, and members'
messages handed to bridges. Every wait is on the fake's recorded state, never a sleep."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.matrix.platform import MatrixConfig, MatrixPlatform
from bot.platforms.matrix.render import as_typed_here
from handlers.context import Context
from handlers.door import Door
from handlers.types import InboundMessage, Message
from storage import outbox
from tests.fakes.matrix_server import FakeMatrix
from tests.waiting import eventually


@dataclass
class World:
    fake: FakeMatrix
    platform: MatrixPlatform
    ctx: Context
    dispatcher: Dispatcher
    room: str  # a room where Eva, Bo (board, power level 50) and the bot are
    eva: str
    bo: str

    async def delivered(self) -> None:
        assert await self.dispatcher.drain("matrix"), "outbox not drained"

    async def synced(self) -> None:
        """The bot has handled everything the homeserver has for it so far."""
        self.platform.sync.synced.clear()
        await self.fake.wait_syncing()
        await asyncio.wait_for(self.platform.sync.synced.wait(), 10)

    async def says(self, room: str, user: str, *bodies: str) -> None:
        """`user` writes each body in turn, each handled and answered before the next."""
        for body in bodies:
            self.fake.post(room, user, body)
            await self.synced()
            await self.delivered()

    async def direct_room_joined(self, user: str) -> str:
        """The bot's direct room with `user`, which `user` has joined."""
        dm = await Door(self.ctx).direct_room("matrix", user)
        assert dm is not None
        self.fake.join(dm, user)
        return dm

    def bot_pings(self) -> list[object]:
        """What the bot's own posts would notify (members' messages may ping whom they like)."""
        return [p for p in self.fake.pings if p.sender == self.fake.bot_user_id]

    async def dm_posts(self, user: str) -> list[str]:
        """What the bot said in its direct room with `user` (the room it keeps for them)."""
        room = await Door(self.ctx).direct_room("matrix", user)
        return [p.body or "" for p in self.fake.bot_posts(room)] if room else []


def config(fake: FakeMatrix, board_room: str = "") -> MatrixConfig:
    return MatrixConfig(
        homeserver=fake.base_url,
        user_id=fake.bot_user_id,
        access_token=fake.token,
        board_room=board_room,
        retry_seconds=0.05,
    )


@pytest.fixture
async def world(contract_ctx: Context) -> AsyncIterator[World]:
    async with FakeMatrix() as fake:
        eva, bo = fake.add_user("eva", "Eva Ek"), fake.add_user("bo", "Bo Berg")
        room = fake.create_room("Bygg", members=(eva, bo), power_levels={bo: 50})
        platform = MatrixPlatform(Door(contract_ctx), config(fake, board_room=room))
        dispatcher = Dispatcher(
            contract_ctx.db,
            {"matrix": platform},
            contract_ctx.clock,
            DispatcherConfig(poll_seconds=0.05),
        )
        contract_ctx.wake_outbox = dispatcher.wake
        running = asyncio.create_task(dispatcher.run())
        await platform.start()
        world = World(fake, platform, contract_ctx, dispatcher, room, eva, bo)
        try:
            await world.synced()  # the first sync: history is not answered
            yield world
        finally:
            await world.platform.stop()
            await dispatcher.stop(1)
            await running


async def test_a_private_answer_goes_to_the_direct_room_without_a_ping(world: World) -> None:
    world.fake.post(world.room, world.eva, "!bryggan help")
    await world.synced()
    await world.delivered()
    assert world.fake.bot_posts(world.room) == []  # nothing said in the room
    [answer] = await world.dm_posts(world.eva)
    assert "Kommandon" in answer
    assert "!hjälp —" in answer and "/hjälp" not in answer  # commands as typed on Matrix
    assert world.bot_pings() == []


async def test_plain_chat_that_starts_with_an_exclamation_mark_is_no_command(
    world: World,
) -> None:
    world.fake.post(world.room, world.eva, "!viktigt: möte i morgon")
    world.fake.post(world.room, world.eva, "!help")  # a command by its own name
    await world.synced()
    await world.delivered()
    assert len(await world.dm_posts(world.eva)) == 1


async def test_a_board_command_needs_the_board_rooms_power_level(world: World) -> None:
    world.fake.post(world.room, world.eva, "!bryggan channel add topic:announcements")
    await world.synced()
    await world.delivered()
    [refused] = await world.dm_posts(world.eva)
    assert "styrelse" in refused.lower()
    assert world.fake.bot_posts(world.room) == []
    asked = world.fake.post(world.room, world.bo, "!bryggan channel add topic:announcements")
    await world.synced()
    await world.delivered()
    [answer] = world.fake.bot_posts(world.room)  # public, as a reply to the command
    assert answer.reply_to == asked and answer.content["m.mentions"] == {} and answer.html
    assert world.bot_pings() == []


async def test_a_wish_form_is_a_conversation_in_the_direct_room(world: World) -> None:
    await world.says(world.room, world.eva, "!wish")
    dm = await world.direct_room_joined(world.eva)
    assert (await world.dm_posts(world.eva))[-1].endswith("Rubrik:")
    # no description, then a module there is not
    await world.says(dm, world.eva, "Export av ärenden till Excel", "-", "Kart")
    said = await world.dm_posts(world.eva)
    assert "Modul" in said[-1]  # the module refused, asked again with what was sent kept
    await world.says(dm, world.eva, "Bygg")
    said = await world.dm_posts(world.eva)
    assert "#1" in said[-1] and "Export av ärenden till Excel" in said[-1]


async def test_a_form_half_filled_goes_on_after_a_restart(
    world: World, contract_ctx: Context
) -> None:
    await world.says(world.room, world.eva, "!wish")
    dm = await world.direct_room_joined(world.eva)
    await world.says(dm, world.eva, "Export av ärenden till Excel")
    await world.platform.stop()
    world.platform = MatrixPlatform(Door(contract_ctx), config(world.fake))
    await world.platform.start()
    await world.says(dm, world.eva, "-", "Bygg")  # the description skipped, then the module
    said = await world.dm_posts(world.eva)
    assert "#1" in said[-1] and "Export av ärenden till Excel" in said[-1]


async def test_a_numbered_choice_is_answered_by_reply_and_by_reaction(world: World) -> None:
    typed = '!wish title:"Export av ärenden till Excel" module:Bygg'
    world.fake.post(world.room, world.eva, typed)
    await world.synced()
    world.fake.post(world.room, world.bo, typed.replace("Excel", "Excel-fil"))
    await world.synced()
    await world.delivered()
    dm = await Door(world.ctx).direct_room("matrix", world.bo)
    assert dm is not None
    world.fake.join(dm, world.bo)
    [offer] = [p for p in world.fake.bot_posts(dm) if p.content.get("se.bryggan.choices")]
    assert "1. Stöd #1" in (offer.body or "")
    world.fake.post(dm, world.bo, "1", reply_to=offer.event_id)  # the choice by its number
    await world.synced()
    await world.delivered()
    assert "stöder" in (await world.dm_posts(world.bo))[-1].lower()
    world.fake.react(dm, world.bo, offer.event_id, "1️⃣")  # again, by reaction: taken back
    await world.synced()
    await world.delivered()
    said = await world.dm_posts(world.bo)
    assert said[-1] != said[-2]
    world.fake.post(dm, world.bo, "7", reply_to=offer.event_id)  # no such choice: just chat
    await world.synced()
    await world.delivered()
    assert await world.dm_posts(world.bo) == said


async def test_posts_are_idempotent_by_transaction_id(world: World) -> None:
    message = Message(text="Årsmötet är den 12 mars, @room")
    first = await world.platform.send(world.room, message, idempotency_key="k1", in_doubt=False)
    again = await world.platform.send(world.room, message, idempotency_key="k1", in_doubt=True)
    assert first == again
    assert len(world.fake.bot_posts(world.room)) == 1
    assert world.bot_pings() == []  # @room defused by an empty m.mentions


async def test_an_edit_replaces_in_place_and_a_delete_redacts(world: World) -> None:
    handle = await world.platform.send(
        world.room, Message(text="Möte kl 13"), idempotency_key="k2", in_doubt=False
    )
    assert await world.platform.edit(world.room, handle, Message(text="Möte kl 14")) is None
    [post] = world.fake.bot_posts(world.room)
    assert post.body == "Möte kl 14" and post.edited
    assert world.fake.invalid_edits() == {}
    await world.platform.delete(world.room, handle)
    assert world.fake.bot_posts(world.room)[0].redacted


async def test_a_long_post_goes_in_parts_and_an_edit_to_fewer_parts_posts_anew(
    world: World,
) -> None:
    long_text = "Ett långt stycke om bygglov och e-tjänster. " * 400  # about 18,000 characters
    handle = await world.platform.send(
        world.room, Message(text=long_text), idempotency_key="k3", in_doubt=False
    )
    assert len(handle.split(",")) == 3
    changed = await world.platform.edit(world.room, handle, Message(text="Kort nu."))
    assert changed is not None and len(changed.split(",")) == 1
    posts = world.fake.bot_posts(world.room)
    assert [p.redacted for p in posts] == [True, True, True, False]


async def test_a_rate_limit_is_waited_out_through_the_outbox(world: World) -> None:
    world.fake.enforce_rate_limits(message_per_second=0.5, message_burst=1)
    async with world.ctx.db.transaction() as session:
        for n in range(3):
            await outbox.enqueue(
                session, platform="matrix", target=world.room, idempotency_key=f"rl:{n}",
                payload=Message(text=f"Nummer {n}").to_json(), now=world.ctx.clock.now(),
            )  # fmt: skip
    world.dispatcher.wake()
    posts = await world.fake.wait_for_posts(world.room, 3, timeout=20)
    assert sorted(p.body or "" for p in posts) == ["Nummer 0", "Nummer 1", "Nummer 2"]
    assert (
        world.fake.rate_limits is not None and world.fake.rate_limits.served_429 >= 1
    )  # the control: the limit was met, and waited out


async def test_members_messages_edits_and_redactions_reach_the_inbound_handlers(
    world: World,
) -> None:
    seen: list[InboundMessage] = []

    async def listen(_ctx: Context, message: InboundMessage) -> None:
        seen.append(message)

    world.ctx.inbound = [listen]
    said = world.fake.post(world.room, world.eva, "Hej alla")
    await world.synced()
    world.fake.edit(world.room, world.eva, said, "Hej allihop")
    await world.synced()
    world.fake.redact_as(world.room, world.eva, said)
    await world.synced()
    assert [(m.kind, m.message_id, m.text) for m in seen] == [
        ("new", said, "Hej alla"), ("edited", said, "Hej allihop"), ("deleted", said, ""),
    ]  # fmt: skip
    assert seen[0].author is not None and seen[0].author.display_name == "Eva Ek"


async def test_the_sync_token_is_kept_so_a_restart_answers_nothing_twice(
    world: World, contract_ctx: Context
) -> None:
    world.fake.post(world.room, world.eva, "!help")
    await world.synced()
    await world.delivered()
    await world.platform.stop()
    again = MatrixPlatform(Door(contract_ctx), config(world.fake))
    world.platform = again
    await again.start()
    try:
        world.fake.post(world.room, world.bo, "!help")  # news after the stored token
        await world.synced()
        await world.delivered()
        assert len(await world.dm_posts(world.eva)) == 1  # not answered again
        assert len(await world.dm_posts(world.bo)) == 1
    finally:
        await again.stop()


async def test_a_sync_answer_that_could_not_be_taken_in_is_taken_again(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database away for a moment: the sync token is not moved on, the same answer is
    fetched again, and the command is answered once."""
    original, failures = Door.first_sight, [1]

    async def flaky(door: Door, key: str, *, keep: object) -> bool:
        if failures:
            failures.pop()
            raise ConnectionError("database away")
        return await original(door, key, keep=keep)  # type: ignore[arg-type]

    monkeypatch.setattr(Door, "first_sight", flaky)
    world.fake.post(world.room, world.eva, "!help")
    await world.synced()
    await world.delivered()
    assert failures == []  # it did fail once
    assert len(await world.dm_posts(world.eva)) == 1


async def test_more_news_than_the_homeservers_default_page_is_all_read(
    world: World, contract_ctx: Context
) -> None:
    """Fifteen members write while the bot is away (a homeserver sends 10 events a room by
    default): every message reaches the inbound handlers after the restart."""
    seen: list[str] = []

    async def listen(_ctx: Context, message: InboundMessage) -> None:
        seen.append(message.text)

    world.ctx.inbound = [listen]
    await world.platform.stop()
    writers = [world.fake.add_user(f"medlem{n}", f"Medlem {n}") for n in range(15)]
    for n, writer in enumerate(writers):
        world.fake.invite(world.room, writer, sender=world.bo)
        world.fake.join(world.room, writer)
        world.fake.post(world.room, writer, f"Hej nummer {n}")
    world.platform = MatrixPlatform(Door(contract_ctx), config(world.fake))
    await world.platform.start()
    await world.synced()
    assert sorted(seen) == sorted(f"Hej nummer {n}" for n in range(15))


async def test_a_sync_token_the_homeserver_refuses_is_given_up(
    world: World, contract_ctx: Context
) -> None:
    """A database moved to another homeserver: its stored token is refused, and the bot
    starts afresh instead of retrying it for ever."""
    await world.platform.stop()
    await Door(contract_ctx).remember("matrix", "since", "s999999")  # not this server's
    world.platform = MatrixPlatform(Door(contract_ctx), config(world.fake))
    await world.platform.start()
    await world.synced()  # the fresh first sync (history not answered)
    await world.says(world.room, world.eva, "!help")
    assert len(await world.dm_posts(world.eva)) == 1


def test_commands_are_written_as_typed_on_matrix() -> None:
    commands = {"help", "verifiera", "survey"}
    said = "Skriv /help, /verifiera e-post:X eller /survey publish 3; se https://a.se/help och 1/2"
    assert as_typed_here(said, commands) == (
        "Skriv !help, !verifiera e-post:X eller !survey publish 3; se https://a.se/help och 1/2"
    )
    assert as_typed_here("/okänt och /help", commands) == "/okänt och !help"


@pytest.mark.parametrize("refuse", [False, True], ids=["proxy answers 503", "connection refused"])
async def test_the_homeserver_away_then_back_is_caught_up_with(world: World, refuse: bool) -> None:
    """The sync loop waits out an outage (the proxy's 503, or no answer at all) and, once the
    homeserver is back, answers what was written meanwhile."""
    await world.fake.go_down(refuse=refuse)
    await eventually(lambda: not world.platform.connected, what="the outage noticed")
    world.fake.post(world.room, world.eva, "!help")  # written while the bot cannot see it
    await world.fake.come_back()
    await world.synced()
    await world.delivered()
    assert world.platform.connected
    assert len(await world.dm_posts(world.eva)) == 1
