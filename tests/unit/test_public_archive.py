"""The public archive pages and the Atom feed, through the real web app (issue #7)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta

import feedparser
import pytest
from aiohttp.test_utils import TestClient, TestServer
from bs4 import BeautifulSoup

import bot.public.archive as archive_routes
from bot.web import build_web_app
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.public_config import PublicConfig
from storage.feed_models import MinutesRow
from storage.members import upsert_member
from storage.mirrors import create_announcement, get_announcement

HOSTILE = '<script>alert("x")</script>'


async def announce(ctx: Context, key: str, title: str | None, text: str, **fields: object) -> int:
    """An announcement stored at the clock's current time; returns its id."""
    values = {
        "source_platform": "discord",
        "source_channel_id": "C1",
        "author_name": "Anna Andersson",
        **fields,
    }
    async with ctx.db.transaction() as session:
        author = await upsert_member(
            session, platform="discord", user_id="U1", display_name="Anna", now=ctx.clock.now()
        )
        values["author_id"] = author.id
        row = await create_announcement(
            session, source_key=key, now=ctx.clock.now(), title=title, text=text, **values
        )
        assert row is not None
        return row.id


async def add_minutes(ctx: Context, title: str, summary: str) -> int:
    async with ctx.db.transaction() as session:
        row = MinutesRow(
            meeting_date="2026-01-01",
            title=title,
            summary=summary,
            link="https://castor.example/protokoll.pdf",
            posted_by="Bo Berg",
            created_at=ctx.clock.now(),
        )
        session.add(row)
        await session.flush()
        return row.id


async def delete(ctx: Context, ident: int) -> None:
    async with ctx.db.transaction() as session:
        row = await get_announcement(session, ident)
        assert row is not None
        row.deleted_at = ctx.clock.now()


@pytest.fixture
async def client(ctx: Context, clock: FakeClock) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(build_web_app(ctx.db, {}, clock, ctx))) as test_client:
        yield test_client


async def page(client: TestClient, path: str, status: int = 200) -> BeautifulSoup:
    response = await client.get(path)
    assert response.status == status, await response.text()
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    return BeautifulSoup(await response.text(), "html.parser")


def titles(soup: BeautifulSoup) -> list[str]:
    """The posts' headings (the meetings section has a heading of its own)."""
    return [article.find("h2").get_text(strip=True) for article in soup.find_all("article")]


async def test_empty_archive_says_so_kindly(client: TestClient) -> None:
    soup = await page(client, "/")
    assert soup.html is not None and soup.html["lang"] == "sv"
    assert len(soup.find_all("h1")) == 1
    assert "Här finns inga meddelanden eller protokoll ännu" in soup.get_text()


async def test_archive_lists_announcements_and_minutes_newest_first(
    ctx: Context, clock: FakeClock, client: TestClient
) -> None:
    await announce(ctx, "k1", "Årsmötet 2026", "Välkomna till **årsmötet**!")
    clock.advance(3600)
    await add_minutes(ctx, "Protokoll styrelsemöte januari", "Beslut: nya rutiner.")
    clock.advance(3600)
    await announce(ctx, "k2", None, "Ny version av Castor Bygg\nmer text")
    for path in ("/", "/announcements"):
        soup = await page(client, path)
        assert soup.html is not None and soup.html["lang"] == "sv"
        assert [h.get_text(strip=True) for h in soup.find_all("h1")] == [
            "Meddelanden och protokoll"
        ]
        assert titles(soup) == [
            "Ny version av Castor Bygg",
            "Protokoll styrelsemöte januari",
            "Årsmötet 2026",
        ]
    articles = soup.find_all("article")
    assert [a.find(class_="kind").get_text() for a in articles] == [
        "Meddelande",
        "Protokoll",
        "Meddelande",
    ]
    oldest = articles[-1]
    when = oldest.find("time")
    assert when["datetime"] == "2026-01-01T12:00:00+00:00"
    assert when.get_text() == "1 januari 2026 kl. 13:00"  # Stockholm, in Swedish
    assert "av Anna Andersson" in oldest.get_text()
    assert oldest.find("strong").get_text() == "årsmötet"  # the Markdown, rendered
    assert oldest.find("h2").a["href"] == "/announcements/a1"
    minutes = articles[1]
    assert minutes.find("a", href="https://castor.example/protokoll.pdf") is not None
    assert minutes.find("h2").a["href"] == "/announcements/m1"
    feed_link = soup.find("link", rel="alternate", type="application/atom+xml")
    assert feed_link is not None and feed_link["href"].endswith("/announcements/feed.atom")


async def test_permalink_page_head_and_unknown_or_deleted_give_404(
    ctx: Context, client: TestClient
) -> None:
    first = await announce(ctx, "k1", "Ändrat mötesdatum", "Mötet flyttas till 12 mars.")
    gone = await announce(ctx, "k2", "Felpostat", "Ska bort")
    await delete(ctx, gone)
    soup = await page(client, f"/announcements/a{first}")
    assert [h.get_text(strip=True) for h in soup.find_all("h1")] == ["Ändrat mötesdatum"]
    assert "Mötet flyttas till 12 mars." in soup.get_text()
    assert soup.find("link", rel="canonical")["href"].endswith(f"/announcements/a{first}")
    head = await client.head(f"/announcements/a{first}")
    assert head.status == 200 and await head.read() == b""
    for missing in (f"a{gone}", "a999", "m5", "x1", "a", "a99999999999", "a١"):
        soup = await page(client, f"/announcements/{missing}", status=404)
        assert soup.find("h1").get_text() == "Sidan finns inte"
    assert titles(await page(client, "/")) == ["Ändrat mötesdatum"]


async def test_hostile_text_is_escaped_everywhere(ctx: Context, client: TestClient) -> None:
    ident = await announce(
        ctx,
        "k1",
        f"Titel {HOSTILE}",
        f"Text {HOSTILE} [klicka](javascript:alert(1))",
        author_name=f"Eve {HOSTILE}",
        link="javascript:alert(2)",
        attachments=[
            {"url": "https://cdn.example/bild.png", "content_type": "image/png", "filename": "x"},
            {"url": "javascript:alert(3)", "content_type": "image/png"},
        ],
    )
    for path in ("/", f"/announcements/a{ident}"):
        body = await (await client.get(path)).text()
        assert "<script>" not in body
        assert "&lt;script&gt;" in body
        soup = BeautifulSoup(body, "html.parser")
        assert soup.find("script") is None
        links = [a["href"] for a in soup.find_all("a")] + [i["src"] for i in soup.find_all("img")]
        assert not [url for url in links if not url.startswith(("/", "http"))]
        assert [img["src"] for img in soup.find_all("img")] == ["https://cdn.example/bild.png"]
    feed = await (await client.get("/announcements/feed.atom")).text()
    assert "<script>" not in feed and "javascript:alert(2)" not in feed
    parsed = feedparser.parse(feed)
    assert parsed.bozo == 0
    assert "<script>" not in parsed.entries[0].content[0].value


async def test_every_image_has_alt_text(ctx: Context, client: TestClient) -> None:
    images = [
        {"url": "https://cdn.example/a.png", "content_type": "image/png", "filename": "a.png"},
        {"url": "https://cdn.example/b.jpg", "content_type": "image/jpeg", "description": "Logga"},
        {"url": "https://cdn.example/c.pdf", "content_type": "application/pdf"},
    ]
    await announce(ctx, "k1", "Bilder", "Se bilderna", attachments=images)
    soup = await page(client, "/")
    assert [(img["src"], img["alt"]) for img in soup.find_all("img")] == [
        ("https://cdn.example/a.png", "Bild 1 till ”Bilder”"),
        ("https://cdn.example/b.jpg", "Logga"),
    ]


async def test_paging_walks_every_post_once_even_with_equal_times(
    ctx: Context, clock: FakeClock, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_routes, "PAGE_SIZE", 2)
    await announce(ctx, "k1", "Ett", "1")
    clock.advance(60)
    await announce(ctx, "k2", "Två", "2")  # these three share one instant
    await add_minutes(ctx, "Tre", "3")
    await announce(ctx, "k3", "Fyra", "4")
    clock.advance(60)
    await add_minutes(ctx, "Fem", "5")
    seen: list[str] = []
    path: str | None = "/announcements"
    pages = 0
    while path is not None:
        soup = await page(client, path)
        seen += titles(soup)
        older = soup.find("a", rel="next")
        path = older["href"] if older else None
        pages += 1
    assert seen == ["Fem", "Fyra", "Två", "Tre", "Ett"]
    assert pages == 3
    newest = soup.find("a", string="Nyaste inläggen")
    assert newest is not None and newest["href"] == "/announcements"


async def test_paging_survives_a_deleted_cursor(
    ctx: Context, clock: FakeClock, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_routes, "PAGE_SIZE", 1)
    for n in range(3):
        await announce(ctx, f"k{n}", f"Nr {n}", "text")
        clock.advance(60)
    await delete(ctx, 2)
    assert titles(await page(client, "/announcements?before=a2")) == ["Nr 0"]
    assert titles(await page(client, "/announcements?before=nonsense")) == ["Nr 2"]


async def test_atom_feed_is_valid_with_absolute_links_from_the_request(
    ctx: Context, clock: FakeClock, client: TestClient
) -> None:
    first = await announce(
        ctx, "k1", "Årsmöte", "Hej **alla**", link="https://castor.example/arsmote"
    )
    clock.advance(600)
    await add_minutes(ctx, "Protokoll 1", "Kort sammanfattning")
    gone = await announce(ctx, "k3", "Borttagen", "x")
    await delete(ctx, gone)
    async with ctx.db.transaction() as session:
        row = await get_announcement(session, first)
        assert row is not None
        row.edited_at = clock.now() + timedelta(minutes=5)
    response = await client.get("/announcements/feed.atom")
    assert response.status == 200
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    parsed = feedparser.parse(await response.read())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    origin = f"http://{client.host}:{client.port}"
    assert parsed.feed.title == "Användarföreningen Castor – meddelanden och protokoll"
    assert {link.rel: link.href for link in parsed.feed.links} == {
        "self": f"{origin}/announcements/feed.atom",
        "alternate": f"{origin}/announcements",
    }
    assert [e.title for e in parsed.entries] == ["Protokoll 1", "Årsmöte"]
    minutes, announcement = parsed.entries
    assert announcement.id == f"tag:{client.host},2026:bryggan/a{first}"
    assert announcement.link == f"{origin}/announcements/a{first}"
    assert [(link.rel, link.href) for link in announcement.links] == [
        ("alternate", f"{origin}/announcements/a{first}"),
        ("related", "https://castor.example/arsmote"),
    ]
    assert announcement.author == "Anna Andersson"
    assert announcement.published == "2026-01-01T12:00:00+00:00"
    assert announcement.updated == "2026-01-01T12:15:00+00:00"
    assert announcement.content[0].type == "text/html"
    assert "<strong>alla</strong>" in announcement.content[0].value
    assert minutes.id.endswith(":bryggan/m1")
    assert parsed.feed.updated == "2026-01-01T12:15:00+00:00"
    assert response.headers["Last-Modified"] == "Thu, 01 Jan 2026 12:15:00 GMT"


async def test_absolute_links_follow_public_base_url(ctx: Context, clock: FakeClock) -> None:
    ctx = replace(ctx, public=PublicConfig("https://bryggan.example.se/castor/", "Castor"))
    await announce(ctx, "k1", "Hej", "text")
    async with TestClient(TestServer(build_web_app(ctx.db, {}, clock, ctx))) as client:
        parsed = feedparser.parse(await (await client.get("/announcements/feed.atom")).read())
        soup = await page(client, "/announcements/a1")
    assert parsed.bozo == 0
    base = "https://bryggan.example.se/castor"
    assert parsed.feed.id == "tag:bryggan.example.se,2026:bryggan/announcements"
    assert {link.rel: link.href for link in parsed.feed.links}["self"] == (
        f"{base}/announcements/feed.atom"
    )
    assert parsed.entries[0].link == f"{base}/announcements/a1"
    assert parsed.entries[0].id == "tag:bryggan.example.se,2026:bryggan/a1"
    assert soup.find("link", rel="canonical")["href"] == f"{base}/announcements/a1"
    assert soup.find("a", string="Alla meddelanden och protokoll")["href"] == (
        "/castor/announcements"
    )


async def test_conditional_get_answers_304(
    ctx: Context, clock: FakeClock, client: TestClient
) -> None:
    await announce(ctx, "k1", "Hej", "text")
    first = await client.get("/announcements/feed.atom")
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    again = await client.get("/announcements/feed.atom", headers={"If-None-Match": etag})
    assert again.status == 304 and await again.read() == b""
    assert again.headers["ETag"] == etag
    weak = await client.get("/announcements/feed.atom", headers={"If-None-Match": f"W/{etag}"})
    assert weak.status == 304
    dated = await client.get("/announcements/feed.atom", headers={"If-Modified-Since": modified})
    assert dated.status == 304
    stale = await client.get("/announcements/feed.atom", headers={"If-None-Match": '"old"'})
    assert stale.status == 200
    clock.advance(60)
    await announce(ctx, "k2", "Nytt", "text")
    changed = await client.get("/announcements/feed.atom", headers={"If-None-Match": etag})
    assert changed.status == 200 and changed.headers["ETag"] != etag
    head = await client.head("/announcements/feed.atom")
    assert head.status == 200 and head.headers["ETag"] == changed.headers["ETag"]


async def test_empty_feed_is_valid_and_stable(client: TestClient) -> None:
    first = await client.get("/announcements/feed.atom")
    parsed = feedparser.parse(await first.read())
    assert parsed.bozo == 0 and parsed.entries == []
    second = await client.get("/announcements/feed.atom")
    assert second.headers["ETag"] == first.headers["ETag"]


async def test_control_characters_do_not_break_the_feed(ctx: Context, client: TestClient) -> None:
    await announce(ctx, "k1", "Rad\x0bbrytning", "Text med \x1b escape och \x08 backsteg")
    response = await client.get("/announcements/feed.atom")
    assert response.status == 200
    parsed = feedparser.parse(await response.read())
    assert parsed.bozo == 0
    assert parsed.entries[0].title == "Radbrytning"
