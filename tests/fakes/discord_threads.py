"""Threads in the fake Discord: public threads started from a message, as Discord has them.

`POST /channels/{cid}/messages/{mid}/threads` starts a PUBLIC_THREAD (type 11) on a message of a
text channel: a channel of its own whose id is the message's and whose `parent_id` is the
channel's, answered as the channel object. Discord's refusals, in its codes: an unknown channel
(404, 10003), a channel that cannot hold threads, such as a DM or a thread (400, 50024), a bad
body (400, 50035: `name` 1–100 characters, `auto_archive_duration` one of Discord's four), no
CREATE_PUBLIC_THREADS (403, 50013), a message not in that channel (404, 10008), a message that
already has a thread (400, 160004, however long ago and by whom it was started).

The gateway then sends THREAD_CREATE (`newly_created`, with the creator's thread member) to
sessions with the GUILDS intent, the THREAD_CREATED notice in the parent channel (type 18) and
the THREAD_STARTER_MESSAGE as the thread's first message (type 21). GUILD_CREATE lists the
active threads. Posts in the thread go to `/channels/{thread id}/messages` like any channel's
and need SEND_MESSAGES_IN_THREADS; a post in an archived thread unarchives it (THREAD_UPDATE
first), as on Discord.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from tests.fakes.discord_model import Json, now_iso
from tests.fakes.discord_rest import error, json_response, payload_of, route

if TYPE_CHECKING:
    from tests.fakes.discord_server import FakeDiscord

PUBLIC_THREAD = 11
THREAD_PARENTS = (0, 5)  # GUILD_TEXT and GUILD_ANNOUNCEMENT channels hold threads
THREAD_CREATED, THREAD_STARTER_MESSAGE = 18, 21
HAS_THREAD = 1 << 5  # a message's flag once a thread hangs on it
GUILDS = 1 << 0  # the intent THREAD_* events belong to
CREATE_PUBLIC_THREADS = 1 << 35
SEND_MESSAGES_IN_THREADS = 1 << 38
ARCHIVE_DURATIONS = (60, 1440, 4320, 10080)  # minutes
DEFAULT_ARCHIVE_DURATION = 1440


def _invalid(field: str, code: str, message: str) -> web.Response:
    errors = {field: {"_errors": [{"code": code, "message": message}]}}
    return error(400, "Invalid Form Body", 50035, errors)


def body_problem(body: Json) -> web.Response | None:
    """Start Thread from Message's JSON params, checked as Discord does."""
    name = body.get("name")
    if name is None:
        return _invalid("name", "BASE_TYPE_REQUIRED", "This field is required")
    if not isinstance(name, str) or not 1 <= len(name) <= 100:
        return _invalid("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
    duration = body.get("auto_archive_duration")
    if duration is not None and duration not in ARCHIVE_DURATIONS:
        choices = "Value must be one of {60, 1440, 4320, 10080}."
        return _invalid("auto_archive_duration", "BASE_TYPE_CHOICES", choices)
    slowmode = body.get("rate_limit_per_user")
    if slowmode is not None and not (isinstance(slowmode, int) and 0 <= slowmode <= 21600):
        return _invalid("rate_limit_per_user", "NUMBER_TYPE_MAX", "Must be 21600 or less.")
    return None


class DiscordThreads:
    """The thread route, the thread channels' state, and the events threads cause."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.members: dict[int, dict[int, str]] = {}  # thread id -> user id -> joined at

    def add_routes(self, router: web.UrlDispatcher) -> None:
        router.add_post(route("/channels/{cid}/messages/{mid}/threads"), self.start_from_message)

    async def start_from_message(self, request: web.Request) -> web.Response:
        channel_id, message_id = int(request.match_info["cid"]), int(request.match_info["mid"])
        body = payload_of(request) or {}
        refused = self.refusal(channel_id, message_id, body, self.fake.bot_user_id)
        if refused is not None:
            return refused
        thread = await self.start(channel_id, message_id, body, self.fake.bot_user_id)
        return json_response(thread)

    async def open_as(self, user_id: int, channel_id: int, message_id: int, name: str) -> int:
        """A member starts a thread on a message, as Discord's own client does; its id."""
        await self.fake.wait_ready()
        body = {"name": name}
        refused = self.refusal(channel_id, message_id, body, user_id)
        if refused is not None:
            raise PermissionError(f"Discord refuses the thread: {refused.text}")
        await self.start(channel_id, message_id, body, user_id)
        return message_id

    def refusal(
        self, channel_id: int, message_id: int, body: Json, user_id: int
    ) -> web.Response | None:
        """Discord's answer when `user_id` may not start this thread, else None."""
        fake = self.fake
        channel = fake.channels.get(channel_id)
        if channel is None:
            return error(404, "Unknown Channel", 10003)
        if channel["type"] not in THREAD_PARENTS:
            return error(400, "Cannot execute action on this channel type", 50024)
        if problem := body_problem(body):
            return problem
        if not fake.permissions_of(user_id) & CREATE_PUBLIC_THREADS:
            return error(403, "Missing Permissions", 50013)
        message = fake.all_messages.get(message_id)
        if message is None or message.get("deleted") or int(message["channel_id"]) != channel_id:
            return error(404, "Unknown Message", 10008)
        if message_id in fake.channels or message.get("thread"):
            return error(400, "A thread has already been created for this message", 160004)
        return None

    async def start(self, channel_id: int, message_id: int, body: Json, user_id: int) -> Json:
        """Open the thread (`refusal` said it may be) and tell the gateway."""
        fake = self.fake
        stamp = now_iso()
        thread: Json = {
            **{"id": str(message_id), "guild_id": str(fake.guild_id), "type": PUBLIC_THREAD},
            **{"parent_id": str(channel_id), "owner_id": str(user_id), "name": body["name"]},
            **{"last_message_id": None, "last_pin_timestamp": None, "flags": 0},
            **{"rate_limit_per_user": body.get("rate_limit_per_user") or 0},
            **{"message_count": 0, "total_message_sent": 0, "member_count": 1},
            "thread_metadata": {
                **{"archived": False, "locked": False, "archive_timestamp": stamp},
                "auto_archive_duration": body.get("auto_archive_duration")
                or DEFAULT_ARCHIVE_DURATION,
                "create_timestamp": stamp,
            },
        }
        fake.channels[message_id] = thread
        fake.messages.setdefault(message_id, [])
        self.members[message_id] = {user_id: stamp}
        starter = fake.all_messages[message_id]
        starter["flags"] |= HAS_THREAD
        starter["thread"] = thread  # the same object: it shows the thread as it is now
        fake.notify()
        created = {**thread, "newly_created": True, "member": self.member(message_id, user_id)}
        await self.dispatch("THREAD_CREATE", created)
        await self._notices(thread, user_id)
        return thread

    async def _notices(self, thread: Json, user_id: int) -> None:
        """THREAD_CREATED in the parent channel, THREAD_STARTER_MESSAGE in the thread."""
        fake, thread_id, parent_id = self.fake, int(thread["id"]), int(thread["parent_id"])
        author = fake.user_payload(user_id)
        notice = fake.build_message(
            parent_id, author, {"content": thread["name"]}, member_id=user_id, msg_type=18
        )
        notice["message_reference"] = {"channel_id": str(thread_id), "guild_id": thread["guild_id"]}
        reference = {"message_id": str(thread_id), "channel_id": str(parent_id)}
        reference["guild_id"] = thread["guild_id"]
        first = fake.build_message(
            thread_id,
            author,
            {"message_reference": reference},
            member_id=user_id,
            msg_type=THREAD_STARTER_MESSAGE,
        )
        for message in (notice, first):
            await fake.gateway.dispatch_message("MESSAGE_CREATE", message)

    def member(self, thread_id: int, user_id: int) -> Json:
        joined = self.members[thread_id][user_id]
        return {"id": str(thread_id), "user_id": str(user_id), "join_timestamp": joined, "flags": 0}

    def is_thread(self, channel_id: int) -> bool:
        channel = self.fake.channels.get(channel_id)
        return channel is not None and channel["type"] == PUBLIC_THREAD

    def active(self, user_id: int) -> list[Json]:
        """GUILD_CREATE's `threads`: the active ones, with the user's thread member if joined."""
        found = []
        for channel_id, channel in self.fake.channels.items():
            if channel["type"] == PUBLIC_THREAD and not channel["thread_metadata"]["archived"]:
                joined = user_id in self.members.get(channel_id, {})
                found.append(
                    {**channel, "member": self.member(channel_id, user_id)} if joined else channel
                )
        return found

    async def before_post(self, channel_id: int, user_id: int) -> web.Response | None:
        """A post in a thread: refused without SEND_MESSAGES_IN_THREADS; else it unarchives an
        archived thread, joins the author to it and counts it."""
        if not self.is_thread(channel_id):
            return None
        fake = self.fake
        if user_id in fake.members and not fake.permissions_of(user_id) & SEND_MESSAGES_IN_THREADS:
            return error(403, "Missing Permissions", 50013)
        thread = fake.channels[channel_id]
        if thread["thread_metadata"]["archived"]:
            await self._set_archived(thread, archived=False)
        self.members.setdefault(channel_id, {}).setdefault(user_id, now_iso())
        thread["member_count"] = min(50, len(self.members[channel_id]))
        thread["message_count"] += 1
        thread["total_message_sent"] += 1
        return None

    async def archive(self, thread_id: int) -> None:
        """The thread goes quiet for its auto_archive_duration: Discord archives it."""
        if not self.is_thread(thread_id):
            raise LookupError(f"no thread {thread_id}")
        await self._set_archived(self.fake.channels[thread_id], archived=True)

    async def _set_archived(self, thread: Json, *, archived: bool) -> None:
        thread["thread_metadata"].update(archived=archived, archive_timestamp=now_iso())
        self.fake.notify()
        await self.dispatch("THREAD_UPDATE", thread)

    async def dispatch(self, event: str, data: Json) -> None:
        """THREAD_* go to the sessions that asked for the GUILDS intent."""
        for session in self.fake.gateway.ready_sessions():
            if session.intents & GUILDS:
                await session.send(0, data, event)
