"""`bryggan teams-manifest [--output PATH] [--host HOST]`: write the Teams app package (the
manifest with its command menu, the English strings and the icons) as a zip to upload.

Needs no database and no Teams client: the catalogue comes from its outline.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rest is imported when the command runs: its --help stays cheap
    from bot.settings import Settings

EXIT_CONFIG = 2
HELP = "write the Teams app package (manifest, icons, English strings) as a zip"
_HOST = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?$"
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "teams-manifest",
        help=HELP,
        description="Write the Microsoft Teams app package: manifest.json (the bot, a menu of "
        "the most used commands in Swedish with English in en.json, the permissions to read "
        "channel and group chat messages) and its two icons. Upload the zip in the Teams "
        "admin center, or in Teams under Apps → Manage your apps → Upload an app.",
    )
    parser.add_argument(
        "--output",
        default="bryggan-teams.zip",
        metavar="PATH",
        help="where to write the zip (default: bryggan-teams.zip)",
    )
    parser.add_argument(
        "--host",
        default=None,
        help="the bot's public host name (bryggan.example.se), listed in validDomains and "
        "used for the developer links when PUBLIC_BASE_URL is not set",
    )


def _host(raw: str | None) -> str | None:
    """The host alone, whether given as `host` or as `https://host/…`; None if not a host."""
    if raw is None:
        return None
    host = re.sub(r"^[a-z]+://", "", raw.strip(), flags=re.I).split("/", 1)[0]
    return host if _HOST.match(host) else None


def _fail(text: str) -> int:
    print(f"bryggan: {text}", file=sys.stderr)
    return EXIT_CONFIG


async def run(settings: Settings, args: argparse.Namespace) -> int:
    from importlib.metadata import PackageNotFoundError, version

    from bot.platforms.teams.manifest import AppInfo, menu_commands, package
    from handlers.catalogue_outline import offline_catalogue  # no SQLAlchemy on the way

    if not settings.teams_app_id:
        return _fail("set TEAMS_APP_ID first (the Application (client) ID of the bot's Entra app)")
    host = _host(args.host)
    if args.host is not None and host is None:
        return _fail(f"--host takes a host name such as bryggan.example.se, not {args.host!r}")
    base = f"https://{host}" if host else (settings.public_base_url or "")
    if not base.startswith("https://"):
        return _fail(
            "Teams needs https links to the bot's pages: set PUBLIC_BASE_URL to an https "
            "address, or give --host"
        )
    try:
        app_version = version("bryggan")
    except PackageNotFoundError:
        app_version = "1.0.0"
    app = AppInfo(
        app_id=settings.teams_app_id,
        base_url=base,
        host=host,
        organisation=settings.public_site_name,
        version=app_version,
    )
    catalogue = offline_catalogue()
    output = Path(args.output)
    try:
        await asyncio.to_thread(output.write_bytes, package(catalogue, app))
    except OSError as error:
        return _fail(f"cannot write {output}: {error.strerror or error}")
    shown = ", ".join(spec.name for spec in menu_commands(catalogue))
    print(f"wrote {output} (app {app.app_id}, version {app.version}; menu: {shown})")
    return 0
