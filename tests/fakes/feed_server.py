"""A local feed server (aiohttp, 127.0.0.1 port 0) for the news-feed tests (DESIGN.md, Feeds).

Fixtures: Wix-like RSS 2.0 `/blog-feed.xml`, Atom `/atom.xml`, RSS 1.0 `/rdf.xml`, no guid/dates and
relative links `/bare.xml`, recoverable bad XML `/broken.xml`, an HTML page `/not-a-feed`, 5,000
items `/large.xml`. Tests define feeds with `set_feed`; every path does ETag / Last-Modified / 304
and can be made to fail, vanish, hang or move.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from functools import cache
from typing import Literal
from xml.sax.saxutils import escape, quoteattr

from aiohttp import web
from multidict import CIMultiDict

from tests.fakes.served import Served

__all__ = ["FeedServer", "Item", "SeenRequest"]

Kind = Literal["rss", "atom"]
RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"
SITE = "https://www.bostadsanpassning-exempel.se"
T0 = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)  # fixture dates count back from here

BLOG_FEED = f"""<?xml version="1.0" encoding="UTF-8"?><rss
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>
<title><![CDATA[Blogg | Föreningen BAB]]></title><link>{SITE}/blogg</link>
<description><![CDATA[Nyheter och protokoll från styrelsen]]></description>
<generator>RSS for Node</generator><lastBuildDate>Mon, 06 May 2024 09:12:44 GMT</lastBuildDate>
<atom:link href="{SITE}/blog-feed.xml" rel="self" type="application/rss+xml"/>
<item><title><![CDATA[Protokoll från styrelsemötet 14 april]]></title><description><![CDATA[<p>
<img src="https://static.wixstatic.com/media/a1b2c3_cover~mv2.jpg" alt="Omslag"></p>
<p>Styrelsen har <strong>beslutat</strong> om&nbsp;årets <em>verksamhetsplan</em> och
s&auml;tt att n&aring; fler kommuner.</p><ul><li>Budget 2024 antogs</li><li>Nästa möte: 12 maj</li>
</ul><p>Läs hela <a href="{SITE}/protokoll/2024-04-14.pdf">protokollet (PDF)</a>.</p>
<script>window.wixTrack("view")</script>
<img src="https://stats.wix.com/pixel.gif?p=1" width="1" height="1" alt="">]]></description>
<link>{SITE}/post/protokoll-fran-styrelsemotet-14-april</link>
<guid isPermaLink="false">6630f1a2b3c4d5e6f7a8b9c0</guid><category><![CDATA[Protokoll]]></category>
<pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate><dc:creator><![CDATA[Karin Lindqvist]]></dc:creator>
</item>
<item><title><![CDATA[Välkommen till årsmötet i Västerås]]></title><description>&lt;p&gt;Årsmötet
hålls den 25 maj&amp;nbsp;kl.&amp;nbsp;13.00 &amp;amp; alla medlemmar är välkomna.
&lt;a href="/post/arsmote"&gt;Anmälan&lt;/a&gt;&lt;/p&gt;</description>
<link>{SITE}/post/valkommen-till-arsmotet</link>
<guid isPermaLink="false">6630f1a2b3c4d5e6f7a8b9c1</guid><category><![CDATA[Nyheter]]></category>
<pubDate>Thu, 02 May 2024 14:30:00 GMT</pubDate><enclosure
 url="https://static.wixstatic.com/media/a1b2c3_arsmote~mv2.png" length="0" type="image/png"/>
<dc:creator><![CDATA[Styrelsen]]></dc:creator></item>
<item><title><![CDATA[Nytt om bostadsanpassningsbidraget (BAB)]]></title>
<description><![CDATA[Regeringen föreslår ändringar i BAB. Kort sammanfattning.]]></description>
<content:encoded><![CDATA[<h2>Vad föreslås?</h2><ol><li>Kortare handläggning</li>
<li>Tydligare <em>kostnadsramar</em></li></ol><p>Kommentera gärna &ndash;
<a href="https://www.regeringen.se/remisser/">remissen</a> är öppen.</p>]]></content:encoded>
<link>{SITE}/post/nytt-om-bab</link><guid isPermaLink="false">6630f1a2b3c4d5e6f7a8b9c2</guid>
<category><![CDATA[Nyheter]]></category><category><![CDATA[Protokoll]]></category>
<pubDate>Tue, 23 Apr 2024 07:05:00 GMT</pubDate><dc:creator><![CDATA[Karin Lindqvist]]></dc:creator>
</item>
</channel></rss>
"""

ATOM_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <title>Kommunförbundets nyheter</title><id>urn:uuid:5c1e4a6e-0000-4000-8000-000000000000</id>
  <updated>2024-05-06T09:00:00Z</updated><link rel="self" href="{SITE}/atom.xml"/>
  <entry>
    <title type="html">Ny vägledning för &lt;em&gt;handläggare&lt;/em&gt;</title>
    <id>urn:uuid:5c1e4a6e-0000-4000-8000-000000000001</id>
    <link rel="alternate" type="text/html" href="{SITE}/nyheter/vagledning"/>
    <published>2024-05-06T09:00:00+02:00</published><updated>2024-05-06T10:15:00+02:00</updated>
    <author><name>Eva Berg</name></author><category term="Nyheter"/>
    <summary type="html">&lt;p&gt;Vägledningen &lt;strong&gt;uppdateras&lt;/strong&gt;
      i juni.&lt;/p&gt;</summary>
    <link rel="enclosure" type="image/jpeg" href="{SITE}/bilder/vagledning.jpg"/>
  </entry>
  <entry>
    <title>Protokoll 2024-04-30</title><id>urn:uuid:5c1e4a6e-0000-4000-8000-000000000002</id>
    <link href="{SITE}/protokoll/2024-04-30"/><updated>2024-04-30T16:00:00Z</updated>
    <author><name>Styrelsen</name></author><category term="Protokoll"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Mötet <em>beslutade</em>
      att anta budgeten.</p></div></content>
  </entry>
</feed>
"""

RDF_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="{SITE}/rdf.xml"><title>Länsstyrelsens notiser</title><link>{SITE}/</link>
    <description>Notiser</description>
    <items><rdf:Seq><rdf:li rdf:resource="{SITE}/notis/1"/><rdf:li rdf:resource="{SITE}/notis/2"/>
    </rdf:Seq></items></channel>
  <item rdf:about="{SITE}/notis/1"><title>Nya riktlinjer</title><link>{SITE}/notis/1</link>
    <description>Gäller från 1 juni.</description><dc:date>2024-05-03T08:00:00Z</dc:date>
    <dc:creator>Länsstyrelsen</dc:creator><dc:subject>Nyheter</dc:subject></item>
  <item rdf:about="{SITE}/notis/2"><title>Öppet hus</title><link>{SITE}/notis/2</link>
    <description>Välkommen på öppet hus.</description><dc:date>2024-04-28T08:00:00Z</dc:date></item>
</rdf:RDF>
"""

BARE_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lokalföreningen</title><link>/</link><description>Utan id
</description>
<item><title>Medlemsmöte i höst</title><link>/post/medlemsmote</link><description>Vi ses!
</description></item>
<item><title>Ny kassör</title><link>post/ny-kassor</link><description>Välkommen Per.</description>
</item>
<item><title>Tack för i år</title><description>&lt;p&gt;God jul &amp;amp; gott nytt år&lt;/p&gt;
</description></item>
</channel></rss>
"""

# A bare `&` and HTML entities outside CDATA: not XML, but feedparser recovers both entries.
BROKEN_FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kaffe & kaka</title><link>{SITE}/</link>
<description>Trasig</description>
<item><title>Tr&auml;ff i V&auml;ster&aring;s</title><link>{SITE}/traff</link><guid>traff-1</guid>
<description>Hej&nbsp;d&auml;r<br></description><pubDate>Fri, 03 May 2024 10:00:00 GMT</pubDate>
</item>
<item><title>Andra inlägget</title><link>{SITE}/andra</link><guid>andra-2</guid></item>
</channel></rss>
"""

NOT_A_FEED = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>404 - Sidan hittades inte</title></head>
<body><h1>Hoppsan!</h1><p>Sidan du letar efter finns inte.<br>Gå till <a href="/">startsidan</a>
</body></html>
"""


@dataclass
class Item:
    """One feed entry as a test describes it; `set_feed` renders it as RSS 2.0 or Atom."""

    guid: str | None
    title: str
    link: str | None = None
    summary_html: str = ""
    published: datetime | None = None
    categories: list[str] = field(default_factory=list)
    author: str | None = None
    image_url: str | None = None


@dataclass(frozen=True)
class SeenRequest:
    """A request as the server received it (headers are case-insensitive)."""

    method: str
    path: str
    headers: CIMultiDict[str]


@dataclass
class _Feed:
    body: bytes
    content_type: str
    etag: str
    last_modified: datetime
    items: list[Item] | None = None
    kind: Kind = "rss"
    volatile: bool = False  # `add_many`: a new item on every fetch after the first


def _html_block(html: str) -> str:
    """CDATA like Wix, unless the HTML would end the section early."""
    return f"<![CDATA[{html}]]>" if "]]>" not in html else escape(html)


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def render(items: list[Item], *, kind: Kind = "rss", title: str = "Testflöde") -> bytes:
    """Well-formed RSS 2.0 (Wix style: guid isPermaLink=false, CDATA, dc:creator) or Atom 1.0."""
    parts: list[str] = []
    if kind == "rss":
        for it in items:
            p = [f"<item><title>{escape(it.title)}</title>"]
            p += [f"<link>{escape(it.link)}</link>"] if it.link else []
            p += [f'<guid isPermaLink="false">{escape(it.guid)}</guid>'] if it.guid else []
            p += [f"<category>{_html_block(c)}</category>" for c in it.categories]
            if it.published:
                p.append(f"<pubDate>{format_datetime(_utc(it.published), usegmt=True)}</pubDate>")
            p += [f"<dc:creator>{_html_block(it.author)}</dc:creator>"] if it.author else []
            p.append(f"<description>{_html_block(it.summary_html)}</description>")
            if it.image_url:
                p.append(f'<enclosure url={quoteattr(it.image_url)} length="0" type="image/jpeg"/>')
            parts.append("".join(p) + "</item>\n")
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            f"<title>{escape(title)}</title><link>{SITE}/</link><description>Test</description>\n"
            + "".join(parts)
            + "</channel></rss>\n"
        ).encode()
    for it in items:
        p = [f"<entry><title>{escape(it.title)}</title>"]
        p += [f"<id>{escape(it.guid)}</id>"] if it.guid else []
        p += [f'<link rel="alternate" href={quoteattr(it.link)}/>'] if it.link else []
        if it.published:
            stamp = _utc(it.published).isoformat()
            p.append(f"<published>{stamp}</published><updated>{stamp}</updated>")
        p += [f"<author><name>{escape(it.author)}</name></author>"] if it.author else []
        p += [f"<category term={quoteattr(c)}/>" for c in it.categories]
        p.append(f'<summary type="html">{escape(it.summary_html)}</summary>')
        if it.image_url:
            p.append(f'<link rel="enclosure" type="image/jpeg" href={quoteattr(it.image_url)}/>')
        parts.append("".join(p) + "</entry>\n")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:bryggan:test</id>"
        f"<updated>{T0.isoformat()}</updated>\n" + "".join(parts) + "</feed>\n"
    ).encode()


@cache
def large_feed(count: int = 5000) -> bytes:
    """`count` generated items, newest first (rendered once per process)."""
    html = "<p>Innehåll för notis <strong>{}</strong> &amp; mer.</p>"
    at = [T0 - timedelta(minutes=i) for i in range(count)]
    items = [
        Item(f"L{i}", f"Notis {i}", f"{SITE}/n/{i}", html.format(i), at[i]) for i in range(count)
    ]
    return render(items, title="Stort flöde")


class FeedServer(Served):
    """Serves the fixtures and test-defined feeds; `url(path)` gives the full URL of a path."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.requests: list[SeenRequest] = []
        self.port = 0
        self._feeds: dict[str, _Feed] = {}
        self._failures: dict[str, tuple[int, int | None]] = {}
        self._gone: set[str] = set()
        # path → (release, held, headers_first)
        self._slow: dict[str, tuple[asyncio.Event, asyncio.Event, bool]] = {}
        self._redirects: dict[str, tuple[str, int]] = {}
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        fixtures = [
            ("/blog-feed.xml", BLOG_FEED, RSS_TYPE),
            ("/atom.xml", ATOM_FEED, ATOM_TYPE),
            ("/rdf.xml", RDF_FEED, "application/rdf+xml; charset=utf-8"),
            ("/bare.xml", BARE_FEED, RSS_TYPE),
            ("/broken.xml", BROKEN_FEED, XML_TYPE),
            ("/not-a-feed", NOT_A_FEED, HTML_TYPE),
        ]
        for path, text, content_type in fixtures:
            self.serve(path, text, content_type=content_type)
        self.serve("/large.xml", large_feed(), content_type=RSS_TYPE)

    # ----- lifecycle

    async def start(self) -> None:
        """Bind a free loopback port."""
        self._closing.clear()
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=2, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Release held responses and close the server."""
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        """The full URL of `path` on this server."""
        return self.base_url + path

    # ----- content

    def serve(self, path: str, body: bytes | str, *, content_type: str = XML_TYPE) -> None:
        """Serve raw bytes at `path`; ETag and Last-Modified change only when the bytes do."""
        data = body.encode() if isinstance(body, str) else body
        old = self._feeds.get(path)
        if old is not None and old.body == data and old.content_type == content_type:
            return
        stamp = datetime.now(UTC).replace(microsecond=0)  # whole seconds, strictly increasing
        stamp = max(stamp, old.last_modified + timedelta(seconds=1)) if old else stamp
        etag = '"' + hashlib.sha1(data).hexdigest()[:20] + '"'
        self._feeds[path] = _Feed(data, content_type, etag, stamp)

    def set_feed(
        self, path: str, items: list[Item], *, kind: Kind = "rss", title: str = "Testflöde"
    ) -> None:
        """Serve `items` at `path`; call again to add, edit, reorder or re-id items."""
        items = list(items)
        old = self._feeds.get(path)
        self.serve(path, render(items, kind=kind, title=title), content_type=_content_type(kind))
        feed = self._feeds[path]
        feed.items, feed.kind = items, kind
        feed.volatile = old.volatile if old is not None else False

    def add_many(self, count: int, *, not_modified_share: float = 0.8) -> list[str]:
        """Register `count` small feeds at `/many/{i}.xml`; the share given answers 304 to a
        conditional request after the first fetch, the rest gain an item on every later fetch."""
        paths, stable = [], round(count * not_modified_share)
        for i in range(count):
            path = f"/many/{i}.xml"
            self.set_feed(path, [_small_item(path, n, T0 - timedelta(hours=n)) for n in range(3)])
            # exactly `stable` feeds answer 304, spread evenly over the range
            self._feeds[path].volatile = (i + 1) * stable // count == i * stable // count
            paths.append(path)
        return paths

    # ----- faults

    def fail(self, path: str, status: int = 500, times: int | None = 1) -> None:
        """Answer `status` to the next `times` requests (None: until `clear_faults`)."""
        self._failures[path] = (status, times)

    def gone(self, path: str) -> None:
        """Answer 410 Gone from now on."""
        self._gone.add(path)

    def slow(
        self, path: str, event: asyncio.Event, *, headers_first: bool = False
    ) -> asyncio.Event:
        """Hold responses at `path` until `event` is set; with `headers_first` the headers and
        half the body go out before the wait. Returns an event set once a request is held."""
        held = asyncio.Event()
        self._slow[path] = (event, held, headers_first)
        return held

    def redirect(self, path: str, to: str, *, status: int = 301) -> None:
        """Redirect `path` to `to` (a path on this server or a full URL)."""
        self._redirects[path] = (to, status)

    def clear_faults(self, path: str) -> None:
        """Serve `path` normally again."""
        self._failures.pop(path, None)
        self._gone.discard(path)
        self._slow.pop(path, None)
        self._redirects.pop(path, None)

    # ----- serving

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self.requests.append(SeenRequest(request.method, path, CIMultiDict(request.headers)))
        self.hits[path] += 1
        slow = self._slow.get(path)
        if slow is not None and not slow[2]:
            await self._hold(*slow[:2])
        if path in self._gone:
            return web.Response(status=410, text="Gone")
        if path in self._failures:
            status, times = self._failures[path]
            if times is not None:
                self._failures[path] = (status, times - 1)
                if times <= 1:
                    del self._failures[path]
            return web.Response(status=status, text=f"Error {status}")
        if path in self._redirects:
            to, status = self._redirects[path]
            location = self.url(to) if to.startswith("/") else to
            return web.Response(status=status, headers={"Location": location})
        feed = self._feeds.get(path)
        if feed is None:
            return web.Response(status=404, text="Not Found", content_type="text/plain")
        if feed.volatile and self.hits[path] > 1:
            feed = self._grow(path, feed)
        headers = {
            "ETag": feed.etag,
            "Last-Modified": format_datetime(feed.last_modified, usegmt=True),
        }
        if _is_fresh(request, feed):
            self.not_modified[path] += 1
            return web.Response(status=304, headers=headers)
        headers["Content-Type"] = feed.content_type
        if slow is None or not slow[2]:
            return web.Response(body=feed.body, headers=headers)
        response = web.StreamResponse(headers=headers)  # headers and half the body, then wait
        response.content_length = len(feed.body)
        half = len(feed.body) // 2
        try:
            await response.prepare(request)
            await response.write(feed.body[:half])
            await self._hold(*slow[:2])
            await response.write(feed.body[half:])
            await response.write_eof()
        except ConnectionError:
            pass  # the client gave up, as a timeout test expects
        return response

    def _grow(self, path: str, feed: _Feed) -> _Feed:
        items = feed.items or []
        self.set_feed(path, [_small_item(path, len(items), T0), *items], kind=feed.kind)
        return self._feeds[path]

    async def _hold(self, release: asyncio.Event, held: asyncio.Event) -> None:
        """Wait for the test's event, or for the server to stop."""
        held.set()
        waiters = [asyncio.ensure_future(e.wait()) for e in (release, self._closing)]
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()


def _content_type(kind: Kind) -> str:
    return RSS_TYPE if kind == "rss" else ATOM_TYPE


def _small_item(path: str, n: int, published: datetime) -> Item:
    """Entry `n` of a benchmark feed."""
    return Item(f"{path}#{n}", f"Inlägg {n}", f"{SITE}{path}/{n}", f"<p>Inlägg {n}</p>", published)


def _is_fresh(request: web.Request, feed: _Feed) -> bool:
    """RFC 9110: If-None-Match wins; otherwise If-Modified-Since at or after Last-Modified."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:  # weak comparison over a list of tags
        tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
        return "*" in tags or feed.etag in tags
    since = request.headers.get("If-Modified-Since")
    if not since:
        return False
    try:
        moment = parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    return feed.last_modified <= _utc(moment)
