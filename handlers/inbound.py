"""Members' messages coming in from any platform, handed to every feature that listens."""

from __future__ import annotations

import logging

from handlers.context import Context
from handlers.types import InboundMessage

log = logging.getLogger(__name__)


async def dispatch_inbound(ctx: Context, message: InboundMessage) -> None:
    """Give the message to every inbound handler; one failing never stops the others."""
    for handler in list(ctx.inbound):
        try:
            await handler(ctx, message)
        except Exception:
            log.exception(
                "inbound handler failed",
                extra={"platform": message.platform, "channel": message.channel_id},
            )
    ctx.wake_outbox()
