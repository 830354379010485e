"""The Bot Connector REST client (docs/teams-research.md, section 2) on one aiohttp session.

Every request is paced (`limits.py`) and carries the bot's bearer token, which goes only to an
allowed service URL: one that came in an authenticated activity (`allow`) or the configured
default. Redirects are never followed, so the token cannot be carried anywhere else either.

Failures become the outbox's `DeliveryError` (as `TeamsError`, which keeps the status):
- 429: wait for its Retry-After, else back off exponentially with jitter per thread; the
  thread is held meanwhile; `retry_after` is set, so the outbox does not count a failure;
- 412, 5xx, no connection: retryable;
- a timeout or a dropped connection after the request left: retryable and in doubt;
- 401: the token is invalidated and the request made once more with a fresh one;
- 403 (MessageWritesBlocked: the member blocked or removed the bot), 404, 413, other 4xx and
  redirects: permanent.
No token, header or response text appears in an error or a log line: only statuses and the
service's error codes.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import math
import random
import re
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import aiohttp
from multidict import CIMultiDictProxy
from yarl import URL

from bot.platforms.pacing import Now, Sleep
from bot.platforms.teams.limits import TeamsPacing, thread_of
from handlers.ports import DeliveryError

log = logging.getLogger(__name__)

Json = dict[str, Any]
TIMEOUT = aiohttp.ClientTimeout(total=30, connect=10)
PAGE_SIZE = 500  # Teams' largest page of members
MAX_PAGES = 1000  # a continuation token that never ends stops here
BACKOFF_BASE, BACKOFF_MAX = 2.0, 60.0  # a 429 without Retry-After: 2, 4, 8 … 60 s, jittered
MAX_WAIT = 3600.0  # the longest Retry-After believed: Teams' longest window
_CODE = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
BLOCKED = "MessageWritesBlocked"


class TeamsError(DeliveryError):
    """A failed Connector request as the outbox reads it, with the HTTP `status` (0: no
    answer) and the service's error `code` (the `platform` layer may treat a 404 on a delete
    as done)."""

    def __init__(self, reason: str, *, status: int = 0, code: str = "", **kwargs: Any) -> None:
        super().__init__(reason, **kwargs)
        self.status, self.code = status, code


@dataclass(frozen=True)
class Account:
    """A member as the Connector gives it: `id` is the `29:` id, `aad_object_id` Entra's."""

    id: str
    name: str = ""
    aad_object_id: str = ""
    email: str = ""
    user_principal_name: str = ""
    tenant_id: str = ""

    @classmethod
    def from_json(cls, data: Any) -> Account:
        get = data.get if isinstance(data, dict) else (lambda _key: None)
        return cls(
            id=str(get("id") or ""),
            name=str(get("name") or ""),
            aad_object_id=str(get("aadObjectId") or ""),
            email=str(get("email") or ""),
            user_principal_name=str(get("userPrincipalName") or ""),
            tenant_id=str(get("tenantId") or ""),
        )


@dataclass(frozen=True)
class Channel:
    """A team's channel; the General channel has the team's id and no name."""

    id: str
    name: str = ""


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: CIMultiDictProxy[str]
    body: bytes


def service_url_key(service_url: str) -> str:
    """A service URL as compared against the allow-list: scheme, host, port and path with one
    trailing slash. Raises ValueError for anything else (no http(s), user info, a query)."""
    url = URL(service_url)
    if url.scheme not in ("http", "https") or not url.host or url.user or url.password:
        raise ValueError("not a service URL")
    if url.query_string or url.fragment:
        raise ValueError("not a service URL")
    path = url.path.rstrip("/") + "/"
    return str(URL.build(scheme=url.scheme, host=url.host.lower(), port=url.port, path=path))


class Connector:
    """send, reply, update, delete, create_conversation, members, member and team_channels."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        token: Callable[[], Awaitable[str]],
        invalidate_token: Callable[[], None],
        allowed_service_urls: Iterable[str] | Callable[[str], bool] = (),
        pacing: TeamsPacing | None = None,
        now: Now | None = None,
        sleep: Sleep | None = None,
        rng: random.Random | None = None,
        timeout: aiohttp.ClientTimeout = TIMEOUT,
    ) -> None:
        """`allowed_service_urls`: the configured default(s), or a check of its own; `now` and
        `sleep` put the default pacing on a clock (a test's)."""
        self.session, self._token, self._invalidate = session, token, invalidate_token
        self._check = allowed_service_urls if callable(allowed_service_urls) else None
        listed = () if callable(allowed_service_urls) else allowed_service_urls
        self._allowed = {service_url_key(url) for url in listed}
        self.pacing = pacing or TeamsPacing(now=now, sleep=sleep or asyncio.sleep)
        self._rng, self._timeout = rng or random.Random(), timeout
        self._strikes: dict[str, int] = defaultdict(int)  # 429s in a row without Retry-After
        self.in_flight = 0  # requests sent and not yet answered

    # the allow-list

    def allow(self, service_url: str) -> None:
        """Trust a service URL that came in an authenticated activity."""
        self._allowed.add(service_url_key(service_url))

    def allowed(self, service_url: str) -> bool:
        try:
            key = service_url_key(service_url)
        except ValueError:
            return False
        return key in self._allowed or (self._check is not None and self._check(service_url))

    # the operations

    async def send(self, service_url: str, conversation_id: str, activity: Json) -> str:
        """A new post (in a channel: a new thread); returns its activity id."""
        path = ("v3", "conversations", conversation_id, "activities")
        answer = await self._request("POST", service_url, path, conversation_id, _message(activity))
        return _id(answer)

    async def reply(
        self, service_url: str, conversation_id: str, activity_id: str, activity: Json
    ) -> str:
        """A reply to `activity_id` (in a channel: in its thread); returns the new id."""
        path = ("v3", "conversations", conversation_id, "activities", activity_id)
        body = {**_message(activity), "replyToId": activity_id}
        return _id(await self._request("POST", service_url, path, conversation_id, body))

    async def update(
        self, service_url: str, conversation_id: str, activity_id: str, activity: Json
    ) -> None:
        """Replace a post (a card in place) with the full new activity."""
        path = ("v3", "conversations", conversation_id, "activities", activity_id)
        body = {**_message(activity), "id": activity_id}
        await self._request("PUT", service_url, path, conversation_id, body)

    async def delete(self, service_url: str, conversation_id: str, activity_id: str) -> None:
        path = ("v3", "conversations", conversation_id, "activities", activity_id)
        await self._request("DELETE", service_url, path, conversation_id)

    async def create_conversation(
        self,
        service_url: str,
        *,
        tenant_id: str,
        bot_id: str,
        member_id: str | None = None,
        channel_id: str | None = None,
        activity: Json | None = None,
    ) -> str:
        """The personal chat with `member_id` (a `29:` id), or a new thread in `channel_id`
        opened by `activity`; returns the conversation id. Paced in the member's (the
        channel's) thread."""
        body: Json = {
            "bot": {"id": bot_id},
            "isGroup": channel_id is not None,
            "tenantId": tenant_id,
            "channelData": {"tenant": {"id": tenant_id}},
        }
        if member_id is not None:
            body["members"] = [{"id": member_id}]
        if channel_id is not None:
            body["channelData"]["channel"] = {"id": channel_id}
            body["activity"] = _message(activity or {})
        thread = channel_id if channel_id is not None else member_id or ""
        return _id(await self._request("POST", service_url, ("v3", "conversations"), thread, body))

    async def members(
        self, service_url: str, conversation_id: str, *, page_size: int = PAGE_SIZE
    ) -> list[Account]:
        """Every member, page by page (`pagedmembers`, following `continuationToken`)."""
        path = ("v3", "conversations", conversation_id, "pagedmembers")
        found: list[Account] = []
        params = {"pageSize": str(page_size)}
        for _ in range(MAX_PAGES):
            page = await self._request("GET", service_url, path, conversation_id, params=params)
            found += [Account.from_json(m) for m in _list(page, "members")]
            more = page.get("continuationToken") if isinstance(page, dict) else None
            if not more:
                break
            params = {"pageSize": str(page_size), "continuationToken": str(more)}
        return found

    async def member(self, service_url: str, conversation_id: str, member_id: str) -> Account:
        """One member, by `29:` id or Entra object id."""
        path = ("v3", "conversations", conversation_id, "members", member_id)
        return Account.from_json(await self._request("GET", service_url, path, conversation_id))

    async def team_channels(self, service_url: str, team_id: str) -> list[Channel]:
        path = ("v3", "teams", team_id, "conversations")
        answer = await self._request("GET", service_url, path, team_id)
        return [
            Channel(str(c.get("id") or ""), str(c.get("name") or ""))
            for c in _list(answer, "conversations")
            if isinstance(c, dict)
        ]

    # requests

    async def _request(
        self,
        method: str,
        service_url: str,
        path: Sequence[str],
        conversation: str,
        body: Any = None,
        params: dict[str, str] | None = None,
    ) -> Any:
        """One request paced in `conversation`'s thread (a GET among the reads); after a 401
        once more with a fresh token, in a slot of its own."""
        url = self._url(service_url, path, params)
        thread, write = thread_of(conversation), method != "GET"
        for fresh in (False, True):
            async with self.pacing.slot(thread, write=write):
                answer = await self._exchange(method, url, body)
            if answer.status != 401 or fresh:
                break
            log.warning("teams: the Connector refused the bot's token (401); fetching a new one")
            self._invalidate()
        return self._result(answer, thread, write=write)

    def _url(self, service_url: str, path: Sequence[str], params: dict[str, str] | None) -> URL:
        if not self.allowed(service_url):
            host = URL(service_url).host if "://" in service_url else None
            log.warning("teams: not sending the bot's token to %s: no allowed service URL", host)
            raise TeamsError("teams: the service URL is not an allowed one", retryable=False)
        base = service_url_key(service_url)
        encoded = "/".join(quote(segment, safe="") for segment in path)
        return URL(base + encoded, encoded=True).with_query(params or {})

    async def _exchange(self, method: str, url: URL, body: Any) -> _Answer:
        """Send with the bearer token; a failure without an answer as a `TeamsError`."""
        headers = {"Authorization": f"Bearer {await self._bearer()}"}
        self.in_flight += 1
        try:
            async with self.session.request(
                method,
                url,
                json=body,
                headers=headers,
                allow_redirects=False,
                timeout=self._timeout,
            ) as response:
                return _Answer(response.status, response.headers, await response.read())
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as error:
            kind = type(error).__name__
            raise TeamsError(f"teams: no connection ({kind})") from None
        except (TimeoutError, aiohttp.ClientError) as error:
            kind = type(error).__name__
            raise TeamsError(f"teams: no answer ({kind})", in_doubt=True) from None
        finally:
            self.in_flight -= 1

    async def _bearer(self) -> str:
        try:
            return await self._token()
        except DeliveryError:
            raise
        except Exception as error:  # the login's own text stays out: it may quote a secret
            code = getattr(error, "code", "") or getattr(error, "status", "") or ""
            retryable = bool(getattr(error, "retryable", True))
            what = f"{type(error).__name__} {code}".strip()
            raise TeamsError(f"teams: no token ({what})", retryable=retryable) from None

    # answers

    def _result(self, answer: _Answer, thread: str, *, write: bool) -> Any:
        if 200 <= answer.status < 300:
            self._strikes.pop(thread, None)
            return _json(answer.body)
        if answer.status == 429:
            raise self._rate_limited(answer, thread, write=write)
        raise _refused(answer)

    def _rate_limited(self, answer: _Answer, thread: str, *, write: bool) -> TeamsError:
        """Wait for Retry-After if given, else back off (2, 4, 8 … s, 50–100 % of it)."""
        wait = _retry_after(answer.headers.get("Retry-After"))
        if wait is None:
            self._strikes[thread] += 1
            raw = min(BACKOFF_MAX, BACKOFF_BASE * 2 ** (self._strikes[thread] - 1))
            wait = raw * (0.5 + self._rng.random() / 2)
        self.pacing.hold(thread, wait, write=write)
        log.warning("teams: rate limited (429); holding the thread %.1f s", wait)
        return TeamsError("teams: 429 rate limited", status=429, retry_after=wait)


def _refused(answer: _Answer) -> TeamsError:
    """Any other status: retryable (412, 5xx) or permanent, with the service's code."""
    status, codes = answer.status, _error_codes(answer.body)
    code = codes[0] if codes else ""
    reason = f"teams: {status} {code}".rstrip()
    if status == 401:
        return TeamsError(f"{reason} (with a fresh token too)", status=status, code=code)
    if status == 412 or status >= 500:
        return TeamsError(reason, status=status, code=code)
    if status == 403 and BLOCKED in codes:
        code, reason = BLOCKED, f"teams: 403 {BLOCKED}: the member blocked or removed the bot"
    elif status == 413:
        reason += ": the message is too large"
    elif status == 404:
        reason += ": no such conversation or post"
    elif 300 <= status < 400:
        reason += ": a redirect, not followed"
    return TeamsError(reason, status=status, code=code, retryable=False)


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds, or as an HTTP date; None when missing or unreadable."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return None
    return min(max(0.0, seconds), MAX_WAIT) if math.isfinite(seconds) else None


def _error_codes(body: bytes) -> list[str]:
    """The codes in a Connector error (`error.code`, `error.subCode`, an inner error's code),
    only those that look like codes: no free text from the answer travels on."""
    data = _json(body)
    error = data.get("error") if isinstance(data, dict) else None
    if not isinstance(error, dict):
        return []
    inner = error.get("innerError") or error.get("innererror") or {}
    found = [
        error.get("code"),
        error.get("subCode"),
        data.get("subCode"),
        inner.get("code") if isinstance(inner, dict) else None,
    ]
    return [c for c in found if isinstance(c, str) and _CODE.fullmatch(c)]


def _json(body: bytes) -> Any:
    if not body:
        return {}
    try:
        return json.loads(body)
    except ValueError:
        return {}


def _message(activity: Json) -> Json:
    return {"type": "message", **activity}


def _id(answer: Any) -> str:
    found = answer.get("id") if isinstance(answer, dict) else None
    if not isinstance(found, str) or not found:
        raise TeamsError("teams: the Connector answered without an id", in_doubt=True)
    return found


def _list(answer: Any, key: str) -> list[Any]:
    found = answer.get(key) if isinstance(answer, dict) else None
    return found if isinstance(found, list) else []
