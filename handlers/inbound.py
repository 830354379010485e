"""Members' messages coming in from any platform, handed to every feature that listens."""

from __future__ import annotations

import logging
from dataclasses import replace

from handlers.context import Context
from handlers.parsing import without_controls
from handlers.types import InboundMessage
from storage.people import is_blocked

log = logging.getLogger(__name__)


async def dispatch_inbound(ctx: Context, message: InboundMessage) -> None:
    """Give the message to every inbound handler; one failing never stops the others."""
    message = replace(message, text=without_controls(message.text))
    if message.author is not None:
        name = without_controls(message.author.display_name) or message.author.user_id
        message = replace(message, author=replace(message.author, display_name=name))
    author = message.author
    if (
        author
        and not author.is_board
        and message.kind != "deleted"
        and await _blocked(ctx, message)
    ):
        return  # a blocked person's posts are neither bridged nor mirrored (deletes still are)
    for handler in list(ctx.inbound):
        try:
            await handler(ctx, message)
        except Exception:
            log.exception(
                "inbound handler failed",
                extra={"platform": message.platform, "channel": message.channel_id},
            )
    ctx.wake_outbox()


async def _blocked(ctx: Context, message: InboundMessage) -> bool:
    assert message.author is not None
    async with ctx.db.transaction() as session:
        return await is_blocked(session, platform=message.platform, user_id=message.author.user_id)
