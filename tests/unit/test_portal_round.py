"""Placing a municipality's round points on the web (issue #20): the standing, the form, and
the same use case as `/round place` (verified members only, the budget kept)."""

# ruff: noqa: F811  (`client`, `site_ctx` and `wishes` are fixtures imported below)
from __future__ import annotations

from aiohttp.test_utils import TestClient

from handlers.context import Context
from handlers.people.config import COMMAND
from handlers.run import run_command
from handlers.types import Command
from tests.people import limited_to_one
from tests.unit.test_portal_act import page_of
from tests.unit.test_portal_sign_in import (  # noqa: F401  (fixtures)
    client,
    form_token,
    sign_in,
    site_ctx,
)
from tests.unit.test_rounds import BOARD, ROOM, clock, wishes  # noqa: F401  (fixtures)


async def _open_and_sign_in(client: TestClient, site_ctx: Context) -> None:
    """Round 1 open (10 points a municipality), and Eva of Mora signed in on its page."""
    opened = Command("round", BOARD, ROOM, positional=("open", "2026-03-31", "points:10"))
    await run_command(site_ctx, opened)
    await sign_in(client, site_ctx, "eva@mora.se", next="/round")


async def place(client: TestClient, wish: str, points: str) -> str:
    token = await form_token(client, "/round")
    data = {"csrf": token, "wish": wish, "points": points}
    notice = (await page_of(await client.post("/round/place", data=data))).select_one(
        "p.notice, p.error"
    )
    assert notice is not None
    return notice.get_text()


async def test_points_are_placed_on_the_web_within_the_budget(
    client: TestClient, site_ctx: Context, wishes: list[int]
) -> None:
    await _open_and_sign_in(client, site_ctx)
    page = await page_of(await client.get("/round"))
    assert page.h1 is not None and page.h1.get_text().startswith("Omgång 1, stänger")
    assert "Mora" in page.get_text() and page.select_one("form input#wish") is not None
    assert await place(client, "1", "6") == "Poäng för Mora: #1: 6. 4 av 10 kvar."
    assert await place(client, "#2", "5") == (
        "Mora har 10 poäng totalt och 6 på andra önskemål: #2 kan få högst 4."
    )
    assert (
        await place(client, "två", "1")
        == "Skriv önskemålets nummer och poängen som heltal, t.ex. 12 och 3."
    )
    assert await place(client, "4", "1") == "#4 ingår inte i den här omgången."
    assert await place(client, "1234567890", "1") == (  # never cut to a number it was not
        "Skriv önskemålets nummer och poängen som heltal, t.ex. 12 och 3."
    )
    token = await form_token(client, "/round")
    refused = await client.post("/round/place", data={"csrf": token, "wish": "4", "points": "1"})
    assert (await page_of(refused)).select_one("p.error") is not None  # shown as a refusal
    for wish, points in (("4", "1"), ("två", "1"), ("#2", "11")):  # given back filled in
        token = await form_token(client, "/round")
        data = {"csrf": token, "wish": wish, "points": points}
        again = await client.post("/round/place", data=data, allow_redirects=False)
        form = await page_of(again)
        assert again.status == 422, (wish, points)
        assert form.select_one("input#wish")["value"] == wish  # type: ignore[index]
        assert form.select_one("input#points")["value"] == points  # type: ignore[index]
    standing = (await page_of(await client.get("/round"))).get_text()
    assert "#1 Sökning i bygglov: 6 (1)" in standing


async def test_without_an_open_round_the_page_says_so(
    client: TestClient, site_ctx: Context
) -> None:
    await sign_in(client, site_ctx, "eva@mora.se")
    page = await page_of(await client.get("/round"))
    assert "Ingen omgång är öppen." in page.get_text()
    assert page.select_one("form input#wish") is None


async def test_over_the_command_limit_the_form_comes_back_with_429(
    client: TestClient, site_ctx: Context, wishes: list[int]
) -> None:
    """Come back later, not never: 429 with Retry-After, as every refusal by a limit."""
    await _open_and_sign_in(client, site_ctx)
    token = await form_token(client)  # a page that runs no command
    limited_to_one(site_ctx, COMMAND)
    data = {"csrf": token, "wish": "1", "points": "6"}
    placed = await client.post("/round/place", data=data, allow_redirects=False)
    assert placed.status == 303  # the control: within the limit
    limited = await client.post("/round/place", data=data, allow_redirects=False)
    assert limited.status == 429 and limited.headers["Retry-After"] == "3600"
    said = (await page_of(limited)).select_one("p.error")
    assert said is not None and said.get_text().startswith("Du har använt 1 kommando")
