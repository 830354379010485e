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
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from handlers.catalogue import CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.i18n import N_
from handlers.spreadsheet import guarded
from handlers.types import Reply
from handlers.wishes.browse import STATUS_OPTION
from storage.rounds import latest_results
from storage.wish_list import Listing, count_listed, ranked_records
from storage.wishes import Support, support_of
from storage.wishlist_requests import add_request, waiting_for

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
    listing: Listing | None = None,
) -> AsyncIterator[list[Record]]:
    """The document's rows, ranked, a part at a time: each part's support counted as
    `support_of` counts it (each person once, duplicates folded in), by the part's numbers.
    The wishes are the module's and status's, or with `listing` that listing's."""
    listing = listing or Listing(module=module, statuses=[status] if status else None)
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
    reader: AsyncSession | AsyncConnection,
    *,
    module: str | None,
    status: str | None,
    escape: Callable[[str], str] = str,
) -> tuple[int, str, str]:
    """How many wishes, and the CSV and Markdown files, written a part at a time (a part's
    text takes a few milliseconds of the event loop; a worker thread's own malloc arena kept
    more memory afterwards than the texts it made). `escape` is applied to each part's
    text: JSON string escaping, so that the outbox's payload is made a part at a time too."""
    as_csv, as_markdown, count = [], [], 0
    async for part in export_parts(reader, module=module, status=status):
        first = not count
        csv_text, markdown_text = _texts(part, first)
        as_csv.append(escape(csv_text))
        as_markdown.append(escape(markdown_text))
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
    """Answered at once: the files (a few seconds' work at 50,000 wishes) are made by the
    `wishlist` job and come to the member privately through the outbox."""
    _ = call._
    module = None
    if call.values.get("module"):
        module = ctx.wishes.chosen_module(str(call.values["module"]))
    status = call.values.get("status") or None
    member = call.member
    async with ctx.db.transaction() as session:
        if await waiting_for(session, platform=member.platform, user_id=member.user_id):
            return Reply.text(_(ALREADY_MAKING))
        listing = Listing(module=module, statuses=[status] if status else None)
        count = await count_listed(session, listing)
        if not count:
            return Reply.text(_("No wishes match."))
        await add_request(
            session, platform=member.platform, user_id=member.user_id,
            locale=member.locale or ctx.default_locale, module=module, status=status,
            now=ctx.clock.now(),
        )  # fmt: skip
    ctx.wake_job(WISHLIST_JOB)
    return Reply.text(
        _.ngettext(
            "The wish list ({n} wish) is being made. Its CSV and Markdown files come to you "
            "in a private message in a moment.",
            "The wish list ({n} wishes) is being made. Its CSV and Markdown files come to "
            "you in a private message in a moment.",
            count,
        )
    )


WISHLIST_JOB = "wishlist"  # the job that makes the files (`handlers.wishes.wishlist_delivery`)
ALREADY_MAKING = N_(
    "Your wish list is already being made; it comes to you in a private message in a moment."
)


GET = CommandSpec(
    name="get",
    sv="hämta",
    description=N_("The ranked wish list as CSV and Markdown, sent to you privately"),
    options=(
        OptionSpec("module", N_("Only this module"), max_length=60, sv="modul"),
        STATUS_OPTION,
    ),
    handler=wishlist_command,
)
