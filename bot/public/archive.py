"""The archive pages and the Atom feed (to be written)."""

from __future__ import annotations

from aiohttp import web

from handlers.context import Context


def add_archive_routes(app: web.Application, ctx: Context) -> None:
    """GET /, /announcements, /announcements/{slug}, /announcements/feed.atom."""
