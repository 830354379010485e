"""Every public route on the bot's web server."""

from __future__ import annotations

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

from bot.public.account import add_account_routes
from bot.public.act import add_act_routes
from bot.public.archive import add_archive_routes
from bot.public.calendar import add_calendar_routes
from bot.public.clients import host_allowed
from bot.public.following import add_follow_routes
from bot.public.pages import compile_templates
from bot.public.portal import add_portal_routes
from bot.public.privacy import add_privacy_routes
from bot.public.round import add_round_routes
from bot.public.subscribe import add_subscribe_routes
from bot.public.surveys import add_survey_routes
from bot.public.wishes import add_wish_routes
from handlers.context import Context


def add_public_routes(app: web.Application, ctx: Context) -> None:
    compile_templates()
    app.middlewares.append(_known_hosts(ctx))
    add_archive_routes(app, ctx)
    add_calendar_routes(app, ctx)
    add_subscribe_routes(app, ctx)
    add_privacy_routes(app, ctx)
    add_wish_routes(app, ctx)
    add_follow_routes(app, ctx)
    add_portal_routes(app, ctx)
    add_act_routes(app, ctx)
    add_survey_routes(app, ctx)
    add_account_routes(app, ctx)
    add_round_routes(app, ctx)


UNCHECKED = ("/healthz", "/slack/")  # probes and platforms, not pages with links


def _known_hosts(ctx: Context) -> Middleware:
    """Without PUBLIC_BASE_URL a page's absolute links come from the Host header: answer only
    ALLOWED_HOSTS, and never let a shared cache keep such a page for everyone."""

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path.startswith(UNCHECKED):
            return await handler(request)
        if not host_allowed(request, ctx.public):
            return web.Response(status=400, text="Okänd värd (unknown host).")
        response = await handler(request)
        if ctx.public.base_url is None:
            cache = response.headers.get("Cache-Control", "")
            if "public" in cache:
                response.headers["Cache-Control"] = cache.replace("public", "private")
            response.headers["Vary"] = "Host"
        return response

    return check
