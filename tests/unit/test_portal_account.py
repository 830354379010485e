"""A member's own data on the web (issue #20): seen, downloaded as `/my-data`'s file, and
erased behind `/forget-me`'s own confirmation, which ends the session too."""

# ruff: noqa: F811  (`client` and `site_ctx` are fixtures imported below, used as parameters)
from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import select

from handlers.context import Context
from handlers.people import my_data
from handlers.people.config import COMMAND
from handlers.types import Member
from storage.people import person_by_email
from storage.portal_models import SignInRow, WebSessionRow
from tests.people import limited_to_one
from tests.unit.test_portal_act import form_data, page_of
from tests.unit.test_portal_sign_in import (  # noqa: F401  (fixtures)
    account_line,
    ask_link,
    client,
    form_token,
    sign_in,
    site_ctx,
)
from tests.unit.test_wishes import run


async def test_a_member_sees_downloads_and_erases_their_data(
    client: TestClient, site_ctx: Context
) -> None:
    signed_out = await client.get("/account", allow_redirects=False)
    assert signed_out.headers["Location"] == "/sign-in?next=%2Faccount"
    await sign_in(client, site_ctx, "eva@mora.se", next="/account")
    page = await page_of(await client.get("/account"))
    assert page.h1 is not None and page.h1.get_text() == "Det här sparar Bryggan om dig"
    assert "eva@mora.se" in page.get_text()
    download = await client.get("/account/data.json")
    assert download.headers["Content-Disposition"] == 'attachment; filename="mina-uppgifter.json"'
    assert download.headers["Cache-Control"] == "no-store"
    data = json.loads(await download.text())
    assert [(a["platform"], a["user_id"]) for a in data["accounts"]] == [("web", "eva@mora.se")]

    asked = await page_of(
        await client.post("/account/forget", data={"csrf": await form_token(client, "/account")})
    )
    [button] = asked.select("main form button")
    assert button.get_text() == "Radera allt om mig"
    done = await page_of(await client.post("/do/press", data=form_data(button.find_parent("form"))))
    assert "Klart" in done.get_text()
    async with site_ctx.db.transaction() as session:
        assert await person_by_email(session, "eva@mora.se") is None
    assert account_line(await (await client.get("/wishes")).text()) == "Logga in"  # signed out


async def test_erasing_needs_the_token(client: TestClient, site_ctx: Context) -> None:
    await sign_in(client, site_ctx, "eva@mora.se")
    forged = await client.post("/account/forget", data={"csrf": "x" * 32})
    assert forged.status == 403
    press = {"csrf": "x" * 32, "action": "people.forget", "value": "1"}
    assert (await client.post("/do/press", data=press)).status == 403
    async with site_ctx.db.transaction() as session:
        assert await person_by_email(session, "eva@mora.se") is not None


async def test_a_refused_download_is_json_and_never_a_200(
    client: TestClient, site_ctx: Context
) -> None:
    signed_out = await client.get("/account/data.json", allow_redirects=False)
    assert signed_out.status == 401
    assert signed_out.content_type == "application/json"
    assert signed_out.headers["Cache-Control"] == "no-store"
    said = await signed_out.json()
    assert said["error"] == "not_signed_in" and said["sign_in"] == "/sign-in?next=%2Faccount"
    assert said["message"] == "Logga in för att hämta dina uppgifter."
    english = await (await client.get("/account/data.json?lang=en")).json()
    assert english["message"] == "Sign in to download your data."

    await sign_in(client, site_ctx, "eva@mora.se")
    board = Member("console", "bo", "Bo", is_board=True)
    await run(site_ctx, board, "member", "block", "eva@mora.se", "reklam")
    blocked = await client.get("/account/data.json")
    assert blocked.status == 403 and blocked.content_type == "application/json"
    said = await blocked.json()
    assert said["error"] == "refused" and said["message"].startswith("Styrelsen har blockerat dig")
    assert signed_out.headers["WWW-Authenticate"] == 'Cookie realm="bryggan"'


async def test_a_download_over_the_limit_says_when_and_a_failure_is_ours(
    client: TestClient, site_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A script is told to come back later (429, Retry-After) or that the server failed
    (500), not that it was refused for good (403)."""
    await sign_in(client, site_ctx, "eva@mora.se")
    limited_to_one(site_ctx, COMMAND, timedelta(minutes=1))
    assert (await client.get("/account/data.json")).status == 200
    limited = await client.get("/account/data.json")
    assert limited.status == 429 and limited.headers["Retry-After"] == "60"
    said = await limited.json()
    assert said["error"] == "limited" and said["message"].startswith("Du har använt 1 kommando")
    site_ctx.people = replace(site_ctx.people, limits={})

    async def failing(*_: object) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(my_data, "personal_data", failing)
    failed = await client.get("/account/data.json")
    assert failed.status == 500 and (await failed.json())["error"] == "failed"


async def test_the_file_lists_the_web_sign_ins_and_sessions_never_their_secrets(
    client: TestClient, site_ctx: Context
) -> None:
    """Erasing removes them, so the file shows them, as it shows verification requests:
    what was asked, where to, and when; never a link's salt, a session's hash or cookie."""
    assert (await ask_link(client, "ola@mora.se"))[0] == 200  # someone else's: not shown
    await sign_in(client, site_ctx, "eva@mora.se", next="/account")
    data = json.loads(await (await client.get("/account/data.json")).text())
    [link] = data["web_sign_ins"]
    assert link["email"] == "eva@mora.se" and link["municipality"] == "Mora"
    assert (link["language"], link["next"]) == ("sv", "/account")
    assert link["asked"] and link["expires"] and link["used"]
    [browser] = data["web_sessions"]
    assert browser["account"] == "web:eva@mora.se"
    assert browser["started"] and browser["last_seen"] and browser["expires"]
    async with site_ctx.db.transaction() as session:
        salts = list(await session.scalars(select(SignInRow.salt)))
        hashes = list(await session.scalars(select(WebSessionRow.token_hash)))
    file = json.dumps(data)
    cookie = client.session.cookie_jar.filter_cookies(client.make_url("/"))["bryggan_session"]
    assert len(salts) == 2 and hashes and cookie.value
    assert not [s for s in [*salts, *hashes, cookie.value] if s in file]
    assert "ola@mora.se" not in file
