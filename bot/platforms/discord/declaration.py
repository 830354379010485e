"""Discord, as the registry knows it (imports no discord.py: `build` does)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.platforms.registry import CliCommand, Declaration
from handlers.capabilities import Capabilities

if TYPE_CHECKING:
    from bot.settings import Settings
    from handlers.door import Door
    from handlers.ports import Platform


def _configured(settings: Settings) -> bool:
    return bool(settings.discord_token and settings.discord_token.get_secret_value())


def _message_ids(handle: str) -> tuple[str, ...]:
    """A post's handle is its parts' ids joined by commas; a part posted through a webhook
    (under a bridged author's name) is `w<webhook>:<id>`, one posted in a thread
    `t<thread>:<id>`."""
    return tuple(part.rpartition(":")[2] for part in handle.split(","))


def _build(door: Door, settings: Settings) -> Platform:
    from bot.platforms.discord.platform import DiscordConfig, DiscordPlatform

    assert settings.discord_token is not None  # `_configured` said so
    return DiscordPlatform(
        door,
        DiscordConfig(
            token=settings.discord_token.get_secret_value(),
            guild_ids=tuple(settings.discord_guilds),
            board_role=settings.discord_board_role,
            api_base_url=settings.discord_api_base_url,
        ),
    )


DECLARATION = Declaration(
    name="discord",
    # Discord's API reference (Message Components, Embed limits): a modal holds 5 inputs, a
    # select 25 options of 100 characters, an embed field's value 1,024 characters, a text
    # input's placeholder 100; a webhook's name 80, an autocomplete answer 25 choices.
    capabilities=Capabilities(
        label="Discord",
        author_name=80,
        suggestions=25,
        form_fields=5,
        select_options=25,
        option_label=100,
        field_value=1024,
        placeholder=100,
        user_mention=r"^<@!?(\d{1,20})>$",  # <@123>, or <@!123> for a nickname
        message_ids=_message_ids,
        threads=True,
        thread_is_channel=True,  # a thread started from a message: a channel with its id
        names_by_client="en",  # name_localizations: Swedish names to sv-SE clients only
    ),
    settings=("discord_token", "discord_guild_ids", "discord_board_role", "discord_api_base_url"),
    configured=_configured,
    build=_build,
    commands=(
        CliCommand(
            "discord-invite-url",
            "bot.platforms.discord.cli",
            "print the link that adds the bot to a Discord server",
        ),
    ),
    order=10,
)
