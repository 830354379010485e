"""Private notices to members about their wishes, each in the member's own language."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.i18n import Translator, translator
from handlers.types import Message
from storage.models import MemberRow
from storage.outbox import enqueue


async def tell_privately(
    ctx: Context,
    session: AsyncSession,
    members: Iterable[MemberRow],
    *,
    key: str,
    text_for: Callable[[Translator], str],
) -> int:
    """Queue a direct message to every member who wants notices; returns how many."""
    told = 0
    for member in members:
        if not member.notifications:
            continue
        _ = translator(member.locale or ctx.default_locale)
        told += await enqueue(
            session,
            platform=member.platform,
            target=f"dm:{member.user_id}",
            idempotency_key=f"{key}:{member.id}",
            payload=Message(text=text_for(_)).to_json(),
            now=ctx.clock.now(),
        )
    return told
