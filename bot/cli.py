"""The `bryggan` command line: run, console, migrate, check-config, outbox list|retry, and the
subcommands kept in bot/cli_*.py.

Start-up is kept cheap: this module imports the standard library only. The parser names
every command, but a command's module, the settings, SQLAlchemy and the platforms are
imported only when that command runs, so `bryggan --help` costs little more than Python
itself and no command loads a chat client it does not use (tests/unit/test_cli_startup.py).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from bot.cli_args import ID, LIMIT
from bot.cli_output import EXIT_BROKEN_PIPE, OutputError, abandon_stdout, guarded_stdout

if TYPE_CHECKING:
    from bot.settings import Settings
    from storage.db import Database

EXIT_CONFIG = 2
# Subcommands defined in their own module, imported only when the command runs or its help
# is asked for: name → (module, the line `bryggan --help` shows, equal to the module's own).
MODULE_COMMANDS: dict[str, tuple[str, str]] = {
    "wishes": ("bot.cli_wishes", "import, export or search the wish list"),
    "mail": ("bot.cli_mail", "import or list the e-mail list"),
    "survey": ("bot.cli_surveys", "make a survey from a file, or export a survey's answers"),
    "member": ("bot.cli_members", "export or erase what is kept about a member"),
    "retention": ("bot.cli_retention", "remove personal data past its retention period"),
    "processes": ("bot.cli_processes", "list the processes, their roles and what each leads"),
}


def _module_commands() -> dict[str, tuple[str, str]]:
    """MODULE_COMMANDS and the platforms' own commands (which need no database)."""
    from bot.platforms.registry import cli_commands

    platforms = {c.name: (c.module, c.summary) for c in cli_commands().values()}
    return MODULE_COMMANDS | platforms


# What may make a new database (a SQLite file, and its folder): (command, action). Every other
# command that uses the database only reads or changes what is there, so a database that is not
# there is a wrong DATABASE_URL, never an empty one to answer from.
MAKERS = {
    ("run", None),
    ("console", None),
    ("migrate", None),
    ("wishes", "import"),
    ("mail", "import"),
    ("survey", "create"),
}


def _offline(command: str) -> bool:
    """Whether a command needs no database: the platforms' own commands."""
    from bot.platforms.registry import cli_commands

    return command in cli_commands()


def _parser(load: Collection[str] | None = None) -> argparse.ArgumentParser:
    """Every command; of MODULE_COMMANDS only those in `load` (all when None) get their own
    options, the others just their line in `bryggan --help`."""
    parser = argparse.ArgumentParser(
        prog="bryggan",
        description="Bryggan: the association's bot for Discord, Slack, e-mail and the web.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    running = commands.add_parser(
        "run",
        help="run every configured platform, the web server and the scheduler (default)",
        description="Run every configured platform, the web server and the scheduler in one "
        "process. With no chat tokens configured the console platform starts instead.",
    )
    running.add_argument(
        "--role",
        type=_roles,
        default=None,
        metavar="ROLE[,ROLE...]",
        help="what this process does: gateway, dispatcher, web, scheduler (default: all). "
        "On PostgreSQL any number of processes run; gateway and scheduler each have one "
        "leader, the others stand by.",
    )
    commands.add_parser(
        "console",
        help="try every command from this terminal (or a piped script)",
        description="Run commands typed on stdin: /help, /as NAME [board] "
        "[municipality:X], /in CHANNEL. Ends at end of input.",
    )
    commands.add_parser(
        "migrate",
        help="bring the database schema up to date",
        description="Apply every pending database migration (also done on start).",
    )
    commands.add_parser(
        "check-config",
        help="check the settings and the database connection",
        description="Validate the settings, show them with secrets hidden, and try the database.",
    )
    for name, (module, summary) in _module_commands().items():
        if load is None or name in load:
            importlib.import_module(module).add_parser(commands)
        else:
            commands.add_parser(name, help=summary, add_help=False)
    box = commands.add_parser(
        "outbox", help="inspect or retry deliveries", description="Inspect or retry deliveries."
    )
    box_commands = box.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    listing = box_commands.add_parser(
        "list", help="list recent deliveries", description="List recent deliveries, newest first."
    )
    listing.add_argument("--failed", action="store_true", help="only deliveries parked as failed")
    listing.add_argument("--limit", type=LIMIT, default=50, help="how many rows (default 50)")
    listing.add_argument("--json", action="store_true", help="print JSON lines")
    retry = box_commands.add_parser(
        "retry", help="send a failed delivery again", description="Send a failed delivery again."
    )
    retry.add_argument("id", type=ID, help="the delivery id from `bryggan outbox list`")
    return parser


def _roles(text: str) -> tuple[str, ...]:
    from bot.roles import parse_roles

    try:
        return parse_roles(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    named = next((arg for arg in argv if not arg.startswith("-")), "")  # the command
    args = _parser(load=[named] if named in _module_commands() else []).parse_args(argv)
    from bot.logs import configure_logging
    from bot.settings import SettingsError, load_settings, unknown_settings

    try:
        settings = load_settings()
    except SettingsError as error:
        for line in error.lines:
            print(f"bryggan: configuration error: {line}", file=sys.stderr)
        return EXIT_CONFIG
    for line in unknown_settings():
        print(f"bryggan: warning: {line}", file=sys.stderr)
    configure_logging(settings.log_level, settings.log_format, _secrets(settings))
    try:
        return _run(args.command or "run", args, settings)
    except OutputError as error:
        return _output_failed(error)
    except SettingsError as error:  # found on the way: the database, the web port
        for line in error.lines:
            print(f"bryggan: configuration error: {_redact(line, settings)}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        print(f"bryggan: cannot start: {_redact(str(error), settings)}", file=sys.stderr)
        return 1
    except Exception as error:
        if not _is_database_error(error):
            raise
        reason = getattr(error, "orig", None) or error
        print(f"bryggan: database error: {_redact(str(reason), settings)}", file=sys.stderr)
        return 1


def _run(command: str, args: argparse.Namespace, settings: Settings) -> int:
    """Run one command, importing what it needs and nothing else."""
    import asyncio

    revision = None
    if not _offline(command):
        if (command, getattr(args, f"{command}_command", None)) not in MAKERS:
            _refuse_a_missing_database(settings, command)
        revision = asyncio.run(_reach_database(settings))
    if command not in ("run", "console"):  # their stdout is the console platform's
        with guarded_stdout():
            return _run_once(command, args, settings, revision)
    from bot.runtime import Runtime, run_until_signal  # the platforms: only to run

    if command == "run":
        return _run_alone(settings, getattr(args, "role", None))
    from bot.single_run import console_roles

    # Never a gateway: on a shared PostgreSQL it must not take the chat connections.
    roles = console_roles(settings.database_url_value)
    if "scheduler" not in roles:
        print(
            "bryggan: a `bryggan run` uses this SQLite file; its scheduler runs the timed "
            "jobs, not this console.",
            file=sys.stderr,
        )
    runtime = Runtime(settings, with_web=False, with_console=True, with_chat=False, roles=roles)
    return asyncio.run(run_until_signal(runtime))


def _run_once(
    command: str, args: argparse.Namespace, settings: Settings, revision: str | None
) -> int:
    """A command that answers and ends: its output is guarded (bot/cli_output.py)."""
    import asyncio

    if command in _module_commands():
        module = importlib.import_module(_module_commands()[command][0])
        return int(asyncio.run(module.run(settings, args)))
    if command == "migrate":
        return asyncio.run(_migrate(settings))
    if command == "check-config":
        return _check_config(settings, revision)
    if args.outbox_command == "list":
        return asyncio.run(_outbox_list(settings, args.failed, args.limit, args.json))
    return asyncio.run(_outbox_retry(settings, args.id))


def _output_failed(error: OutputError) -> int:
    """A reader that stopped early ends the command quietly; any other failed write is
    named. Either way what is left for standard output goes nowhere at exit."""
    abandon_stdout()
    if error.reader_gone:
        return EXIT_BROKEN_PIPE
    with contextlib.suppress(OSError):  # standard error may be the same closed pipe
        print(f"bryggan: {error}", file=sys.stderr)
    return 1


def _run_alone(settings: Settings, roles: tuple[str, ...] | None) -> int:
    """`bryggan run`, refused while another holds the same SQLite file (bot/single_run.py)."""
    import asyncio

    from bot.roles import ROLES
    from bot.runtime import Runtime, run_until_signal
    from bot.single_run import AlreadyRunning, only_run_on

    try:
        with only_run_on(settings.database_url_value):
            runtime = Runtime(settings, roles=roles or ROLES)
            return asyncio.run(run_until_signal(runtime))
    except AlreadyRunning as held:
        print(
            f"bryggan: another `bryggan run` is using {held}. A SQLite database serves one "
            "process; to run more than one, use PostgreSQL (DATABASE_URL).",
            file=sys.stderr,
        )
        return 1


def _is_database_error(error: Exception) -> bool:
    """A SQLAlchemy error, told without importing SQLAlchemy: none was raised if it is not
    loaded."""
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(error, errors.SQLAlchemyError)


def _open_database(settings: Settings) -> Database:
    """As `bot.context.open_database`, without loading the handlers that module builds on."""
    from storage.db import Database

    return Database(settings.database_url_value, schema=settings.database_schema)


async def _reach_database(settings: Settings) -> str | None:
    """One connection before anything else, with the database's driver alone: an unreachable
    database names DATABASE_URL (password hidden) and exits 2, like any other wrong setting.
    Returns the stored migration revision."""
    from bot.settings import SettingsError
    from storage.migrate import DatabaseUrl, probe_revision

    try:
        return await probe_revision(settings.database_url_value, settings.database_schema)
    except Exception as error:  # the driver's own errors: any of them means "not reached"
        shown = DatabaseUrl.parse(settings.database_url_value).shown()
        reason = " ".join(str(error).split()) or type(error).__name__
        message = f"DATABASE_URL: cannot reach the database at {shown} ({reason})"
        raise SettingsError([message]) from None


def _refuse_a_missing_database(settings: Settings, command: str) -> None:
    """A SQLite file that is not there is named, for a command that makes nothing: connecting
    would make an empty database (and its folder) and answer from it, as if there were
    nothing to find."""
    from bot.settings import SettingsError
    from storage.migrate import missing_sqlite_file

    missing = missing_sqlite_file(settings.database_url_value)
    if missing is not None:
        raise SettingsError([
            f"DATABASE_URL: there is no database at {missing}; `bryggan {command}` makes none "
            "(`bryggan migrate` makes a new one)"
        ])  # fmt: skip


def _redact(text: str, settings: Settings) -> str:
    for secret in _secrets(settings):
        text = text.replace(secret, "***")
    return text


def _secrets(settings: Settings) -> list[str]:
    from bot.settings import secret_values

    return secret_values(settings)


async def _migrate(settings: Settings) -> int:
    from storage.migrate import current_revision, upgrade

    db = _open_database(settings)
    try:
        await upgrade(db)
        print(f"database at revision {await current_revision(db)}")
    finally:
        await db.dispose()
    return 0


def _check_config(settings: Settings, revision: str | None) -> int:
    """The settings with secrets hidden, and the database as `_reach_database` found it."""
    from storage.migrate import DatabaseUrl, head_revision

    shown = settings.model_dump()
    shown["database_url"] = DatabaseUrl.parse(settings.database_url_value).shown()
    for key, value in sorted(shown.items()):
        print(f"{key.upper()}={value}")
    print(f"platforms: {', '.join(settings.chat_platforms()) or 'none (console)'}")
    state = "up to date" if revision == head_revision() else "needs `bryggan migrate`"
    print(f"database: reachable, revision {revision or 'none'} ({state})")
    return 0


async def _outbox_list(settings: Settings, failed: bool, limit: int, as_json: bool) -> int:
    import json

    from storage import outbox
    from storage.migrate import upgrade

    db = _open_database(settings)
    try:
        await upgrade(db)
        rows = await outbox.list_rows(db, failed_only=failed, limit=limit)
    finally:
        await db.dispose()
    for row in rows:
        record = {
            "id": row.id,
            "status": row.status,
            "destination": row.destination,
            "action": row.action,
            "attempts": row.attempts,
            "key": row.idempotency_key,
            "created_at": row.created_at.isoformat(),
            "error": row.last_error,
        }
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            error = f"  error: {row.last_error}" if row.last_error else ""
            print(
                f"{row.id:>6}  {row.status:<8} {row.destination:<30} {row.action:<6} "
                f"tries={row.attempts} key={row.idempotency_key}{error}"
            )
    if not rows and not as_json:
        print("no failed deliveries" if failed else "the outbox is empty")
    return 0


async def _outbox_retry(settings: Settings, row_id: int) -> int:
    from handlers.clock import SystemClock
    from storage import outbox
    from storage.migrate import upgrade

    db = _open_database(settings)
    try:
        await upgrade(db)
        if await outbox.retry_failed(db, row_id, now=SystemClock().now()):
            print(f"delivery {row_id} will be sent again")
            return 0
        row = await outbox.get_row(db, row_id)
    finally:
        await db.dispose()
    if row is None:
        print(f"bryggan: no delivery with id {row_id}", file=sys.stderr)
    else:
        print(f"bryggan: delivery {row_id} is {row.status}, not failed", file=sys.stderr)
    return 1
