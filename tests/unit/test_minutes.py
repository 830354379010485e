"""Minutes: posted once by the board to every minutes channel; members list and search them."""

from __future__ import annotations

from handlers.context import Context
from handlers.run import run_command, run_interaction
from handlers.types import Channel, Command, Interaction, Member, Reply
from storage import outbox
from storage.channels import add_topic

ROOM = Channel("console", "general", "general")
BO = Member("console", "bo", "Bo", is_board=True)
EVA = Member("console", "eva", "Eva")


def text(reply: Reply) -> str:
    fields = [f"{f.name}: {f.value}" for f in reply.message.fields]
    return "\n".join([reply.message.title or "", reply.message.text, *fields]).strip()


async def minutes(ctx: Context, member: Member, *words: str) -> Reply:
    return await run_command(ctx, Command("minutes", member, ROOM, positional=words))


async def post(ctx: Context, **values: str) -> Reply:
    return await run_interaction(ctx, Interaction("minutes.form", BO, ROOM, values=values))


async def test_minutes_reach_every_minutes_channel_once(ctx: Context) -> None:
    async with ctx.db.transaction() as session:
        for platform, channel in (("slack", "CMIN"), ("discord", "42")):
            await add_topic(
                session,
                platform=platform,
                channel_id=channel,
                channel_name=channel,
                topic="minutes",
                added_by="Bo",
                now=ctx.clock.now(),
            )
    refused = await minutes(ctx, EVA, "post")
    assert text(refused) == "Bara styrelseledamöter får använda /minutes post."
    form = (await minutes(ctx, BO, "post")).form
    assert form is not None and [f.name for f in form.fields] == [
        "date",
        "title",
        "summary",
        "link",
    ]
    done = await post(
        ctx,
        date="2026-03-14",
        title="Styrelsemöte mars",
        summary="Beslut om önskelistan.",
        link="https://forening.se/p/mars.pdf",
    )
    assert text(done) == "Protokollet är på väg till 2 kanaler."
    rows = await outbox.list_rows(ctx.db)
    assert sorted(r.destination for r in rows) == ["discord:42", "slack:CMIN"]
    assert rows[0].payload["title"] == "Styrelseprotokoll 2026-03-14: Styrelsemöte mars"
    assert rows[0].payload["url"] == "https://forening.se/p/mars.pdf"


async def test_bad_minutes_are_refused_and_nothing_is_stored(ctx: Context) -> None:
    assert text(await post(ctx, date="14 mars", title="X")) == (
        "”14 mars” är inget datum; skriv det som 2026-03-14."
    )
    assert text(await post(ctx, date="2026-03-14", title=" ")) == "Protokollet behöver en rubrik."
    assert text(await post(ctx, date="2026-03-14", title="X", link="ftp://x")) == (
        "”ftp://x” är ingen http- eller https-adress."
    )
    assert text(await minutes(ctx, EVA, "list")) == "Inga protokoll hittades."


async def test_members_list_and_search_the_archive_newest_first(ctx: Context) -> None:
    await post(ctx, date="2025-11-02", title="Höstmöte", summary="Budget för 2026")
    await post(ctx, date="2026-02-10", title="Februarimöte", summary="Önskelistan skickad")
    await post(ctx, date="2026-01-12", title="Januarimöte", summary="Användarträffen planeras")
    listing = text(await minutes(ctx, EVA, "list"))
    assert listing.index("2026-02-10") < listing.index("2026-01-12") < listing.index("2025-11-02")
    only_2025 = text(await minutes(ctx, EVA, "list", "2025"))
    assert "Höstmöte" in only_2025 and "2026" not in only_2025.split("\n", 1)[1].split(":")[0]
    found = text(await minutes(ctx, EVA, "search", "önskelistan"))
    assert "Februarimöte" in found and "Januarimöte" not in found


async def test_search_reaches_past_the_newest_fifteen(ctx: Context) -> None:
    await post(ctx, date="2020-05-05", title="Gammalt möte", summary="Budget beslutad")
    for n in range(16):
        await post(ctx, date=f"2026-01-{n + 1:02d}", title=f"Möte {n}", summary="Övrigt")
    assert "Gammalt möte" in text(await minutes(ctx, EVA, "search", "budget"))
