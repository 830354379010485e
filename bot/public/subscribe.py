"""The e-mail subscription pages (to be written)."""

from __future__ import annotations

from aiohttp import web

from handlers.context import Context


def add_subscribe_routes(app: web.Application, ctx: Context) -> None:
    """GET/POST /subscribe, /confirm/{token}, /unsubscribe/{token}."""
