"""`bryggan member export`: everything kept about one person, for a request that came by mail
(the same file `/my-data` gives a member in chat)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.context import build_context
from bot.settings import Settings
from handlers.clock import SystemClock
from handlers.errors import CommandError
from handlers.i18n import translator
from handlers.people.my_data import as_json
from handlers.people.users import find_person
from storage.migrate import upgrade
from storage.people_export import personal_data


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "member",
        help="export what is kept about a member",
        description="Export everything kept about one person as JSON.",
    )
    actions = parser.add_subparsers(dest="member_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="everything kept about one person, as JSON",
        description="Everything kept about one person, as JSON (what /my-data attaches). "
        "PERSON is #NUMBER (from /member list), a verified address, or a name.",
    )
    export.add_argument("person", help="#NUMBER, a verified address, or a name")
    export.add_argument("--output", type=Path, help="write to this file instead of stdout")


async def run(settings: Settings, args: argparse.Namespace) -> int:
    ctx = build_context(settings, SystemClock())
    try:
        await upgrade(ctx.db)
        async with ctx.db.transaction() as session:
            try:
                person = await find_person(session, args.person)
            except CommandError as error:
                print(translator("en")(error.message, **error.params), file=sys.stderr)
                return 1
            text = as_json(await personal_data(session, person))
    finally:
        await ctx.db.dispose()
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
