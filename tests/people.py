"""Test helper: a member verified for a municipality, as the board's approval would make them."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from handlers.context import Context
from handlers.core.members import member_row
from handlers.people.config import Limit
from handlers.types import Member
from storage.people import get_person, record_affiliation
from storage.people_models import BY_APPROVAL


async def verified(ctx: Context, member: Member, municipality: str) -> Member:
    """Store the member's person as verified for `municipality`; returns the member."""
    async with ctx.db.transaction() as session:
        account = await member_row(ctx, session, member)
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


def limited_to_one(ctx: Context, kind: str, window: timedelta = timedelta(hours=1)) -> None:
    """One action of `kind` a `window` for everyone: the second is over the limit."""
    ctx.people = replace(ctx.people, limits={**ctx.people.limits, kind: Limit(1, window)})
