"""Cookies of the member portal: the session, and the CSRF token every form carries.

The session cookie is HttpOnly, SameSite=Lax and Secure behind https; a new one is made at
every sign-in (a cookie set before is never promoted). Each form carries a token derived
from a second cookie (a keyed hash of it): a page on another site can send neither, and a
cross-site POST does not carry a Lax cookie.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from datetime import timedelta
from urllib.parse import urlsplit

from aiohttp import web

from handlers.context import Context
from handlers.portal.signin import SESSION_LIFETIME, signed_in
from handlers.types import Member

SESSION_COOKIE = "bryggan_session"
FLASH_COOKIE = "bryggan_flash"  # what the last form did, shown once on the page it led to
FLASH_LIMIT = 1000
DONE, REFUSED = "d", "r"  # a flash's first character: what kind of news it is
CSRF_COOKIE = "bryggan_csrf"
CSRF_FIELD = "csrf"
NEXT_LIMIT = 300
# What a page may load: no script at all, its own inline styles, images from wherever a post's
# pictures are (a chat platform's files), forms only to here. No page is framed by another
# site (a page showing who is signed in, or taking their actions, least of all).
PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
NO_FRAMING = {"X-Frame-Options": "DENY", "Content-Security-Policy": PAGE_POLICY}
# Sent with every answer of the web server (bot/public/routes.py).
HARDENED = {**NO_FRAMING, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}
NEW_CSRF = web.RequestKey("new_csrf", str)  # a CSRF cookie made for this page, to be set


class Cookies:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        base = ctx.public.base_url
        self.path = (urlsplit(base).path.rstrip("/") if base else "") or "/"

    def secure(self, request: web.Request) -> bool:
        base = self.ctx.public.base_url
        return bool(base and base.startswith("https://")) or request.secure

    def set(
        self, response: web.StreamResponse, request: web.Request, name: str, value: str,
        max_age: timedelta | None = None,
    ) -> None:  # fmt: skip
        response.set_cookie(
            name, value, path=self.path, httponly=True, samesite="Lax",
            secure=self.secure(request),
            max_age=int(max_age.total_seconds()) if max_age else None,
        )  # fmt: skip

    def clear(self, response: web.StreamResponse, name: str) -> None:
        response.del_cookie(name, path=self.path)

    async def viewer(self, request: web.Request) -> Member | None:
        """The signed-in member, or None."""
        return await signed_in(self.ctx, request.cookies.get(SESSION_COOKIE, ""))

    def start_session(self, response: web.StreamResponse, request: web.Request, token: str) -> None:
        """The new session's cookie, and a new CSRF cookie beside it."""
        self.set(response, request, SESSION_COOKIE, token, SESSION_LIFETIME)
        self.set(response, request, CSRF_COOKIE, secrets.token_urlsafe(24))

    # --- what a form did, shown after its redirect -----------------------------------------

    def flash(
        self, response: web.StreamResponse, request: web.Request, text: str, *, refused: bool
    ) -> None:
        """What a form did, for the page it leads to; `refused`: nothing was done."""
        kind = REFUSED if refused else DONE
        body = base64.urlsafe_b64encode((kind + text[:FLASH_LIMIT]).encode()).decode()
        self.set(
            response, request, FLASH_COOKIE, f"{_keyed(self.ctx.people.code_key, body)}.{body}"
        )

    def take_flash(self, request: web.Request, response: web.StreamResponse) -> tuple[str, bool]:
        """The text the last form left and whether it was a refusal (signed: no other page
        can make one), cleared; ("", False) for none."""
        signature, _, body = request.cookies.get(FLASH_COOKIE, "").partition(".")
        if not body:
            return "", False
        self.clear(response, FLASH_COOKIE)
        if not hmac.compare_digest(_keyed(self.ctx.people.code_key, body), signature):
            return "", False
        try:
            left = base64.urlsafe_b64decode(body.encode()).decode()
        except (ValueError, UnicodeDecodeError):
            return "", False
        return left[1 : FLASH_LIMIT + 1], left[:1] == REFUSED

    # --- CSRF ---------------------------------------------------------------------------

    def csrf_seed(self, request: web.Request) -> str:
        """The CSRF cookie's value, or a new one (`keep_csrf` sets it on the response)."""
        return request.cookies.get(CSRF_COOKIE) or request.get(NEW_CSRF) or self._new(request)

    def _new(self, request: web.Request) -> str:
        seed = secrets.token_urlsafe(24)
        request[NEW_CSRF] = seed
        return seed

    def csrf_token(self, request: web.Request) -> str:
        """The token a form carries: a keyed hash of the CSRF cookie and the session's, so
        a CSRF cookie planted from elsewhere pairs with no one's session."""
        return _keyed(self.ctx.people.code_key, self._bound(self.csrf_seed(request), request))

    def keep_csrf(self, response: web.StreamResponse, request: web.Request) -> None:
        if request.get(NEW_CSRF) and not request.cookies.get(CSRF_COOKIE):
            self.set(response, request, CSRF_COOKIE, request[NEW_CSRF])

    def csrf_ok(self, request: web.Request, form: Mapping[str, object]) -> bool:
        seed, sent = request.cookies.get(CSRF_COOKIE, ""), str(form.get(CSRF_FIELD, ""))
        if not seed or not sent:
            return False
        expected = _keyed(self.ctx.people.code_key, self._bound(seed, request))
        return hmac.compare_digest(expected, sent)

    def _bound(self, seed: str, request: web.Request) -> str:
        return f"{seed}:{request.cookies.get(SESSION_COOKIE, '')}"


def _keyed(key: bytes, seed: str) -> str:
    return hmac.new(key, f"csrf:{seed}".encode(), hashlib.sha256).hexdigest()[:32]


def local_path(value: str) -> str:
    """`value` if it is a path on this site (where to go after signing in), else "": never
    another site, whatever a link says (`//evil.example`, `https://…`, `/\\evil`)."""
    if not value or len(value) > NEXT_LIMIT or not value.startswith("/"):
        return ""
    if value.startswith("//") or "\\" in value or any(ord(c) < 32 or ord(c) == 127 for c in value):
        return ""
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return ""
    return value.partition("#")[0]  # a fragment stays in the browser; `lang` goes after the path
