"""Every public route on the bot's web server."""

from __future__ import annotations

from aiohttp import web

from bot.public.archive import add_archive_routes
from bot.public.calendar import add_calendar_routes
from bot.public.privacy import add_privacy_routes
from bot.public.subscribe import add_subscribe_routes
from handlers.context import Context


def add_public_routes(app: web.Application, ctx: Context) -> None:
    add_archive_routes(app, ctx)
    add_calendar_routes(app, ctx)
    add_subscribe_routes(app, ctx)
    add_privacy_routes(app, ctx)
