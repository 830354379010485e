"""Private notices to members about their wishes, each in the member's own language."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.i18n import Translator, translator
from handlers.portal import WEB
from handlers.types import Message
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
    """Queue a direct message to every person who wants notices, on one of their accounts;
    returns how many."""
    told = 0
    for person, account in people:
        if not person.notifications or account.platform == WEB:
            continue  # a portal account has no private messages (mail notices: issue #20)
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
