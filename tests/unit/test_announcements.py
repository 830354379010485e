"""Announcements: the board posts once; every other announcement channel, the e-mail list,
the archive and the feed get it; edits and deletes follow; others are told why not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from handlers.announcements.archive import find_item, recent_items
from handlers.clock import FakeClock
from handlers.commands import build_catalogue, inbound_handlers
from handlers.context import Context
from handlers.inbound import dispatch_inbound
from handlers.mail.subscribers import add_address, remove_address
from handlers.public_config import PublicConfig
from handlers.run import run_command, run_interaction
from handlers.types import Channel, Command, InboundMessage, Interaction, Member, Reply
from storage import outbox
from storage.channels import add_topic
from storage.db import Database
from storage.models import OutboxRow

BOARD = Member("discord", "100", "Anna Andersson", is_board=True)
MEMBER = Member("discord", "200", "Bertil Berg")
SOURCE = ("discord", "500")
OTHERS = [("discord", "501"), ("slack", "CANN"), ("console", "nyheter")]


@pytest.fixture
def ctx(db: Database, clock: FakeClock) -> Context:
    return Context(
        db=db,
        catalogue=build_catalogue(),
        clock=clock,
        inbound=inbound_handlers(),
        public=PublicConfig("https://bryggan.example.se"),
    )


async def _announcement_channels(ctx: Context) -> None:
    async with ctx.db.transaction() as session:
        for platform, channel in [SOURCE, *OTHERS]:
            await add_topic(
                session,
                platform=platform,
                channel_id=channel,
                channel_name=f"meddelanden-{channel}",
                topic="announcements",
                added_by="test",
                now=ctx.clock.now(),
            )


def posted(text: str, *, author: Member = BOARD, message_id: str = "9001") -> InboundMessage:
    return InboundMessage(
        "new", SOURCE[0], SOURCE[1], message_id, author, text, channel_name="meddelanden"
    )


async def rows(ctx: Context) -> list[OutboxRow]:
    return sorted(await outbox.list_rows(ctx.db, limit=1000), key=lambda r: r.id)


async def test_a_board_post_reaches_every_other_channel_and_the_mail_list(ctx: Context) -> None:
    await _announcement_channels(ctx)
    await add_address(ctx, "kansliet@kommun.se", added_by="Anna")
    await add_address(ctx, "gone@kommun.se", added_by="Anna")
    await remove_address(ctx, "gone@kommun.se")

    await dispatch_inbound(ctx, posted("**Årsmöte** den 12 mars"))
    await dispatch_inbound(ctx, posted("**Årsmöte** den 12 mars"))  # the event delivered twice

    sends = [r for r in await rows(ctx) if r.action == "send"]
    chat = sorted((r.platform, r.target) for r in sends if r.platform != "email")
    assert chat == sorted(OTHERS), "every announcement channel but the source, once"
    mails = [r for r in sends if r.platform == "email"]
    assert len(mails) == 1, "only the active subscriber"
    payload = sends[0].payload
    assert payload["text"] == "**Årsmöte** den 12 mars"
    assert payload["title"] == "Meddelande från styrelsen"
    assert payload["url"] == "https://bryggan.example.se/announcements/a1"
    assert payload["fields"][0]["value"] == "Anna Andersson"
    (item,) = await recent_items(ctx.db)
    assert (item.kind, item.text, item.author) == (
        "announcement",
        payload["text"],
        BOARD.display_name,
    )


async def test_a_members_post_is_not_mirrored_and_the_member_is_told_once(ctx: Context) -> None:
    await _announcement_channels(ctx)
    await dispatch_inbound(ctx, posted("Får jag fråga något?", author=MEMBER, message_id="1"))
    await dispatch_inbound(ctx, posted("En fråga till", author=MEMBER, message_id="2"))

    (notice,) = await rows(ctx)
    assert notice.destination == "discord:dm:200"
    assert "#meddelanden" in notice.payload["text"]
    assert notice.payload["text"].startswith("Bara styrelsens inlägg i #meddelanden")
    assert await recent_items(ctx.db) == []


async def test_edits_reach_every_copy_but_mail_and_deletes_withdraw_it(
    ctx: Context, clock: FakeClock
) -> None:
    await _announcement_channels(ctx)
    await add_address(ctx, "kansliet@kommun.se", added_by="Anna")
    await dispatch_inbound(ctx, posted("Mötet är kl 10"))
    copies = {r.idempotency_key for r in await rows(ctx) if r.platform != "email"}

    clock.advance(60)
    edit = InboundMessage("edited", SOURCE[0], SOURCE[1], "9001", BOARD, "Mötet är kl 13")
    await dispatch_inbound(ctx, edit)
    await dispatch_inbound(ctx, replace(edit, kind="edited"))  # unchanged text: no new edits
    edits = [r for r in await rows(ctx) if r.action == "edit"]
    assert {r.ref_key for r in edits} == copies, "one edit per channel copy, none by mail"
    assert {r.payload["text"] for r in edits} == {"Mötet är kl 13"}
    unsent = [r for r in await rows(ctx) if r.action == "send"]
    assert {r.payload["text"] for r in unsent} == {"Mötet är kl 13"}, "waiting copies and mail"
    assert (await find_item(ctx.db, "a1")).text == "Mötet är kl 13"  # type: ignore[union-attr]

    clock.advance(60)
    await dispatch_inbound(ctx, InboundMessage("deleted", SOURCE[0], SOURCE[1], "9001", None, ""))
    deletes = [r for r in await rows(ctx) if r.action == "delete"]
    assert {r.ref_key for r in deletes} == copies
    assert {r.status for r in await rows(ctx) if r.idempotency_key in copies} == {"cancelled"}
    mails = [r for r in await rows(ctx) if r.platform == "email"]
    assert [r.status for r in mails] == ["cancelled"], "mail not yet sent is withdrawn too"
    assert await find_item(ctx.db, "a1") is None
    assert await recent_items(ctx.db) == []


async def test_the_mapping_survives_a_restart(db: Database, clock: FakeClock) -> None:
    """A new process (a new Context) still finds every copy of an old announcement."""
    first = Context(db=db, catalogue=build_catalogue(), clock=clock, inbound=inbound_handlers())
    await _announcement_channels(first)
    await dispatch_inbound(first, posted("Före omstarten"))
    second = Context(db=db, catalogue=build_catalogue(), clock=clock, inbound=inbound_handlers())
    await dispatch_inbound(
        second, InboundMessage("deleted", SOURCE[0], SOURCE[1], "9001", None, "")
    )
    assert len([r for r in await rows(second) if r.action == "delete"]) == len(OTHERS)


def _text(reply: Reply) -> str:
    return reply.message.text


async def test_without_a_mail_server_the_board_is_told_the_mails_wait(ctx: Context) -> None:
    ctx.public = replace(ctx.public, mail_enabled=False)
    await _announcement_channels(ctx)
    await add_address(ctx, "kansliet@kommun.se", added_by="Anna")
    room = Channel("slack", "CANN", "meddelanden")
    form = (await run_command(ctx, Command("announce", BOARD, room))).form
    assert form is not None
    values = {"title": "Användarträff", "text": "Välkomna!"}
    done = await run_interaction(
        ctx, Interaction("announce.form", BOARD, room, value=form.context, values=values)
    )
    assert _text(done) == (
        "Meddelande #1 är på väg till 4 kanaler och 1 prenumerant, och finns på webbsidan. "
        "Ingen e-postserver är inställd (SMTP_URL eller SMTP_HOST): mejlen väntar i utkorgen "
        "tills en server har ställts in."
    )


async def test_announce_opens_a_form_and_publishes_everywhere_once(ctx: Context) -> None:
    await _announcement_channels(ctx)
    await add_address(ctx, "kansliet@kommun.se", added_by="Anna")
    room = Channel("slack", "CANN", "meddelanden")
    refused = await run_command(ctx, Command("announce", MEMBER, room))
    assert _text(refused) == "Bara styrelseledamöter får använda /announce."
    form = (await run_command(ctx, Command("announce", BOARD, room))).form
    assert form is not None and [f.name for f in form.fields] == ["title", "text", "link"]

    def submit(**values: str) -> Interaction:
        return Interaction("announce.form", BOARD, room, value=form.context, values=values)

    bad = await run_interaction(ctx, submit(title="Hej", text="x", link="javascript:alert(1)"))
    assert _text(bad) == "”javascript:alert(1)” är ingen http- eller https-adress."
    assert _text(await run_interaction(ctx, submit(title=" ", text="x"))) == (
        "Ett meddelande behöver en rubrik och en text."
    )
    assert await rows(ctx) == [], "bad input stores nothing"

    values = {"title": "Användarträff", "text": "Välkomna!", "link": "https://castor.se/traff"}
    done = await run_interaction(ctx, submit(**values))
    assert _text(done) == (
        "Meddelande #1 är på väg till 4 kanaler och 1 prenumerant, och finns på webbsidan."
    )
    again = await run_interaction(ctx, submit(**values))
    assert _text(again) == "Det här meddelandet är redan skickat."
    sends = await rows(ctx)
    assert len(sends) == 5, "all four channels (the command's own too) and one mail, once"
    assert {r.payload["url"] for r in sends} == {"https://castor.se/traff"}


async def test_other_apps_and_empty_posts_get_no_answer(ctx: Context) -> None:
    await _announcement_channels(ctx)
    bot = replace(posted("Automatisk rapport", author=MEMBER, message_id="7"), from_bot=True)
    await dispatch_inbound(ctx, bot)
    await dispatch_inbound(ctx, posted("  ", author=MEMBER, message_id="8"))
    assert await rows(ctx) == []


async def test_a_link_with_spaces_is_refused(ctx: Context) -> None:
    room = Channel("slack", "CANN", "meddelanden")
    form = (await run_command(ctx, Command("announce", BOARD, room))).form
    assert form is not None
    bad = Interaction(
        "announce.form",
        BOARD,
        room,
        value=form.context,
        values={"title": "T", "text": "x", "link": "https://castor.se/a b"},
    )
    assert _text(await run_interaction(ctx, bad)) == (
        "”https://castor.se/a b” är ingen http- eller https-adress."
    )
