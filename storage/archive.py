"""The public archive's queries: announcements and board minutes, newest first, in pages.

Both tables are read with one total order between them, (created at, rank, id), so a page
ends at a cursor from either table and the next page starts right after it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from storage.feed_models import MinutesRow
from storage.mirror_models import AnnouncementRow

ANNOUNCEMENT_RANK, MINUTES_RANK = 1, 0  # at the same instant, announcements come first
Cursor = tuple[datetime, int, int]  # (created at, rank, id) of the last item shown


def _older_than(
    created: InstrumentedAttribute[datetime],
    ident: InstrumentedAttribute[int],
    rank: int,
    cursor: Cursor,
) -> ColumnElement[bool]:
    """Rows of a table with `rank` that come after `cursor` in the newest-first order."""
    at, cursor_rank, cursor_id = cursor
    if rank < cursor_rank:
        return created <= at
    if rank > cursor_rank:
        return created < at
    return or_(created < at, and_(created == at, ident < cursor_id))


async def announcements_after(
    session: AsyncSession, cursor: Cursor | None, limit: int
) -> list[AnnouncementRow]:
    """Up to `limit` announcements not deleted, newest first, after `cursor` if given."""
    statement = (
        select(AnnouncementRow)
        .where(AnnouncementRow.deleted_at.is_(None))
        .order_by(AnnouncementRow.created_at.desc(), AnnouncementRow.id.desc())
        .limit(limit)
    )
    if cursor is not None:
        statement = statement.where(
            _older_than(AnnouncementRow.created_at, AnnouncementRow.id, ANNOUNCEMENT_RANK, cursor)
        )
    return list((await session.execute(statement)).scalars())


async def minutes_after(
    session: AsyncSession, cursor: Cursor | None, limit: int
) -> list[MinutesRow]:
    """Up to `limit` minutes, newest posted first, after `cursor` if given."""
    statement = (
        select(MinutesRow).order_by(MinutesRow.created_at.desc(), MinutesRow.id.desc()).limit(limit)
    )
    if cursor is not None:
        statement = statement.where(
            _older_than(MinutesRow.created_at, MinutesRow.id, MINUTES_RANK, cursor)
        )
    return list((await session.execute(statement)).scalars())


async def last_deletion(session: AsyncSession) -> datetime | None:
    """When an announcement was last deleted: a feed's Last-Modified must move for that too,
    or a reader asking If-Modified-Since would keep the deleted post."""
    result = await session.execute(select(func.max(AnnouncementRow.deleted_at)))
    return result.scalar_one_or_none()
