"""Commenting on the web (issue #20): the wish page shows the one discussion, a signed-in
member adds to it behind the CSRF token, and the comment reaches the wish's chat threads."""

# ruff: noqa: F811  (`client` and `site_ctx` are fixtures imported below, used as parameters)
from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient
from bs4 import BeautifulSoup

from handlers.commands import inbound_handlers
from handlers.context import Context
from handlers.run import run_interaction
from handlers.types import Channel, Interaction, Member, Message
from handlers.wishes.present import DISCUSS_BUTTON
from storage import outbox
from tests.people import verify_all
from tests.unit.test_portal_sign_in import (  # noqa: F401  (fixtures)
    client,
    form_token,
    sign_in,
    site_ctx,
)
from tests.unit.test_portal_support import wish_page
from tests.unit.test_wish_discussion import card_sent
from tests.unit.test_wishes import run, submit, text, wishes_channel

ANNA = Member("console", "anna", "Anna", municipality="Huddinge")
BO = Member("console", "bo", "Bo", is_board=True)
KARIN = Member("slack", "U7", "Karin Ek")


@pytest.fixture(autouse=True)
async def _wish_with_a_slack_thread(site_ctx: Context) -> None:
    site_ctx.inbound = inbound_handlers()
    await verify_all(site_ctx, ANNA)
    await wishes_channel(site_ctx)  # Slack's CW
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    await card_sent(site_ctx, Channel("slack", "CW"), "17.1")
    opened = Interaction(DISCUSS_BUTTON, KARIN, Channel("slack", "CW"), "1", message_id="17.1")
    await run_interaction(site_ctx, opened)


async def post(client: TestClient, words: str, *, token: str | None = None) -> int:
    token = token if token is not None else await form_token(client, "/wishes/1")
    response = await client.post(
        "/wishes/1/comments", data={"csrf": token, "text": words}, allow_redirects=False
    )
    return response.status


def comments(soup: BeautifulSoup) -> list[str]:
    return [" ".join(li.get_text(" ").split()) for li in soup.select("#comments li")]


async def thread_copies(ctx: Context) -> list[str]:
    rows = await outbox.list_rows(ctx.db, limit=100)
    return [
        Message.from_json(r.payload).text
        for r in sorted(rows, key=lambda r: r.id)
        if r.idempotency_key.startswith("comment:")
    ]


async def test_a_comment_on_the_web_shows_there_and_in_the_chat_thread(
    client: TestClient, site_ctx: Context
) -> None:
    signed_out = await wish_page(client)
    link = signed_out.select_one("#comments a")
    assert link is not None and link.get_text() == "Logga in för att kommentera"
    await sign_in(client, site_ctx, "eva@mora.se", next="/wishes/1")
    assert await post(client, "Vi i Mora vill också ha det.\n\nSärskilt för **bygglov**.") == 303
    shown = await wish_page(client)
    notice = shown.select_one("p.notice")
    assert notice is not None and notice.get_text().startswith("Din kommentar på #1 är sparad.")
    [line] = comments(shown)
    assert line.startswith("Medlem, Mora (webben),")
    assert line.endswith("kommentar 1 Vi i Mora vill också ha det. Särskilt för bygglov .")
    bold = [b.get_text() for b in shown.select("#comment-1 strong")]
    assert bold == ["Medlem, Mora", "bygglov"]  # the member's Markdown, rendered
    assert await thread_copies(site_ctx) == [
        "**Medlem, Mora** (webben), kommentar 1:\n"
        "Vi i Mora vill också ha det.\n\nSärskilt för **bygglov**."
    ]


async def test_without_the_token_or_signed_out_nothing_is_saved_and_the_text_comes_back(
    client: TestClient, site_ctx: Context
) -> None:
    signed_out = await client.post(
        "/wishes/1/comments", data={"text": "hej"}, allow_redirects=False
    )
    assert signed_out.status == 303
    assert signed_out.headers["Location"] == "/sign-in?next=%2Fwishes%2F1%23comments"
    await sign_in(client, site_ctx, "eva@mora.se")
    forged = await client.post("/wishes/1/comments", data={"csrf": "x" * 32, "text": "Mitt svar"})
    assert forged.status == 400
    soup = BeautifulSoup(await forged.text(), "html.parser")
    area = soup.select_one("textarea#comment-text")
    assert area is not None and area.get_text() == "Mitt svar"  # given back filled in
    assert area["aria-describedby"] == "comment-error"
    assert "gått ut" in soup.select_one("#comment-error").get_text()  # type: ignore[union-attr]
    assert comments(await wish_page(client)) == []
    assert await post(client, "Mitt svar") == 303  # control: with the token it is saved
    assert len(comments(await wish_page(client))) == 1


async def test_a_refused_comment_is_given_back_with_why(
    client: TestClient, site_ctx: Context
) -> None:
    await sign_in(client, site_ctx, "eva@mora.se")
    token = await form_token(client, "/wishes/1")
    response = await client.post("/wishes/1/comments", data={"csrf": token, "text": "x" * 2001})
    assert response.status == 400
    soup = BeautifulSoup(await response.text(), "html.parser")
    assert soup.select_one("textarea#comment-text").get_text() == "x" * 2001  # type: ignore[union-attr]
    assert "2000" in soup.select_one("#comment-error").get_text().replace("\u00a0", "")  # type: ignore[union-attr]
    empty = await client.post("/wishes/1/comments", data={"csrf": token, "text": "  \n "})
    error = BeautifulSoup(await empty.text(), "html.parser").select_one("#comment-error")
    assert empty.status == 400 and error is not None  # in the page's words, not chat's usage
    assert error.get_text() == "Skriv något i kommentaren först."
    blocked = text(await run(site_ctx, BO, "member", "block", "eva@mora.se", "reklam"))
    assert "blockerad" in blocked
    response = await client.post("/wishes/1/comments", data={"csrf": token, "text": "Köp nu"})
    assert response.status == 400
    error = BeautifulSoup(await response.text(), "html.parser").select_one("#comment-error")
    assert error is not None and error.get_text().startswith("Styrelsen har blockerat dig")
    assert comments(await wish_page(client)) == [] and await thread_copies(site_ctx) == []


async def test_markup_in_a_comment_is_shown_as_text_never_run(
    client: TestClient, site_ctx: Context
) -> None:
    await sign_in(client, site_ctx, "eva@mora.se")
    attack = "<script>alert(1)</script> <img src=x onerror=alert(2)> [klick](javascript:alert(3))"
    assert await post(client, attack) == 303
    html = await (await client.get("/wishes/1")).text()
    soup = BeautifulSoup(html, "html.parser")
    body = soup.select_one("#comment-1")
    assert body is not None
    assert body.select("script, img") == []
    assert all(not a.get("href", "").startswith("javascript") for a in body.select("a"))
    assert "<script>alert(1)</script>" in body.get_text()  # shown, as text
    assert "onerror=alert" not in str(body.select("[onerror]"))


async def test_a_hidden_comment_keeps_its_place_not_its_words(
    client: TestClient, site_ctx: Context
) -> None:
    await sign_in(client, site_ctx, "eva@mora.se")
    assert await post(client, "Olämpligt innehåll") == 303
    await run(site_ctx, BO, "comment-hide", "1")
    html = await (await client.get("/wishes/1")).text()
    assert "Olämpligt" not in html
    assert comments(BeautifulSoup(html, "html.parser")) == ["Kommentar 1 är dold av styrelsen."]
