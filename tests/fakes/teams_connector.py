"""A protocol-level fake of the Bot Connector REST API for Teams (docs/teams-research.md,
section 2), for the bot's own aiohttp client.

One aiohttp server on 127.0.0.1 (port 0) answers at `service_url` (`http://127.0.0.1:N/teams/`,
shaped like `https://smba.trafficmanager.net/teams/`):
- `POST /v3/conversations`: a personal chat (`members: [{id: "29:…"}]`) or a new channel
  thread (`channelData.channel.id` and `activity`) → 201 `{"id"[, "activityId"]}`;
- `POST /v3/conversations/{id}/activities` (a post) → 201 `{"id"}`;
- `POST|PUT|DELETE /v3/conversations/{id}/activities/{activityId}` (reply, update, delete);
- `GET /v3/conversations/{id}/pagedmembers?pageSize=&continuationToken=` (at most 500 a
  page) and `GET /v3/conversations/{id}/members/{memberId}` (a `29:` or Entra object id);
- `GET /v3/teams/{id}/conversations` (the team's channels; General has no name).
The model and its refusals (404, 403 BotNotInConversationRoster, 403 MessageWritesBlocked) are
in teams_model.py, the rate limits (429, with Retry-After or without) in teams_limits.py.

Every request needs `Authorization: Bearer <token>` that `token_ok` accepts (by default one of
`tokens`; a test plugs in `FakeIssuer.access_token_ok`), else 401 before anything is counted.
A body that is no JSON object, or an activity that is no `message` with text or attachments, is
400; every posted or updated activity then goes through teams_cards.py's strict checks (card
schema ≤ 1.5, known elements, unique input ids, 413 MessageSizeTooBig over 40 KB as UTF-16).
An `id` the bot puts on an activity is ignored: nothing deduplicates a post.

Faults: `fail_next` answers the next matching requests with any status; `drop_next_answers`
stores the next write and then closes the connection unanswered, `hang_next_answers` stores it
and never answers (until `stop`): either way the bot cannot know the post arrived. A test may
switch the limits off only by saying why (`rate_limits_off_because="…"`).
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakes import teams_cards
from tests.fakes.rate_limits import Clock
from tests.fakes.served import Served
from tests.fakes.teams_limits import TeamsLimits
from tests.fakes.teams_model import ConnectorError, Json, TeamsModel

PREFIX = "/teams"
PAGE_DEFAULT, PAGE_MAX = 200, 500
WRITES = {"create", "send", "reply", "update", "delete"}
CheckActivity = Callable[[Json], ConnectorError | None]


def card_refusal(activity: Json) -> ConnectorError | None:
    """teams_cards.py's verdict on an activity, as the connector answers it."""
    refusal = teams_cards.check_activity(activity)
    if refusal is None:
        return None
    return ConnectorError(refusal.status, refusal.code, refusal.message)


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    status: int
    authorization: str | None  # the header as it came


@dataclass
class _Fault:
    method: str
    pattern: re.Pattern[str]
    error: ConnectorError
    retry_after: float | None
    remaining: int
    spared: int = 0  # matching requests let through before the fault starts


class _Unanswered(Exception):
    """The connection was closed (or left hanging) on purpose."""


class FakeConnector(TeamsModel, Served):
    def __init__(
        self,
        *,
        tenant_id: str = "72f988bf-0000-4000-8000-000000000001",
        app_id: str = "a1b2c3d4-0000-4000-8000-0000000000b0",
        token_ok: Callable[[str], bool] | None = None,
        rate_limits_off_because: str = "",
        retry_after: bool = True,
        clock: Clock = time.monotonic,
        check_activity: CheckActivity = card_refusal,
    ) -> None:
        super().__init__(tenant_id=tenant_id, app_id=app_id)
        self.tokens = {secrets.token_urlsafe(24)}
        self.token = next(iter(self.tokens))
        self.token_ok = token_ok or (lambda token: token in self.tokens)
        self.clock = clock
        self.rate_limits: TeamsLimits | None = (
            None if rate_limits_off_because else TeamsLimits(retry_after=retry_after, clock=clock)
        )
        self.check_activity = check_activity
        self.requests: list[Seen] = []
        self.unanswered = 0  # writes stored and left without an answer
        self.service_url = ""
        self._faults: list[_Fault] = []
        self._drops: list[str] = []  # methods whose next write is dropped
        self._hangs: list[str] = []
        self._pages: dict[str, tuple[str, int]] = {}  # continuation token -> (chat, offset)
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None

    # lifecycle

    async def start(self) -> None:
        app = web.Application(middlewares=[self._middleware], client_max_size=4 * 1024**2)
        self._routes(app.router)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.service_url = f"http://127.0.0.1:{port}{PREFIX}/"

    async def stop(self) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _routes(self, router: web.UrlDispatcher) -> None:
        base, one = f"{PREFIX}/v3/conversations", f"{PREFIX}/v3/conversations/{{cid}}"
        router.add_post(base, self._create, name="create")
        router.add_post(f"{one}/activities", self._send, name="send")
        router.add_post(f"{one}/activities/{{aid}}", self._reply, name="reply")
        router.add_put(f"{one}/activities/{{aid}}", self._update, name="update")
        router.add_delete(f"{one}/activities/{{aid}}", self._delete, name="delete")
        router.add_get(f"{one}/pagedmembers", self._paged_members, name="members")
        router.add_get(f"{one}/members/{{mid}}", self._member, name="member")
        router.add_get(f"{PREFIX}/v3/teams/{{tid}}/conversations", self._channels, name="channels")

    # tokens, limits and faults

    def issue_token(self) -> str:
        token = secrets.token_urlsafe(24)
        self.tokens.add(token)
        return token

    def revoke(self, token: str) -> None:
        self.tokens.discard(token)

    def enforce_rate_limits(self, **limits: Any) -> TeamsLimits:
        """From now on, counting afresh, `TeamsLimits(**limits)` (on this fake's clock unless
        `clock=` is given), e.g. `retry_after=False`."""
        limits.setdefault("clock", self.clock)
        self.rate_limits = TeamsLimits(**limits)
        return self.rate_limits

    @property
    def served_429(self) -> int:
        return self.rate_limits.served_429 if self.rate_limits is not None else 0

    def fail_next(
        self,
        method: str,
        path_regex: str,
        *,
        status: int = 500,
        code: str = "ServiceError",
        message: str = "An error has occurred.",
        sub_code: str = "",
        retry_after: float | None = None,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """Answer the next `times` matching requests (after the token check) with this error,
        once `after` matching requests went through."""
        error = ConnectorError(status, code, message, sub_code)
        fault = _Fault(method.upper(), re.compile(path_regex), error, retry_after, times, after)
        self._faults.append(fault)

    def drop_next_answers(self, times: int = 1, *, method: str = "POST") -> None:
        """Store the next `times` writes, then close their connections unanswered."""
        self._drops += [method.upper()] * times

    def hang_next_answers(self, times: int = 1, *, method: str = "POST") -> None:
        """Store the next `times` writes, then never answer them (until `stop`)."""
        self._hangs += [method.upper()] * times

    # the middleware

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Unknown endpoint, token, fault, rate limit; then the endpoint. Every answer is
        recorded with the Authorization header that came."""
        try:
            response: web.StreamResponse = await self._checked(request, handler)
        except ConnectorError as error:
            response = web.json_response(error.body(), status=error.status)
        except _Unanswered:
            response = web.Response(status=500)  # never reaches the bot: the line is closed
        header = request.headers.get("Authorization")
        self.requests.append(Seen(request.method, request.path, response.status, header))
        self.notify()
        return response

    async def _checked(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if (missing := request.match_info.http_exception) is not None:
            status = 405 if isinstance(missing, web.HTTPMethodNotAllowed) else 404
            raise ConnectorError(status, "NotFound", "No such endpoint.")
        header = request.headers.get("Authorization", "")
        token = header[7:] if header.startswith("Bearer ") else ""
        if not token or not self.token_ok(token):
            message = {"message": "Authorization has been denied for this request."}
            return web.json_response(message, status=401)
        if (fault := self._take_fault(request.method, request.path)) is not None:
            headers = {} if fault.retry_after is None else {"Retry-After": f"{fault.retry_after:g}"}
            return web.json_response(fault.error.body(), status=fault.error.status, headers=headers)
        if (refused := await self._rate_limited(request)) is not None:
            return refused
        answer: web.StreamResponse = await handler(request)
        return answer

    def _take_fault(self, method: str, path: str) -> _Fault | None:
        for fault in self._faults:
            if fault.method == method and fault.pattern.search(path):
                if fault.spared > 0:
                    fault.spared -= 1
                    return None
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    async def _rate_limited(self, request: web.Request) -> web.Response | None:
        if self.rate_limits is None:
            return None
        name = request.match_info.route.name or ""
        tenant, thread = await self._counted_in(request, name)
        wait = self.rate_limits.check(tenant, thread, write=name in WRITES)
        if wait is None:
            return None
        body = {"error": {"code": "Throttled", "message": "Too many requests."}}
        return web.json_response(body, status=429, headers=self.rate_limits.headers(wait))

    async def _counted_in(self, request: web.Request, name: str) -> tuple[str, str]:
        """(tenant, thread) a request counts in: a conversation's channel or chat, a team,
        or for a new conversation the member (or channel) it is with."""
        if name == "create":
            body = await self._body(request)
            channel = (body.get("channelData") or {}).get("channel") or {}
            members = body.get("members") or [{}]
            member = (
                members[0] if isinstance(members, list) and isinstance(members[0], dict) else {}
            )
            thread = channel.get("id") or str(member.get("id"))
            return str(body.get("tenantId") or self.tenant_id), thread
        key = request.match_info.get("cid") or request.match_info.get("tid") or ""
        found = self.conversations.get(key.split(";", 1)[0])
        return (found.tenant_id if found else self.tenant_id), key.split(";", 1)[0]

    # the endpoints

    async def _create(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        if (body.get("bot") or {}).get("id") != self.bot_id:
            raise ConnectorError(400, "BadArgument", "The bot id does not match the token.")
        data = body.get("channelData") or {}
        tenant = body.get("tenantId") or (data.get("tenant") or {}).get("id")
        if not tenant:
            raise ConnectorError(400, "BadArgument", "A tenant id is required.")
        channel = (data.get("channel") or {}).get("id")
        if channel:
            activity = self._activity(body.get("activity"))
            posted = self.post(str(channel), activity)
            answer = {"id": posted.conversation_id, "activityId": posted.id}
            return await self._answer(request, answer, 201)
        members = body.get("members")
        if body.get("isGroup") or not isinstance(members, list) or len(members) != 1:
            raise ConnectorError(400, "BadArgument", "A bot creates one-on-one chats only.")
        chat = self.create_personal(str((members[0] or {}).get("id") or ""), str(tenant))
        return await self._answer(request, {"id": chat}, 201)

    async def _send(self, request: web.Request) -> web.Response:
        activity = self._activity(await self._body(request))
        posted = self.post(request.match_info["cid"], activity)
        return await self._answer(request, {"id": posted.id}, 201)

    async def _reply(self, request: web.Request) -> web.Response:
        activity = self._activity(await self._body(request))
        posted = self.post(request.match_info["cid"], activity, reply_to=request.match_info["aid"])
        return await self._answer(request, {"id": posted.id}, 201)

    async def _update(self, request: web.Request) -> web.Response:
        activity = self._activity(await self._body(request))
        aid = request.match_info["aid"]
        self.update(request.match_info["cid"], aid, activity)
        return await self._answer(request, {"id": aid}, 200)

    async def _delete(self, request: web.Request) -> web.Response:
        self.delete(request.match_info["cid"], request.match_info["aid"])
        return await self._answer(request, None, 200)

    async def _paged_members(self, request: web.Request) -> web.Response:
        conversation = self.conversation(request.match_info["cid"])
        size = request.query.get("pageSize", str(PAGE_DEFAULT))
        if not size.isdigit() or int(size) < 1:
            raise ConnectorError(400, "BadArgument", "Invalid page size.")
        offset = 0
        if token := request.query.get("continuationToken"):
            if self._pages.get(token, ("", 0))[0] != conversation.id:
                raise ConnectorError(400, "BadArgument", "Invalid continuation token.")
            offset = self._pages[token][1]
        members = self.members_of(conversation)
        end = offset + min(int(size), PAGE_MAX)
        page: Json = {"members": [u.account() for u in members[offset:end]]}
        if end < len(members):
            token = secrets.token_urlsafe(16)
            self._pages[token] = (conversation.id, end)
            page["continuationToken"] = token
        return web.json_response(page)

    async def _member(self, request: web.Request) -> web.Response:
        conversation = self.conversation(request.match_info["cid"])
        user = self.user_by_id(request.match_info["mid"])
        if user is None or user not in self.members_of(conversation):
            raise ConnectorError(404, "MemberNotFoundInConversation", "Member not found.")
        return web.json_response(user.account())

    async def _channels(self, request: web.Request) -> web.Response:
        return web.json_response({"conversations": self.channels_of(request.match_info["tid"])})

    # request and answer

    async def _body(self, request: web.Request) -> Json:
        try:
            body = json.loads(await request.read())
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise ConnectorError(400, "BadSyntax", "The body is no JSON object.")
        return body

    def _activity(self, activity: Any) -> Json:
        problem = self.check_activity(activity)
        if problem is not None:
            raise problem
        assert isinstance(activity, dict)
        return activity

    async def _answer(
        self, request: web.Request, payload: Json | None, status: int
    ) -> web.Response:
        """The answer to a write that was made, unless a drop or a hang was asked for."""
        for pending in (self._drops, self._hangs):
            if request.method in pending:
                pending.remove(request.method)
                self.unanswered += 1
                self.notify()
                if pending is self._hangs:
                    await self._closing.wait()
                if request.transport is not None:
                    request.transport.close()
                raise _Unanswered()
        if payload is None:
            return web.Response(status=status)
        return web.json_response(payload, status=status)
