"""A member as Bryggan knows them: their stored account, the person behind it (whichever
platform they came from), and what is remembered of that person."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.types import Member, normalise_locale
from storage.members import upsert_member
from storage.models import MemberRow
from storage.people import get_person
from storage.people_models import PersonRow

if TYPE_CHECKING:
    from handlers.context import Context


async def member_row(ctx: Context, session: AsyncSession, member: Member) -> MemberRow:
    """The stored account of a member, created (with its person) on first sight."""
    return await upsert_member(
        session,
        platform=member.platform,
        user_id=member.user_id,
        display_name=member.display_name,
        now=ctx.clock.now(),
    )


async def person_row(
    ctx: Context, session: AsyncSession, member: Member, *, lock: bool = False
) -> PersonRow:
    """The person behind a member's account (locked on PostgreSQL with `lock`)."""
    person_id = member.person_id
    if person_id is None:
        person_id = (await member_row(ctx, session, member)).person_id
    return await get_person(session, person_id, lock=lock and ctx.db.is_postgresql)


async def load_member(ctx: Context, member: Member, *, joining: bool = True) -> Member:
    """The member with what the bot remembers of their person: language, verified
    municipality, whether they are blocked. A platform's own idea of a municipality is
    never taken: only a verified one counts. `joining` marks the person as one who uses the
    bot (reminders go to them), unlike someone only seen posting in a bridged channel."""
    async with ctx.db.transaction() as session:
        row = await member_row(ctx, session, member)
        person = await get_person(session, row.person_id)
        if joining and person.joined_at is None:
            person.joined_at = ctx.clock.now()
    here = normalise_locale(member.platform_locale) if member.locale_here else None
    locale = (
        here
        or normalise_locale(person.locale)
        or normalise_locale(member.platform_locale)
        or ctx.default_locale
    )
    return replace(
        member,
        locale=locale,
        municipality=person.municipality,
        person_id=person.id,
        blocked=person.blocked_at is not None,
    )
