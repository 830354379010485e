"""`bryggan wishes import|export|similar`: the wish list from the board's computer and scripts."""

from __future__ import annotations

import argparse
import csv
import gc
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.cli_args import LIMIT, output_file
from bot.cli_output import write_output, write_stdout

if TYPE_CHECKING:  # the rest is imported when the command runs: its --help stays cheap
    from bot.settings import Settings
    from handlers.context import Context

FORMATS = ("csv", "json", "md")
PROGRESS_AFTER = 1.0  # seconds: a quick import draws no bar


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    wishes = commands.add_parser(
        "wishes",
        help="import, export or search the wish list",
        description="Import, export or search the wish list.",
    )
    actions = wishes.add_subparsers(dest="wishes_command", metavar="ACTION", required=True)
    taking = actions.add_parser(
        "import",
        help="import wishes from a CSV file",
        description="Import wishes from CSV (at least the columns title and module; "
        "external_id, description, municipality and status when present). Importing the "
        "same rows again changes nothing. On a terminal, a long import shows its progress.",
    )
    taking.add_argument("file", type=Path, help="the CSV file (UTF-8)")
    taking.add_argument("--source", default="import", help="where the rows come from")
    taking.add_argument(
        "--statuses",
        action="store_true",
        help="the file is the vendor's answer: columns number or ticket, status, comment; "
        "the statuses are set and the supporters told",
    )
    giving = actions.add_parser(
        "export",
        help="print the ranked wish list",
        description="Print the ranked wish list: the document sent to the vendor.",
    )
    giving.add_argument("--format", choices=FORMATS, default="csv")
    giving.add_argument("--output", type=output_file, help="write to this file instead of stdout")
    giving.add_argument("--module", help="only this module")
    giving.add_argument("--status", help="only this status")
    similar = actions.add_parser(
        "similar",
        help="the wishes most like a text",
        description="Print what a member who typed TEXT is shown before saving a wish (the "
        "same threshold and number), best first, with scores from 0 to 1; --all prints the "
        "ranking itself, without the threshold.",
    )
    similar.add_argument("text")
    similar.add_argument("--json", action="store_true", help="print a JSON list")
    similar.add_argument(
        "--all", action="store_true", help="the raw ranking: no threshold, --limit wishes"
    )
    similar.add_argument("--limit", type=LIMIT, default=10, help="with --all (default 10)")


async def run(settings: Settings, args: argparse.Namespace) -> int:
    if args.wishes_command == "similar":  # the index alone: no handler, no platform
        return await _similar(
            settings, args.text, args.json, raw_limit=args.limit if args.all else None
        )
    from bot.context import build_context
    from handlers.clock import SystemClock
    from storage.migrate import upgrade

    ctx = build_context(settings, SystemClock())
    try:
        await upgrade(ctx.db)
        if args.wishes_command == "import" and args.statuses:
            return await _import_statuses(ctx, args.file)
        if args.wishes_command == "import":
            return await _import(ctx, args.file, args.source)
        return await _export(ctx, args)
    finally:
        await ctx.db.dispose()


class ProgressBar:
    """A bar on stderr, redrawn in place, once the work has taken `PROGRESS_AFTER` seconds;
    on anything but a terminal (a pipe, a log file) it draws nothing."""

    def __init__(self, what: str, stream: TextIO = sys.stderr) -> None:
        self.what, self.stream = what, stream
        self.started = time.monotonic()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.stream.isatty():
            return
        if not self.drawn and time.monotonic() - self.started < PROGRESS_AFTER:
            return
        width = 30
        filled = width * done // max(total, 1)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r[{bar}] {done:,}/{total:,} {self.what}")
        self.drawn = True
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def _read_csv(path: Path) -> tuple[list[dict[str, str]], list[int], list[str]] | None:
    """The rows, the file's line each ends on (blank ones skipped) and the columns; None
    (said on stderr) when the file cannot be read. Commas, semicolons (what a Swedish
    spreadsheet writes) and tabs all separate: the one the header line uses most."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header = handle.readline()
            handle.seek(0)
            delimiter = max(",;\t", key=header.count)
            reader = csv.DictReader(handle, delimiter=delimiter)
            rows, lines = [], []
            for row in reader:
                rows.append(row)
                lines.append(reader.line_num)
            return rows, lines, list(reader.fieldnames or ())
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        print(f"bryggan: cannot read {path}: {error}", file=sys.stderr)
        return None


async def _import_statuses(ctx: Context, path: Path) -> int:
    """The vendor's answer: all or nothing when a status is unknown; unmatched rows listed."""
    from handlers.wishes.vendor_answers import apply_answers, missing_columns, read_answers

    read = _read_csv(path)
    if read is None:
        return 1
    rows, lines, columns = read
    lacking = missing_columns(columns)
    if lacking or not rows:
        print(f"bryggan: nothing was changed; {lacking or 'the file has no rows'}", file=sys.stderr)
        return 1
    answers, problems = read_answers(rows, lines)
    if problems:
        print("bryggan: nothing was changed; these rows cannot be read:", file=sys.stderr)
        for line, why in problems:
            print(f"  line {line}: {why}", file=sys.stderr)
        return 1
    report = await apply_answers(ctx, answers)
    print(
        f"changed: {report.changed}, already so: {report.unchanged}, members told: "
        f"{report.told}, not matched: {len(report.unmatched)}, refused: {len(report.refused)}"
    )
    for line, why in sorted(report.unmatched + report.refused):
        print(f"  line {line}: {why}")
    return 0


async def _import(ctx: Context, path: Path, source: str) -> int:
    from handlers.wishes.importer import import_rows

    read = _read_csv(path)
    if read is None:
        return 1
    rows, lines, columns = read
    if not {"title", "module"} <= set(columns):
        print("bryggan: the file needs the columns title and module", file=sys.stderr)
        return 1
    report = await import_rows(ctx, rows, source=source, progress=ProgressBar("rows"), lines=lines)
    print(
        f"taken: {report.taken}, already there: {report.unchanged}, refused: {len(report.refused)}"
    )
    for line, reason in report.refused:
        print(f"  line {line}: {reason}")
    return 0


async def _export(ctx: Context, args: argparse.Namespace) -> int:
    from handlers.wishes.config import STATUSES
    from handlers.wishes.export import export_rows, to_csv, to_json, to_markdown

    module = ctx.wishes.module(args.module) if args.module else None
    if args.module and module is None:
        print(f"bryggan: no module {args.module!r}; the modules are: "
              f"{', '.join(ctx.wishes.modules)}", file=sys.stderr)  # fmt: skip
        return 2
    if args.status and args.status not in STATUSES:
        print(f"bryggan: no status {args.status!r}; the statuses are: {', '.join(STATUSES)}",
              file=sys.stderr)  # fmt: skip
        return 2
    formats = {"csv": to_csv, "md": to_markdown, "json": to_json}
    async with ctx.db.transaction() as session:
        rows = await export_rows(session, module=module, status=args.status)
    text = formats[args.format](rows)
    if args.output:
        write_output(args.output, text)
        print(f"{len(rows)} wishes written to {args.output}", file=sys.stderr)
    else:
        write_stdout(text)
    return 0


async def _similar(settings: Settings, text: str, as_json: bool, *, raw_limit: int | None) -> int:
    """The wishes most like `text`, as `/wish` finds them, in one pass over the words stored
    with each wish (normalising only those stored without): no index is built for one search.

    The process ends with the search, so the collector is left out of it: off meanwhile
    (walking the modules loaded and 50,000 wishes read made reading them half as slow again),
    and what is left is frozen, which spares the walk through all of it when Python exits
    (a tenth of the command's time)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _print_similar(await _find_similar(settings, text, raw_limit), as_json)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


async def _find_similar(
    settings: Settings, text: str, raw_limit: int | None
) -> list[tuple[int, str, float]]:
    """(number, title, score) best first: what `/wish` shows before saving
    (of the best MAX_SIMILAR, those the judge shows: `handlers.similar_judge`), or with
    `raw_limit` that many without a threshold. The index's modules are loaded only here."""
    from handlers.similarity import DEFAULT_GLOSSARY
    from handlers.wishes.similar import WishIndex
    from storage.db import Database
    from storage.migrate import upgrade

    db = Database(settings.database_url_value, schema=settings.database_schema)
    try:
        await upgrade(db)
        index = WishIndex({**DEFAULT_GLOSSARY, **settings.wish_glossary_entries})
        if raw_limit is not None:
            return await index.titled_once(db, text, limit=raw_limit, threshold=0.0)
        return await index.titled_once(db, text, threshold=0.0, judged=True)
    finally:
        await db.dispose()


def _print_similar(found: list[tuple[int, str, float]], as_json: bool) -> int:
    """The titles as read for the search: the wishes found are not looked up again."""
    results = [
        {"number": number, "title": title, "score": round(score, 3)}
        for number, title, score in found
    ]
    if as_json:
        print(json.dumps(results, ensure_ascii=False))
    elif not results:
        print("no similar wishes")
    for item in [] if as_json else results:
        print(f"#{item['number']:<6} {item['score']:.3f}  {item['title']}")
    return 0
