"""Answering a survey and proposing an agenda item on the web (issue #20): the open surveys
and the meetings ahead listed, their own forms, the answer counted for the member's proved
municipality, the proposal told to the board."""

# ruff: noqa: F811  (`client` and `site_ctx` are fixtures imported below, used as parameters)
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from aiohttp.test_utils import TestClient
from bs4 import BeautifulSoup

from handlers.clock import FakeClock
from handlers.context import Context
from handlers.mail.fanout import NOTICE_PREFIX
from handlers.run import run_command, run_interaction
from handlers.types import Command, Interaction, Member
from storage import outbox
from storage.channels import add_topic
from storage.surveys import answers_to
from tests.people import verify_all
from tests.unit.test_portal_act import form_data, page_of
from tests.unit.test_portal_sign_in import (  # noqa: F401  (fixtures)
    client,
    sign_in,
    site_ctx,
)
from tests.unit.test_surveys import BOARD, ROOM
from tests.unit.test_wishes import text

QUESTIONS = "Hur nöjd är du med Bygg? [skala]\nVad saknar du? [text, valfri]"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))


async def published(ctx: Context) -> None:
    await verify_all(ctx, BOARD)
    fields = {"title": "Enkät om Castor", "intro": "Hjälp oss!", "closes": "2026-03-31",
              "questions": QUESTIONS}  # fmt: skip
    await run_interaction(ctx, Interaction("survey.form", BOARD, ROOM, values=fields))
    await run_command(ctx, Command("survey", BOARD, ROOM, positional=("publish", "1")))


async def test_a_survey_is_answered_on_the_web_and_counts_for_the_municipality(
    client: TestClient, site_ctx: Context
) -> None:
    await published(site_ctx)
    listed = await page_of(await client.get("/surveys"))
    assert listed.select_one("article h2").get_text() == "Enkät om Castor"  # type: ignore[union-attr]
    assert "Öppen till tisdag 31 mars 2026" in listed.get_text()
    assert listed.select_one("article a[href^='/sign-in']") is not None  # signed out
    await sign_in(client, site_ctx, "eva@mora.se", next="/surveys")
    listed = await page_of(await client.get("/surveys"))
    answer = form_data(listed.select_one("article form"))
    opened = await page_of(await client.post("/do/press", data=answer))
    assert opened.h1 is not None and opened.h1.get_text() == "Enkät om Castor"
    scale = [o.get_text() for o in opened.select("select option")]
    assert scale[1:] == ["1", "2", "3", "4", "5"]
    done = await page_of(await client.post("/do/form", data=form_data(opened, q1="4", q2="SMS")))
    assert "Tack! Ditt svar är sparat" in done.get_text()
    async with site_ctx.db.transaction() as session:
        (counted,) = await answers_to(session, 1)
    assert counted.answers == {"1": 4, "2": "SMS"} and counted.municipality == "Mora"


async def test_without_open_surveys_the_page_says_so(client: TestClient) -> None:
    page = BeautifulSoup(await (await client.get("/surveys?lang=en")).text(), "html.parser")
    assert page.select_one("p.notice").get_text() == "No survey is open right now."  # type: ignore[union-attr]


async def test_an_agenda_item_is_proposed_on_the_web_and_reaches_the_board(
    client: TestClient, site_ctx: Context
) -> None:
    await verify_all(site_ctx, BOARD)
    async with site_ctx.db.transaction() as session:
        await add_topic(
            session, platform="console", channel_id="styrelsen", channel_name="styrelsen",
            topic="board", added_by="test", now=site_ctx.clock.now(),
        )  # fmt: skip
    await run_command(
        site_ctx,
        Command("meeting", BOARD, ROOM, positional=("add", "2026-03-12", "18:00", "kind:monthly")),
    )
    listed = await page_of(await client.get("/meetings"))
    assert "torsdag 12 mars 2026 kl. 18:00" in listed.get_text()
    await sign_in(client, site_ctx, "eva@mora.se", next="/meetings")
    listed = await page_of(await client.get("/meetings"))
    opened = await page_of(
        await client.post("/do/press", data=form_data(listed.select_one("article form")))
    )
    assert opened.h1 is not None and opened.h1.get_text() == "Föreslå en punkt till dagordningen"
    sent = await page_of(await client.post("/do/form", data=form_data(opened, text="Kartor i BAB")))
    assert "Tack! Förslag #1" in sent.get_text()
    posts = [r for r in await outbox.list_rows(site_ctx.db) if r.target == "styrelsen"]
    assert any("Kartor i BAB" in str(r.payload) for r in posts)  # the board is told
    # Eva is on the web only: the board's decision reaches her by mail, and the board is told so
    decided = await run_command(
        site_ctx, Command("agenda", BOARD, ROOM, positional=("accept", "1"))
    )
    assert "förslagsställaren har fått besked" in text(decided)
    rows = await outbox.list_rows(site_ctx.db)
    [notice] = [r for r in rows if "Kartor i BAB" in str(r.payload) and r.target != "styrelsen"]
    assert notice.platform == "email" and notice.target.startswith(NOTICE_PREFIX)
    assert notice.payload["title"] == "Styrelsemöte"  # the monthly meeting's, not the user meeting
    assert not [r for r in rows if r.platform == "web"]  # nothing waits for a platform that is none


async def test_a_web_proposer_is_named_with_the_municipality_once(
    client: TestClient, site_ctx: Context
) -> None:
    await verify_all(site_ctx, BOARD)
    await run_command(
        site_ctx, Command("meeting", BOARD, ROOM, positional=("add", "2026-03-12", "18:00"))
    )
    await sign_in(client, site_ctx, "eva@mora.se", next="/meetings")
    listed = await page_of(await client.get("/meetings"))
    opened = await page_of(
        await client.post("/do/press", data=form_data(listed.select_one("article form")))
    )
    await client.post("/do/form", data=form_data(opened, text="Kartor i BAB"))
    karin = Member("console", "karin", "Karin", municipality="Huddinge")
    await verify_all(site_ctx, karin)
    await run_command(site_ctx, Command("agenda", karin, ROOM, positional=("propose", "Arkiv")))
    reply = await run_command(site_ctx, Command("agenda", BOARD, ROOM, positional=("list",)))
    lines = [field.value for field in reply.message.fields]
    assert lines[0] == "Kartor i BAB — Medlem, Mora"  # the web name already names it
    assert lines[1] == "Arkiv — Karin, Huddinge"  # a chat name: the municipality added
