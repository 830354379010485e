"""Tell the board, once, when a delivery is parked as failed."""

from __future__ import annotations

from handlers.context import Context
from handlers.i18n import translator
from handlers.topics import post_to_topic
from handlers.types import Message

PARKED_NOTICE_PREFIX = "outbox-failed:"


async def report_parked_delivery(
    ctx: Context, *, row_id: int, destination: str, error: str, once_per: str | None = None
) -> int:
    """Queue a notice to every `board` channel except the failing one; returns how many.

    With `once_per` set, every parked delivery sharing it gets one notice between them (the
    e-mail list's problems, once an hour), not one each.
    """
    _ = translator(ctx.default_locale)
    now = ctx.clock.now()
    text = _(
        "Delivery {id} to {destination} failed and is parked: {error}. "
        "Retry it with: bryggan outbox retry {id}",
        id=row_id,
        destination=destination,
        error=error[:300],
    )
    async with ctx.db.transaction() as session:
        queued = await post_to_topic(
            session,
            "board",
            Message(text=text),
            key=f"{PARKED_NOTICE_PREFIX}{once_per or row_id}",
            now=now,
            skip=destination,
        )
    ctx.wake_outbox()
    return queued
