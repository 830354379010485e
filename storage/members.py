"""Members and their remembered preferences (language, municipality)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import MemberRow
from storage.upsert import insert_ignoring_conflict


async def upsert_member(
    session: AsyncSession, *, platform: str, user_id: str, display_name: str, now: datetime
) -> MemberRow:
    """The stored member for a platform user, created on first sight; the name kept current.

    The insert ignores a conflict, so two first commands at once from one new member both
    find the same row instead of one failing on the unique key.
    """
    row = await get_member(session, platform=platform, user_id=user_id)
    if row is None:
        await insert_ignoring_conflict(
            session,
            MemberRow,
            {
                "platform": platform,
                "user_id": user_id,
                "display_name": display_name,
                "notifications": True,
                "created_at": now,
                "updated_at": now,
            },
            conflict_columns=("platform", "user_id"),
        )
        row = await get_member(session, platform=platform, user_id=user_id)
        assert row is not None
    elif display_name and row.display_name != display_name:
        row.display_name = display_name
        row.updated_at = now
    return row


async def get_member(session: AsyncSession, *, platform: str, user_id: str) -> MemberRow | None:
    result = await session.execute(
        select(MemberRow).where(MemberRow.platform == platform, MemberRow.user_id == user_id)
    )
    return result.scalar_one_or_none()
