"""The e-mail subscription pages: subscribe, confirm and unsubscribe (all in Swedish).

Mail scanners and link previews fetch every GET link in a mail, so a GET only shows a page
with a button and only a POST changes anything. The one exception mail providers need is
RFC 8058's one-click unsubscribe: a POST to the List-Unsubscribe address with the body
`List-Unsubscribe=One-Click`, which is answered like the button.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from bot.public.clients import client_key
from bot.public.pages import posted_form, render_page
from handlers.context import Context
from handlers.errors import CommandError
from handlers.i18n import translator
from handlers.mail import web as mail_web
from handlers.mail.addresses import MAX_ADDRESS_LENGTH
from storage.mail_models import ACTIVE, PENDING

log = logging.getLogger(__name__)
HONEYPOT = "website"  # hidden from people; a bot that fills it gets a polite nothing
# Token pages: never cached, indexed or leaked through a Referer to another site. Not
# "no-referrer": with it a browser names no origin for the page's own forms (Origin: null),
# and a form from nowhere is refused (bot/public/routes.py).
PRIVATE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "same-origin",
    "X-Robots-Tag": "noindex",
}


class _Pages:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        base = ctx.public.base_url
        self.base_path = urlsplit(base).path.rstrip("/") if base else ""

    def render(self, template: str, *, status: int = 200, **values: Any) -> web.Response:
        response = render_page(
            template,
            status=status,
            lang="sv",
            site_name=self.ctx.public.site_name,
            base_path=self.base_path,
            max_length=MAX_ADDRESS_LENGTH,
            **values,
        )
        response.headers.update(PRIVATE_HEADERS)
        return response

    def not_found(self) -> web.Response:
        return self.render("subscribe_not_found.html", status=404)

    def unavailable(self) -> web.Response:
        """No PUBLIC_BASE_URL (a confirmation mail could carry no link) or no mail server."""
        return self.render("subscribe.html", state="unavailable", status=503)

    async def subscribe_form(self, request: web.Request) -> web.Response:
        if not mail_web.offered(self.ctx):
            return self.unavailable()
        return self.render("subscribe.html", state="form", address="")

    async def subscribe(self, request: web.Request) -> web.Response:
        if not mail_web.offered(self.ctx):
            return self.unavailable()
        form = await posted_form(request)
        address = str(form.get("address", ""))[: MAX_ADDRESS_LENGTH * 2]
        if str(form.get(HONEYPOT, "")).strip():
            log.info("subscription form with the honeypot filled; ignored")
            return self.render("subscribe.html", state="sent")
        client = client_key(request, self.ctx.public, self.ctx.people.code_key)
        try:
            outcome = await mail_web.subscribe(self.ctx, address, client=client)
        except mail_web.SubscribeLimited as limited:
            log.warning("mail subscription refused: limit reached")
            response = self.render("subscribe.html", state="limited", status=429)
            response.headers["Retry-After"] = str(int(limited.retry_after.total_seconds()) + 1)
            return response
        except CommandError as error:
            text = error.text(translator("sv"))
            return self.render(
                "subscribe.html", state="form", address=address, error=text, status=400
            )
        log.info("mail subscription: %s", outcome.value)
        return self.render("subscribe.html", state="sent")

    async def confirm_page(self, request: web.Request) -> web.Response:
        found = await mail_web.lookup(self.ctx, request.match_info["token"])
        if found is None:
            return self.not_found()
        state = {PENDING: "ask", ACTIVE: "already"}.get(found.status, "not_pending")
        return self.render("confirm.html", state=state, address=found.address)

    async def confirm(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        outcome = await mail_web.confirm(self.ctx, token)
        found = await mail_web.lookup(self.ctx, token)
        if outcome is None or found is None:
            return self.not_found()
        state = {
            mail_web.Outcome.CONFIRMED: "confirmed",
            mail_web.Outcome.ALREADY_ACTIVE: "already",
        }.get(outcome, "not_pending")
        return self.render("confirm.html", state=state, address=found.address)

    async def unsubscribe_page(self, request: web.Request) -> web.Response:
        found = await mail_web.lookup(self.ctx, request.match_info["token"])
        if found is None:
            return self.not_found()
        state = "ask" if found.status in (ACTIVE, PENDING) else "done"
        return self.render("unsubscribe.html", state=state, address=found.address)

    async def unsubscribe(self, request: web.Request) -> web.Response:
        """The button, and RFC 8058's one-click POST from a mail provider (same answer)."""
        token = request.match_info["token"]
        outcome = await mail_web.unsubscribe(self.ctx, token)
        found = await mail_web.lookup(self.ctx, token)
        if outcome is None or found is None:
            return self.not_found()
        return self.render("unsubscribe.html", state="done", address=found.address)


def add_subscribe_routes(app: web.Application, ctx: Context) -> None:
    """GET/POST /subscribe, /confirm/{token}, /unsubscribe/{token}."""
    pages = _Pages(ctx)
    app.router.add_get("/subscribe", pages.subscribe_form)
    app.router.add_post("/subscribe", pages.subscribe)
    app.router.add_get("/confirm/{token}", pages.confirm_page)
    app.router.add_post("/confirm/{token}", pages.confirm)
    app.router.add_get("/unsubscribe/{token}", pages.unsubscribe_page)
    app.router.add_post("/unsubscribe/{token}", pages.unsubscribe)
