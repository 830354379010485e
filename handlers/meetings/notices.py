"""Private notices about a member's registration (a place come free, the reminder, a
cancelled meeting), a survey's reminder and a board's decision on their proposal: to a chat
account, else by mail to the address the person proved.

Unlike notices about wishes, these go whatever `/notifications` says (that setting is about
wishes' statuses) and never wait for the daily digest of followed wishes: a member who only
uses the web must hear that a place came free, and get the link, in time.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.i18n import Translator, translator
from handlers.mail.fanout import NOTICE_PREFIX
from handlers.mail.fanout import PLATFORM as EMAIL
from handlers.portal import WEB
from handlers.types import Button, Message
from storage.follows import chat_accounts
from storage.models import MemberRow
from storage.outbox import enqueue
from storage.people_models import PersonRow


async def tell_member(
    ctx: Context,
    session: AsyncSession,
    person: PersonRow,
    account: MemberRow,
    *,
    key: str,
    text_for: Callable[[Translator], str],
    title_for: Callable[[Translator], str] | None = None,
    buttons_for: Callable[[Translator], tuple[Button, ...]] | None = None,
    mail_url: str | None = None,
) -> int:
    """Queue one notice to the person (key `{key}:{person id}`); 0 when there is no way to
    reach them (on no chat and no proved address). A mail has the title (default: the user
    meeting) and, for the buttons it cannot carry, `mail_url` (where the web does it)."""
    if account.platform == WEB:
        account = (await chat_accounts(session, [person.id], web_platform=WEB)).get(
            person.id, account
        )
    _ = translator(person.locale or ctx.default_locale)
    title = title_for(_) if title_for else None
    message = Message(text=text_for(_), title=title, buttons=buttons_for(_) if buttons_for else ())
    if account.platform != WEB:
        platform, target = account.platform, f"dm:{account.user_id}"
    elif person.email and person.blocked_at is None:
        platform, target = EMAIL, f"{NOTICE_PREFIX}{person.id}"
        message = Message(title=title or _("The user meeting"), text=message.text, url=mail_url)
    else:
        return 0
    return await enqueue(
        session,
        platform=platform,
        target=target,
        idempotency_key=f"{key}:{person.id}",
        payload=message.to_json(),
        now=ctx.clock.now(),
    )
