"""Signing in to the member portal and out again (pages in Swedish, or English with
`?lang=en`). Mail scanners open every link in a mail, so the mailed link shows a button and
only its POST signs in."""

from __future__ import annotations

import logging
import math
from typing import Any

from aiohttp import web

from bot.public.archive import Site
from bot.public.clients import client_key
from bot.public.pages import form_locale, posted_form, render_page
from bot.public.session import CSRF_FIELD, NO_FRAMING, SESSION_COOKIE, Cookies, local_path
from bot.public.subscribe import HONEYPOT, PRIVATE_HEADERS
from handlers.context import Context
from handlers.errors import CommandError
from handlers.i18n import translator
from handlers.mail.addresses import MAX_ADDRESS_LENGTH
from handlers.portal.links import SECRET_LENGTH
from handlers.portal.notices import link_ok, turn_off_notices
from handlers.portal.signin import (
    LINK_VALID,
    SignInLimited,
    masked,
    offered,
    request_sign_in,
    sign_out,
    usable_link,
    use_link,
)
from handlers.types import Locale

log = logging.getLogger(__name__)
SIGN_IN_PATH = "/sign-in"


class SignInPages:
    def __init__(self, ctx: Context) -> None:
        self.ctx, self.site, self.cookies = ctx, Site(ctx), Cookies(ctx)

    def render(
        self,
        request: web.Request,
        lang: Locale,
        *,
        status: int = 200,
        template: str = "sign_in.html",
        **values: Any,
    ) -> web.Response:
        response = render_page(
            template,
            status=status,
            **{**self.site.page_values(request), "lang": lang},
            csrf_field=CSRF_FIELD,
            csrf=self.cookies.csrf_token(request),
            max_length=MAX_ADDRESS_LENGTH,
            minutes=int(LINK_VALID.total_seconds() // 60),
            **values,
        )
        response.headers.update({**PRIVATE_HEADERS, **NO_FRAMING})
        self.cookies.keep_csrf(response, request)
        return response

    async def form(self, request: web.Request) -> web.Response:
        lang = form_locale(request)
        if not offered(self.ctx):
            return self.render(request, lang, state="unavailable", status=503)
        next_path = local_path(request.query.get("next", ""))
        return self.render(request, lang, state="form", address="", next=next_path)

    async def ask(self, request: web.Request) -> web.Response:
        form = await posted_form(request)
        lang = form_locale(request, form)
        if not offered(self.ctx):
            return self.render(request, lang, state="unavailable", status=503)
        address = str(form.get("address", ""))[: MAX_ADDRESS_LENGTH * 2]
        next_path = local_path(str(form.get("next", "")))
        again = {"state": "form", "address": address, "next": next_path}
        if not self.cookies.csrf_ok(request, form):
            return self.render(request, lang, status=403, error="csrf", **again)
        if str(form.get(HONEYPOT, "")).strip():
            log.info("sign-in form with the honeypot filled; ignored")
            return self.render(request, lang, state="sent", address=address)
        client = client_key(request, self.ctx.public, self.ctx.people.code_key)
        try:
            address = await request_sign_in(
                self.ctx, address, client=client, locale=lang, next_path=next_path
            )
        except SignInLimited as limited:
            log.warning("sign-in link refused: limit reached")
            wait = max(1, math.ceil(limited.retry_after.total_seconds()))
            minutes = max(1, math.ceil(wait / 60))
            response = self.render(
                request, lang, state="limited", status=429, minutes_left=minutes, address=address
            )
            response.headers["Retry-After"] = str(wait)
            return response
        except CommandError as error:
            text = error.text(translator(lang))
            return self.render(request, lang, status=400, error_text=text, **again)
        return self.render(request, lang, state="sent", address=address)

    def _link(self, request: web.Request) -> tuple[int, str] | None:
        raw_id, secret = request.match_info["id"], request.match_info["secret"]
        if not (raw_id.isascii() and raw_id.isdigit() and len(raw_id) < 12):
            return None
        if len(secret) != SECRET_LENGTH or not secret.isalnum():
            return None
        return int(raw_id), secret

    async def link_page(self, request: web.Request) -> web.Response:
        """The button that signs in, naming (masked) whose the link is; a link that can no
        longer be used says so at once."""
        lang = form_locale(request)
        link = self._link(request)
        if link is None:
            return self.render(request, lang, state="gone", status=404)
        address = await usable_link(self.ctx, *link)
        if address is None:
            return self.render(request, lang, state="gone", status=410)
        return self.render(
            request, lang, state="confirm", action=request.path, whose=masked(address)
        )

    async def use(self, request: web.Request) -> web.StreamResponse:
        form = await posted_form(request)
        lang = form_locale(request, form)
        link = self._link(request)
        if link is None:
            return self.render(request, lang, state="gone", status=404)
        if not self.cookies.csrf_ok(request, form):
            return self.render(request, lang, state="confirm", action=request.path,
                               error="csrf", status=403)  # fmt: skip
        try:
            started = await use_link(self.ctx, *link)
        except CommandError as error:
            return self.render(request, lang, state="refused", status=403,
                               error_text=error.text(translator(lang)))  # fmt: skip
        if started is None:
            return self.render(request, lang, state="gone", status=410)
        target = local_path(started.next_path) or self.site.path("/wishes")
        if lang == "en" and "lang=" not in target:
            target += ("&" if "?" in target else "?") + "lang=en"
        response = web.Response(status=303, headers={"Location": target, **PRIVATE_HEADERS})
        self.cookies.start_session(response, request, started.token)
        log.info("signed in to the portal")
        return response

    async def leave(self, request: web.Request) -> web.StreamResponse:
        form = await posted_form(request)
        lang = form_locale(request, form)
        if not self.cookies.csrf_ok(request, form):
            return self.render(request, lang, state="form", address="", next="",
                               error="csrf", status=403)  # fmt: skip
        await sign_out(self.ctx, request.cookies.get(SESSION_COOKIE, ""))
        target = self.site.path("/wishes") + ("?lang=en" if lang == "en" else "")
        response = web.Response(status=303, headers={"Location": target})
        self.cookies.clear(response, SESSION_COOKIE)
        return response

    def _notices_link(self, request: web.Request) -> tuple[int, str] | None:
        raw_id, token = request.match_info["id"], request.match_info["token"]
        if not (raw_id.isascii() and raw_id.isdigit() and len(raw_id) < 12):
            return None
        return (int(raw_id), token) if link_ok(self.ctx, int(raw_id), token) else None

    async def notices_page(self, request: web.Request) -> web.Response:
        """A mail's link to stop notices: a button (mail scanners open every link)."""
        lang = form_locale(request)
        state = "ask" if self._notices_link(request) else "wrong"
        return self.render(request, lang, template="notices.html", state=state,
                           action=request.path, status=200 if state == "ask" else 404)  # fmt: skip

    async def notices_off(self, request: web.Request) -> web.Response:
        form = await posted_form(request)
        lang = form_locale(request, form)
        link = self._notices_link(request)
        if link is None:
            return self.render(request, lang, template="notices.html", state="wrong", status=404)
        if not self.cookies.csrf_ok(request, form):
            return self.render(
                request, lang, template="notices.html", state="ask", action=request.path,
                error="csrf", status=403,
            )  # fmt: skip
        if not await turn_off_notices(self.ctx, *link):
            return self.render(request, lang, template="notices.html", state="wrong", status=404)
        log.info("notices turned off from a mail's link")
        return self.render(request, lang, template="notices.html", state="off")


def add_portal_routes(app: web.Application, ctx: Context) -> None:
    """GET/POST /sign-in, /sign-in/{id}/{secret}, /notices/off/{id}/{token}; POST /sign-out."""
    pages = SignInPages(ctx)
    app.router.add_get(SIGN_IN_PATH, pages.form)
    app.router.add_post(SIGN_IN_PATH, pages.ask)
    app.router.add_get(SIGN_IN_PATH + "/{id}/{secret}", pages.link_page)
    app.router.add_post(SIGN_IN_PATH + "/{id}/{secret}", pages.use)
    app.router.add_post("/sign-out", pages.leave)
    app.router.add_get("/notices/off/{id}/{token}", pages.notices_page)
    app.router.add_post("/notices/off/{id}/{token}", pages.notices_off)
