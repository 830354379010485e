"""What Teams sends to `/api/messages`: members' messages, card submits, edits and deletes.

Anyone on the internet can reach the endpoint, so the body is capped and never logged, and
every activity's token is checked (auth.py) before anything in it is believed: a forged,
expired or misaddressed one gets 401. Each activity is handled once (the door's replay
guard, forgotten again if handling failed, so Teams' retry is handled).

- A message in the member's personal chat with the bot, or one that @mentions the bot in a
  channel or group chat, is a command typed as on the console: `/wishes`, `wishes` or
  `bryggan wishes` (Swedish names too). Any other channel or group chat message goes to
  bridges and mirrors, as do edits and deletes.
- A card's submit (Action.Submit) is a click, a select's choice or a form's answers.
- Answers go through the outbox: a public one as a reply in the thread of the command, a
  private one to the member's personal chat. A form is a card in the personal chat, given
  back filled in with the problem when refused, replaced by the answer when taken. A click
  whose answer updates the card (a list's next page) updates it in place where only the
  member sees it (their personal chat). A form card and a card's update are the answer to
  the member's own action, as a Discord modal or Slack's views.open is, and go straight to
  the Connector: the bot needs the card's id to know the form when it comes back.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from aiohttp import web

from bot.platforms.request_body import Refused, read_capped
from bot.platforms.teams.auth import TokenValidator, Unauthorized
from bot.platforms.teams.connector import Connector
from bot.platforms.teams.markdown import bot_names, teams_to_markdown
from bot.platforms.teams.members import DM, PLATFORM, TeamsDirectory
from bot.platforms.teams.render import Json, Submission, form_activity, read_submit, render
from handlers.door import Door
from handlers.errors import CommandError
from handlers.i18n import N_, translator
from handlers.parsing import chat_command
from handlers.ports import DeliveryError
from handlers.types import (
    Channel,
    Command,
    Form,
    FormProblem,
    InboundMessage,
    Interaction,
    Member,
    Message,
    Reply,
    normalise_locale,
)

log = logging.getLogger(__name__)
MAX_BODY = 256 * 1024  # Teams' activities stay under 100 KB of UTF-16
SEEN_FOR = timedelta(days=2)
TEAMS = "msteams"  # the Bot Framework channel Teams' activities come from
PERSONAL, CHANNEL = "personal", "channel"
NO_PRIVATE_CHAT = N_(
    "I could not write to you privately. Open a chat with Bryggan (Apps → Bryggan → Chat) "
    "and try again there."
)


@dataclass(frozen=True)
class Where:
    """Where an activity happened: the conversation as Teams names it (a channel's with
    `;messageid=<thread root>`), its kind, and the channel members know it as."""

    conversation: str
    kind: str
    channel_id: str  # a channel's id, a group chat's conversation id; "" in a personal chat
    team_id: str
    root: str  # the thread's first post in a channel, else ""

    @property
    def personal(self) -> bool:
        return self.kind == PERSONAL


def where_of(activity: Json) -> Where:
    """The conversation's own id says where: `channelData`, which a client fills in, may
    only agree with it (a channel named there and not in the id is refused). A conversation
    of no known kind is never taken for a personal chat."""
    conversation = _dict(activity.get("conversation"))
    data = _dict(activity.get("channelData"))
    full = str(conversation.get("id") or "")
    base, _, root = full.partition(";messageid=")
    kind = str(conversation.get("conversationType") or "unknown")
    if kind == CHANNEL:
        named = _dict(data.get("channel")).get("id") or data.get("teamsChannelId") or base
        if named != base:
            raise Refused(400, "channelData names another channel")
        team = str(_dict(data.get("team")).get("id") or data.get("teamsTeamId") or "")
        return Where(full, kind, base, team, root)
    return Where(full, kind, "" if kind == PERSONAL else base, "", "")


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


class TeamsInbound:
    def __init__(
        self,
        door: Door,
        connector: Connector,
        directory: TeamsDirectory,
        validator: TokenValidator,
    ) -> None:
        self.door, self.connector, self.directory = door, connector, directory
        self.validator = validator
        self.bot_id = directory.bot_id

    # the endpoint

    async def handle(self, request: web.Request) -> web.Response:
        """POST /api/messages."""
        try:
            activity = await _activity_of(request)
            await self._authenticated(request, activity)
            where_of(activity)
        except Refused as refused:
            log.warning("teams: refused a request to /api/messages (%s)", refused.reason)
            return web.Response(status=refused.status)
        key = _seen_key(activity)
        if not await self.door.first_sight(key, keep=SEEN_FOR):
            return web.Response(status=200)
        try:
            await self._activity(activity)
        except Exception:
            log.exception("teams: an activity could not be handled")
            await self.door.forget_sight(key)
            return web.Response(status=500)
        return web.Response(status=200)

    async def _authenticated(self, request: web.Request, activity: Json) -> None:
        try:
            await self.validator.validate(request.headers.get("Authorization"), activity)
        except Unauthorized as error:
            raise Refused(401, error.reason) from None
        if activity.get("channelId") != TEAMS:  # another of the Azure Bot's channels
            raise Refused(400, "not from Teams")
        try:
            await self.directory.saw_service_url(str(activity.get("serviceUrl") or ""))
        except ValueError:
            raise Refused(400, "not a service URL") from None

    # what came

    async def _activity(self, activity: Json) -> None:
        kind, sender = activity.get("type"), _dict(activity.get("from"))
        if sender.get("id") == self.bot_id:
            return
        if kind in ("message", "messageUpdate", "messageDelete") and not sender.get("id"):
            return  # a member's activity names its member
        if kind == "message" and isinstance(activity.get("value"), dict):
            await self._submitted(activity)
        elif kind == "message":
            await self._message(activity)
        elif kind == "messageUpdate":
            await self._relay(activity, "edited")
        elif kind == "messageDelete":
            await self._relay(activity, "deleted")
        elif kind == "conversationUpdate":
            where = where_of(activity)
            event = _dict(activity.get("channelData")).get("eventType")
            if event in ("channelCreated", "channelRenamed", "channelDeleted"):
                self.directory.forget_channels(where.team_id or where.channel_id)

    async def _member(self, activity: Json) -> Member:
        locale = activity.get("locale")
        known = locale if isinstance(locale, str) and normalise_locale(locale) else None
        return await self.directory.member(_dict(activity.get("from")), locale=known)

    async def _channel(self, where: Where) -> Channel | None:
        if where.personal:
            return None
        name = await self.directory.channel_name(where.team_id, where.channel_id)
        return Channel(PLATFORM, where.channel_id, name)

    def _text(self, activity: Json) -> str:
        return teams_to_markdown(
            str(activity.get("text") or ""),
            entities=_entities(activity),
            bot_id=self.bot_id,
            html_body=_html(activity),
        )

    async def _message(self, activity: Json) -> None:
        where = where_of(activity)
        if where.personal:
            sender = str(_dict(activity.get("from")).get("id") or "")
            await self.directory.saw_personal_chat(sender, where.conversation)
        addressed = where.personal or bool(bot_names(_entities(activity), self.bot_id))
        if addressed and await self._command(activity, where):
            return
        if not where.personal:
            await self._relay(activity, "new")

    async def _relay(self, activity: Json, kind: str) -> None:
        """A member's message, edit or delete in a channel or group chat, for bridges."""
        where = where_of(activity)
        if where.personal:
            return
        message_id = str(activity.get("id") or "")
        thread = where.root if where.root and where.root != message_id else None
        sender = _dict(activity.get("from"))
        await self.door.message(
            InboundMessage(
                kind,  # type: ignore[arg-type]
                PLATFORM,
                where.channel_id,
                message_id,
                author=await self._member(activity) if sender.get("id") else None,
                text="" if kind == "deleted" else self._text(activity),
                thread_id=thread,
                channel_name=await self.directory.channel_name(where.team_id, where.channel_id),
                from_bot=str(sender.get("id") or "").startswith("28:"),
            )
        )

    async def _command(self, activity: Json, where: Where) -> bool:
        """Run the command the text names; False when it names none (a channel message
        that mentions the bot in passing), so it goes on to bridges."""
        text = self._text(activity).strip()
        member = await self._member(activity)
        try:
            name, words, meant = chat_command(text.lstrip("/!") or "help")
        except CommandError as error:
            if not where.personal:
                return False
            _ = translator(await self.door.locale_of(member))
            await self._post(member, activity, where, Reply.text(error.text(_)))
            return True
        if not (meant or where.personal) and self.door.catalogue.get(name) is None:
            return False
        command = Command(name, member, await self._channel(where), positional=words)
        await self._show(await self.door.command(command), member, activity, where)
        return True

    # card submits

    async def _submitted(self, activity: Json) -> None:
        submitted = read_submit(activity.get("value"))
        if submitted is None:
            return
        where, member = where_of(activity), await self._member(activity)
        card = str(activity.get("replyToId") or "")
        if submitted.form:
            await self._form_answered(submitted, member, activity, where, card)
            return
        click = Interaction(
            submitted.interaction_id,
            member,
            await self._channel(where),
            submitted.value,
            message_id=card or None,
        )
        await self._show(await self.door.interaction(click), member, activity, where, card)

    async def _form_answered(
        self, submitted: Submission, member: Member, activity: Json, where: Where, card: str
    ) -> None:
        """The answers go to the form's handler; the card is given back or replaced only if
        it is the form this member was shown, in their personal chat. Once the handler has
        run, nothing fails the request: a card that cannot be updated gets a new post."""
        kept = _dict(json.loads(await self.door.form_in_progress(PLATFORM, member.user_id) or "{}"))
        own = bool(card) and where.personal and kept.get("card") == card
        origin = str(kept.get("channel") or "") if own else ""
        answers = Interaction(
            submitted.interaction_id,
            member,
            Channel(PLATFORM, origin) if origin else None,
            submitted.value,
            submitted.answers,
            message_id=card or None,
        )
        reply = await self.door.interaction(answers)
        if reply.form is not None:  # refused and given back, or the next part of a survey
            given_back = form_activity(reply.form, problem=reply.problem)
            if not (own and await self._updated(where, card, given_back)):
                await self._open_form(reply.form, reply.problem, member, activity, where)
            return
        if own:
            await self.door.keep_form_in_progress(PLATFORM, member.user_id, "")
        parts = render(reply.message)
        if not (own and len(parts) == 1 and await self._updated(where, card, parts[0])):
            if own:  # too long for one card: a tick on the form, the answer below it
                await self._updated(where, card, render(Message(text="✓"))[0])
            await self._post_to(activity, reply.message, f"{DM}{member.user_id}")
        if not reply.private and origin:
            await self.door.post(PLATFORM, origin, reply.message, key=_key(activity, "public"))

    async def _updated(self, where: Where, card: str, activity: Json) -> bool:
        """Replace the card; False when it could not be (gone, not the bot's)."""
        try:
            url = self.directory.service_url
            await self.connector.update(url, where.conversation, card, activity)
        except DeliveryError as error:
            log.info("teams: a card could not be updated (%s)", error.reason)
            return False
        return True

    # answers

    async def _show(
        self, reply: Reply, member: Member, activity: Json, where: Where, clicked: str = ""
    ) -> None:
        if reply.form is not None:
            await self._open_form(reply.form, reply.problem, member, activity, where)
            return
        if clicked and reply.update and where.personal:  # only the member sees the card
            parts = render(reply.message)
            if len(parts) == 1 and await self._updated(where, clicked, parts[0]):
                return
        await self._post(member, activity, where, reply)

    async def _open_form(
        self, form: Form, problem: FormProblem | None, member: Member, activity: Json, where: Where
    ) -> None:
        """The form as a card in the member's personal chat (a form in a channel would be
        filled in under everyone's eyes)."""
        url = self.directory.service_url
        try:
            chat = where.conversation if where.personal else await self._personal_chat(member)
            card = await self.connector.send(url, chat, form_activity(form, problem=problem))
        except DeliveryError as error:
            log.info("teams: a form could not be sent privately (%s)", error.reason)
            _ = translator(await self.door.locale_of(member))
            await self._post(member, activity, where, Reply.text(_(NO_PRIVATE_CHAT), private=False))
            return
        kept = {"card": card, "channel": where.channel_id}
        await self.door.keep_form_in_progress(PLATFORM, member.user_id, json.dumps(kept))

    async def _personal_chat(self, member: Member) -> str:
        return await self.directory.conversation(f"{DM}{member.user_id}")

    async def _post(self, member: Member, activity: Json, where: Where, reply: Reply) -> None:
        """A private answer to the personal chat, a public one into the command's thread."""
        if reply.private or where.personal:
            target = where.conversation if where.personal else f"{DM}{member.user_id}"
            await self._post_to(activity, reply.message, target)
            return
        message = replace(reply.message, reply_to=str(activity.get("id") or "") or None)
        target = where.conversation if where.kind == CHANNEL else where.channel_id
        await self.door.post(PLATFORM, target, message, key=_key(activity, "reply"))

    async def _post_to(self, activity: Json, message: Message, target: str) -> None:
        await self.door.post(PLATFORM, target, message, key=_key(activity, "reply"))


async def _activity_of(request: web.Request) -> Json:
    if request.content_type != "application/json":
        raise Refused(415, "not JSON")
    body = await read_capped(request, MAX_BODY)
    try:
        activity = json.loads(body)
    except (ValueError, RecursionError):
        raise Refused(400, "malformed body") from None
    if not isinstance(activity, dict) or not isinstance(activity.get("type"), str):
        raise Refused(400, "not an activity")
    return activity


def _entities(activity: Json) -> list[Json]:
    found = activity.get("entities")
    return [e for e in found if isinstance(e, dict)] if isinstance(found, list) else []


def _html(activity: Json) -> str | None:
    attachments = activity.get("attachments")
    for attachment in attachments if isinstance(attachments, list) else []:
        if isinstance(attachment, dict) and attachment.get("contentType") == "text/html":
            content = attachment.get("content")
            return content if isinstance(content, str) else None
    return None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _seen_key(activity: Json) -> str:
    """An activity's id is unique in its conversation; an edit keeps its message's id, so
    its text tells two edits apart."""
    kind, activity_id = str(activity.get("type")), activity.get("id")
    if not isinstance(activity_id, str) or not activity_id:  # none to tell two apart by
        activity_id = _digest(json.dumps(activity, sort_keys=True, default=str))
    said = _digest(str(activity.get("text") or "")) if kind == "messageUpdate" else ""
    return f"teams:{kind}:{_conversation(activity)}:{activity_id[:64]}{said}"


def _key(activity: Json, what: str) -> str:
    """The idempotency key of an answer to an activity."""
    return f"teams:{_conversation(activity)}:{activity.get('id')}:{what}"


def _conversation(activity: Json) -> str:
    """The conversation's digest: its id is long and names no thread here."""
    return _digest(where_of(activity).conversation.partition(";")[0])
