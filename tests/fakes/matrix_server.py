"""A protocol-level fake of a Matrix homeserver (Synapse) for contract tests driven by a real
Matrix client library (mautrix; see tests/contract/test_fake_matrix.py).

One aiohttp server on 127.0.0.1 (port 0) serves the client-server API v3 at `base_url` (what
a client takes as the homeserver URL): versions, login (password and token), logout, whoami,
sync (since, long-poll timeout, filters by id or inline), filters, account data, profiles,
joined rooms, createRoom (presets, is_direct, invites), join (by id or alias), leave, invite,
send, redact, single events, room state, power levels, joined members and members. What each
does is in matrix_api.py, the sync in matrix_sync.py, the rooms in matrix_rooms.py, the events
in matrix_model.py, mentions in matrix_mentions.py and the rate limits in matrix_limits.py.

It refuses what Synapse refuses, with Synapse's status and errcode: no token (401
M_MISSING_TOKEN) or an unknown one (401 M_UNKNOWN_TOKEN), a body that is not a JSON object
(400 M_NOT_JSON), an event over 65,536 bytes (413 M_TOO_LARGE), a room the sender has not
joined or a power level too low (403 M_FORBIDDEN), an unknown room (404 M_NOT_FOUND), an
endpoint it does not serve (404 M_UNRECOGNIZED), and, by default, more than Synapse's message
rate (429 M_LIMIT_EXCEEDED with `retry_after_ms` and Retry-After). A test may switch the limits
off only by saying why (`FakeMatrix(rate_limits_off_because="…")`).

`send` and `redact` are idempotent per device and request path for 30 minutes (Synapse's
transaction cache): the same transaction id answers the same event id and stores nothing new.

Not modelled: federation, end-to-end encryption, media, presence, typing, receipts,
read markers, push rules beyond the defaults' mentions, room upgrades, state events sent by
the client (`PUT /state`), knocking, relations and threads endpoints, `/messages`
pagination, the r0 paths, lazy-loaded members. Everything waits on state changes, never on
sleeps.
"""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakes.matrix_api import MatrixApi
from tests.fakes.matrix_limits import MatrixLimits, retry_after_header
from tests.fakes.matrix_model import SESSION, TOKEN, Json, MatrixError, Session
from tests.fakes.matrix_rooms import MatrixRooms, Post
from tests.fakes.rate_limits import Clock
from tests.fakes.served import Served

TRANSACTION_LIFETIME = 30 * 60.0  # Synapse's HttpTransactionCache keeps answers 30 minutes
LOGIN_TOKEN_LIFETIME = 120.0  # Synapse's m.login.token lifetime
_PROXY_DOWN = "<html><head><title>{0}</title></head><body><h1>{0}</h1></body></html>"


class _Outage(Exception):
    """The homeserver is down: a reverse proxy's error page, or a dropped connection."""


@dataclass
class _Fault:
    method: str
    pattern: re.Pattern[str]
    error: MatrixError
    remaining: int


class FakeMatrix(MatrixRooms, Served):
    """A homeserver with a bot account (`bot_user_id`, `token`, `bot_device`) and an admin
    (`admin_user_id`) who creates the rooms tests ask for; see the module for what it serves."""

    def __init__(
        self,
        *,
        server_name: str = "matrix.test",
        rate_limits_off_because: str = "",
        clock: Clock = time.monotonic,
    ) -> None:
        """Rate limits are on (matrix_limits.py); a test turns them off only by saying why.
        `clock` counts the rate limits and the transaction cache's 30 minutes."""
        super().__init__(server_name)
        self.clock = clock
        self.rate_limits: MatrixLimits | None = (
            None if rate_limits_off_because else MatrixLimits(clock=clock)
        )
        self.bot_password = secrets.token_urlsafe(12)
        self.bot_user_id = self.add_user("bryggan", "Bryggan", password=self.bot_password)
        self.bot_device = "BRYGGANDEV"
        self.token = self.new_session(self.bot_user_id, self.bot_device)
        self.admin_user_id = self.add_user("styrelsen", "Styrelsen")
        self.base_url = ""
        self.requests: list[tuple[str, str]] = []  # (method, path) of every request
        self.unhandled: list[tuple[str, str]] = []  # requests no endpoint matched
        self.syncing: dict[str, int] = {}  # user id -> sync requests waiting right now
        self.syncs_answered = 0
        self.down: str | None = None  # None, "error" (proxy error page) or "refuse"
        self.down_status = 503
        self.closing = False
        self._transactions: dict[tuple[str, str, str], tuple[float, Json]] = {}
        self._login_tokens: dict[str, tuple[str, float]] = {}
        self._faults: list[_Fault] = []
        self._api = MatrixApi(self)
        self._public = {self._api.versions, self._api.login_flows, self._api.login}
        self._public.add(self._api.profile)
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._port = 0

    # lifecycle

    async def start(self) -> None:
        """Bind 127.0.0.1:0 and publish `base_url`."""
        app = web.Application(middlewares=[self._middleware], client_max_size=8 * 1024**2)
        self._api.add_routes(app.router)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, handle_signals=False)
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await self._site.start()
        self._port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{self._port}"

    async def stop(self) -> None:
        """Answer the waiting syncs, then close; safe to call twice."""
        self.closing = True
        self.notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = self._site = None

    # outages and faults

    async def go_down(self, *, refuse: bool = False, status: int = 503) -> None:
        """An outage. By default a reverse proxy answers every request with `status` and an
        HTML page; `refuse=True` stops listening and drops every open connection (waiting
        syncs included), so clients see connection refused. State is kept."""
        self.down, self.down_status = ("refuse" if refuse else "error"), status
        self.notify()
        if refuse and self._runner is not None and self._site is not None:
            await self._site.stop()
            self._site = None
            server = self._runner.server
            for connection in server.connections if server is not None else []:
                connection.force_close()

    async def come_back(self) -> None:
        """End the outage, listening again on the same port."""
        if self._site is None and self._runner is not None:
            self._site = web.TCPSite(self._runner, "127.0.0.1", self._port)
            await self._site.start()
        self.down = None
        self.notify()

    def enforce_rate_limits(self, **limits: Any) -> MatrixLimits:
        """From now on, counting afresh, enforce `MatrixLimits(**limits)` (on this fake's clock
        unless `clock=` is given), e.g. `message_per_second=1, message_burst=3`."""
        limits.setdefault("clock", self.clock)
        self.rate_limits = MatrixLimits(**limits)
        return self.rate_limits

    def check_up(self, request: web.Request) -> None:
        if self.down is None:
            return
        if self.down == "refuse" and request.transport is not None:
            request.transport.close()
        raise _Outage()

    def fail_next(
        self,
        method: str,
        path_regex: str,
        *,
        status: int = 500,
        errcode: str = "M_UNKNOWN",
        error: str = "Internal server error",
        retry_after_ms: int | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` requests whose path matches with this Matrix error (a 429
        with `retry_after_ms` gets Retry-After as well)."""
        extra = {} if retry_after_ms is None else {"retry_after_ms": retry_after_ms}
        fault = MatrixError(status, errcode, error, **extra)
        self._faults.append(_Fault(method.upper(), re.compile(path_regex), fault, times))

    def _take_fault(self, method: str, path: str) -> MatrixError | None:
        for fault in self._faults:
            if fault.method == method and fault.pattern.search(path):
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self._faults.remove(fault)
                return fault.error
        return None

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Record; then outage, injected fault, unknown endpoint, token; then the endpoint."""
        self.requests.append((request.method, request.path))
        try:
            self.check_up(request)
            if (fault := self._take_fault(request.method, request.path)) is not None:
                raise fault
            if (missing := request.match_info.http_exception) is not None:
                self.unhandled.append((request.method, request.path))
                status = 405 if isinstance(missing, web.HTTPMethodNotAllowed) else 404
                raise MatrixError(status, "M_UNRECOGNIZED", "Unrecognized request")
            if request.match_info.handler not in self._public:
                self._authenticate(request)
            response: web.StreamResponse = await handler(request)
            return response
        except MatrixError as error:
            headers = {}
            if error.status == 429 and "retry_after_ms" in error.extra:
                headers = retry_after_header(error.extra["retry_after_ms"])
            return web.json_response(error.body(), status=error.status, headers=headers)
        except _Outage:
            reason = "Service Unavailable" if self.down_status == 503 else "Error"
            title = f"{self.down_status} {reason}"
            return web.Response(
                status=self.down_status, text=_PROXY_DOWN.format(title), content_type="text/html"
            )
        finally:
            self.notify()

    def _authenticate(self, request: web.Request) -> None:
        header = request.headers.get("Authorization", "")
        token = header[7:].strip() if header.startswith("Bearer ") else None
        token = token or request.query.get("access_token")
        if not token:
            raise MatrixError(401, "M_MISSING_TOKEN", "Missing access token")
        session = self.sessions.get(token)
        if session is None:
            raise MatrixError(
                401, "M_UNKNOWN_TOKEN", "Invalid access token passed.", soft_logout=False
            )
        request[SESSION], request[TOKEN] = session, token

    # what the endpoints share

    def rate_limit(self, kind: str, user_id: str) -> None:
        """Refuse with 429 when `user_id` is past the limit (nothing counted yet)."""
        if self.rate_limits is not None:
            retry_after_ms = self.rate_limits.check(kind, user_id)
            if retry_after_ms is not None:
                raise MatrixError(
                    429, "M_LIMIT_EXCEEDED", "Too Many Requests", retry_after_ms=retry_after_ms
                )

    def counted(self, kind: str, user_id: str) -> None:
        if self.rate_limits is not None:
            self.rate_limits.count(kind, user_id)

    @property
    def served_429(self) -> int:
        return self.rate_limits.served_429 if self.rate_limits is not None else 0

    def cached_transaction(self, session: Session, path: str) -> Json | None:
        key = (session.user_id, session.device_id, path)
        found = self._transactions.get(key)
        if found is None or self.clock() - found[0] > TRANSACTION_LIFETIME:
            self._transactions.pop(key, None)
            return None
        return dict(found[1])

    def remember_transaction(self, session: Session, path: str, event_id: str) -> Json:
        answer = {"event_id": event_id}
        self._transactions[(session.user_id, session.device_id, path)] = (self.clock(), answer)
        return dict(answer)

    def login_token(self, user_id: str) -> str:
        """A token for `m.login.token` (as SSO hands out): valid once, for two minutes."""
        self.require_user(user_id)
        token = secrets.token_urlsafe(16)
        self._login_tokens[token] = (user_id, self.clock() + LOGIN_TOKEN_LIFETIME)
        return token

    def take_login_token(self, token: Any) -> str:
        found = self._login_tokens.pop(token, None) if isinstance(token, str) else None
        if found is None or self.clock() > found[1]:
            raise MatrixError(403, "M_FORBIDDEN", "Invalid login token")
        return found[0]

    # driving the homeserver as its users

    def create_room(
        self,
        name: str | None = None,
        *,
        members: tuple[str, ...] | list[str] = (),
        bot: str = "join",
        creator: str | None = None,
        public: bool = False,
        power_levels: dict[str, int] | None = None,
    ) -> str:
        """A room made by `creator` (the admin) with `members` joined and the bot joined
        (`bot="invite"`: only invited, `bot=""`: not there); `power_levels` maps user ids to
        levels. Returns the room id."""
        creator = creator or self.admin_user_id
        preset = "public_chat" if public else "private_chat"
        room = self.create_room_as(creator, name=name, preset=preset)
        if power_levels:
            users = {**room.power_levels()["users"], **power_levels}
            self.change_power_levels(room.room_id, creator, users=users)
        everyone = [*members, self.bot_user_id] if bot == "join" else list(members)
        for user_id in everyone:
            self.invite(room.room_id, user_id, sender=creator)
            self.join(room.room_id, user_id)
        if bot == "invite":
            self.invite(room.room_id, self.bot_user_id, sender=creator)
        return room.room_id

    def set_power_level(self, room_id: str, user_id: str, level: int) -> None:
        room = self.room(room_id)
        users = {**room.power_levels().get("users", {}), user_id: level}
        self.change_power_levels(room_id, room.creator, users=users)

    def post(
        self,
        room_id: str,
        sender: str,
        body: str,
        *,
        html: str | None = None,
        msgtype: str = "m.text",
        reply_to: str | None = None,
        extra: Json | None = None,
    ) -> str:
        """`sender` writes a message (it reaches the bot's sync); returns its event id."""
        content: Json = {"msgtype": msgtype, "body": body}
        if html is not None:
            content.update(format="org.matrix.custom.html", formatted_body=html)
        if reply_to is not None:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
        content.update(extra or {})
        return self.send(room_id, sender, "m.room.message", content).event_id

    def edit(self, room_id: str, sender: str, event_id: str, body: str) -> str:
        """`sender` edits a message (`m.replace` with `m.new_content`), as Element does."""
        new = {"msgtype": "m.text", "body": body}
        content = {"msgtype": "m.text", "body": f"* {body}", "m.new_content": new}
        content["m.relates_to"] = {"rel_type": "m.replace", "event_id": event_id}
        return self.send(room_id, sender, "m.room.message", content).event_id

    def redact_as(self, room_id: str, sender: str, event_id: str, reason: str | None = None) -> str:
        return self.redact(room_id, sender, event_id, reason).event_id

    def react(self, room_id: str, sender: str, event_id: str, key: str) -> str:
        relates = {"rel_type": "m.annotation", "event_id": event_id, "key": key}
        return self.send(room_id, sender, "m.reaction", {"m.relates_to": relates}).event_id

    # reading what the bot did, and waiting for it

    def bot_posts(self, room_id: str) -> list[Post]:
        """What the bot posted in the room, edits applied and redactions shown."""
        return self.posts(room_id, self.bot_user_id)

    async def wait_for_posts(self, room_id: str, count: int, timeout: float = 10) -> list[Post]:
        def enough() -> list[Post] | None:
            posts = self.bot_posts(room_id)
            return posts if len(posts) >= count else None

        return await self.wait_until(
            enough,
            timeout,
            f"{count} bot post(s) in {room_id}; last requests: {self.requests[-5:]}",
        )

    async def wait_syncing(self, user_id: str | None = None, timeout: float = 10) -> None:
        """A sync request of `user_id` (the bot) is waiting for news: it is connected."""
        user_id = user_id or self.bot_user_id
        await self.wait_until(lambda: self.syncing.get(user_id, 0) > 0, timeout, "waiting sync")
