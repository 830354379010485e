"""A fake Slack for contract tests: Web API, response_url and Socket Mode on one loopback server.

The real slack_bolt `AsyncApp`, slack_sdk `AsyncWebClient` and the aiohttp Socket Mode client
talk to it as to slack.com (`AsyncWebClient(base_url=fake.api_url)`), so the Slack adapter is
tested against the wire protocol rather than against mocks (DESIGN.md, "Testing against the
real protocols"). What the methods do lives in `slack_web.py`, Socket Mode and the drivers in
`slack_socket.py`; this module routes requests, checks tokens, injects faults and outages,
lets tests wait for what the bot did, and plays Slack's signed HTTP-mode requests.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import WSCloseCode, web

from tests.fakes.rate_limits import Clock, SlackLimits
from tests.fakes.served import Served
from tests.fakes.slack_socket import SlackSocketMode
from tests.fakes.slack_web import JSON, ApiError

__all__ = ["FakeSlack"]
log = logging.getLogger(__name__)

MAX_RESPONSE_URL_USES = 5  # Slack: a response_url works five times within 30 minutes


@dataclass
class _Fault:
    status: int
    retry_after: int
    error: str | None
    times: int
    after: int = 0  # calls answered as usual before the fault


async def _read_params(request: web.Request) -> JSON:
    """Merge query string and JSON or form body, decoding JSON-in-form fields (blocks, view)."""
    params: JSON = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            params.update(await request.json())
        else:
            form = await request.post()
            params.update({k: v if isinstance(v, str) else "(file)" for k, v in form.items()})
    for key in ("blocks", "attachments", "metadata", "view"):
        value = params.get(key)
        if isinstance(value, str) and value[:1] in ("[", "{"):
            params[key] = json.loads(value)
    return params


def _json_response(
    body: JSON, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """Slack answers `application/json; charset=utf-8` and names the token's scopes."""
    all_headers = {"x-oauth-scopes": "chat:write,commands,files:write,users:read,usergroups:read"}
    all_headers.update(headers or {})
    return web.json_response(body, status=status, headers=all_headers)


class FakeSlack(SlackSocketMode, Served):
    """One aiohttp server on 127.0.0.1, port 0; `start()` fills in `base_url` and `api_url`."""

    def __init__(self, *, rate_limits_off_because: str = "") -> None:
        """Rate limits are on (rate_limits.py); a test turns them off only by saying why."""
        super().__init__()
        self._runner: web.AppRunner | None = None
        self._faults: dict[str, deque[_Fault]] = {}
        self.rate_limits: SlackLimits | None = None if rate_limits_off_because else SlackLimits()

    # ----- lifecycle and outages

    async def start(self) -> None:
        """Bind a free loopback port and serve `/api/`, `/hooks/` and `/socket`."""
        app = web.Application()
        app.add_routes(
            [
                web.route("*", "/api/{method}", self._handle_api),
                web.post("/hooks/{kind}/{team}/{n}/{secret}", self._handle_response_url),
                web.post("/upload/v1/{file_id}/{secret}", self._handle_upload),
                web.get("/socket", self._handle_socket),
            ]
        )
        self._runner = web.AppRunner(app, shutdown_timeout=2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"
        self.api_url = f"{self.base_url}/api/"  # slack_sdk urljoins method names onto it

    async def stop(self) -> None:
        """Close every websocket, then the server; safe to call twice."""
        await self._close_sockets(WSCloseCode.GOING_AWAY, b"fake slack stopping")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def go_down(self) -> None:
        """An outage: websockets close; the Web API, response_urls and `/socket` answer 503."""
        self._down = True
        await self._close_sockets(WSCloseCode.TRY_AGAIN_LATER, b"fake slack outage")
        self._changed()

    async def come_back(self) -> None:
        """End the outage; Socket Mode clients reconnect on their own (see `wait_connected`)."""
        self._down = False
        self._changed()

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        retry_after: int = 1,
        error: str | None = None,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """Make `times` calls of `method`, after the next `after`, fail: 429 + Retry-After,
        5xx, or 200 ok=false."""
        fault = _Fault(status, retry_after, error, times, after)
        self._faults.setdefault(method, deque()).append(fault)

    def enforce_rate_limits(
        self, *, per_second: float = 1.0, burst: float = 2.0, clock: Clock = time.monotonic
    ) -> SlackLimits:
        """From now on, with fresh counts, answer 429 + Retry-After to `chat.postMessage` past
        `per_second` per channel on average (bursts up to `burst`), and to other methods past
        their tier, as Slack does."""
        self.rate_limits = SlackLimits(per_second, burst, clock=clock)
        return self.rate_limits

    def _rate_limited(self, method: str, params: JSON) -> web.Response | None:
        if self.rate_limits is None:
            return None
        if method != "chat.postMessage":
            wait = self.rate_limits.take_method(method)
        else:
            try:
                channel = self._channel(params.get("channel", ""))
            except ApiError:
                return None  # the method itself answers channel_not_found
            wait = self.rate_limits.take(channel)
        if wait is None:
            return None
        headers = {"Retry-After": str(max(1, math.ceil(wait)))}
        return _json_response({"ok": False, "error": "ratelimited"}, 429, headers)

    def _take_fault(self, method: str) -> web.Response | None:
        queue = self._faults.get(method)
        if not queue:
            return None
        fault = queue[0]
        if fault.after > 0:
            fault.after -= 1
            return None
        fault.times -= 1
        if fault.times <= 0:
            queue.popleft()
        headers = {"Retry-After": str(fault.retry_after)} if fault.status == 429 else {}
        default = {429: "ratelimited", 200: "fatal_error"}.get(fault.status, "internal_error")
        return _json_response({"ok": False, "error": fault.error or default}, fault.status, headers)

    # ----- waiting

    async def wait_until(
        self, predicate: Callable[[], bool], timeout: float = 10, what: str = ""
    ) -> None:
        """Wait until `predicate()` holds, re-checked whenever the fake records something."""
        try:
            async with asyncio.timeout(timeout):
                while not predicate():
                    await self._tick.wait()
        except TimeoutError:
            raise TimeoutError(f"fake Slack: no {what or 'change'} within {timeout} s") from None

    async def wait_for_messages(self, channel: str, count: int, timeout: float = 10) -> list[JSON]:
        """Wait until `count` messages were posted to `channel` (id or name); returns them all."""
        cid = self._channel(channel)
        await self.wait_until(
            lambda: len(self.messages.get(cid, [])) >= count, timeout, f"{count} messages in {cid}"
        )
        return self.messages[cid]

    async def wait_for_response(self, count: int = 1, timeout: float = 10) -> list[JSON]:
        """Wait until `count` bodies were posted to response_urls; returns them all."""
        await self.wait_until(
            lambda: len(self.responses) >= count, timeout, f"{count} response_url posts"
        )
        return self.responses

    # ----- HTTP handlers

    async def _handle_api(self, request: web.Request) -> web.Response:
        """Record the call, then: outage, injected fault, token check, the method itself."""
        method = request.match_info["method"]
        params = await _read_params(request)
        auth = request.headers.get("Authorization", "")
        token = params.pop("token", None) or auth.removeprefix("Bearer ").strip() or None
        self.calls.append((method, params))
        self._changed()
        if self._down:
            return _json_response({"ok": False, "error": "service_unavailable"}, 503)
        fault = self._take_fault(method)
        if fault is not None:
            return fault
        wanted = self.app_token if method == "apps.connections.open" else self.bot_token
        if token != wanted:
            other = {self.bot_token, self.app_token} - {wanted}
            error = "not_authed" if not token else "invalid_auth"
            error = "not_allowed_token_type" if token in other else error
            return _json_response({"ok": False, "error": error})
        if (limited := self._rate_limited(method, params)) is not None:
            self._changed()  # a test may wait on the limits' counts
            log.warning("fake Slack: 429 for %s", method)
            return limited
        handler = getattr(self, "_api_" + method.replace(".", "_"), None)
        if handler is None:
            return _json_response({"ok": False, "error": "unknown_method"})
        try:
            body: JSON = handler(params)
        except ApiError as exc:
            return _json_response({"ok": False, "error": str(exc)})
        finally:
            self._changed()
        return _json_response({"ok": True, **body})

    def _response_problem(self, body: Any) -> str | None:
        """What Slack refuses in a response_url post, checked as chat.postMessage's are."""
        if not isinstance(body, dict):
            return "invalid_payload"
        if body.get("response_type") not in (None, "ephemeral", "in_channel"):
            return "invalid_response_type"
        if body.get("delete_original"):
            return None
        try:
            self._check_content(body)
        except ApiError as error:
            return str(error)
        return None

    async def _handle_upload(self, request: web.Request) -> web.Response:
        """An upload URL from files.getUploadURLExternal: the raw bytes of one file."""
        if self._down:
            return web.Response(status=503, text="service_unavailable")
        info = request.match_info
        status = self.receive_upload(info["file_id"], info["secret"], await request.read())
        text = {200: f"OK - {request.content_length}", 400: "length mismatch"}.get(status, "")
        return web.Response(status=status, text=text or "invalid upload url")

    async def _handle_response_url(self, request: web.Request) -> web.Response:
        """Record what the bot posts to a response_url; Slack allows five uses of each."""
        if self._down:
            return web.Response(status=503, text="service_unavailable")
        uses = self._response_urls.get(request.path)
        if uses is None:
            return web.Response(status=404, text="invalid_url")
        if uses >= MAX_RESPONSE_URL_USES:
            return web.Response(status=404, text="used_url")
        try:
            body = await request.json()
        except ValueError:
            return web.Response(status=400, text="invalid_payload")
        if problem := self._response_problem(body):
            return web.Response(status=400, text=problem)
        self._response_urls[request.path] = uses + 1
        self.responses.append(body)
        self._changed()
        return web.Response(text="ok")

    # ----- HTTP mode: signed requests to the bot's own endpoint

    def sign(self, body: str, timestamp: int, secret: str | None = None) -> str:
        """Slack's v0 signature: HMAC-SHA256 over `v0:{timestamp}:{body}`."""
        key = (secret or self.signing_secret).encode()
        digest = hmac.new(key, f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
        return "v0=" + digest

    async def http_post(
        self,
        url: str,
        body: str,
        *,
        content_type: str,
        sign: bool = True,
        timestamp: int | None = None,
        bad_signature: bool = False,
    ) -> tuple[int, str]:
        """POST `body` as Slack would (signed unless `sign=False`); returns (status, body text)."""
        ts = int(time.time()) if timestamp is None else timestamp
        headers = {"Content-Type": content_type}
        if sign:
            secret = "forged-" + self.signing_secret if bad_signature else None
            headers["X-Slack-Request-Timestamp"] = str(ts)
            headers["X-Slack-Signature"] = self.sign(body, ts, secret)
        async with (
            aiohttp.ClientSession() as session,
            session.post(url, data=body.encode(), headers=headers) as resp,
        ):
            return resp.status, await resp.text()

    def slash_command_form(self, command: str, text: str, *, user_id: str, channel_id: str) -> str:
        """The urlencoded body of an HTTP-mode slash command."""
        payload = self.slash_command_payload(command, text, user_id=user_id, channel_id=channel_id)
        return urlencode(payload)

    def interactive_form(self, payload: JSON) -> str:
        """The urlencoded `payload=<json>` body of an HTTP-mode interaction."""
        return urlencode({"payload": json.dumps(payload)})
