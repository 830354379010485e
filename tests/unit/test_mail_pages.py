"""The subscription pages on the bot's web server: subscribe, confirm, unsubscribe."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.web import build_web_app
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.mail.subscribers import add_address
from handlers.public_config import PublicConfig
from storage import mail, outbox

BASE = "https://bryggan.example.se"
SENT = "Tack! Om adressen inte redan står på listan får du strax ett"


@pytest.fixture
def site_ctx(ctx: Context) -> Context:
    return replace(ctx, public=PublicConfig(BASE, "Användarföreningen Castor"))


@pytest.fixture
async def client(site_ctx: Context, clock: FakeClock) -> AsyncIterator[TestClient]:
    app = build_web_app(site_ctx.db, {}, clock, site_ctx)
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


async def subscriber(ctx: Context, address: str) -> mail.MailSubscriberRow:
    async with ctx.db.transaction() as session:
        row = await mail.by_address(session, address)
    assert row is not None
    return row


async def test_the_form_is_labelled_and_has_a_honeypot(client: TestClient) -> None:
    response = await client.get("/subscribe")
    page = await response.text()
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert '<html lang="sv">' in page and "Prenumerera via e-post" in page
    assert '<label for="address">E-postadress</label>' in page
    assert 'type="email" id="address" name="address"' in page
    assert '<div hidden aria-hidden="true">' in page and 'name="website"' in page
    assert 'action="/subscribe"' in page


async def test_subscribing_makes_a_pending_subscriber_and_queues_the_confirmation(
    client: TestClient, site_ctx: Context
) -> None:
    response = await client.post("/subscribe", data={"address": " Ny@Kommun.se ", "website": ""})
    assert response.status == 200
    assert SENT in " ".join((await response.text()).split())
    row = await subscriber(site_ctx, "ny@kommun.se")
    assert (row.status, row.source) == ("pending", "web")
    [queued] = await outbox.list_rows(site_ctx.db)
    assert (queued.platform, queued.target) == ("email", f"confirm:{row.id}")
    assert f"{BASE}/confirm/{row.token}" in queued.payload["text"]


async def test_the_answer_is_the_same_for_an_address_already_on_the_list(
    client: TestClient, site_ctx: Context
) -> None:
    await add_address(site_ctx, "aktiv@kommun.se", added_by="Bo")
    fresh = await client.post("/subscribe", data={"address": "ny@kommun.se"})
    known = await client.post("/subscribe", data={"address": "aktiv@kommun.se"})
    again = await client.post("/subscribe", data={"address": "ny@kommun.se"})  # throttled
    assert fresh.status == known.status == again.status == 200
    fresh_text, known_text = await fresh.text(), await known.text()
    assert fresh_text.replace("ny@kommun.se", "") == known_text.replace("aktiv@kommun.se", "")
    assert fresh_text == await again.text()
    assert len(await outbox.list_rows(site_ctx.db)) == 1


async def test_a_bad_address_shows_the_form_again_with_an_error(
    client: TestClient, site_ctx: Context
) -> None:
    for bad in ("inte en adress", "", "x@" + "a" * 300 + ".se"):
        response = await client.post("/subscribe", data={"address": bad})
        page = await response.text()
        assert response.status == 400
        assert 'class="error" id="address-error" role="alert"' in page
        assert 'aria-invalid="true"' in page and '<form method="post"' in page
    assert await outbox.list_rows(site_ctx.db) == []


async def test_the_honeypot_gets_a_polite_nothing(client: TestClient, site_ctx: Context) -> None:
    response = await client.post(
        "/subscribe", data={"address": "robot@kommun.se", "website": "http://spam"}
    )
    assert response.status == 200 and SENT in " ".join((await response.text()).split())
    async with site_ctx.db.transaction() as session:
        assert await mail.by_address(session, "robot@kommun.se") is None


async def test_confirming_needs_the_button_not_just_the_link(
    client: TestClient, site_ctx: Context
) -> None:
    await client.post("/subscribe", data={"address": "ny@kommun.se"})
    token = (await subscriber(site_ctx, "ny@kommun.se")).token
    page = await client.get(f"/confirm/{token}")  # a mail scanner following the link
    body = await page.text()
    assert page.status == 200 and "Bekräfta prenumerationen" in body
    assert '<form method="post">' in body and "ny@kommun.se" in body
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "same-origin"  # no Referer to another site
    assert (await subscriber(site_ctx, "ny@kommun.se")).status == "pending"
    done = await client.post(f"/confirm/{token}")
    assert done.status == 200 and "Klart!" in await done.text()
    assert (await subscriber(site_ctx, "ny@kommun.se")).status == "active"
    twice = await client.post(f"/confirm/{token}")
    assert twice.status == 200 and "Redan bekräftad" in await twice.text()


async def test_unsubscribing_with_the_button_and_with_one_click(
    client: TestClient, site_ctx: Context
) -> None:
    await add_address(site_ctx, "eva@kommun.se", added_by="Bo")
    token = (await subscriber(site_ctx, "eva@kommun.se")).token
    page = await client.get(f"/unsubscribe/{token}")
    assert page.status == 200 and "Sluta prenumerera" in await page.text()
    assert (await subscriber(site_ctx, "eva@kommun.se")).status == "active"
    one_click = await client.post(
        f"/unsubscribe/{token}",
        data="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert one_click.status == 200
    assert "Du prenumererar inte längre" in await one_click.text()
    assert (await subscriber(site_ctx, "eva@kommun.se")).status == "unsubscribed"
    again = await client.post(f"/unsubscribe/{token}")  # idempotent
    assert again.status == 200
    after = await client.get(f"/unsubscribe/{token}")
    assert "Du prenumererar inte längre" in await after.text()
    stale = await client.get(f"/confirm/{token}")
    assert "Länken gäller inte längre" in await stale.text()
    assert (await client.post(f"/confirm/{token}")).status == 200
    assert (await subscriber(site_ctx, "eva@kommun.se")).status == "unsubscribed"


@pytest.mark.parametrize(
    "path",
    ["/confirm/okand-token", "/unsubscribe/okand-token", "/confirm/%00", "/unsubscribe/a%00"],
)
async def test_an_unknown_token_gets_a_friendly_404(client: TestClient, path: str) -> None:
    for method in ("GET", "POST"):
        response = await client.request(method, path)
        assert response.status == 404
        page = await response.text()
        assert "Länken gäller inte" in page and 'href="/subscribe"' in page


async def test_without_a_public_address_subscribing_is_unavailable(
    ctx: Context, clock: FakeClock
) -> None:
    app = build_web_app(ctx.db, {}, clock, ctx)  # no PUBLIC_BASE_URL
    async with TestClient(TestServer(app)) as test_client:
        for response in (
            await test_client.get("/subscribe"),
            await test_client.post("/subscribe", data={"address": "ny@kommun.se"}),
        ):
            assert response.status == 503
            assert "går inte att starta här ännu" in await response.text()
    assert await outbox.list_rows(ctx.db) == []


async def test_pages_follow_a_base_path(ctx: Context, clock: FakeClock) -> None:
    site = replace(ctx, public=PublicConfig("https://example.se/bryggan/", "Föreningen"))
    async with TestClient(TestServer(build_web_app(ctx.db, {}, clock, site))) as test_client:
        page = await (await test_client.get("/subscribe")).text()
    assert 'action="/bryggan/subscribe"' in page and "Föreningen" in page
