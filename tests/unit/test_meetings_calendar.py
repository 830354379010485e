"""/meetings.ics parses with the icalendar library, in Stockholm time with its VTIMEZONE, and
the archive page lists the coming open meetings."""

from __future__ import annotations

from datetime import UTC, datetime

from aiohttp.test_utils import TestClient, TestServer
from icalendar import Calendar

from bot.web import build_web_app
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.public_config import PublicConfig
from handlers.run import run_command
from handlers.types import Command, Member

BOARD = Member("console", "anna", "Anna", is_board=True)


async def meeting(ctx: Context, *words: str) -> None:
    await run_command(ctx, Command("meeting", BOARD, None, positional=words))


async def test_the_calendar_feed_and_the_archive_list(ctx: Context, clock: FakeClock) -> None:
    ctx.public = PublicConfig("https://bryggan.example.se", "Användarföreningen Castor")
    await meeting(ctx, "add", "2026-03-26", "18:00", "open:ja", "link:https://meet.example/a")
    await meeting(ctx, "add", "2026-04-09", "18:00", "title:Aprilmöte")  # after summer time
    await meeting(ctx, "add", "2026-05-07", "18:00", "title:Majmöte", "open:ja")
    await meeting(ctx, "edit", "3", "time:17:00")
    await meeting(ctx, "cancel", "3", "reason:Krockar med användarträffen")
    app = build_web_app(ctx.db, {}, clock, ctx)
    async with TestClient(TestServer(app)) as client:
        response = await client.get("/meetings.ics")
        assert response.status == 200
        assert response.content_type == "text/calendar"
        calendar = Calendar.from_ical(await response.read())
        page = await (await client.get("/")).text()

    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Stockholm"
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Styrelsemöte", "Aprilmöte", "Majmöte"}
    march, april, may = events["Styrelsemöte"], events["Aprilmöte"], events["Majmöte"]
    assert march.decoded("DTSTART") == datetime(2026, 3, 26, 17, 0, tzinfo=UTC)
    assert march["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert april.decoded("DTSTART") == datetime(2026, 4, 9, 16, 0, tzinfo=UTC)
    assert str(march["URL"]) == "https://meet.example/a"
    assert "URL" not in april and "för styrelsen" in str(april["DESCRIPTION"])
    assert str(may["STATUS"]) == "CANCELLED" and int(may["SEQUENCE"]) == 2
    assert str(march["UID"]) == "meeting-1@bryggan.example.se"

    assert "Kommande öppna möten" in page
    assert "torsdag 26 mars 2026 kl. 18:00" in page and "https://meet.example/a" in page
    assert "Aprilmöte" not in page and "Majmöte" not in page
    assert 'href="/meetings.ics"' in page
