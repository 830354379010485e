"""The Discord adapter against the fake Discord, through the real discord.py client."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import pytest

from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.discord.platform import DiscordConfig, DiscordPlatform
from bot.platforms.discord.schema import commands_payload
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.door import Door
from handlers.types import InboundMessage, Message
from storage import outbox
from tests.fakes.discord_server import FakeDiscord, discord_py_pointed_at
from tests.waiting import eventually

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
EPHEMERAL = 64


@dataclass
class World:
    fake: FakeDiscord
    ctx: Context
    platform: DiscordPlatform
    general: int
    member: int
    board: int

    async def restart(self) -> None:
        """A new process: a new client with nothing in memory but the catalogue."""
        await self.platform.stop()
        self.platform = new_platform(self.fake, self.ctx)
        await self.platform.start()
        await eventually(lambda: self.platform.connected, what="reconnect")


def new_platform(fake: FakeDiscord, ctx: Context) -> DiscordPlatform:
    config = DiscordConfig(
        token=fake.token,
        guild_ids=(fake.guild_id,),
        board_role="Styrelsen",
        api_base_url=fake.api_base,
        identify_delay_seconds=0,
        reconnect_max_seconds=0.5,
        guild_ready_timeout=0.05,  # the fake sends its one guild right after READY
    )
    return DiscordPlatform(Door(ctx), config)


@asynccontextmanager
async def started_platform(fake: FakeDiscord, ctx: Context) -> AsyncIterator[DiscordPlatform]:
    """`new_platform`, started against the fake and connected, stopped afterwards."""
    with discord_py_pointed_at(fake):
        platform = new_platform(fake, ctx)
        await platform.start()
        try:
            await fake.wait_ready()
            await eventually(lambda: platform.connected, what="ready")
            yield platform
        finally:
            await platform.stop()


@pytest.fixture
async def world(contract_ctx: Context) -> AsyncIterator[World]:
    async with FakeDiscord() as fake:
        general = fake.add_channel("allmänt")
        board_role = fake.add_role("Styrelsen")
        member = fake.add_member("Eva")
        board = fake.add_member("Bo", roles=[board_role])
        with discord_py_pointed_at(fake):
            platform = new_platform(fake, contract_ctx)
            await platform.start()
            world = World(fake, contract_ctx, platform, general, member, board)
            try:
                await fake.wait_ready()
                await fake.wait_for_commands_synced()
                await eventually(lambda: world.platform.connected, what="ready")
                yield world
            finally:
                await world.platform.stop()


def embed_text(data: dict[str, Any]) -> str:
    parts = [data.get("content") or ""]
    for embed in data.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']}: {f['value']}" for f in embed.get("fields") or []]
    return "\n".join(p for p in parts if p)


def custom_ids(data: dict[str, Any]) -> list[str]:
    return [c["custom_id"] for row in data.get("components") or [] for c in row["components"]]


def option(name: str, value: Any) -> dict[str, Any]:
    return {"name": name, "type": 3, "value": value}


def subcommand(name: str, *options: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": name, "type": 1, "options": list(options)}]


def without_ids(commands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keep = ("name", "description", "options", "default_member_permissions")
    return [{k: c.get(k) for k in keep} for c in commands]


async def test_the_synced_schema_is_the_catalogue(world: World) -> None:
    synced = world.fake.guild_commands[world.fake.guild_id]
    expected = commands_payload(world.ctx.catalogue)
    assert without_ids(synced) == without_ids(expected)
    by_name = {c["name"]: c for c in synced}
    assert by_name["help"]["name_localizations"] == {"sv-SE": "hjälp"}
    assert by_name["help"]["description_localizations"]["en-US"] == "Show the commands you may use"
    assert by_name["channel"]["default_member_permissions"] == "32"
    assert world.fake.global_commands == []


async def test_help_and_language_through_real_interactions(world: World) -> None:
    reply = await world.fake.slash_command("help", user_id=world.member, channel_id=world.general)
    assert reply["type"] == 4
    assert reply["data"]["flags"] & EPHEMERAL
    assert embed_text(reply["data"]).startswith("Kommandon\n/hjälp — Visa kommandona")
    assert custom_ids(reply["data"]) == ["b|language.set|en"]
    english = await world.fake.slash_command(
        "help", user_id=world.member, channel_id=world.general, locale="en-US"
    )
    assert embed_text(english["data"]).startswith("Commands")  # the client's locale counts
    chosen = await world.fake.slash_command(
        "language",
        user_id=world.member,
        channel_id=world.general,
        options=[option("language", "sv")],
    )
    assert chosen["data"]["content"] == "Jag pratar svenska med dig från och med nu."


async def test_a_button_click_after_a_restart(world: World) -> None:
    reply = await world.fake.slash_command("help", user_id=world.member, channel_id=world.general)
    [button] = custom_ids(reply["data"])
    await world.restart()
    clicked = await world.fake.click_button(button, user_id=world.member, channel_id=world.general)
    assert clicked["type"] == 7  # the message with the button is updated in place
    # English chosen; the client is in Swedish (sv-SE), so it offers the Swedish names
    assert embed_text(clicked["data"]).startswith("Commands\n/hjälp — Show the commands")
    assert custom_ids(clicked["data"]) == ["b|language.set|sv"]


async def test_a_modal_round_trip(world: World) -> None:
    opened = await world.fake.slash_command(
        "probe-form", user_id=world.member, channel_id=world.general
    )
    assert opened["type"] == 9
    assert opened["data"]["custom_id"] == f"f|probe.form|from:{world.member}"
    submitted = await world.fake.submit_modal(
        opened["data"]["custom_id"],
        {"title": "Bättre sökning", "details": "I Bygg"},
        user_id=world.member,
        channel_id=world.general,
    )
    assert submitted["data"]["content"] == f"Sparat: Bättre sökning / I Bygg (from:{world.member})"


async def test_board_only_is_checked_on_the_server(world: World) -> None:
    with pytest.raises(PermissionError):  # hidden from members by default permissions
        await world.fake.slash_command(
            "channel",
            user_id=world.member,
            channel_id=world.general,
            options=subcommand("add", option("topic", "news")),
        )
    for command in world.fake.guild_commands[world.fake.guild_id]:
        command["default_member_permissions"] = None  # an admin opened it to everyone
    refused = await world.fake.slash_command(
        "channel",
        user_id=world.member,
        channel_id=world.general,
        options=subcommand("add", option("topic", "news")),
    )
    assert refused["data"]["content"] == "Bara styrelseledamöter får använda /channel add."
    accepted = await world.fake.slash_command(
        "channel",
        user_id=world.board,
        channel_id=world.general,
        options=subcommand("add", option("topic", "news")),
    )
    assert accepted["data"]["content"] == "#allmänt tar nu emot news (nyheter)."
    assert not accepted["data"].get("flags", 0) & EPHEMERAL


async def test_autocomplete_suggests_from_the_handler(world: World) -> None:
    answer = await world.fake.autocomplete(
        "probe-find",
        user_id=world.member,
        channel_id=world.general,
        options=[{"name": "query", "type": 3, "value": "bygg", "focused": True}],
    )
    assert answer["type"] == 8
    assert [c["value"] for c in answer["data"]["choices"]] == ["bygglov", "bygganmälan"]


async def deliver(world: World, *items: tuple[str, str], clock: FakeClock | None = None) -> None:
    clock = clock or FakeClock()
    async with world.ctx.db.transaction() as session:
        for key, text in items:
            await outbox.enqueue(
                session,
                platform="discord",
                target=str(world.general),
                idempotency_key=key,
                payload=Message(text=text).to_json(),
                now=clock.now(),
            )


async def run_dispatcher(world: World, clock: FakeClock) -> tuple[Dispatcher, asyncio.Task[None]]:
    dispatcher = Dispatcher(
        world.ctx.db, {"discord": world.platform}, clock, DispatcherConfig(poll_seconds=0.05)
    )
    return dispatcher, asyncio.create_task(dispatcher.run())


async def test_a_long_delivery_arrives_as_three_messages_that_mention_nobody(world: World) -> None:
    clock = FakeClock()
    text = ("@everyone Mötet flyttas. " * 180)[:4500]
    await deliver(world, ("long", text), clock=clock)
    dispatcher, task = await run_dispatcher(world, clock)
    try:
        posted = await world.fake.wait_for_messages(world.general, 3)
    finally:
        await dispatcher.stop(1)
        await task
    assert [len(m["content"]) <= 2000 for m in posted] == [True, True, True]
    assert sum(len(m["content"]) for m in posted) >= 4490
    assert all(m["allowed_mentions"] == {"parse": []} for m in posted)
    assert not any(m.get("mention_everyone") for m in posted)
    [row] = await outbox.list_rows(world.ctx.db)
    assert row.status == "sent" and len(row.message_id.split(",")) == 3


async def test_rate_limits_and_server_errors_are_retried_and_arrive_once(world: World) -> None:
    clock = FakeClock()
    world.fake.fail_next("POST", r"/channels/\d+/messages", status=429, retry_after=0.05)
    world.fake.fail_next("POST", r"/channels/\d+/messages", status=503, times=1)
    await deliver(world, ("a", "Första"), ("b", "Andra"), clock=clock)
    dispatcher, task = await run_dispatcher(world, clock)
    try:
        assert await dispatcher.drain("discord")  # the 503 put the head back for later
        head, behind = sorted(await outbox.list_rows(world.ctx.db), key=lambda r: r.id)
        assert (head.status, head.attempts, behind.status) == ("pending", 1, "pending")
        assert "503" in (head.last_error or "")
        assert world.fake.messages.get(world.general, []) == []
        clock.advance(60)  # past the backoff
        dispatcher.wake()
        posted = await world.fake.wait_for_messages(world.general, 2)
    finally:
        await dispatcher.stop(1)
        await task
    assert [m["content"] for m in posted] == ["Första", "Andra"]


async def test_discord_down_for_a_while_then_every_delivery_arrives_once(world: World) -> None:
    # discord.py holds the 5th post, which empties the channel's bucket, until the bucket
    # resets: Discord's 5 per 5 s, on a short window, keeps that a fraction of a second
    world.fake.enforce_rate_limits(window=0.5)
    clock = FakeClock()
    await world.fake.go_down()
    await eventually(lambda: not world.platform.connected, what="disconnect")
    await deliver(world, *[(f"d{n}", f"Meddelande {n}") for n in range(5)], clock=clock)
    dispatcher, task = await run_dispatcher(world, clock)
    try:
        await world.fake.come_back()
        await eventually(lambda: world.platform.connected, what="reconnect")
        posted = await world.fake.wait_for_messages(world.general, 5)
        assert await dispatcher.drain("discord")
    finally:
        await dispatcher.stop(1)
        await task
    assert [m["content"] for m in posted] == [f"Meddelande {n}" for n in range(5)]


async def test_inbound_messages_reach_handlers_and_the_bots_own_never_echo(world: World) -> None:
    seen: list[InboundMessage] = []

    async def listen(_ctx: Context, message: InboundMessage) -> None:
        seen.append(message)

    world.ctx.inbound.append(listen)
    await world.platform.send(
        str(world.general), Message(text="från boten"), idempotency_key="own", in_doubt=False
    )
    await world.platform.send(
        str(world.general),
        Message(text="bryggat", author_name="Anna (Slack)"),
        idempotency_key="hook",
        in_doubt=False,
    )
    posted = await world.fake.post_message(world.general, "Hej alla", user_id=world.member)
    await eventually(lambda: len(seen) >= 1, what="new message")
    await world.fake.edit_message(world.general, posted, "Hej alla!")
    await eventually(lambda: len(seen) >= 2, what="edit")
    await world.fake.delete_message(world.general, posted)
    await eventually(lambda: len(seen) >= 3, what="delete")
    assert [(m.kind, m.text) for m in seen] == [
        ("new", "Hej alla"),
        ("edited", "Hej alla!"),
        ("deleted", ""),
    ]
    assert seen[0].author is not None and seen[0].author.display_name == "Eva"
    webhook_posts = [m for m in world.fake.messages[world.general] if m.get("webhook_id")]
    assert [m["author"]["username"] for m in webhook_posts] == ["Anna (Slack)"]


async def test_a_resend_in_doubt_is_suppressed_by_the_nonce(world: World) -> None:
    first = await world.platform.send(
        str(world.general), Message(text="En gång"), idempotency_key="n1", in_doubt=False
    )
    again = await world.platform.send(
        str(world.general), Message(text="En gång"), idempotency_key="n1", in_doubt=True
    )
    assert first == again
    assert len(world.fake.messages[world.general]) == 1


async def test_edits_deletes_and_dms_through_the_outbox(world: World) -> None:
    clock = FakeClock()
    target = str(world.general)
    async with world.ctx.db.transaction() as session:
        await outbox.enqueue(
            session,
            platform="discord",
            target=target,
            idempotency_key="post",
            payload=Message(text="Version 1").to_json(),
            now=clock.now(),
        )
        await outbox.enqueue(
            session,
            platform="discord",
            target=target,
            idempotency_key="post:edit",
            payload=Message(text="Version 2").to_json(),
            now=clock.now(),
            action="edit",
            ref_key="post",
        )
        await outbox.enqueue(
            session,
            platform="discord",
            target=f"dm:{world.member}",
            idempotency_key="dm",
            payload=Message(text="Privat hälsning").to_json(),
            now=clock.now(),
        )
    dispatcher, task = await run_dispatcher(world, clock)
    try:
        assert await dispatcher.drain("discord")
        [posted] = world.fake.messages[world.general]
        assert posted["content"] == "Version 2"
        async with world.ctx.db.transaction() as session:
            await outbox.enqueue(
                session,
                platform="discord",
                target=target,
                idempotency_key="post:delete",
                payload={},
                now=clock.now(),
                action="delete",
                ref_key="post",
            )
        dispatcher.wake()
        await eventually(lambda: bool(posted.get("deleted")), what="delete")
    finally:
        await dispatcher.stop(1)
        await task
    dm_channel = world.fake.dm_channels[world.member]
    assert [m["content"] for m in world.fake.messages[dm_channel]] == ["Privat hälsning"]
    assert {r.status for r in await outbox.list_rows(world.ctx.db)} == {"sent"}


async def test_a_slow_answer_is_deferred_then_followed_up(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.platforms.discord.interactions as interactions

    release = asyncio.Event()
    original = Door.command

    async def slow(door: Door, command: Any) -> Any:
        await release.wait()
        return await original(door, command)

    monkeypatch.setattr(Door, "command", slow)
    monkeypatch.setattr(interactions, "DEFER_AFTER_SECONDS", 0.01)
    deferred = await world.fake.slash_command(
        "help", user_id=world.member, channel_id=world.general
    )
    assert deferred["type"] == 5 and deferred["data"]["flags"] & EPHEMERAL
    release.set()
    follow_up = await world.fake.wait_for_interaction_update(deferred["interaction_id"])
    assert embed_text(follow_up["data"]).startswith("Kommandon")


async def test_an_edit_that_needs_more_parts_keeps_track_of_them(world: World) -> None:
    clock = FakeClock()
    target = str(world.general)
    long_text = "Nytt stycke med mer text. " * 160  # about 4,200 characters: three parts
    async with world.ctx.db.transaction() as session:
        await outbox.enqueue(
            session,
            platform="discord",
            target=target,
            idempotency_key="grow",
            payload=Message(text="Kort").to_json(),
            now=clock.now(),
        )
        await outbox.enqueue(
            session,
            platform="discord",
            target=target,
            idempotency_key="grow:edit",
            payload=Message(text=long_text).to_json(),
            now=clock.now(),
            action="edit",
            ref_key="grow",
        )
        await outbox.enqueue(
            session,
            platform="discord",
            target=target,
            idempotency_key="grow:delete",
            payload={},
            now=clock.now(),
            action="delete",
            ref_key="grow",
        )
    dispatcher, task = await run_dispatcher(world, clock)
    try:
        assert await dispatcher.drain("discord")
    finally:
        await dispatcher.stop(1)
        await task
    posted = world.fake.messages[world.general]
    assert len(posted) == 3
    assert all(m.get("deleted") for m in posted)  # the delete found every part


async def test_a_select_menu_choice_reaches_its_handler(world: World) -> None:
    reply = await world.fake.slash_command(
        "probe-pick", user_id=world.member, channel_id=world.general
    )
    [custom] = custom_ids(reply["data"])
    assert custom == "s|probe.pick|"
    chosen = await world.fake.choose_select(
        custom, ["miljo"], user_id=world.member, channel_id=world.general
    )
    assert chosen["data"]["content"] == "Valt: miljo"


async def test_minutes_with_an_attached_pdf_open_a_form_with_its_link(world: World) -> None:
    for command in world.fake.guild_commands[world.fake.guild_id]:
        command["default_member_permissions"] = None
    opened = await world.fake.slash_command(
        "minutes",
        user_id=world.board,
        channel_id=world.general,
        options=[
            {"name": "post", "type": 1, "options": [{"name": "file", "type": 11, "value": "777"}]}
        ],
    )
    assert opened["type"] == 9
    inputs = [c for row in opened["data"]["components"] for c in row.get("components", [row])]
    link = next(c for c in inputs if c.get("custom_id") == "link")
    assert link["value"] == "https://cdn.discordapp.example/attachments/777/777.pdf"


async def test_a_webhook_post_resent_in_doubt_is_found_not_posted_twice(world: World) -> None:
    """Webhooks take no nonce: in doubt, the platform reads the channel back first, and
    posts only the parts an earlier attempt did not."""
    long_text = "\n\n".join(f"Stycke {n}: " + "ord " * 120 for n in range(6))  # 2 parts or more
    bridged = Message(text=long_text, author_name="Cecilia (Slack)")
    first = await world.platform.send(
        str(world.general), bridged, idempotency_key="b1", in_doubt=False
    )
    again = await world.platform.send(
        str(world.general), bridged, idempotency_key="b1", in_doubt=True
    )
    assert again == first and len(first.split(",")) >= 2
    # An attempt that got only the first part out: the resend adds the other two.
    posted = [m for m in world.fake.messages[world.general] if m.get("webhook_id")]
    for message in posted[1:]:
        await world.fake.delete_message(world.general, int(message["id"]))
    resumed = await world.platform.send(
        str(world.general), bridged, idempotency_key="b1", in_doubt=True
    )
    assert resumed.split(",")[0] == first.split(",")[0]
    alive = [m for m in world.fake.messages[world.general] if not m.get("deleted")]
    assert [m["content"] for m in alive] == [m["content"] for m in posted]
