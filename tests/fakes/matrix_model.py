"""The state of the fake Matrix homeserver: users, devices, rooms and events, as wire objects.

Rooms are version 10 (Synapse's default): `redacts` is a top-level key of a redaction (and, as
Synapse mirrors it for newer clients, in its content too); event ids are `$` and 43 url-safe
base64 characters, room ids `!…:server`. Every event gets a stream position; a sync token is
`s<position>`. Authorisation follows the spec's rules where a bot meets them: a member only
sends into a room it has joined, at the power level the room asks for that event type, and
redacts another's event only at the room's `redact` level.
"""

from __future__ import annotations

import copy
import json
import secrets
import string
import time
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import web

from tests.fakes.changes import Changes
from tests.fakes.matrix_mentions import Ping, pings_of

Json = dict[str, Any]
T = TypeVar("T")
# where the middleware leaves the request's session and access token for the endpoints
SESSION: Any = web.RequestKey("matrix_session", object) if hasattr(web, "RequestKey") else "session"
TOKEN: Any = web.RequestKey("matrix_token", str) if hasattr(web, "RequestKey") else "token"
MAX_PDU_BYTES = 65_536  # the spec's limit on a whole event, as Synapse checks it
_PDU_ENVELOPE = 600  # what a federation PDU adds beside the client event (hashes, signatures,
# auth and prev events, depth): about this many bytes in canonical JSON
_KEPT_ON_REDACTION = {  # room version 10's redaction algorithm
    "m.room.member": {"membership", "join_authorised_via_users_server"},
    "m.room.create": {"creator"},
    "m.room.join_rules": {"join_rule", "allow"},
    "m.room.power_levels": {"ban", "events", "events_default", "kick", "redact"}
    | {"state_default", "users", "users_default"},
    "m.room.history_visibility": {"history_visibility"},
}


class MatrixError(Exception):
    """An answer of the homeserver other than 200: `{"errcode", "error", **extra}`."""

    def __init__(self, status: int, errcode: str, error: str, **extra: Any) -> None:
        super().__init__(f"{status} {errcode}: {error}")
        self.status, self.errcode, self.error, self.extra = status, errcode, error, extra

    def body(self) -> Json:
        return {"errcode": self.errcode, "error": self.error, **self.extra}


def canonical_json(value: Any) -> bytes:
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    ).encode()


def random_id(length: int, alphabet: str = string.ascii_letters) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


@dataclass
class User:
    user_id: str
    display_name: str
    password: str | None = None
    avatar_url: str | None = None

    @property
    def localpart(self) -> str:
        return self.user_id[1:].split(":", 1)[0]


@dataclass
class Session:
    """An access token: one user's device."""

    user_id: str
    device_id: str


@dataclass
class Event:
    event_id: str
    room_id: str
    type: str
    sender: str
    content: Json
    ts: int  # origin_server_ts, milliseconds
    pos: int  # stream position
    state_key: str | None = None
    redacts: str | None = None
    txn: tuple[str, str] | None = None  # (device id, transaction id) it was sent with
    redacted_by: Event | None = None
    original_content: Json = field(default_factory=dict)  # kept for tests after a redaction

    def client(self, *, device_id: str | None = None, room_id: bool = False) -> Json:
        """The client-server format (`room_id` only outside /sync); the sender's own device
        sees its `unsigned.transaction_id`, as Synapse shows it for local echo."""
        body: Json = {
            "type": self.type,
            "event_id": self.event_id,
            "sender": self.sender,
            "origin_server_ts": self.ts,
            "content": copy.deepcopy(self.content),
        }
        unsigned: Json = {"age": max(0, int(time.time() * 1000) - self.ts)}
        if room_id:
            body["room_id"] = self.room_id
        if self.state_key is not None:
            body["state_key"] = self.state_key
        if self.redacts is not None:
            body["redacts"] = self.redacts
        if self.txn is not None and device_id == self.txn[0]:
            unsigned["transaction_id"] = self.txn[1]
        if self.redacted_by is not None:
            unsigned["redacted_because"] = self.redacted_by.client(room_id=room_id)
        body["unsigned"] = unsigned
        return body

    def stripped(self) -> Json:
        """A stripped state event, as in an invite's `invite_state`."""
        return {
            "type": self.type,
            "state_key": self.state_key,
            "sender": self.sender,
            "content": copy.deepcopy(self.content),
        }

    def redact(self, by: Event) -> None:
        kept = _KEPT_ON_REDACTION.get(self.type, set())
        self.redacted_by = by
        self.content = {k: v for k, v in self.content.items() if k in kept}

    def pdu_size(self) -> int:
        """About the size of this event as a federation PDU in canonical JSON."""
        pdu = self.client(room_id=True)
        del pdu["event_id"], pdu["unsigned"]
        return len(canonical_json(pdu)) + _PDU_ENVELOPE


@dataclass
class Room:
    room_id: str
    creator: str
    events: list[Event] = field(default_factory=list)
    state: dict[tuple[str, str], Event] = field(default_factory=dict)

    def state_content(self, event_type: str, state_key: str = "") -> Json | None:
        event = self.state.get((event_type, state_key))
        return None if event is None else event.content

    def membership(self, user_id: str) -> str | None:
        content = self.state_content("m.room.member", user_id)
        return None if content is None else content.get("membership")

    def members(self, membership: str = "join") -> list[str]:
        return [
            key for (kind, key), ev in self.state.items()
            if kind == "m.room.member" and ev.content.get("membership") == membership
        ]  # fmt: skip

    def power_levels(self) -> Json:
        content = self.state_content("m.room.power_levels")
        if content is None:  # the spec's defaults when a room has no power levels event
            return {"users": {self.creator: 100}, "users_default": 0, "state_default": 0}
        return content

    def level_of(self, user_id: str) -> int:
        levels = self.power_levels()
        return int(levels.get("users", {}).get(user_id, levels.get("users_default", 0)))

    def level_for(self, event_type: str, *, state: bool) -> int:
        levels = self.power_levels()
        if event_type in levels.get("events", {}):
            return int(levels["events"][event_type])
        return int(levels.get("state_default", 50) if state else levels.get("events_default", 0))

    def state_before(self, pos: int) -> list[Event]:
        """The room's state just before stream position `pos`."""
        state: dict[tuple[str, str], Event] = {}
        for event in self.events:
            if event.pos >= pos:
                break
            if event.state_key is not None:
                state[(event.type, event.state_key)] = event
        return list(state.values())


class MatrixModel(Changes):
    """Users, sessions, rooms, events and account data, with change notification."""

    fake_name = "fake Matrix"

    def __init__(self, server_name: str) -> None:
        super().__init__()
        self.server_name = server_name
        self.users: dict[str, User] = {}
        self.sessions: dict[str, Session] = {}  # access token -> session
        self.rooms: dict[str, Room] = {}
        self.events: dict[str, Event] = {}
        self.account_data: dict[str, dict[str, tuple[Json, int]]] = {}  # user -> type -> (c, pos)
        self.filters: dict[str, dict[str, Json]] = {}  # user -> filter id -> filter
        self.pings: list[Ping] = []  # every event that would notify someone
        self.position = 0

    # users and sessions

    def user_id(self, localpart: str) -> str:
        return localpart if localpart.startswith("@") else f"@{localpart}:{self.server_name}"

    def add_user(
        self, localpart: str, display_name: str | None = None, *, password: str | None = None
    ) -> str:
        user_id = self.user_id(localpart)
        name = display_name or user_id[1:].split(":", 1)[0]
        self.users[user_id] = User(user_id, name, password)
        return user_id

    def new_session(self, user_id: str, device_id: str | None = None) -> str:
        """A fresh access token for `user_id` (Synapse's look: `syt_…`)."""
        self.require_user(user_id)
        token = f"syt_{secrets.token_urlsafe(24)}"
        self.sessions[token] = Session(user_id, device_id or random_id(10, string.ascii_uppercase))
        return token

    def require_user(self, user_id: str) -> User:
        if user_id not in self.users:
            raise MatrixError(404, "M_NOT_FOUND", f"Unknown user {user_id}")
        return self.users[user_id]

    # rooms and events

    def room(self, room_id: str) -> Room:
        if not room_id.startswith("!") or ":" not in room_id:
            raise MatrixError(400, "M_INVALID_PARAM", f"Expected room ID, got {room_id!r}")
        if room_id not in self.rooms:
            raise MatrixError(404, "M_NOT_FOUND", "Unknown room")
        return self.rooms[room_id]

    def joined_room(self, room_id: str, user_id: str) -> Room:
        room = self.room(room_id)
        if room.membership(user_id) != "join":
            raise MatrixError(403, "M_FORBIDDEN", f"User {user_id} not in room {room_id}")
        return room

    def add_event(
        self,
        room: Room,
        sender: str,
        event_type: str,
        content: Json,
        *,
        state_key: str | None = None,
        redacts: str | None = None,
        txn: tuple[str, str] | None = None,
    ) -> Event:
        """Append an event (already authorised) to the room and the stream."""
        event_id = "$" + secrets.token_urlsafe(32)[:43]
        now, pos = int(time.time() * 1000), self.position + 1
        event = Event(event_id, room.room_id, event_type, sender, content, now, pos, state_key)
        event.redacts, event.txn, event.original_content = redacts, txn, copy.deepcopy(content)
        if event.pdu_size() > MAX_PDU_BYTES:
            raise MatrixError(413, "M_TOO_LARGE", "event too large")
        self.position += 1
        room.events.append(event)
        self.events[event_id] = event
        if state_key is not None:
            room.state[(event_type, state_key)] = event
        if redacts is not None and (target := self.events.get(redacts)) is not None:
            target.redact(event)
        self.pings.extend(pings_of(event, room, self.users))
        self.notify()
        return event

    def send(
        self,
        room_id: str,
        sender: str,
        event_type: str,
        content: Json,
        *,
        state_key: str | None = None,
        txn: tuple[str, str] | None = None,
    ) -> Event:
        """A member sends an event, as the spec's authorisation rules allow."""
        room = self.joined_room(room_id, sender)
        needed = room.level_for(event_type, state=state_key is not None)
        if room.level_of(sender) < needed:
            raise MatrixError(
                403,
                "M_FORBIDDEN",
                "You don't have permission to post that to the room. "
                f"user_level ({room.level_of(sender)}) < send_level ({needed})",
            )
        self._check_relation(room, content)
        return self.add_event(room, sender, event_type, content, state_key=state_key, txn=txn)

    def redact(
        self,
        room_id: str,
        sender: str,
        event_id: str,
        reason: str | None,
        txn: tuple[str, str] | None = None,
    ) -> Event:
        """Redact an event: one's own, or anyone's at the room's `redact` level. Synapse
        accepts a redaction of an event it does not know (it may arrive later)."""
        room = self.joined_room(room_id, sender)
        target = self.events.get(event_id)
        if target is not None and target.room_id != room_id:
            raise MatrixError(400, "M_UNKNOWN", "Cannot redact event from a different room")
        if target is not None and target.type == "m.room.create":
            raise MatrixError(403, "M_FORBIDDEN", "Redacting create events is not permitted")
        redact_level = int(room.power_levels().get("redact", 50))
        others = target is not None and target.sender != sender
        if others and room.level_of(sender) < redact_level:
            raise MatrixError(403, "M_FORBIDDEN", "You don't have permission to redact events")
        content: Json = {"redacts": event_id}  # Synapse mirrors it into the content
        if reason is not None:
            content["reason"] = reason
        return self.add_event(room, sender, "m.room.redaction", content, redacts=event_id, txn=txn)

    def _check_relation(self, room: Room, content: Json) -> None:
        """Synapse refuses a relation to an event of another room."""
        relates_to = content.get("m.relates_to")
        if not isinstance(relates_to, dict):
            return
        parent_id = relates_to.get("event_id")
        reply = relates_to.get("m.in_reply_to")
        if parent_id is None and isinstance(reply, dict):
            parent_id = reply.get("event_id")
        parent = self.events.get(parent_id) if isinstance(parent_id, str) else None
        if parent is not None and parent.room_id != room.room_id:
            raise MatrixError(400, "M_UNKNOWN", "Relations must be in the same room")

    def set_membership(
        self,
        room: Room,
        user_id: str,
        membership: str,
        *,
        sender: str | None = None,
        extra: Json | None = None,
    ) -> Event:
        user = self.require_user(user_id)
        content: Json = {"membership": membership, **(extra or {})}
        if membership == "join":
            content.setdefault("displayname", user.display_name)
        return self.add_event(room, sender or user_id, "m.room.member", content, state_key=user_id)

    def put_account_data(self, user_id: str, data_type: str, content: Json) -> None:
        self.position += 1
        self.account_data.setdefault(user_id, {})[data_type] = (
            copy.deepcopy(content),
            self.position,
        )
        self.notify()

    def events_by(self, sender: str, event_type: str | None = None) -> list[Event]:
        """Every event `sender` sent (of `event_type`), in stream order."""
        return [
            e for e in self.events.values()
            if e.sender == sender and (event_type is None or e.type == event_type)
        ]  # fmt: skip

    def new_room_id(self) -> str:
        return f"!{random_id(18)}:{self.server_name}"
