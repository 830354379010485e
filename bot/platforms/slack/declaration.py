"""Slack, as the registry knows it (imports no slack-bolt: `build` does)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.platforms.registry import CliCommand, Declaration, Route, comma_joined_ids
from handlers.capabilities import Capabilities

if TYPE_CHECKING:
    from pydantic import SecretStr

    from bot.settings import Settings
    from handlers.door import Door
    from handlers.ports import Platform


def _configured(settings: Settings) -> bool:
    return bool(settings.slack_bot_token and settings.slack_bot_token.get_secret_value())


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value else None


def _build(door: Door, settings: Settings) -> Platform:
    from bot.platforms.slack.platform import SlackConfig, SlackPlatform

    assert settings.slack_bot_token is not None  # `_configured` said so
    return SlackPlatform(
        door,
        SlackConfig(
            bot_token=settings.slack_bot_token.get_secret_value(),
            app_token=_secret(settings.slack_app_token),
            signing_secret=_secret(settings.slack_signing_secret),
            board_usergroup=settings.slack_board_usergroup,
            board_users=settings.listed(settings.slack_board_users),
            api_url=settings.slack_api_url,
            umbrella=settings.slack_umbrella_command,
            prefix=settings.slack_command_prefix,
        ),
    )


def _routes(platform: Platform) -> Sequence[Route]:
    """In HTTP mode (no app token) Slack posts its events to the bot's web server."""
    from bot.platforms.slack.platform import SlackPlatform

    if isinstance(platform, SlackPlatform) and not platform.socket_mode:
        return (Route("POST", "/slack/events", platform.handle_http),)
    return ()


SETTINGS = (
    "slack_bot_token",
    "slack_app_token",
    "slack_signing_secret",
    "slack_board_usergroup",
    "slack_board_users",
    "slack_api_url",
    "slack_umbrella_command",
    "slack_command_prefix",
)

DECLARATION = Declaration(
    name="slack",
    # Slack's Block Kit reference: a static select holds 100 options (`options`), an option
    # shows 75 characters (option object `text`), a plain-text input's placeholder 150. A
    # field is a section's mrkdwn text (3,000 characters, with its name and its escapes):
    # 2,000 of value leaves room for both. A modal holds 100 blocks, but a survey still
    # comes in forms of five, as on Discord: a part is saved as soon as it is sent.
    capabilities=Capabilities(
        label="Slack",
        author_name=80,
        suggestions=25,
        form_fields=5,
        select_options=100,
        option_label=75,
        field_value=2000,
        placeholder=150,
        user_mention=r"^<@([UW][A-Z0-9]{1,20})(?:\|[^>]*)?>$",  # <@U123> or <@U123|name>
        message_ids=comma_joined_ids,
        threads=True,  # a reply with `thread_ts` is in the thread under that message
    ),
    settings=SETTINGS,
    configured=_configured,
    build=_build,
    routes=_routes,
    commands=(
        CliCommand(
            "slack-manifest",
            "bot.platforms.slack.cli",
            "print the Slack app manifest (YAML) for every command",
        ),
    ),
    order=20,
)
