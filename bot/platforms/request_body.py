"""What the bot's webhooks (Slack's HTTP mode, Teams' /api/messages) share at the door.

Anyone on the internet can reach them: a request not let in ends as `Refused`, a status and a
few words for the log (never the body), and a body is refused as soon as it passes the limit,
however many pieces it arrives in (a large click's TLS records come apart), before it is all
held in memory.
"""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web


@dataclass(frozen=True)
class Refused(Exception):
    """A request not let in: the HTTP status and a few words for the log (never the body)."""

    status: int
    reason: str


async def read_capped(request: web.Request, limit: int) -> bytes:
    """The whole body, or `Refused` 413 once it (or its announced length) passes `limit`."""
    if request.content_length is not None and request.content_length > limit:
        raise Refused(413, "body too large")
    body = bytearray()
    async for chunk in request.content.iter_any():
        body += chunk
        if len(body) > limit:
            raise Refused(413, "body too large")
    return bytes(body)
