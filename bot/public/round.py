"""The open prioritisation round on the web (issue #20): its standing and the member's
municipality's points (`/round status`), and placing points (`/round place`), through the
same use cases, so only verified members place their own municipality's points."""

from __future__ import annotations

from collections.abc import Mapping

from aiohttp import web

from bot.public.act import ActPages
from bot.public.pages import form_locale, posted_form
from bot.public.refusals import refusal_status, retry_headers
from bot.public.wishes import FORM_EXPIRED
from handlers.context import Context
from handlers.run import run_command
from handlers.types import Command, Locale, Member

ROUND_PATH = "/round"
LONGEST_NUMBER = 9  # digits taken from the form: more than any wish number or point budget
GIVEN_BACK = 20  # characters of a refused answer shown again in the form


NOT_NUMBERS = {
    "sv": "Skriv önskemålets nummer och poängen som heltal, t.ex. 12 och 3.",
    "en": "Write the wish's number and the points as whole numbers, e.g. 12 and 3.",
}


def _number(text: str) -> int | None:
    """A whole number the member typed (`#12` too), or None."""
    cleaned = text.strip().lstrip("#")
    if cleaned.isascii() and cleaned.isdigit() and len(cleaned) <= LONGEST_NUMBER:
        return int(cleaned)
    return None


class RoundPages(ActPages):
    async def standing(self, request: web.Request) -> web.Response:
        lang = form_locale(request)
        member = await self._member(request, lang)
        if member is None:
            return self._to_sign_in(self.pages.site.path(ROUND_PATH), lang)
        return await self._shown(request, member, lang)

    async def _shown(
        self,
        request: web.Request,
        member: Member,
        lang: Locale,
        *,
        refusal: str | None = None,
        given: Mapping[str, str] | None = None,
    ) -> web.Response:
        """The round's standing and the form; after a refusal, the form as the member filled
        it in, with why (422)."""
        reply = await run_command(self.ctx, Command("round", member, None, positional=("status",)))
        page = self.pages.page(
            request,
            "round.html",
            message=reply.message,
            place_action=self.pages.site.path(f"{ROUND_PATH}/place"),
            can_place=bool(member.municipality) and len(reply.message.fields) > 1,
            refusal=refusal,
            given=given or {},
            **await self.pages.values(request, lang),
        )
        if refusal is not None:
            page.set_status(422)
        return page

    async def place(self, request: web.Request) -> web.Response:
        form = await posted_form(request)
        lang = form_locale(request, form)
        back = self.pages.site.path(ROUND_PATH) + ("?lang=en" if lang == "en" else "")
        member = await self._member(request, lang)
        if member is None:
            return self._to_sign_in(self.pages.site.path(ROUND_PATH), lang)
        if not self.pages.cookies.csrf_ok(request, form):
            return self.pages.back_with(request, back, FORM_EXPIRED[lang], refused=True)
        typed = {name: str(form.get(name, "")) for name in ("wish", "points")}
        wish, points = _number(typed["wish"]), _number(typed["points"])
        given = {name: text[:GIVEN_BACK] for name, text in typed.items()}  # what is echoed
        if wish is None or points is None:
            return await self._shown(request, member, lang, refusal=NOT_NUMBERS[lang], given=given)
        options = {"wish": wish, "points": points}
        command = Command("round", member, None, positional=("place",), options=options)
        reply = await run_command(self.ctx, command)
        if reply.refused:
            page = await self._shown(request, member, lang, refusal=reply.message.text, given=given)
            page.set_status(refusal_status(reply, otherwise=page.status))
            page.headers.update(retry_headers(reply))
            return page
        return self.pages.back_with(request, back, reply.message.text, refused=False)


def add_round_routes(app: web.Application, ctx: Context) -> None:
    """GET /round; POST /round/place."""
    pages = RoundPages(ctx)
    app.router.add_get(ROUND_PATH, pages.standing)
    app.router.add_post(ROUND_PATH + "/place", pages.place)
