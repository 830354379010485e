"""Following a wish on the web, and the digest's links that stop it.

A signed-in member follows a wish (or stops) with the button on its page, behind the CSRF
token like every portal form. The daily mail's links (`/follow/off/{person}/{wish}/{token}`
stops following one wish, `/follow/off/{person}/{token}` stops the mails) open a page with a
button, since mail scanners open every link; only the POST acts. Their token is the secret:
a mail provider's RFC 8058 one-click POST (`List-Unsubscribe=One-Click`, no cookie) is
answered like the button.
"""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web

from bot.public.archive import Site
from bot.public.pages import form_locale, posted_form, render_page
from bot.public.session import NO_FRAMING
from bot.public.subscribe import PRIVATE_HEADERS
from bot.public.wishes import FORM_EXPIRED, LAST_NUMBER, WISHES_PATH, WishPages
from handlers.context import Context
from handlers.errors import CommandError
from handlers.i18n import translator
from handlers.portal.links import SECRET_LENGTH
from handlers.types import Locale
from handlers.wishes.following import follow_wish, off_link_ok, off_link_wish, stop_by_link

log = logging.getLogger(__name__)
OFF_PATH = "/follow/off"
TEMPLATE = "follow_off.html"


def _number(text: str, *, most: int) -> int | None:
    if not text.isascii() or not text.isdigit() or len(text) > 12:
        return None
    number = int(text)
    return number if 0 < number <= most else None


class FollowPages:
    def __init__(self, ctx: Context) -> None:
        self.ctx, self.site, self.wishes = ctx, Site(ctx), WishPages(ctx)

    async def follow(self, request: web.Request) -> web.StreamResponse:
        return await self._choose(request, following=True)

    async def unfollow(self, request: web.Request) -> web.StreamResponse:
        return await self._choose(request, following=False)

    async def _choose(self, request: web.Request, *, following: bool) -> web.StreamResponse:
        """Follow the wish, or stop, for the signed-in member; back to its page, where what
        was done (or why not) is shown once."""
        form = await posted_form(request)
        lang = form_locale(request, form)
        number = _number(request.match_info["number"], most=LAST_NUMBER) or 0
        back = self.wishes.wish_path(number, lang)
        member = await self.wishes.acting(request, lang)
        if member is None:
            return self.wishes.to_sign_in(back, lang)
        if not self.wishes.cookies.csrf_ok(request, form):
            return self.wishes.back_with(request, back, FORM_EXPIRED[lang], refused=True)
        try:
            text = await follow_wish(self.ctx, member, number, following=following)
        except CommandError as error:
            refusal = error.text(translator(lang))
            return self.wishes.back_with(request, back, refusal, refused=True)
        return self.wishes.back_with(request, back, text, refused=False)

    # --- the digest's links -------------------------------------------------------------

    def _link(self, request: web.Request) -> tuple[int, int | None, str] | None:
        """The person, the wish (None: the whole digest) and the token a link names."""
        person = _number(request.match_info["person"], most=LAST_NUMBER)
        raw_wish = request.match_info.get("wish")
        wish = _number(raw_wish, most=LAST_NUMBER) if raw_wish is not None else None
        token = request.match_info["token"]
        if person is None or (raw_wish is not None and wish is None):
            return None
        if len(token) != SECRET_LENGTH or not token.isascii() or not token.isalnum():
            return None
        return person, wish, token

    def render(
        self, request: web.Request, lang: Locale, *, status: int = 200, **values: Any
    ) -> web.Response:
        response = render_page(
            TEMPLATE,
            status=status,
            **{**self.site.page_values(request), "lang": lang},
            **values,
        )
        response.headers.update({**PRIVATE_HEADERS, **NO_FRAMING})
        return response

    async def off_page(self, request: web.Request) -> web.Response:
        """The button that stops following the wish, or the mails (a GET changes nothing)."""
        lang = form_locale(request)
        link = self._link(request)
        wish: str | None = None  # what the page names: "#12 title", "" for all; None: wrong
        if link is not None:
            person, wish_id, token = link
            if wish_id is not None:
                wish = await off_link_wish(self.ctx, person, wish_id, token)
            elif off_link_ok(self.ctx, person, None, token):
                wish = ""
        if wish is None:
            return self.render(request, lang, state="wrong", status=404)
        return self.render(request, lang, state="ask", wish=wish, action=request.path)

    async def off(self, request: web.Request) -> web.Response:
        """The button, or a mail provider's one-click POST: what the link says, done."""
        form = await posted_form(request)
        lang = form_locale(request, form)
        link = self._link(request)
        if link is None or not await stop_by_link(self.ctx, *link):
            return self.render(request, lang, state="wrong", status=404)
        log.info("a digest's link used: %s", "one wish" if link[1] is not None else "all")
        return self.render(request, lang, state="off", wish=link[1] is not None)


def add_follow_routes(app: web.Application, ctx: Context) -> None:
    """POST /wishes/{number}/follow and /unfollow; GET/POST /follow/off/{person}/{wish}/{token}
    and /follow/off/{person}/{token}."""
    pages = FollowPages(ctx)
    app.router.add_post(WISHES_PATH + r"/{number:\d+}/follow", pages.follow)
    app.router.add_post(WISHES_PATH + r"/{number:\d+}/unfollow", pages.unfollow)
    for path in (OFF_PATH + "/{person}/{wish}/{token}", OFF_PATH + "/{person}/{token}"):
        app.router.add_get(path, pages.off_page)
        app.router.add_post(path, pages.off)
