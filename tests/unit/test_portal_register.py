"""Registering for the user meeting on the web (issue #23): a member on no chat follows the
announcement's link to the meetings page, signs in and registers there, through the same
use case and form as /register."""

# ruff: noqa: F811  (`client` and `site_ctx` are fixtures imported below, used as parameters)
from __future__ import annotations

from aiohttp.test_utils import TestClient

from handlers.context import Context
from handlers.run import run_command
from handlers.types import Command
from storage.registrations import registrations_with_people
from tests.unit.test_portal_act import form_data, page_of
from tests.unit.test_portal_sign_in import client, sign_in, site_ctx  # noqa: F401  (fixtures)
from tests.unit.test_wishes import BO, ROOM


async def test_a_member_registers_on_the_meetings_page(
    client: TestClient, site_ctx: Context
) -> None:
    await run_command(
        site_ctx,
        Command("meeting", BO, ROOM, positional=("add", "2026-02-10", "10:00", "kind:annual")),
    )
    before = await page_of(await client.get("/meetings"))
    assert "Logga in för att anmäla dig eller föreslå en punkt" in before.get_text()
    await sign_in(client, site_ctx, "eva@mora.se")
    meetings = await page_of(await client.get("/meetings"))
    buttons = {b.get_text(): b.find_parent("form") for b in meetings.select("main form button")}
    assert "Anmäl dig och välj workshop" in buttons
    opened = await page_of(
        await client.post("/do/press", data=form_data(buttons["Anmäl dig och välj workshop"]))
    )
    choices = [o.get_text() for o in opened.select("select#f\\.workshop option")]
    assert choices == ["Välj", "Bygg", "Miljö", "BAB", "Kart & mät", "Övrigt"]
    done = await page_of(await client.post("/do/form", data=form_data(opened, workshop="BAB")))
    assert "Du är anmäld till #1 Användarträff" in done.get_text()
    assert done.select('a[href*="/wishes/1"]') == []  # "#1" is the meeting, not a wish
    async with site_ctx.db.transaction() as session:
        rows = await registrations_with_people(session, 1)
    assert [(w.name, p.municipality) for _r, w, p, _a in rows] == [("BAB", "Mora")]
    meetings = await page_of(await client.get("/meetings"))
    buttons = {b.get_text(): b.find_parent("form") for b in meetings.select("main form button")}
    cancelled = await page_of(
        await client.post("/do/press", data=form_data(buttons["Avboka min anmälan"]))
    )
    assert "Din anmälan till #1 Användarträff" in cancelled.get_text()
    async with site_ctx.db.transaction() as session:
        assert await registrations_with_people(session, 1) == []
