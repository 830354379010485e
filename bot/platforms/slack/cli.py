"""`bryggan slack-manifest`: the Slack app manifest for every command, printed as YAML.

Read from the catalogue's outline, so it loads neither slack_bolt nor SQLAlchemy.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.settings import Settings

SUMMARY = "print the Slack app manifest (YAML) for every command"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    slack = commands.add_parser(
        "slack-manifest",
        help=SUMMARY,
        description="Print a complete Slack app manifest: every command with its Swedish "
        "description and usage hint, scopes, events and interactivity. Paste it into "
        "api.slack.com/apps → Create New App → From an app manifest.",
    )
    mode = slack.add_mutually_exclusive_group()
    mode.add_argument("--socket", action="store_true", help="Socket Mode (the default)")
    mode.add_argument("--http", metavar="URL", help="HTTP mode: the public /slack/events URL")


async def run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.platforms.slack.commands import manifest_yaml
    from handlers.catalogue_outline import offline_catalogue

    print(
        manifest_yaml(
            offline_catalogue(),
            socket_mode=args.http is None,
            request_url=args.http,
            umbrella=settings.slack_umbrella_command,
            prefix=settings.slack_command_prefix,
        ),
        end="",
    )
    return 0
