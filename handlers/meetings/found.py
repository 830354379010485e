"""A meeting named by its number, and a link typed for one: checked alike by every command."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.errors import CommandError
from handlers.i18n import N_
from storage.meeting_models import MeetingRow
from storage.meetings import get_meeting


def link_given(value: Any) -> str | None:
    """An http(s) address as typed, None for none; anything else is refused."""
    link = str(value).strip() if value else ""
    if not link:
        return None
    parsed = urlparse(link)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in link:
        raise CommandError(N_("“{url}” is not an http or https address."), url=link)
    return link


async def existing_meeting(session: AsyncSession, number: int) -> MeetingRow:
    meeting = await get_meeting(session, number)
    if meeting is None:
        raise CommandError(
            N_("There is no meeting #{number}. /meetings lists them."), number=number
        )
    return meeting
