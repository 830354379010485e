"""The state of the fake Discord (one guild, its members, channels, messages) as wire objects.

Every builder returns the JSON shape Discord sends (snowflakes as strings), so the REST routes and
the gateway hand discord.py the same objects it would get from Discord.
"""

from __future__ import annotations

import asyncio
import itertools
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

Json = dict[str, Any]
T = TypeVar("T")

DISCORD_EPOCH_MS = 1_420_070_400_000
ADMINISTRATOR = 1 << 3
ALL_PERMISSIONS = (1 << 51) - 1
# add reactions, view channel, send, embed links, attach files, read history, use commands,
# create public and private threads, send in threads (as a new server's @everyone has them)
EVERYONE_PERMISSIONS = sum(1 << bit for bit in (6, 10, 11, 14, 15, 16, 31, 35, 36, 38))
BOT_PERMISSIONS = EVERYONE_PERMISSIONS | (1 << 13) | (1 << 29)  # + manage messages, webhooks
EPHEMERAL = 1 << 6
LOADING = 1 << 7
FAKE_ONLY_KEYS = frozenset({"deleted", "allowed_mentions", "avatar_url"})


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def defaults(nulls: str = "", zeros: str = "", falses: str = "", lists: str = "") -> Json:
    """Default-valued keys named in space-separated strings, to keep the big wire objects short."""
    return {
        **dict.fromkeys(nulls.split()),
        **dict.fromkeys(zeros.split(), 0),
        **dict.fromkeys(falses.split(), False),
        **{key: [] for key in lists.split()},
    }


def wire(message: Json) -> Json:
    """A stored message as Discord sends it (without the fake's bookkeeping keys)."""
    return {k: v for k, v in message.items() if k not in FAKE_ONLY_KEYS}


@dataclass
class Interaction:
    """What the fake remembers about an interaction it dispatched."""

    id: int
    token: str
    type: int
    channel_id: int
    user_id: int
    message_id: int | None = None  # the message a component sits on
    acknowledged: bool = False
    original_id: int | None = None  # the message @original refers to
    updates_returned: int = 0
    created: float = field(default_factory=time.monotonic)  # the 3-second deadline counts here


class DiscordModel:
    """Guild, users, channels, messages and interactions, plus change notification."""

    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self.application_id = self.next_id()
        self.bot_user_id = self.next_id()  # differs from application_id, so mix-ups show
        self.guild_id = self.next_id()
        self.owner_id = self.next_id()
        self.guild_name = "Användarföreningen Castor"
        self.users: dict[int, Json] = {}
        self.members: dict[int, Json] = {}  # user id -> {roles, locale, joined_at}
        self.roles: dict[int, Json] = {}
        self.channels: dict[int, Json] = {}  # guild text channels and DM channels
        self.messages: dict[int, list[Json]] = {}  # what the bot created, per channel
        self.all_messages: dict[int, Json] = {}  # every message, whoever wrote it
        self.dm_channels: dict[int, int] = {}
        self.webhooks: dict[int, Json] = {}
        self.uploads: dict[int, bytes] = {}  # attachment id -> file content
        self.interactions: dict[int, Interaction] = {}
        self.interaction_deadline = 3.0  # Discord's: the initial answer within three seconds
        self.interaction_tokens: dict[str, int] = {}
        self.nonces: dict[tuple[int, str], int] = {}  # (channel, nonce) -> message id
        self._changed = asyncio.Event()
        self.roles[self.guild_id] = self._role(self.guild_id, "@everyone", EVERYONE_PERMISSIONS, 0)
        bot_role = self.add_role("Bryggan", permissions=BOT_PERMISSIONS)
        self.roles[bot_role].update(managed=True, tags={"bot_id": str(self.bot_user_id)})
        self.add_member("Bryggan", roles=[bot_role], user_id=self.bot_user_id)
        self.users[self.bot_user_id].update(bot=True, username="bryggan", global_name=None)

    def next_id(self) -> int:
        """A snowflake: milliseconds since the Discord epoch in the high bits, a counter below."""
        millis = int(time.time() * 1000) - DISCORD_EPOCH_MS
        return (millis << 22) | (next(self._ids) & 0x3FFFFF)

    # change notification

    def notify(self) -> None:
        """Wake every waiter; they re-check their condition."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait(self, probe: Callable[[], T | None], timeout: float, what: str) -> T:
        try:
            async with asyncio.timeout(timeout):
                while not (value := probe()):
                    await self._changed.wait()
        except TimeoutError:
            raise TimeoutError(
                f"fake Discord: no {what} within {timeout}s; {self._timeout_hint()}"
            ) from None
        return value

    def _timeout_hint(self) -> str:
        return ""

    # the guild

    def add_channel(self, name: str, *, channel_id: int | None = None) -> int:
        """A text channel; add before the client connects (it arrives in GUILD_CREATE)."""
        channel_id = channel_id or self.next_id()
        position = sum(1 for c in self.channels.values() if c["type"] == 0)
        self.channels[channel_id] = {
            **defaults("parent_id topic last_message_id", "type rate_limit_per_user flags", "nsfw"),
            **{"id": str(channel_id), "guild_id": str(self.guild_id), "name": name},
            **{"position": position, "permission_overwrites": []},
        }
        self.messages.setdefault(channel_id, [])
        return channel_id

    def add_role(self, name: str, *, permissions: int = 0) -> int:
        role_id = self.next_id()
        self.roles[role_id] = self._role(role_id, name, permissions, len(self.roles))
        return role_id

    def add_member(
        self,
        name: str,
        *,
        roles: list[int] | tuple[int, ...] = (),
        user_id: int | None = None,
        locale: str = "sv-SE",
    ) -> int:
        user_id = user_id or self.next_id()
        username = re.sub(r"[^a-z0-9_.]", "", name.lower()) or f"user{user_id % 10000}"
        self.users[user_id] = {
            **defaults("avatar", "public_flags", "bot"),
            **{"id": str(user_id), "username": username, "discriminator": "0", "global_name": name},
        }
        self.members[user_id] = {"roles": list(roles), "locale": locale, "joined_at": now_iso()}
        return user_id

    def _role(self, role_id: int, name: str, permissions: int, position: int) -> Json:
        colors = {"primary_color": 0, "secondary_color": None, "tertiary_color": None}
        return {
            **defaults("icon unicode_emoji", "color flags", "hoist managed mentionable"),
            **{"id": str(role_id), "name": name, "colors": colors, "position": position},
            "permissions": str(permissions),
        }

    def permissions_of(self, user_id: int) -> int:
        """Guild-level permissions: @everyone plus the member's roles; administrators get all."""
        member = self.members.get(user_id)
        perms = int(self.roles[self.guild_id]["permissions"])
        for role_id in member["roles"] if member else []:
            perms |= int(self.roles[role_id]["permissions"])
        return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms

    def user_payload(self, user_id: int) -> Json:
        return dict(self.users[user_id])

    def member_payload(self, user_id: int, *, with_user: bool = True) -> Json:
        member = self.members[user_id]
        payload: Json = {
            **defaults("nick avatar premium_since communication_disabled_until", "flags"),
            **defaults(falses="deaf mute pending"),
            **{"roles": [str(r) for r in member["roles"]], "joined_at": member["joined_at"]},
        }
        if with_user:
            payload["user"] = self.user_payload(user_id)
        return payload

    def guild_payload(self) -> Json:
        return {
            **defaults(
                "icon splash discovery_splash description afk_channel_id application_id banner"
                " system_channel_id rules_channel_id vanity_url_code public_updates_channel_id"
                " incidents_data safety_alerts_channel_id",
                "verification_level explicit_content_filter mfa_level nsfw_level premium_tier"
                " system_channel_flags premium_subscription_count",
                "nsfw premium_progress_bar_enabled",
                "emojis stickers features stage_instances guild_scheduled_events",
            ),
            **{"id": str(self.guild_id), "name": self.guild_name, "owner_id": str(self.owner_id)},
            **{"region": "europe", "afk_timeout": 300, "default_message_notifications": 1},
            **{"preferred_locale": "sv-SE", "max_members": 500_000},
            "roles": list(self.roles.values()),
        }

    def guild_create_payload(self, *, all_members: bool) -> Json:
        """GUILD_CREATE: without the members intent Discord only includes the bot itself."""
        member_ids = list(self.members) if all_members else [self.bot_user_id]
        return {
            **self.guild_payload(),
            **defaults(zeros="", falses="large unavailable"),
            **defaults(lists="voice_states threads presences soundboard_sounds"),
            "joined_at": self.members[self.bot_user_id]["joined_at"],
            "member_count": len(self.members),
            "members": [self.member_payload(m) for m in member_ids],
            "channels": [dict(c) for c in self.channels.values() if c["type"] == 0],
        }

    def open_dm(self, user_id: int) -> int:
        if user_id not in self.dm_channels:
            channel_id = self.next_id()
            self.dm_channels[user_id] = channel_id
            self.channels[channel_id] = {
                **{"id": str(channel_id), "type": 1, "last_message_id": None, "flags": 0},
                "recipients": [self.user_payload(user_id)],
            }
            self.messages.setdefault(channel_id, [])
        return self.dm_channels[user_id]

    def is_guild_channel(self, channel_id: int) -> bool:
        return self.channels[channel_id]["type"] != 1

    # messages

    def webhook_user(self, webhook_id: int, username: str) -> Json:
        user = {"id": str(webhook_id), "username": username, "discriminator": "0000", "bot": True}
        return {**user, **defaults("avatar global_name")}

    def build_message(
        self,
        channel_id: int,
        author: Json,
        body: Json,
        *,
        attachments: list[Json] | None = None,
        member_id: int | None = None,
        webhook_id: int | None = None,
        msg_type: int = 0,
        flags: int = 0,
        application_id: int | None = None,
    ) -> Json:
        """A new message, stored by id (the caller decides whether it goes to `messages`)."""
        if channel_id not in self.channels:
            raise LookupError(f"unknown channel {channel_id}")
        message: Json = {
            **defaults("edited_timestamp", "", "mention_everyone pinned"),
            **defaults(lists="mentions mention_roles attachments embeds components"),
            **{"id": str(self.next_id()), "channel_id": str(channel_id), "author": author},
            **{"content": "", "timestamp": now_iso(), "tts": bool(body.get("tts"))},
            **{"type": msg_type, "flags": flags},
        }
        if self.is_guild_channel(channel_id):
            message["guild_id"] = str(self.guild_id)
            if member_id is not None and member_id in self.members:
                message["member"] = self.member_payload(member_id, with_user=False)
        if webhook_id is not None:
            message["webhook_id"] = str(webhook_id)
        if application_id is not None:
            message["application_id"] = str(application_id)
        if "nonce" in body:
            message["nonce"] = body["nonce"]
        reference = body.get("message_reference")
        if reference and reference.get("message_id"):
            message["message_reference"] = {"channel_id": str(channel_id), **reference}
            message["type"] = 19 if msg_type == 0 else msg_type
            referenced = self.all_messages.get(int(reference["message_id"]))
            message["referenced_message"] = (
                {k: v for k, v in wire(referenced).items() if k != "referenced_message"}
                if referenced
                else None
            )
        self.update_message(message, body, attachments=attachments or [], edit=False)
        self.all_messages[int(message["id"])] = message
        self.channels[channel_id]["last_message_id"] = message["id"]
        return message

    def update_message(
        self, message: Json, body: Json, *, attachments: list[Json] | None = None, edit: bool = True
    ) -> None:
        """Apply a create/edit body: only the keys present change, as on Discord."""
        for key in ("content", "embeds", "components"):
            if key in body and body[key] is not None:
                message[key] = body[key]
        if "flags" in body and body["flags"] is not None:
            message["flags"] = (message["flags"] & (EPHEMERAL | LOADING)) | int(body["flags"])
        if "allowed_mentions" in body:
            message["allowed_mentions"] = body["allowed_mentions"]
        if "attachments" in body or attachments:
            keep = {str(a.get("id")) for a in body.get("attachments") or []}
            kept = [a for a in message["attachments"] if a["id"] in keep]
            message["attachments"] = kept + (attachments or [])
        if edit:
            message["edited_timestamp"] = now_iso()
            message["flags"] &= ~LOADING
        self._apply_mentions(message)
        self.notify()

    def _apply_mentions(self, message: Json) -> None:
        """Resolve mentions as Discord does, honouring allowed_mentions (absent = parse all)."""
        content = message["content"]
        allowed = message.get("allowed_mentions")
        parse = (
            set(allowed.get("parse", [])) if allowed is not None else {"everyone", "users", "roles"}
        )
        allowed_users = {str(u) for u in (allowed or {}).get("users", [])}
        allowed_roles = {str(r) for r in (allowed or {}).get("roles", [])}
        message["mention_everyone"] = "everyone" in parse and bool(
            re.search(r"@(everyone|here)\b", content)
        )
        users = re.findall(r"<@!?(\d+)>", content)
        message["mentions"] = [
            self.user_payload(int(u))
            for u in dict.fromkeys(users)
            if int(u) in self.users and ("users" in parse or u in allowed_users)
        ]
        roles = re.findall(r"<@&(\d+)>", content)
        message["mention_roles"] = [
            r
            for r in dict.fromkeys(roles)
            if int(r) in self.roles and ("roles" in parse or r in allowed_roles)
        ]

    def make_attachments(
        self, channel_id: int, body: Json, files: list[tuple[str, str, bytes]]
    ) -> list[Json]:
        """Attachment objects for uploaded `files[n]` parts; the bytes go to `uploads`."""
        described = {str(a.get("id")): a for a in body.get("attachments") or []}
        result = []
        for field_name, filename, content in files:
            index = field_name.removeprefix("files[").rstrip("]")
            attachment_id = self.next_id()
            self.uploads[attachment_id] = content
            url = f"https://cdn.discordapp.com/attachments/{channel_id}/{attachment_id}/{filename}"
            attachment = {"id": str(attachment_id), "filename": filename, "size": len(content)}
            attachment.update(url=url, proxy_url=url)
            if description := described.get(index, {}).get("description"):
                attachment["description"] = description
            result.append(attachment)
        return result

    # interactions

    def new_interaction(
        self, kind: int, user_id: int, channel_id: int, message: Json | None
    ) -> Interaction:
        interaction_id = self.next_id()
        token = f"aW50ZXJhY3Rpb24.{interaction_id}.{secrets.token_urlsafe(24)}"
        message_id = int(message["id"]) if message else None
        interaction = Interaction(interaction_id, token, kind, channel_id, user_id, message_id)
        self.interactions[interaction_id] = interaction
        self.interaction_tokens[token] = interaction_id
        return interaction

    def interaction_payload(
        self, interaction: Interaction, data: Json, locale: str | None, message: Json | None
    ) -> Json:
        """INTERACTION_CREATE as Discord sends it: in a guild with the member and permissions."""
        user_id, channel_id = interaction.user_id, interaction.channel_id
        member = self.members.get(user_id)
        channel = {**self.channels[channel_id], "permissions": str(self.permissions_of(user_id))}
        payload: Json = {
            **{"id": str(interaction.id), "application_id": str(self.application_id)},
            **{"type": interaction.type, "data": data, "token": interaction.token, "version": 1},
            **{"channel_id": str(channel_id), "channel": channel, "entitlements": []},
            "locale": locale or (member["locale"] if member else "sv-SE"),
            "app_permissions": str(self.permissions_of(self.bot_user_id)),
            "attachment_size_limit": 10 * 1024**2,
        }
        if self.is_guild_channel(channel_id):
            payload["guild_id"] = str(self.guild_id)
            payload["guild"] = {"id": str(self.guild_id), "locale": "sv-SE", "features": []}
            payload["guild_locale"] = "sv-SE"
            member_payload = self.member_payload(user_id)
            member_payload["permissions"] = str(self.permissions_of(user_id))
            payload["member"] = member_payload
            payload["authorizing_integration_owners"] = {"0": str(self.guild_id)}
            payload["context"] = 0
        else:
            payload["user"] = self.user_payload(user_id)
            payload["authorizing_integration_owners"] = {"1": str(user_id)}
            payload["context"] = 1
        if message is not None:
            payload["message"] = wire(message)
        return payload

    def resolve_options(self, options: list[Json]) -> Json:
        """`resolved` for user (6), channel (7), role (8), mentionable (9), attachment (11)."""
        resolved: dict[str, dict[str, Json]] = {}
        for option in options:
            nested = self.resolve_options(option.get("options", []))
            for key, values in nested.items():
                resolved.setdefault(key, {}).update(values)
            kind, value = option.get("type"), str(option.get("value", ""))
            if not value.isdigit():
                continue
            target = int(value)
            if kind in (6, 9) and target in self.users:
                resolved.setdefault("users", {})[value] = self.user_payload(target)
                if target in self.members:
                    member = self.member_payload(target, with_user=False)
                    member["permissions"] = str(self.permissions_of(target))
                    resolved.setdefault("members", {})[value] = member
            if kind in (8, 9) and target in self.roles:
                resolved.setdefault("roles", {})[value] = self.roles[target]
            if kind == 11:  # an attachment the member uploaded with the command
                resolved.setdefault("attachments", {})[value] = {
                    "id": value,
                    "filename": f"{value}.pdf",
                    "size": 1024,
                    "url": f"https://cdn.discordapp.example/attachments/{value}/{value}.pdf",
                    "proxy_url": f"https://media.discordapp.example/{value}.pdf",
                    "content_type": "application/pdf",
                }
            if kind == 7 and target in self.channels:
                channel = {**self.channels[target], "permissions": str(ALL_PERMISSIONS)}
                resolved.setdefault("channels", {})[value] = channel
        return resolved
