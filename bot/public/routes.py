"""Every public route on the bot's web server."""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from ipaddress import ip_address
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

from bot.public.account import add_account_routes
from bot.public.act import add_act_routes
from bot.public.archive import Site, add_archive_routes
from bot.public.calendar import add_calendar_routes
from bot.public.clients import host_allowed
from bot.public.following import add_follow_routes
from bot.public.pages import compile_templates, render_page
from bot.public.portal import add_portal_routes
from bot.public.privacy import add_privacy_routes
from bot.public.round import add_round_routes
from bot.public.session import HARDENED
from bot.public.subscribe import add_subscribe_routes
from bot.public.surveys import add_survey_routes
from bot.public.wishes import add_wish_routes
from handlers.context import Context

log = logging.getLogger(__name__)


def add_public_routes(app: web.Application, ctx: Context) -> None:
    compile_templates()
    app.middlewares.append(_hardened)
    app.middlewares.append(_not_found_page(ctx))
    app.middlewares.append(_same_site_forms(ctx))
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


@web.middleware
async def _hardened(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every answer, an error's too, says what a browser may do with it (HARDENED): a page
    whose escaping ever failed would still run no script, and none is framed or sniffed."""
    try:
        response = await handler(request)
    except web.HTTPException as answer:
        _harden(answer.headers)
        raise
    except Exception:  # aiohttp's own 500 would go without the headers
        log.exception("a page failed")
        response = web.Response(status=500, text=FAILED_PAGE)
    if not response.prepared:  # one streamed out has sent its headers already
        _harden(response.headers)
    return response


FAILED_PAGE = "Något gick fel här; försök igen om en stund. (Something went wrong.)"


def _harden(headers: MutableMapping[str, str]) -> None:
    for name, value in HARDENED.items():
        headers.setdefault(name, value)


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _not_found_page(ctx: Context) -> Middleware:
    """An address no route knows (`/wishes/abc`) gets the site's own page, not aiohttp's
    plain "404: Not Found"."""
    site = Site(ctx)

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except web.HTTPNotFound:
            if request.method not in SAFE_METHODS or request.path.startswith(UNCHECKED):
                raise
            return render_page("not_found.html", status=404, **site.page_values(request))

    return check


def _same_site_forms(ctx: Context) -> Middleware:
    """A browser names the site a form was sent from (Origin): one sent from another site is
    refused before anything is done, whatever the form (the subscribe form has no session to
    tie a token to). Servers (Slack, Teams) send no Origin; a request without one goes on."""

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if request.method in SAFE_METHODS or origin is None:
            return await handler(request)
        if not _our_origin(origin, request, ctx):
            return web.Response(status=403, text=FOREIGN_FORM)
        return await handler(request)

    return check


def _our_origin(origin: str, request: web.Request, ctx: Context) -> bool:
    """Whether a form came from this site: PUBLIC_BASE_URL's origin, else the host asked
    (when it is one the site answers). The host asked alone is not enough with a base URL:
    a name the attacker points at this server (DNS rebinding) would name itself in both.
    Reached by its address (127.0.0.1:8080, as a test or an operator does), that counts too:
    no other site can own an address."""
    sent = urlsplit(origin.lower())
    host = (request.host or "").lower()
    if not sent.netloc or not host:
        return False  # "null" (a sandboxed frame, a file) or no Host: from nowhere known
    if ctx.public.base_url:
        base = urlsplit(ctx.public.base_url.lower())
        ours = (sent.scheme, sent.netloc) == (base.scheme, base.netloc)
        return ours or (sent.netloc == host and _is_address(host))
    return sent.netloc == host and host_allowed(request, ctx.public)


def _is_address(host: str) -> bool:
    """Whether a Host header names an IP address or localhost (with or without a port)."""
    if host.startswith("["):  # [::1]:8080
        name = host[1 : host.find("]")]
    else:
        name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    if name == "localhost":
        return True
    try:
        ip_address(name)
    except ValueError:
        return False
    return True


FOREIGN_FORM = (
    "Formuläret skickades från en annan webbplats och togs inte emot. "
    "(The form was sent from another website and was not accepted.)"
)
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
