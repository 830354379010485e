"""Rooms of the fake homeserver: creation as Synapse does it, memberships, power levels, and
what a sender posted as a reader sees it (edits applied, redactions shown).

`POST /createRoom` builds the same state events as Synapse, in its order: create, the
creator's join, power levels (Synapse's defaults, then `power_level_content_override`), the
alias, join rules, history visibility, guest access, `initial_state`, name, topic, then the
invites (`is_direct` on each invite's member event for a direct room). The presets:
`private_chat` (invite only; the default), `trusted_private_chat` (invitees get the creator's
power level) and `public_chat` (anyone may join).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.matrix_mentions import Ping
from tests.fakes.matrix_model import Event, Json, MatrixError, MatrixModel, Room

SYNAPSE_POWER_LEVELS: Json = {  # what Synapse's createRoom writes, but `users`
    "users_default": 0,
    "events": {
        "m.room.name": 50,
        "m.room.power_levels": 100,
        "m.room.history_visibility": 100,
        "m.room.canonical_alias": 50,
        "m.room.avatar": 50,
        "m.room.tombstone": 100,
        "m.room.server_acl": 100,
        "m.room.encryption": 100,
    },
    "events_default": 0,
    "state_default": 50,
    "ban": 50,
    "kick": 50,
    "redact": 50,
    "invite": 50,
    "historical": 100,
    "notifications": {"room": 50},
}


@dataclass
class Post:
    """A message as a Matrix client shows it: the latest valid edit applied, or redacted."""

    event_id: str
    sender: str
    body: str | None  # None once redacted
    html: str | None
    msgtype: str | None
    content: Json  # the original content, or the latest edit's `m.new_content`
    reply_to: str | None = None  # the event an `m.in_reply_to` points at
    edits: list[str] = field(default_factory=list)  # every valid edit's event id, in order
    redacted: bool = False
    pings: list[Ping] = field(default_factory=list)  # of the post and its edits

    @property
    def edited(self) -> bool:
        return bool(self.edits)


class MatrixRooms(MatrixModel):
    """Room creation, memberships, power levels and the posts view on top of the model."""

    def __init__(self, server_name: str) -> None:
        super().__init__(server_name)
        self.aliases: dict[str, str] = {}  # "#alias:server" -> room id

    def create_room_as(
        self,
        creator: str,
        *,
        name: str | None = None,
        topic: str | None = None,
        invite: list[str] | tuple[str, ...] = (),
        is_direct: bool = False,
        preset: str = "private_chat",
        alias: str | None = None,
        power_levels: Json | None = None,
        initial_state: list[Json] | None = None,
    ) -> Room:
        if preset not in ("private_chat", "trusted_private_chat", "public_chat"):
            raise MatrixError(400, "M_INVALID_PARAM", f"Unknown preset {preset!r}")
        for user_id in invite:
            self.require_user(user_id)
        full_alias = f"#{alias}:{self.server_name}" if alias else None
        if full_alias in self.aliases:
            raise MatrixError(400, "M_ROOM_IN_USE", "Room alias already taken")
        room = Room(self.new_room_id(), creator)
        self.rooms[room.room_id] = room
        add = self.add_event
        add(
            room, creator, "m.room.create", {"creator": creator, "room_version": "10"}, state_key=""
        )
        self.set_membership(room, creator, "join")
        levels = copy.deepcopy(SYNAPSE_POWER_LEVELS)
        levels["users"] = {creator: 100}
        if preset != "public_chat":
            levels["invite"] = 0
        if preset == "trusted_private_chat":
            levels["users"].update(dict.fromkeys(invite, 100))
        levels.update(copy.deepcopy(power_levels or {}))
        add(room, creator, "m.room.power_levels", levels, state_key="")
        if full_alias:
            self.aliases[full_alias] = room.room_id
            add(room, creator, "m.room.canonical_alias", {"alias": full_alias}, state_key="")
        join_rule = "public" if preset == "public_chat" else "invite"
        add(room, creator, "m.room.join_rules", {"join_rule": join_rule}, state_key="")
        add(
            room,
            creator,
            "m.room.history_visibility",
            {"history_visibility": "shared"},
            state_key="",
        )
        guests = "forbidden" if preset == "public_chat" else "can_join"
        add(room, creator, "m.room.guest_access", {"guest_access": guests}, state_key="")
        for state in initial_state or []:
            key = state.get("state_key", "")
            add(room, creator, state["type"], copy.deepcopy(state["content"]), state_key=key)
        if name:
            add(room, creator, "m.room.name", {"name": name}, state_key="")
        if topic:
            add(room, creator, "m.room.topic", {"topic": topic}, state_key="")
        for user_id in invite:
            extra = {"is_direct": True} if is_direct else {}
            self.set_membership(room, user_id, "invite", sender=creator, extra=extra)
        return room

    def join(self, room_id: str, user_id: str) -> Event | None:
        """Join if invited or the room is public; joining again changes nothing."""
        room = self.room(room_id)
        membership = room.membership(user_id)
        if membership == "join":
            return None
        if membership == "ban":
            raise MatrixError(403, "M_FORBIDDEN", "You are banned from the room")
        rule = (room.state_content("m.room.join_rules") or {}).get("join_rule", "invite")
        if membership != "invite" and rule != "public":
            raise MatrixError(403, "M_FORBIDDEN", "You are not invited to this room.")
        return self.set_membership(room, user_id, "join")

    def leave(self, room_id: str, user_id: str) -> Event:
        room = self.room(room_id)
        if room.membership(user_id) not in ("join", "invite"):
            raise MatrixError(403, "M_FORBIDDEN", f"User {user_id} not in room {room_id}")
        return self.set_membership(room, user_id, "leave")

    def invite(self, room_id: str, user_id: str, *, sender: str, is_direct: bool = False) -> Event:
        room = self.joined_room(room_id, sender)
        self.require_user(user_id)
        needed = int(room.power_levels().get("invite", 0))
        if room.level_of(sender) < needed:
            raise MatrixError(403, "M_FORBIDDEN", "You don't have permission to invite users")
        if room.membership(user_id) in ("join", "ban"):
            state = "already in" if room.membership(user_id) == "join" else "banned from"
            raise MatrixError(403, "M_FORBIDDEN", f"{user_id} is {state} the room.")
        extra = {"is_direct": True} if is_direct else {}
        return self.set_membership(room, user_id, "invite", sender=sender, extra=extra)

    def change_power_levels(self, room_id: str, sender: str, **changes: Any) -> Event:
        """A new `m.room.power_levels` with `changes` (e.g. `users=…`, `events_default=50`)."""
        room = self.room(room_id)
        levels = copy.deepcopy(room.power_levels())
        levels.update(copy.deepcopy(changes))
        return self.add_event(room, sender, "m.room.power_levels", levels, state_key="")

    # reading posts back

    def posts(self, room_id: str, sender: str | None = None) -> list[Post]:
        """Every message (not an edit) in the room, by `sender` if given, as a client shows it."""
        room = self.room(room_id)
        posts: dict[str, Post] = {}
        for event in room.events:
            if event.type != "m.room.message":
                continue
            relates = event.original_content.get("m.relates_to") or {}
            if relates.get("rel_type") == "m.replace":
                self._apply_edit(posts, event, relates.get("event_id"))
                continue
            if sender is not None and event.sender != sender:
                continue
            posts[event.event_id] = self._post(event)
        return list(posts.values())

    def _post(self, event: Event) -> Post:
        content = event.original_content
        reply = (content.get("m.relates_to") or {}).get("m.in_reply_to") or {}
        post = Post(
            event.event_id,
            event.sender,
            content.get("body"),
            content.get("formatted_body"),
            content.get("msgtype"),
            content,
            reply.get("event_id"),
            pings=[p for p in self.pings if p.event_id == event.event_id],
        )
        if event.redacted_by is not None:
            post.body = post.html = None
            post.redacted, post.content = True, {}
        return post

    def edit_problem(self, edit: Event) -> str | None:
        """Why clients would not apply an `m.replace` event, or None when they would."""
        target_id = (edit.original_content.get("m.relates_to") or {}).get("event_id")
        target = self.events.get(target_id) if isinstance(target_id, str) else None
        if target is None or target.room_id != edit.room_id:
            return "edits an event unknown in the room"
        if target.sender != edit.sender:
            return "edits another sender's event"
        if (target.original_content.get("m.relates_to") or {}).get("rel_type") == "m.replace":
            return "edits an edit"
        if not isinstance(edit.original_content.get("m.new_content"), dict):
            return "has no m.new_content"
        return None

    def invalid_edits(self) -> dict[str, str]:
        """Every `m.replace` no client would apply: event id -> why."""
        found = {}
        for event in self.events.values():
            relates = event.original_content.get("m.relates_to") or {}
            is_edit = event.type == "m.room.message" and relates.get("rel_type") == "m.replace"
            if is_edit and (problem := self.edit_problem(event)) is not None:
                found[event.event_id] = problem
        return found

    def _apply_edit(self, posts: dict[str, Post], edit: Event, target_id: Any) -> None:
        """A client applies an edit by the original's sender, of a message that is no edit
        itself, carrying `m.new_content`; a redacted edit is dropped."""
        post = posts.get(target_id) if isinstance(target_id, str) else None
        if self.edit_problem(edit) is not None or post is None or post.redacted:
            return  # invalid, another sender's post (not asked for), or redacted
        post.pings.extend(p for p in self.pings if p.event_id == edit.event_id)
        if edit.redacted_by is not None:
            return
        new = edit.original_content["m.new_content"]
        post.edits.append(edit.event_id)
        post.content = new
        post.body, post.html = new.get("body"), new.get("formatted_body")
        post.msgtype = new.get("msgtype")
