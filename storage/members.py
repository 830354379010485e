"""Members and their remembered preferences (language, municipality)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import MemberRow


async def upsert_member(
    session: AsyncSession, *, platform: str, user_id: str, display_name: str, now: datetime
) -> MemberRow:
    """The stored member for a platform user, created on first sight; the name kept current."""
    row = await get_member(session, platform=platform, user_id=user_id)
    if row is None:
        row = MemberRow(
            platform=platform,
            user_id=user_id,
            display_name=display_name,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        await session.flush()
    elif display_name and row.display_name != display_name:
        row.display_name = display_name
        row.updated_at = now
    return row


async def get_member(session: AsyncSession, *, platform: str, user_id: str) -> MemberRow | None:
    result = await session.execute(
        select(MemberRow).where(MemberRow.platform == platform, MemberRow.user_id == user_id)
    )
    return result.scalar_one_or_none()
