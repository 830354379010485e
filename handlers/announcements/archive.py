"""The public archive: announcements and board minutes, newest first, as neutral items.

The web server renders these as HTML pages and an Atom feed; nothing here knows HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select

from storage.db import Database
from storage.feed_models import MinutesRow
from storage.mirror_models import AnnouncementRow
from storage.mirrors import get_announcement, published_announcements

ItemKind = Literal["announcement", "minutes"]


@dataclass(frozen=True)
class ArchiveItem:
    """One post of the archive; `text` is the bot's Markdown, `slug` its permalink part."""

    kind: ItemKind
    id: int
    title: str
    text: str
    link: str | None
    author: str
    published: datetime
    updated: datetime
    image_urls: tuple[tuple[str, str], ...] = ()  # (url, alt text)

    @property
    def slug(self) -> str:
        return f"{'a' if self.kind == 'announcement' else 'm'}{self.id}"


def _from_announcement(row: AnnouncementRow) -> ArchiveItem:
    first_line = row.text.strip().splitlines()[0] if row.text.strip() else ""
    images = tuple(
        (str(a["url"]), str(a.get("filename") or ""))
        for a in row.attachments or []
        if a.get("url") and str(a.get("content_type", "")).startswith("image/")
    )
    return ArchiveItem(
        kind="announcement",
        id=row.id,
        title=row.title or first_line[:120] or f"#{row.id}",
        text=row.text,
        link=row.link,
        author=row.author_name,
        published=row.created_at,
        updated=row.edited_at or row.created_at,
        image_urls=images,
    )


def _from_minutes(row: MinutesRow) -> ArchiveItem:
    return ArchiveItem(
        kind="minutes",
        id=row.id,
        title=row.title,
        text=row.summary,
        link=row.link,
        author=row.posted_by,
        published=row.created_at,
        updated=row.created_at,
    )


async def recent_items(db: Database, *, limit: int = 50) -> list[ArchiveItem]:
    """Announcements and minutes together, newest first."""
    async with db.transaction() as session:
        announcements = await published_announcements(session, limit=limit)
        minutes = (
            await session.execute(
                select(MinutesRow).order_by(MinutesRow.created_at.desc()).limit(limit)
            )
        ).scalars()
        items = [_from_announcement(a) for a in announcements] + [_from_minutes(m) for m in minutes]
    items.sort(key=lambda item: (item.published, item.id), reverse=True)
    return items[:limit]


async def find_item(db: Database, slug: str) -> ArchiveItem | None:
    """The item behind a permalink (`a12`, `m3`), None when unknown or deleted."""
    if len(slug) < 2 or slug[0] not in "am" or not slug[1:].isdigit():
        return None
    ident = int(slug[1:])
    async with db.transaction() as session:
        if slug[0] == "m":
            minutes = await session.get(MinutesRow, ident)
            return _from_minutes(minutes) if minutes else None
        row = await get_announcement(session, ident)
        if row is None or row.deleted_at is not None:
            return None
        return _from_announcement(row)
