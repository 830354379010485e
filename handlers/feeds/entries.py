"""Feed bytes → entries the bot can post, each with a stable identity and a fingerprint.

feedparser does the parsing (RSS 0.9x/1.0/2.0, Atom, broken-but-recoverable XML); the bytes
come from the bot's own async HTTP client. An entry is identified by its guid, else its link,
else a hash of title and content; the fingerprint changes when the title or text changes, so an
edited post can be edited in every channel instead of posted again.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from handlers.feeds.markdown import first_image, html_to_markdown
from handlers.web_address import web_address


@dataclass(frozen=True)
class FeedEntry:
    key: str
    title: str
    link: str | None
    published: datetime | None
    author: str | None
    text: str  # Markdown
    image_url: str | None
    categories: tuple[str, ...]
    fingerprint: str


@dataclass(frozen=True)
class ParsedFeed:
    is_feed: bool
    title: str
    link: str | None
    entries: tuple[FeedEntry, ...]
    warning: str | None = None  # feedparser's complaint about recoverable XML


def _digest(*parts: str) -> str:
    return hashlib.sha256("\u241f".join(parts).encode()).hexdigest()[:32]


def _date(entry: Any) -> datetime | None:
    for field in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(field)
        if isinstance(value, time.struct_time):
            return datetime(*value[:6], tzinfo=UTC)
    return None


def _html(entry: Any) -> str:
    for content in entry.get("content") or []:
        if content.get("value"):
            return str(content["value"])
    return str(entry.get("summary") or entry.get("description") or "")


def _image(entry: Any, html: str, base: str | None) -> str | None:
    for enclosure in entry.get("enclosures") or []:
        if str(enclosure.get("type", "")).startswith("image/") and enclosure.get("href"):
            return str(enclosure["href"])
    for media in entry.get("media_content") or []:
        if media.get("url") and str(media.get("medium", "image")) == "image":
            return str(media["url"])
    return first_image(html, base_url=base)


def to_entry(entry: Any, *, base_url: str | None) -> FeedEntry:
    title = " ".join(str(entry.get("title") or "").split())
    link = web_address(str(entry.get("link") or ""))  # a stranger's: http(s), made safe
    html = _html(entry)
    text = html_to_markdown(html, base_url=link or base_url)
    guid = str(entry.get("id") or entry.get("guid") or "").strip()
    key = f"guid:{guid}" if guid else (f"link:{link}" if link else f"hash:{_digest(title, text)}")
    categories = tuple(str(tag.get("term")) for tag in entry.get("tags") or [] if tag.get("term"))
    return FeedEntry(
        key=key,
        title=title,
        link=link,
        published=_date(entry),
        author=str(entry.get("author") or "") or None,
        text=text,
        image_url=_image(entry, html, link or base_url),
        categories=categories,
        fingerprint=_digest(title, text),
    )


def parse_feed(data: bytes, *, url: str, content_type: str = "application/xml") -> ParsedFeed:
    """Parse downloaded bytes (blocking: run it off the event loop)."""
    headers = {"content-location": url, "content-type": content_type}
    parsed = feedparser.parse(data, response_headers=headers)
    entries = tuple(to_entry(e, base_url=url) for e in parsed.entries)
    is_feed = bool(parsed.get("version")) or bool(entries)
    warning = None
    if parsed.get("bozo"):
        warning = str(parsed.get("bozo_exception") or "malformed XML")
    feed = parsed.get("feed") or {}
    return ParsedFeed(
        is_feed=is_feed,
        title=" ".join(str(feed.get("title") or "").split()),
        link=str(feed.get("link") or "") or None,
        entries=entries,
        warning=warning,
    )
