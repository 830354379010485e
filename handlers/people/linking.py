"""Linking an account to a verified address, and what a change of municipality touches.

An address belongs to one person. Verifying an address another person already holds moves
the account's person into that one (all its accounts, supports, answers and logs), counting
nobody twice. Every change of a person's municipality is logged and edits the cards of the
wishes they support, whose counts it changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.wishes.cards import refresh_cards
from storage.models import MemberRow
from storage.people import (
    get_person,
    lock_address,
    merge_people,
    person_by_email,
    record_affiliation,
    supported_wish_ids,
)
from storage.people_models import BY_ADDRESS, PersonRow
from storage.wishes import get_wish


async def link_address(
    ctx: Context, session: AsyncSession, account: MemberRow, email: str, municipality: str
) -> PersonRow:
    """The account's person after proving `email`: the address's holder, or its own."""
    now = ctx.clock.now()
    await lock_address(session, email)
    found = await person_by_email(session, email)
    # Both people locked in the order of their numbers, so two crossed links cannot deadlock.
    ids = sorted({account.person_id, *((found.id,) if found else ())})
    locked = {i: await get_person(session, i, lock=ctx.db.is_postgresql) for i in ids}
    mine, holder = locked[account.person_id], locked[found.id] if found else None
    touched: set[int] = set()
    if holder is not None and holder.id != mine.id:
        touched.update(await supported_wish_ids(session, mine.id))
        merged = await merge_people(session, keep=holder, gone=mine, now=now)
        touched.update(merged.wish_ids)
        person = holder
    else:
        person = mine
        person.email = email
    if person.municipality != municipality or person.verified_via != BY_ADDRESS:
        await record_affiliation(
            session, person, municipality=municipality, how=BY_ADDRESS, by_id=person.id, now=now
        )
        touched.update(await supported_wish_ids(session, person.id))
    await refresh_wish_cards(ctx, session, touched)
    return person


async def refresh_wish_cards(ctx: Context, session: AsyncSession, wish_ids: Iterable[int]) -> None:
    """Edit the cards of these wishes (a duplicate's support shows on its original)."""
    owners: set[int] = set()
    for wish_id in wish_ids:
        wish = await get_wish(session, wish_id)
        if wish is not None:
            owners.add(wish.merged_into_id or wish.id)
    for owner in sorted(owners):
        wish = await get_wish(session, owner)
        if wish is not None:
            await refresh_cards(ctx, session, wish)
