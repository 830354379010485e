"""The local feed server serves what each fixture claims, as aiohttp and feedparser see it.

Every fixture is fetched with aiohttp and parsed with `feedparser.parse(bytes)`, the way the
bot's poller does, so the feed tests can trust the server. No sleeps: slow responses wait on
events, and the only timeouts are client timeouts against a response that is held on purpose.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import aiohttp
import feedparser
import pytest
from multidict import CIMultiDictProxy

from tests.fakes.feed_server import FeedServer, Item

USER_AGENT = "Bryggan-test/1.0 (+contract tests)"
Fetched = tuple[int, CIMultiDictProxy[str], bytes]


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as running:
        yield running


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(headers={"User-Agent": USER_AGENT}) as client:
        yield client


async def get(session: aiohttp.ClientSession, url: str, **headers: str) -> Fetched:
    """Status, headers and body of one GET (header names with `_` become `-`)."""
    sent = {name.replace("_", "-"): value for name, value in headers.items()}
    async with session.get(url, headers=sent) as response:
        return response.status, response.headers, await response.read()


async def parse(session: aiohttp.ClientSession, server: FeedServer, path: str) -> Any:
    """Fetch `path` (expecting 200) and parse the bytes as the poller will."""
    status, _headers, body = await get(session, server.url(path))
    assert status == 200
    return feedparser.parse(body)


def items(n: int, *, prefix: str = "id") -> list[Item]:
    """`n` items, newest first."""
    start = datetime(2024, 5, 1, 12, tzinfo=UTC)
    return [
        Item(f"{prefix}-{i}", f"Rubrik {i}", f"https://example.se/{i}", f"<p>Text {i}</p>",
             start - timedelta(hours=i), ["Nyheter"], "Styrelsen")
        for i in range(n)
    ]  # fmt: skip


# ----- fixtures are what they claim


async def test_blog_feed_is_wix_like_rss(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    status, headers, body = await get(session, server.url("/blog-feed.xml"))
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    assert b"<script>" in body and b"pixel.gif" in body and b"&auml;" in body
    feed = feedparser.parse(body)
    assert not feed.bozo and feed.version == "rss20" and len(feed.entries) == 3
    first, second, third = feed.entries
    assert first.id == "6630f1a2b3c4d5e6f7a8b9c0" and first.guidislink is False
    assert first.link.endswith("/post/protokoll-fran-styrelsemotet-14-april")
    assert [tag.term for tag in first.tags] == ["Protokoll"]
    assert first.published_parsed[:4] == (2024, 5, 6, 9) and first.author == "Karin Lindqvist"
    assert (
        "<strong>beslutat</strong>" in first.summary
        and "<li>Budget 2024 antogs</li>" in first.summary
    )
    # HTML entities stay entities in the HTML summary; feedparser drops the script, not the pixel
    assert "s&auml;tt att n&aring;" in first.summary and "om&nbsp;årets" in first.summary
    assert "wixstatic.com/media/a1b2c3_cover" in first.summary and "pixel.gif" in first.summary
    assert "<script" not in first.summary
    assert b"&amp;nbsp;" in body and "maj&nbsp;kl.&nbsp;13.00 &amp; alla" in second.summary
    assert '<a href="/post/arsmote">' in second.summary
    assert second.enclosures[0].href.endswith("a1b2c3_arsmote~mv2.png")
    assert [tag.term for tag in third.tags] == ["Nyheter", "Protokoll"]
    assert "<ol>" in third.content[0].value and third.title.endswith("(BAB)")


async def test_atom_rdf_and_bare(server: FeedServer, session: aiohttp.ClientSession) -> None:
    atom = await parse(session, server, "/atom.xml")
    assert not atom.bozo and atom.version == "atom10" and len(atom.entries) == 2
    entry = atom.entries[0]
    assert entry.id.endswith("000000000001") and entry.link.endswith("/nyheter/vagledning")
    assert entry.author == "Eva Berg" and entry.tags[0].term == "Nyheter"
    assert entry.published_parsed[:4] == (2024, 5, 6, 7)  # +02:00 as UTC
    assert any(link.rel == "enclosure" for link in entry.links)
    assert "<em>beslutade</em>" in atom.entries[1].content[0].value

    rdf = await parse(session, server, "/rdf.xml")
    assert not rdf.bozo and rdf.version == "rss10" and len(rdf.entries) == 2
    assert rdf.entries[0].updated_parsed[:3] == (2024, 5, 3) and rdf.entries[0].author

    status, _headers, body = await get(session, server.url("/bare.xml"))
    bare = feedparser.parse(body)
    assert status == 200 and not bare.bozo and len(bare.entries) == 3
    assert all("id" not in e and "published" not in e and "updated" not in e for e in bare.entries)
    assert [e.get("link") for e in bare.entries] == ["/post/medlemsmote", "post/ny-kassor", None]
    based = feedparser.parse(body, response_headers={"content-location": server.url("/bare.xml")})
    assert based.entries[0].link == server.url("/post/medlemsmote")


async def test_broken_xml_is_bozo_with_entries(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    feed = await parse(session, server, "/broken.xml")
    assert feed.bozo and feed.bozo_exception is not None
    assert [e.title for e in feed.entries] == ["Träff i Västerås", "Andra inlägget"]


async def test_html_page_is_not_a_feed(server: FeedServer, session: aiohttp.ClientSession) -> None:
    status, headers, body = await get(session, server.url("/not-a-feed"))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = feedparser.parse(body)
    assert page.bozo and not page.entries and page.version == ""


async def test_large_feed(server: FeedServer, session: aiohttp.ClientSession) -> None:
    feed = await parse(session, server, "/large.xml")
    assert not feed.bozo and len(feed.entries) == 5000
    assert feed.entries[0].published_parsed > feed.entries[-1].published_parsed


async def test_unknown_path_is_404(server: FeedServer, session: aiohttp.ClientSession) -> None:
    assert (await get(session, server.url("/nope.xml")))[0] == 404


# ----- conditional GET and mutable feeds


async def test_etag_answers_304(server: FeedServer, session: aiohttp.ClientSession) -> None:
    url = server.url("/blog-feed.xml")
    _status, headers, _body = await get(session, url)
    status, again, body = await get(session, url, If_None_Match=headers["ETag"])
    assert status == 304 and body == b"" and again["ETag"] == headers["ETag"]
    assert (await get(session, url, If_None_Match='"other", W/' + headers["ETag"]))[0] == 304
    assert (await get(session, url, If_None_Match='"other"'))[0] == 200
    assert server.hits["/blog-feed.xml"] == 4 and server.not_modified["/blog-feed.xml"] == 2
    assert [r.headers["User-Agent"] for r in server.requests] == [USER_AGENT] * 4
    assert server.requests[1].headers["if-none-match"] == headers["ETag"]


async def test_last_modified_answers_304(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    url = server.url("/atom.xml")
    _status, headers, _body = await get(session, url)
    stamp = headers["Last-Modified"]
    assert (await get(session, url, If_Modified_Since=stamp))[0] == 304
    older = format_datetime(datetime(2020, 1, 1, tzinfo=UTC), usegmt=True)
    assert (await get(session, url, If_Modified_Since=older))[0] == 200
    assert (await get(session, url, If_Modified_Since="not a date"))[0] == 200
    assert server.not_modified["/atom.xml"] == 1


async def test_feed_changes_between_polls(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    path, url = "/styrelsen.xml", server.url("/styrelsen.xml")
    posts = items(2)
    server.set_feed(path, posts)
    _status, first, body = await get(session, url)
    assert [e.id for e in feedparser.parse(body).entries] == ["id-0", "id-1"]

    server.set_feed(path, list(posts))  # same content: same validators
    status, same, _body = await get(session, url, If_None_Match=first["ETag"])
    assert status == 304 and same["Last-Modified"] == first["Last-Modified"]

    added = Item("id-new", "Nytt", "https://example.se/ny", "<p>Ny</p>", None, [], None, None)
    edited = replace(posts[1], title="Rubrik 1 (rättad)")
    server.set_feed(path, [added, posts[0], edited])
    status, changed, body = await get(session, url, If_None_Match=first["ETag"])
    assert status == 200 and changed["ETag"] != first["ETag"]
    assert changed["Last-Modified"] != first["Last-Modified"]
    entries = feedparser.parse(body).entries
    assert [e.id for e in entries] == ["id-new", "id-0", "id-1"]
    assert entries[2].title == "Rubrik 1 (rättad)" and "published" not in entries[0]

    server.set_feed(path, [replace(posts[0], guid="id-0-v2"), edited, added])
    assert (await get(session, url, If_Modified_Since=changed["Last-Modified"]))[0] == 200
    feed = await parse(session, server, path)
    assert [e.id for e in feed.entries] == ["id-0-v2", "id-1", "id-new"]


async def test_set_feed_atom_with_image(server: FeedServer, session: aiohttp.ClientSession) -> None:
    when, image = datetime(2024, 5, 1, tzinfo=UTC), "https://example.se/b.jpg"
    html = "<p>Hej <em>där</em></p>"
    post = Item(
        "urn:x:1", "Bild & text", "https://example.se/1", html, when, ["Protokoll"], "Anna", image
    )
    server.set_feed("/a.xml", [post], kind="atom")
    feed = await parse(session, server, "/a.xml")
    assert not feed.bozo and feed.version == "atom10"
    entry = feed.entries[0]
    assert (entry.id, entry.title, entry.author) == ("urn:x:1", "Bild & text", "Anna")
    assert "<em>där</em>" in entry.summary and entry.tags[0].term == "Protokoll"
    assert any(link.href == image for link in entry.links)
    server.set_feed("/r.xml", [post])
    rss = (await parse(session, server, "/r.xml")).entries[0]
    assert rss.guidislink is False and rss.enclosures[0].href == image


# ----- faults


async def test_gone_fail_and_redirect(server: FeedServer, session: aiohttp.ClientSession) -> None:
    server.gone("/atom.xml")
    assert [(await get(session, server.url("/atom.xml")))[0] for _ in range(2)] == [410, 410]

    server.fail("/rdf.xml", status=503, times=2)
    statuses = [(await get(session, server.url("/rdf.xml")))[0] for _ in range(3)]
    assert statuses == [503, 503, 200]
    server.fail("/bare.xml")
    assert [(await get(session, server.url("/bare.xml")))[0] for _ in range(2)] == [500, 200]

    server.redirect("/old.xml", "/blog-feed.xml")
    async with session.get(server.url("/old.xml")) as response:
        assert response.status == 200 and response.history[0].status == 301
        assert str(response.url) == server.url("/blog-feed.xml")
    server.clear_faults("/atom.xml")
    assert (await get(session, server.url("/atom.xml")))[0] == 200


async def test_slow_response_waits_for_event(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    release = asyncio.Event()
    held = server.slow("/atom.xml", release)
    fetch = asyncio.create_task(get(session, server.url("/atom.xml")))
    await held.wait()
    assert not fetch.done()
    release.set()
    status, _headers, body = await fetch
    assert status == 200 and b"<feed" in body


async def test_slow_response_lets_a_client_time_out(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    release = asyncio.Event()
    server.slow("/blog-feed.xml", release)
    with pytest.raises(TimeoutError):
        async with session.get(
            server.url("/blog-feed.xml"), timeout=aiohttp.ClientTimeout(total=0.05)
        ):
            pass
    release.set()


async def test_slow_body_after_headers(server: FeedServer, session: aiohttp.ClientSession) -> None:
    release = asyncio.Event()
    held = server.slow("/blog-feed.xml", release, headers_first=True)
    url = server.url("/blog-feed.xml")
    async with session.get(url, timeout=aiohttp.ClientTimeout(sock_read=0.05)) as response:
        assert response.status == 200  # headers arrived; the body stalls halfway
        with pytest.raises(TimeoutError):
            await response.read()
    await held.wait()
    release.set()

    release, atom = asyncio.Event(), server.url("/atom.xml")
    held = server.slow("/atom.xml", release, headers_first=True)
    async with session.get(atom) as response:
        await held.wait()  # half the body is out and the server is waiting for the test
        release.set()
        body = await response.read()
    assert len(body) == int(response.headers["Content-Length"])
    assert len(feedparser.parse(body).entries) == 2


async def test_stop_releases_held_responses(session: aiohttp.ClientSession) -> None:
    server = FeedServer()
    await server.start()
    held = server.slow("/atom.xml", asyncio.Event())
    fetch = asyncio.create_task(get(session, server.url("/atom.xml")))
    await held.wait()
    await server.stop()
    status, _headers, _body = await fetch
    assert status == 200


async def test_add_many_answers_304_for_the_share(
    server: FeedServer, session: aiohttp.ClientSession
) -> None:
    paths = server.add_many(10, not_modified_share=0.8)
    assert paths == [f"/many/{i}.xml" for i in range(10)]
    first = {path: await get(session, server.url(path)) for path in paths}
    assert all(status == 200 for status, _h, _b in first.values())
    again = {p: await get(session, server.url(p), If_None_Match=first[p][1]["ETag"]) for p in paths}
    unchanged = [p for p in paths if again[p][0] == 304]
    changed = [p for p in paths if again[p][0] == 200]
    assert len(unchanged) == 8 and len(changed) == 2
    assert sum(server.not_modified[p] for p in paths) == 8
    for path in changed:
        before = feedparser.parse(first[path][2]).entries
        after = feedparser.parse(again[path][2]).entries
        assert len(after) == len(before) + 1 and after[1].id == before[0].id
