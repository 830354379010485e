"""Every answer of the web server tells the browser what it may do with it: no script runs,
no other site frames it, nothing is sniffed into another type, no address leaks onwards; and
no form is taken from another site."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.public.session import HARDENED
from bot.web import build_web_app
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.public_config import PublicConfig
from storage import outbox

PAGES = (
    "/",
    "/subscribe",
    "/privacy",
    "/wishes",
    "/meetings",
    "/sign-in",
    "/confirm/not-a-token",
    "/unsubscribe/not-a-token",
    "/no-such-page",
    "/feed.xml",
)


@pytest.fixture
async def client(ctx: Context, clock: FakeClock) -> AsyncIterator[TestClient]:
    ctx.public = PublicConfig("http://bryggan.example.se", "Användarföreningen Castor")
    async with TestClient(TestServer(build_web_app(ctx.db, {}, clock, ctx))) as c:
        yield c


@pytest.mark.parametrize("path", PAGES)
async def test_every_page_and_error_carries_the_policy(client: TestClient, path: str) -> None:
    answer = await client.get(path)
    for name, value in HARDENED.items():
        assert answer.headers.get(name) == value, (path, answer.status, name)


async def test_the_policy_lets_no_script_run_and_no_site_frame() -> None:
    policy = dict(
        part.strip().split(" ", 1) for part in HARDENED["Content-Security-Policy"].split(";")
    )
    assert policy["default-src"] == "'none'" and "script-src" not in policy
    assert policy["frame-ancestors"] == "'none'" and policy["base-uri"] == "'none'"
    assert HARDENED["X-Frame-Options"] == "DENY"


async def _subscribed(client: TestClient, ctx: Context, origin: str | None) -> tuple[int, int]:
    headers = {"Origin": origin} if origin is not None else {}
    answer = await client.post("/subscribe", data={"address": "eva@mora.se"}, headers=headers)
    return answer.status, len(await outbox.list_rows(ctx.db, limit=100))


async def test_a_form_sent_from_another_site_is_refused(client: TestClient, ctx: Context) -> None:
    """The subscribe form has no session to tie a token to: another site's page could make
    its visitors' browsers ask for confirmation mails. Their Origin gives them away."""
    for foreign in ("https://evil.example", "null", "http://bryggan.example.se.evil.example"):
        status, queued = await _subscribed(client, ctx, foreign)
        assert (status, queued) == (403, 0), foreign
    assert (await _subscribed(client, ctx, "http://bryggan.example.se"))[0] == 200
    assert (await _subscribed(client, ctx, None))[0] == 200  # a client that names no origin
    assert (await _subscribed(client, ctx, f"http://{client.host}:{client.port}"))[0] == 200


async def test_a_name_pointed_at_the_server_does_not_make_its_forms_ours(
    client: TestClient, ctx: Context
) -> None:
    """DNS rebinding: evil.example resolves to this server, so its page's form names
    evil.example in Origin and Host alike. With a base URL only that URL's origin, or the
    server's own address, counts; and https is not http."""
    for host, origin in (
        ("evil.example", "http://evil.example"),
        ("", "null"),
        ("bryggan.example.se", "https://bryggan.example.se"),  # another scheme than the base
    ):
        answer = await client.post(
            "/subscribe",
            data={"address": "eva@mora.se"},
            headers={"Origin": origin, "Host": host},
        )
        assert answer.status == 403, (host, origin)
    assert await outbox.list_rows(ctx.db, limit=10) == []


@pytest.mark.parametrize("path", ["/no-such-page", "/wishes/abc", "/announcements/x/y"])
async def test_an_unknown_address_gets_the_sites_own_page(client: TestClient, path: str) -> None:
    answer = await client.get(path)
    assert answer.status == 404 and answer.content_type == "text/html"
    assert "Sidan finns inte" in await answer.text()  # not aiohttp's plain "404: Not Found"


async def test_without_a_mail_server_no_page_invites_to_sign_in(
    ctx: Context, clock: FakeClock
) -> None:
    """Signing in needs a mailed link: without mail a link to it would only lead to "not
    available yet", so none is shown (with mail, the control, it is)."""
    for mail, shown in ((True, True), (False, False)):
        ctx.public = PublicConfig("http://bryggan.example.se", "Castor", mail_enabled=mail)
        async with TestClient(TestServer(build_web_app(ctx.db, {}, clock, ctx))) as client:
            for path in ("/wishes", "/meetings", "/surveys"):
                page = await (await client.get(path)).text()
                assert ('href="/sign-in?' in page) is shown, (mail, path)


async def _boom(request: web.Request) -> web.Response:
    raise RuntimeError("a bug")


async def test_a_page_that_fails_still_carries_the_policy(ctx: Context, clock: FakeClock) -> None:
    ctx.public = PublicConfig("http://bryggan.example.se", "Castor")
    app = build_web_app(ctx.db, {}, clock, ctx)
    app.router.add_get("/boom", _boom)
    async with TestClient(TestServer(app)) as client:
        answer = await client.get("/boom")
        assert answer.status == 500 and "a bug" not in await answer.text()
        for name, value in HARDENED.items():
            assert answer.headers.get(name) == value, name
