"""What platform adapters keep between runs, by platform and key (a Matrix sync token, a
member's direct room): small values, read at start and written as they change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import PlatformStateRow
from storage.upsert import insert_ignoring_conflict

MEMBER_KINDS = ("dm", "form")  # what a platform may keep about one member: erased with them


def member_key(kind: str, user_id: str) -> str:
    """Where a platform keeps something about one member (`kind` of `MEMBER_KINDS`): their
    direct room with the bot, a form they are filling in."""
    if kind not in MEMBER_KINDS:
        raise ValueError(f"not a kind kept per member: {kind}")
    return f"{kind}:{user_id}"


def direct_room_key(user_id: str) -> str:
    return member_key("dm", user_id)


async def recall(session: AsyncSession, platform: str, key: str) -> str | None:
    return await session.scalar(
        select(PlatformStateRow.value).where(
            PlatformStateRow.platform == platform, PlatformStateRow.key == key
        )
    )


async def remember(
    session: AsyncSession, platform: str, key: str, value: str, *, now: datetime
) -> None:
    """Keep `value` under the key, replacing what was there."""
    for _attempt in range(2):  # another process may add the key between the two statements
        changed = await session.execute(
            update(PlatformStateRow)
            .where(PlatformStateRow.platform == platform, PlatformStateRow.key == key)
            .values(value=value, updated_at=now)
        )
        if getattr(changed, "rowcount", 0):
            return
        added = await insert_ignoring_conflict(
            session,
            PlatformStateRow,
            {"platform": platform, "key": key, "value": value, "updated_at": now},
            conflict_columns=("platform", "key"),
        )
        if added:
            return
