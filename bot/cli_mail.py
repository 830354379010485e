"""`bryggan mail import|list`: the mailing list from the board's computer (an old member
register in a spreadsheet, a quick count)."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rest is imported when the command runs: its --help stays cheap
    from bot.settings import Settings
    from handlers.context import Context

STATUSES = ("active", "pending", "unsubscribed")  # storage.mail.STATUSES, kept equal by a test
ADDRESS_HEADERS = {"address", "adress", "email", "e-mail", "e-post", "epost", "mail"}
NAME_HEADERS = {"name", "namn"}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "mail",
        help="import or list the e-mail list",
        description="Import addresses to the e-mail list, or list it.",
    )
    actions = parser.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    taking = actions.add_parser(
        "import",
        help="add addresses from a CSV file (active at once)",
        description="Add the addresses in a CSV file to the e-mail list, active at once (the "
        "board vouches for them). Columns: address and optionally name; a header row is "
        "optional. Addresses already known (also those who unsubscribed) are counted and "
        "left as they are; bad rows are reported with their line numbers.",
    )
    taking.add_argument("file", type=Path, help="the CSV file (UTF-8; comma or semicolon)")
    listing = actions.add_parser(
        "list",
        help="print the subscribers",
        description="Print every subscriber with status, source and date, by address.",
    )
    listing.add_argument("--status", choices=STATUSES, help="only this status")
    listing.add_argument("--json", action="store_true", help="print JSON lines")


async def run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.context import build_context
    from handlers.clock import SystemClock
    from storage.migrate import upgrade

    ctx = build_context(settings, SystemClock())
    try:
        await upgrade(ctx.db)
        if args.mail_command == "import":
            return await _import(ctx, args.file)
        return await _list(ctx, args.status, args.json)
    finally:
        await ctx.db.dispose()


def read_rows(path: Path) -> list[tuple[int, str, str]]:
    """(line, address, name) for every non-empty row after an optional header row."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(handle, dialect)
        address_col, name_col = 0, 1
        rows: list[tuple[int, str, str]] = []
        first = True
        for cells in reader:
            cells = [cell.strip() for cell in cells]
            if not any(cells):
                continue
            if first:
                first = False
                headers = [cell.lower() for cell in cells]
                if ADDRESS_HEADERS & set(headers):
                    address_col = next(i for i, h in enumerate(headers) if h in ADDRESS_HEADERS)
                    name_col = next((i for i, h in enumerate(headers) if h in NAME_HEADERS), -1)
                    continue
            address = cells[address_col] if address_col < len(cells) else ""
            name = cells[name_col] if 0 <= name_col < len(cells) else ""
            rows.append((reader.line_num, address, name))
    return rows


async def _import(ctx: Context, path: Path) -> int:
    from handlers.mail.subscribers import import_addresses

    try:
        rows = read_rows(path)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        print(f"bryggan: cannot read {path}: {error}", file=sys.stderr)
        return 1
    report = await import_addresses(ctx, rows, added_by=f"import {path.name}"[:200])
    print(
        f"added: {report.added}, already on the list: {report.already}, "
        f"refused: {len(report.refused)}"
    )
    for line, reason in report.refused:
        print(f"  line {line}: {reason}")
    if report.added and not ctx.public.mail_enabled:
        print(NO_MAIL_SERVER, file=sys.stderr)
    return 0


NO_MAIL_SERVER = (
    "note: no mail server is set up (SMTP_URL or SMTP_HOST): mail to these addresses will "
    "wait in the outbox until one is"
)


async def _list(ctx: Context, status: str | None, as_json: bool) -> int:
    import json

    from storage import mail

    async with ctx.db.transaction() as session:
        rows = await mail.all_subscribers(session, status=status)
    for row in rows:
        record = {
            "address": row.address,
            "name": row.name,
            "status": row.status,
            "source": row.source,
            "created_at": row.created_at.isoformat(),
        }
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(
                f"{row.address:<40} {row.status:<12} {row.source:<6} "
                f"{row.created_at:%Y-%m-%d} {row.name}".rstrip()
            )
    if not rows and not as_json:
        print("the mailing list is empty")
    return 0
