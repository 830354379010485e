"""`bryggan wishes import|export|similar`: the wish list from the board's computer and scripts."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from bot.context import build_context
from bot.settings import Settings
from handlers.clock import SystemClock
from handlers.context import Context
from handlers.similarity import SimilarityIndex
from handlers.wishes.export import export_rows, import_rows, to_csv, to_json, to_markdown
from storage.migrate import upgrade
from storage.wish_models import WishRow

FORMATS = {"csv": to_csv, "md": to_markdown, "json": to_json}


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
        "same rows again changes nothing.",
    )
    taking.add_argument("file", type=Path, help="the CSV file (UTF-8)")
    taking.add_argument("--source", default="import", help="where the rows come from")
    giving = actions.add_parser(
        "export",
        help="print the ranked wish list",
        description="Print the ranked wish list: the document sent to the vendor.",
    )
    giving.add_argument("--format", choices=sorted(FORMATS), default="csv")
    giving.add_argument("--output", type=Path, help="write to this file instead of stdout")
    giving.add_argument("--module", help="only this module")
    giving.add_argument("--status", help="only this status")
    similar = actions.add_parser(
        "similar",
        help="the wishes most like a text",
        description="Print the wishes most like TEXT, best first, with scores from 0 to 1.",
    )
    similar.add_argument("text")
    similar.add_argument("--json", action="store_true", help="print a JSON list")
    similar.add_argument("--limit", type=int, default=5)


async def run(settings: Settings, args: argparse.Namespace) -> int:
    ctx = build_context(settings, SystemClock())
    db = ctx.db
    try:
        await upgrade(db)
        if args.wishes_command == "import":
            return await _import(ctx, args.file, args.source)
        if args.wishes_command == "export":
            return await _export(ctx, args)
        return await _similar(ctx, args.text, args.limit, args.json)
    finally:
        await db.dispose()


async def _import(ctx: Context, path: Path, source: str) -> int:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            columns = set(reader.fieldnames or ())
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        print(f"bryggan: cannot read {path}: {error}", file=sys.stderr)
        return 1
    if not {"title", "module"} <= columns:
        print("bryggan: the file needs the columns title and module", file=sys.stderr)
        return 1

    def progress(done: int) -> None:
        print(f"… {done} of {len(rows)} rows", file=sys.stderr)

    report = await import_rows(ctx, rows, source=source, progress=progress)
    print(
        f"taken: {report.taken}, already there: {report.unchanged}, refused: {len(report.refused)}"
    )
    for line, reason in report.refused:
        print(f"  line {line}: {reason}")
    return 0


async def _export(ctx: Context, args: argparse.Namespace) -> int:
    async with ctx.db.transaction() as session:
        rows = await export_rows(session, module=args.module, status=args.status)
    text = FORMATS[args.format](rows)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"{len(rows)} wishes written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


async def _similar(ctx: Context, text: str, limit: int, as_json: bool) -> int:
    async with ctx.db.transaction() as session:
        await ctx.wish_index.refresh(session)
        index: SimilarityIndex = ctx.wish_index.index
        found = index.search(text, limit=limit, threshold=0.0)
        wishes = {n: await session.get(WishRow, n) for n, _score in found}
    results = [
        {"number": n, "title": wishes[n].title if wishes[n] else "", "score": round(score, 3)}
        for n, score in found
    ]
    if as_json:
        print(json.dumps(results, ensure_ascii=False))
    elif not results:
        print("no similar wishes")
    for item in [] if as_json else results:
        print(f"#{item['number']:<6} {item['score']:.3f}  {item['title']}")
    return 0
