"""`bryggan discord-invite-url`: the link that adds the bot to a Discord server.

One HTTP request for the application id, without discord.py (`invite.py`).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.settings import Settings

SUMMARY = "print the link that adds the bot to a Discord server"
EXIT_CONFIG = 2


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser(
        "discord-invite-url",
        help=SUMMARY,
        description="Print the OAuth2 link that invites the bot with exactly the scopes and "
        "permissions it needs. Asks Discord for the application id with DISCORD_TOKEN.",
    )


async def run(settings: Settings, _args: argparse.Namespace) -> int:
    if settings.discord_token is None:
        print(
            "bryggan: set DISCORD_TOKEN first (the bot token from the Developer Portal)",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    from bot.platforms.discord.invite import application_id, invite_url

    app_id = await application_id(
        settings.discord_token.get_secret_value(), settings.discord_api_base_url
    )
    print(invite_url(app_id, settings.discord_guilds[0] if settings.discord_guilds else None))
    return 0
