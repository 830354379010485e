"""What comes in from a Matrix sync: commands typed as `!bryggan NAME …` (or `!NAME` when NAME
is a command), answers to a form being filled in a direct room, numbered choices answered by
reply or reaction, and members' messages, edits and redactions for bridges and mirrors.

Every event is handled once (the door's replay guard), whatever a restart re-reads. Answers
go through the outbox: to the room for a public reply (as a reply to the command), to the
member's direct room for a private one.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import timedelta
from typing import Any

from mautrix.api import Method, Path
from mautrix.errors import MatrixRequestError
from mautrix.types import EventID, RoomID

from bot.platforms.conversation import FormInProgress, Wording
from bot.platforms.matrix.api import MatrixApi
from bot.platforms.matrix.members import PLATFORM, MatrixDirectory
from bot.platforms.matrix.render import CHOICES, KEYCAPS
from handlers.door import Door
from handlers.errors import CommandError
from handlers.i18n import N_, translator
from handlers.parsing import chat_command
from handlers.types import Channel, Command, InboundMessage, Interaction, Member, Message, Reply

log = logging.getLogger(__name__)
SEEN_FOR = timedelta(days=2)  # longer than any gap a stored sync token is resumed after
CANCEL = ("!cancel", "!avbryt")
CHAT = Wording(
    skip="-",
    keeps=N_(" (now: {value}; answer - to keep it)"),
    optional=N_(" (optional, answer - to skip)"),
    required=N_("This field is required (or !cancel)."),
)
Json = dict[str, Any]


def _text(content: Json) -> str:
    """The message's own text: a reply's quoted fallback (`> …` lines, then a blank line)
    left out."""
    body = str(content.get("body") or "")
    if body.startswith("> ") and "\n\n" in body:
        return body.split("\n\n", 1)[1]
    return body


class MatrixInbound:
    def __init__(
        self, door: Door, api: MatrixApi, directory: MatrixDirectory, *, bot_user_id: str
    ) -> None:
        self.door, self.api, self.directory, self.bot = door, api, directory, bot_user_id

    async def take(self, sync: Json, *, history: bool) -> None:
        """A sync's invites joined and events handled in order; `history`: the first sync
        of a bot that never synced, whose old messages are not answered."""
        rooms = sync.get("rooms") or {}
        for room_id in rooms.get("invite") or {}:
            await self._join(room_id)
        for room_id, room in (rooms.get("join") or {}).items():
            timeline = room.get("timeline") or {}
            if timeline.get("limited") and not history:
                log.warning("matrix: a room had more news than one sync holds; older not read")
            for event in timeline.get("events") or []:
                if not history:
                    await self._once(room_id, event)

    async def _join(self, room_id: str) -> None:
        client = await self.api.open()
        try:
            await client.join_room(RoomID(room_id), max_retries=0)
        except MatrixRequestError as error:
            log.warning("matrix: could not join an invited room (%s)", error.errcode)

    async def _once(self, room_id: str, event: Json) -> None:
        event_id = str(event.get("event_id") or "")
        if not event_id or event.get("sender") == self.bot:
            return
        if not await self.door.first_sight(f"matrix:{event_id}", keep=SEEN_FOR):
            return
        try:
            await self._event(room_id, event)
        except Exception:
            log.exception("matrix: an event could not be handled", extra={"room": room_id})

    async def _event(self, room_id: str, event: Json) -> None:
        kind, content = event.get("type"), event.get("content") or {}
        if kind == "m.room.member":
            self.directory.forget_name(str(event.get("state_key") or ""))
        elif kind == "m.room.power_levels":
            self.directory.levels_changed()
        elif kind == "m.room.name":
            self.directory.forget_room_name(room_id)
        elif kind == "m.room.redaction":
            redacted = event.get("redacts") or content.get("redacts")
            if redacted:
                await self._relay(room_id, event, "deleted", str(redacted), "")
        elif kind == "m.reaction":
            relation = content.get("m.relates_to") or {}
            if relation.get("key") in KEYCAPS and relation.get("event_id"):
                number = KEYCAPS.index(relation["key"]) + 1
                await self._choose(room_id, event, str(relation["event_id"]), number)
        elif kind == "m.room.message":
            await self._message(room_id, event, content)

    async def _message(self, room_id: str, event: Json, content: Json) -> None:
        relation = content.get("m.relates_to") or {}
        if relation.get("rel_type") == "m.replace":
            new = content.get("m.new_content") or {}
            await self._relay(room_id, event, "edited", str(relation.get("event_id")), _text(new))
            return
        text, sender = _text(content).strip(), str(event["sender"])
        kept = await self._form_of(sender)
        if kept is not None and kept[0] == room_id:
            await self._answer_form(room_id, event, text, kept[1])
            return
        if text.startswith("!") and await self._command(room_id, event, text):
            return
        answered = (relation.get("m.in_reply_to") or {}).get("event_id")
        numbered = answered and text.isdecimal() and len(text) < 4
        if numbered and await self._choose(room_id, event, str(answered), int(text)):
            return
        await self._relay(room_id, event, "new", str(event["event_id"]), _text(content), answered)

    async def _relay(
        self,
        room_id: str,
        event: Json,
        kind: str,
        message_id: str,
        text: str,
        answered: str | None = None,
    ) -> None:
        """A member's message, edit or redaction, to bridges and mirrors."""
        author = await self.directory.member(str(event["sender"]))
        notice = (event.get("content") or {}).get("msgtype") == "m.notice"  # another bot's
        await self.door.message(
            InboundMessage(
                kind,  # type: ignore[arg-type]
                PLATFORM,
                room_id,
                message_id,
                author=author,
                text=text,
                thread_id=str(answered) if answered else None,
                channel_name=await self.directory.room_name(room_id),
                from_bot=notice,
            )
        )

    async def _command(self, room_id: str, event: Json, text: str) -> bool:
        """Run `!bryggan NAME …` or `!NAME …`; False when it is no command (just chat)."""
        member = await self.directory.member(str(event["sender"]))
        try:
            name, words, meant = chat_command(text[1:])
        except CommandError as error:
            _ = translator(await self.door.locale_of(member))
            await self._post(member, room_id, event, Reply.text(error.text(_)))
            return True
        if not meant and self.door.catalogue.get(name) is None:
            return False
        command = Command(name, member, await self._channel(room_id), positional=words)
        await self._show(await self.door.command(command), member, room_id, event)
        return True

    async def _channel(self, room_id: str) -> Channel:
        return Channel(PLATFORM, room_id, await self.directory.room_name(room_id))

    async def _choose(self, room_id: str, event: Json, offered: str, number: int) -> bool:
        """Choice `number` of the bot's post `offered`; False when that is no such choice."""
        client = await self.api.open()
        try:
            post = await client.api.request(
                Method.GET, Path.v3.rooms[RoomID(room_id)].event[EventID(offered)]
            )
        except MatrixRequestError:
            return False
        choices = (post.get("content") or {}).get(CHOICES)
        if post.get("sender") != self.bot or not isinstance(choices, list):
            return False
        if not 1 <= number <= len(choices):
            return False
        route, value = str(choices[number - 1][0]), str(choices[number - 1][1])
        member = await self.directory.member(str(event["sender"]))
        click = Interaction(route, member, await self._channel(room_id), value, message_id=offered)
        await self._show(await self.door.interaction(click), member, room_id, event)
        return True

    async def _show(self, reply: Reply, member: Member, room_id: str, event: Json) -> None:
        """A reply where it belongs; a form starts a conversation in the direct room."""
        if reply.form is None:
            await self._post(member, room_id, event, reply)
            return
        dm = await self.directory.direct_room(member.user_id)
        if reply.problem is not None:
            form = FormInProgress.given_back(reply.form, reply.problem.field, CHAT)
            opening = f"{reply.problem.text}\n\n{reply.form.title}"
        else:
            form, opening = FormInProgress(reply.form, CHAT), reply.form.title
        await self._keep_form(member.user_id, dm, form)
        _ = translator(await self.door.locale_of(member))
        cancel = _("Answer each question in turn; !cancel stops without sending anything.")
        await self._say(dm, event, f"{opening}\n\n{cancel}\n\n{form.prompt(_)}")

    async def _form_of(self, user_id: str) -> tuple[str, FormInProgress] | None:
        """The form the user is filling in, and the room it is asked in (kept through the
        door, so a restart goes on where the member was)."""
        kept = await self.door.form_in_progress(PLATFORM, user_id)
        if not kept:
            return None
        data = json.loads(kept)
        return data["room"], FormInProgress.from_json(data["form"], CHAT)

    async def _keep_form(self, user_id: str, room_id: str, form: FormInProgress | None) -> None:
        kept = json.dumps({"room": room_id, "form": form.to_json()}) if form else ""
        await self.door.keep_form_in_progress(PLATFORM, user_id, kept)

    async def _answer_form(
        self, room_id: str, event: Json, text: str, form: FormInProgress
    ) -> None:
        sender = str(event["sender"])
        member = await self.directory.member(sender)
        _ = translator(await self.door.locale_of(member))
        if text.lower() in CANCEL:
            await self._keep_form(sender, room_id, None)
            await self._say(room_id, event, _("Cancelled; nothing was sent."))
            return
        refused = form.take(text, _)
        if not form.complete:
            await self._keep_form(sender, room_id, form)
            await self._say(room_id, event, "\n\n".join(filter(None, [refused, form.prompt(_)])))
            return
        await self._keep_form(sender, room_id, None)
        reply = await self.door.interaction(form.submission(member, None))
        await self._show(reply, member, room_id, event)

    async def _post(self, member: Member, room_id: str, event: Json, reply: Reply) -> None:
        target = f"dm:{member.user_id}" if reply.private else room_id
        message = (
            reply.message if reply.private else replace(reply.message, reply_to=event["event_id"])
        )
        await self.door.post(PLATFORM, target, message, key=f"matrix:{event['event_id']}:reply")

    async def _say(self, room_id: str, event: Json, text: str) -> None:
        key = f"matrix:{event['event_id']}:reply"
        await self.door.post(PLATFORM, room_id, Message(text=text), key=key)
