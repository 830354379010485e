"""Mail to the list: queue one mail per active subscriber, and decide at send time who gets it.

The outbox target of a list mail is the subscriber's id, so each address is its own
destination and one bad mailbox holds back nobody else; a confirmation mail's target is
`confirm:<id>`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.types import Message
from storage import mail
from storage.mail_models import ACTIVE, PENDING
from storage.outbox import enqueue

PLATFORM = "email"
CONFIRM_PREFIX = "confirm:"


async def fan_out_to_subscribers(
    session: AsyncSession, *, key_prefix: str, message: Message, now: datetime
) -> int:
    """Queue `message` for every active subscriber in the caller's transaction.

    One outbox row per subscriber (key `{key_prefix}:email:{id}`), so each address is its
    own destination and one bad mailbox holds back nobody else. Whether the subscriber is
    still active is checked again when the mail is sent. Returns how many rows were
    queued now (an earlier fan-out with the same prefix is not repeated); the caller wakes
    the outbox after its commit.
    """
    queued = 0
    payload = message.to_json()
    for subscriber_id in await mail.active_ids(session):
        queued += await enqueue(
            session,
            platform=PLATFORM,
            target=str(subscriber_id),
            idempotency_key=f"{key_prefix}:{PLATFORM}:{subscriber_id}",
            payload=payload,
            now=now,
        )
    return queued


@dataclass(frozen=True)
class Recipient:
    """Where one queued mail goes, as decided at send time."""

    subscriber_id: int
    address: str
    token: str
    list_mail: bool  # False for the confirmation mail: no unsubscribe link or headers
    locale: str


async def recipient_for(ctx: Context, target: str) -> Recipient | None:
    """The recipient of an `email` outbox target, or None when the mail must be skipped.

    `"<id>"` is list mail, sent only to an active subscriber; `"confirm:<id>"` is the
    confirmation, sent only while the subscriber is still pending. Both are decided now,
    not when queued: someone who unsubscribed in between gets nothing more.
    """
    wanted, raw_id = (
        (PENDING, target[len(CONFIRM_PREFIX) :])
        if target.startswith(CONFIRM_PREFIX)
        else (ACTIVE, target)
    )
    if not raw_id.isdigit():
        return None
    async with ctx.db.transaction() as session:
        row = await mail.by_id(session, int(raw_id))
        if row is None or row.status != wanted:
            return None
        return Recipient(row.id, row.address, row.token, wanted == ACTIVE, row.locale)
