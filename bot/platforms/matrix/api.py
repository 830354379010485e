"""The bot's Matrix client: mautrix's `Client` on an aiohttp session of its own, with a 429's
wait read back (mautrix drops `retry_after_ms`), and every failure as the outbox reads it."""

from __future__ import annotations

import hashlib

import aiohttp
from mautrix.api import HTTPAPI, Method, Path
from mautrix.client import Client
from mautrix.client.state_store import MemorySyncStore
from mautrix.errors import MatrixConnectionError, MatrixRequestError, MLimitExceeded
from mautrix.types import EventID, EventType, RoomID

from handlers.ports import DeliveryError

SEND_TIMEOUT = aiohttp.ClientTimeout(total=60)


class RateLimited(MLimitExceeded):
    """A 429 with the wait the homeserver asked for."""

    def __init__(self, retry_after_ms: int | None, message: str) -> None:
        super().__init__(429, message)
        self.retry_after_ms = retry_after_ms


async def _raise_rate_limited(response: aiohttp.ClientResponse) -> None:
    """aiohttp's hook on every answer: a 429 becomes `RateLimited` (a `MatrixRequestError`,
    which mautrix lets through unchanged) with its `retry_after_ms` or Retry-After."""
    if response.status != 429:
        return
    body = await response.json(content_type=None)
    wait = body.get("retry_after_ms") if isinstance(body, dict) else None
    if wait is None and response.headers.get("Retry-After", "").isdigit():
        wait = int(response.headers["Retry-After"]) * 1000
    raise RateLimited(wait, body.get("error", "") if isinstance(body, dict) else "")


def transaction_id(idempotency_key: str, part: int, what: str = "send") -> str:
    """The same key, part and kind give the same id: the homeserver answers a resend with
    the event it made the first time (Synapse keeps them 30 minutes)."""
    digest = hashlib.sha256(f"{what}\x00{idempotency_key}\x00{part}".encode()).hexdigest()
    return f"bryggan-{digest[:40]}"


class MatrixApi:
    """The mautrix client, opened and closed with the platform."""

    def __init__(self, homeserver: str, user_id: str, token: str) -> None:
        self.homeserver, self.user_id, self._token = homeserver.rstrip("/"), user_id, token
        self._session: aiohttp.ClientSession | None = None
        self.client: Client | None = None

    async def open(self) -> Client:
        if self.client is None:
            self._session = aiohttp.ClientSession(raise_for_status=_raise_rate_limited)
            api = HTTPAPI(self.homeserver, self._token, client_session=self._session)
            self.client = Client(mxid=self.user_id, api=api, sync_store=MemorySyncStore())
        return self.client

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
        self._session, self.client = None, None

    async def send(self, room: str, content: dict[str, object], txn: str) -> str:
        client = await self.open()
        return str(
            await client.send_message_event(
                RoomID(room), EventType.ROOM_MESSAGE, content, txn_id=txn
            )
        )

    async def redact(self, room: str, event: str, txn: str) -> None:
        """A redaction with our own transaction id (mautrix's `redact` makes a random one)."""
        client = await self.open()
        url = Path.v3.rooms[RoomID(room)].redact[EventID(event)][txn]
        await client.api.request(Method.PUT, url, content={})


def delivery_error(error: Exception) -> DeliveryError:
    """What a failed request means to the outbox. A resend is always safe (the transaction
    id), so whatever may have reached the homeserver is marked in doubt."""
    if isinstance(error, RateLimited):
        wait = error.retry_after_ms / 1000 if error.retry_after_ms is not None else 1.0
        return DeliveryError("matrix: rate limited", retryable=True, retry_after=wait)
    if isinstance(error, MatrixRequestError):
        status = error.http_status
        if status >= 500 or status == 0:
            return DeliveryError(f"matrix: {status}", retryable=True, in_doubt=True)
        return DeliveryError(f"matrix: {status} {error.errcode}", retryable=False)
    if isinstance(error, (MatrixConnectionError, aiohttp.ClientError, TimeoutError)):
        return DeliveryError(f"matrix: {type(error).__name__}", retryable=True, in_doubt=True)
    return DeliveryError(f"matrix: {type(error).__name__}: {error}", retryable=True, in_doubt=True)
