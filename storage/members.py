"""Accounts (a platform's user) and the person each belongs to, created on first sight."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import MemberRow
from storage.people import insert_account, new_person
from storage.people_models import PersonRow


async def upsert_member(
    session: AsyncSession, *, platform: str, user_id: str, display_name: str, now: datetime
) -> MemberRow:
    """The stored account of a platform user, created with a person of its own on first
    sight; the name kept current on both.

    The insert ignores a conflict, so two first commands at once from one new member both
    find the same row instead of one failing on the unique key (the loser's person goes).
    """
    row = await get_member(session, platform=platform, user_id=user_id)
    if row is None:
        person = await new_person(session, display_name=display_name, now=now)
        inserted = await insert_account(
            session,
            platform=platform,
            user_id=user_id,
            display_name=display_name,
            person_id=person.id,
            now=now,
        )
        if not inserted:
            await session.execute(delete(PersonRow).where(PersonRow.id == person.id))
        row = await get_member(session, platform=platform, user_id=user_id)
        assert row is not None
    elif display_name and row.display_name != display_name:
        row.display_name = display_name
        row.updated_at = now
        found = await session.get(PersonRow, row.person_id)
        if found is not None and found.display_name != display_name:
            found.display_name = display_name
    return row


async def get_member(session: AsyncSession, *, platform: str, user_id: str) -> MemberRow | None:
    result = await session.execute(
        select(MemberRow).where(MemberRow.platform == platform, MemberRow.user_id == user_id)
    )
    return result.scalar_one_or_none()


async def get_member_by_id(session: AsyncSession, member_id: int) -> MemberRow:
    return await session.get_one(MemberRow, member_id)
