"""A webhook's body read whole but never past a limit: anyone on the internet can reach the
bot's webhooks (Slack's HTTP mode, Teams' /api/messages), and a body is refused as soon as
it passes the limit, however many pieces it arrives in (a large click's TLS records come
apart), before it is all held in memory."""

from __future__ import annotations

from aiohttp import web


class BodyTooLarge(Exception):
    """The body (or its announced length) passed the limit."""


async def read_capped(request: web.Request, limit: int) -> bytes:
    if request.content_length is not None and request.content_length > limit:
        raise BodyTooLarge
    body = bytearray()
    async for chunk in request.content.iter_any():
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge
    return bytes(body)
