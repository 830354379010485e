"""`bryggan member export` and `bryggan member erase`: a member's request that came by mail
to see or erase what is kept about them (what `/my-data` and `/forget-me` do in chat)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from bot.cli_args import output_file
from bot.cli_output import write_output, write_stdout

if TYPE_CHECKING:  # the rest is imported when the command runs: its --help stays cheap
    from sqlalchemy.ext.asyncio import AsyncSession

    from bot.settings import Settings
    from handlers.context import Context
    from storage.people_models import PersonRow


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "member",
        help="export or erase what is kept about a member",
        description="Export or erase everything kept about one person.",
    )
    actions = parser.add_subparsers(dest="member_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="everything kept about one person, as JSON",
        description="Everything kept about one person, as JSON (what /my-data attaches). "
        "PERSON is #NUMBER (from /member list), a verified address, or a name.",
    )
    export.add_argument("person", help="#NUMBER, a verified address, or a name")
    export.add_argument("--output", type=output_file, help="write to this file instead of stdout")
    erase = actions.add_parser(
        "erase",
        help="erase everything kept about one person (as /forget-me does)",
        description="Erase one person: accounts, address, answers, supports, mail list entry, "
        "their bridged messages on every platform. Wishes they submitted stay without them. "
        "Without --yes it only names the person it would erase.",
    )
    erase.add_argument("person", help="#NUMBER, a verified address, or a name")
    erase.add_argument("--yes", action="store_true", help="erase; cannot be undone")


async def run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.context import build_context
    from handlers.capabilities import mentions
    from handlers.clock import SystemClock
    from handlers.errors import CommandError
    from handlers.i18n import translator
    from handlers.people.forget import erase_address
    from handlers.people.my_data import as_json
    from handlers.people.users import find_person
    from storage.migrate import upgrade
    from storage.people_export import personal_data

    ctx = build_context(settings, SystemClock())
    try:
        await upgrade(ctx.db)
        async with ctx.db.transaction() as session:
            try:
                person = await find_person(session, args.person, mentions(ctx.platforms))
            except CommandError as error:
                erasing = args.member_command == "erase" and args.yes
                if erasing and await erase_address(session, args.person):
                    print("Erased the e-mail list entry at that address (no chat account).")
                    return 0
                print(error.text(translator("en")), file=sys.stderr)
                return 1
            if args.member_command == "erase":
                return await _erase(ctx, session, person, confirmed=args.yes)
            text = as_json(await personal_data(session, person))
    finally:
        await ctx.db.dispose()
    if args.output:
        write_output(args.output, text)
    else:
        write_stdout(text)
    return 0


async def _erase(ctx: Context, session: AsyncSession, person: PersonRow, *, confirmed: bool) -> int:
    """Erase, or without `--yes` say whom it would erase (a typo must not erase anyone)."""
    from handlers.i18n import translator
    from handlers.people.forget import erase_person, receipt

    who = f"#{person.id} {person.display_name}"
    if not confirmed:
        print(f"Would erase {who}. Nothing erased; run again with --yes.", file=sys.stderr)
        return 1
    erased = await erase_person(ctx, session, person)
    print(f"Erased {who}:\n{receipt(erased, translator('en'))}")
    print("Its bridged copies are deleted and cards updated when `bryggan run` delivers.")
    return 0
