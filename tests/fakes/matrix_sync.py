"""`GET /sync` of the fake homeserver: filters, and the response for one session since a token.

As Synapse answers it: without `since`, every joined room with its state and the last
`timeline.limit` events (10 unless a filter says otherwise), and every pending invite; with
`since`, only what happened after it: new timeline events (`limited` with the state in between
when more came than the limit), rooms joined since (with their full state), new invites,
rooms left, and changed account data. Events come in client format without `room_id`; the
sender's own device sees `unsigned.transaction_id`. A redacted event is shown redacted, with
`unsigned.redacted_because`.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.matrix_model import Event, MatrixError, MatrixModel, Room, Session

Json = dict[str, Any]
DEFAULT_TIMELINE_LIMIT = 10  # Synapse's when no filter sets one
_STRIPPED_TYPES = (  # what an invite shows of the room (Synapse's room_prejoin_state)
    "m.room.create",
    "m.room.join_rules",
    "m.room.name",
    "m.room.canonical_alias",
    "m.room.avatar",
    "m.room.encryption",
)


@dataclass
class EventFilter:
    limit: int = DEFAULT_TIMELINE_LIMIT
    types: list[str] | None = None
    not_types: list[str] = field(default_factory=list)
    senders: list[str] | None = None
    not_senders: list[str] = field(default_factory=list)

    def passes(self, event: Event) -> bool:
        def matches(patterns: list[str]) -> bool:
            return any(fnmatch.fnmatchcase(event.type, p) for p in patterns)

        if self.types is not None and not matches(self.types):
            return False
        if matches(self.not_types):
            return False
        if self.senders is not None and event.sender not in self.senders:
            return False
        return event.sender not in self.not_senders


@dataclass
class SyncFilter:
    timeline: EventFilter = field(default_factory=EventFilter)
    rooms: list[str] | None = None
    not_rooms: list[str] = field(default_factory=list)
    include_leave: bool = False

    def wants(self, room_id: str) -> bool:
        if self.rooms is not None and room_id not in self.rooms:
            return False
        return room_id not in self.not_rooms


def _strings(value: Any, where: str) -> list[str] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise MatrixError(400, "M_BAD_JSON", f"{where} must be a list of strings")
    return value


def parse_filter(body: Any) -> SyncFilter:
    """A filter definition (the spec's `Filter`), checked where the fake uses it."""
    if not isinstance(body, dict):
        raise MatrixError(400, "M_BAD_JSON", "Filter must be a JSON object")
    room = body.get("room", {})
    timeline = room.get("timeline", {}) if isinstance(room, dict) else None
    if not isinstance(room, dict) or not isinstance(timeline, dict):
        raise MatrixError(400, "M_BAD_JSON", "room and room.timeline must be objects")
    limit = timeline.get("limit", DEFAULT_TIMELINE_LIMIT)
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
        raise MatrixError(400, "M_BAD_JSON", "room.timeline.limit must be an integer")
    events = EventFilter(
        limit,
        _strings(timeline.get("types"), "types"),
        _strings(timeline.get("not_types"), "not_types") or [],
        _strings(timeline.get("senders"), "senders"),
        _strings(timeline.get("not_senders"), "not_senders") or [],
    )
    rooms = _strings(room.get("rooms"), "rooms")
    not_rooms = _strings(room.get("not_rooms"), "not_rooms") or []
    return SyncFilter(events, rooms, not_rooms, bool(room.get("include_leave", False)))


def parse_since(since: str | None, position: int) -> int | None:
    if since is None:
        return None
    if not since.startswith("s") or not since[1:].isdigit() or int(since[1:]) > position:
        raise MatrixError(400, "M_INVALID_PARAM", f"Invalid stream token {since!r}")
    return int(since[1:])


def sync_body(
    model: MatrixModel,
    session: Session,
    since: int | None,
    sync_filter: SyncFilter,
    *,
    full_state: bool = False,
) -> tuple[Json, bool]:
    """The /sync answer and whether it carries anything (a long poll waits while it does not)."""
    user_id = session.user_id
    joined: Json = {}
    invited: Json = {}
    left: Json = {}
    for room in model.rooms.values():
        member = room.state.get(("m.room.member", user_id))
        if member is None or not sync_filter.wants(room.room_id):
            continue
        membership = member.content.get("membership")
        is_new = since is None or member.pos > since
        if membership == "join":
            entry = _joined(room, session, since, is_new, full_state, sync_filter.timeline)
            if entry is not None:
                joined[room.room_id] = entry
        elif membership == "invite" and is_new:
            state = [e.stripped() for e in room.state.values() if e.type in _STRIPPED_TYPES]
            invite = member.client()
            invited[room.room_id] = {"invite_state": {"events": [*state, invite]}}
        elif (
            membership in ("leave", "ban")
            and is_new
            and (since is not None or sync_filter.include_leave)
        ):
            left[room.room_id] = {
                "timeline": {
                    "events": [member.client(device_id=session.device_id)],
                    "limited": False,
                },
                "state": {"events": []},
                "account_data": {"events": []},
            }
    account_data = [
        {"type": kind, "content": content}
        for kind, (content, pos) in model.account_data.get(user_id, {}).items()
        if since is None or pos > since
    ]
    body: Json = {
        "next_batch": f"s{model.position}",
        "rooms": {"join": joined, "invite": invited, "leave": left, "knock": {}},
        "account_data": {"events": account_data},
        "presence": {"events": []},
        "to_device": {"events": []},
        "device_lists": {"changed": [], "left": []},
        "device_one_time_keys_count": {"signed_curve25519": 0},
    }
    return body, bool(joined or invited or left or account_data)


def _joined(
    room: Room,
    session: Session,
    since: int | None,
    is_new: bool,
    full_state: bool,
    timeline_filter: EventFilter,
) -> Json | None:
    news = [
        e for e in room.events
        if (is_new or since is None or e.pos > since) and timeline_filter.passes(e)
    ]  # fmt: skip
    if not news and not is_new and not full_state:
        return None
    limit = timeline_filter.limit
    timeline = news[-limit:] if limit else []
    limited = len(timeline) < len(news)
    start = timeline[0].pos if timeline else (room.events[-1].pos + 1)
    state = room.state_before(start)  # at the start of the timeline: all of it, or
    if not (is_new or full_state or since is None):  # what changed since the token
        state = [e for e in state if e.pos > since]
    device = session.device_id
    return {
        "timeline": {
            "events": [e.client(device_id=device) for e in timeline],
            "limited": limited,
            "prev_batch": f"s{start - 1}",
        },
        "state": {"events": [e.client(device_id=device) for e in state]},
        "account_data": {"events": []},
        "ephemeral": {"events": []},
        "unread_notifications": {"highlight_count": 0, "notification_count": 0},
        "summary": {"m.joined_member_count": len(room.members())},
    }
