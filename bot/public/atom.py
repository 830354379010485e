"""The archive as an Atom 1.0 feed (feedgen), served with ETag, Last-Modified and 304.

Feed readers poll often, so a conditional GET costs one query and no body; entry ids are
`tag:` URIs built from the slug, so an edited post updates its entry instead of adding one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from aiohttp import web
from feedgen.ext.base import BaseEntryExtension
from feedgen.feed import FeedGenerator
from feedgen.util import xml_elem
from markupsafe import escape

from bot.platforms.html import markdown_to_html
from handlers.announcements.archive import ArchiveItem

ATOM_TYPE = "application/atom+xml"
TAG_DATE = "2026"  # the year this site began minting its `tag:` ids; never change it
EMPTY_UPDATED = datetime(2026, 1, 1, tzinfo=UTC)  # a fixed date keeps an empty feed's ETag
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (a stray control character would break the feed)."""
    return _NOT_XML.sub("", text)


def tag_id(base_url: str, name: str) -> str:
    """A stable entry id (RFC 4151): `tag:host,2026:bryggan/a12`."""
    host = urlsplit(base_url).hostname or "localhost"
    return f"tag:{host},{TAG_DATE}:bryggan/{name}"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links reach a page or feed: a `javascript:` link is not shown at all."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


class EntryLinks(BaseEntryExtension):  # type: ignore[misc]
    """An entry's `<link>`s with their rel and type.

    feedgen 1.0 drops both from entry links (a shadowed variable), which would turn a
    "related" link into a second "alternate" one; this writes the links itself.
    """

    def __init__(self) -> None:
        self.links: list[dict[str, str]] = []

    def add(self, href: str, rel: str, type: str | None = None) -> None:
        self.links.append({"href": href, "rel": rel, **({"type": type} if type else {})})

    def extend_atom(self, entry: object) -> object:
        for attributes in self.links:
            xml_elem("link", entry, **attributes)
        return entry


def entry_html(item: ArchiveItem, image_alt: Callable[[ArchiveItem, int, str], str]) -> str:
    """The post's Markdown as HTML, with its images, for the entry's content."""
    parts = [markdown_to_html(item.text)]
    if recording := safe_url(item.recording):
        link = escape(recording)
        parts.append(f'<p>Inspelning av mötet: <a href="{link}">{link}</a></p>')
    for number, (url, alt) in enumerate(item.image_urls, start=1):
        if src := safe_url(url):
            alt_text = image_alt(item, number, alt)
            parts.append(f'<p><img src="{escape(src)}" alt="{escape(alt_text)}"></p>')
    return "\n".join(parts)


def build_feed(
    items: Sequence[ArchiveItem],
    *,
    base_url: str,
    site_name: str,
    self_url: str,
    archive_url: str,
    permalink: Callable[[ArchiveItem], str],
    image_alt: Callable[[ArchiveItem, int, str], str],
) -> bytes:
    """The Atom document: the newest items first, every link absolute."""
    feed = FeedGenerator()
    feed.id(tag_id(base_url, "announcements"))
    feed.title(xml_safe(f"{site_name} – meddelanden och protokoll"))
    feed.subtitle("Styrelsens meddelanden och protokoll")
    feed.language("sv")
    feed.author({"name": xml_safe(site_name)})
    feed.link(href=self_url, rel="self", type=ATOM_TYPE)
    feed.link(href=archive_url, rel="alternate", type="text/html")
    feed.generator("Bryggan")
    feed.updated(max((item.updated for item in items), default=EMPTY_UPDATED))
    for item in items:
        entry = feed.add_entry(order="append")
        entry.id(tag_id(base_url, item.slug))
        entry.title(xml_safe(item.title))
        entry.author({"name": xml_safe(item.author or site_name)})
        entry.published(item.published)
        entry.updated(item.updated)
        entry.register_extension("bryggan_links", EntryLinks, atom=True, rss=False)
        entry.bryggan_links.add(permalink(item), "alternate", "text/html")
        if link := safe_url(item.link):
            entry.bryggan_links.add(link, "related")
        if recording := safe_url(item.recording):
            entry.bryggan_links.add(recording, "related")
        entry.category(
            term=item.kind, label="Meddelande" if item.kind == "announcement" else "Protokoll"
        )
        entry.content(xml_safe(entry_html(item, image_alt)), type="html")
    body: bytes = feed.atom_str(pretty=True)
    return body


def _etag_matches(header: str, etag: str) -> bool:
    candidates = [c.strip().removeprefix("W/") for c in header.split(",")]
    return "*" in candidates or etag in candidates


def _not_modified_since(header: str, last_modified: datetime) -> bool:
    try:
        since = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return last_modified.replace(microsecond=0) <= since


def feed_response(request: web.Request, body: bytes, last_modified: datetime) -> web.Response:
    """200 with the feed, or 304 when the reader's ETag (or, lacking one, date) still holds."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "public, max-age=300"}
    if_none_match = request.headers.get("If-None-Match")
    if_modified_since = request.headers.get("If-Modified-Since")
    if if_none_match is not None:
        fresh = _etag_matches(if_none_match, etag)
    else:
        fresh = if_modified_since is not None and _not_modified_since(
            if_modified_since, last_modified
        )
    response = (
        web.Response(status=304, headers=headers)
        if fresh
        else web.Response(body=body, headers=headers, content_type=ATOM_TYPE, charset="utf-8")
    )
    response.last_modified = last_modified
    return response
