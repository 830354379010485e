"""The wish list as the document sent to the vendor (CSV, Markdown, JSON).

The export's own CSV imports again without loss (`handlers.wishes.importer`).
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

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


async def export_rows(
    session: AsyncSession, *, module: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    """One row per listed wish, ranked: the vendor document's content (made in a worker
    thread: it may hold every wish there is)."""
    listing = Listing(module=module, statuses=[status] if status else None)
    wishes = await ranked_records(session, listing)
    support = await support_of(session, [wish.id for wish in wishes])
    results = await latest_results(session)
    return await asyncio.to_thread(_document, wishes, support, results)


def _document(
    wishes: Sequence[Any], support: Mapping[int, Support], results: Mapping[int, Any]
) -> list[dict[str, Any]]:
    rows = []
    for wish in wishes:
        counted = support[wish.id]
        rows.append(
            {
                "number": wish.id,
                "title": wish.title,
                "description": wish.description,
                "module": wish.module,
                "status": wish.status,
                "municipality": wish.municipality or "",
                "supporting_municipalities": len(counted.municipalities),
                "municipalities": "; ".join(counted.municipalities),
                "members": counted.members,
                "submitted": wish.created_at.date().isoformat(),
                "vendor_reference": wish.vendor_reference or "",
                "source": wish.source or "",
                "external_id": wish.external_id or "",
                "round_rank": results[wish.id].rank if wish.id in results else "",
                "round_points": results[wish.id].points if wish.id in results else "",
            }
        )
    return rows


def to_csv(rows: Iterable[Mapping[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: guarded(value) for key, value in row.items()} for row in rows)
    return out.getvalue()


def _cell(value: Any) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")


def to_markdown(rows: Iterable[Mapping[str, Any]]) -> str:
    header = [
        "#", "Önskemål", "Modul", "Status", "Kommuner", "Medlemmar", "Omgång (plats, poäng)",
        "Inskickat", "Referens",
    ]  # fmt: skip
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = [
            row["number"], row["title"], row["module"], row["status"],
            f"{row['supporting_municipalities']} ({row['municipalities']})", row["members"],
            f"{row['round_rank']} ({row['round_points']})" if row.get("round_rank") else "",
            row["submitted"], row["vendor_reference"],
        ]  # fmt: skip
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def to_json(rows: Iterable[Mapping[str, Any]]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n"


async def wishlist_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    module = None
    if call.values.get("module"):
        module = ctx.wishes.module(str(call.values["module"]))
        if module is None:
            raise CommandError(
                N_("Choose a module: {modules}."), modules=", ".join(ctx.wishes.modules)
            )
    async with ctx.db.transaction() as session:
        rows = await export_rows(session, module=module, status=call.values.get("status"))
    if not rows:
        return Reply.text(_("No wishes match."))
    as_csv, as_markdown = await asyncio.to_thread(lambda: (to_csv(rows), to_markdown(rows)))
    files = (
        Attachment("onskelista.csv", content_type="text/csv", content=as_csv),
        Attachment("onskelista.md", content_type="text/markdown", content=as_markdown),
    )
    text = _.ngettext(
        "The wish list: {n} wish, most supported first.",
        "The wish list: {n} wishes, most supported first.",
        len(rows),
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
