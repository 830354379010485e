"""What the fake Bot Connector knows: a tenant's users (`29:` ids and Entra object ids), teams
with their channels, group chats, personal chats with the bot, where the bot is installed and
who blocked it, every activity the bot posted with its edits and deletion, and the members'
messages the fake Teams client (teams_client.py) sent, with theirs.

Teams' rules as the fake applies them (the HTTP side is teams_connector.py):
- a personal chat can be created only with a user who installed the app or is in a team
  that has it (`createConversation` takes the `29:` id, not an e-mail or UPN); the same user
  always gets the same chat; a user who blocked the bot refuses every post with 403 and
  `subCode: MessageWritesBlocked`;
- a post to a channel opens a new thread; a reply (or a post to `…;messageid=<root>`) goes
  into a thread; a reply elsewhere is a post with `replyToId`;
- the bot may reply to its own posts and to members' messages (`messages`), but update or
  delete only its own posts; once deleted they are gone (404);
- whatever in a post or an update would notify someone (any entity, a card's
  `msteams.entities`, a feed alert: teams_cards.pings) is logged in `pings`.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tests.fakes import teams_cards
from tests.fakes.changes import Changes

Json = dict[str, Any]
T = TypeVar("T")
CHANNEL, GROUP, PERSONAL = "channel", "groupChat", "personal"


class ConnectorError(Exception):
    """An error answer: `{"error": {"code", "message"[, "subCode"]}}` with `status`."""

    def __init__(self, status: int, code: str, message: str, sub_code: str = "") -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message, self.sub_code = status, code, message, sub_code

    def body(self) -> Json:
        error: Json = {"code": self.code, "message": self.message}
        if self.sub_code:
            error["subCode"] = self.sub_code
        return {"error": error}


@dataclass
class User:
    aad_object_id: str
    id: str  # the `29:` id the bot sees
    name: str
    tenant_id: str

    def account(self) -> Json:
        upn = f"{self.name.split()[0].lower()}@kommun.example"
        return {
            "id": self.id,
            "name": self.name,
            "aadObjectId": self.aad_object_id,
            "email": upn,
            "userPrincipalName": upn,
            "tenantId": self.tenant_id,
            "userRole": "user",
        }


@dataclass
class Team:
    id: str  # also the General channel's id
    name: str
    tenant_id: str
    members: list[str]  # Entra object ids
    channels: dict[str, str] = field(default_factory=dict)  # id -> name ("" for General)
    bot_installed: bool = True


@dataclass
class Conversation:
    id: str
    kind: str  # CHANNEL, GROUP or PERSONAL
    tenant_id: str
    members: list[str] = field(default_factory=list)  # chats; a channel has its team's
    team_id: str | None = None
    bot_member: bool = True


@dataclass
class Activity:
    """A post of the bot's (`author` None) or a member's message: `versions` holds what was
    sent, then every update."""

    id: str
    conversation_id: str  # where it was posted (a channel's thread: `…;messageid=<root>`)
    reply_to: str | None
    versions: list[Json]
    deleted: bool = False
    author: User | None = None

    @property
    def body(self) -> Json:
        return self.versions[-1]

    @property
    def text(self) -> str:
        return str(self.body.get("text") or "")

    @property
    def edited(self) -> bool:
        return len(self.versions) > 1

    @property
    def thread_root(self) -> str:
        """The id of the channel thread's root (its own id for a root or a chat message)."""
        return _thread_root(self.conversation_id) or self.id


@dataclass(frozen=True)
class Ping:
    """What in a post would notify someone (or a whole channel or team)."""

    conversation_id: str
    activity_id: str
    entity: Json  # a mention (in `entities` or a card's `msteams.entities`), or a feed alert


class TeamsModel(Changes):
    fake_name = "fake Bot Connector"

    def __init__(self, *, tenant_id: str, app_id: str) -> None:
        super().__init__()
        self.tenant_id, self.app_id = tenant_id, app_id
        self.bot_id = f"28:{app_id}"
        self.users: dict[str, User] = {}  # Entra object id -> user
        self.teams: dict[str, Team] = {}
        self.conversations: dict[str, Conversation] = {}
        self.activities: dict[str, Activity] = {}  # the bot's posts
        self.messages: dict[str, Activity] = {}  # members' messages (through teams_client.py)
        self.installed: set[str] = set()  # users who installed the app for themselves
        self.blocked: set[str] = set()  # users who blocked the bot
        self.pings: list[Ping] = []
        self._ids = itertools.count(1_765_000_000_000)  # Teams' ids are millisecond times
        self._serial = itertools.count(1)

    def next_id(self) -> str:
        """A new activity id, a millisecond time as Teams gives, after every earlier one."""
        return str(next(self._ids))

    # building the tenant

    def add_user(self, name: str, *, tenant_id: str | None = None) -> User:
        serial = next(self._serial)
        aad = f"00000000-0000-4000-8000-{serial:012d}"
        pairwise = hashlib.sha256(f"{self.app_id}:{aad}".encode()).hexdigest()[:40]
        user = User(aad, f"29:1{pairwise}", name, tenant_id or self.tenant_id)
        self.users[aad] = user
        return user

    def add_team(self, name: str, members: list[User], *, bot_installed: bool = True) -> Team:
        team_id = f"19:{next(self._serial):08x}team@thread.tacv2"
        team = Team(team_id, name, self.tenant_id, [u.aad_object_id for u in members])
        team.bot_installed = bot_installed
        self.teams[team_id] = team
        self._add_conversation(Conversation(team_id, CHANNEL, self.tenant_id, team_id=team_id))
        team.channels[team_id] = ""  # General
        return team

    def add_channel(self, team: Team, name: str) -> str:
        channel_id = f"19:{next(self._serial):08x}chan@thread.tacv2"
        team.channels[channel_id] = name
        conversation = Conversation(channel_id, CHANNEL, team.tenant_id, team_id=team.id)
        self._add_conversation(conversation)
        return channel_id

    def add_group_chat(self, members: list[User], *, bot_member: bool = True) -> str:
        chat_id = f"19:{next(self._serial):08x}chat@thread.v2"
        aads = [u.aad_object_id for u in members]
        self._add_conversation(Conversation(chat_id, GROUP, self.tenant_id, aads))
        self.conversations[chat_id].bot_member = bot_member
        return chat_id

    def install(self, user: User) -> None:
        """The user added the app for themselves (personal scope)."""
        self.installed.add(user.aad_object_id)

    def block(self, user: User) -> None:
        self.blocked.add(user.aad_object_id)

    def _add_conversation(self, conversation: Conversation) -> None:
        self.conversations[conversation.id] = conversation

    # what the Connector does

    def conversation(self, conversation_id: str) -> Conversation:
        found = self.conversations.get(conversation_id.split(";", 1)[0])
        if found is None:
            raise ConnectorError(404, "ConversationNotFound", "Conversation not found.")
        return found

    def user_by_id(self, member_id: str) -> User | None:
        """A user by `29:` id or Entra object id."""
        for user in self.users.values():
            if member_id in (user.id, user.aad_object_id):
                return user
        return None

    def members_of(self, conversation: Conversation) -> list[User]:
        if conversation.team_id is not None:
            aads = self.teams[conversation.team_id].members
        else:
            aads = conversation.members
        return [self.users[a] for a in aads]

    def create_personal(self, member_id: str, tenant_id: str) -> str:
        """The bot's personal chat with a user, the same one every time."""
        user = self.users.get(self._aad(member_id))
        if user is None or not member_id.startswith("29:"):
            raise ConnectorError(400, "BadArgument", "Failed to decrypt pairwise id")
        if user.tenant_id != tenant_id:
            raise ConnectorError(403, "Forbidden", "The user is in another tenant.")
        if not self._reachable(user):
            raise ConnectorError(403, "Forbidden", "The bot is not installed for the user.")
        chat_id = f"a:1{user.id[4:24]}personal"
        if chat_id not in self.conversations:
            chat = Conversation(chat_id, PERSONAL, tenant_id, [user.aad_object_id])
            self._add_conversation(chat)
        return chat_id

    def post(self, conversation_id: str, activity: Json, reply_to: str | None = None) -> Activity:
        """A post of the bot's (a new channel thread, or a reply into `reply_to`'s)."""
        conversation = self.writable(conversation_id)
        if reply_to is not None:
            self.answerable(conversation_id, reply_to)
        where = conversation_id
        if conversation.kind == CHANNEL:
            root = reply_to or _thread_root(conversation_id)
            if root is not None:
                root = self.answerable(conversation.id, root).thread_root
                where = f"{conversation.id};messageid={root}"
        posted = Activity(self.next_id(), where, reply_to, [copy.deepcopy(activity)])
        if conversation.kind == CHANNEL and where == conversation.id:
            posted.conversation_id = f"{conversation.id};messageid={posted.id}"
        self.activities[posted.id] = posted
        self._log_pings(posted)
        return posted

    def update(self, conversation_id: str, activity_id: str, activity: Json) -> Activity:
        self.writable(conversation_id)
        posted = self.own(conversation_id, activity_id)
        posted.versions.append(copy.deepcopy(activity))
        self._log_pings(posted)
        return posted

    def delete(self, conversation_id: str, activity_id: str) -> None:
        self.writable(conversation_id)
        self.own(conversation_id, activity_id).deleted = True

    def writable(self, conversation_id: str) -> Conversation:
        """The conversation, if the bot may post there (installed, in the roster, unblocked)."""
        conversation = self.conversation(conversation_id)
        team = self.teams.get(conversation.team_id or "")
        if (team is not None and not team.bot_installed) or not conversation.bot_member:
            message = "The bot is not part of the conversation roster."
            raise ConnectorError(403, "BotNotInConversationRoster", message)
        if conversation.kind == PERSONAL and conversation.members[0] in self.blocked:
            raise ConnectorError(
                403,
                "ConversationBlockedByUser",
                "User blocked the conversation with the bot.",
                sub_code="MessageWritesBlocked",
            )
        return conversation

    def own(self, conversation_id: str, activity_id: str) -> Activity:
        """One of the bot's posts in this conversation, not deleted; 404 otherwise."""
        posted = self.activities.get(activity_id)
        base = conversation_id.split(";", 1)[0]
        if posted is None or posted.deleted or posted.conversation_id.split(";")[0] != base:
            raise ConnectorError(404, "ActivityNotFoundInConversation", "Activity not found.")
        return posted

    def answerable(self, conversation_id: str, activity_id: str) -> Activity:
        """A post of the bot's or a member's message in this conversation, not deleted: what
        the bot may reply to; 404 otherwise."""
        found = self.messages.get(activity_id)
        base = conversation_id.split(";", 1)[0]
        if found is None or found.deleted or found.conversation_id.split(";")[0] != base:
            return self.own(conversation_id, activity_id)
        return found

    def channels_of(self, team_id: str) -> list[Json]:
        team = self.teams.get(team_id)
        if team is None:
            raise ConnectorError(404, "TeamNotFound", "Team not found.")
        if not team.bot_installed:
            raise ConnectorError(403, "BotNotInConversationRoster", "The bot is not in the team.")
        return [{"id": cid, "name": name or None} for cid, name in team.channels.items()]

    # what members do (the fake Teams client records it before the bot hears of it)

    def record_message(self, author: User, conversation_id: str, activity: Json) -> Activity:
        """A member's message under its own `id`, in `conversation_id` (a channel's thread:
        `…;messageid=<root>`), with `replyToId` as Teams sets it for a thread reply."""
        conversation = self.conversation(conversation_id)
        if author not in self.members_of(conversation):
            raise ValueError(f"{author.name} is not in {conversation.id}")
        reply_to = activity.get("replyToId")
        versions = [copy.deepcopy(activity)]
        message = Activity(str(activity["id"]), conversation_id, reply_to, versions, author=author)
        self.messages[message.id] = message
        self.notify()
        return message

    def record_edit(self, message_id: str, activity: Json) -> Activity:
        message = self.messages[message_id]
        message.versions.append(copy.deepcopy(activity))
        self.notify()
        return message

    def record_delete(self, message_id: str) -> Activity:
        message = self.messages[message_id]
        message.deleted = True
        self.notify()
        return message

    def find(self, activity_id: str) -> Activity | None:
        """A post of the bot's or a member's message, deleted or not."""
        return self.activities.get(activity_id) or self.messages.get(activity_id)

    # reading what the bot did

    def member_messages(self, conversation_id: str, *, deleted: bool = False) -> list[Activity]:
        """Members' messages in a conversation (all its threads), oldest first."""
        base = conversation_id.split(";", 1)[0]
        return [
            m
            for m in self.messages.values()
            if m.conversation_id.split(";", 1)[0] == base and (deleted or not m.deleted)
        ]

    def bot_posts(self, conversation_id: str, *, deleted: bool = False) -> list[Activity]:
        """The bot's posts in a conversation (all its threads), oldest first."""
        base = conversation_id.split(";", 1)[0]
        return [
            a
            for a in self.activities.values()
            if a.conversation_id.split(";", 1)[0] == base and (deleted or not a.deleted)
        ]

    def thread(self, root_id: str) -> list[Activity]:
        """A channel thread: its root and the replies in it, the bot's and members', in order."""
        root = self.find(root_id)
        if root is None:
            raise KeyError(root_id)
        every = [*self.activities.values(), *self.messages.values()]
        return sorted(
            (a for a in every if a.conversation_id == root.conversation_id), key=lambda a: int(a.id)
        )

    # helpers

    def _aad(self, member_id: str) -> str:
        user = self.user_by_id(member_id)
        return user.aad_object_id if user is not None else ""

    def _reachable(self, user: User) -> bool:
        aad = user.aad_object_id
        return aad in self.installed or any(
            t.bot_installed and aad in t.members for t in self.teams.values()
        )

    def _log_pings(self, posted: Activity) -> None:
        for entity in teams_cards.pings(posted.body):
            self.pings.append(Ping(posted.conversation_id, posted.id, entity))


def _thread_root(conversation_id: str) -> str | None:
    _, _, rest = conversation_id.partition(";messageid=")
    return rest or None
