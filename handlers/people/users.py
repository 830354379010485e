"""Finding the person a board member means: a mention, a person's number, an address or a
name. Works the same on every platform, with no user picker needed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.errors import CommandError
from handlers.i18n import N_
from storage.people import account_names, person_by_email, person_of_account
from storage.people_models import PersonRow

_NUMBER = re.compile(r"^#(\d{1,9})$")
_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+$")
SHOWN_CHOICES = 5


async def find_person(
    session: AsyncSession, typed: str, mentions: Sequence[tuple[str, str]] = ()
) -> PersonRow:
    """The one person `typed` names, or a CommandError saying why not. `mentions`: each
    platform's form of a mention (`Capabilities.user_mention`), which names a user id and
    nothing else: a display name that looks like an id never stands in for the account it
    imitates."""
    text = " ".join(typed.split())
    if not text:
        raise CommandError(N_("Name the member: @name, #number, an address or a name."))
    number = _NUMBER.match(text)
    if number:
        person = await session.get(PersonRow, int(number.group(1)))
        if person is None:
            raise CommandError(N_("There is no member #{number}."), number=number.group(1))
        return person
    for platform, pattern in mentions:
        mention = re.match(pattern, text)
        if mention:
            return await _by_account(session, platform, mention.group(1), text)
    if _ADDRESS.match(text):
        person = await person_by_email(session, text.lower())
        if person is None:
            raise CommandError(N_("Nobody is verified through {address}."), address=text)
        return person
    return await _by_name(session, text.removeprefix("@"), text)


async def _by_account(session: AsyncSession, platform: str, user_id: str, text: str) -> PersonRow:
    person = await person_of_account(session, platform, user_id)
    if person is None:
        raise CommandError(N_("I know no member “{name}”."), name=text[:80])
    return person


async def _by_name(session: AsyncSession, name: str, text: str) -> PersonRow:
    """Display names compared without regard to case, å, ä and ö included (in Python: SQLite's
    lower() knows only A–Z)."""
    wanted = name.casefold()
    names = await account_names(session)
    ids = sorted({person_id for person_id, shown in names if shown.casefold() == wanted})
    if not ids:
        raise CommandError(N_("I know no member “{name}”."), name=text[:80])
    if len(ids) > 1:
        people = [await session.get(PersonRow, i) for i in ids[:SHOWN_CHOICES]]
        choices = ", ".join(f"#{p.id} {p.display_name}" for p in people if p is not None)
        raise CommandError(
            N_("“{name}” could be several members: {choices}. Name one by its number."),
            name=text[:80],
            choices=choices,
        )
    person = await session.get(PersonRow, ids[0])
    assert person is not None
    return person
