"""Supporting a wish on the web (issue #20): the same use case as chat's /support, for the
signed-in member only, behind the CSRF token; what is done shows in chat at once."""

# ruff: noqa: F811  (`client` and `site_ctx` are fixtures imported below, used as parameters)
from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient
from bs4 import BeautifulSoup

from handlers.context import Context
from handlers.types import Member
from storage import outbox
from storage.wishes import support_of
from tests.people import verify_all
from tests.unit.test_portal_sign_in import (  # noqa: F401  (fixtures)
    client,
    form_token,
    sign_in,
    site_ctx,
)
from tests.unit.test_wishes import run, submit, text, wishes_channel

ANNA = Member("console", "anna", "Anna", municipality="Huddinge")
BO = Member("console", "bo", "Bo", is_board=True)


@pytest.fixture(autouse=True)
async def _anna_counts_for_huddinge(site_ctx: Context) -> None:
    await verify_all(site_ctx, ANNA)


async def wish_page(client: TestClient, number: int = 1) -> BeautifulSoup:
    response = await client.get(f"/wishes/{number}")
    assert response.status == 200
    return BeautifulSoup(await response.text(), "html.parser")


async def press(client: TestClient, number: int = 1, **data: str) -> int:
    token = await form_token(client, f"/wishes/{number}")
    response = await client.post(
        f"/wishes/{number}/support", data={"csrf": token, **data}, allow_redirects=False
    )
    return response.status


async def counted(ctx: Context, number: int = 1) -> tuple[int, list[str]]:
    async with ctx.db.transaction() as session:
        support = (await support_of(session, [number]))[number]
    return support.members, list(support.municipalities)


async def test_support_and_take_it_back_on_the_web(client: TestClient, site_ctx: Context) -> None:
    await wishes_channel(site_ctx)
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    before = await wish_page(client)
    link = before.select_one("article a[href^='/sign-in']")
    assert link is not None and link["href"] == "/sign-in?next=%2Fwishes%2F1"
    await sign_in(client, site_ctx, "eva@mora.se", next="/wishes/1")
    assert await press(client) == 303
    page = await wish_page(client)
    notice = page.select_one("p.notice")
    assert notice is not None
    assert notice.get_text() == "Du stöder #1. Nu: 2 medlemmar från 2 kommuner."
    assert await counted(site_ctx) == (2, ["Huddinge", "Mora"])
    edits = [r for r in await outbox.list_rows(site_ctx.db) if r.action == "edit"]
    assert edits and "2 medlemmar från 2 kommuner" in str(edits[0].payload)  # the chat card
    assert (await wish_page(client)).select_one("p.notice") is None  # shown once
    assert page.select_one("article form button").get_text() == "Ta tillbaka mitt stöd"  # type: ignore[union-attr]
    assert await press(client) == 303
    assert await counted(site_ctx) == (1, ["Huddinge"])
    assert (await wish_page(client)).select_one("article form button").get_text() == "Stöd"  # type: ignore[union-attr]


async def test_without_the_token_or_signed_out_nothing_changes(
    client: TestClient, site_ctx: Context
) -> None:
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    signed_out = await client.post("/wishes/1/support", allow_redirects=False)
    assert signed_out.status == 303
    assert signed_out.headers["Location"] == "/sign-in?next=%2Fwishes%2F1"
    await sign_in(client, site_ctx, "eva@mora.se")
    forged = await client.post("/wishes/1/support", data={"csrf": "x" * 32})
    assert forged.status == 200 and forged.url.path == "/wishes/1"  # back, and told why
    notice = BeautifulSoup(await forged.text(), "html.parser").select_one("p.error")
    assert notice is not None and "gått ut" in notice.get_text()
    assert await counted(site_ctx) == (1, ["Huddinge"])
    assert await press(client) == 303  # control: with the token it counts
    assert await counted(site_ctx) == (2, ["Huddinge", "Mora"])


async def test_a_blocked_person_is_refused_on_the_web_too(
    client: TestClient, site_ctx: Context
) -> None:
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    await sign_in(client, site_ctx, "eva@mora.se")
    blocked = text(await run(site_ctx, BO, "member", "block", "eva@mora.se", "reklam"))
    assert "blockerad" in blocked, blocked
    assert await press(client) == 303
    notice = (await wish_page(client)).select_one("p.error")  # a refusal, shown as one
    assert notice is not None and notice.get_text().startswith("Styrelsen har blockerat dig")
    assert await counted(site_ctx) == (1, ["Huddinge"])


async def test_a_flash_another_page_made_is_not_shown(
    client: TestClient, site_ctx: Context
) -> None:
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    client.session.cookie_jar.update_cookies({"bryggan_flash": "fake.RGluIGJhbmsgc3DDpHJyYWQ="})
    assert (await wish_page(client)).select_one("p.notice, p.error") is None


async def test_an_unknown_or_closed_wish_gets_a_clear_answer(
    client: TestClient, site_ctx: Context
) -> None:
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    await run(site_ctx, BO, "wish-status", "1", "levererad")
    await sign_in(client, site_ctx, "eva@mora.se")
    assert (await wish_page(client)).select_one("article form") is None  # closed: no button
    assert await press(client) == 303  # pressed anyway (an old page)
    notice = (await wish_page(client)).select_one("p.error")
    assert (
        notice is not None
        and notice.get_text() == "Önskemål #1 är avslutat och tar inte emot nytt stöd."
    )
    assert await press(client, 99) == 303
    page = await client.get("/wishes/99")
    assert page.status == 404


async def test_a_csrf_cookie_planted_from_elsewhere_pairs_with_no_session(
    client: TestClient, site_ctx: Context
) -> None:
    """An attacker's own CSRF cookie and its token (from a page they opened signed out),
    planted in a signed-in member's browser, do not pass: the token is bound to the session."""
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    planted_token = await form_token(client)  # a signed-out page: the attacker's own
    planted = client.session.cookie_jar.filter_cookies(client.make_url("/"))["bryggan_csrf"]
    await sign_in(client, site_ctx, "eva@mora.se")
    client.session.cookie_jar.update_cookies({"bryggan_csrf": planted.value})
    forged = await client.post(
        "/wishes/1/support", data={"csrf": planted_token}, allow_redirects=False
    )
    assert forged.status == 303
    assert await counted(site_ctx) == (1, ["Huddinge"])  # nothing changed
    assert await press(client) == 303  # control: the page's own token passes
    assert await counted(site_ctx) == (2, ["Huddinge", "Mora"])
