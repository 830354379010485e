"""The wish list as the document sent to the vendor (CSV, Markdown, JSON).

The document may hold every wish there is: /wishlist makes it a part at a time (`PART` wishes
read, counted and written as plain tuples, then let go), so that the process holds the two
files and one part, never every wish's row, counts and texts at once. The export's own CSV
imports again without loss (`handlers.wishes.importer`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from handlers.catalogue import CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_
from handlers.spreadsheet import guarded
from handlers.types import Attachment, Message, Reply
from handlers.wishes.browse import STATUS_OPTION
from storage.rounds import latest_results
from storage.wish_list import Listing, ranked_records
from storage.wishes import Support, support_of

COLUMNS = (
    "number", "title", "description", "module", "status", "municipality",
    "supporting_municipalities", "municipalities", "members", "submitted",
    "vendor_reference", "source", "external_id", "round_rank", "round_points",
)  # fmt: skip
Record = tuple[Any, ...]  # a row of the document: its values in the order of `COLUMNS`
# Wishes a step of the event loop turns into the files' lines (with their support counted):
# 200 take about 20 ms of CPU on this project's machine, 500 took up to 120.
EXPORT_PART = 200
MARKDOWN_HEADER = (
    "#", "Önskemål", "Modul", "Status", "Kommuner", "Medlemmar", "Omgång (plats, poäng)",
    "Inskickat", "Referens",
)  # fmt: skip


async def export_parts(
    reader: AsyncSession | AsyncConnection,
    *,
    module: str | None = None,
    status: str | None = None,
) -> AsyncIterator[list[Record]]:
    """The document's rows, ranked, a part at a time: each part's support counted as
    `support_of` counts it (each person once, duplicates folded in), by the part's numbers."""
    listing = Listing(module=module, statuses=[status] if status else None)
    session = AsyncSession(bind=reader) if isinstance(reader, AsyncConnection) else reader
    results = {n: (r.rank, r.points) for n, r in (await latest_results(session)).items()}
    async for part in ranked_records(reader, listing, part=EXPORT_PART):
        support = await support_of(reader, [wish[0] for wish in part])
        yield [_record(wish, support[wish[0]], results) for wish in part]


async def export_rows(
    reader: AsyncSession | AsyncConnection,
    *,
    module: str | None = None,
    status: str | None = None,
) -> list[dict[str, Any]]:
    """One row per listed wish, ranked, as a mapping of `COLUMNS` (for `bryggan wishes
    export` and its JSON; /wishlist writes its files from the parts instead)."""
    return [
        dict(zip(COLUMNS, record, strict=True))
        async for part in export_parts(reader, module=module, status=status)
        for record in part
    ]


def _record(wish: Sequence[Any], counted: Support, results: Mapping[int, Any]) -> Record:
    """A row of `DOCUMENT_COLUMNS` and its support as the document's values."""
    (number, title, description, module, status, municipality, created, reference, source,
     external) = wish  # fmt: skip
    rank, points = results.get(number, ("", ""))
    return (
        number, title, description, module, status, municipality or "",
        len(counted.municipalities), "; ".join(counted.municipalities), counted.members,
        created.date().isoformat(), reference or "", source or "", external or "", rank, points,
    )  # fmt: skip


def _records(rows: Iterable[Mapping[str, Any]]) -> Iterable[Record]:
    return (tuple(row[column] for column in COLUMNS) for row in rows)


def csv_part(records: Iterable[Record], *, header: bool = False) -> str:
    """CSV lines of the records (with the header line first, for the file's first part)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(COLUMNS)
    writer.writerows([guarded(value) for value in record] for record in records)
    return out.getvalue()


def to_csv(rows: Iterable[Mapping[str, Any]]) -> str:
    return csv_part(_records(rows), header=True)


def _cell(value: Any) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")


def markdown_part(records: Iterable[Record], *, header: bool = False) -> str:
    """Markdown table lines of the records (the table's head first, for the first part)."""
    lines = []
    if header:
        lines += ["| " + " | ".join(MARKDOWN_HEADER) + " |", "|" + "---|" * len(MARKDOWN_HEADER)]
    for (number, title, _d, module, status, _m, places, named, members, submitted,
         reference, _s, _e, rank, points) in records:  # fmt: skip
        cells = (
            number, title, module, status, f"{places} ({named})", members,
            f"{rank} ({points})" if rank else "", submitted, reference,
        )  # fmt: skip
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "".join(line + "\n" for line in lines)


def to_markdown(rows: Iterable[Mapping[str, Any]]) -> str:
    return markdown_part(_records(rows), header=True)


def to_json(rows: Iterable[Mapping[str, Any]]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n"


async def wishlist_files(
    reader: AsyncSession | AsyncConnection, *, module: str | None, status: str | None
) -> tuple[int, str, str]:
    """How many wishes, and the CSV and Markdown files, written a part at a time (a part's
    text takes a few milliseconds of the event loop; a worker thread's own malloc arena kept
    more memory afterwards than the texts it made)."""
    as_csv, as_markdown, count = [], [], 0
    async for part in export_parts(reader, module=module, status=status):
        first = not count
        csv_text, markdown_text = _texts(part, first)
        as_csv.append(csv_text)
        as_markdown.append(markdown_text)
        count += len(part)
        del part  # the part's rows go before the next part is read
    if not count:
        return 0, "", ""
    return count, *_joined(as_csv, as_markdown)


def _texts(part: list[Record], first: bool) -> tuple[str, str]:
    return csv_part(part, header=first), markdown_part(part, header=first)


def _joined(as_csv: list[str], as_markdown: list[str]) -> tuple[str, str]:
    """Each file in one piece, its parts let go as soon as it is made."""
    csv_file = "".join(as_csv)
    as_csv.clear()
    markdown_file = "".join(as_markdown)
    as_markdown.clear()
    return csv_file, markdown_file


async def wishlist_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    module = None
    if call.values.get("module"):
        module = ctx.wishes.module(str(call.values["module"]))
        if module is None:
            raise CommandError(
                N_("Choose a module: {modules}."), modules=", ".join(ctx.wishes.modules)
            )
    async with ctx.db.core(read_only=True) as connection:
        count, as_csv, as_markdown = await wishlist_files(
            connection, module=module, status=call.values.get("status")
        )
    if not count:
        return Reply.text(_("No wishes match."))
    files = (
        Attachment("onskelista.csv", content_type="text/csv", content=as_csv),
        Attachment("onskelista.md", content_type="text/markdown", content=as_markdown),
    )
    text = _.ngettext(
        "The wish list: {n} wish, most supported first.",
        "The wish list: {n} wishes, most supported first.",
        count,
    )
    return Reply(Message(title=_("Wish list"), text=text, attachments=files))


COMMAND = CommandSpec(
    name="wishlist",
    sv="önskelista",
    description=N_("The ranked wish list for the vendor, as CSV and Markdown"),
    board_only=True,
    options=(
        OptionSpec("module", N_("Only this module"), max_length=60, sv="modul"),
        STATUS_OPTION,
    ),
    handler=wishlist_command,
)
