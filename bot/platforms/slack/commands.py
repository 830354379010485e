"""Which Slack slash command reaches which catalogue command, and the app manifest.

Every catalogue command gets its own slash command unless Slack keeps that name for itself
(`/status`, `/remind`, …); such a command gets the configured prefix, or is reached only
through the umbrella command (`/bryggan NAME …`), which reaches every command.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import yaml

from bot.platforms.text import split_text
from handlers.catalogue import CommandSpec
from handlers.i18n import translator

# Slack's own commands: an app cannot register these names.
RESERVED = frozenset(
    {
        "active", "apps", "archive", "away", "call", "collapse", "dm", "dnd", "expand", "feed",
        "feedback", "giphy", "invite", "join", "kick", "leave", "me", "msg", "mute", "open",
        "remind", "remove", "rename", "search", "shortcuts", "shrug", "star", "status", "topic",
        "who",
    }
)  # fmt: skip
SLASH_DESCRIPTION_LIMIT = 100
USAGE_HINT_LIMIT = 100
BOT_SCOPES = (
    "commands",
    "chat:write",
    "chat:write.public",
    "chat:write.customize",
    "im:write",
    "files:write",
    "users:read",
    "usergroups:read",
    "channels:history",
    "groups:history",
    "im:history",
    "mpim:history",
    "channels:read",
    "groups:read",
)
BOT_EVENTS = ("message.channels", "message.groups")


@dataclass(frozen=True)
class SlashCommand:
    slash: str  # what members type, with the leading slash
    catalogue_name: str | None  # None for the umbrella command


def slash_commands(
    catalogue: Iterable[CommandSpec], *, umbrella: str = "bryggan", prefix: str = ""
) -> list[SlashCommand]:
    """The umbrella first, then one per catalogue command that may have its own name."""
    found = [SlashCommand(f"/{umbrella}", None)]
    for spec in catalogue:
        name = f"{prefix}{spec.name}"
        if name in RESERVED or name == umbrella:
            continue
        found.append(SlashCommand(f"/{name}", spec.name))
    return found


def _usage_hint(spec: CommandSpec) -> str:
    if spec.subcommands:
        return ("|".join(sub.name for sub in spec.subcommands) + " …")[:USAGE_HINT_LIMIT]
    return spec.usage()[len(spec.name) + 1 :].strip()[:USAGE_HINT_LIMIT]


def manifest(
    catalogue: Iterable[CommandSpec],
    *,
    name: str = "Bryggan",
    socket_mode: bool = True,
    request_url: str | None = None,
    umbrella: str = "bryggan",
    prefix: str = "",
) -> dict[str, Any]:
    """A complete app manifest: commands with Swedish descriptions, scopes, events."""
    specs = {spec.name: spec for spec in catalogue}
    _ = translator("sv")
    commands = []
    for command in slash_commands(specs.values(), umbrella=umbrella, prefix=prefix):
        entry: dict[str, Any] = {"command": command.slash}
        if command.catalogue_name is None:
            entry["description"] = _("Every Bryggan command: /{umbrella} help", umbrella=umbrella)[
                :SLASH_DESCRIPTION_LIMIT
            ]
            entry["usage_hint"] = "KOMMANDO …"
        else:
            spec = specs[command.catalogue_name]
            entry["description"] = split_text(_(spec.description), SLASH_DESCRIPTION_LIMIT)[0]
            hint = _usage_hint(spec)
            if hint:
                entry["usage_hint"] = hint
        entry["should_escape"] = False
        if not socket_mode and request_url:
            entry["url"] = request_url
        commands.append(entry)
    interactivity: dict[str, Any] = {"is_enabled": True}
    events: dict[str, Any] = {"bot_events": list(BOT_EVENTS)}
    if not socket_mode and request_url:
        interactivity["request_url"] = request_url
        interactivity["message_menu_options_url"] = request_url
        events["request_url"] = request_url
    return {
        "display_information": {
            "name": name,
            "description": "Föreningens brygga mellan Discord, Slack, e-post och webben",
            "background_color": "#1d4e89",
        },
        "features": {
            "bot_user": {"display_name": name, "always_online": True},
            "slash_commands": commands,
        },
        "oauth_config": {"scopes": {"bot": list(BOT_SCOPES)}},
        "settings": {
            "event_subscriptions": events,
            "interactivity": interactivity,
            "org_deploy_enabled": False,
            "socket_mode_enabled": socket_mode,
            "token_rotation_enabled": False,
        },
    }


def manifest_yaml(catalogue: Iterable[CommandSpec], **options: Any) -> str:
    return yaml.safe_dump(manifest(catalogue, **options), allow_unicode=True, sort_keys=False)
