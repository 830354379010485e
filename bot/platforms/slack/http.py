"""HTTP mode's front door: every request to /slack/events is checked here before Bolt sees it.

Anyone on the internet can reach this URL, so nothing they send may cost a traceback, a large
log line or a second run of a command: the body is capped and never logged, the signature and
its timestamp are checked by hand (malformed headers get 400, a wrong or missing signature 401),
the body must be UTF-8 and parse, a signature already seen is a replay (refused), and Slack's
retry of an event already handled is acknowledged without handling it again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs

from aiohttp import web
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.platforms.request_body import Refused, read_capped
from handlers.door import Door

log = logging.getLogger(__name__)
MAX_BODY = 512 * 1024  # Slack's largest payloads (a full modal) are far below this
SKEW_SECONDS = 300  # Slack's own rule: older or newer requests are refused
EVENT_RETRY_WINDOW = timedelta(hours=2)  # Slack retries an event three times within an hour
TIMESTAMP = re.compile(r"^[0-9]{1,12}$")
SIGNATURE = re.compile(r"^v0=[0-9a-f]{64}$")


@dataclass(frozen=True)
class Admitted:
    """A request let in; `event_key` marks an event as handled (forgotten if Bolt fails)."""

    request: AsyncBoltRequest
    event_key: str | None = None


class SlackHttpGate:
    def __init__(
        self, door: Door, signing_secret: str, *, wall_clock: Callable[[], float] = time.time
    ) -> None:
        self.door, self._secret = door, signing_secret.encode()
        self._wall_clock = wall_clock

    async def admit(self, request: web.Request) -> Admitted | web.Response:
        """The request for Bolt, or the answer that ends it here."""
        try:
            body = await read_capped(request, MAX_BODY)
            signature = self._verify(request, body)
            text = _decoded(body)
            parsed = _parsed(request.content_type, text)
            if not await self._first(f"sig:{signature}", timedelta(seconds=2 * SKEW_SECONDS)):
                raise Refused(401, "replayed signature")
        except Refused as refused:
            log.warning(
                "slack request refused", extra={"status": refused.status, "reason": refused.reason}
            )
            return web.Response(status=refused.status, text=refused.reason)
        headers = {key.lower(): value for key, value in request.headers.items()}
        bolt = AsyncBoltRequest(body=text, query=request.query_string, headers=headers)
        event_id = parsed.get("event_id") if parsed.get("type") == "event_callback" else None
        if not isinstance(event_id, str):
            return Admitted(bolt)
        key = f"event:{event_id}"
        if not await self._first(key, EVENT_RETRY_WINDOW):
            log.info("slack retry of a handled event acknowledged", extra={"event": event_id[:40]})
            return web.Response(status=200)
        return Admitted(bolt, key)

    async def forget(self, key: str) -> None:
        """An event Bolt could not take: Slack's retry of it is to be handled after all."""
        await self.door.forget_sight(key)

    def _verify(self, request: web.Request, body: bytes) -> str:
        stamp = request.headers.get("X-Slack-Request-Timestamp")
        signature = request.headers.get("X-Slack-Signature")
        if not stamp or not signature:
            raise Refused(401, "unsigned")
        if not TIMESTAMP.match(stamp):
            raise Refused(400, "malformed timestamp")
        if abs(self._wall_clock() - int(stamp)) > SKEW_SECONDS:
            raise Refused(401, "stale timestamp")
        expected = "v0=" + hmac.new(self._secret, b"v0:" + stamp.encode() + b":" + body,
                                    hashlib.sha256).hexdigest()  # fmt: skip
        if not SIGNATURE.match(signature) or not hmac.compare_digest(expected, signature):
            raise Refused(401, "bad signature")
        return signature

    async def _first(self, key: str, keep: timedelta) -> bool:
        return await self.door.first_sight(key, keep=keep)


def _decoded(body: bytes) -> str:
    """Slack sends UTF-8 whatever the header says (a bogus charset is not looked up)."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "body not UTF-8") from None


def _parsed(content_type: str, text: str) -> dict[str, Any]:
    """The body as Slack's two shapes: a form (with `payload` JSON for interactions) or JSON."""
    try:
        if content_type == "application/json":
            data = json.loads(text)
        elif content_type == "application/x-www-form-urlencoded":
            form = {k: v[-1] for k, v in parse_qs(text, keep_blank_values=True).items()}
            data = json.loads(form["payload"]) if "payload" in form else form
        else:
            raise Refused(400, "unsupported content type")
    except (ValueError, RecursionError):
        raise Refused(400, "malformed body") from None
    if not isinstance(data, dict):
        raise Refused(400, "malformed body")
    return data
