"""Turning off a person's notices from the link in a notice mail (mailed to people on no
chat before the daily digest took their place; links already sent keep working): the link's
secret can do this and nothing else."""

from __future__ import annotations

from handlers.context import Context
from handlers.portal.links import is_keyed_secret
from storage.people import people_by_ids


def link_ok(ctx: Context, person_id: int, token: str) -> bool:
    return is_keyed_secret(ctx.people.code_key, f"notices-off:{person_id}", token)


async def turn_off_notices(ctx: Context, person_id: int, token: str) -> bool:
    """Notices off for the person the link names; False for a wrong link or no person."""
    if not link_ok(ctx, person_id, token):
        return False
    async with ctx.db.transaction() as session:
        person = (await people_by_ids(session, [person_id])).get(person_id)
        if person is None:
            return False
        person.notifications = False
    return True
