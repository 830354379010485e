"""`/privacy`: what Bryggan keeps about a member, why, how long, and how to see or erase it.

Swedish by default, English with `?lang=en`; each language is its own template (as every
public page is written in its language, not through the chat's gettext catalogue). What
varies comes from settings: who is responsible (PRIVACY_CONTACT, else the association and
MAIL_FROM) and the retention periods (RETAIN_*_DAYS, as `ctx.retention` applies them).
Everything is autoescaped.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from aiohttp import web

from bot.public.pages import render_page
from handlers.context import Context
from handlers.public_config import PRIVACY_PATH

LANGUAGES = ("sv", "en")


def page_language(request: web.Request) -> str:
    """`en` when asked for with `?lang=en`, else Swedish."""
    asked = request.query.get("lang", "").strip().lower()
    return asked if asked in LANGUAGES else "sv"


def add_privacy_routes(app: web.Application, ctx: Context) -> None:
    """GET (and HEAD) /privacy."""
    base = ctx.public.base_url
    base_path = urlsplit(base).path.rstrip("/") if base else ""

    async def privacy(request: web.Request) -> web.Response:
        lang = page_language(request)
        config = ctx.public.privacy
        response = render_page(
            f"privacy_{lang}.html",
            lang=lang,
            site_name=ctx.public.site_name,
            base_path=base_path,
            responsible=config.responsible(ctx.public.site_name),
            contact_address=config.contact_address(),
            retention=ctx.retention,
        )
        response.headers["Content-Language"] = lang
        response.headers["Cache-Control"] = "max-age=300"
        return response

    app.router.add_get(PRIVACY_PATH, privacy)
