"""Finding the person a board member means: a mention, a person's number, an address, a
platform user id or a name. Works the same on every platform, with no user picker needed."""

from __future__ import annotations

import re

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.errors import CommandError
from handlers.i18n import N_
from storage.models import MemberRow
from storage.people import person_by_email
from storage.people_models import PersonRow

_DISCORD_MENTION = re.compile(r"^<@!?(\d{1,20})>$")
_SLACK_MENTION = re.compile(r"^<@([UW][A-Z0-9]{1,20})(?:\|[^>]*)?>$")
_NUMBER = re.compile(r"^#(\d{1,9})$")
SHOWN_CHOICES = 5


async def find_person(session: AsyncSession, typed: str) -> PersonRow:
    """The one person `typed` names, or a CommandError saying why not."""
    text = " ".join(typed.split())
    if not text:
        raise CommandError(N_("Name the member: @name, #number, an address or a name."))
    number = _NUMBER.match(text)
    if number:
        person = await session.get(PersonRow, int(number.group(1)))
        if person is None:
            raise CommandError(N_("There is no member #{number}."), number=number.group(1))
        return person
    if "@" in text and not text.startswith("<"):
        person = await person_by_email(session, text.lower())
        if person is None:
            raise CommandError(N_("Nobody is verified through {address}."), address=text)
        return person
    mention = _DISCORD_MENTION.match(text) or _SLACK_MENTION.match(text)
    user_id = mention.group(1) if mention else text.lstrip("@")
    result = await session.execute(
        select(PersonRow)
        .join(MemberRow, MemberRow.person_id == PersonRow.id)
        .where(
            or_(
                MemberRow.user_id == user_id,
                MemberRow.display_name == user_id,
                func.lower(MemberRow.display_name) == user_id.lower(),
            )
        )
        .distinct()
        .order_by(PersonRow.id)
    )
    found = list(result.scalars())
    if not found:
        raise CommandError(N_("I know no member “{name}”."), name=text[:80])
    if len(found) > 1:
        choices = ", ".join(f"#{p.id} {p.display_name}" for p in found[:SHOWN_CHOICES])
        raise CommandError(
            N_("“{name}” could be several members: {choices}. Name one by its number."),
            name=text[:80],
            choices=choices,
        )
    return found[0]
