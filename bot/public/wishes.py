"""The wish list on the web, for members who are on no chat: the ranked list as chat shows
it (one ranking, one count: `handlers.wishes.reading`), one wish with its history, and an
Atom feed of status changes. Server-rendered, Swedish first (`?lang=en` for English), usable
on a phone and without JavaScript.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from aiohttp import web
from feedgen.feed import FeedGenerator
from markupsafe import Markup

from bot.platforms.html import member_markdown_to_html
from bot.public.archive import Site
from bot.public.atom import ATOM_TYPE, EMPTY_UPDATED, feed_response, tag_id, xml_safe
from bot.public.pages import form_locale, posted_form, render_page
from bot.public.refusals import refusal_status, retry_headers
from bot.public.session import CSRF_FIELD, NEXT_LIMIT, NO_FRAMING, Cookies
from handlers.context import Context
from handlers.i18n import Translator, translator
from handlers.portal.signin import offered
from handlers.run import run_command
from handlers.types import Command, Locale, Member
from handlers.wishes.browse import history_line
from handlers.wishes.comments import COMMENT_LIMIT
from handlers.wishes.config import CLOSED, STATUSES
from handlers.wishes.following import follows_wish
from handlers.wishes.present import status_name, support_line
from handlers.wishes.reading import list_page, wish_view
from storage.wishes import status_changes

WISHES_PATH = "/wishes"
FEED_PATH = "/wishes/feed.atom"
FEED_SIZE = 50
LAST_PAGE = 100_000  # a page number past any list: the last page is shown
LAST_NUMBER = 2**31 - 1  # wish numbers are 32-bit integers in the database
# Longer than chat's search (which rides along in buttons): a page's search is in its URL.
WEB_SEARCH_LIMIT = 100
EMPTY_COMMENT = {
    "sv": "Skriv något i kommentaren först.",
    "en": "Write something in the comment first.",
}
FORM_EXPIRED = {
    "sv": "Formuläret hade gått ut. Gå tillbaka, ladda om sidan och försök igen.",
    "en": "The form had expired. Go back, reload the page and try again.",
}


def _number(text: str, *, most: int, default: int) -> int:
    """A number from the address, at most `most` (however many digits were typed)."""
    if not text.isascii() or not text.isdigit():
        return default
    return most if len(text) > 12 else min(int(text), most)


class WishPages:
    """The portal's reading pages; `Site` gives their links."""

    def __init__(self, ctx: Context) -> None:
        self.ctx, self.site, self.cookies = ctx, Site(ctx), Cookies(ctx)

    async def values(self, request: web.Request, lang: Locale) -> dict[str, Any]:
        """What every portal page shows: the language, the feed, who is signed in (with the
        sign-out form's CSRF token) or where to sign in and come back."""
        _ = translator(lang)
        here = request.path_qs if len(request.path_qs) <= NEXT_LIMIT else request.path
        return {
            **self.site.page_values(request),
            "lang": lang,
            "_": _,
            "lang_query": "?lang=en" if lang == "en" else "",
            "wishes_feed_url": self.site.absolute(request, FEED_PATH),
            "portal": True,
            "viewer": await self.cookies.viewer(request),
            "csrf_field": CSRF_FIELD,
            "csrf": self.cookies.csrf_token(request),
            # none without a mail server: a link would only lead to "not available yet"
            "sign_in_url": self.site.path("/sign-in?")
            + urlencode({"next": here, **({"lang": "en"} if lang == "en" else {})})
            if offered(self.ctx)
            else None,
        }

    def page(self, request: web.Request, template: str, **values: Any) -> web.Response:
        """The page, never kept by a shared cache (who is signed in shows), with what the
        last form did shown once."""
        response = web.Response()
        done, refused = self.cookies.take_flash(request, response)
        page = render_page(template, done=done, done_refused=refused, **values)
        page.headers["Cache-Control"] = "private, no-cache"
        page.headers.update(NO_FRAMING)
        for cookie in response.cookies.values():
            page.cookies[cookie.key] = cookie
        self.cookies.keep_csrf(page, request)
        return page

    async def acting(self, request: web.Request, lang: Locale) -> Member | None:
        """The signed-in member, answered in the page's language (it wins over one chosen in
        chat); None when nobody is signed in."""
        viewer = await self.cookies.viewer(request)
        return replace(viewer, platform_locale=lang, locale_here=True) if viewer else None

    def to_sign_in(self, back: str, lang: Locale) -> web.Response:
        return web.Response(status=303, headers={"Location": self.sign_in_path(back, lang)})

    def back_with(
        self, request: web.Request, back: str, text: str, *, refused: bool
    ) -> web.Response:
        """Back to `back`, where `text` (what the form did, or why not) is shown once."""
        response = web.Response(status=303, headers={"Location": back})
        self.cookies.flash(response, request, text, refused=refused)
        return response

    def sign_in_path(self, back: str, lang: Locale) -> str:
        """Where a signed-out member goes to sign in, and comes back to `back` after."""
        query = {"next": back, **({"lang": "en"} if lang == "en" else {})}
        return self.site.path("/sign-in?") + urlencode(query)

    def wish_path(self, number: int, lang: Locale) -> str:
        return self.site.path(f"{WISHES_PATH}/{number}") + ("?lang=en" if lang == "en" else "")

    def list_path(self, lang: Locale, **query: str | int) -> str:
        kept = {k: v for k, v in query.items() if v} | ({"lang": "en"} if lang == "en" else {})
        return self.site.path(WISHES_PATH) + (f"?{urlencode(kept)}" if kept else "")

    async def wish_list(self, request: web.Request) -> web.Response:
        lang = form_locale(request)
        _ = translator(lang)
        query = request.query
        module = self.ctx.wishes.module(query.get("module", "")) or ""
        status = query.get("status", "") if query.get("status", "") in STATUSES else ""
        search = " ".join(query.get("q", "").split())[:WEB_SEARCH_LIMIT]
        wanted = _number(query.get("page", ""), most=LAST_PAGE, default=1)
        found = await list_page(self.ctx, page=wanted, module=module, status=status, search=search)
        filters = {"q": search, "module": module, "status": status}
        rows = [
            {
                "rank": found.start + n,
                "number": w.id,
                "title": w.title,
                "module": w.module,
                "status": status_name(w.status, _),
                "support": support_line(w, _),
                "path": self.wish_path(w.id, lang),
            }
            for n, w in enumerate(found.wishes, start=1)
        ]
        pager = {
            "previous": self.list_path(lang, **filters, page=found.page - 1)
            if found.page > 1
            else None,
            "next": self.list_path(lang, **filters, page=found.page + 1)
            if found.page < found.pages
            else None,
        }
        return self.page(
            request,
            "wishes.html",
            rows=rows,
            found=found,
            filters=filters,
            search_limit=WEB_SEARCH_LIMIT,
            modules=self.ctx.wishes.modules,
            statuses=[(code, status_name(code, _)) for code in STATUSES],
            pager=pager,
            heading=_("Wishes, page {page} of {pages}", page=found.page, pages=found.pages),
            new_wish_url=self.site.path("/wishes/new") + ("?lang=en" if lang == "en" else ""),
            **await self.values(request, lang),
        )

    async def wish(self, request: web.Request) -> web.Response:
        number = _number(request.match_info["number"], most=LAST_NUMBER, default=0)
        return await self._wish_page(request, form_locale(request), number)

    async def _wish_page(
        self, request: web.Request, lang: Locale, number: int, **given_back: Any
    ) -> web.Response:
        """The wish's page; `given_back`: a refused comment, filled in, with why."""
        _ = translator(lang)
        values = await self.values(request, lang)
        viewer = values["viewer"]
        person_id = viewer.person_id if viewer else None
        view = (
            await wish_view(self.ctx, number, _, board=False, person_id=person_id)
            if number
            else None
        )
        if view is None:
            return self.page(request, "wish_not_found.html", status=404, **values)
        wish = view.wish
        following = await follows_wish(self.ctx, person_id, wish.id)
        follow = "unfollow" if following else "follow"
        return self.page(
            request,
            "wish.html",
            following=following,
            follow_action=self.site.path(f"{WISHES_PATH}/{wish.id}/{follow}"),
            status=400 if given_back else 200,
            wish=wish,
            status_text=status_name(wish.status, _),
            support=support_line(view.support, _),
            municipalities=", ".join(view.support.municipalities) or "–",
            history=[
                (e.when.date().isoformat(), history_line(e.kind, e.actor, e.detail, _))
                for e in view.history
            ],
            merged=[(n, title, self.wish_path(n, lang)) for n, title in view.merged],
            merged_into=self.wish_path(wish.merged_into_id, lang) if wish.merged_into_id else None,
            list_url=self.list_path(lang),
            supporting=view.supporting,
            open_for_support=wish.status not in CLOSED and not wish.hidden,
            support_action=self.site.path(f"{WISHES_PATH}/{wish.id}/support"),
            comments=[(c, Markup(member_markdown_to_html(c.text))) for c in view.comments],
            comment_action=self.site.path(f"{WISHES_PATH}/{wish.id}/comments"),
            comment_limit=COMMENT_LIMIT,
            comment_text=given_back.get("comment_text", ""),
            comment_error=given_back.get("comment_error"),
            **values,
        )

    async def comment(self, request: web.Request) -> web.StreamResponse:
        """A comment in the wish's discussion: the use case chat's /comment runs (limits,
        blocked people), copied into the wish's threads; a refused one is given back."""
        form = await posted_form(request)
        lang = form_locale(request, form)
        number = _number(request.match_info["number"], most=LAST_NUMBER, default=0)
        back = self.wish_path(number, lang) + "#comments"
        member = await self.acting(request, lang)
        if member is None:
            return self.to_sign_in(back, lang)
        text = str(form.get("text", ""))[: COMMENT_LIMIT * 2]
        if not self.cookies.csrf_ok(request, form):
            return await self._wish_page(
                request, lang, number, comment_text=text, comment_error=FORM_EXPIRED[lang]
            )
        if not text.strip():  # the chat's usage line would name a command nobody typed here
            return await self._wish_page(
                request, lang, number, comment_text=text, comment_error=EMPTY_COMMENT[lang]
            )
        options = {"number": str(number), "text": text}
        reply = await run_command(self.ctx, Command("comment", member, None, options=options))
        if reply.refused:
            page = await self._wish_page(
                request, lang, number, comment_text=text, comment_error=reply.message.text
            )
            page.set_status(refusal_status(reply, otherwise=page.status))
            page.headers.update(retry_headers(reply))
            return page
        return self.back_with(request, back, reply.message.text, refused=False)

    async def support(self, request: web.Request) -> web.StreamResponse:
        """Support the wish, or take support back: the same use case as chat's /support
        (limits, blocked people, verified counts), for the signed-in member."""
        form = await posted_form(request)
        lang = form_locale(request, form)
        number = _number(request.match_info["number"], most=LAST_NUMBER, default=0)
        back = self.wish_path(number, lang)
        member = await self.acting(request, lang)
        if member is None:
            return self.to_sign_in(back, lang)
        if not self.cookies.csrf_ok(request, form):
            return self.back_with(request, back, FORM_EXPIRED[lang], refused=True)
        command = Command("support", member, None, positional=(str(number),))
        reply = await run_command(self.ctx, command)
        return self.back_with(request, back, reply.message.text, refused=reply.refused)

    async def feed(self, request: web.Request) -> web.Response:
        async with self.ctx.db.transaction() as session:
            changes = await status_changes(session, limit=FEED_SIZE)
        body = self._feed_body(request, changes, translator("sv"))
        updated = max((event.created_at for event, _t in changes), default=EMPTY_UPDATED)
        return feed_response(request, body, updated)

    def _feed_body(self, request: web.Request, changes: list[Any], _: Translator) -> bytes:
        base = self.site.absolute(request, "/")
        feed = FeedGenerator()
        feed.id(tag_id(base, "wishes"))
        feed.title(xml_safe(f"{self.ctx.public.site_name} – önskemål"))
        feed.subtitle("Önskemålens statusändringar")
        feed.language("sv")
        feed.author({"name": xml_safe(self.ctx.public.site_name)})
        feed.link(href=self.site.absolute(request, FEED_PATH), rel="self", type=ATOM_TYPE)
        feed.link(href=self.site.absolute(request, WISHES_PATH), rel="alternate")
        feed.generator("Bryggan")
        feed.updated(max((e.created_at for e, _t in changes), default=EMPTY_UPDATED))
        for event, title in changes:
            entry = feed.add_entry(order="append")
            entry.id(tag_id(base, f"wish-event-{event.id}"))
            status = status_name(str(event.detail.get("status", "")), _)
            entry.title(xml_safe(f"#{event.wish_id} {title}: {status}"))
            entry.link(href=self.site.absolute(request, f"{WISHES_PATH}/{event.wish_id}"))
            entry.updated(event.created_at)
            comment = str(event.detail.get("comment") or "")
            entry.content(xml_safe(comment or status), type="text")
        body: bytes = feed.atom_str(pretty=True)
        return body


def add_wish_routes(app: web.Application, ctx: Context) -> None:
    """GET (and HEAD) /wishes, /wishes/feed.atom, /wishes/{number}."""
    pages = WishPages(ctx)
    app.router.add_get(WISHES_PATH, pages.wish_list)
    app.router.add_get(FEED_PATH, pages.feed)
    app.router.add_get(WISHES_PATH + r"/{number:\d+}", pages.wish)
    app.router.add_post(WISHES_PATH + r"/{number:\d+}/support", pages.support)
    app.router.add_post(WISHES_PATH + r"/{number:\d+}/comments", pages.comment)
