"""/meeting recording: a held meeting's recording, shown with its minutes (/minutes, the
archive page, the Atom feed), with the annual meeting's announcement, in /meetings and on the
web's meetings page; bad input changes nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import feedparser
import pytest
from aiohttp.test_utils import TestClient, TestServer
from bs4 import BeautifulSoup

from bot.web import build_web_app
from handlers.announcements.archive import recent_items
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.run import run_command, run_interaction
from handlers.types import Command, Interaction
from storage.channels import add_topic
from storage.meetings import get_meeting
from tests.unit.test_meetings import (  # noqa: F401  (the fixtures)
    BOARD,
    EVA,
    ROOM,
    _verified_members,
    clock,
    ctx,
    meeting,
    posts,
    text,
)

# ruff: noqa: F811  (the fixtures imported above are the parameters below)
RECORDING = "https://play.example.se/styrelsen/mars"
BOTH = "Ge inspelningens länk, eller ta-bort:ja (inte båda)."


async def held_meeting_with_minutes(ctx: Context, clock: FakeClock) -> None:
    """#1 Marsmöte on 24 March, its minutes posted; the clock a week later."""
    async with ctx.db.transaction() as session:
        await add_topic(
            session, platform="console", channel_id="protokoll", channel_name="protokoll",
            topic="minutes", added_by="test", now=clock.now(),
        )  # fmt: skip
    await meeting(ctx, "add", "2026-03-24", "18:00", "title:Marsmöte")
    clock.advance(timedelta(days=7).total_seconds())
    values = {"date": "2026-03-24", "title": "Marsmöte", "summary": "Beslut", "link": ""}
    await run_interaction(ctx, Interaction("minutes.form", BOARD, ROOM, value="1", values=values))


async def told_in_minutes_channel(ctx: Context) -> list[str]:
    return [title for where, title in await posts(ctx) if where == "console:protokoll"]


async def minutes_list(ctx: Context) -> str:
    return text(await run_command(ctx, Command("minutes", BOARD, ROOM, positional=("list",))))


async def test_a_recording_shows_with_the_minutes_in_meetings_and_in_the_archive(
    ctx: Context, clock: FakeClock
) -> None:
    await held_meeting_with_minutes(ctx, clock)
    (before,) = await recent_items(ctx.db)
    clock.advance(3600)
    answer = await meeting(ctx, "recording", "1", f"link:{RECORDING}")
    assert text(answer) == (
        "Inspelningen av #1 Marsmöte, tisdag 24 mars 2026 kl. 18:00 visas med protokollet, "
        "i /möten och i arkivet."
    )
    assert f"Inspelning: {RECORDING}" in await minutes_list(ctx)
    listed = text(await run_command(ctx, Command("meetings", EVA, ROOM)))
    assert f"Inspelning: #1 Marsmöte, tisdag 24 mars 2026 kl. 18:00: {RECORDING}" in listed
    (item,) = await recent_items(ctx.db)
    assert item.recording == RECORDING and item.updated == clock.now() > before.updated
    assert await told_in_minutes_channel(ctx) == [
        "Styrelseprotokoll 2026-03-24: Marsmöte",
        "Inspelning: #1 Marsmöte, tisdag 24 mars 2026 kl. 18:00",
    ]

    corrected = RECORDING + "-hd"
    await meeting(ctx, "recording", "1", f"link:{corrected}")
    assert f"Inspelning: {corrected}" in await minutes_list(ctx)
    assert len(await told_in_minutes_channel(ctx)) == 2  # told once, when it first came

    clock.advance(60)
    removed = await meeting(ctx, "recording", "1", "remove:yes")
    assert text(removed) == "Inspelningen av möte #1 är borttagen."
    assert "Inspelning" not in await minutes_list(ctx)
    (item,) = await recent_items(ctx.db)
    assert item.recording is None and item.updated == clock.now()  # readers fetch it again


async def test_the_annual_meetings_announcement_carries_its_recording(
    ctx: Context, clock: FakeClock
) -> None:
    await meeting(ctx, "add", "2026-03-25", "10:00", "kind:annual")
    clock.advance(timedelta(days=6).total_seconds())
    await meeting(ctx, "recording", "1", f"link:{RECORDING}")
    (item,) = await recent_items(ctx.db)
    assert (item.kind, item.recording) == ("announcement", RECORDING)


@pytest.mark.parametrize(
    ("words", "answer"),
    [
        (("9", f"link:{RECORDING}"), "Det finns inget möte #9. /möten visar dem."),
        (
            ("2", f"link:{RECORDING}"),
            "Möte #2 har inte hållits än; lägg till inspelningen efteråt.",
        ),
        (("3", f"link:{RECORDING}"), "Möte #3 är inställt."),
        (("1",), BOTH),
        (("1", "remove:yes"), "Möte #1 har ingen inspelning."),
        (("1", f"link:{RECORDING}", "remove:yes"), BOTH),
        (
            ("1", "link:javascript:alert(1)"),
            "”javascript:alert(1)” är ingen http- eller https-adress.",
        ),
    ],
)
async def test_bad_input_gets_a_clear_answer_and_changes_nothing(
    ctx: Context, clock: FakeClock, words: tuple[str, ...], answer: str
) -> None:
    await held_meeting_with_minutes(ctx, clock)
    await meeting(ctx, "add", "2026-04-21", "18:00")  # #2, ahead
    await meeting(ctx, "add", "2026-04-28", "18:00")
    await meeting(ctx, "cancel", "3")
    reply = await meeting(ctx, "recording", *words)
    assert reply.refused and text(reply) == answer
    for number in (1, 2, 3):
        async with ctx.db.transaction() as session:
            found = await get_meeting(session, number)
            assert found is not None and found.recording_changed_at is None
    refused = await meeting(ctx, "recording", "1", f"link:{RECORDING}", member=EVA)
    assert text(refused).startswith("Bara styrelseledamöter")


@pytest.fixture
async def client(ctx: Context, clock: FakeClock) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(build_web_app(ctx.db, {}, clock, ctx))) as test_client:
        yield test_client


async def test_the_web_shows_the_recording_on_the_archive_page_in_the_feed_and_with_meetings(
    ctx: Context, clock: FakeClock, client: TestClient
) -> None:
    await held_meeting_with_minutes(ctx, clock)
    await meeting(ctx, "recording", "1", f"link:{RECORDING}")
    archive = BeautifulSoup(await (await client.get("/announcements")).text(), "html.parser")
    link = archive.find("a", string=RECORDING)
    assert link is not None and link["href"] == RECORDING
    assert "Inspelning av mötet" in link.parent.get_text()
    feed = feedparser.parse(await (await client.get("/announcements/feed.atom")).read())
    (entry,) = feed.entries
    assert ("related", RECORDING) in [(link.rel, link.href) for link in entry.links]
    assert f'<a href="{RECORDING}">' in entry.content[0].value
    meetings = BeautifulSoup(await (await client.get("/meetings")).text(), "html.parser")
    heading = meetings.find("h2", string="Inspelningar")
    assert heading is not None
    recorded = meetings.find("a", href=RECORDING)
    assert recorded is not None and recorded.get_text() == "Marsmöte"
