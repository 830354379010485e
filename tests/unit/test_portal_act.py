"""Submitting a wish on the web (issue #20): the same form and use case as chat, similar
wishes shown before saving, the form given back filled in with the problem at its field,
and every POST signed in and carrying its CSRF token."""

# ruff: noqa: F811  (`client` and `site_ctx` are fixtures imported below, used as parameters)
from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from bs4 import BeautifulSoup

from handlers.context import Context
from handlers.types import Member
from storage import outbox
from storage.people import person_by_email
from storage.wishes import all_wishes
from tests.people import verify_all
from tests.unit.test_portal_sign_in import (  # noqa: F401  (fixtures)
    client,
    form_token,
    sign_in,
    site_ctx,
)
from tests.unit.test_wishes import run, submit, wishes_channel

ANNA = Member("console", "anna", "Anna", municipality="Huddinge")


@pytest.fixture(autouse=True)
async def _anna_counts_for_huddinge(site_ctx: Context) -> None:
    await verify_all(site_ctx, ANNA)


async def page_of(response: object) -> BeautifulSoup:
    return BeautifulSoup(await response.text(), "html.parser")  # type: ignore[attr-defined]


def form_data(soup: Any, **fields: str) -> dict[str, str]:
    """What the browser would send: the form's (or the page's first form's) hidden inputs
    and the fields filled in."""
    form = soup if soup.name == "form" else soup.select_one("main form")
    assert form is not None
    data = {str(i["name"]): str(i.get("value", "")) for i in form.select("input[type=hidden]")}
    return data | {f"f.{name}": value for name, value in fields.items()}


async def titles(ctx: Context) -> list[str]:
    async with ctx.db.transaction() as session:
        return [w.title for w in await all_wishes(session)]


async def test_a_wish_submitted_on_the_web_is_saved_and_posted_to_chat(
    client: TestClient, site_ctx: Context
) -> None:
    await wishes_channel(site_ctx)
    await sign_in(client, site_ctx, "eva@mora.se")
    opened = await page_of(await client.get("/wishes/new"))
    assert opened.h1 is not None and opened.h1.get_text() == "Nytt utvecklingsönskemål"
    assert [o.get_text() for o in opened.select("select#f\\.module option")][1:3] == [
        "Bygg",
        "Miljö",
    ]
    data = form_data(opened, title="Digital signering av bygglov", description="Med BankID",
                     module="Bygg")  # fmt: skip
    done = await client.post("/do/form", data=data)
    assert done.status == 200
    said = (await page_of(done)).select_one('[role="status"]')
    assert said is not None and said.get_text(" ", strip=True).startswith(
        "Tack! Ditt önskemål har nummer #1"
    )
    link = (await page_of(done)).select_one("main ul a")
    assert link is not None and (link.get_text(), link["href"]) == ("Önskemål #1", "/wishes/1")
    assert await titles(site_ctx) == ["Digital signering av bygglov"]
    posted = [
        r for r in await outbox.list_rows(site_ctx.db) if r.idempotency_key.startswith("wish-card")
    ]
    assert posted, "the wish's card goes to the wishes channel"


async def test_similar_wishes_are_shown_before_saving(
    client: TestClient, site_ctx: Context
) -> None:
    await submit(site_ctx, ANNA, "Sms-påminnelse till sökande", module="Bygg")
    await sign_in(client, site_ctx, "eva@mora.se")
    opened = await page_of(await client.get("/wishes/new"))
    data = form_data(opened, title="Sms-påminnelse till sökande om komplettering", module="Bygg")
    similar = await page_of(await client.post("/do/form", data=data))
    assert similar.h1 is not None and similar.h1.get_text() == "Liknande önskemål"
    buttons = {b.get_text(): b.find_parent("form") for b in similar.select("main form button")}
    assert list(buttons) == ["Stöd #1", "Skicka in som nytt"]
    assert await titles(site_ctx) == ["Sms-påminnelse till sökande"]  # nothing saved yet
    as_new = form_data(buttons["Skicka in som nytt"])
    saved = await page_of(await client.post("/do/press", data=as_new))
    assert "#2" in saved.get_text()
    again = await page_of(await client.post("/do/press", data=as_new))  # pressed twice
    assert "utkastet finns inte" in again.get_text().lower()
    assert len(await titles(site_ctx)) == 2


async def test_a_refused_form_comes_back_filled_in_with_the_problem_at_its_field(
    client: TestClient, site_ctx: Context
) -> None:
    await sign_in(client, site_ctx, "eva@mora.se")
    opened = await page_of(await client.get("/wishes/new"))
    long_title = "x" * 200
    data = form_data(opened, title=long_title, description="Min beskrivning", module="Bygg")
    refused = await client.post("/do/form", data=data)
    assert refused.status == 422
    page = await page_of(refused)
    problem = page.select_one("#problem")
    assert problem is not None and "högst 120 tecken" in problem.get_text()
    title = page.select_one("input#f\\.title")
    assert title is not None and title["aria-invalid"] == "true"
    assert title["value"] == long_title[:120]  # as every platform gives it back: within bounds
    description = page.select_one("textarea#f\\.description")
    assert description is not None and description.get_text() == "Min beskrivning"
    assert page.select_one("select#f\\.module option[selected]").get_text() == "Bygg"  # type: ignore[union-attr]
    assert await titles(site_ctx) == []


async def test_acting_needs_a_session_and_the_token(client: TestClient, site_ctx: Context) -> None:
    signed_out = await client.get("/wishes/new", allow_redirects=False)
    assert signed_out.status == 303
    assert signed_out.headers["Location"] == "/sign-in?next=%2Fwishes%2Fnew"
    data = {"form_id": "wish.form", "f.title": "Smygförslag", "f.module": "Bygg"}
    assert (await client.post("/do/form", data=data, allow_redirects=False)).status == 303
    await sign_in(client, site_ctx, "eva@mora.se")
    forged = await client.post("/do/form", data={**data, "csrf": "x" * 32})
    assert forged.status == 403 and "gått ut" in (await page_of(forged)).get_text()
    assert await titles(site_ctx) == []
    data["csrf"] = await form_token(client, "/wishes")  # control: with the token it is saved
    assert (await client.post("/do/form", data=data)).status == 200
    assert await titles(site_ctx) == ["Smygförslag"]


async def test_a_made_up_action_gets_a_clear_answer(client: TestClient, site_ctx: Context) -> None:
    """A button the web offers with a value nobody was given is answered as in chat; a chat
    action the web does not offer (a board action, an erase, a language) is refused."""
    await sign_in(client, site_ctx, "eva@mora.se")
    token = await form_token(client, "/wishes")
    for value in ("999", "x" * 50):  # another's or no draft
        answer = await client.post(
            "/do/press", data={"csrf": token, "action": "wish.submit", "value": value}
        )
        assert answer.status == 403  # refused, as the web answers every refusal
        page = await page_of(answer)
        said = page.get_text()
        assert "Utkastet finns inte längre" in said and "Något gick fel" not in said
        assert page.h1 is not None and page.h1.get_text() == "Det gjordes inte"
    async with site_ctx.db.transaction() as session:
        eva = await person_by_email(session, "eva@mora.se")
    assert eva is not None
    others = {"csrf": token, "action": "people.forget", "value": str(eva.id + 1)}  # another's
    said = (await page_of(await client.post("/do/press", data=others))).get_text()
    assert "används inte längre" in said
    async with site_ctx.db.transaction() as session:
        assert await person_by_email(session, "eva@mora.se") is not None
    for action in ("no.such.action", "wish.hide", "language.set"):
        answer = await client.post(
            "/do/press", data={"csrf": token, "action": action, "value": "1"}
        )
        assert answer.status == 403, action
        refused = (await page_of(answer)).select_one("main div.error[role=alert]")
        assert refused is not None and "Det går inte att göra här på webben." in refused.get_text()
    other_form = {"csrf": token, "form_id": "announce.form", "f.text": "Hej alla"}
    assert (await client.post("/do/form", data=other_form)).status == 403


async def test_a_hostile_wish_is_text_on_every_page(client: TestClient, site_ctx: Context) -> None:
    """Stored XSS: a wish whose title and description are markup is shown as text in the
    list, on its page and in the answer that names it."""
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    await sign_in(client, site_ctx, "eva@mora.se")
    opened = await page_of(await client.get("/wishes/new"))
    data = form_data(opened, title=hostile[:100], description=hostile, module="Bygg")
    answer = await client.post("/do/form", data=data)
    for page in (answer, await client.get("/wishes"), await client.get("/wishes/1")):
        html = await page.text()  # type: ignore[attr-defined]
        assert "<script>" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html


async def test_a_blocked_person_cannot_submit_on_the_web(
    client: TestClient, site_ctx: Context
) -> None:
    await sign_in(client, site_ctx, "eva@mora.se")
    board = Member("console", "bo", "Bo", is_board=True)
    await run(site_ctx, board, "member", "block", "eva@mora.se", "reklam")
    opened = await page_of(await client.get("/wishes/new"))
    assert "Styrelsen har blockerat dig" in opened.get_text()  # no form is opened
    data = {"csrf": await form_token(client, "/wishes"), "form_id": "wish.form",
            "f.title": "Köp klockor", "f.module": "Bygg"}  # fmt: skip
    refused = await page_of(await client.post("/do/form", data=data))
    assert "Styrelsen har blockerat dig" in refused.get_text()
    assert await titles(site_ctx) == []


async def test_the_page_language_wins_over_the_one_chosen_in_chat(
    client: TestClient, site_ctx: Context
) -> None:
    await sign_in(client, site_ctx, "eva@mora.se")
    web = Member("web", "eva@mora.se", "Medlem, Mora")
    await run(site_ctx, web, "language", "en")  # chosen in chat, say
    swedish = await page_of(await client.get("/wishes/new"))
    assert swedish.h1 is not None and swedish.h1.get_text() == "Nytt utvecklingsönskemål"
    english = await page_of(await client.get("/wishes/new?lang=en"))
    assert english.h1 is not None and english.h1.get_text() == "New development wish"


async def test_signing_in_from_an_english_page_stays_in_english(client: TestClient) -> None:
    sent = await client.get("/wishes/new?lang=en", allow_redirects=False)
    assert sent.headers["Location"] == "/sign-in?next=%2Fwishes%2Fnew&lang=en"
