"""Private notices to members about their wishes, each in the member's own language."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.i18n import Translator, translator
from handlers.mail.fanout import PERSON_PREFIX
from handlers.mail.fanout import PLATFORM as MAIL
from handlers.portal import WEB
from handlers.portal.links import notices_token
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
        if not person.notifications:
            continue
        _ = translator(person.locale or ctx.default_locale)
        if account.platform == WEB:  # on no chat: by mail, to the proved address
            mail = _by_mail(ctx, person.id, text_for(_), _)
            if mail is not None:
                told += await enqueue(
                    session, platform=MAIL, target=f"{PERSON_PREFIX}{person.id}",
                    idempotency_key=f"{key}:{person.id}", payload=mail.to_json(),
                    now=ctx.clock.now(),
                )  # fmt: skip
            continue
        told += await enqueue(
            session,
            platform=account.platform,
            target=f"dm:{account.user_id}",
            idempotency_key=f"{key}:{person.id}",
            payload=Message(text=text_for(_)).to_json(),
            now=ctx.clock.now(),
        )
    return told


def _by_mail(ctx: Context, person_id: int, text: str, _: Translator) -> Message | None:
    """The notice as a mail with the link that turns notices off; None where no mail can
    be sent (no mail server, or no public address for the link)."""
    token = notices_token(ctx.people.code_key, person_id)
    off = ctx.public.url(f"notices/off/{person_id}/{token}")
    if off is None or not ctx.public.mail_enabled:
        return None
    stop = _("No more notices like this: {link}", link=f"[{off}]({off})")
    return Message(title=_("News about a wish you support"), text=f"{text}\n\n{stop}")
