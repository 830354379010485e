"""A signed-in member's own data on the web (issue #20): what Bryggan keeps about them, as a
page and as the file `/my-data` gives in chat, and erasing it behind the same confirmation
button as `/forget-me`."""

from __future__ import annotations

from aiohttp import web

from bot.public.act import ActPages
from bot.public.pages import form_locale, posted_form
from bot.public.refusals import refusal_status, retry_headers
from bot.public.wishes import FORM_EXPIRED
from handlers.context import Context
from handlers.i18n import translator
from handlers.run import run_command
from handlers.types import Command, Locale, Reply

ACCOUNT_PATH = "/account"


class AccountPages(ActPages):
    async def overview(self, request: web.Request) -> web.Response:
        lang = form_locale(request)
        member = await self._member(request, lang)
        if member is None:
            return self._to_sign_in(self.pages.site.path(ACCOUNT_PATH), lang)
        reply = await run_command(self.ctx, Command("my-data", member, None))
        return self.pages.page(
            request,
            "account.html",
            message=reply.message,
            data_url=self.pages.site.path(f"{ACCOUNT_PATH}/data.json"),
            forget_action=self.pages.site.path(f"{ACCOUNT_PATH}/forget"),
            **await self.pages.values(request, lang),
        )

    async def data_file(self, request: web.Request) -> web.StreamResponse:
        """The same file `/my-data` attaches in chat, as a download never kept by a cache."""
        lang = form_locale(request)
        member = await self._member(request, lang)
        if member is None:
            return self._not_signed_in(lang)
        reply = await run_command(self.ctx, Command("my-data", member, None))
        made = [a for a in reply.message.attachments if a.content is not None]
        if not made:  # not given: the answer says why
            return _refused_download(reply)
        file = made[0]
        return web.Response(
            text=file.content,
            content_type=file.content_type,
            charset="utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="{file.filename}"',
                "Cache-Control": "no-store",
            },
        )

    def _not_signed_in(self, lang: Locale) -> web.Response:
        """A file is fetched, not read: a redirect to the sign-in page would hand a script
        an HTML page as if it were the data, so the refusal says where to sign in."""
        back = self.pages.sign_in_path(self.pages.site.path(ACCOUNT_PATH), lang)
        _ = translator(lang)
        return _json_refusal(
            401,
            "not_signed_in",
            _("Sign in to download your data."),
            headers={"WWW-Authenticate": 'Cookie realm="bryggan"'},  # a 401 names its scheme
            sign_in=back,
        )

    async def forget(self, request: web.Request) -> web.Response:
        """What erasing takes away, and the button that does it (`/forget-me`'s own)."""
        form = await posted_form(request)
        lang = form_locale(request, form)
        member = await self._member(request, lang)
        if member is None:
            return self._to_sign_in(self.pages.site.path(ACCOUNT_PATH), lang)
        if not self.pages.cookies.csrf_ok(request, form):
            return await self._refused(request, lang, FORM_EXPIRED[lang])
        return await self.show(
            request, lang, await run_command(self.ctx, Command("forget-me", member, None))
        )


def _refused_download(reply: Reply) -> web.Response:
    """Why the file was not given, by the status the web gives every refusal (500 our
    failure, 429 a limit with when to try again, else 403: a blocked person)."""
    status = refusal_status(reply)
    error = {500: "failed", 429: "limited"}.get(status, "refused")
    return _json_refusal(status, error, reply.message.text, headers=retry_headers(reply))


def _json_refusal(
    status: int, error: str, message: str, *, headers: dict[str, str] | None = None, **more: str
) -> web.Response:
    """A refused download in the file's own format, never kept by a cache."""
    body = {"error": error, "message": message, **more}
    sent = {"Cache-Control": "no-store", **(headers or {})}
    return web.json_response(body, status=status, headers=sent)


def add_account_routes(app: web.Application, ctx: Context) -> None:
    """GET /account, /account/data.json; POST /account/forget."""
    pages = AccountPages(ctx)
    app.router.add_get(ACCOUNT_PATH, pages.overview)
    app.router.add_get(ACCOUNT_PATH + "/data.json", pages.data_file)
    app.router.add_post(ACCOUNT_PATH + "/forget", pages.forget)
