"""Repositories for announcements and the stored mapping from originals to their copies."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.mirror_models import AnnouncementRow, MirrorCopyRow
from storage.upsert import insert_ignoring_conflict


async def create_announcement(
    session: AsyncSession, *, source_key: str, now: datetime, **fields: Any
) -> AnnouncementRow | None:
    """Store a new announcement; None when this source was stored already (a replayed event)."""
    added = await insert_ignoring_conflict(
        session,
        AnnouncementRow,
        {"source_key": source_key, "created_at": now, "attachments": [], **fields},
        conflict_columns=("source_key",),
    )
    if not added:
        return None
    return await announcement_by_source(session, source_key)


async def announcement_by_source(session: AsyncSession, source_key: str) -> AnnouncementRow | None:
    result = await session.execute(
        select(AnnouncementRow).where(AnnouncementRow.source_key == source_key)
    )
    return result.scalar_one_or_none()


async def get_announcement(session: AsyncSession, announcement_id: int) -> AnnouncementRow | None:
    return await session.get(AnnouncementRow, announcement_id)


async def add_copy(
    session: AsyncSession,
    *,
    source_kind: str,
    source_id: int,
    platform: str,
    target: str,
    outbox_key: str,
    now: datetime,
) -> bool:
    """Record that `outbox_key` delivers a copy of the original; False when already known."""
    return await insert_ignoring_conflict(
        session,
        MirrorCopyRow,
        {
            "source_kind": source_kind,
            "source_id": source_id,
            "platform": platform,
            "target": target,
            "outbox_key": outbox_key,
            "created_at": now,
        },
        conflict_columns=("outbox_key",),
    )


async def copies_of(session: AsyncSession, source_kind: str, source_id: int) -> list[MirrorCopyRow]:
    result = await session.execute(
        select(MirrorCopyRow)
        .where(MirrorCopyRow.source_kind == source_kind, MirrorCopyRow.source_id == source_id)
        .order_by(MirrorCopyRow.id)
    )
    return list(result.scalars())
