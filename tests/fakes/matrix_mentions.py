"""Whether an event would notify anyone, by the spec's default push rules (client-server API,
"Push rules: predefined rules"), so a test can assert that nothing the bot posts pings.

The override rules that decide it, in their order:
- `.m.rule.suppress_notices`: an `m.notice` message notifies no one, whatever it says;
- `.m.rule.is_user_mention` / `.m.rule.is_room_mention`: with intentional mentions (an
  `m.mentions` key in the content, spec v1.7), the users in `m.mentions.user_ids` and, with
  `"room": true`, everyone in the room;
- `.m.rule.contains_display_name`, `.m.rule.contains_user_name` (a content rule) and
  `.m.rule.roomnotif`: the legacy rules, only when there is no `m.mentions` key at all: a
  member's display name or localpart, or `@room`, as a word in `body` (case-insensitive).
  So `"m.mentions": {}` defuses a literal `@room` in the text.

Only joined members other than the sender are notified. Two simplifications, both stricter:
whether the sender's power level allows `@room` (`notifications.room`, 50 by default) is not
considered (a bot may be given that level later), and users' own push rules are not modelled.
An edit is judged by its own top-level content, as the push rules judge it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.fakes.matrix_model import Event, Room, User


@dataclass(frozen=True)
class Ping:
    """An event that would notify: the whole room, or `users`, by push rule `rule`."""

    event_id: str
    room_id: str
    sender: str
    rule: str
    room: bool = False
    users: tuple[str, ...] = ()


def _word(text: str) -> re.Pattern[str]:
    """Synapse's word-boundary glob match of a push rule's pattern in `content.body`."""
    return re.compile(rf"(?:^|\W){re.escape(text)}(?:\W|$)", re.IGNORECASE)


_ROOM = _word("@room")


def pings_of(event: Event, room: Room, users: dict[str, User]) -> list[Ping]:
    """What `event` would notify, by the default push rules (see the module)."""
    content: dict[str, Any] = event.content
    if event.state_key is not None or event.type == "m.reaction":
        return []
    if event.type == "m.room.message" and content.get("msgtype") == "m.notice":
        return []
    others = [u for u in room.members() if u != event.sender]
    found: list[Ping] = []

    def add(rule: str, *, whole_room: bool = False, named: list[str] | None = None) -> None:
        ping = Ping(
            event.event_id, room.room_id, event.sender, rule, whole_room, tuple(named or ())
        )
        found.append(ping)

    mentions = content.get("m.mentions")
    if isinstance(mentions, dict):
        named = [u for u in mentions.get("user_ids", []) if u in others]
        if named:
            add(".m.rule.is_user_mention", named=named)
        if mentions.get("room") is True:
            add(".m.rule.is_room_mention", whole_room=True)
        return found
    if "m.mentions" in content:
        return []  # present but not an object: the legacy rules are off all the same
    body = content.get("body")
    if not isinstance(body, str):
        return []
    by_name = []
    for user_id in others:
        member = room.state_content("m.room.member", user_id) or {}
        user = users.get(user_id)
        name = member.get("displayname") or (user.display_name if user else None)
        if isinstance(name, str) and name and _word(name).search(body):
            by_name.append(user_id)
    if by_name:
        add(".m.rule.contains_display_name", named=by_name)
    by_localpart = [
        u for u in others if u not in by_name and _word(u[1:].split(":", 1)[0]).search(body)
    ]
    if by_localpart:
        add(".m.rule.contains_user_name", named=by_localpart)
    if _ROOM.search(body):
        add(".m.rule.roomnotif", whole_room=True)
    return found
