"""What a stranger can do to the public pages: the subscription form is limited per client
(X-Forwarded-For believed only from TRUSTED_PROXIES), per recipient domain and in all; a site
without a mail server offers no subscription; unknown hosts are refused and pages built from
the Host header are kept by no shared cache."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.web import build_web_app
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.public_config import PublicConfig
from storage import outbox

BASE = "https://bryggan.example.se"
LIMITED = "Just nu kommer det in väldigt många anmälningar"
SENT = "Tack! Om adressen inte redan står på listan"


def limited_site(ctx: Context, **public: object) -> Context:
    limits = {"client": (3, 3600), "domain": (5, 3600), "total": (8, 3600)}
    config = PublicConfig(BASE, "Castor", subscribe_limits=limits)
    return replace(ctx, public=replace(config, **public))  # type: ignore[arg-type]


async def serve(ctx: Context, clock: FakeClock) -> TestClient:
    client = TestClient(TestServer(build_web_app(ctx.db, {}, clock, ctx)))
    await client.start_server()
    return client


@pytest.fixture
async def site(ctx: Context, clock: FakeClock) -> AsyncIterator[tuple[Context, TestClient]]:
    limited = limited_site(ctx, trusted_proxies=("127.0.0.1/32",))
    client = await serve(limited, clock)
    yield limited, client
    await client.close()


async def subscribe(
    client: TestClient, address: str, forwarded: str | None = None
) -> tuple[int, str]:
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    response = await client.post("/subscribe", data={"address": address}, headers=headers)
    return response.status, " ".join((await response.text()).split())


async def confirmations(ctx: Context) -> int:
    return len(await outbox.list_rows(ctx.db, limit=1000))


async def test_one_client_is_limited_and_told_to_wait_in_swedish(
    site: tuple[Context, TestClient], clock: FakeClock
) -> None:
    ctx, client = site
    for n in range(3):
        assert (await subscribe(client, f"a{n}@kommun{n}.se", "203.0.113.7"))[0] == 200
    status, page = await subscribe(client, "a4@kommun4.se", "203.0.113.7")
    assert status == 429 and LIMITED in page
    assert await confirmations(ctx) == 3
    assert (await subscribe(client, "b@kommun9.se", "203.0.113.8"))[0] == 200  # another client
    clock.advance(3601)
    assert (await subscribe(client, "a5@kommun5.se", "203.0.113.7"))[0] == 200


async def test_a_forged_forwarded_for_does_not_make_a_new_client(
    site: tuple[Context, TestClient],
) -> None:
    """Only the nearest address a trusted proxy added counts; what the client wrote before
    it is ignored, so rotating it gains nothing."""
    _ctx, client = site
    for n in range(3):
        assert (await subscribe(client, f"a{n}@kommun{n}.se", f"10.9.9.{n}, 203.0.113.7"))[0] == 200
    assert (await subscribe(client, "x@kommun7.se", "10.9.9.99, 203.0.113.7"))[0] == 429


async def test_an_ipv6_client_is_its_whole_slash_64(site: tuple[Context, TestClient]) -> None:
    """Any IPv6 host can take billions of addresses of its /64: moving through them gains
    nothing (without the grouping, every one of these would be a new client)."""
    _ctx, client = site
    for n in range(3):
        address = f"a{n}@kommun{n}.se"
        assert (await subscribe(client, address, f"2001:db8:7:1::{n + 1:x}"))[0] == 200
    assert (await subscribe(client, "x@kommun7.se", "2001:db8:7:1:ffff::9"))[0] == 429
    assert (await subscribe(client, "y@kommun8.se", "2001:db8:7:2::1"))[0] == 200  # next /64
    assert (await subscribe(client, "z@kommun9.se", "::ffff:203.0.113.7"))[0] == 200  # IPv4


async def test_without_a_trusted_proxy_the_header_is_not_believed(
    ctx: Context, clock: FakeClock
) -> None:
    client = await serve(limited_site(ctx), clock)
    try:
        statuses = [
            (await subscribe(client, f"a{n}@kommun{n}.se", f"198.51.100.{n}"))[0] for n in range(4)
        ]
    finally:
        await client.close()
    assert statuses == [200, 200, 200, 429]  # one connection, one client, whatever it claims


async def test_one_domain_and_the_total_are_limited(site: tuple[Context, TestClient]) -> None:
    ctx, client = site
    statuses = [(await subscribe(client, f"p{n}@vaxjo.se", f"203.0.113.{n}"))[0] for n in range(6)]
    assert statuses == [200] * 5 + [429]
    others = [(await subscribe(client, f"q@ort{n}.se", f"198.51.100.{n}"))[0] for n in range(4)]
    assert others == [200, 200, 200, 429]  # 8 in all
    assert await confirmations(ctx) == 8


async def test_the_limit_off_lets_everyone_through(ctx: Context, clock: FakeClock) -> None:
    """The control: the same burst without limits queues every confirmation."""
    client = await serve(limited_site(ctx, subscribe_limits={}), clock)
    try:
        statuses = [(await subscribe(client, f"a{n}@kommun.se"))[0] for n in range(12)]
    finally:
        await client.close()
    assert statuses == [200] * 12 and await confirmations(ctx) == 12


async def test_without_a_mail_server_the_form_says_mail_is_not_offered(
    ctx: Context, clock: FakeClock
) -> None:
    client = await serve(limited_site(ctx, mail_enabled=False), clock)
    try:
        form = await client.get("/subscribe")
        posted = await client.post("/subscribe", data={"address": "a@kommun.se"})
        page = " ".join((await posted.text()).split())
    finally:
        await client.close()
    assert form.status == posted.status == 503
    assert "går inte att starta här ännu" in page and SENT not in page
    assert await confirmations(ctx) == 0


async def test_unknown_hosts_are_refused_and_host_built_pages_are_private(
    ctx: Context, clock: FakeClock
) -> None:
    hosted = replace(ctx, public=PublicConfig(None, "Castor", allowed_hosts=("bryggan.lan",)))
    client = await serve(hosted, clock)
    try:
        evil = await client.get("/announcements/feed.atom", headers={"Host": "evil.example"})
        good = await client.get("/announcements/feed.atom", headers={"Host": "bryggan.lan:8080"})
        health = await client.get("/healthz", headers={"Host": "evil.example"})
        feed = await good.text()
    finally:
        await client.close()
    assert evil.status == 400 and good.status == 200 and health.status != 400
    assert "http://bryggan.lan:8080/" in feed and "evil.example" not in feed
    assert good.headers["Cache-Control"].startswith("private") and good.headers["Vary"] == "Host"


async def test_with_a_base_url_the_feed_stays_public(ctx: Context, clock: FakeClock) -> None:
    client = await serve(replace(ctx, public=PublicConfig(BASE, "Castor")), clock)
    try:
        feed = await client.get("/announcements/feed.atom", headers={"Host": "evil.example"})
    finally:
        await client.close()
    assert feed.status == 200 and feed.headers["Cache-Control"].startswith("public")
