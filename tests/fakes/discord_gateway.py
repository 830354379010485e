"""The gateway half of the fake Discord: a JSON-over-websocket session per connected client.

HELLO, heartbeat ACKs, IDENTIFY -> READY + GUILD_CREATE, RESUME -> RESUMED or op 9, and dispatches
with increasing sequence numbers. Frames are always uncompressed text: discord.py asks for
`compress=zlib-stream` in the URL but only decompresses binary frames, so text frames just work.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from tests.fakes.discord_model import Json, wire

if TYPE_CHECKING:
    from tests.fakes.discord_server import FakeDiscord

HEARTBEAT_INTERVAL_MS = 41_250
GUILD_MEMBERS = 1 << 1
GUILD_MESSAGES = 1 << 9
DIRECT_MESSAGES = 1 << 12
MESSAGE_CONTENT = 1 << 15


@dataclass
class Session:
    """One websocket connection and, once identified or resumed, its session state."""

    ws: web.WebSocketResponse
    session_id: str | None = None
    seq: int = 0
    intents: int = 0
    ready: bool = False
    heartbeats: int = 0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def send(self, op: int, data: Any, event: str | None = None) -> None:
        """Sequence numbers only on dispatches; the lock keeps them in order on the wire."""
        async with self.lock:
            seq = None
            if op == 0:
                self.seq += 1
                seq = self.seq
            frame = json.dumps({"op": op, "d": data, "s": seq, "t": event})
            with contextlib.suppress(ConnectionResetError):  # a dropping client loses the event
                if not self.ws.closed:
                    await self.ws.send_str(frame)


class DiscordGateway:
    """Accepts gateway connections and pushes events to the ready sessions."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.sessions: list[Session] = []
        self.attempts = 0  # websocket connection attempts, refused ones included
        self.most_ready = 0  # the most sessions ever ready at once (two bots: events twice)
        self.queries: list[dict[str, str]] = []  # what discord.py asked for (v, encoding, compress)
        self._resumable: dict[str, tuple[int, int]] = {}  # session id -> (seq, intents)

    def ready_sessions(self) -> list[Session]:
        return [s for s in self.sessions if s.ready and not s.ws.closed]

    async def handle(self, request: web.Request) -> web.StreamResponse:
        fake = self.fake
        self.attempts += 1
        self.queries.append(dict(request.query))
        fake.notify()
        if fake.down:
            return web.Response(status=503, text="gateway unavailable")
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        session = Session(ws)
        self.sessions.append(session)
        try:
            await session.send(10, {"heartbeat_interval": HEARTBEAT_INTERVAL_MS})
            async for frame in ws:
                if frame.type is WSMsgType.TEXT:
                    await self._receive(session, json.loads(frame.data))
                elif frame.type is WSMsgType.BINARY:
                    await ws.close(code=4002, message=b"Error while decoding payload.")
        finally:
            session.ready = False
            self.sessions.remove(session)
            if session.session_id is not None:
                self._resumable[session.session_id] = (session.seq, session.intents)
            fake.notify()
        return ws

    async def _receive(self, session: Session, payload: Json) -> None:
        op, data = payload.get("op"), payload.get("d")
        if op == 1:
            session.heartbeats += 1
            await session.send(11, None)
            self.fake.notify()
        elif op == 2:
            await self._identify(session, data or {})
        elif op == 6:
            await self._resume(session, data or {})
        elif op == 8:
            await self._request_members(session, data or {})
        elif op not in (3, 4):
            await session.ws.close(code=4001, message=b"Unknown opcode.")

    def _token_ok(self, token: str | None) -> bool:
        return token in (self.fake.token, f"Bot {self.fake.token}")

    async def _identify(self, session: Session, data: Json) -> None:
        fake = self.fake
        if not self._token_ok(data.get("token")):
            await session.ws.close(code=4004, message=b"Authentication failed.")
            return
        if session.session_id is not None:
            await session.ws.close(code=4005, message=b"Already authenticated.")
            return
        fake.identify_count += 1
        session.session_id = secrets.token_hex(16)
        session.intents = int(data.get("intents") or 0)
        ready = {
            "v": 10,
            "user": {
                **fake.user_payload(fake.bot_user_id),
                "verified": True,
                "mfa_enabled": False,
                "flags": 0,
            },
            "guilds": [{"id": str(fake.guild_id), "unavailable": True}],
            "session_id": session.session_id,
            "session_type": "normal",
            "resume_gateway_url": fake.gateway_url,
            "shard": data.get("shard") or [0, 1],
            "application": {"id": str(fake.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "user_settings": {},
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["stockholm"],
        }
        await session.send(0, ready, "READY")
        guild = fake.guild_create_payload(all_members=bool(session.intents & GUILD_MEMBERS))
        guild["threads"] = fake.threads.active(fake.bot_user_id)
        await session.send(0, guild, "GUILD_CREATE")
        session.ready = True
        self.most_ready = max(self.most_ready, len(self.ready_sessions()))
        fake.notify()

    async def _resume(self, session: Session, data: Json) -> None:
        """Resume if allowed and known; otherwise op 9 (not resumable) makes the client IDENTIFY."""
        fake = self.fake
        known = self._resumable.pop(str(data.get("session_id")), None)
        if not (fake.allow_resume and known and self._token_ok(data.get("token"))):
            await session.send(9, False)
            return
        session.session_id = str(data["session_id"])
        session.seq, session.intents = known
        await session.send(0, {}, "RESUMED")
        session.ready = True
        self.most_ready = max(self.most_ready, len(self.ready_sessions()))
        fake.notify()

    async def _request_members(self, session: Session, data: Json) -> None:
        fake = self.fake
        members = [fake.member_payload(m) for m in fake.members]
        chunk = {
            "guild_id": str(fake.guild_id),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
            "presences": [],
        }
        if "nonce" in data:
            chunk["nonce"] = data["nonce"]
        await session.send(0, chunk, "GUILD_MEMBERS_CHUNK")

    # pushing events

    async def dispatch(self, event: str, data: Json) -> int:
        """Send a dispatch to every ready session; returns how many got it."""
        sessions = self.ready_sessions()
        for session in sessions:
            await session.send(0, data, event)
        return len(sessions)

    async def dispatch_message(self, event: str, message: Json) -> int:
        """MESSAGE_* as the intents allow: content is blanked without the MESSAGE_CONTENT intent
        unless the bot wrote or was mentioned in it, or it is a DM."""
        fake, sent = self.fake, 0
        channel_id = int(message["channel_id"])
        in_guild = fake.is_guild_channel(channel_id)
        if event == "MESSAGE_DELETE":
            data: Json = {"id": message["id"], "channel_id": message["channel_id"]}
            if in_guild:
                data["guild_id"] = str(fake.guild_id)
        else:
            data = wire(message)
        for session in self.ready_sessions():
            if not session.intents & (GUILD_MESSAGES if in_guild else DIRECT_MESSAGES):
                continue
            payload = data
            mentioned = f"<@{fake.bot_user_id}>" in data.get("content", "")
            own = data.get("author", {}).get("id") == str(fake.bot_user_id)
            redact = in_guild and "content" in data and not session.intents & MESSAGE_CONTENT
            if redact and not (mentioned or own):
                payload = {
                    **data,
                    "content": "",
                    "embeds": [],
                    "attachments": [],
                    "components": [],
                }
            await session.send(0, payload, event)
            sent += 1
        return sent

    async def dispatch_own_message(self, event: str, message: Json) -> None:
        """Discord echoes the bot's own posts (and its webhooks') back over the gateway."""
        if self.fake.echo_own_messages:
            await self.dispatch_message(event, message)

    async def settle(self, timeout: float = 10) -> None:
        """Ask every ready session for a heartbeat (op 1) and wait for it.

        A callback's HTTP answer and the next gateway event race inside the client; for instance
        discord.py stores a modal only after its callback request returns. One gateway round trip
        after the answer was written lets the client finish with it before the next event.
        """
        sessions = self.ready_sessions()
        for session in sessions:
            before = session.heartbeats
            await session.send(1, session.seq or None)
            await self.fake.wait_until(
                lambda s=session, b=before: s.heartbeats > b or s.ws.closed,
                timeout,
                "a heartbeat answering op 1",
            )

    async def close_all(self, code: int) -> None:
        """Drop every connection (e.g. an outage); the handlers clean up their sessions."""
        for session in self.sessions:
            session.ready = False
        closing = [s.ws.close(code=code, message=b"fake outage") for s in self.sessions]
        await asyncio.gather(*closing, return_exceptions=True)
