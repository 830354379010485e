"""The Teams service as the bot meets it inbound: Bot Framework activities built as Microsoft
Teams fills them, signed by the fake issuer and POSTed to the bot's messaging endpoint.

    FakeTeams(connector, issuer, *, endpoint="", bot_name="Bryggan", locale="sv-SE")
      async with …: its own aiohttp session; `endpoint` (…/api/messages) may be set later
      statuses: list[int], sent: list[dict]      every POST's status and activity
      post(activity, *, token=None, forgery=None) -> int   signed (or as given), as it is
      forged(kind)                                 a `with` block: every POST as that forgery
      personal_message(user, text, *, locale=None) -> dict
      channel_message(user, channel_id, text, *, mention_bot=False, mention=(),
                      in_thread_of=None, html=None) -> dict
      group_message(user, chat_id, text, *, mention_bot=True) -> dict
      click(user, card_id, title) / fill(user, card_id, answers, *, title=None)
      choose(user, card_id, input_id, value, *, title=None) -> dict
      edit(user, message, text, *, html=None) / delete(user, message) -> dict
      bot_added(team, *, by=None) / channel_created(team, channel_id, *, by=None)
      channel_renamed(team, channel_id, name, *, by=None) / installed(user) -> dict
Each sending method returns the activity it sent. A member's message (and its edit or
deletion) is recorded in the model (`connector.messages`) before the bot hears of it, so the
bot may reply to it; what is sent `forged(kind)` (one of the issuer's FORGERIES) changes
nothing in the model, as Teams never saw it ("other-tenant" also puts the issuer's other
tenant in the activity).

Teams' rules as the fake client applies them:
- a personal message installs the app for the user first if needed (as Teams requires); a
  channel or group message needs the bot in the team or chat and the author among its
  members; channel posts reach the bot mentioned or not (RSC ChannelMessage.Read.Group);
- mentions are `<at>Name</at>` in the text (put first when the text lacks them) with one
  `mention` entity each; the HTML attachment is the text as the compose box writes it
  (`teams_html`) unless `html=` gives the rich form;
- a card submit (a message with `replyToId` and `value`, no text) is what teams_submit.py
  makes of the bot's last version of the card, or `SubmitRefused` and no POST.
"""

from __future__ import annotations

import copy
import html as markup
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from types import TracebackType
from typing import Self

import aiohttp

from tests.fakes.teams_connector import FakeConnector
from tests.fakes.teams_issuer import FakeIssuer
from tests.fakes.teams_model import CHANNEL, PERSONAL, Activity, Conversation, Json, Team, User
from tests.fakes.teams_submit import SubmitRefused, submitted_value

__all__ = ["FakeTeams", "SubmitRefused", "teams_html"]
USER_AGENT = "Microsoft-SkypeBotApi (Microsoft-BotFramework/3.0)"
_MENTION = re.compile(r"(<at>.*?</at>)", re.S)


def teams_html(text: str) -> str:
    """`text` as Teams' compose box writes it in HTML: escaped, `<at>…</at>` kept,
    paragraphs as `<p>` and line breaks as `<br>`."""

    def inline(part: str) -> str:
        if _MENTION.fullmatch(part):
            return f"<at>{markup.escape(part[4:-5], quote=False)}</at>"
        return markup.escape(part, quote=False)

    paragraphs = re.split(r"\n{2,}", text.strip()) or [""]
    shown = ("".join(inline(p) for p in _MENTION.split(para)) for para in paragraphs)
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in shown)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _mention(member_id: str, name: str) -> Json:
    return {
        "type": "mention",
        "text": f"<at>{name}</at>",
        "mentioned": {"id": member_id, "name": name},
    }


class FakeTeams:
    """Plays Microsoft Teams toward the bot: members' messages, card submits, edits,
    deletions and the team and installation events (see the module)."""

    def __init__(
        self,
        connector: FakeConnector,
        issuer: FakeIssuer,
        *,
        endpoint: str = "",
        bot_name: str = "Bryggan",
        locale: str = "sv-SE",
    ) -> None:
        self.connector, self.issuer = connector, issuer
        self.endpoint, self.bot_name, self.locale = endpoint, bot_name, locale
        self.statuses: list[int] = []
        self.sent: list[Json] = []
        self._forgery: str | None = None
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Self:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    @contextmanager
    def forged(self, kind: str) -> Iterator[None]:
        """Sign every POST inside as the issuer's forgery `kind`, and record nothing."""
        self._forgery = kind
        try:
            yield
        finally:
            self._forgery = None

    # sending

    async def post(
        self, activity: Json, *, token: str | None = None, forgery: str | None = None
    ) -> int:
        """POST `activity` signed for its serviceUrl (or with `token`, or as `forgery`)."""
        if self._session is None or not self.endpoint:
            raise RuntimeError("FakeTeams needs `async with` and an endpoint")
        forgery = forgery or self._forgery
        if forgery == "other-tenant":
            activity = _in_tenant(activity, self.issuer.other_tenant_id)
        if token is None:
            service_url = str(activity.get("serviceUrl") or self.connector.service_url)
            token = self.issuer.activity_token(service_url, forgery=forgery)
        headers = {"Authorization": f"Bearer {token}", "User-Agent": USER_AGENT}
        async with self._session.post(self.endpoint, json=activity, headers=headers) as answer:
            await answer.read()
        self.statuses.append(answer.status)
        self.sent.append(activity)
        return answer.status

    # members' messages

    async def personal_message(self, user: User, text: str, *, locale: str | None = None) -> Json:
        return await self._say(user, self._personal(user), text, mentions=(), locale=locale)

    async def channel_message(
        self,
        user: User,
        channel_id: str,
        text: str,
        *,
        mention_bot: bool = False,
        mention: Iterable[User] = (),
        in_thread_of: str | None = None,
        html: str | None = None,
    ) -> Json:
        """A new thread in the channel, or a reply in the thread of `in_thread_of` (the id of
        any post or message in it)."""
        root = None
        if in_thread_of is not None:
            found = self.connector.find(in_thread_of)
            if found is None or found.deleted or found.conversation_id.split(";")[0] != channel_id:
                raise ValueError(f"no message {in_thread_of} in {channel_id}")
            root = found.thread_root
        mentions = self._mentions(mention_bot, mention)
        return await self._say(user, channel_id, text, mentions=mentions, html=html, root=root)

    async def group_message(
        self, user: User, chat_id: str, text: str, *, mention_bot: bool = True
    ) -> Json:
        return await self._say(user, chat_id, text, mentions=self._mentions(mention_bot, ()))

    async def edit(self, user: User, message: Json, text: str, *, html: str | None = None) -> Json:
        """The author's edit; the mentions whose `<at>…</at>` is still in the text stay."""
        self._authored(user, message)
        activity = self._envelope("messageUpdate", user, message["conversation"]["id"])
        activity["id"] = message["id"]
        activity["channelData"]["eventType"] = "editMessage"
        kept = [e for e in message.get("entities", []) if e.get("type") == "mention"]
        kept = [e for e in kept if e["text"] in text]
        activity["entities"] = kept + activity["entities"]
        activity |= _body(text, html)
        if self._forgery is None:
            self.connector.record_edit(message["id"], activity)
        await self.post(activity)
        return activity

    async def delete(self, user: User, message: Json) -> Json:
        self._authored(user, message)
        activity = self._envelope("messageDelete", user, message["conversation"]["id"])
        activity["id"] = message["id"]
        activity["channelData"]["eventType"] = "softDeleteMessage"
        if self._forgery is None:
            self.connector.record_delete(message["id"])
        await self.post(activity)
        return activity

    # card submits

    async def click(self, user: User, card_activity_id: str, title: str) -> Json:
        return await self._submit(user, card_activity_id, {}, title, near=None)

    async def fill(
        self,
        user: User,
        card_activity_id: str,
        answers: dict[str, str],
        *,
        title: str | None = None,
    ) -> Json:
        """Answer inputs by id, then press the card's only submit (or the one titled)."""
        return await self._submit(user, card_activity_id, answers, title, near=None)

    async def choose(
        self,
        user: User,
        card_activity_id: str,
        input_id: str,
        value: str,
        *,
        title: str | None = None,
    ) -> Json:
        """Pick `value` in a choice set, then press the first submit after it (or the titled)."""
        return await self._submit(user, card_activity_id, {input_id: value}, title, near=input_id)

    # team and installation events

    async def bot_added(self, team: Team, *, by: User | None = None) -> Json:
        """The bot installed in a team: a conversationUpdate in the General channel."""
        if self._forgery is None:
            team.bot_installed = True
        return await self._team_event(team, "teamMemberAdded", by, members_added=True)

    async def channel_created(self, team: Team, channel_id: str, *, by: User | None = None) -> Json:
        return await self._team_event(team, "channelCreated", by, channel=channel_id)

    async def channel_renamed(
        self, team: Team, channel_id: str, name: str, *, by: User | None = None
    ) -> Json:
        if channel_id not in team.channels:
            raise ValueError(f"no channel {channel_id} in {team.name}")
        if self._forgery is None:
            team.channels[channel_id] = name
        return await self._team_event(team, "channelRenamed", by, channel=channel_id)

    async def installed(self, user: User) -> Json:
        """The user added the app for themselves: installationUpdate in the personal chat."""
        activity = self._envelope("installationUpdate", user, self._personal(user))
        activity["action"] = "add"
        await self.post(activity)
        return activity

    # building

    def _envelope(
        self,
        kind: str,
        user: User,
        conversation_id: str,
        *,
        activity_id: str | None = None,
        locale: str | None = None,
    ) -> Json:
        """What every activity carries: ids, time, service, parties, where, locale."""
        locale = locale or self.locale
        where = self.connector.conversation(conversation_id)
        tenant = {"id": where.tenant_id}
        conversation: Json = {"conversationType": where.kind, "tenantId": where.tenant_id}
        channel_data: Json = {"tenant": tenant}
        if where.kind != PERSONAL:
            conversation = {"isGroup": True, **conversation}
        if where.kind == CHANNEL:
            ids = {"teamsChannelId": where.id, "teamsTeamId": where.team_id}
            refs = {"channel": {"id": where.id}, "team": {"id": where.team_id}}
            channel_data = {**ids, **refs, "tenant": tenant}
        client_info = {"type": "clientInfo", "locale": locale, "country": "SE"}
        client_info |= {"platform": "Web", "timezone": "Europe/Stockholm"}
        return {
            "type": kind,
            "id": activity_id or self.connector.next_id(),
            "timestamp": _now(),
            "serviceUrl": self.connector.service_url,
            "channelId": "msteams",
            "from": {"id": user.id, "name": user.name, "aadObjectId": user.aad_object_id},
            "recipient": {"id": self.connector.bot_id, "name": self.bot_name},
            "conversation": conversation | {"id": conversation_id},
            "channelData": channel_data,
            "locale": locale,
            "entities": [client_info],
        }

    def _mentions(self, bot: bool, users: Iterable[User]) -> list[tuple[str, str]]:
        found = [(self.connector.bot_id, self.bot_name)] if bot else []
        return found + [(u.id, u.name) for u in users]

    async def _say(
        self,
        user: User,
        conversation_id: str,
        text: str,
        *,
        mentions: Iterable[tuple[str, str]],
        html: str | None = None,
        root: str | None = None,
        locale: str | None = None,
    ) -> Json:
        """A member's message: recorded in the model, then sent."""
        where = self._deliverable(user, conversation_id)
        activity_id = self.connector.next_id()
        if where.kind == CHANNEL:
            conversation_id = f"{where.id};messageid={root or activity_id}"
        activity = self._envelope(
            "message", user, conversation_id, activity_id=activity_id, locale=locale
        )
        if root is not None:
            activity["replyToId"] = root
        entities = [_mention(member_id, name) for member_id, name in mentions]
        missing = [e["text"] for e in entities if e["text"] not in text]
        text = " ".join([*missing, text]) if missing else text
        activity["entities"] = entities + activity["entities"]
        activity |= _body(text, html)
        if self._forgery is None:
            self.connector.record_message(user, conversation_id, activity)
        await self.post(activity)
        return activity

    async def _submit(
        self,
        user: User,
        card_id: str,
        answers: Mapping[str, str],
        title: str | None,
        near: str | None,
    ) -> Json:
        posted = self.connector.activities.get(card_id)
        if posted is None or posted.deleted:
            raise SubmitRefused(f"no card {card_id}")
        self._deliverable(user, posted.conversation_id)
        value = submitted_value(posted.body, answers, title=title, near=near)
        activity = self._envelope("message", user, posted.conversation_id)
        activity |= {"replyToId": card_id, "value": value}
        await self.post(activity)
        return activity

    async def _team_event(
        self,
        team: Team,
        event: str,
        by: User | None,
        *,
        channel: str | None = None,
        members_added: bool = False,
    ) -> Json:
        if by is None:
            by = self.connector.users[team.members[0]]
        activity = self._envelope("conversationUpdate", by, team.id)
        data: Json = {"eventType": event, "team": {"id": team.id, "name": team.name}}
        if channel is not None:
            if channel not in team.channels:
                raise ValueError(f"no channel {channel} in {team.name}")
            data["channel"] = {"id": channel, "name": team.channels[channel]}
        activity["channelData"] = data | {"tenant": {"id": team.tenant_id}}
        if members_added:
            activity["membersAdded"] = [{"id": self.connector.bot_id}]
        await self.post(activity)
        return activity

    # Teams' own checks

    def _personal(self, user: User) -> str:
        if user.aad_object_id not in self.connector.installed:
            self.connector.install(user)
        return self.connector.create_personal(user.id, user.tenant_id)

    def _deliverable(self, user: User, conversation_id: str) -> Conversation:
        """The conversation, if Teams would deliver the user's activity there to the bot."""
        where = self.connector.conversation(conversation_id)
        team = self.connector.teams.get(where.team_id or "")
        if (team is not None and not team.bot_installed) or not where.bot_member:
            raise ValueError(f"the bot is not in {where.id}: Teams would not deliver")
        if user not in self.connector.members_of(where):
            raise ValueError(f"{user.name} is not in {where.id}")
        return where

    def _authored(self, user: User, message: Json) -> Activity:
        recorded = self.connector.messages.get(str(message.get("id")))
        if recorded is None or recorded.deleted or recorded.author != user:
            raise ValueError(f"{user.name} has no message {message.get('id')} to change")
        return recorded


def _body(text: str, html: str | None) -> Json:
    content = html if html is not None else teams_html(text)
    return {
        "textFormat": "plain",
        "text": text,
        "attachments": [{"contentType": "text/html", "content": content}],
    }


def _in_tenant(activity: Json, tenant_id: str) -> Json:
    """The activity as from another tenant (the issuer's "other-tenant" forgery)."""
    moved = copy.deepcopy(activity)
    moved.setdefault("conversation", {})["tenantId"] = tenant_id
    moved.setdefault("channelData", {})["tenant"] = {"id": tenant_id}
    return moved
