"""Private notices to members about their wishes, each in the member's own language.

A notice goes as a direct message to one of the person's chat accounts. A person on no chat
(only a web account) reads it instead in the next day's mail of the wishes they follow
(`handlers.wishes.digest`), so they get at most one mail a day; the digest leaves out what
a person on chat was told here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.i18n import Translator, translator
from handlers.portal import WEB
from handlers.types import Message
from storage.follows import chat_accounts
from storage.models import MemberRow
from storage.outbox import enqueue
from storage.people_models import PersonRow


async def tell_privately(
    ctx: Context,
    session: AsyncSession,
    people: Iterable[tuple[PersonRow, MemberRow]],
    *,
    key: str,
    text_for: Callable[[Translator], str],
) -> int:
    """Queue a direct message to every person who wants notices, on one of their chat
    accounts (the given one, else their first on chat); returns how many. A person on no
    chat is left to the digest."""
    wanting = [(person, account) for person, account in people if person.notifications]
    on_web = [person.id for person, account in wanting if account.platform == WEB]
    chat = await chat_accounts(session, on_web, web_platform=WEB) if on_web else {}
    told = 0
    for person, account in wanting:
        if account.platform == WEB:
            found = chat.get(person.id)
            if found is None:  # on no chat: the daily digest tells them
                continue
            account = found
        _ = translator(person.locale or ctx.default_locale)
        told += await enqueue(
            session,
            platform=account.platform,
            target=f"dm:{account.user_id}",
            idempotency_key=f"{key}:{person.id}",
            payload=Message(text=text_for(_)).to_json(),
            now=ctx.clock.now(),
        )
    return told
