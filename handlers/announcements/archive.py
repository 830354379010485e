"""The public archive: announcements and board minutes, newest first, as neutral items.

The web server renders these as HTML pages and an Atom feed; nothing here knows HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from storage import archive
from storage.archive import ANNOUNCEMENT_RANK, MINUTES_RANK, Cursor
from storage.db import Database
from storage.feed_models import MinutesRow
from storage.meetings import Recording, recordings_of
from storage.mirror_models import AnnouncementRow
from storage.mirrors import get_announcement

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
    recording: str | None = None  # the recording of the meeting it is about, if any
    meeting_id: int | None = None  # that meeting (minutes of it, or its announcement)

    @property
    def slug(self) -> str:
        return f"{'a' if self.kind == 'announcement' else 'm'}{self.id}"


def _from_announcement(row: AnnouncementRow) -> ArchiveItem:
    first_line = row.text.strip().splitlines()[0] if row.text.strip() else ""
    images = tuple(  # alt text only when the author wrote one; a file name is no description
        (str(a["url"]), str(a.get("description") or a.get("alt") or ""))
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
        meeting_id=_meeting_of(row.source_key),
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
        meeting_id=row.meeting_id,
    )


def _meeting_of(source_key: str) -> int | None:
    """The meeting an announcement is about: the annual meeting's is `meeting:<id>`."""
    kind, _, number = source_key.partition(":")
    return int(number) if kind == "meeting" and number.isdigit() and len(number) < 10 else None


async def _recorded(session: AsyncSession, items: list[ArchiveItem]) -> list[ArchiveItem]:
    """The items with their meeting's recording; a recording set or removed later than the
    item was changed makes it updated then (a feed reader fetches it again)."""
    found = await recordings_of(session, {i.meeting_id for i in items if i.meeting_id})
    return [_with_recording(item, found.get(item.meeting_id or 0)) for item in items]


def _with_recording(item: ArchiveItem, recording: Recording | None) -> ArchiveItem:
    if recording is None:
        return item
    updated = max(item.updated, recording.changed_at)
    return replace(item, recording=recording.url, updated=updated)


def _order(item: ArchiveItem) -> Cursor:
    """The archive's one total order (newest first when reversed), also across both tables."""
    rank = ANNOUNCEMENT_RANK if item.kind == "announcement" else MINUTES_RANK
    return (item.published, rank, item.id)


@dataclass(frozen=True)
class ArchivePage:
    """One page of the archive; `older` is the cursor (a slug) for the next page, if any."""

    items: list[ArchiveItem]
    older: str | None


async def _cursor(session: AsyncSession, slug: str) -> Cursor | None:
    """Where a page ends: a slug's place in the order, also when the item was deleted since."""
    parsed = _parse_slug(slug)
    if parsed is None:
        return None
    kind, ident = parsed
    if kind == "m":
        minutes = await session.get(MinutesRow, ident)
        return (minutes.created_at, MINUTES_RANK, ident) if minutes else None
    row = await get_announcement(session, ident)
    return (row.created_at, ANNOUNCEMENT_RANK, ident) if row else None


async def archive_page(db: Database, *, limit: int = 20, before: str | None = None) -> ArchivePage:
    """Announcements and minutes together, newest first, `limit` after the `before` cursor.

    The cursor is the slug of the last item shown, not a page number, so a post published
    while a reader pages back neither repeats nor hides one. An unknown cursor starts over.
    """
    async with db.transaction() as session:
        cursor = await _cursor(session, before) if before else None
        announcements = await archive.announcements_after(session, cursor, limit + 1)
        items = [_from_announcement(a) for a in announcements]
        items += [_from_minutes(m) for m in await archive.minutes_after(session, cursor, limit + 1)]
        items.sort(key=_order, reverse=True)
        shown = await _recorded(session, items[:limit])
    return ArchivePage(shown, shown[-1].slug if len(items) > limit and shown else None)


async def recent_items(db: Database, *, limit: int = 50) -> list[ArchiveItem]:
    """Announcements and minutes together, newest first (the Atom feed)."""
    return (await archive_page(db, limit=limit)).items


def _parse_slug(slug: str) -> tuple[str, int] | None:
    """`a12` → ("a", 12); None for anything else (at most 9 digits: ids are 32-bit)."""
    digits = slug[1:]
    if not slug or slug[0] not in "am" or not (digits.isascii() and digits.isdigit()):
        return None
    if len(digits) > 9:
        return None
    return slug[0], int(slug[1:])


async def find_item(db: Database, slug: str) -> ArchiveItem | None:
    """The item behind a permalink (`a12`, `m3`), None when unknown or deleted."""
    parsed = _parse_slug(slug)
    if parsed is None:
        return None
    kind, ident = parsed
    async with db.transaction() as session:
        if kind == "m":
            minutes = await session.get(MinutesRow, ident)
            found = _from_minutes(minutes) if minutes else None
        else:
            row = await get_announcement(session, ident)
            found = _from_announcement(row) if row and row.deleted_at is None else None
        return (await _recorded(session, [found]))[0] if found else None


async def last_deletion(db: Database) -> datetime | None:
    """When a post last left the archive: a feed's Last-Modified must move for that too, or
    a reader asking If-Modified-Since would keep the deleted post."""
    async with db.transaction() as session:
        return await archive.last_deletion(session)
