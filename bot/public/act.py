"""What a signed-in member does on the web, through the same use cases as chat: a form a
command opens (a new wish), its submission, and the buttons and choices an answer carries
("support this one instead", "submit as new"), each turned into a plain HTML form.

The web is one more place to answer from, like a chat platform: a button's action and
value come back as the member sent them and the use case checks them, as it checks a
Discord custom id; every POST carries the CSRF token and acts for the signed-in member only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from aiohttp import web

from bot.public.pages import form_locale, posted_form
from bot.public.refusals import page_status, retry_headers
from bot.public.session import CSRF_FIELD
from bot.public.wishes import FORM_EXPIRED, WishPages
from handlers.context import Context
from handlers.meetings import agenda, registration
from handlers.meetings.present import PROPOSE
from handlers.people.forget import CONFIRM as FORGET
from handlers.run import run_command, run_interaction
from handlers.surveys import answer as survey_answer
from handlers.surveys.authoring import ANSWER
from handlers.types import Command, Interaction, Locale, Member, Reply
from handlers.wishes import submit

WISH_NUMBER = re.compile(r"(?<![\w&])#(\d{1,9})\b")
FIELD_PREFIX = "f."  # a form's own fields, apart from the page's (csrf, lang, form_id)
MOST_FIELDS, LONGEST_VALUE = 30, 10_000  # more than any form of ours; past that: cut
NEW_WISH_PATH = "/wishes/new"
# What the web offers: the forms it shows and the buttons on them and on its pages (erasing
# one's data is the confirmation `/account/forget` shows). A chat action sent here by hand
# (a language, a board action) is refused.
WEB_FORMS = frozenset({submit.FORM_ID, survey_answer.FORM_ID, agenda.FORM_ID, registration.FORM_ID})
WEB_BUTTONS = frozenset(
    {
        submit.SUBMIT_NEW,
        submit.SUPPORT_INSTEAD,
        ANSWER,
        PROPOSE,
        FORGET,
        registration.REGISTER,
        registration.UNREGISTER,
    }
)
# The answers whose "#12" is a wish (a meeting's answer names meetings so: no wish links there).
ABOUT_WISHES = frozenset({submit.FORM_ID, submit.SUBMIT_NEW, submit.SUPPORT_INSTEAD})
NOT_ON_THE_WEB = {
    "sv": "Det går inte att göra här på webben.",
    "en": "That cannot be done here on the web.",
}


class ActPages:
    def __init__(self, ctx: Context) -> None:
        self.ctx, self.pages = ctx, WishPages(ctx)

    async def _member(self, request: web.Request, lang: Locale) -> Member | None:
        return await self.pages.acting(request, lang)

    def _to_sign_in(self, back: str, lang: Locale) -> web.Response:
        return self.pages.to_sign_in(back, lang)

    async def _refused(self, request: web.Request, lang: Locale, text: str) -> web.Response:
        """A page that says why nothing was done (a form that had expired, an action the
        web does not offer), with the way back."""
        return await self.show(request, lang, replace(Reply.text(text), refused=True))

    async def new_wish(self, request: web.Request) -> web.Response:
        lang = form_locale(request)
        member = await self._member(request, lang)
        if member is None:
            return self._to_sign_in(self.pages.site.path(NEW_WISH_PATH), lang)
        reply = await run_command(self.ctx, Command("wish", member, None))
        return await self.show(request, lang, reply)

    async def _accepted(
        self, request: web.Request, field: str, offered: frozenset[str]
    ) -> tuple[Any, Locale, Member, str] | web.Response:
        """The posted form, its language, the signed-in member and the form's or button's
        name, once the session, the CSRF token and the name (one the web offers) pass; else
        the page to answer with."""
        form = await posted_form(request)
        lang = form_locale(request, form)
        member = await self._member(request, lang)
        if member is None:
            return self._to_sign_in(self.pages.site.path("/wishes"), lang)
        if not self.pages.cookies.csrf_ok(request, form):
            return await self._refused(request, lang, FORM_EXPIRED[lang])
        name = str(form.get(field, ""))[:100]
        if name not in offered:
            return await self._refused(request, lang, NOT_ON_THE_WEB[lang])
        return form, lang, member, name

    async def submit(self, request: web.Request) -> web.Response:
        """A form's submission, as a platform's form submit sends it."""
        accepted = await self._accepted(request, "form_id", WEB_FORMS)
        if isinstance(accepted, web.Response):
            return accepted
        form, lang, member, form_id = accepted
        values = {
            str(key)[len(FIELD_PREFIX) :]: str(value)[:LONGEST_VALUE]
            for key, value in list(form.items())[: MOST_FIELDS + 3]
            if str(key).startswith(FIELD_PREFIX)
        }
        interaction = Interaction(
            form_id, member, None, value=str(form.get("context", ""))[:LONGEST_VALUE],
            values=values,
        )  # fmt: skip
        reply = await run_interaction(self.ctx, interaction)
        return await self.show(request, lang, reply, about_wishes=form_id in ABOUT_WISHES)

    async def press(self, request: web.Request) -> web.Response:
        """A button pressed, or a choice made from a list."""
        accepted = await self._accepted(request, "action", WEB_BUTTONS)
        if isinstance(accepted, web.Response):
            return accepted
        form, lang, member, action = accepted
        value = str(form.get("value", ""))[:LONGEST_VALUE]
        interaction = Interaction(action, member, None, value=value)
        reply = await run_interaction(self.ctx, interaction)
        return await self.show(request, lang, reply, about_wishes=action in ABOUT_WISHES)

    def _wish_links(self, reply: Reply, lang: Locale) -> list[tuple[int, str]]:
        """The wishes an answer names ("#12"), as links to their pages (a new wish's too)."""
        numbers = dict.fromkeys(int(n) for n in WISH_NUMBER.findall(reply.message.text))
        return [(n, self.pages.wish_path(n, lang)) for n in list(numbers)[:5]]

    async def show(
        self,
        request: web.Request,
        lang: Locale,
        reply: Reply,
        *,
        about_wishes: bool = False,
    ) -> web.Response:
        """An answer as a page: its message, its buttons and choices as small forms, or the
        form it opens (given back filled in, with the problem at its field); a refusal by the
        status the web gives every refusal."""
        values: dict[str, Any] = await self.pages.values(request, lang)
        page = self.pages.page(
            request,
            "act.html",
            status=page_status(reply),
            reply=reply,
            message=reply.message,
            form=reply.form,
            problem=reply.problem,
            wish_links=self._wish_links(reply, lang) if about_wishes else [],
            field_prefix=FIELD_PREFIX,
            csrf_field=CSRF_FIELD,
            act_path=self.pages.site.path("/do"),
            **{k: v for k, v in values.items() if k != "csrf_field"},
        )
        page.headers.update(retry_headers(reply))
        return page


def add_act_routes(app: web.Application, ctx: Context) -> None:
    """GET /wishes/new; POST /do/form, /do/press."""
    pages = ActPages(ctx)
    app.router.add_get(NEW_WISH_PATH, pages.new_wish)
    app.router.add_post("/do/form", pages.submit)
    app.router.add_post("/do/press", pages.press)
