"""The aiohttp fetcher and the poller against the local feed server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.feed_fetcher import USER_AGENT, AiohttpFetcher
from handlers.context import Context
from handlers.feeds.poll import poll_feed
from handlers.run import run_command
from handlers.types import Channel, Command, Member
from storage import outbox
from tests.fakes.feed_server import FeedServer, Item

NEWS = Channel("console", "nyheter", "nyheter")
BO = Member("console", "bo", "Bo", is_board=True)


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as running:
        yield running


@pytest.fixture
async def fetcher() -> AsyncIterator[AiohttpFetcher]:
    client = AiohttpFetcher(timeout_seconds=2, max_bytes=2_000_000, allow_private=True)
    yield client
    await client.close()


async def add(ctx: Context, url: str) -> str:
    reply = await run_command(ctx, Command("feed", BO, NEWS, positional=("add", url)))
    return reply.message.text


async def test_the_wix_blog_is_followed_and_only_new_items_are_posted(
    contract_ctx: Context, server: FeedServer, fetcher: AiohttpFetcher
) -> None:
    ctx = replace(contract_ctx, fetcher=fetcher)
    path = "/mutable.xml"
    first = Item("g1", "Första", "https://f.se/1", "<p>Hej</p>", datetime.now(UTC))
    server.set_feed(path, [first])
    assert (await add(ctx, server.url(path))).startswith("Följer flöde 1: Testflöde")
    assert await outbox.list_rows(ctx.db) == []
    assert server.requests[-1].headers["User-Agent"] == USER_AGENT
    assert (await poll_feed(ctx, fetcher, 1)).status == "unchanged"
    assert server.not_modified[path] == 1  # conditional GET answered 304: nothing parsed
    second = Item("g2", "Andra", "https://f.se/2", "<p>Nytt &auml;mne</p>", datetime.now(UTC))
    server.set_feed(path, [second, first])
    outcome = await poll_feed(ctx, fetcher, 1)
    assert outcome.posted == 1
    [row] = await outbox.list_rows(ctx.db)
    assert (row.destination, row.payload["title"], row.payload["text"]) == (
        "console:nyheter",
        "Andra",
        "Nytt ämne",
    )


async def test_fixtures_parse_as_feeds_and_an_html_page_is_refused(
    contract_ctx: Context, server: FeedServer, fetcher: AiohttpFetcher
) -> None:
    ctx = replace(contract_ctx, fetcher=fetcher)
    for number, path in enumerate(
        ("/blog-feed.xml", "/atom.xml", "/rdf.xml", "/bare.xml", "/broken.xml"), start=1
    ):
        assert (await add(ctx, server.url(path))).startswith(f"Följer flöde {number}:"), path
    assert (await add(ctx, server.url("/not-a-feed"))).endswith(
        "är inte ett RSS- eller Atom-flöde (är det en webbsida?)."
    )


async def test_failures_slow_gone_redirect_and_private_addresses(
    server: FeedServer, fetcher: AiohttpFetcher
) -> None:
    server.set_feed("/f.xml", [Item("a", "A")])
    server.fail("/f.xml", status=500)
    assert (await fetcher.fetch(server.url("/f.xml"))).status == 500
    assert (await fetcher.fetch(server.url("/f.xml"))).status == 200
    server.gone("/f.xml")
    assert (await fetcher.fetch(server.url("/f.xml"))).status == 410
    server.redirect("/old.xml", "/atom.xml")
    moved = await fetcher.fetch(server.url("/old.xml"))
    assert moved.status == 200 and b"<feed" in moved.body
    release = asyncio.Event()
    server.slow("/atom.xml", release)
    assert (await fetcher.fetch(server.url("/atom.xml"))).error == "timed out"
    release.set()
    small = AiohttpFetcher(max_bytes=10_000, allow_private=True)
    try:
        assert (await small.fetch(server.url("/large.xml"))).error == "larger than 10000 bytes"
    finally:
        await small.close()
    guarded = AiohttpFetcher()
    try:
        refused = await guarded.fetch(server.url("/atom.xml"))
    finally:
        await guarded.close()
    assert refused.error == "refused: a private or local address"
