"""Feeds through the handlers with an in-memory fetcher: add, poll, post once, edit, fail."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email.utils import format_datetime

from bot.feed_fetcher import REFUSED
from handlers.context import Context
from handlers.feeds.poll import poll_due, poll_feed
from handlers.ports import FetchResult
from handlers.run import run_command
from handlers.types import Channel, Command, Member, Reply
from storage import outbox
from storage.channels import add_topic
from storage.feeds import all_feeds

NEWS = Channel("slack", "CNEWS", "nyheter")
BO = Member("console", "bo", "Bo", is_board=True)
URL = "https://forening.example/blog-feed.xml"


@dataclass
class Item:
    guid: str
    title: str
    text: str = "Text"
    published: datetime | None = None
    category: str = ""


@dataclass
class FakeFetcher:
    """Serves one RSS feed from `items`; `answers` scripts special replies first."""

    items: list[Item] = field(default_factory=list)
    answers: list[FetchResult] = field(default_factory=list)
    calls: list[tuple[str, str | None]] = field(default_factory=list)

    def rss(self) -> bytes:
        entries = "".join(
            f'<item><title>{i.title}</title><guid isPermaLink="false">{i.guid}</guid>'
            f"<link>https://forening.example/post/{i.guid}</link>"
            + (f"<pubDate>{format_datetime(i.published)}</pubDate>" if i.published else "")
            + (f"<category>{i.category}</category>" if i.category else "")
            + f"<description><![CDATA[<p>{i.text}</p>]]></description></item>"
            for i in self.items
        )
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Föreningen</title>'
            f"{entries}</channel></rss>"
        ).encode()

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        self.calls.append((url, etag))
        if self.answers:
            return self.answers.pop(0)
        return FetchResult(200, self.rss(), "application/rss+xml", etag='"v1"')


def with_fetcher(ctx: Context, fetcher: FakeFetcher) -> Context:
    return replace(ctx, fetcher=fetcher)


async def feed_command(ctx: Context, *words: str, channel: Channel | None = NEWS) -> Reply:
    return await run_command(ctx, Command("feed", BO, channel, positional=words))


def text(reply: Reply) -> str:
    return "\n".join(
        [
            reply.message.title or "",
            reply.message.text,
            *(f"{f.name}: {f.value}" for f in reply.message.fields),
        ]
    ).strip()


async def sends(ctx: Context) -> list[outbox.OutboxRow]:
    return [r for r in await outbox.list_rows(ctx.db, limit=500) if r.action == "send"]


async def test_bad_addresses_are_refused_with_a_reason(ctx: Context) -> None:
    fetcher = FakeFetcher(
        answers=[
            FetchResult(0, error="refused: a private or local address"),
            FetchResult(200, b"<html><body>Fel</body></html>", "text/html"),
        ]
    )
    local = with_fetcher(ctx, fetcher)
    assert text(await feed_command(local, "add", "ftp://x/feed")) == (
        "”ftp://x/feed” är ingen http- eller https-adress."
    )
    assert text(await feed_command(local, "add", "http://[::1")) == (  # urlparse raises
        "”http://[::1” är ingen http- eller https-adress."
    )
    assert text(await feed_command(local, "add", "http://10.0.0.1/f")) == (
        "Jag kunde inte läsa http://10.0.0.1/f: refused: a private or local address."
    )
    assert text(await feed_command(local, "add", URL)) == (
        f"{URL} är inte ett RSS- eller Atom-flöde (är det en webbsida?)."
    )
    async with ctx.db.transaction() as session:
        assert await all_feeds(session) == []


async def test_first_add_posts_nothing_then_new_items_once_and_edits_in_place(
    ctx: Context,
) -> None:
    now = ctx.clock.now()
    fetcher = FakeFetcher([Item("a", "Gammal", published=now - timedelta(days=1))])
    local = with_fetcher(ctx, fetcher)
    added = await feed_command(local, "add", URL)
    assert text(added) == "Följer flöde 1: Föreningen (1 post ihågkommen, 0 publicerade)."
    assert await sends(local) == []
    fetcher.items.append(Item("b", "Protokoll april", "<b>Beslut</b>", published=now))
    ctx.clock.advance(700)  # type: ignore[attr-defined]
    assert await poll_due(local, fetcher) == 1
    [post] = await sends(local)
    assert post.destination == "slack:CNEWS"
    assert post.payload["title"] == "Protokoll april"
    assert post.payload["url"] == "https://forening.example/post/b"
    assert post.payload["text"] == "**Beslut**"
    assert (await poll_feed(local, fetcher, 1)).posted == 0  # nothing twice
    restarted = replace(local)  # a new process: nothing but the database remembers
    fetcher.items.reverse()  # a reordered feed reposts nothing either
    assert (await poll_feed(restarted, fetcher, 1)).posted == 0
    fetcher.items[0] = replace(fetcher.items[0], title="Protokoll april (rättat)")
    outcome = await poll_feed(restarted, fetcher, 1)
    assert (outcome.posted, outcome.edited) == (0, 1)
    [edit] = [r for r in await outbox.list_rows(ctx.db) if r.action == "edit"]
    assert edit.ref_key == post.idempotency_key
    assert edit.payload["title"] == "Protokoll april (rättat)"
    assert fetcher.calls[-1] == (URL, '"v1"')  # conditional GET with the stored ETag


async def test_304_failures_backoff_pause_and_gone(ctx: Context) -> None:
    async with ctx.db.transaction() as session:
        await add_topic(
            session,
            platform="slack",
            channel_id="CB",
            channel_name="styrelsen",
            topic="board",
            added_by="Bo",
            now=ctx.clock.now(),
        )
    fetcher = FakeFetcher([Item("a", "Första")])
    local = with_fetcher(replace(ctx, feeds=replace(ctx.feeds, max_failures=3)), fetcher)
    await feed_command(local, "add", URL)
    fetcher.answers = [FetchResult(304), *[FetchResult(500)] * 3]
    assert (await poll_feed(local, fetcher, 1)).status == "unchanged"
    assert [(await poll_feed(local, fetcher, 1)).status for _ in range(3)] == [
        "failed",
        "failed",
        "paused",
    ]
    async with ctx.db.transaction() as session:
        [feed] = await all_feeds(session)
    assert feed.paused and feed.failures == 3 and feed.last_error == "HTTP 500"
    assert (feed.next_poll_at - ctx.clock.now()).total_seconds() >= 4 * 600 * 0.9
    alerts = [r for r in await sends(local) if r.destination == "slack:CB"]
    assert len(alerts) == 1 and "pausat" in alerts[0].payload["text"]
    assert (await poll_feed(local, fetcher, 1)).status == "unchanged"  # paused: not polled
    listing = text(await feed_command(local, "list"))
    assert "pausad" in listing and "senaste fel: HTTP 500" in listing
    assert text(await feed_command(local, "resume", "1")) == "Flöde 1 hämtas igen."
    fetcher.answers = [FetchResult(status=0, error=REFUSED)]  # a reason made in no language
    assert (await poll_feed(local, fetcher, 1)).status == "failed"
    assert "senaste fel: nekad: privat eller lokal adress" in text(
        await feed_command(local, "list")
    )
    fetcher.answers = [FetchResult(410)]
    assert (await poll_feed(local, fetcher, 1)).status == "gone"
    assert "avstängt" in text(await feed_command(local, "list"))


async def test_minutes_reach_the_minutes_channels_and_keywords_filter(ctx: Context) -> None:
    async with ctx.db.transaction() as session:
        for channel, topic in (("CNEWS", "news"), ("CMIN", "minutes")):
            await add_topic(
                session,
                platform="slack",
                channel_id=channel,
                channel_name=channel,
                topic=topic,
                added_by="Bo",
                now=ctx.clock.now(),
            )
    fetcher = FakeFetcher([])
    local = with_fetcher(ctx, fetcher)
    await feed_command(local, "add", URL, "keywords:protokoll,årsmöte", channel=None)
    now = ctx.clock.now()
    fetcher.items = [
        Item("p", "Styrelseprotokoll maj", category="Protokoll", published=now),
        Item("x", "Sommarfest", published=now),
        Item("old", "Gammalt protokoll", published=now - timedelta(days=60)),
    ]
    await poll_feed(local, fetcher, 1)
    posted = sorted((r.destination, r.payload["title"]) for r in await sends(local))
    assert posted == [
        ("slack:CMIN", "Styrelseprotokoll maj"),
        ("slack:CNEWS", "Styrelseprotokoll maj"),
    ]


async def test_backfill_and_test_preview_post_only_what_was_asked(ctx: Context) -> None:
    now = ctx.clock.now()
    fetcher = FakeFetcher(
        [Item(str(n), f"Nyhet {n}", published=now - timedelta(hours=n)) for n in range(4)]
    )
    local = with_fetcher(ctx, fetcher)
    preview = await feed_command(local, "test", URL)
    assert preview.message.title == "Nyhet 0" and "4 poster" in preview.message.text
    assert await sends(local) == []
    await feed_command(local, "add", URL, "backfill:2")
    assert sorted(r.payload["title"] for r in await sends(local)) == ["Nyhet 0", "Nyhet 1"]
    assert text(await feed_command(local, "remove", "9")) == "Det finns inget flöde 9."
    assert text(await feed_command(local, "remove", "1")) == "Flöde 1 är borttaget."


async def test_items_over_the_cap_wait_for_the_next_poll(ctx: Context) -> None:
    now = ctx.clock.now()
    fetcher = FakeFetcher([])
    local = with_fetcher(replace(ctx, feeds=replace(ctx.feeds, posts_per_poll=2)), fetcher)
    await feed_command(local, "add", URL)
    fetcher.items = [
        Item(str(n), f"Nyhet {n}", published=now - timedelta(minutes=n)) for n in range(5)
    ]
    posted = [(await poll_feed(local, fetcher, 1)).posted for _ in range(4)]
    assert posted == [2, 2, 1, 0]
    titles = [r.payload["title"] for r in await sends(local)]
    assert sorted(titles) == [f"Nyhet {n}" for n in range(5)]


async def test_a_paused_feed_is_not_polled_until_it_is_resumed(ctx: Context) -> None:
    now = ctx.clock.now()
    fetcher = FakeFetcher([Item("a", "Gammal", published=now - timedelta(days=1))])
    local = with_fetcher(ctx, fetcher)
    await feed_command(local, "add", URL)
    assert text(await feed_command(local, "pause", "1")) == "Flöde 1 är pausat."
    fetcher.items.append(Item("b", "Nytt", published=now))
    ctx.clock.advance(7200)  # type: ignore[attr-defined]
    calls = len(fetcher.calls)
    assert await poll_due(local, fetcher) == 0 and len(fetcher.calls) == calls
    assert await sends(local) == []
    assert text(await feed_command(local, "resume", "1")).startswith("Flöde 1 ")
    assert await poll_due(local, fetcher) == 1
    assert [p.payload["title"] for p in await sends(local)] == ["Nytt"]
