"""Test helper: a member verified for a municipality, as the board's approval would make them."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.types import Member
from storage.members import upsert_member
from storage.models import MemberRow
from storage.people import get_person, record_affiliation
from storage.people_models import BY_APPROVAL


async def account_of(ctx: Context, session: AsyncSession, member: Member) -> MemberRow:
    """The member's stored account (made, with its person, on first sight)."""
    return await upsert_member(
        session,
        platform=member.platform,
        user_id=member.user_id,
        display_name=member.display_name,
        now=ctx.clock.now(),
    )


async def verified(ctx: Context, member: Member, municipality: str) -> Member:
    """Store the member's person as verified for `municipality`; returns the member."""
    async with ctx.db.transaction() as session:
        account = await account_of(ctx, session, member)
        person = await get_person(session, account.person_id)
        await record_affiliation(
            session,
            person,
            municipality=municipality,
            how=BY_APPROVAL,
            by_id=None,
            now=ctx.clock.now(),
        )
    return member


async def verify_all(ctx: Context, *members: Member) -> None:
    """Verify each member for the municipality written on it (members without one stay
    unverified); test modules name their members' municipalities on the Member itself."""
    for member in members:
        if member.municipality:
            await verified(ctx, member, member.municipality)
