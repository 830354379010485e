"""Bridge groups: the board joins channels of any platform into one room; messages, edits,
deletes and replies cross it under the author's name, once."""

from __future__ import annotations

import pytest

from bot.platforms.registry import capabilities
from handlers.clock import FakeClock
from handlers.commands import build_catalogue, inbound_handlers
from handlers.context import Context
from handlers.inbound import dispatch_inbound
from handlers.run import run_command
from handlers.types import Attachment, Channel, Command, InboundMessage, Member, Reply
from storage import outbox, outbox_claims
from storage.channels import add_topic
from storage.db import Database
from storage.models import OutboxRow

DISCORD = Channel("discord", "700", "bygg-forum")
SLACK = Channel("slack", "CBYGG", "bygg")
CONSOLE = Channel("console", "bygg", "bygg")
BOARD_D = Member("discord", "100", "Anna", is_board=True)
BOARD_S = Member("slack", "U100", "Anna", is_board=True)
BERTIL = Member("discord", "200", "Bertil Berg")
CECILIA = Member("slack", "U300", "Cecilia")


@pytest.fixture
def ctx(db: Database, clock: FakeClock) -> Context:
    return Context(
        db=db,
        catalogue=build_catalogue(),
        clock=clock,
        inbound=inbound_handlers(),
        platforms=capabilities(),
    )


async def bridge(ctx: Context, member: Member, channel: Channel | None, *words: str) -> Reply:
    return await run_command(ctx, Command("bridge", member, channel, positional=words))


def text(reply: Reply) -> str:
    fields = [f"{f.name}: {f.value}" for f in reply.message.fields]
    return "\n".join([reply.message.title or "", reply.message.text, *fields]).strip()


async def sends(ctx: Context) -> list[OutboxRow]:
    rows = await outbox.list_rows(ctx.db, limit=1000)
    return sorted((r for r in rows if r.action == "send"), key=lambda r: r.id)


async def three_channel_bridge(ctx: Context) -> None:
    assert text(await bridge(ctx, BOARD_D, DISCORD, "create", "Bygg-forum")) == (
        "#bygg-forum ingår nu i bryggan ”bygg-forum”. Meddelanden här syns också i: "
        "ingen annan kanal ännu."
    )
    assert text(await bridge(ctx, BOARD_S, SLACK, "join", "bygg-forum")) == (
        "#bygg ingår nu i bryggan ”bygg-forum”. Meddelanden här syns också i: Discord #bygg-forum."
    )
    await bridge(
        ctx, Member("console", "anna", "Anna", is_board=True), CONSOLE, "join", "bygg-forum"
    )


async def test_only_the_board_manages_bridges_and_bad_input_is_refused(ctx: Context) -> None:
    assert text(await bridge(ctx, BERTIL, DISCORD, "create", "x")) == (
        "Bara styrelseledamöter får använda /bridge create."
    )
    assert text(await bridge(ctx, BOARD_D, DISCORD, "create", "två ord")) == (
        "”två ord” kan inte vara namn på en brygga: använd bokstäver, siffror och bindestreck, "
        "högst 40."
    )
    assert text(await bridge(ctx, BOARD_D, DISCORD, "join", "saknas")) == (
        "Det finns ingen brygga som heter ”saknas”. /brygga lista visar alla."
    )
    await three_channel_bridge(ctx)
    assert text(await bridge(ctx, BOARD_D, DISCORD, "create", "bygg-forum")) == (
        "Det finns redan en brygga som heter ”bygg-forum”."
    )
    await bridge(ctx, BOARD_D, None, "create", "miljo")
    assert text(await bridge(ctx, BOARD_D, DISCORD, "join", "miljo")) == (
        "Kanalen ingår redan i bryggan ”bygg-forum”; kör /brygga lämna först."
    )
    announcements = Channel("discord", "900", "meddelanden")
    async with ctx.db.transaction() as session:
        await add_topic(
            session,
            platform="discord",
            channel_id="900",
            channel_name="meddelanden",
            topic="announcements",
            added_by="Anna",
            now=ctx.clock.now(),
        )
    assert text(await bridge(ctx, BOARD_D, announcements, "join", "miljo")).startswith(
        "Det här är en meddelandekanal"
    )
    ctx.connected = lambda: {"discord": True, "slack": False}
    listing = text(await bridge(ctx, BOARD_D, DISCORD, "list"))
    assert "bygg-forum: konsol #bygg: allt levererat" in listing
    assert "Slack #bygg: inte ansluten; allt levererat" in listing
    assert "Discord #bygg-forum: allt levererat" in listing
    assert "miljo: inga kanaler ännu" in listing


async def test_a_message_crosses_to_every_other_channel_under_its_authors_name(
    ctx: Context,
) -> None:
    await three_channel_bridge(ctx)
    message = InboundMessage(
        "new",
        "discord",
        "700",
        "m1",
        BERTIL,
        "Har någon testat **nya** bygglovsflödet?",
        avatar_url="https://cdn.example/bertil.png",
        attachments=(Attachment("skiss.png", "https://cdn.example/skiss.png", "image/png"),),
    )
    await dispatch_inbound(ctx, message)
    await dispatch_inbound(ctx, message)  # delivered twice by the platform: bridged once
    await dispatch_inbound(ctx, InboundMessage("new", "discord", "999", "m2", BERTIL, "ej brygga"))

    rows = await sends(ctx)
    assert sorted(r.destination for r in rows) == ["console:bygg", "slack:CBYGG"]
    payload = next(r for r in rows if r.platform == "slack").payload
    assert payload["author_name"] == "Bertil Berg (Discord)"
    assert payload["author_avatar_url"] == "https://cdn.example/bertil.png"
    assert payload["text"] == "Har någon testat **nya** bygglovsflödet?"
    assert payload["attachments"][0]["url"] == "https://cdn.example/skiss.png"


async def test_edits_and_deletes_follow_and_a_left_channel_gets_nothing_new(
    ctx: Context,
) -> None:
    await three_channel_bridge(ctx)
    await dispatch_inbound(ctx, InboundMessage("new", "slack", "CBYGG", "1.1", CECILIA, "hej"))
    copies = {r.idempotency_key for r in await sends(ctx)}
    await dispatch_inbound(ctx, InboundMessage("edited", "slack", "CBYGG", "1.1", CECILIA, "hej!"))
    await dispatch_inbound(ctx, InboundMessage("deleted", "slack", "CBYGG", "1.1"))
    rows = await outbox.list_rows(ctx.db, limit=1000)
    assert {r.ref_key for r in rows if r.action == "edit"} == copies
    assert {r.payload["text"] for r in rows if r.action == "edit"} == {"hej!"}
    assert {r.ref_key for r in rows if r.action == "delete"} == copies

    assert text(await bridge(ctx, BOARD_S, SLACK, "leave")) == "#bygg har lämnat sin brygga."
    assert text(await bridge(ctx, BOARD_S, SLACK, "leave")) == (
        "Kanalen ingår inte i någon brygga; inget ändrades."
    )
    await dispatch_inbound(ctx, InboundMessage("new", "discord", "700", "m9", BERTIL, "svar"))
    assert [r.destination for r in (await sends(ctx))[-1:]] == ["console:bygg"]


async def test_a_reply_is_threaded_under_the_original_or_its_copy(ctx: Context) -> None:
    await three_channel_bridge(ctx)
    await dispatch_inbound(ctx, InboundMessage("new", "discord", "700", "m1", BERTIL, "Fråga?"))
    # Cecilia answers in Slack's thread under the copy of Bertil's question.
    copy = next(r for r in await outbox.list_rows(ctx.db) if r.destination == "slack:CBYGG")
    copy_ts = "1700000000.000100"
    claimed = await outbox_claims.claim(
        ctx.db, now=ctx.clock.now(), lease_seconds=60, limit=10, platforms=["slack"]
    )
    assert await outbox.mark_sent(ctx.db, claimed[0], message_id=copy_ts, now=ctx.clock.now())
    await dispatch_inbound(
        ctx,
        InboundMessage("new", "slack", "CBYGG", "2.2", CECILIA, "Ja!", thread_id=copy_ts),
    )
    replies = {r.destination: r.payload for r in (await sends(ctx))[-2:]}
    assert replies["discord:700"]["reply_to"] == "m1", "the original lives in Discord"
    assert replies["discord:700"]["reply_excerpt"] == "Bertil Berg: Fråga?"
    assert replies["console:bygg"]["reply_to_key"] == "bridge:1:console:bygg"
    assert copy.idempotency_key == "bridge:1:slack:CBYGG"


async def test_an_edited_reply_stays_a_reply(ctx: Context) -> None:
    await three_channel_bridge(ctx)
    await dispatch_inbound(ctx, InboundMessage("new", "slack", "CBYGG", "1.1", CECILIA, "Fråga?"))
    answer = InboundMessage("new", "discord", "700", "m2", BERTIL, "Svar", thread_id="m1")
    await dispatch_inbound(ctx, answer)  # m1 is not bridged: a plain message
    reply = InboundMessage("new", "slack", "CBYGG", "1.2", CECILIA, "Tillägg", thread_id="1.1")
    await dispatch_inbound(ctx, reply)
    await dispatch_inbound(
        ctx, InboundMessage("edited", "slack", "CBYGG", "1.2", CECILIA, "Rättat")
    )

    rows = await outbox.list_rows(ctx.db, limit=1000)
    waiting = {
        r.destination: r.payload
        for r in rows
        if r.idempotency_key.startswith("bridge:3:") and r.action == "send"
    }
    assert waiting["console:bygg"]["text"] == "Rättat", "the waiting copy got the new text"
    assert waiting["console:bygg"]["reply_to_key"] == "bridge:1:console:bygg"
    assert waiting["discord:700"]["reply_excerpt"] == "Cecilia: Fråga?"
    edits = [r.payload for r in rows if r.action == "edit"]
    assert {e["reply_excerpt"] for e in edits} == {"Cecilia: Fråga?"}


async def test_control_characters_are_dropped_not_fatal(ctx: Context) -> None:
    """PostgreSQL refuses NUL: such a message is bridged without it, on both engines."""
    await three_channel_bridge(ctx)
    await dispatch_inbound(
        ctx, InboundMessage("new", "slack", "CBYGG", "1.1", CECILIA, "a\x00b\x07")
    )
    assert {r.payload["text"] for r in await sends(ctx)} == {"ab"}


async def test_a_bridged_channel_cannot_also_take_announcements(ctx: Context) -> None:
    await three_channel_bridge(ctx)
    refused = await run_command(
        ctx, Command("channel", BOARD_S, SLACK, positional=("add", "announcements"))
    )
    assert text(refused).startswith("Kanalen är kopplad till en brygga")
    news = await run_command(ctx, Command("channel", BOARD_S, SLACK, positional=("add", "news")))
    assert text(news) == "#bygg tar nu emot news (nyheter)."
