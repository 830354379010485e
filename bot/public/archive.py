"""The public archive: pages anyone can read, and the same posts as an Atom feed.

Members who are on no chat (or not on Facebook) still get the board's announcements and
minutes: here on a page that works on a phone and with a screen reader, or in a feed reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, urlsplit

from aiohttp import web
from babel.dates import format_datetime

from bot.public.atom import EMPTY_UPDATED, build_feed, feed_response, safe_url
from bot.public.calendar import open_meetings
from bot.public.pages import render_page
from handlers.announcements.archive import (
    ArchiveItem,
    archive_page,
    find_item,
    last_deletion,
    recent_items,
)
from handlers.context import Context
from handlers.core.times import STOCKHOLM

PAGE_SIZE = 20
FEED_SIZE = 50
ARCHIVE_PATH = "/announcements"
FEED_PATH = "/announcements/feed.atom"
KIND_LABELS = {"announcement": "Meddelande", "minutes": "Protokoll"}


@dataclass(frozen=True)
class Post:
    """What a template shows of one item: dates in Swedish, safe links, alt text for images."""

    item: ArchiveItem
    path: str
    kind_label: str
    published_text: str
    published_iso: str
    updated_text: str | None
    updated_iso: str
    link: str | None
    images: tuple[tuple[str, str], ...]
    recording: str | None = None  # the meeting's recording, a safe link


def swedish_datetime(moment: datetime) -> str:
    """`1 januari 2026 kl. 13:00`, in Stockholm time whatever the server's zone."""
    return str(format_datetime(moment.astimezone(STOCKHOLM), "d MMMM y 'kl.' HH:mm", locale="sv"))


def image_alt(item: ArchiveItem, number: int, alt: str) -> str:
    """The author's own description, else a Swedish one that says whose picture it is."""
    return alt.strip() or f"Bild {number} till ”{item.title}”"


class Site:
    """Where the public pages live: links inside pages, and absolute ones for feeds.

    PUBLIC_BASE_URL decides; without it the request's own scheme and host are used, so a
    feed fetched on a test machine or a LAN still links back to where it came from.
    """

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        base = ctx.public.base_url
        self.base_path = urlsplit(base).path.rstrip("/") if base else ""

    def path(self, path: str) -> str:
        return self.base_path + path

    def absolute(self, request: web.Request, path: str) -> str:
        configured = self.ctx.public.url(path)
        if configured is not None:
            return configured
        return f"{request.scheme}://{request.host}{path}"

    def permalink_path(self, item: ArchiveItem) -> str:
        return self.path(f"{ARCHIVE_PATH}/{quote(item.slug)}")

    def post(self, item: ArchiveItem) -> Post:
        edited = item.updated.replace(microsecond=0) > item.published.replace(microsecond=0)
        return Post(
            item=item,
            path=self.permalink_path(item),
            kind_label=KIND_LABELS[item.kind],
            published_text=swedish_datetime(item.published),
            published_iso=item.published.isoformat(timespec="seconds"),
            updated_text=swedish_datetime(item.updated) if edited else None,
            updated_iso=item.updated.isoformat(timespec="seconds"),
            link=safe_url(item.link),
            recording=safe_url(item.recording),
            images=tuple(
                (src, image_alt(item, number, alt))
                for number, (url, alt) in enumerate(item.image_urls, start=1)
                if (src := safe_url(url))
            ),
        )

    def page_values(self, request: web.Request) -> dict[str, object]:
        """What base.html and every archive template need."""
        return {
            "lang": "sv",
            "site_name": self.ctx.public.site_name,
            "base_path": self.base_path,
            "feed_url": self.absolute(request, FEED_PATH),
        }


def add_archive_routes(app: web.Application, ctx: Context) -> None:
    """GET (and HEAD) /, /announcements, /announcements/feed.atom, /announcements/{slug}."""
    site = Site(ctx)

    async def archive(request: web.Request) -> web.Response:
        before = request.query.get("before") or None
        page = await archive_page(ctx.db, limit=PAGE_SIZE, before=before)
        older = f"{site.path(ARCHIVE_PATH)}?before={quote(page.older)}" if page.older else None
        return render_page(
            "archive.html",
            meetings=await open_meetings(ctx) if not before else None,
            calendar_url=site.path("/meetings.ics"),
            posts=[site.post(item) for item in page.items],
            older_url=older,
            newest_url=site.path(ARCHIVE_PATH) if before else None,
            **site.page_values(request),
        )

    async def permalink(request: web.Request) -> web.Response:
        item = await find_item(ctx.db, request.match_info["slug"])
        if item is None:
            return render_page("not_found.html", status=404, **site.page_values(request))
        return render_page(
            "post.html",
            post=site.post(item),
            canonical_url=site.absolute(request, f"{ARCHIVE_PATH}/{quote(item.slug)}"),
            **site.page_values(request),
        )

    async def feed(request: web.Request) -> web.Response:
        items = await recent_items(ctx.db, limit=FEED_SIZE)
        body = build_feed(
            items,
            base_url=site.absolute(request, "/"),
            site_name=ctx.public.site_name,
            self_url=site.absolute(request, FEED_PATH),
            archive_url=site.absolute(request, ARCHIVE_PATH),
            permalink=lambda item: site.absolute(request, f"{ARCHIVE_PATH}/{quote(item.slug)}"),
            image_alt=image_alt,
        )
        changes = [item.updated for item in items]
        deleted = await last_deletion(ctx.db)
        last_modified = max([*changes, *([deleted] if deleted else [])], default=EMPTY_UPDATED)
        return feed_response(request, body, last_modified)

    # The feed before the slug route, so `feed.atom` is never taken for a post.
    app.router.add_get("/", archive)
    app.router.add_get(ARCHIVE_PATH, archive)
    app.router.add_get(FEED_PATH, feed)
    app.router.add_get(ARCHIVE_PATH + "/{slug}", permalink)
