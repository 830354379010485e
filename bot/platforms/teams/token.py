"""The bot's own bearer token for the Bot Connector: an OAuth client-credentials grant against
Microsoft Entra (single-tenant: the bot's tenant), fetched over the bot's aiohttp session.

One token serves every request until five minutes before it expires, and concurrent callers
share one fetch, so a burst of sends costs one login. After a 401 from the Connector the
caller `invalidate()`s it. The app password appears in no error text, log line or repr.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import aiohttp

log = logging.getLogger(__name__)

CONNECTOR_SCOPE = "https://api.botframework.com/.default"
RENEW_BEFORE_SECONDS = 300.0  # renew this long before the token expires
_ERROR_NAME = re.compile(r"[a-z_]{1,64}")


class LoginError(Exception):
    """The token could not be had. `status` is the HTTP status (None: no answer), `code`
    the AAD error (`AADSTS7000215`) or "", `retryable` whether trying later may help."""

    def __init__(self, message: str, *, status: int | None, code: str, retryable: bool) -> None:
        super().__init__(message)
        self.status, self.code, self.retryable = status, code, retryable


class ConnectorToken:
    """A cached access token for `scope`, renewed shortly before it expires."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        login_url: str,
        tenant_id: str,
        app_id: str,
        password: str,
        scope: str = CONNECTOR_SCOPE,
        clock: Callable[[], float] = time.monotonic,
        timeout: float = 30,
    ) -> None:
        self._session, self._clock = session, clock
        self._url = f"{login_url.rstrip('/')}/{quote(tenant_id, safe='')}/oauth2/v2.0/token"
        self._app_id, self._password, self._scope = app_id, password, scope
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._lock = asyncio.Lock()
        self._token: str | None = None
        self._renew_at = 0.0

    def __repr__(self) -> str:
        return f"ConnectorToken(url={self._url!r}, app_id={self._app_id!r}, scope={self._scope!r})"

    async def get(self) -> str:
        """The current token, fetching a new one (once, whoever else is waiting) when needed."""
        if self._token is not None and self._clock() < self._renew_at:
            return self._token
        async with self._lock:
            if self._token is None or self._clock() >= self._renew_at:
                started = self._clock()
                token, lifetime = await self._fetch()
                self._token = token
                self._renew_at = started + max(lifetime - RENEW_BEFORE_SECONDS, lifetime / 2)
            return self._token

    def invalidate(self) -> None:
        """Forget the token (the Connector refused it); the next `get()` logs in again."""
        self._token, self._renew_at = None, 0.0

    async def _fetch(self) -> tuple[str, float]:
        form = {
            "grant_type": "client_credentials",
            "client_id": self._app_id,
            "client_secret": self._password,
            "scope": self._scope,
        }
        try:
            async with self._session.post(self._url, data=form, timeout=self._timeout) as answer:
                status, text = answer.status, await answer.text(errors="replace")
        except (aiohttp.ClientError, TimeoutError) as error:
            raise self._unavailable(f"login failed: {type(error).__name__}") from None
        try:
            body = json.loads(text)
        except ValueError:
            body = None  # a proxy's error page: the status still says what happened
        if status != 200:
            raise self._refused(status, body)
        return _granted(body, self._unavailable)

    def _refused(self, status: int, body: Any) -> LoginError:
        """Status and AAD code only: the description is free text and is not repeated."""
        error, code = "", ""
        if isinstance(body, dict):
            name = body.get("error")
            error = name if isinstance(name, str) and _ERROR_NAME.fullmatch(name) else ""
            codes = body.get("error_codes")
            if isinstance(codes, list) and codes and isinstance(codes[0], int):
                code = f"AADSTS{codes[0]}"
        message = self._clean(f"login refused: HTTP {status} {error} {code}".rstrip())
        log.warning("teams: %s", message)
        retryable = status == 429 or status >= 500
        return LoginError(message, status=status, code=code, retryable=retryable)

    def _unavailable(self, message: str) -> LoginError:
        log.warning("teams: %s", message)
        return LoginError(self._clean(message), status=None, code="", retryable=True)

    def _clean(self, text: str) -> str:
        return text.replace(self._password, "***") if self._password else text


def _granted(body: Any, unavailable: Callable[[str], LoginError]) -> tuple[str, float]:
    """The access token and its lifetime in seconds from a 200 answer."""
    token = body.get("access_token") if isinstance(body, dict) else None
    lifetime = body.get("expires_in") if isinstance(body, dict) else None
    if isinstance(lifetime, str) and lifetime.isdigit():  # the v1 endpoint sends a string
        lifetime = int(lifetime)
    if not isinstance(token, str) or not token or not isinstance(lifetime, int) or lifetime <= 0:
        raise unavailable("login answered without a usable token")
    return token, float(lifetime)
